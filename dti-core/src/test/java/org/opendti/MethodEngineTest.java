package org.opendti;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opendti.engine.Results;
import org.opendti.engine.ScoringEngine;
import org.opendti.engine.Warning;
import org.opendti.method.Aggregator;
import org.opendti.method.Method;
import org.opendti.method.MissingValuePolicy;
import org.opendti.method.Normaliser;
import org.opendti.method.OutlierTreatment;
import org.opendti.method.RankBasis;
import org.opendti.method.WeightingScheme;

/** The method engine end to end: per-node and per-level settings, weights, missing values, outliers. */
final class MethodEngineTest {

  /** index ← {p1 ← {a, b}, p2 ← {c}}, weights from the nodes. */
  static Framework tree() {
    return Framework.builder().id("tree").version("1").nameVi("tree")
        .addNodes(Node.builder().code("idx").nameVi("idx").kind(NodeKind.INDEX).build(),
            Node.builder().code("p1").nameVi("p1").kind(NodeKind.PILLAR).addParent("idx").weight(2).build(),
            Node.builder().code("p2").nameVi("p2").kind(NodeKind.PILLAR).addParent("idx").weight(1).build(),
            Node.builder().code("a").nameVi("a").kind(NodeKind.COMPONENT).addParent("p1").weight(1).build(),
            Node.builder().code("b").nameVi("b").kind(NodeKind.COMPONENT).addParent("p1").weight(3)
                .direction(Direction.NEGATIVE).build(),
            Node.builder().code("c").nameVi("c").kind(NodeKind.COMPONENT).addParent("p2").weight(1).build())
        .build();
  }

  static Dataset data() {
    return Dataset.builder()
        .put("U1", "a", 10).put("U1", "b", 5).put("U1", "c", 1)
        .put("U2", "a", 20).put("U2", "b", 1).put("U2", "c", 3)
        .put("U3", "a", 30).put("U3", "b", 3).put("U3", "c", 2)
        .build();
  }

  @Test
  void defaultFor_officialWithPoints_coinrWithout() {
    Framework withoutPoints = Framework.builder().id("x").version("1").nameVi("Index")
        .addNodes(Node.builder().code("idx").nameVi("Index").kind(NodeKind.INDEX).build(),
            Node.builder().code("a").nameVi("A").kind(NodeKind.COMPONENT).addParent("idx").weight(2).build(),
            Node.builder().code("b").nameVi("B").kind(NodeKind.COMPONENT).addParent("idx").weight(1).build())
        .build();
    Framework withPoints = withoutPoints.withMaxPoints(Map.of("a", 60.0, "b", 40.0));
    assertThat(Method.defaultFor(withoutPoints)).isEqualTo(Method.coinr()).isNotEqualTo(Method.official());
    assertThat(Method.defaultFor(withPoints)).isEqualTo(Method.official());
    assertThat(Method.defaultFor(Frameworks.pdti2022())).isEqualTo(Method.official());
    // pdti-2025 publishes the total (1000 points) though not the main indicators' maxima
    assertThat(Method.defaultFor(Frameworks.pdti2025())).isEqualTo(Method.official());
  }

  @Test
  void coinrMethod_handComputed() {
    Results r = ScoringEngine.of(Method.coinr()).score(tree(), data());
    // a: 0, .5, 1; b (negative): 0, 1, .5; c: 0, 1, .5
    assertThat(r.value("U2", "b")).isEqualTo(1);
    assertThat(r.value("U2", "p1")).isCloseTo((0.5 + 3 * 1) / 4, within(1e-15));
    assertThat(r.value("U2", "idx")).isCloseTo((2 * 0.875 + 1) / 3, within(1e-15));
    assertThat(r.weights("idx")).containsExactly(Map.entry("p1", 2 / 3.0), Map.entry("p2", 1 / 3.0));
    assertThat(r.effectiveWeights("idx")).containsExactly(Map.entry("a", 2 / 3.0 / 4), Map.entry("b", 2 / 3.0 * 3 / 4),
        Map.entry("c", 1 / 3.0));
    assertThat(r.rank("U2", "idx")).isEqualTo(1);
  }

  @Test
  void settingsPerNodeAndPerLevel() {
    Method m = Method.builder().from(Method.coinr()).normaliser(Normaliser.minMax(1, 2))
        .putNormaliserByNode("c", Normaliser.rank())
        .putAggregatorByLevel(3, Aggregator.weightedGeometricMean())
        .putWeightingByNode("p1", WeightingScheme.equal()).build();
    Results r = ScoringEngine.of(m).score(tree(), data());
    assertThat(r.value("U2", "c")).isEqualTo(3);
    assertThat(r.weights("p1")).containsExactly(Map.entry("a", 0.5), Map.entry("b", 0.5));
    double p1 = (1.5 + 2) / 2;
    assertThat(r.value("U2", "idx")).isCloseTo(Math.exp((2 * Math.log(p1) + Math.log(3)) / 3), within(1e-12));
    assertThat(r.method().describe()).contains("per-node");
  }

