package org.opendti.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendti.engine.Results;

final class ExamplesTest {

  static String printed(ThrowingPrinter p) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    p.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  interface ThrowingPrinter {
    void print(PrintStream out) throws IOException;
  }

  @Test
  void provincialDti2022_reproducesTheTopFive() throws IOException {
    Results r = ProvincialDti2022.score();
    assertThat(r.ranking("dti")).extracting(row -> row.unit().code()).containsExactly("48", "79", "22", "46", "92");
    assertThat(r.roundedValue("48", "dti")).isEqualTo(0.8002);
    assertThat(printed(ProvincialDti2022::print)).contains("TP. Đà Nẵng").contains("0.800175").contains("0.8002");
  }

  @Test
  void customComponents_scoreWithTheirRules() throws IOException {
    Results r = CustomComponents.score();
    assertThat(r.points("Huyện A", "1.1")).isEqualTo(20);
    assertThat(r.points("Huyện B", "1.2")).isEqualTo(15);
    assertThat(r.points("Huyện A", "awareness")).isCloseTo(20 + 30 + 1805.0 / 2067 * 50, within(1e-9));
    assertThat(r.rank("Huyện A", "dti")).isEqualTo(1);
    assertThat(printed(CustomComponents::print)).contains("Huyện B: 1.1 = 10.00");
  }

  @Test
  void customNormaliser_isPluggedIn() throws IOException {
    Results r = CustomNormaliser.score();
    assertThat(r.method().normaliser().id()).isEqualTo("share-of-leader");
    assertThat(r.value("TP. Đà Nẵng", "awareness")).isEqualTo(1.0);
    assertThat(r.value("TP. Hồ Chí Minh", "awareness")).isCloseTo(0.8917, within(1e-12));
    assertThat(printed(CustomNormaliser::print)).contains("share-of-leader");
  }

  @Test
  void coinrMethods_reportsRankMoves() throws IOException {
    assertThat(CoinrMethods.rankMoves()).hasSize(63);
    assertThat(Math.abs(CoinrMethods.rankMoves().get(0).rankMove())).isGreaterThan(0);
    assertThat(printed(CoinrMethods::print)).contains("geometric").contains("rank");
  }

  @Test
  void departmentsAndDistricts_groupStatistics() throws IOException {
    Results r = DepartmentsAndDistricts.score();
    DepartmentsAndDistricts.GroupSummary d = DepartmentsAndDistricts.summary(r, "departments");
    assertThat(d.best().rank()).isEqualTo(1);
    assertThat(d.spread()).isCloseTo(d.best().points() - d.worst().points(), within(1e-9));
    assertThat(d.mean()).isBetween(d.worst().points(), d.best().points());
    assertThat(r.rank(d.best().unit().code(), "dti")).isEqualTo(1);
    DepartmentsAndDistricts.GroupSummary t = DepartmentsAndDistricts.summary(r, "districts");
    assertThat(t.best().rank()).isEqualTo(1);
    assertThat(printed(DepartmentsAndDistricts::print)).contains("departments:").contains("districts:")
        .contains("spread").contains("not an official document");
  }

  @Test
  void merger2025_gives34Provinces() throws IOException {
    Results r = Merger2025.merged();
    assertThat(r.units()).hasSize(34);
    assertThat(r.findUnit("Huế")).isPresent();
    assertThat(printed(Merger2025::print)).contains("34 provinces");
  }

  @Test
  void targetTop10_plansTheExactThreshold() throws IOException {
    org.opendti.analysis.TargetPlanner.Plan p = TargetTop10.plan();
    assertThat(p.currentRank()).isEqualTo(30);
    assertThat(p.feasible()).isTrue();
    assertThat(p.neededPoints()).isPositive();
    assertThat(p.steps()).isNotEmpty();
    assertThat(printed(TargetTop10::print)).contains("rank 10 needs").contains("strength:").contains("weakness:");
  }

  @Test
  void rankingRobustness_reportsIntervalsAndIndices() throws IOException {
    org.opendti.analysis.Uncertainty.Result u = RankingRobustness.uncertainty(200);
    assertThat(u.units()).hasSize(63);
    assertThat(u.units()).anySatisfy(s -> assertThat(s.q95()).isGreaterThan(s.q5()));
    String text = printed(RankingRobustness::print);
    assertThat(text).contains("Spearman").contains("Sobol weights").contains("Sobol aggregator")
        // the Monte Carlo verdict: 2,000 runs meet the rule (at least 1,825 runs for 5% ± 1%)
        .contains("with 2000 runs the share of runs beyond each end is 5% ± 0.96% (95%)")
        .contains("at least 1,825 runs: enough")
        .containsPattern("another seed moves an interval end by at most \\d+\\.\\d ranks")
        // the Sobol verdict: the first-order intervals of 512 base samples are wider than 0.1
        .containsPattern("N = 512 base samples, N\\(k\\+2\\) = 2,048 evaluations for k = 2 factors; widest 95%"
            + " interval 0\\.\\d\\d \\(first order of [a-z ()0-9]+\\) ≥ 0\\.10: too small for these intervals;"
            + " about N = [\\d,]+ \\([\\d,]+ evaluations\\) would do");
    String small = printed(out -> RankingRobustness.print(out, 200, 16));
    assertThat(small).contains("with 200 runs the share of runs beyond each end is 5% ± 3.02% (95%)")
        .contains("at least 1,825 runs: too small for these intervals")
        .contains("N = 16 base samples, N(k+2) = 64 evaluations").contains("too small for these intervals; about N =");
    assertThat(RankingRobustness.minimumRuns(0.05, 0.2)).isEqualTo(1825);
    assertThat(RankingRobustness.minimumRuns(0.05, 0.1)).isEqualTo(7300);
  }

