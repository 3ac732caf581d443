package org.opendti.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution archives the build makes (target/dti-VERSION.zip and .tar.gz): exactly the launchers, the jar,
 * the samples and the project's README, LICENSE and NOTICE, with the POSIX launcher executable and the Windows one
 * in CRLF; and bin/dti run from the unpacked archive, directly and through a link on the PATH, with the commands it
 * suggests run as printed.
 */
final class DistributionIT {
  private static final String VERSION = System.getProperty("dti.version", "");
  private static final String BASE = "dti-" + VERSION + "/";
  private static final Path TARGET = Path.of("target");
  private static final Path SAMPLES = Path.of("samples");

  @TempDir
  Path tmp;

  /** The files the archive must hold, relative to its base folder, each with the file it is a copy of. */
  private static Map<String, Path> expected() throws IOException {
    Map<String, Path> files = new TreeMap<>();
    files.put("bin/dti", Path.of("dti"));
    files.put("bin/dti.cmd", Path.of("dti.cmd"));
    files.put("lib/dti.jar", TARGET.resolve("dti.jar"));
    files.put("README.md", Path.of("../README.md"));
    files.put("LICENSE", Path.of("../LICENSE"));
    files.put("NOTICE", Path.of("../NOTICE"));
    try (Stream<Path> samples = Files.list(SAMPLES)) {
      samples.forEach(p -> files.put("samples/" + p.getFileName(), p));
    }
    return files;
  }