  @Test
  void officialEffectiveWeights_areMaxPointsOverThousand() {
    Results r = ScoringEngine.official().score(Frameworks.pdti2022(), Pdti2022Test.topFive(), "2022");
    Map<String, Double> w = r.effectiveWeights("dti");
    assertThat(w.get("awareness")).isCloseTo(0.1, within(1e-15));
    assertThat(w.get("gov_activity")).isCloseTo(0.2, within(1e-15));
    assertThat(w.get("smart_city")).isZero();
    assertThat(w.values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1, within(1e-12));
    assertThat(r.effectiveWeights("gov").get("gov_activity")).isCloseTo(200 / 700.0, within(1e-15));
    assertThat(r.effectiveWeights("gov")).doesNotContainKey("econ_activity");
  }

  @Test
  void imputationPolicies() {
    Dataset d = Dataset.builder()
        .addUnit(Unit.builder().code("U1").name("U1").group("g").build())
        .addUnit(Unit.builder().code("U2").name("U2").group("g").build())
        .addUnit(Unit.builder().code("U3").name("U3").group("h").build())
        .put("U1", "a", "2021", 10).put("U2", "a", "2021", 20).put("U3", "a", "2021", 30)
        .put("U1", "a", "2022", 12).put("U3", "a", "2022", 34)
        .put("U1", "a", "2023", 14).put("U2", "a", "2023", 28).put("U3", "a", "2023", 38)
        .build();
    Framework one = Framework.builder().id("one").version("1").nameVi("one")
        .addNodes(Node.builder().code("idx").nameVi("idx").kind(NodeKind.INDEX).build(),
            Node.builder().code("a").nameVi("a").kind(NodeKind.COMPONENT).addParent("idx").weight(1).build())
        .build();
    java.util.function.Function<MissingValuePolicy, Double> u2 = policy -> ScoringEngine.of(
        Method.builder().from(Method.coinr()).normaliser(Normaliser.none()).missing(policy).build())
        .score(one, d, "2022").value("U2", "a");
    assertThat(u2.apply(MissingValuePolicy.mean())).isEqualTo(23);
    assertThat(u2.apply(MissingValuePolicy.median())).isEqualTo(23);
    assertThat(u2.apply(MissingValuePolicy.groupMean())).isEqualTo(12);
    assertThat(u2.apply(MissingValuePolicy.previousPeriod())).isEqualTo(20);
    assertThat(u2.apply(MissingValuePolicy.linearInterpolation())).isEqualTo(24);
    assertThat(u2.apply(MissingValuePolicy.zeroPoints())).isEqualTo(0);
    assertThat(u2.apply(MissingValuePolicy.skip())).isNaN();
  }

  @Test
  void outlierTreatment_isReportedAsAWarning() {
    Dataset.Builder b = Dataset.builder();
    double[] x = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 100};
    for (int i = 0; i < x.length; i++) {
      b.put("U" + i, "a", x[i]).put("U" + i, "b", i).put("U" + i, "c", i);
    }
    Method m = Method.builder().from(Method.coinr()).outliers(OutlierTreatment.coinr()).build();
    Results r = ScoringEngine.of(m).score(tree(), b.build());
    assertThat(r.warnings()).extracting(Warning::toString)
        .containsExactly("unit '(all units)', indicator 'a': outlier treatment 'winsorise': winsorised 1 high and 0 low"
            + " points");
    assertThat(r.warnings()).extracting(Warning::kind).containsExactly(Warning.Kind.OUTLIERS_TREATED);
    assertThat(r.value("U11", "a")).isEqualTo(1);
    assertThat(r.value("U10", "a")).isEqualTo(1);
  }

  @Test
  void distanceToReference_usesTheMethodsReferenceUnit() {
    Method m = Method.builder().from(Method.coinr()).normaliser(Normaliser.distanceToReference())
        .referenceUnit("U2").rankBasis(RankBasis.EXACT).build();
    Results r = ScoringEngine.of(m).score(tree(), data());
    assertThat(r.value("U2", "a")).isEqualTo(1);
    assertThat(r.value("U3", "a")).isCloseTo(2, within(1e-15));
  }
}
