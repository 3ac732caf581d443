package org.opendti.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.opendti.Direction;
import org.opendti.Node;
import org.opendti.NodeKind;

final class NormaliserTest {
  static final double NAN = Double.NaN;

  static Node node(Direction d) {
    return Node.builder().code("x").nameVi("x").kind(NodeKind.COMPONENT).addParent("p").direction(d).maxPoints(10)
        .target(8).build();
  }

  static NormalisationContext ctx(Direction d) {
    return NormalisationContext.of(node(d), 10, 1);
  }

  @Test
  void minMax_handComputed_andDirection() {
    double[] x = {2, 4, NAN, 10};
    assertThat(Normaliser.minMax().normalise(x, ctx(Direction.POSITIVE))).containsExactly(0, 0.25, NAN, 1);
    assertThat(Normaliser.minMax().normalise(x, ctx(Direction.NEGATIVE))).containsExactly(1, 0.75, NAN, 0);
    assertThat(Normaliser.minMax(0, 100).normalise(x, ctx(Direction.POSITIVE))).containsExactly(0, 25, NAN, 100);
    assertThat(Normaliser.minMax().normalise(new double[] {3, 3}, ctx(Direction.POSITIVE))).containsOnly(NAN);
    assertThatIllegalArgumentException().isThrownBy(() -> Normaliser.minMax(1, 1));
  }

  @Test
  void zScore_usesSampleStandardDeviation() {
    double[] z = Normaliser.zScore().normalise(new double[] {1, 2, 3, 4}, ctx(Direction.POSITIVE));
    double sd = Math.sqrt(5.0 / 3);
    assertThat(z[0]).isCloseTo(-1.5 / sd, within(1e-12));
    assertThat(z[3]).isCloseTo(1.5 / sd, within(1e-12));
    double[] z2 = Normaliser.zScore(10, 2).normalise(new double[] {1, 2, 3, 4}, ctx(Direction.POSITIVE));
    assertThat(z2[3]).isCloseTo(10 + 2 * 1.5 / sd, within(1e-12));
  }

  @Test
  void ranks_percentileRanks_andBorda() {
    double[] x = {5, 7, 7, 1, NAN};
    assertThat(Normaliser.rank().normalise(x, ctx(Direction.POSITIVE))).containsExactly(2, 3, 3, 1, NAN);
    assertThat(Normaliser.borda().normalise(x, ctx(Direction.POSITIVE))).containsExactly(1, 2, 2, 0, NAN);
    assertThat(Normaliser.percentileRank().normalise(x, ctx(Direction.POSITIVE)))
        .containsExactly(1 / 3.0, 2 / 3.0, 2 / 3.0, 0, NAN);
    assertThat(Normaliser.rank().normalise(x, ctx(Direction.NEGATIVE))).containsExactly(3, 1, 1, 4, NAN);
  }

  @Test
  void goalposts_truncateAndFlip() {
    double[] x = {-5, 0, 5, 10, 15};
    assertThat(Normaliser.goalposts(0, 10, 100).normalise(x, ctx(Direction.POSITIVE)))
        .containsExactly(0, 0, 50, 100, 100);
    assertThat(Normaliser.goalposts(0, 10, 1).normalise(x, ctx(Direction.NEGATIVE)))
        .containsExactly(1, 1, 0.5, 0, 0);
  }

  @Test
  void distances_followCoinrFormulas() {
    double[] x = {2, 4, 6, 10};
    // target 8: 1 - (8 - x) / (8 - 2)
    assertThat(Normaliser.distanceToTarget().normalise(x, ctx(Direction.POSITIVE)))
        .containsExactly(new double[] {0, 1 / 3.0, 2 / 3.0, 4 / 3.0}, within(1e-12));
    assertThat(Normaliser.distanceToTargetCapped().normalise(x, ctx(Direction.POSITIVE)))
        .containsExactly(new double[] {0, 1 / 3.0, 2 / 3.0, 1}, within(1e-12));
    assertThat(Normaliser.distanceToMax().normalise(x, ctx(Direction.POSITIVE))).containsExactly(0, 0.25, 0.5, 1);
    // reference unit 1 (value 4): 1 - (4 - x) / (4 - 2)
    assertThat(Normaliser.distanceToReference().normalise(x, ctx(Direction.POSITIVE)))
        .containsExactly(0, 1, 2, 4);
    assertThat(Normaliser.distanceToReferenceCapped().normalise(x, ctx(Direction.POSITIVE)))
        .containsExactly(0, 1, 1, 1);
  }

  @Test
  void fractionOfMax_isTheOfficialRule() {
    NormalisationContext c = NormalisationContext.of(node(Direction.POSITIVE), 200, -1);
    assertThat(Normaliser.fractionOfMax().normalise(new double[] {50, 200}, c)).containsExactly(0.25, 1);
    NormalisationContext zero = NormalisationContext.of(node(Direction.POSITIVE), 0, -1);
    assertThat(Normaliser.fractionOfMax().normalise(new double[] {0}, zero)).containsExactly(NAN);
    NormalisationContext none = NormalisationContext.of(node(Direction.POSITIVE), NAN, -1);
    assertThat(Normaliser.fractionOfMax().normalise(new double[] {0.7}, none)).containsExactly(0.7);
  }
}