  @Test
  void reportClaims_findsTheSeedInconsistencies() throws IOException {
    List<org.opendti.analysis.Verdict> v = ReportClaims.verdicts();
    assertThat(v).filteredOn(x -> x.status() == org.opendti.analysis.Verdict.Status.CONTRADICTED)
        .extracting(x -> x.claim().measure().name() + " " + x.claim().subject())
        .containsExactlyInAnyOrder("MEAN_CHANGE departments", "MAX departments", "MEAN_CHANGE districts");
    assertThat(printed(out -> ReportClaims.print(out))).contains("gives 102.32").contains("gives 45.52");
  }

  @Test
  void buildFramework_scoresTheTourFramework() throws IOException {
    Results r = BuildFramework.score();
    assertThat(r.ranking("dti")).extracting(row -> row.unit().code()).containsExactly("A", "B", "D", "C");
    assertThat(r.points("A", "dti")).isCloseTo(770, within(1e-9));
    assertThat(r.roundedValue("D", "dti")).isEqualTo(0.61);
    assertThat(r.points("D", "soc")).isCloseTo(40, within(1e-9));
    assertThat(printed(out -> BuildFramework.print(out))).contains("1. Tỉnh A  DTI 0.7700  = 770.00 points");
  }

  @Test
  void scoreSample_printsTopTenAndWritesTheReport(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws IOException {
    java.nio.file.Path report = dir.resolve("r.html");
    String text = printed(out -> ScoreSample.run(out, report));
    assertThat(text.lines().filter(l -> l.matches("\\s*\\d+\\s+\\S.*points"))).hasSize(10);
    assertThat(java.nio.file.Files.readString(report)).contains("<svg class=\"chart chart-index\"");
    assertThat(ScoreSample.score().units()).hasSize(63);
  }

  @Test
  void compareYears_reportsMovesAndGroupChange() throws IOException {
    var panel = CompareYears.panel();
    assertThat(panel.periods()).containsExactly("2022", "2023");
    var changes = panel.changes("dti", "2022", "2023");
    assertThat(changes).hasSize(63);
    // every value fell or stayed in the "2022" data, so every province's DTI rose or stayed
    assertThat(changes).allSatisfy(c -> assertThat(c.delta()).isGreaterThanOrEqualTo(0));
    assertThat(changes.stream().mapToDouble(c -> c.rankMove()).sum()).isZero();
    String text = printed(out -> CompareYears.print(out));
    assertThat(text).contains("Biggest rank moves 2022 → 2023:").contains("bậc").contains("63 provinces: mean");
  }

  @Test
  void readVietnameseWorkbook_scoresAndTheDefaultStyleRefuses() throws IOException {
    Results r = ReadVietnameseWorkbook.score();
    assertThat(r.roundedValue("TP. Đà Nẵng", "dti")).isEqualTo(0.8002);
    assertThat(r.ranking("dti").get(0).unit().name()).isEqualTo("TP. Đà Nẵng");
    assertThat(ReadVietnameseWorkbook.defaultStyleError()).contains("dti-2022.xlsx").contains("DTI 2022")
        .contains("90%");
    org.opendti.io.DataFormatException bad = ReadVietnameseWorkbook.badCell();
    assertThat(bad.location().source()).isEqualTo("dti-2022-tinh.xlsx");
    assertThat(bad.location().sheet()).hasValue("DTI 2022");
    assertThat(bad.location().row()).isEqualTo(3);
    assertThat(bad.location().column()).hasValue("cybersecurity");
    assertThat(bad.rawValue()).isEqualTo("chưa có");
    assertThat(printed(ReadVietnameseWorkbook::print))
        .contains("default style: 23 problems:")
        .contains("first: dti-2022.xlsx [DTI 2022] row 2, column 'institutions'")
        .contains("bad cell: file dti-2022-tinh.xlsx, sheet DTI 2022, row 3, column cybersecurity, value \"chưa có\"")
        .contains("message: dti-2022-tinh.xlsx [DTI 2022] row 3, column 'cybersecurity': cannot read as a number in"
            + " the Vietnamese style (expected ',' as the decimal separator")
        .contains("(value: \"chưa có\")");
  }

  @Test
  void customWeights_ahpAndEntropyAgainstOfficial() throws IOException {
    assertThat(CustomWeights.judgements().consistencyRatio()).isCloseTo(0, within(1e-9));
    assertThat(CustomWeights.judgements().weights()[6]).isCloseTo(3.0 / 13, within(1e-9));
    String text = printed(out -> CustomWeights.print(out));
    assertThat(text).contains("AHP weights of the index: awareness 0.077").contains("gov_activity 0.231")
        .containsPattern("AHP against official: Spearman 0\\.\\d{3}, Kendall 0\\.\\d{3}")
        .containsPattern("entropy against official: Spearman 0\\.\\d{3}");
  }
}
