package org.opendti.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.opendti.examples.cli.DtiCommandTest.dti;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --unit-list} with a framework whose components apply to some units only (issue 17). */
final class AssessmentCliTest {
  /** 100 points: c1 (30) and c2 (30, only for kinh-te-so) under m1 (60); c3 (40) under m2 (40). */
  private static final String FRAMEWORK = "STT,Chỉ số / chỉ số thành phần,Điểm tối đa,Áp dụng\n"
      + "1,M1,60,\n1.1,C1,30,\n1.2,C2,30,kinh-te-so\n2,M2,40,\n2.1,C3,40,\n";

  private static Path write(Path dir, String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, UTF_8);
  }

  @Test
  void theUnitListDecidesWhatAppliesAndWhoIsRanked(@TempDir Path dir) throws IOException {
    Path framework = write(dir, "dept.csv", FRAMEWORK);
    Path units = write(dir, "units.csv", "unit,name,kind,ranked,tags\n"
        + "A,Sở A,sở,yes,kinh-te-so\nB,Sở B,sở,,\nC,Sở C,sở,không,kinh-te-so\n");
    Path data = write(dir, "data.csv", "unit,indicator,value\n"
        + "Sở A,1.1,0.5\nSở A,1.2,1\nSở A,2.1,0.5\n"
        + "Sở B,1.1,0.5\nSở B,2.1,0.5\n"
        + "C,1.1,1\nC,1.2,1\nC,2.1,1\n");
    Path out = dir.resolve("results.csv");
    DtiCommandTest.Run r = dti("score", "--framework", framework.toString(), "--data", data.toString(),
        "--unit-list", units.toString(), "--out", out.toString());
    assertThat(r.status()).as(r.err()).isZero();
    List<String> lines = Files.readAllLines(out, UTF_8);
    assertThat(lines.get(0)).startsWith("\uFEFFunit,dti,dti_rank,");
    // A: 65 of 100; B: c2 does not apply, m1 = 15 x 60 / 30 = 30, so 50; C: 100 but not ranked
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("A,0.6500,1,"))
        .anySatisfy(l -> assertThat(l).startsWith("B,0.5000,2,"))
        .anySatisfy(l -> assertThat(l).startsWith("C,1.0000,,"));
    assertThat(r.err()).doesNotContain("missing");

    DtiCommandTest.Run stray = dti("score", "--framework", framework.toString(), "--data",
        write(dir, "stray.csv", "unit,indicator,value\nSở Z,1.1,0.5\n").toString(), "--unit-list", units.toString());
    assertThat(stray.status()).isNotZero();
    assertThat(stray.err()).contains("Sở Z").contains("not on the unit list");

    DtiCommandTest.Run notApplicable = dti("score", "--framework", framework.toString(), "--data",
        write(dir, "na.csv", "unit,indicator,value\nSở B,1.1,0.5\nSở B,1.2,0.5\nSở B,2.1,0.5\n").toString(),
        "--unit-list", units.toString());
    assertThat(notApplicable.status()).isNotZero();
    assertThat(notApplicable.err()).contains("B").contains("1.2").contains("it applies to [kinh-te-so] only");

    DtiCommandTest.Run badList = dti("score", "--framework", framework.toString(), "--data", data.toString(),
        "--unit-list", write(dir, "bad.csv", "unit,kind\nA,phường\n").toString());
    assertThat(badList.status()).isNotZero();
    assertThat(badList.err()).contains("bad.csv row 2").contains("phường").contains("unknown unit kind");
  }

  @Test
  void appraisalComparesTheStagesOfARound(@TempDir Path dir) throws IOException {
    Path framework = write(dir, "dept.csv", FRAMEWORK);
    Path units = write(dir, "units.csv", "unit,name,kind,tags\nA,Sở A,sở,kinh-te-so\nB,Sở B,sở,\n");
    Path round = write(dir, "round.csv", "unit,indicator,value,stage,evidence\n"
        + "A,1.1,1,self,QĐ 1\nA,1.2,1,self,\nA,2.1,1,self,\n"
        + "B,1.1,0.5,self,\nB,2.1,0.5,self,\n"
        + "A,1.2,0.5,appraised,thiếu kế hoạch\nA,2.1,0.25,thẩm định,\nB,1.1,1,appraised,\n");
    Path out = dir.resolve("appraisal.csv");
    DtiCommandTest.Run r = dti("appraisal", "--framework", framework.toString(), "--data", round.toString(),
        "--unit-list", units.toString(), "--out", out.toString());
    assertThat(r.status()).as(r.err()).isZero();
    // A: self 100; appraised 30 + 15 + 10 = 55: lost 45, 2.1 by 30 and 1.2 by 15
    // B: self m1 = 15 x 60 / 30 = 30, m2 = 20, so 50; appraised m1 = 60, so 80: lost -30
    assertThat(r.out().lines()).containsExactly("A: 100 -> 55, lost 45 (2.1 -30, 1.2 -15)", "B: 50 -> 80, lost -30");
    assertThat(r.err()).contains("warning: 2 values were not appraised and keep the unit's own value (first: unit"
        + " 'A', indicator '1.1')").contains("wrote " + out);
    List<String> lines = Files.readAllLines(out, UTF_8);
    assertThat(lines.get(0)).isEqualTo("\uFEFFunit,unit_name,node,node_name,self_points,appraised_points,difference,"
        + "self_evidence,appraised_evidence,self_note,appraised_note");
    assertThat(lines).contains("A,Sở A,1.2,C2,30.00,15.00,-15.00,,thiếu kế hoạch,,",
        "A,Sở A,1.1,C1,30.00,30.00,0.00,QĐ 1,,,");
    DtiCommandTest.Run withStage = dti("appraisal", "--framework", framework.toString(), "--data", round.toString(),
        "--stage", "self", "--out", dir.resolve("y.csv").toString());
    assertThat(withStage.status()).isNotZero();
    assertThat(withStage.err()).contains("--stage self: dti appraisal compares both stages");

    DtiCommandTest.Run unstaged = dti("appraisal", "--framework", framework.toString(), "--data",
        write(dir, "plain.csv", "unit,indicator,value\nA,1.1,1\n").toString(), "--out",
        dir.resolve("x.csv").toString());
    assertThat(unstaged.status()).isNotZero();
    assertThat(unstaged.err()).contains("missing column 'stage'");
    DtiCommandTest.Run overInput = dti("appraisal", "--framework", framework.toString(), "--data", round.toString(),
        "--out", round.toString());
    assertThat(overInput.status()).isNotZero();
    assertThat(Files.readString(round, UTF_8)).startsWith("unit,indicator,value,stage");
  }

  @Test
  void scoreTakesTheAppraisedStageByDefaultAndCountsWhatWasNotAppraised(@TempDir Path dir) throws IOException {
    Path framework = write(dir, "dept.csv", FRAMEWORK);
    Path units = write(dir, "units.csv", "unit,name,kind,tags\nA,Sở A,sở,kinh-te-so\nB,Sở B,sở,\n");
    Path round = write(dir, "round.csv", "unit,indicator,value,stage,note\n"
        + "A,1.1,1,self,\nA,1.2,1,self,\nA,2.1,1,self,\n"
        + "B,1.1,0.5,self,\nB,2.1,0.5,self,\n"
        + "A,1.2,0.5,appraised,thiếu kế hoạch\nA,2.1,0.25,thẩm định,\nB,1.1,1,appraised,\n");
    Path out = dir.resolve("appraised.csv");
    Path warnings = dir.resolve("warnings.csv");
    DtiCommandTest.Run appraised = dti("score", "--framework", framework.toString(), "--data", round.toString(),
        "--unit-list", units.toString(), "--out", out.toString(), "--warnings", warnings.toString());
    assertThat(appraised.status()).as(appraised.err()).isZero();
    // appraised: A = 30 + 15 + 10 = 55; B: m1 = 30 x 60 / 30 = 60, m2 = 20, so 80
    assertThat(Files.readAllLines(out, UTF_8)).anySatisfy(l -> assertThat(l).startsWith("A,0.5500,2,"))
        .anySatisfy(l -> assertThat(l).startsWith("B,0.8000,1,"));
    assertThat(appraised.err()).contains("2 values not appraised, the self-assessed value used (first: unit 'A',"
        + " indicator '1.1'");
    assertThat(Files.readAllLines(warnings, UTF_8)).filteredOn(l -> l.startsWith("NOT_APPRAISED,"))
        .extracting(l -> l.split(",")[1] + " " + l.split(",")[2]).containsExactly("A 1.1", "B 2.1");

    Path own = dir.resolve("self.csv");
    DtiCommandTest.Run self = dti("score", "--framework", framework.toString(), "--data", round.toString(),
        "--unit-list", units.toString(), "--stage", "tự đánh giá", "--out", own.toString());
    assertThat(self.status()).as(self.err()).isZero();
    // self: A = 100; B: m1 = 15 x 60 / 30 = 30, m2 = 20, so 50
    assertThat(Files.readAllLines(own, UTF_8)).anySatisfy(l -> assertThat(l).startsWith("A,1.0000,1,"))
        .anySatisfy(l -> assertThat(l).startsWith("B,0.5000,2,"));
    assertThat(self.err()).doesNotContain("not appraised");

    DtiCommandTest.Run plain = dti("score", "--framework", framework.toString(), "--data",
        write(dir, "plain.csv", "unit,indicator,value\nA,1.1,1\n").toString(), "--stage", "self");
    assertThat(plain.status()).isNotZero();
    assertThat(plain.err()).contains("--stage self:").contains("plain.csv has no 'stage' column");
    DtiCommandTest.Run bogus = dti("score", "--framework", framework.toString(), "--data", round.toString(),
        "--stage", "final");
    assertThat(bogus.status()).isNotZero();
    assertThat(bogus.err()).contains("--stage 'final': expected self or appraised");
    DtiCommandTest.Run perPeriod = dti("score", "--framework", framework.toString(), "--period-data",
        "2025=" + round);
    assertThat(perPeriod.status()).isNotZero();
    assertThat(perPeriod.err()).contains("this file has a 'stage' column").contains("--stage self|appraised");
  }

  @Test
  void theReportOfARoundShowsWhatAppraisalChanged(@TempDir Path dir) throws IOException {
    Path framework = write(dir, "dept.csv", FRAMEWORK);
    Path units = write(dir, "units.csv", "unit,name,kind,tags\nA,Sở A,sở,kinh-te-so\nB,Sở B,sở,\n");
    Path round = write(dir, "round.csv", "unit,indicator,value,stage\n"
        + "A,1.1,1,self\nA,1.2,1,self\nA,2.1,1,self\nB,1.1,0.5,self\nB,2.1,0.5,self\n"
        + "A,1.2,0.5,appraised\nA,2.1,0.25,appraised\n");
    Path report = dir.resolve("report.html");
    DtiCommandTest.Run r = dti("report", "--framework", framework.toString(), "--data", round.toString(),
        "--unit-list", units.toString(), "--out", report.toString(), "--lang", "en");
    assertThat(r.status()).as(r.err()).isZero();
    String html = Files.readString(report, UTF_8);
    assertThat(html).contains("id=\"appraisal\"");
    assertThat(r.err()).contains("3 values not appraised");
    Path own = dir.resolve("self.html");
    DtiCommandTest.Run self = dti("report", "--framework", framework.toString(), "--data", round.toString(),
        "--unit-list", units.toString(), "--stage", "self", "--out", own.toString());
    assertThat(self.status()).as(self.err()).isZero();
    assertThat(Files.readString(own, UTF_8)).doesNotContain("id=\"appraisal\"");
  }

  @Test
  void aUnitListFromAPipeIsReadOnceForTheWholeCommand(@TempDir Path dir) throws Exception {
    Path framework = write(dir, "dept.csv", FRAMEWORK);
    Path round = write(dir, "round.csv", "unit,indicator,value,stage\n"
        + "A,1.1,1,self\nA,1.2,1,self\nA,2.1,1,self\nB,1.1,0.5,self\nB,2.1,0.5,self\nA,1.2,0.5,appraised\n");
    Path fifo = dir.resolve("units.csv");
    Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
    org.junit.jupiter.api.Assumptions.assumeTrue(mk.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)
        && mk.exitValue() == 0, "mkfifo is not available");
    byte[] list = "unit,name,kind,tags\nA,Sở A,sở,kinh-te-so\nB,Sở B,sở,\n".getBytes(UTF_8);
    Thread writer = new Thread(() -> {
      try (java.io.OutputStream o = Files.newOutputStream(fifo)) {
        o.write(list);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    writer.setDaemon(true);
    writer.start();
    Path report = dir.resolve("report.html");
    // the report reads the list for the data, the round's warnings and the appraisal: a second read would block
    DtiCommandTest.Run r = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
        () -> dti("report", "--framework", framework.toString(), "--data", round.toString(), "--unit-list",
            fifo.toString(), "--out", report.toString()));
    assertThat(r.status()).as(r.err()).isZero();
    // five self-assessed values, one appraised
    assertThat(r.err()).contains("4 values not appraised");
    assertThat(Files.readString(report, UTF_8)).contains("id=\"appraisal\"").contains("Sở B");
  }
}
