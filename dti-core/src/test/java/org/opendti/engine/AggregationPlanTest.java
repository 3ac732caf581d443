package org.opendti.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.opendti.Dataset;
import org.opendti.Framework;
import org.opendti.Frameworks;
import org.opendti.InvalidFrameworkException;
import org.opendti.Node;
import org.opendti.NodeKind;
import org.opendti.method.Aggregator;
import org.opendti.method.Method;

/** The engine and the plans the analyses re-run aggregate by one rule. */
final class AggregationPlanTest {

  private static Dataset provinces(int units, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    Dataset.Builder b = Dataset.builder();
    for (int u = 0; u < units; u++) {
      for (Node n : Frameworks.pdti2022().leaves()) {
        b.put("P" + u, n.code(), Math.round(rng.nextDouble() * 10_000) / 10_000.0);
      }
    }
    return b.build();
  }

  @Test
  void theRunsOwnWeightsGiveTheRunsOwnValues() {
    Results r = ScoringEngine.official().score(Frameworks.pdti2022(), provinces(63, 1));
    for (String node : r.aggregates()) {
      AggregationPlan plan = AggregationPlan.of(r, node);
      assertThat(plan.aggregates()).last().isEqualTo(node);
      double[] expected = r.values(node);
      double[] actual = plan.values();
      for (int u = 0; u < expected.length; u++) {
        // the run aggregates with the scheme's weights, the plan with the same weights normalised to sum 1
        assertThat(actual[u]).as("%s, unit %d", node, u).isCloseTo(expected[u], org.assertj.core.api.Assertions
            .within(1e-15));
      }
    }
  }

  @Test
  void unitMultipliersAndTheMethodsAggregatorChangeNothing() {
    Results r = ScoringEngine.official().score(Frameworks.pdti2022(), provinces(20, 2));
    AggregationPlan plan = AggregationPlan.of(r, "dti");
    double[][] ones = Arrays.stream(plan.widths()).mapToObj(w -> {
      double[] m = new double[w];
      Arrays.fill(m, 1);
      return m;
    }).toArray(double[][]::new);
    assertThat(plan.values(ones)).containsExactly(plan.values());
    assertThat(plan.values(Aggregator.weightedArithmeticMean(), ones)).containsExactly(plan.values());
    assertThat(plan.values(Aggregator.weightedGeometricMean())).isNotEqualTo(plan.values());
  }

  @Test
  void allZeroWeightsLeaveANodeWithoutPointsUnscoredAndAreAnErrorElsewhereInBoth() {
    // q carries no points: its only child has a maximum of 0, so the official weights (the maxima) are all zero
    Framework f = Framework.builder().id("zero").version("1").nameVi("Khung")
        .addNodes(Node.builder().code("dti").nameVi("Chỉ số").kind(NodeKind.INDEX).maxPoints(100).build(),
            Node.builder().code("p").nameVi("Trụ cột").kind(NodeKind.PILLAR).addParent("dti").maxPoints(100).build(),
            Node.builder().code("q").nameVi("Trụ cột 2").kind(NodeKind.PILLAR).addParent("dti").maxPoints(0).build(),
            Node.builder().code("a").nameVi("A").kind(NodeKind.COMPONENT).addParent("p").maxPoints(100).build(),
            Node.builder().code("b").nameVi("B").kind(NodeKind.COMPONENT).addParent("q").maxPoints(0).build())
        .build();
    Dataset d = Dataset.builder().put("X", "a", 0.5).put("X", "b", 0.0).put("Y", "a", 0.2).put("Y", "b", 0.0)
        .build();
    Results r = ScoringEngine.official().score(f, d);
    assertThat(r.values("q")).containsOnly(Double.NaN);
    AggregationPlan plan = AggregationPlan.of(r, "q");
    assertThat(plan.values()).containsOnly(Double.NaN);
    assertThat(plan.values(new double[][] {{3}})).containsOnly(Double.NaN);
    // p carries points: zero weights there are an error, whether the framework or the multipliers make them zero
    assertThatExceptionOfType(InvalidFrameworkException.class)
        .isThrownBy(() -> AggregationPlan.of(r, "p").values(new double[][] {{0}}))
        .withMessage(new InvalidFrameworkException("p", "the weights of all its children are zero").getMessage());
    Framework zeroWeights = Framework.builder().id("zero-weights").version("1").nameVi("Khung").addNodes(
            Node.builder().code("dti").nameVi("Chỉ số").kind(NodeKind.INDEX).build(),
            Node.builder().code("p").nameVi("Trụ cột").kind(NodeKind.PILLAR).addParent("dti").weight(1).build(),
            Node.builder().code("a").nameVi("A").kind(NodeKind.COMPONENT).addParent("p").weight(0).build())
        .build();
    assertThatExceptionOfType(InvalidFrameworkException.class)
        .isThrownBy(() -> ScoringEngine.of(Method.coinr()).score(zeroWeights, Dataset.builder().put("X", "a", 1)
            .put("Y", "a", 2).build()))
        .withMessage(new InvalidFrameworkException("p", "the weights of all its children are zero").getMessage());
  }

  @Test
  void badMultipliersAreLocatedErrors() {
    Results r = ScoringEngine.official().score(Frameworks.pdti2022(), provinces(5, 3));
    AggregationPlan plan = AggregationPlan.of(r, "gov");
    assertThatIllegalArgumentException().isThrownBy(() -> plan.values(new double[0][]))
        .withMessageContaining("expected weight multipliers for " + plan.aggregates().size() + " aggregates");
    double[][] m = Arrays.stream(plan.widths()).mapToObj(double[]::new).toArray(double[][]::new);
    m[m.length - 1] = new double[m[m.length - 1].length + 1];
    assertThatIllegalArgumentException().isThrownBy(() -> plan.values(m))
        .withMessageContaining("weight multipliers for 'gov'");
    double[][] negative = Arrays.stream(plan.widths()).mapToObj(w -> {
      double[] x = new double[w];
      Arrays.fill(x, 1);
      return x;
    }).toArray(double[][]::new);
    negative[negative.length - 1][0] = -1;
    assertThatExceptionOfType(InvalidFrameworkException.class).isThrownBy(() -> plan.values(negative))
        .withMessageContaining("weight in 'gov' must be finite and ≥ 0");
    assertThatIllegalArgumentException().isThrownBy(() -> AggregationPlan.of(r, r.framework().leaves().get(0).code()))
        .withMessageContaining("is not aggregated in these results");
  }
}
