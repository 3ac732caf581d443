package org.opendti.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;

/**
 * The one way the SDK writes a file the user named. What happens depends on what the name denotes when the write
 * starts:
 *
 * <ul>
 *   <li><b>A regular file, or a name that does not exist yet</b>: written atomically. The content goes into a
 *       temporary file in the same folder, which is then renamed over the target, so a reader sees the old file or
 *       the whole new one, never a part. A missing parent folder is created (with the usual mode, see below).
 *   <li><b>A device or a named pipe</b> ({@code /dev/null}, {@code /dev/stdout}, {@code /dev/fd/1}, a terminal, a
 *       FIFO): written straight into, in place. No temporary file, no rename: it is never replaced by a regular
 *       file. The same holds for any name in {@code /dev} or {@code /proc}, or a link through them; there, a regular
 *       file behind the name (standard output redirected to a file) is appended to, as writing to the descriptor
 *       itself would.
 *   <li><b>A symbolic link</b> (to a file, or dangling): the file it points to is written as above, and the link
 *       stays a link. This is what a shell redirection ({@code >}) does, and it keeps links users made on purpose
 *       (a {@code latest.csv} pointing into a dated folder) working.
 *   <li><b>A directory</b>: refused with a {@link FileSystemException} that names it.
 * </ul>
 *
 * <p><b>Permissions</b> (POSIX file systems). A new file is created the way any program creates one: mode
 * {@code rw-rw-rw-} minus the process's umask, so {@code umask 077} gives {@code rw-------}; nothing here ever widens
 * that. A replaced file keeps exactly the nine permission bits it had (neither widened to the umask's default nor
 * narrowed by it; the temporary file is never readable by anyone the old file was not readable by). Set-id and
 * sticky bits, an owner other than the writer, extended attributes and other hard links to the old file are not
 * carried over: after the rename the name refers to a new file owned by the writer. A regular file the process may
 * not write is not replaced (as {@code >} would refuse it).
 *
 * <p><b>Inputs.</b> {@link #write(Path, Collection, Body)} refuses a target that is the same file as one of the
 * inputs, however it is named: relative or absolute, through {@code ./} or {@code ../}, a symbolic link, a hard link,
 * {@code /proc/self/fd/N} or {@code /dev/fd/N}; the comparison is by file identity ({@link Files#isSameFile}).
 * Inputs that do not exist are ignored, and so are matches on devices and pipes (a terminal may well be both
 * {@code /dev/stdin} and {@code /dev/stdout}): only a regular file's content can be lost by writing.
 *
 * <p><b>Failures.</b> If the content cannot be written (the body throws, the disk is full, the thread is
 * interrupted, or the JVM shuts down, e.g. on Ctrl-C or SIGTERM) the temporary file is removed and the target is left
 * as it was. An interrupted thread's write is never committed: it ends in an {@link InterruptedIOException}, the
 * thread's interrupt status still set. Only a JVM that is killed outright (SIGKILL, power
 * loss) can leave a temporary file behind; it is hidden ({@code .} prefix), ends in {@code .tmp} and has a short
 * name, so targets can have names up to the file system's limit (255 bytes on most).
 *
 * <p>The body writes into a buffered stream that ends in the file; the content is never held in memory as a whole.
 * Atomic writes are flushed to the storage device before the rename ({@link FileChannel#force}), so a crash does not
 * leave an empty file under the target's name. This class is thread-safe; concurrent writes to the same target each
 * commit whole, the last rename winning.
 */
public final class OutputFiles {
  private static final int BUFFER = 1 << 16;
  /** Characters of the target's name kept in the temporary name: short enough for any name the system allows. */
  private static final int NAME_PREFIX = 32;
  private static final int MAX_LINKS = 40;
  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private OutputFiles() {}

