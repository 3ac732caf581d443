package org.opendti.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.opendti.DtiException;
import org.opendti.InvalidFrameworkException;
import org.opendti.Node;
import org.opendti.NodeKind;

final class WeightingTest {

  static WeightingContext ctx(double[][] values, double... max) {
    Node parent = Node.builder().code("p").nameVi("p").kind(NodeKind.INDEX).build();
    List<Node> kids = Stream.iterate(0, i -> i + 1).limit(values.length).map(i -> Node.builder().code("c" + i)
        .nameVi("c").kind(NodeKind.COMPONENT).addParent("p").weight(i + 1).build()).toList();
    double[] m = max.length == 0 ? new double[] {Double.NaN, Double.NaN, Double.NaN}.clone() : max;
    return WeightingContext.of(parent, kids, java.util.Arrays.copyOf(m, values.length), values);
  }

  static double[] normalised(double[] w) {
    double s = 0;
    for (double v : w) {
      s += v;
    }
    double[] out = w.clone();
    for (int i = 0; i < out.length; i++) {
      out[i] /= s;
    }
    return out;
  }

  @Test
  void official_usesMaxPointsElseDeclaredWeights() {
    double[][] v = {{0.1}, {0.2}};
    assertThat(WeightingScheme.official().weights(ctx(v, 100, 200))).containsExactly(100, 200);
    assertThat(WeightingScheme.official().weights(ctx(v))).containsExactly(1, 2);
    assertThat(WeightingScheme.equal().weights(ctx(v))).containsExactly(1, 1);
  }

  @Test
  void fixed_needsEveryChild() {
    double[][] v = {{0.1}, {0.2}};
    assertThat(WeightingScheme.fixed(Map.of("c0", 3.0, "C1", 1.0)).weights(ctx(v))).containsExactly(3, 1);
    assertThatExceptionOfType(InvalidFrameworkException.class)
        .isThrownBy(() -> WeightingScheme.fixed(Map.of("c0", 3.0)).weights(ctx(v))).withMessageContaining("c1");
    assertThatIllegalArgumentException().isThrownBy(() -> WeightingScheme.fixed(Map.of("c0", -1.0)));
  }

  @Test
  void entropy_handComputed() {
    double[][] v = {{1, 1, 1, 1}, {1, 0, 0, 0}};
    double[] w = WeightingScheme.entropy().weights(ctx(v));
    assertThat(w[0]).isCloseTo(0, within(1e-12));
    assertThat(w[1]).isCloseTo(1, within(1e-12));
    assertThatExceptionOfType(DtiException.class)
        .isThrownBy(() -> WeightingScheme.entropy().weights(ctx(new double[][] {{-1, 1}, {1, 1}})))
        .withMessageContaining("min-max");
  }

  @Test
  void critic_handComputed() {
    double[][] v = {{1, 2, 3, 4}, {4, 3, 2, 1}};
    // perfectly anti-correlated, equal spread: σ × (1 - 1 + 1 - (-1)) = σ × 2 each
    double sd = Math.sqrt(5.0 / 3);
    assertThat(WeightingScheme.critic().weights(ctx(v))).containsExactly(new double[] {2 * sd, 2 * sd},
        within(1e-12));
  }

  @Test
  void pca_equalLoadingsForTwoCorrelatedChildren() {
    double[][] v = {{1, 2, 3, 4, 5}, {1.1, 1.9, 3.2, 3.9, 5.1}};
    double[] w = WeightingScheme.pca().weights(ctx(v));
    assertThat(w[0]).isCloseTo(Math.sqrt(0.5), within(1e-9));
    assertThat(w[1]).isCloseTo(Math.sqrt(0.5), within(1e-9));
    double[][] opposed = {{1, 2, 3, 4, 5}, {5, 4, 3, 2, 1}, {1, 2, 3, 4, 6}};
    assertThatExceptionOfType(DtiException.class).isThrownBy(() -> WeightingScheme.pca().weights(ctx(opposed)))
        .withMessageContaining("negative loading");
  }

  @Test
  void ahp_consistentMatrix() {
    AhpMatrix m = AhpMatrix.of(List.of("c0", "c1", "c2"), new double[][] {{1, 2, 2}, {0.5, 1, 1}, {0.5, 1, 1}});
    assertThat(m.weights()).containsExactly(new double[] {0.5, 0.25, 0.25}, within(1e-12));
    assertThat(m.consistencyRatio()).isCloseTo(0, within(1e-12));
    assertThat(m.lambdaMax()).isCloseTo(3, within(1e-12));
    double[][] v = {{1}, {1}, {1}};
    assertThat(WeightingScheme.ahp(Map.of("p", m), 0.1, WeightingScheme.equal()).weights(ctx(v)))
        .containsExactly(new double[] {0.5, 0.25, 0.25}, within(1e-12));
  }

  @Test
  void ahp_inconsistentMatrix_isAnErrorWithTheRatio() {
    AhpMatrix m = AhpMatrix.of(List.of("c0", "c1", "c2"), new double[][] {{1, 9, 1 / 9.0}, {1 / 9.0, 1, 9},
        {9, 1 / 9.0, 1}});
    assertThat(m.consistencyRatio()).isGreaterThan(0.1);
    double[][] v = {{1}, {1}, {1}};
    assertThatExceptionOfType(InvalidFrameworkException.class)
        .isThrownBy(() -> WeightingScheme.ahp(Map.of("p", m), 0.1, WeightingScheme.equal()).weights(ctx(v)))
        .withMessageContaining("consistency ratio").withMessageContaining("'p'");
  }

  @Test
  void ahp_notReciprocal_namesTheCell() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> AhpMatrix.of(List.of("a", "b"), new double[][] {{1, 3}, {0.5, 1}}))
        .withMessageContaining("not reciprocal").withMessageContaining("(a, b)");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> AhpMatrix.of(List.of("a", "b"), new double[][] {{2, 1}, {1, 1}}))
        .withMessageContaining("diagonal");
  }

  @Test
  void optimised_balanceEqualisesCorrelations_infomaxRaisesTheirSum() {
    double[][] v = {{1, 2, 3, 4, 5, 6}, {2, 1, 4, 3, 6, 5}, {6, 1, 5, 2, 4, 3}};
    WeightingContext c = ctx(v);
    double[] balance = normalised(WeightingScheme.optimisedForBalance().weights(c));
    double[] info = normalised(WeightingScheme.optimisedForInformation().weights(c));
    assertThat(balance[0] + balance[1] + balance[2]).isCloseTo(1, within(1e-12));
    double[] spreadEqual = correlations(v, new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0});
    double[] spreadBalance = correlations(v, balance);
    assertThat(range(spreadBalance)).isLessThan(range(spreadEqual));
    assertThat(sum(correlations(v, info))).isGreaterThanOrEqualTo(sum(spreadEqual) - 1e-9);
  }

  private static double[] correlations(double[][] v, double[] w) {
    double[] y = new double[v[0].length];
    for (int c = 0; c < v.length; c++) {
      for (int u = 0; u < y.length; u++) {
        y[u] += w[c] * v[c][u];
      }
    }
    double[] r = new double[v.length];
    for (int c = 0; c < v.length; c++) {
      r[c] = Stats.correlation(v[c], y);
    }
    return r;
  }

  private static double range(double[] x) {
    return java.util.Arrays.stream(x).max().orElseThrow() - java.util.Arrays.stream(x).min().orElseThrow();
  }

  private static double sum(double[] x) {
    return java.util.Arrays.stream(x).sum();
  }
}
