package org.opendti;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opendti.engine.Results;
import org.opendti.engine.ScoringEngine;
import org.opendti.engine.Warning;
import org.opendti.method.Method;
import org.opendti.method.MissingValuePolicy;
import org.opendti.method.TiesStrategy;

final class ScoringEngineTest {

  private static Dataset.Builder full(String unit, double v) {
    Dataset.Builder b = Dataset.builder();
    for (Node n : Frameworks.pdti2022().leaves()) {
      b.put(unit, n.code(), v);
    }
    return b;
  }

  @Test
  void missingIndicator_scoresZeroAndWarnsNamingBoth() {
    Dataset d = Dataset.builder().put("A", "awareness", 1.0).put("A", "gov_activity", 1.0).build();
    Results r = ScoringEngine.official().score(Frameworks.pdti2022(), d);
    assertThat(r.value("A", "dti")).isCloseTo(0.3, within(1e-12));
    assertThat(r.warnings()).extracting(Warning::indicator).contains("institutions", "society_activity")
        .doesNotContain("smart_city");
    assertThat(r.warnings().get(0).toString()).contains("unit 'A'").contains("missing-value policy 'zero'");
    assertThat(r.warnings()).extracting(Warning::kind).containsOnly(Warning.Kind.MISSING_VALUE);
    assertThat(Warning.Kind.MISSING_VALUE.describe(org.opendti.Language.EN))
        .isEqualTo("missing values filled by the missing-value policy");
    assertThat(Warning.Kind.MISSING_VALUE.describe(org.opendti.Language.VI))
        .isEqualTo("giá trị thiếu, được xử lý theo quy tắc thiếu dữ liệu");
  }

  @Test
  void failPolicy_throwsMissingData() {
    Dataset d = Dataset.builder().put("A", "awareness", 1.0).build();
    Method fail = Method.builder().missing(MissingValuePolicy.fail()).build();
    assertThatExceptionOfType(MissingDataException.class)
        .isThrownBy(() -> ScoringEngine.of(fail).score(Frameworks.pdti2022(), d))
        .satisfies(e -> assertThat(e.unit()).isEqualTo("A"))
        .withMessageContaining("institutions");
  }

  @Test
  void valueOutOfRange_isReportedWithUnitIndicatorAndValue_allAtOnce() {
    Dataset d = Dataset.builder().put("A", "awareness", 1.5).put("B", "7", -0.1).put("B", "2", 0.5).build();
    assertThatExceptionOfType(ProblemsException.class)
        .isThrownBy(() -> ScoringEngine.official().score(Frameworks.pdti2022(), d))
        .satisfies(e -> assertThat(e.problems()).hasSize(2))
        .withMessageContaining("unit 'A', indicator 'awareness': expected a fraction of the maximum in 0..1 (value: 1.5)")
        .withMessageContaining("unit 'B', indicator 'gov_activity'").withMessageContaining("-0.1");
  }

  @Test
  void unknownIndicator_isReported() {
    Dataset d = Dataset.builder().put("A", "awarenes", 0.5).build();
    assertThatExceptionOfType(UnknownNodeException.class)
        .isThrownBy(() -> ScoringEngine.official().score(Frameworks.pdti2022(), d))
        .withMessageContaining("'awarenes'");
  }

  @Test
  void dataAtTwoLevelsOfOneBranch_isAnError() {
    Dataset d = Dataset.builder().put("A", "gov", 0.5).put("A", "gov_activity", 0.5).build();
    assertThatExceptionOfType(InvalidDataException.class)
        .isThrownBy(() -> ScoringEngine.official().score(Frameworks.pdti2022(), d))
        .withMessageContaining("both for 'gov' and for its descendant 'gov_activity'");
  }

  @Test
  void sameIndicatorUnderTwoNames_isAnError() {
    Dataset d = Dataset.builder().put("A", "7", 0.5).put("B", "gov_activity", 0.5).build();
    assertThatExceptionOfType(InvalidDataException.class)
        .isThrownBy(() -> ScoringEngine.official().score(Frameworks.pdti2022(), d))
        .withMessageContaining("names this indicator twice");
  }

