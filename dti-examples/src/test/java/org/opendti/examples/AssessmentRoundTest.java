package org.opendti.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendti.Dataset;
import org.opendti.Numbers;
import org.opendti.Stage;
import org.opendti.Unit;
import org.opendti.UnitKind;
import org.opendti.analysis.Appraisal;
import org.opendti.engine.Results;
import org.opendti.engine.ScoringEngine;

/**
 * The example of a whole assessment round (issue 17): forms out and back, both stages, ranking by block, and the
 * storyline of seed S3 computed from the round's results.
 */
final class AssessmentRoundTest {
  @TempDir Path dir;

  @Test
  void formsOutAndBackGiveTheDataTheUnitsFilledIn() throws IOException {
    AssessmentRound.Outcome o = AssessmentRound.play(dir);
    assertThat(o.units()).hasSize(30);
    assertThat(o.units().stream().filter(u -> u.kind() == UnitKind.DEPARTMENT)).hasSize(20);
    assertThat(o.forms()).hasSize(30).allSatisfy(f -> assertThat(f).isRegularFile());
    // every observation came back exactly: values, ratios, categories, evidence
    assertThat(o.selfCollected().observations()).isEqualTo(o.selfReported().observations());
    // scoring the collected forms is scoring the data directly, bit for bit
    Results direct = ScoringEngine.official().score(o.framework(), o.selfReported().withUnits(o.units()),
        AssessmentRound.PERIOD);
    for (Unit u : o.units()) {
      for (int k = 0; k < direct.nodes().size(); k++) {
        String node = direct.nodes().get(k).code();
        assertThat(Double.doubleToRawLongBits(o.self().value(u.code(), node))).as(u.code() + " " + node)
            .isEqualTo(Double.doubleToRawLongBits(direct.value(u.code(), node)));
      }
    }
    // only what applies was asked: 2.3 of the departments with digital-economy tasks, 4.3 of districts
    Dataset self = o.round().given(Stage.SELF);
    String p = AssessmentRound.PERIOD;
    assertThat(self.observation("S4", "2.3", p)).isPresent();
    assertThat(self.observation("S1", "2.3", p)).isEmpty();
    assertThat(self.observation("H1", "4.3", p)).isPresent();
    assertThat(self.observation("S4", "4.3", p)).isEmpty();
    assertThat(self.observation("H1", "2.3", p)).isEmpty();
    // the files of the round
    for (String f : List.of("units.csv", "round.csv", "appraisal.csv", "report.html")) {
      assertThat(dir.resolve(f)).isRegularFile();
    }
    assertThat(Files.readAllLines(dir.resolve("appraisal.csv"), StandardCharsets.UTF_8))
        .hasSize(1 + o.appraisal().rows().size());
    assertThat(Files.readString(dir.resolve("report.html"), StandardCharsets.UTF_8)).contains("id=\"appraisal\"");
  }

  @Test
  void blocksAreRankedSeparatelyAndTheUnitNotRankedMovesNobody() throws IOException {
    AssessmentRound.Outcome o = AssessmentRound.play(dir);
    Results r = o.appraised();
    assertThat(r.rank(AssessmentRound.NOT_RANKED, "dti")).isNaN();
    assertThat(r.points(AssessmentRound.NOT_RANKED, "dti")).isBetween(0.0, 1000.0);
    for (String block : List.of(AssessmentRound.DEPARTMENTS, AssessmentRound.DISTRICTS)) {
      List<Unit> ranked = r.units().stream().filter(u -> u.group().orElse("").equals(block) && u.ranked()).toList();
      // ranks 1..n within the block, by points
      assertThat(ranked.stream().mapToDouble(u -> r.rank(u.code(), "dti")).sorted().toArray())
          .containsExactly(java.util.stream.IntStream.rangeClosed(1, ranked.size()).asDoubleStream().toArray());
      for (Unit a : ranked) {
        for (Unit b : ranked) {
          if (r.points(a.code(), "dti") > r.points(b.code(), "dti") + 1e-9) {
            assertThat(r.rank(a.code(), "dti")).isLessThan(r.rank(b.code(), "dti"));
          }
        }
      }
    }
    assertThat(r.units().stream().filter(u -> u.group().orElse("").equals(AssessmentRound.DEPARTMENTS)
        && u.ranked())).hasSize(19);
    // the appraisal: what each unit lost is its self points minus its appraised points
    for (Appraisal.UnitSummary s : o.appraisal().byUnit()) {
      String u = s.unit().code();
      assertThat(s.lost()).as(u).isCloseTo(o.self().points(u, "dti") - r.points(u, "dti"), within(1e-9));
    }
    assertThat(o.appraisal().byUnit().stream().mapToDouble(Appraisal.UnitSummary::lost).sum()).isPositive();
    // the council's values, and the notes it gave, are the appraised stage's
    assertThat(o.round().given(Stage.APPRAISED).observations()).isNotEmpty()
        .allSatisfy(x -> assertThat(x.note()).contains("Tài liệu kiểm chứng chưa đầy đủ"));
  }

  /** Seed S3's storyline (block averages, best and worst, spread, change on last year), computed by hand here. */
  @Test
  void theStoryOfEachBlockIsTheRoundsFigures() throws IOException {
    AssessmentRound.Outcome o = AssessmentRound.play(dir);
    for (String block : List.of(AssessmentRound.DEPARTMENTS, AssessmentRound.DISTRICTS)) {
      double[] now = points(o.appraised(), block);
      double[] before = points(o.lastYear(), block);
      double mean = java.util.Arrays.stream(now).average().orElseThrow();
      double meanBefore = java.util.Arrays.stream(before).average().orElseThrow();
      double max = java.util.Arrays.stream(now).max().orElseThrow();
      double min = java.util.Arrays.stream(now).min().orElseThrow();
      Unit best = unitWith(o.appraised(), block, max);
      Unit worst = unitWith(o.appraised(), block, min);
      String story = AssessmentRound.story(o.panel(), block);
      assertThat(story).startsWith(block + ": điểm trung bình " + (mean >= meanBefore ? "tăng " : "giảm ")
          + vi(Math.abs(mean - meanBefore)) + " điểm (" + vi(mean) + " điểm so với " + vi(meanBefore)
          + " điểm của năm 2024)");
      assertThat(story).contains("Chênh lệch đơn vị cao nhất và thấp nhất là " + vi(max - min) + " điểm")
          .contains("cao nhất " + best.name() + " với " + vi(max) + " điểm")
          .contains("thấp nhất " + worst.name() + " với " + vi(min) + " điểm");
    }
    String printed = ExamplesTest.printed(out -> AssessmentRound.print(dir.resolve("again"), out));
    assertThat(printed).contains("30 forms written, filled and collected")
        .contains(AssessmentRound.story(o.panel(), AssessmentRound.DISTRICTS))
        .containsPattern("\\n\\s+-\\s+Sở Ngoại vụ\\s+\\d+\\.\\d\\d\\n");
  }

  /** The DTI points of the ranked units of a block. */
  private static double[] points(Results r, String block) {
    return r.units().stream().filter(u -> u.group().orElse("").equals(block) && u.ranked())
        .mapToDouble(u -> r.points(u.code(), "dti")).toArray();
  }

  private static Unit unitWith(Results r, String block, double points) {
    return r.units().stream().filter(u -> u.group().orElse("").equals(block) && u.ranked()
        && r.points(u.code(), "dti") == points).findFirst().orElseThrow();
  }

  private static String vi(double points) {
    return String.format(Locale.ROOT, "%.2f", Numbers.round(points, 2)).replace('.', ',');
  }
}