  /** The zip's entries (files only) with their Unix modes, read from the central directory. */
  private static Map<String, Integer> zipModes(Path zip) throws IOException {
    ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(zip)).order(ByteOrder.LITTLE_ENDIAN);
    int end = b.limit() - 22;
    while (end >= 0 && b.getInt(end) != 0x06054b50) {
      end--;
    }
    assertThat(end).as("end of central directory record").isNotNegative();
    int count = Short.toUnsignedInt(b.getShort(end + 10));
    int at = b.getInt(end + 16);
    Map<String, Integer> modes = new TreeMap<>();
    for (int i = 0; i < count; i++) {
      assertThat(b.getInt(at)).as("central directory header %d", i).isEqualTo(0x02014b50);
      int madeBy = Short.toUnsignedInt(b.getShort(at + 4)) >> 8;
      int nameLength = Short.toUnsignedInt(b.getShort(at + 28));
      int extraLength = Short.toUnsignedInt(b.getShort(at + 30));
      int commentLength = Short.toUnsignedInt(b.getShort(at + 32));
      int external = b.getInt(at + 38);
      byte[] name = new byte[nameLength];
      b.get(at + 46, name);
      String n = new String(name, StandardCharsets.UTF_8);
      if (!n.endsWith("/")) {
        assertThat(madeBy).as("%s made on Unix, so that unzip keeps its mode", n).isEqualTo(3);
        modes.put(n, (external >>> 16) & 0777);
      }
      at += 46 + nameLength + extraLength + commentLength;
    }
    return modes;
  }

  private Path untar() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("unpacked"));
    Subprocess.Run r = Subprocess.run(List.of("tar", "-xzf", TARGET.resolve("dti-" + VERSION + ".tar.gz")
        .toAbsolutePath().toString(), "-C", dir.toString()), dir, tmp, Map.of());
    assertThat(r.status()).as(r.describe()).isZero();
    return dir.resolve("dti-" + VERSION);
  }

  private static Set<String> files(Path root) throws IOException {
    Set<String> names = new TreeSet<>();
    try (Stream<Path> all = Files.walk(root)) {
      all.filter(Files::isRegularFile).forEach(p -> names.add(root.relativize(p).toString().replace('\\', '/')));
    }
    return names;
  }

  @Test
  void zip_holdsExactlyTheFiles_launcherExecutable() throws IOException {
    assertThat(VERSION).as("dti.version, set by the pom").isNotEmpty();
    Map<String, Integer> modes = zipModes(TARGET.resolve("dti-" + VERSION + ".zip"));
    Map<String, Integer> want = new TreeMap<>();
    for (String name : expected().keySet()) {
      want.put(BASE + name, name.equals("bin/dti") ? 0755 : 0644);
    }
    assertThat(modes).isEqualTo(want);
  }

  @Test
  void tarGz_holdsExactlyTheFiles_copiesOfTheirSources() throws Exception {
    Path root = untar();
    Map<String, Path> expected = expected();
    assertThat(files(root)).isEqualTo(expected.keySet());
    for (Map.Entry<String, Path> e : expected.entrySet()) {
      byte[] source = Files.readAllBytes(e.getValue());
      byte[] copy = Files.readAllBytes(root.resolve(e.getKey()));
      if (e.getKey().equals("bin/dti.cmd")) {
        // CRLF whatever the checkout did to the source
        String text = new String(source, StandardCharsets.US_ASCII).replace("\r\n", "\n").replace("\n", "\r\n");
        assertThat(new String(copy, StandardCharsets.US_ASCII)).isEqualTo(text);
        assertThat(new String(copy, StandardCharsets.US_ASCII).replace("\r\n", "")).doesNotContain("\n");
      } else {
        assertThat(copy).as(e.getKey()).isEqualTo(source);
      }
    }
    assertThat(Files.getPosixFilePermissions(root.resolve("bin/dti"))).contains(PosixFilePermission.OWNER_EXECUTE,
        PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_EXECUTE);
    assertThat(Files.getPosixFilePermissions(root.resolve("bin/dti.cmd")))
        .doesNotContain(PosixFilePermission.OWNER_EXECUTE);
  }

  @Test
  void binDti_runsFromTheUnpackedArchive_andItsSuggestionsRunAsPrinted() throws Exception {
    Path root = untar();
    Subprocess.Run score = Subprocess.run(List.of("bin/dti", "score", "--framework",
        "samples/departments-framework.csv", "--data", "samples/departments-2024.csv"), root, tmp, Map.of());
    assertThat(score.status()).as(score.describe()).isZero();
    assertThat(score.out().lines()).hasSize(21).first().asString().startsWith("unit,dti,dti_rank,awareness,");
    assertThat(score.err()).isEmpty();

    Subprocess.Run main = Subprocess.run(List.of("bin/dti", "--out", tmp.resolve("main.html").toString()), root,
        tmp, Map.of());
    assertThat(main.status()).as(main.describe()).isZero();
    List<String> suggested = Subprocess.suggestions(main.out(), "bin/dti");
    assertThat(suggested).containsExactly(
        "bin/dti score --framework pdti-2022 --data samples/pdti-2022-sample-63.csv --out results.csv",
        "bin/dti report --framework pdti-2022 --data samples/pdti-2022-sample-63.csv --out report.html");
    for (String command : suggested) {
      Subprocess.Run r = Subprocess.shell(command, root, tmp, Map.of());
      assertThat(r.status()).as(command + "\n" + r.describe()).isZero();
    }
    assertThat(root.resolve("results.csv")).isNotEmptyFile();
    assertThat(Files.readString(root.resolve("report.html"), StandardCharsets.UTF_8)).contains("<html");
  }

  @Test
  void linkOnThePath_findsTheJar_andSuggestsTheBareName() throws Exception {
    Path root = untar();
    Path bin = Files.createDirectories(tmp.resolve("path-bin"));
    Files.createSymbolicLink(bin.resolve("dti"), root.resolve("bin/dti"));
    Path work = Files.createDirectories(tmp.resolve("work"));
    Map<String, String> path = Map.of("PATH", bin + java.io.File.pathSeparator + Subprocess.JAVA.getParent()
        + java.io.File.pathSeparator + "/usr/bin:/bin");
    Subprocess.Run main = Subprocess.shell("dti --out main.html", work, tmp, path);
    assertThat(main.status()).as(main.describe()).isZero();
    List<String> suggested = Subprocess.suggestions(main.out(), "dti");
    String sample = root.resolve("samples/pdti-2022-sample-63.csv").toString();
    assertThat(suggested).containsExactly(
        "dti score --framework pdti-2022 --data " + sample + " --out results.csv",
        "dti report --framework pdti-2022 --data " + sample + " --out report.html");
    for (String command : suggested) {
      Subprocess.Run r = Subprocess.shell(command, work, tmp, path);
      assertThat(r.status()).as(command + "\n" + r.describe()).isZero();
    }
    assertThat(work.resolve("results.csv")).isNotEmptyFile();
  }
}