  @Test
  void ties_shareTheLowestRankAndSkip_fifteenFifteenSeventeen() {
    Dataset.Builder b = Dataset.builder();
    double[] dti = new double[17];
    for (int k = 0; k < 17; k++) {
      dti[k] = 0.9 - k * 0.01;
    }
    dti[15] = dti[14];
    for (int k = 0; k < 17; k++) {
      b.put("U" + k, "dti", dti[k]);
    }
    Framework flat = Framework.builder().id("flat").version("1").nameVi("flat")
        .addNodes(Node.builder().code("root").nameVi("root").kind(NodeKind.INDEX).build(),
            Node.builder().code("dti").nameVi("dti").kind(NodeKind.MAIN_INDICATOR).maxPoints(1).addParent("root")
                .build())
        .build();
    Results r = ScoringEngine.official().score(flat, b.build());
    assertThat(r.rank("U14", "root")).isEqualTo(15);
    assertThat(r.rank("U15", "root")).isEqualTo(15);
    assertThat(r.rank("U16", "root")).isEqualTo(17);
    Results avg = ScoringEngine.of(Method.builder().ties(TiesStrategy.AVERAGE).build()).score(flat, b.build());
    assertThat(avg.rank("U14", "root")).isEqualTo(15.5);
    Results seq = ScoringEngine.of(Method.builder().ties(TiesStrategy.SEQUENTIAL).build()).score(flat, b.build());
    assertThat(seq.rank("U15", "root")).isEqualTo(16);
  }

  @Test
  void ranksAreTakenOnPublishedValues() {
    Dataset d = full("A", 0.5).put("B", "awareness", 0.5).put("B", "institutions", 0.5)
        .put("B", "infrastructure", 0.5).put("B", "human_resources", 0.5).put("B", "cybersecurity", 0.5)
        .put("B", "smart_city", 0.5).put("B", "gov_activity", 0.5).put("B", "econ_activity", 0.5)
        .put("B", "society_activity", 0.50004).build();
    Results r = ScoringEngine.official().score(Frameworks.pdti2022(), d);
    assertThat(r.value("B", "dti")).isGreaterThan(r.value("A", "dti"));
    assertThat(r.rank("A", "dti")).isEqualTo(1);
    assertThat(r.rank("B", "dti")).isEqualTo(1);
  }

  @Test
  void groups_areRankedSeparately() {
    Dataset d = Dataset.builder()
        .addUnit(Unit.builder().code("m1").name("Bộ A").kind(UnitKind.MINISTRY).group("with-services").build())
        .addUnit(Unit.builder().code("m2").name("Bộ B").kind(UnitKind.MINISTRY).group("with-services").build())
        .addUnit(Unit.builder().code("m3").name("Bộ C").kind(UnitKind.MINISTRY).group("without").build())
        .put("m1", "awareness", 0.9).put("m2", "awareness", 0.8).put("m3", "awareness", 0.1).build();
    Results r = ScoringEngine.official().score(Frameworks.pdti2022(), d);
    assertThat(r.rank("m1", "dti")).isEqualTo(1);
    assertThat(r.rank("m2", "dti")).isEqualTo(2);
    assertThat(r.rank("m3", "dti")).isEqualTo(1);
  }

  @Test
  void userComponents_withRules_flowUpTheDag() {
    Framework f = Frameworks.pdti2022().withNodes(List.of(
        Node.builder().code("1.1").nameVi("Họp Ban chỉ đạo").kind(NodeKind.COMPONENT).maxPoints(20)
            .addParent("awareness").scoringRule(ScoringRule.thresholds(Map.of(4.0, 20.0, 3.0, 15.0, 2.0, 10.0,
                1.0, 5.0))).build(),
        Node.builder().code("1.2").nameVi("Trưởng ban").kind(NodeKind.COMPONENT).maxPoints(30)
            .addParent("awareness").scoringRule(ScoringRule.categorical(Map.of("chủ tịch", 1.0, "phó chủ tịch",
                0.5))).build(),
        Node.builder().code("1.3").nameVi("Tỷ lệ hồ sơ trực tuyến").kind(NodeKind.COMPONENT).maxPoints(50)
            .addParent("awareness").scoringRule(ScoringRule.ratio()).build()));
    Dataset d = Dataset.builder()
        .put("A", "1.1", 3)
        .add(Observation.builder().unit("A").indicator("1.2").measure(Measure.ofCategory("Phó chủ tịch")).build())
        .add(Observation.builder().unit("A").indicator("1.3").measure(Measure.ofRatio(1805, 2067)).build())
        .build();
    Results r = ScoringEngine.official().score(f, d);
    double expected = 15 + 15 + 1805.0 / 2067 * 50;
    assertThat(r.points("A", "awareness")).isCloseTo(expected, within(1e-9));
    assertThat(r.value("A", "awareness")).isCloseTo(expected / 100, within(1e-12));
    assertThat(r.points("A", "dti")).isCloseTo(expected, within(1e-9));
    assertThat(r.points("A", "1.1")).isEqualTo(15);
  }

