package org.opendti.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main job's two suggested commands, for each way of starting dti and each place the user may stand. */
final class HintsTest {
  private static final String SAMPLE = "pdti-2022-sample-63.csv";

  @TempDir
  Path dir;

  /** A file (empty: only its existence matters), with its folders. */
  private Path file(String relative) throws IOException {
    Path p = dir.resolve(relative);
    Files.createDirectories(p.getParent());
    return Files.write(p, new byte[0]);
  }

  private static String sep(String path) {
    return path.replace('/', java.io.File.separatorChar);
  }

  @Test
  void distribution_launcherAsInvoked_sampleBesideLib() throws IOException {
    Path jar = file("dti-1/lib/dti.jar");
    file("dti-1/samples/" + SAMPLE);
    Hints h = Hints.of("bin/dti", jar, dir.resolve("dti-1"), false);
    assertThat(h.score()).isEqualTo("bin/dti score --framework pdti-2022 --data " + sep("samples/" + SAMPLE)
        + " --out results.csv");
    assertThat(h.report()).isEqualTo("bin/dti report --framework pdti-2022 --data " + sep("samples/" + SAMPLE)
        + " --out report.html");
  }

  @Test
  void repository_javaJar_pathsRelativeToTheWorkingDirectory() throws IOException {
    Path jar = file("repo/dti-examples/target/dti.jar");
    file("repo/dti-examples/samples/" + SAMPLE);
    Hints h = Hints.of(null, jar, dir.resolve("repo"), false);
    assertThat(h.program()).isEqualTo("java -jar " + sep("dti-examples/target/dti.jar"));
    assertThat(h.score()).isEqualTo("java -jar " + sep("dti-examples/target/dti.jar")
        + " score --framework pdti-2022 --data " + sep("dti-examples/samples/" + SAMPLE) + " --out results.csv");
  }

  @Test
  void workingDirectoryOutsideTheJarsFolder_absolutePaths() throws IOException {
    Path jar = file("repo/dti-examples/target/dti.jar");
    Path sample = file("repo/dti-examples/samples/" + SAMPLE);
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    Hints h = Hints.of("", jar, elsewhere, false);
    assertThat(h.report()).isEqualTo("java -jar " + jar + " report --framework pdti-2022 --data " + sample
        + " --out report.html");
  }

  @Test
  void noSampleOnDisk_placeholderAndHowToExtractIt() throws IOException {
    Path jar = file("dti.jar");
    Hints h = Hints.of(null, jar, dir, false);
    assertThat(h.score()).isEqualTo("java -jar dti.jar score --framework pdti-2022 --data FILE.csv --out results.csv"
        + " (a sample to try: jar xf dti.jar samples/" + SAMPLE + ", then --data samples/" + SAMPLE + ")");
    assertThat(h.report()).isEqualTo("java -jar dti.jar report --framework pdti-2022 --data FILE.csv"
        + " --out report.html");
  }

  @Test
  void classFolder_noLauncher_programIsDti() throws IOException {
    Path classes = Files.createDirectories(dir.resolve("m/target/classes"));
    file("m/samples/" + SAMPLE);
    Hints h = Hints.of(null, classes, dir.resolve("m"), false);
    assertThat(h.score()).startsWith("dti score --framework pdti-2022 --data " + sep("samples/" + SAMPLE));
    assertThat(Hints.of(null, null, dir, false).report())
        .isEqualTo("dti report --framework pdti-2022 --data FILE.csv --out report.html");
  }

  @Test
  void pathsWithSpaces_quotedForTheShell() throws IOException {
    Path jar = file("my tools/lib/dti.jar");
    Path sample = file("my tools/samples/" + SAMPLE);
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    assertThat(Hints.of(null, jar, elsewhere, false).score()).isEqualTo("java -jar '" + jar
        + "' score --framework pdti-2022 --data '" + sample + "' --out results.csv");
    assertThat(Hints.of("C:\\Program Files\\dti\\bin\\dti.cmd", jar, elsewhere, true).report())
        .isEqualTo("\"C:\\Program Files\\dti\\bin\\dti.cmd\" report --framework pdti-2022 --data \"" + sample
            + "\" --out report.html");
  }

  @Test
  void quote_leavesPlainWordsAlone_escapesSingleQuotes() {
    assertThat(Hints.quote("dti-examples/target/dti.jar", false)).isEqualTo("dti-examples/target/dti.jar");
    assertThat(Hints.quote("C:\\dti\\bin\\dti.cmd", true)).isEqualTo("C:\\dti\\bin\\dti.cmd");
    assertThat(Hints.quote("it's here", false)).isEqualTo("'it'\\''s here'");
    assertThat(Hints.quote("a&b", true)).isEqualTo("\"a&b\"");
    assertThat(Hints.quote("$HOME/x", false)).isEqualTo("'$HOME/x'");
  }
}
