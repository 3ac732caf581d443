package org.opendti.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.opendti.Results;

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
    assertThat(printed(RankingRobustness::print)).contains("Spearman").contains("Sobol weights")
        .contains("Sobol aggregator");
  }

  @Test
  void reportClaims_findsTheSeedInconsistencies() throws IOException {
    List<org.opendti.analysis.Verdict> v = ReportClaims.verdicts();
    assertThat(v).filteredOn(x -> x.status() == org.opendti.analysis.Verdict.Status.CONTRADICTED)
        .extracting(x -> x.claim().measure().name() + " " + x.claim().subject())
        .containsExactlyInAnyOrder("MEAN_CHANGE departments", "MAX departments", "MEAN_CHANGE districts");
    assertThat(printed(out -> ReportClaims.print(out))).contains("gives 102.32").contains("gives 45.52");
  }
}