  @Test
  void componentScoringErrors_nameUnitIndicatorAndValue() {
    Framework f = Frameworks.pdti2022().withNodes(List.of(
        Node.builder().code("7.1").nameVi("DVC trực tuyến toàn trình").kind(NodeKind.COMPONENT).maxPoints(200)
            .addParent("gov_activity").scoringRule(ScoringRule.ratio()).build()));
    Dataset d = Dataset.builder()
        .add(Observation.builder().unit("Thanh Hóa").indicator("7.1").measure(Measure.ofRatio(9056, 1805)).build())
        .build();
    assertThatExceptionOfType(InvalidDataException.class).isThrownBy(() -> ScoringEngine.official().score(f, d))
        .satisfies(e -> assertThat(e.rawValue()).isEqualTo("9056/1805"))
        .withMessageContaining("unit 'Thanh Hóa', indicator '7.1'");
  }

  @Test
  void pillarLevelInputs_aggregateToTheRoot() {
    Framework f2020 = Framework.builder().id("p2020").version("2020").nameVi("DTI 2020")
        .addNodes(Node.builder().code("dti").nameVi("DTI").kind(NodeKind.INDEX).build(),
            Node.builder().code("gov").nameVi("CQS").kind(NodeKind.PILLAR).maxPoints(400).addParent("dti").build(),
            Node.builder().code("econ").nameVi("KTS").kind(NodeKind.PILLAR).maxPoints(300).addParent("dti").build(),
            Node.builder().code("society").nameVi("XHS").kind(NodeKind.PILLAR).maxPoints(300).addParent("dti")
                .build())
        .build();
    Dataset d = Dataset.builder().put("A", "gov", 0.5).put("A", "econ", 0.4).put("A", "society", 0.3).build();
    Results r = ScoringEngine.official().score(f2020, d);
    assertThat(r.value("A", "dti")).isCloseTo(0.4 * 0.5 + 0.3 * 0.4 + 0.3 * 0.3, within(1e-12));
  }

  @Test
  void decimals_areConfigurable_andRoundingIsOnceAtTheEnd() {
    Dataset d = full("A", 0.78352).build();
    Results r = ScoringEngine.of(Method.builder().decimals(2).build()).score(Frameworks.pdti2022(), d);
    assertThat(r.points("A", "dti")).isCloseTo(783.52, within(1e-9));
    assertThat(r.roundedValue("A", "dti")).isEqualTo(0.78);
    assertThat(r.method().decimals()).isEqualTo(2);
  }

  @Test
  void multiPeriodDataset_needsAPeriod() {
    Dataset d = Dataset.builder().put("A", "1", "2022", 0.5).put("A", "1", "2023", 0.6).build();
    assertThatIllegalArgumentException().isThrownBy(() -> ScoringEngine.official().score(Frameworks.pdti2022(), d))
        .withMessageContaining("2 periods");
    assertThat(ScoringEngine.official().scoreAll(Frameworks.pdti2022(), d)).extracting(Results::period)
        .containsExactly("2022", "2023");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ScoringEngine.official().score(Frameworks.pdti2022(), d, "2024"));
  }

  @Test
  void ranking_listsUnitsByRank() {
    Results r = ScoringEngine.official().score(Frameworks.pdti2022(), Pdti2022Test.topFive(), "2022");
    assertThat(r.ranking("dti")).extracting(row -> row.unit().name()).containsExactly("TP. Đà Nẵng",
        "TP. Hồ Chí Minh", "Quảng Ninh", "Thừa Thiên - Huế", "TP. Cần Thơ");
    assertThat(r.ranking("dti").get(0).roundedValue()).isEqualTo(0.8002);
    assertThat(r.nodes()).extracting(Node::code).startsWith("dti", "gov", "econ", "society");
  }
}