  /**
   * What to write, given the stream to write it to.
   *
   * <h2>Implementation requirements</h2>
   * Write the whole content to the stream. Closing the stream is allowed but not needed (it only flushes); the stream
   * is buffered, so small writes are cheap. Throwing any exception abandons the write: the target is left as it was.
   */
  @FunctionalInterface
  public interface Body {
    /**
     * Writes the content.
     *
     * @param out the stream, not null
     * @throws IOException if writing fails
     */
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Writes a file as the class description says.
   *
   * @param target the file, not null
   * @param body what to write, not null
   * @throws IOException if the file cannot be written, or the target is a directory; an
   *     {@link InterruptedIOException} if the thread is interrupted
   */
  public static void write(Path target, Body body) throws IOException {
    write(target, List.of(), body);
  }

  /**
   * Writes bytes to a file as the class description says.
   *
   * @param target the file, not null
   * @param content the bytes, not null
   * @throws IOException if the file cannot be written, or the target is a directory; an
   *     {@link InterruptedIOException} if the thread is interrupted
   */
  public static void write(Path target, byte[] content) throws IOException {
    Objects.requireNonNull(content, "content");
    write(target, List.of(), out -> out.write(content));
  }

  /**
   * Writes a file that must not be one of the inputs, as the class description says.
   *
   * @param target the file, not null
   * @param inputs files the run reads, which are never overwritten, not null; names that do not exist are ignored
   * @param body what to write, not null
   * @throws IOException if the file cannot be written, or the target is a directory; an
   *     {@link InterruptedIOException} if the thread is interrupted
   * @throws IllegalArgumentException if the target is one of the inputs; the message names both
   */
  public static void write(Path target, Collection<Path> inputs, Body body) throws IOException {
    write(target, inputs, Audience.PROGRAMS, body);
  }

  /**
   * Writes UTF-8 text to a file that must not be one of the inputs, as the class description says; for
   * {@link Audience#PEOPLE} a regular file starts with the UTF-8 byte-order mark ({@code EF BB BF}) so that Excel
   * reads it as UTF-8, while a device or a pipe written in place ({@code /dev/stdout}, a FIFO) never gets one. This
   * is the one place the SDK decides about the mark.
   *
   * @param target the file, not null
   * @param inputs files the run reads, which are never overwritten, not null; names that do not exist are ignored
   * @param audience who the file is for, not null
   * @param body what to write: UTF-8 text without a byte-order mark, not null
   * @throws IOException if the file cannot be written, or the target is a directory; an
   *     {@link InterruptedIOException} if the thread is interrupted
   * @throws IllegalArgumentException if the target is one of the inputs; the message names both
   */
  public static void writeText(Path target, Collection<Path> inputs, Audience audience, Body body)
      throws IOException {
    write(target, inputs, audience, body);
  }

  private static void write(Path target, Collection<Path> inputs, Audience audience, Body body) throws IOException {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(inputs, "inputs");
    Objects.requireNonNull(audience, "audience");
    Objects.requireNonNull(body, "body");
    Target t = Target.of(target);
    t.refuseInputs(inputs);
    if (t.inPlace()) {
      writeInPlace(t, body);
    } else if (audience == Audience.PEOPLE) {
      writeAtomically(t.file(), t.exists(), out -> {
        out.write(UTF8_BOM);
        body.writeTo(out);
      });
    } else {
      writeAtomically(t.file(), t.exists(), body);
    }
  }

  /**
   * Checks, before any work is done, that writing a target would not overwrite an input: the check
   * {@link #write(Path, Collection, Body)} makes, for commands that want to fail before a long computation.
   *
   * @param target the file to be written, not null
   * @param inputs files the run reads, not null; names that do not exist are ignored
   * @throws IOException if the target or an input cannot be examined, or the target is a directory
   * @throws IllegalArgumentException if the target is one of the inputs; the message names both
   */
  public static void requireNotInput(Path target, Collection<Path> inputs) throws IOException {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(inputs, "inputs");
    Target.of(target).refuseInputs(inputs);
  }

