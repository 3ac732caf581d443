package org.opendti.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes files atomically: a temporary file in the same folder, then a rename, so readers never see half a file. On
 * POSIX file systems the result keeps the permissions of the file it replaces, and a new file gets
 * {@code rw-r--r--} (as a plain write with the usual umask would), not the owner-only mode of temporary files.
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  /**
   * Writes bytes to a file atomically, replacing it if it exists.
   *
   * @param target the file, not null
   * @param content the bytes, not null
   * @throws IOException if the file cannot be written
   */
  public static void write(Path target, byte[] content) throws IOException {
    Path abs = target.toAbsolutePath();
    Path dir = abs.getParent();
    if (dir != null) {
      Files.createDirectories(dir);
    }
    Path tmp = Files.createTempFile(dir, "." + abs.getFileName(), ".tmp");
    try {
      Files.write(tmp, content);
      permissions(tmp, abs);
      try {
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static void permissions(Path tmp, Path target) throws IOException {
    if (!Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class)) {
      return;
    }
    Set<PosixFilePermission> perms = Files.exists(target) ? Files.getPosixFilePermissions(target)
        : PosixFilePermissions.fromString("rw-r--r--");
    Files.setPosixFilePermissions(tmp, perms);
  }
}
