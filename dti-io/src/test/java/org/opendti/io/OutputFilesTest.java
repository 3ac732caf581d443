package org.opendti.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.InterruptedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
final class OutputFilesTest {
  @TempDir
  Path dir;

  // ---- regular files: atomic, permissions, folders, names

  @Test
  void newFile_hasModeRwRwRwMinusTheProcessUmask() throws IOException, InterruptedException {
    Path f = dir.resolve("new.csv");
    OutputFiles.write(f, bytes("a,b\n"));
    assertThat(Files.readString(f)).isEqualTo("a,b\n");
    int umask = Integer.parseInt(run(List.of("sh", "-c", "umask")).strip(), 8);
    assertThat(mode(f)).isEqualTo(0666 & ~umask);
    assertThat(names(dir)).containsExactly("new.csv");
  }

  @ParameterizedTest
  @ValueSource(strings = {"077:rw-------", "027:rw-r-----", "022:rw-r--r--", "002:rw-rw-r--", "000:rw-rw-rw-"})
  void newFile_inAProcessWithAnotherUmask_getsExactlyWhatThatUmaskAllows(String umaskAndMode) throws Exception {
    String[] p = umaskAndMode.split(":");
    Path f = dir.resolve("sub").resolve("new.csv");
    Process child = child("umask " + p[0] + " && ", "write", f.toString(), "hello");
    assertThat(child.waitFor()).as(stderr(child)).isZero();
    assertThat(Files.readString(f)).isEqualTo("hello");
    assertThat(perms(f)).isEqualTo(p[1]);
    assertThat(names(f.getParent())).containsExactly("new.csv");
  }

