package org.opendti.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code dti} launcher (a POSIX shell script next to this module's pom) on the jar the build just made: its
 * application class-data archive is written once, used afterwards, rewritten when stale, skipped on request, and the
 * JVM's messages never reach standard output.
 */
final class LauncherIT {
  private static final Path LAUNCHER = Path.of("dti").toAbsolutePath();
  private static final Path SAMPLE = Path.of("samples/pdti-2022-sample-63.csv").toAbsolutePath();

  @TempDir
  Path cache;

  private record Run(int status, String out, String err) {}

  private Run run(Map<String, String> env, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("sh", LAUNCHER.toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
    pb.environment().put("XDG_CACHE_HOME", cache.toString());
    pb.environment().remove("DTI_JAVA_OPTS");
    pb.environment().remove("DTI_CDS");
    pb.environment().putAll(env);
    Path out = Files.createTempFile(cache, "out", ".txt");
    Path err = Files.createTempFile(cache, "err", ".txt");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process p = pb.start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("launcher finished").isTrue();
    Run r = new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
    Files.delete(out);
    Files.delete(err);
    return r;
  }

  private Run score(Map<String, String> env) throws IOException, InterruptedException {
    return run(env, "score", "--framework", "pdti-2022", "--data", SAMPLE.toString());
  }

  private List<Path> archives() throws IOException {
    Path dir = cache.resolve("dti");
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.sorted().toList();
    }
  }

  @Test
  void firstRunWritesTheArchive_laterRunsUseIt_stdoutIsOnlyTheCsv() throws Exception {
    Run first = score(Map.of());
    assertThat(first.status()).as(first.err()).isZero();
    assertThat(first.out()).startsWith("unit,dti,dti_rank,");
    assertThat(first.out().lines()).hasSize(64);
    assertThat(first.err()).isEmpty();
    List<Path> archives = archives();
    assertThat(archives).hasSize(1);
    assertThat(archives.get(0).getFileName().toString()).matches("dti-[0-9]+\\.jsa");
    assertThat(Files.size(archives.get(0))).isPositive();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cache.resolve("dti"))))
        .isEqualTo("rwx------");

    Path log = cache.resolve("classes.log");
    Run second = score(Map.of("DTI_JAVA_OPTS", "-Xlog:class+load=info:file=" + log));
    assertThat(second.status()).as(second.err()).isZero();
    assertThat(second.out()).isEqualTo(first.out());
    assertThat(second.err()).isEmpty();
    assertThat(Files.readString(log)).contains("shared objects file (top)");
    assertThat(archives()).isEqualTo(archives);
  }

  @Test
  void staleArchive_isWrittenAgain() throws Exception {
    assertThat(score(Map.of()).status()).isZero();
    Path archive = archives().get(0);
    FileTime old = FileTime.from(Instant.parse("2000-01-01T00:00:00Z"));
    Files.setLastModifiedTime(archive, old);
    Run again = score(Map.of());
    assertThat(again.status()).as(again.err()).isZero();
    assertThat(again.err()).isEmpty();
    assertThat(archives()).containsExactly(archive);
    assertThat(Files.getLastModifiedTime(archive)).isGreaterThan(old);
  }

  @Test
  void helpAndDtiCdsOff_writeNoArchive() throws Exception {
    Run help = run(Map.of(), "--help");
    assertThat(help.status()).isZero();
    assertThat(help.out()).contains("score");
    assertThat(archives()).isEmpty();
    Run off = score(Map.of("DTI_CDS", "off"));
    assertThat(off.status()).as(off.err()).isZero();
    assertThat(off.out()).startsWith("unit,dti,dti_rank,");
    assertThat(archives()).isEmpty();
  }

  @Test
  void failingCommand_keepsItsExitStatus_andLeavesNoTemporaryFile() throws Exception {
    Run bad = run(Map.of(), "score", "--framework", "pdti-2022", "--data", cache.resolve("missing.csv").toString());
    assertThat(bad.status()).isNotZero();
    assertThat(bad.err()).contains("missing.csv");
    assertThat(archives()).allSatisfy(p -> assertThat(p.getFileName().toString()).doesNotStartWith("."));
  }

  @Test
  void mainJob_suggestsTheLauncherAsInvoked_andASampleOnDisk() throws Exception {
    Run main = run(Map.of(), "--out", cache.resolve("main.html").toString());
    assertThat(main.status()).as(main.err()).isZero();
    assertThat(Subprocess.suggestions(main.out(), LAUNCHER.toString())).containsExactly(
        LAUNCHER + " score --framework pdti-2022 --data samples/pdti-2022-sample-63.csv --out results.csv",
        LAUNCHER + " report --framework pdti-2022 --data samples/pdti-2022-sample-63.csv --out report.html");
  }

  @Test
  void withoutJava_javaHomesJavaRuns() throws Exception {
    Path bin = Files.createDirectories(cache.resolve("jdk/bin"));
    Path fake = bin.resolve("java");
    Files.writeString(fake, "#!/bin/sh\necho fake-java-ran >&2\nexec '" + Subprocess.JAVA + "' \"$@\"\n");
    Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));
    Run r = score(Map.of("JAVA", "", "JAVA_HOME", cache.resolve("jdk").toString(), "DTI_CDS", "off"));
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.err()).isEqualTo("fake-java-ran\n");
    assertThat(r.out()).startsWith("unit,dti,dti_rank,");
  }

  @Test
  void cLocale_vietnameseFileNamesAndArgumentsStillArrive() throws Exception {
    Path named = cache.resolve("dữ liệu năm 2023.csv");
    Files.copy(SAMPLE, named);
    Map<String, String> c = Map.of("LC_ALL", "C", "LANG", "C", "DTI_CDS", "off");
    Run r = run(c, "plan", "--framework", "pdti-2022", "--data", named.toString(), "--unit", "Bà Rịa - Vũng Tàu",
        "--target-rank", "10");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).contains("Bà Rịa - Vũng Tàu");
    // the language still follows the locale: C is English, a Vietnamese LC_ALL stays Vietnamese
    Run vi = run(Map.of("LC_ALL", "vi_VN", "DTI_CDS", "off"), "score", "--framework", "pdti-2022", "--data",
        cache.resolve("none.csv").toString());
    assertThat(vi.status()).isEqualTo(2);
    assertThat(vi.err()).startsWith("lỗi: ");
    Run en = run(c, "score", "--framework", "pdti-2022", "--data", cache.resolve("none.csv").toString());
    assertThat(en.err()).startsWith("error: ");
  }
}