  private static void writeInPlace(Target t, Body body) throws IOException {
    Set<OpenOption> options = t.regular() ? Set.of(StandardOpenOption.WRITE, StandardOpenOption.APPEND)
        : Set.of(StandardOpenOption.WRITE);
    try (FileChannel channel = FileChannel.open(t.named(), options);
        OutputStream out = new BodyStream(Channels.newOutputStream(channel))) {
      body.writeTo(out);
    } catch (ClosedByInterruptException e) {
      throw interrupted(t.named(), false, e);
    }
  }

  private static void writeAtomically(Path file, boolean exists, Body body) throws IOException {
    Path dir = Objects.requireNonNull(file.getParent(), "a file's parent");
    Set<PosixFilePermission> keep = null;
    if (exists) {
      if (posix(file)) {
        keep = Files.getPosixFilePermissions(file);
      }
      // a file nobody may write is read-only by intent, also for the superuser (who may write anything)
      if (!Files.isWritable(file) || keep != null && !keep.contains(PosixFilePermission.OWNER_WRITE)
          && !keep.contains(PosixFilePermission.GROUP_WRITE) && !keep.contains(PosixFilePermission.OTHERS_WRITE)) {
        throw new AccessDeniedException(file.toString(), null, "the file is read-only; it is not replaced");
      }
    } else {
      Files.createDirectories(dir);
    }
    Pending.start();
    Path tmp = null;
    boolean committed = false;
    try {
      FileChannel channel = null;
      for (int attempt = 0; channel == null; attempt++) {
        Path candidate = dir.resolve(temporaryName(file.getFileName().toString()));
        Pending.FILES.add(candidate);
        try {
          channel = keep == null ? FileChannel.open(candidate, EnumSet.of(StandardOpenOption.CREATE_NEW,
              StandardOpenOption.WRITE)) : FileChannel.open(candidate, EnumSet.of(StandardOpenOption.CREATE_NEW,
              StandardOpenOption.WRITE), PosixFilePermissions.asFileAttribute(keep));
          tmp = candidate;
        } catch (FileAlreadyExistsException e) {
          Pending.FILES.remove(candidate);
          if (attempt >= 100) {
            throw e;
          }
        } catch (IOException | RuntimeException e) {
          Pending.FILES.remove(candidate);
          throw e;
        }
      }
      try (FileChannel ch = channel; OutputStream out = new BodyStream(Channels.newOutputStream(ch))) {
        if (keep != null) {
          // Created as keep minus the umask; now exactly keep, the old file's bits.
          Files.setPosixFilePermissions(tmp, keep);
        }
        body.writeTo(out);
        out.flush();
        ch.force(false);
      } catch (ClosedByInterruptException e) {
        throw interrupted(file, true, e);
      }
      if (Thread.currentThread().isInterrupted()) {
        throw interrupted(file, true, null);
      }
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
      committed = true;
    } finally {
      if (tmp != null) {
        boolean gone = committed;
        if (!committed) {
          try {
            Files.deleteIfExists(tmp);
            gone = true;
          } catch (IOException e) {
            // The failure that brought us here is the one to report; the shutdown hook tries again.
          }
        }
        if (gone) {
          Pending.FILES.remove(tmp);
        }
      }
    }
  }

  private static InterruptedIOException interrupted(Path file, boolean atomic, @Nullable Exception cause) {
    InterruptedIOException e = new InterruptedIOException("interrupted while writing " + file
        + (atomic ? "; the file was left as it was" : ""));
    e.initCause(cause);
    return e;
  }

  private static boolean posix(Path p) {
    return p.getFileSystem().supportedFileAttributeViews().contains("posix");
  }