  @ParameterizedTest
  @ValueSource(strings = {"rw-------", "rw-r-----", "rw-rw-rw-", "rwxr-x---", "rw----r--"})
  void replacedFile_keepsExactlyItsPermissions(String mode) throws IOException {
    Path f = dir.resolve("old.csv");
    Files.writeString(f, "old");
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString(mode));
    OutputFiles.write(f, bytes("new"));
    assertThat(Files.readString(f)).isEqualTo("new");
    assertThat(perms(f)).isEqualTo(mode);
    assertThat(names(dir)).containsExactly("old.csv");
  }

  @Test
  void replacedFile_keepsItsPermissionsEvenWhenWiderThanTheWritersUmask() throws Exception {
    Path f = dir.resolve("shared.csv");
    Files.writeString(f, "old");
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-rw-r--"));
    Process child = child("umask 077 && ", "write", f.toString(), "new");
    assertThat(child.waitFor()).as(stderr(child)).isZero();
    assertThat(Files.readString(f)).isEqualTo("new");
    assertThat(perms(f)).isEqualTo("rw-rw-r--");
  }

  @Test
  void readOnlyFile_isNotReplaced() throws IOException {
    Path f = dir.resolve("locked.csv");
    Files.writeString(f, "old");
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("r--r--r--"));
    // refused also when the tests run as the superuser, who may write any file: no write bit means read-only
    assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> OutputFiles.write(f, bytes("new")))
        .withMessageContaining("locked.csv");
    assertThat(Files.readString(f)).isEqualTo("old");
  }

  @Test
  void replace_isAtomic_aNewFileTakesTheNameAndOpenReadersKeepTheOldContent() throws IOException {
    Path f = dir.resolve("r.csv");
    Files.writeString(f, "old content");
    Object inode = Files.getAttribute(f, "unix:ino");
    try (InputStream before = Files.newInputStream(f)) {
      OutputFiles.write(f, bytes("new content"));
      assertThat(new String(before.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("old content");
    }
    assertThat(Files.readString(f)).isEqualTo("new content");
    assertThat(Files.getAttribute(f, "unix:ino")).isNotEqualTo(inode);
  }

  @Test
  void missingParentFolders_areCreated() throws IOException {
    Path f = dir.resolve("a").resolve("b").resolve("r.csv");
    OutputFiles.write(f, bytes("x"));
    assertThat(Files.readString(f)).isEqualTo("x");
  }

  @Test
  void largeContent_isStreamedWhole() throws IOException {
    Path f = dir.resolve("big.bin");
    byte[] chunk = new byte[8191];
    Arrays.fill(chunk, (byte) 7);
    OutputFiles.write(f, out -> {
      for (int i = 0; i < 4096; i++) {
        out.write(chunk);
        out.write(i & 0xff);
      }
    });
    assertThat(Files.size(f)).isEqualTo(4096L * 8192);
  }

  @Test
  void bodyThatClosesTheStream_stillCommits() throws IOException {
    Path f = dir.resolve("c.csv");
    OutputFiles.write(f, out -> {
      out.write(bytes("closed early"));
      out.close();
    });
    assertThat(Files.readString(f)).isEqualTo("closed early");
  }

  @ParameterizedTest
  @ValueSource(ints = {255})
  void nameAtTheFileSystemLimit_works_newAndReplaced(int length) throws IOException {
    Path f = dir.resolve("a".repeat(length - 4) + ".csv");
    OutputFiles.write(f, bytes("1"));
    OutputFiles.write(f, bytes("2"));
    assertThat(Files.readString(f)).isEqualTo("2");
    assertThat(names(dir)).containsExactly(f.getFileName().toString());
  }

  @Test
  void multiByteNameAtTheFileSystemLimit_works() throws IOException {
    assumeThat(System.getProperty("sun.jnu.encoding")).as("file names are UTF-8").isEqualToIgnoringCase("UTF-8");
    String name = "ệ".repeat(85);
    assertThat(name.getBytes(StandardCharsets.UTF_8)).hasSize(255);
    Path f = dir.resolve(name);
    OutputFiles.write(f, bytes("1"));
    OutputFiles.write(f, bytes("2"));
    assertThat(Files.readString(f)).isEqualTo("2");
    assertThat(names(dir)).containsExactly(name);
  }

  @Test
  void nameOverTheLimit_failsAndLeavesNothing() {
    Path f = dir.resolve("a".repeat(252) + ".csv");
    assertThatThrownBy(() -> OutputFiles.write(f, bytes("1"))).isInstanceOf(IOException.class);
    assertThat(names(dir)).isEmpty();
  }

  @Test
  void temporaryName_isHiddenShortAndNeverSplitsACharacter() {
    String name = "😀".repeat(100);
    String tmp = OutputFiles.temporaryName(name);
    assertThat(tmp).startsWith(".").endsWith(".tmp");
    assertThat(tmp.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(1 + 32 * 4 + 1 + 16 + 4);
    assertThat(tmp.codePoints().filter(cp -> cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE))
        .isEmpty();
    assertThat(OutputFiles.temporaryName("a.csv")).matches("\\.a\\.csv\\.[0-9a-f]{16}\\.tmp");
  }

  // ---- devices, pipes, descriptors, links, folders

  @Test
  void devNull_isWrittenInPlace() throws IOException {
    byte[] mb = new byte[1 << 20];
    OutputFiles.write(Path.of("/dev/null"), mb);
    OutputFiles.write(Path.of("/dev/null"), List.of(Path.of("/dev/null")), out -> out.write(mb));
    PosixFileAttributes a = Files.readAttributes(Path.of("/dev/null"), PosixFileAttributes.class);
    assertThat(a.isOther()).isTrue();
    try (Stream<Path> s = Files.list(Path.of("/dev"))) {
      assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".null"));
    }
  }

  @Test
  void namedPipe_isWrittenInPlace_andStaysAPipe() throws Exception {
    Path fifo = dir.resolve("pipe.csv");
    assertThat(run(List.of("mkfifo", fifo.toString()))).isEmpty();
    byte[] content = new byte[300_000];
    for (int i = 0; i < content.length; i++) {
      content[i] = (byte) ('a' + i % 26);
    }
    CompletableFuture<byte[]> reader = CompletableFuture.supplyAsync(() -> {
      try {
        return Files.readAllBytes(fifo);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    });
    OutputFiles.write(fifo, List.of(dir.resolve("in.csv")), out -> out.write(content));
    assertThat(reader.get(30, TimeUnit.SECONDS)).isEqualTo(content);
    assertThat(Files.readAttributes(fifo, PosixFileAttributes.class).isOther()).isTrue();
    assertThat(names(dir)).containsExactly("pipe.csv");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/dev/stdout", "/dev/fd/1", "/proc/self/fd/1"})
  void standardOutput_aPipe_isWrittenInPlace(String name) throws Exception {
    Process child = child("", "stdout", name, "hello");
    String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(child.waitFor()).as(stderr(child)).isZero();
    assertThat(out).isEqualTo("before\nhello");
  }

  @Test
  void standardOutput_redirectedToAFile_isAppendedToInPlace() throws Exception {
    Path f = dir.resolve("out.txt");
    Files.writeString(f, "");
    Object inode = Files.getAttribute(f, "unix:ino");
    Process child = child("exec >\"$5\" && ", "stdout", "/dev/stdout", "hello", f.toString());
    assertThat(child.waitFor()).as(stderr(child)).isZero();
    assertThat(Files.readString(f)).isEqualTo("before\nhello");
    assertThat(Files.getAttribute(f, "unix:ino")).isEqualTo(inode);
    assertThat(names(dir)).containsExactly("out.txt");
  }

  @Test
  void symlinkToAFile_writesTheFileItPointsTo_andStaysALink() throws IOException {
    Path real = Files.createDirectories(dir.resolve("data")).resolve("2024.csv");
    Files.writeString(real, "old");
    Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-r-----"));
    Path link = Files.createSymbolicLink(dir.resolve("latest.csv"), Path.of("data", "2024.csv"));
    OutputFiles.write(link, bytes("new"));
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("data", "2024.csv"));
    assertThat(Files.readString(real)).isEqualTo("new");
    assertThat(perms(real)).isEqualTo("rw-r-----");
    assertThat(names(dir)).containsExactlyInAnyOrder("data", "latest.csv");
    assertThat(names(real.getParent())).containsExactly("2024.csv");
  }

  @Test
  void danglingSymlink_createsTheFileItPointsTo() throws IOException {
    Path link = Files.createSymbolicLink(dir.resolve("out.csv"), dir.resolve("later").resolve("real.csv"));
    OutputFiles.write(link, bytes("x"));
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(dir.resolve("later").resolve("real.csv"))).isEqualTo("x");
  }

  @Test
  void symlinkLoop_isAClearError() throws IOException {
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    Files.createSymbolicLink(a, b);
    Files.createSymbolicLink(b, a);
    assertThatExceptionOfType(FileSystemException.class).isThrownBy(() -> OutputFiles.write(a, bytes("x")))
        .withMessageContaining("symbolic links");
  }

  @Test
  void directory_isRefused_namingIt() throws IOException {
    Path d = Files.createDirectories(dir.resolve("results"));
    Path link = Files.createSymbolicLink(dir.resolve("to-results"), d);
    for (Path target : List.of(d, link)) {
      assertThatExceptionOfType(FileSystemException.class).isThrownBy(() -> OutputFiles.write(target, bytes("x")))
          .withMessageContaining(target.toString()).withMessageContaining("directory");
    }
    assertThat(names(d)).isEmpty();
    assertThat(Files.isSymbolicLink(link)).isTrue();
  }

  // ---- inputs

  static Stream<Arguments> inputForms() {
    List<Arguments> forms = new ArrayList<>();
    forms.add(Arguments.of("the same name", (BiFunction<Path, Path, Path>) (d, in) -> in));
    forms.add(Arguments.of("relative", (BiFunction<Path, Path, Path>) (d, in) ->
        Path.of("").toAbsolutePath().relativize(in)));
    forms.add(Arguments.of("./", (BiFunction<Path, Path, Path>) (d, in) -> d.resolve(".").resolve("data.csv")));
    forms.add(Arguments.of("../", (BiFunction<Path, Path, Path>) (d, in) -> d.resolve("sub").resolve("..")
        .resolve("data.csv")));
    forms.add(Arguments.of("symlink", (BiFunction<Path, Path, Path>) (d, in) -> unchecked(() ->
        Files.createSymbolicLink(d.resolve("link.csv"), Path.of("data.csv")))));
    forms.add(Arguments.of("hard link", (BiFunction<Path, Path, Path>) (d, in) -> unchecked(() ->
        Files.createLink(d.resolve("hard.csv"), in))));
    return forms.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputForms")
  void input_isNeverOverwritten_whateverItsName(String form, BiFunction<Path, Path, Path> name) throws IOException {
    Path in = dir.resolve("data.csv");
    Files.writeString(in, "unit,indicator,value\n");
    Files.createDirectories(dir.resolve("sub"));
    Path target = name.apply(dir, in);
    assertRefused(target, in);
    // and the other way round: the input named in the other form, the output by its plain name
    assertRefused(in, target);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/proc/self/fd/", "/dev/fd/"})
  void input_isNeverOverwritten_throughADescriptorOfThisProcess(String prefix) throws IOException {
    Path in = dir.resolve("data.csv");
    Files.writeString(in, "unit,indicator,value\n");
    try (FileChannel open = FileChannel.open(in, StandardOpenOption.READ)) {
      assertThat(open.isOpen()).isTrue();
      int fd = descriptorOf(in);
      assertRefused(Path.of(prefix + fd), in);
    }
  }

  @Test
  void missingInputs_areIgnored() throws IOException {
    Path f = dir.resolve("r.csv");
    OutputFiles.write(f, List.of(dir.resolve("gone.csv"), Path.of("pdti-2022")), out -> out.write('x'));
    OutputFiles.requireNotInput(f, List.of(dir.resolve("gone.csv")));
    assertThat(Files.readString(f)).isEqualTo("x");
  }

  @Test
  void requireNotInput_acceptsANewNameAndAnotherFile() throws IOException {
    Path in = dir.resolve("data.csv");
    Files.writeString(in, "x");
    Path other = dir.resolve("other.csv");
    Files.writeString(other, "y");
    OutputFiles.requireNotInput(dir.resolve("new.csv"), List.of(in));
    OutputFiles.requireNotInput(other, List.of(in));
    assertThat(Files.readString(in)).isEqualTo("x");
  }

  // ---- failures: the target stays as it was, no temporary file stays behind

  @Test
  void failingBody_leavesTheTargetAndNoTemporaryFile() throws IOException {
    Path f = dir.resolve("r.csv");
    Files.writeString(f, "old");
    assertThatThrownBy(() -> OutputFiles.write(f, out -> {
      out.write(new byte[100_000]);
      throw new IOException("disk full");
    })).isInstanceOf(IOException.class).hasMessage("disk full");
    assertThatThrownBy(() -> OutputFiles.write(f, out -> {
      out.write('x');
      throw new IllegalStateException("bug");
    })).isInstanceOf(IllegalStateException.class);
    assertThat(Files.readString(f)).isEqualTo("old");
    assertThat(names(dir)).containsExactly("r.csv");
  }

  @Test
  void interruptedWriter_removesItsTemporaryFile_andKeepsTheTarget() throws Exception {
    Path f = dir.resolve("r.csv");
    Files.writeString(f, "old");
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread writer = new Thread(() -> {
      try {
        OutputFiles.write(f, out -> {
          byte[] kb = new byte[1024];
          while (true) {
            out.write(kb);
            out.flush();
          }
        });
      } catch (IOException | RuntimeException e) {
        failure.set(e);
      }
    });
    writer.start();
    while (names(dir).size() < 2) {
      Thread.sleep(5);
    }
    Thread.sleep(50);
    writer.interrupt();
    writer.join(20_000);
    assertThat(writer.isAlive()).isFalse();
    assertThat(failure.get()).isInstanceOf(InterruptedIOException.class).hasMessageContaining("r.csv");
    assertThat(Files.readString(f)).isEqualTo("old");
    assertThat(names(dir)).containsExactly("r.csv");
  }

  @Test
  void writerInterruptedWhileTheBodyRuns_doesNotCommit() throws IOException {
    Path f = dir.resolve("r.csv");
    Files.writeString(f, "old");
    try {
      assertThatExceptionOfType(InterruptedIOException.class).isThrownBy(() -> OutputFiles.write(f, out -> {
        out.write('x');
        Thread.currentThread().interrupt();
      }));
    } finally {
      Thread.interrupted();
    }
    assertThat(Files.readString(f)).isEqualTo("old");
    assertThat(names(dir)).containsExactly("r.csv");
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void jvmTerminatedMidWrite_leavesNoTemporaryFile(boolean existing) throws Exception {
    Path f = dir.resolve("r.csv");
    if (existing) {
      Files.writeString(f, "old");
    }
    Process child = child("", "slow", f.toString());
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(),
        StandardCharsets.UTF_8))) {
      assertThat(lines.readLine()).as(() -> stderr(child)).isEqualTo("started");
      assertThat(names(dir)).anyMatch(n -> n.startsWith(".r.csv.") && n.endsWith(".tmp"));
      child.destroy();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(child.exitValue()).isNotZero();
    assertThat(names(dir)).containsExactlyInAnyOrderElementsOf(existing ? List.of("r.csv") : List.of());
    if (existing) {
      assertThat(Files.readString(f)).isEqualTo("old");
    }
  }

  @Test
  void concurrentWriters_eachCommitWhole() throws Exception {
    Path f = dir.resolve("r.bin");
    List<CompletableFuture<Void>> all = new ArrayList<>();
    for (int t = 0; t < 6; t++) {
      byte value = (byte) t;
      all.add(CompletableFuture.runAsync(() -> {
        try {
          byte[] mb = new byte[1 << 20];
          Arrays.fill(mb, value);
          OutputFiles.write(f, mb);
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
      }));
    }
    CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
    byte[] got = Files.readAllBytes(f);
    assertThat(got).hasSize(1 << 20);
    for (byte b : got) {
      assertThat(b).isEqualTo(got[0]);
    }
    assertThat(names(dir)).containsExactly("r.bin");
  }

  // ---- helpers

  private void assertRefused(Path target, Path in) throws IOException {
    byte[] before = Files.readAllBytes(in);
    assertThatIllegalArgument(() -> OutputFiles.write(target, List.of(in), out -> out.write('x')), target, in);
    assertThatIllegalArgument(() -> OutputFiles.requireNotInput(target, List.of(Path.of("none.csv"), in)), target,
        in);
    assertThat(Files.readAllBytes(in)).isEqualTo(before);
    try (Stream<Path> s = Files.list(dir)) {
      assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  private static void assertThatIllegalArgument(org.assertj.core.api.ThrowableAssert.ThrowingCallable call,
      Path target, Path in) {
    assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(call)
        .withMessageContaining(target.toString()).withMessageContaining(in.toString())
        .withMessageContaining("refusing to overwrite");
  }

  private static int descriptorOf(Path file) throws IOException {
    Path real = file.toRealPath();
    try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
      for (Path fd : (Iterable<Path>) fds::iterator) {
        try {
          if (Files.readSymbolicLink(fd).equals(real)) {
            return Integer.parseInt(fd.getFileName().toString());
          }
        } catch (IOException closedMeanwhile) {
          // the listing's own descriptor, gone by now
        }
      }
    }
    throw new IllegalStateException("no descriptor open on " + real);
  }

  interface IoSupplier<T> {
    T get() throws IOException;
  }

  private static <T> T unchecked(IoSupplier<T> s) {
    try {
      return s.get();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String perms(Path p) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
  }

  private static int mode(Path p) throws IOException {
    int mode = 0;
    Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p);
    for (PosixFilePermission x : PosixFilePermission.values()) {
      if (perms.contains(x)) {
        mode |= 1 << (8 - x.ordinal());
      }
    }
    return mode;
  }

  private static List<String> names(Path d) {
    try (Stream<Path> s = Files.list(d)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String run(List<String> command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(out).isZero();
    return out;
  }

  /** {@link OutputFilesChild} in a new JVM, started by {@code sh} after {@code shellPrefix} (e.g. a umask). */
  private static Process child(String shellPrefix, String... args) throws IOException {
    String javaCommand = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classpath = codeSource(OutputFiles.class) + java.io.File.pathSeparator + codeSource(OutputFilesChild.class);
    List<String> command = new ArrayList<>(List.of("sh", "-c", shellPrefix + "exec \"$0\" -cp \"$1\" "
        + OutputFilesChild.class.getName() + " \"$2\" \"$3\" \"$4\"", javaCommand, classpath));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).start();
  }

  private static String codeSource(Class<?> c) {
    try {
      return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String stderr(Process p) {
    try {
      return new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return e.toString();
    }
  }
}
