package org.opendti.io;

import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The one way the SDK opens a file the user named for reading: once, as a stream, so that named pipes, {@code
 * /dev/stdin} and process substitutions ({@code <(...)}) work like files.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class InputFiles {
  private InputFiles() {}

  /**
   * Opens a file for reading. A {@link FileInputStream} rather than {@link Files#newInputStream}: the latter's
   * {@code available()} asks the channel for its position, which fails on pipes ("Illegal seek").
   *
   * @param file the file, not null
   * @return the stream, to be closed by the caller, not null
   * @throws NoSuchFileException if there is no such file
   * @throws AccessDeniedException if it cannot be read
   * @throws IOException if it is a folder or cannot be opened
   */
  public static InputStream open(Path file) throws IOException {
    if (Files.isDirectory(file)) {
      throw new IOException(file + " is a folder, not a file");
    }
    try {
      return new FileInputStream(file.toFile());
    } catch (FileNotFoundException e) {
      throw Files.exists(file) ? new AccessDeniedException(file.toString(), null, e.getMessage())
          : new NoSuchFileException(file.toString());
    }
  }
}