  /** A short, hidden, unlikely name: "." + up to 32 characters of the target's name + 16 hex digits + ".tmp". */
  static String temporaryName(String name) {
    int end = Math.min(name.length(), NAME_PREFIX);
    if (end > 0 && end < name.length() && Character.isHighSurrogate(name.charAt(end - 1))) {
      end--;
    }
    String random = Long.toHexString(ThreadLocalRandom.current().nextLong() | Long.MIN_VALUE);
    return "." + name.substring(0, end) + "." + random + ".tmp";
  }

  /** What a target name denotes when the write starts. */
  private static final class Target {
    private final Path given;
    private final Path named;
    private final Path file;
    private final boolean exists;
    private final boolean regular;
    private final boolean inPlace;

    private Target(Path given, Path named, Path file, boolean exists, boolean regular, boolean inPlace) {
      this.given = given;
      this.named = named;
      this.file = file;
      this.exists = exists;
      this.regular = regular;
      this.inPlace = inPlace;
    }

    static Target of(Path target) throws IOException {
      Path named = target.toAbsolutePath();
      // Follow the name's own links (not its folders'), noting whether any step passes through /dev or /proc,
      // where a name stands for a descriptor or a device and must be written in place.
      Path file = named;
      boolean descriptor = special(named);
      for (int hops = 0; Files.isSymbolicLink(file); hops++) {
        if (hops == MAX_LINKS) {
          throw new FileSystemException(target.toString(), null, "too many levels of symbolic links");
        }
        Path dir = Objects.requireNonNull(file.getParent(), "a link's parent");
        file = dir.resolve(Files.readSymbolicLink(file));
        descriptor |= special(file);
      }
      BasicFileAttributes attrs;
      try {
        attrs = Files.readAttributes(named, BasicFileAttributes.class);
      } catch (NoSuchFileException e) {
        return new Target(target, named, file, false, false, descriptor);
      }
      if (attrs.isDirectory()) {
        throw new FileSystemException(target.toString(), null, "is a directory; name a file to write");
      }
      boolean regular = attrs.isRegularFile();
      return new Target(target, named, file, true, regular, descriptor || !regular);
    }

    private static boolean special(Path p) {
      Path n = p.normalize();
      return n.startsWith("/dev") || n.startsWith("/proc");
    }

    /** The name as given, made absolute; what in-place writes open. */
    Path named() {
      return named;
    }

    /** The name with its own links followed; what atomic writes replace. */
    Path file() {
      return file;
    }

    boolean exists() {
      return exists;
    }

    boolean regular() {
      return regular;
    }

    boolean inPlace() {
      return inPlace;
    }

    void refuseInputs(Collection<Path> inputs) throws IOException {
      if (!regular) {
        return;
      }
      for (Path in : inputs) {
        Objects.requireNonNull(in, "inputs contains null");
        if (Files.exists(in) && Files.isSameFile(named, in)) {
          throw new IllegalArgumentException(given + " is the input file " + in
              + (given.equals(in) ? "" : " (the same file under another name)") + "; refusing to overwrite it");
        }
      }
    }
  }

  /** The body's stream: buffered; closing it only flushes, so the writer keeps control of the file. */
  private static final class BodyStream extends BufferedOutputStream {
    BodyStream(OutputStream file) {
      super(file, BUFFER);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }

  /** Temporary files being written, removed by one shutdown hook if the JVM exits first (Ctrl-C, SIGTERM). */
  private static final class Pending {
    static final Set<Path> FILES = ConcurrentHashMap.newKeySet();

    static {
      try {
        Runtime.getRuntime().addShutdownHook(new Thread(Pending::deleteAll, "dti-output-files-cleanup"));
      } catch (IllegalStateException shuttingDown) {
        // Writes during shutdown clean up after themselves or not at all.
      }
    }

    /** Loads the class, registering the hook, before the first temporary file exists. */
    static void start() {}

    private static void deleteAll() {
      for (Path p : FILES) {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          // Nothing more can be done while the JVM exits.
        }
      }
    }
  }
}
