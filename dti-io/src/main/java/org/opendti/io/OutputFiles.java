package org.opendti.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

/**
 * The one way the SDK writes a file the user named. (Interim version: buffers, then writes atomically; being rebuilt to
 * stream, to write into devices and pipes, to honour the umask and to refuse inputs by any path form.)
 */
public final class OutputFiles {
  private OutputFiles() {}

  /** What to write, given the stream to write it to. */
  @FunctionalInterface
  public interface Body {
    /**
     * Writes the content.
     *
     * @param out the stream, not null; do not close it
     * @throws IOException if writing fails
     */
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Writes a file.
   *
   * @param target the file, not null
   * @param body what to write, not null
   * @throws IOException if the file cannot be written
   */
  public static void write(Path target, Body body) throws IOException {
    write(target, List.of(), body);
  }

  /**
   * Writes a file that must not be one of the inputs.
   *
   * @param target the file, not null
   * @param inputs files the run reads, which are never overwritten, not null
   * @param body what to write, not null
   * @throws IOException if the file cannot be written
   * @throws IllegalArgumentException if the target is one of the inputs
   */
  public static void write(Path target, Collection<Path> inputs, Body body) throws IOException {
    for (Path in : inputs) {
      if (java.nio.file.Files.exists(in) && java.nio.file.Files.exists(target)
          && java.nio.file.Files.isSameFile(in, target)) {
        throw new IllegalArgumentException(target + " is an input file; refusing to overwrite it");
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    body.writeTo(out);
    AtomicFiles.write(target, out.toByteArray());
  }
}
