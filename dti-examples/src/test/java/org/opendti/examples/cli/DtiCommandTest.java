package org.opendti.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class DtiCommandTest {
  record Run(int status, String out, String err) {}

  static Run dti(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = DtiCommand.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(status, out.toString(), err.toString());
  }

  static Path sample() {
    return Path.of(Inputs.SAMPLE);
  }

  @Test
  void noArguments_runsTheMainJobOnTheSyntheticSample() throws IOException {
    Path report = Path.of("dti-report.html");
    boolean existed = Files.exists(report);
    Run r = dti();
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("Report: " + report.toAbsolutePath().normalize());
    assertThat(Files.readString(report, StandardCharsets.UTF_8)).contains("<section id=\"ranking\">")
        .contains("MẪU TỔNG HỢP");
    if (!existed) {
      Files.delete(report);
    }
    assertThat(r.out()).contains("SYNTHETIC").contains("63 provinces").contains("pdti-2022");
    List<String> rows = r.out().lines().filter(l -> l.matches("\\s*\\d+\\s+\\S.*")).toList();
    assertThat(rows).hasSize(63);
    assertThat(rows.get(0)).startsWith("   1  ");
  }

  @Test
  void mainJob_reportPathAndLanguage(@TempDir Path dir) throws IOException {
    Path report = dir.resolve("sub").resolve("main.html");
    Run r = dti("--out", report.toString(), "--lang", "en");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).contains("Rank  Unit").contains("Report: " + report);
    String sha = java.util.HexFormat.of().formatHex(sha256(Files.readAllBytes(sample())));
    assertThat(Files.readString(report, StandardCharsets.UTF_8)).contains("lang=\"en\"").contains("SYNTHETIC")
        .contains("samples/pdti-2022-sample-63.csv <span class=\"sha\">SHA-256 " + sha + "</span>")
        .contains("<dd>dti 0.1.0</dd>");
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void score_writesUnitThenValueAndRankOfEveryNode() {
    Run r = dti("score", "--framework", "pdti-2022", "--data", sample().toString());
    assertThat(r.status()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(64);
    assertThat(lines.get(0)).startsWith("unit,dti,dti_rank,gov,gov_rank,econ,econ_rank,society,society_rank,"
        + "awareness,awareness_rank");
    assertThat(lines.get(0).split(",")).hasSize(1 + 2 * 13);
    String[] hanoi = lines.get(1).split(",");
    assertThat(hanoi[0]).isEqualTo("Hà Nội");
    assertThat(hanoi[1]).matches("0\\.\\d{4}");
    assertThat(hanoi[2]).matches("\\d+");
  }

  @Test
  void score_decimalsAndOutFile(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("r.csv");
    Run r = dti("score", "--framework", "pdti-2022", "--data", sample().toString(), "--out", out.toString(),
        "--decimals", "6");
    assertThat(r.status()).isZero();
    assertThat(r.err()).contains("wrote");
    String second = Files.readAllLines(out, StandardCharsets.UTF_8).get(1);
    assertThat(second.split(",")[1]).matches("0\\.\\d{6}");
  }

  @Test
  void score_timingsPrintsOneLinePerStageOnStderr(@TempDir Path dir) {
    Run toStdout = dti("score", "--framework", "pdti-2022", "--data", sample().toString(), "--timings");
    assertThat(toStdout.status()).isZero();
    assertThat(toStdout.out()).doesNotContain("_seconds=");
    List<String> lines = toStdout.err().lines().filter(l -> l.contains("_seconds=")).toList();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).matches("read_seconds=\\d+\\.\\d{6}");
    assertThat(lines.get(1)).matches("compute_seconds=\\d+\\.\\d{6}");
    assertThat(lines.get(2)).matches("write_seconds=\\d+\\.\\d{6}");
    Run toFile = dti("score", "--framework", "pdti-2022", "--data", sample().toString(), "--timings", "--out",
        dir.resolve("r.xlsx").toString());
    assertThat(toFile.err().lines().filter(l -> l.matches("(read|compute|write)_seconds=[0-9.]+"))).hasSize(3);
    assertThat(dti("score", "--framework", "pdti-2022", "--data", sample().toString()).err())
        .doesNotContain("_seconds=");
  }

  @Test
  void score_refusesToOverwriteItsInput(@TempDir Path dir) throws IOException {
    Path in = dir.resolve("in.csv");
    Files.copy(sample(), in);
    Run r = dti("score", "--framework", "pdti-2022", "--data", in.toString(), "--out", in.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("refusing to overwrite");
    assertThat(Files.readAllBytes(in)).isEqualTo(Files.readAllBytes(sample()));
  }

  @Test
  void badInput_exitsTwoWithOneLinePerProblemAndNoStackTrace(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "unit,indicator,value\nA,awareness,\"0,82\"\nB,gov_activity,abc\nC,1,0.5,9\n,2,0.3\n",
        StandardCharsets.UTF_8);
    Run r = dti("score", "--framework", "pdti-2022", "--data", bad.toString(), "--units", "none");
    assertThat(r.status()).isEqualTo(2);
    List<String> lines = r.err().lines().toList();
    assertThat(lines).hasSize(4).allMatch(l -> l.startsWith("error: bad.csv row "));
    assertThat(r.err()).contains("row 2, column 'value'").contains("\"0,82\"").contains("row 3, column 'value'")
        .contains("\"abc\"").contains("row 4: row has 4 fields").contains("row 5, column 'unit': empty unit")
        .doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void valueProblems_nameUnitAndIndicator(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "unit,indicator,value\nC,7,1.5\nA,awarenes,0.5\n", StandardCharsets.UTF_8);
    Run r = dti("score", "--framework", "pdti-2022", "--data", bad.toString(), "--units", "none");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("unknown indicator 'awarenes'")
        .contains("unit 'C', indicator 'gov_activity': expected a fraction of the maximum in 0..1 (value: 1.5)");
  }

  @Test
  void missingFileAndUnknownFramework_exitTwo() {
    assertThat(dti("score", "--framework", "pdti-2022", "--data", "nope.csv").status()).isEqualTo(2);
    Run r = dti("score", "--framework", "pdti-1999", "--data", sample().toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("pdti-1999").contains("not a built-in framework id");
    assertThat(dti("score", "--frameworks", "x").status()).isEqualTo(2);
  }

  @Test
  void unknownMethodId_exitsTwoListingTheKnownOnes() {
    Run r = dti("score", "--framework", "pdti-2022", "--data", sample().toString(), "--normalise", "minmaxx");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("unknown normaliser 'minmaxx'").contains("min-max");
  }

  @Test
  void helpAndFrameworks() {
    assertThat(dti("--help").out()).contains("score").contains("frameworks");
    assertThat(dti("score", "--help").out()).contains("--normalise").contains("--decimals");
    Run f = dti("frameworks");
    assertThat(f.status()).isZero();
    assertThat(f.out()).contains("pdti-2022").contains("1000");
  }

  @Test
  void internalErrors_exitOne() {
    StringWriter err = new StringWriter();
    int status = DtiCommand.report(new IllegalStateException("boom"), new PrintWriter(err, true));
    assertThat(status).isEqualTo(1);
    assertThat(err.toString()).contains("internal error");
  }

  @Test
  void frameworks_listsEveryLevelAndTheUnknowns() {
    Run r = dti("frameworks");
    assertThat(r.out()).contains("pdti-2020").contains("pdti-2025").contains("mdti-2022").contains("mdti-2025")
        .contains("national-2025").contains("example-subprovincial").contains("ministry")
        .contains("pdti-2025: chưa công bố điểm tối đa của foundation, activity, awareness");
    assertThat(dti("frameworks", "--lang", "en").out())
        .contains("pdti-2025: maximum points not published for foundation, activity, awareness");
  }

  @Test
  void groupByMerged2025_gives34Rows() {
    Run r = dti("score", "--framework", "pdti-2022", "--data", sample().toString(), "--group-by", "merged-2025");
    assertThat(r.status()).as(r.err()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(35);
    assertThat(lines).anyMatch(l -> l.startsWith("Huế,")).anyMatch(l -> l.startsWith("Hồ Chí Minh,"));
    assertThat(dti("score", "--framework", "pdti-2022", "--data", sample().toString(), "--group-by", "x").status())
        .isEqualTo(2);
  }

  @Test
  void frameworkTableFile_andExampleId(@TempDir Path dir) throws IOException {
    Path table = dir.resolve("khung.csv");
    org.opendti.io.csv.FrameworkTableWriter.write(org.opendti.Frameworks.exampleSubProvincial(), table);
    Path data = dir.resolve("d.csv");
    Files.writeString(data, "unit,indicator,value,numerator,denominator,category\n"
        + "Sở Y tế,1.1,,,,Người đứng đầu\nSở Y tế,1.4,,90,100,\nSở Y tế,6.2,97.5,,,\n", StandardCharsets.UTF_8);
    for (String fw : List.of(table.toString(), "example-subprovincial")) {
      Run r = dti("score", "--framework", fw, "--data", data.toString(), "--decimals", "6");
      assertThat(r.status()).as(r.err()).isZero();
      assertThat(r.out()).contains("Sở Y tế,0.174490,1,0.500000,1,1.000000,1,");
      assertThat(r.err()).contains("warning: 14 missing values filled by the missing-value policy 'zero' (first: unit"
          + " 'Sở Y tế', indicator '1.2': no value; missing-value policy 'zero' applied); --warnings FILE writes all");
    }
  }

  @Test
  void diff_showsWhatChanged() {
    Run r = dti("diff", "pdti-2022", "pdti-2025");
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("REMOVED smart_city").contains("ADDED foundation").contains("common codes: dti,");
  }

  @Test
  void pdti2020_reportsTheValueClass(@TempDir Path dir) throws IOException {
    Path data = dir.resolve("d2020.csv");
    Files.writeString(data, "unit,indicator,value\nA,gov,0.5\nA,econ,0.4\nA,society,0.3\nB,gov,0.2\nB,econ,0.2\n"
        + "B,society,0.2\n", StandardCharsets.UTF_8);
    Run r = dti("score", "--framework", "pdti-2020", "--data", data.toString(), "--units", "none");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out().lines().toList().get(0)).startsWith("unit,dti,dti_rank,dti_class,gov");
    assertThat(r.out()).contains("A,0.4100,1,1,").contains("B,0.2000,2,4,");
  }
}
