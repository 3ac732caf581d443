package org.opendti.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A separate JVM for {@link OutputFilesTest}: what a process's umask, its standard output and its shutdown do to
 * {@link OutputFiles} can only be seen from outside.
 *
 * <ul>
 *   <li>{@code write FILE TEXT}: writes TEXT to FILE.
 *   <li>{@code stdout FILE TEXT}: prints "before\n" on standard output, then writes TEXT to FILE (e.g. /dev/stdout).
 *   <li>{@code slow FILE}: starts writing FILE, prints "started" once the first bytes are out, then keeps writing a
 *       byte every 20 ms until killed.
 * </ul>
 */
final class OutputFilesChild {
  private OutputFilesChild() {}

  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[1]);
    switch (args[0]) {
      case "write" -> OutputFiles.write(file, args[2].getBytes(StandardCharsets.UTF_8));
      case "stdout" -> {
        System.out.print("before\n");
        System.out.flush();
        OutputFiles.write(file, args[2].getBytes(StandardCharsets.UTF_8));
      }
      case "slow" -> OutputFiles.write(file, out -> {
        out.write('x');
        out.flush();
        System.out.println("started");
        System.out.flush();
        while (true) {
          out.write('x');
          out.flush();
          try {
            Thread.sleep(20);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException();
          }
        }
      });
      default -> throw new IllegalArgumentException(args[0]);
    }
  }
}
