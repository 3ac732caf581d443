package org.opendti.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.opendti.InvalidDataException;
import org.opendti.Node;
import org.opendti.NodeKind;

final class AggregatorTest {
  static final double NAN = Double.NaN;

  static AggregationContext ctx(int children, int units) {
    Node parent = Node.builder().code("p").nameVi("p").kind(NodeKind.INDEX).build();
    List<Node> kids = Stream.iterate(0, i -> i + 1).limit(children).map(i -> Node.builder().code("c" + i)
        .nameVi("c").kind(NodeKind.COMPONENT).addParent("p").build()).toList();
    List<String> u = Stream.iterate(0, i -> i + 1).limit(units).map(i -> "u" + i).toList();
    return AggregationContext.of(parent, kids, u);
  }

  @Test
  void arithmetic_skipsMissingAndRenormalises() {
    double[][] cols = {{0.5, NAN}, {1.0, 0.6}, {0.2, 0.3}};
    double[] out = Aggregator.weightedArithmeticMean().aggregate(cols, new double[] {2, 1, 1}, ctx(3, 2));
    assertThat(out[0]).isCloseTo((2 * 0.5 + 1.0 + 0.2) / 4, within(1e-15));
    assertThat(out[1]).isCloseTo((0.6 + 0.3) / 2, within(1e-15));
  }

  @Test
  void geometricAndHarmonic_handComputed() {
    double[][] cols = {{0.25}, {1.0}};
    assertThat(Aggregator.weightedGeometricMean().aggregate(cols, new double[] {1, 1}, ctx(2, 1))[0])
        .isCloseTo(0.5, within(1e-15));
    assertThat(Aggregator.weightedGeometricMean().aggregate(cols, new double[] {3, 1}, ctx(2, 1))[0])
        .isCloseTo(Math.pow(0.25, 0.75), within(1e-15));
    assertThat(Aggregator.weightedHarmonicMean().aggregate(cols, new double[] {1, 1}, ctx(2, 1))[0])
        .isCloseTo(2 / (4 + 1.0), within(1e-15));
    assertThat(Aggregator.generalisedMean(2).aggregate(cols, new double[] {1, 1}, ctx(2, 1))[0])
        .isCloseTo(Math.sqrt((0.0625 + 1) / 2), within(1e-15));
    assertThat(Aggregator.generalisedMean(1).aggregate(cols, new double[] {1, 1}, ctx(2, 1))[0])
        .isCloseTo(0.625, within(1e-15));
  }

  @Test
  void geometric_withZero_isAnErrorNamingUnitAndChild() {
    double[][] cols = {{0.5, 0.0}, {0.4, 0.9}};
    assertThatExceptionOfType(InvalidDataException.class)
        .isThrownBy(() -> Aggregator.weightedGeometricMean().aggregate(cols, new double[] {1, 1}, ctx(2, 2)))
        .satisfies(e -> {
          assertThat(e.unit()).isEqualTo("u1");
          assertThat(e.indicator()).isEqualTo("c0");
        })
        .withMessageContaining("needs positive values");
  }

  @Test
  void zeroWeightChild_neverCounts() {
    double[][] cols = {{0.5}, {NAN}};
    assertThat(Aggregator.weightedArithmeticMean().aggregate(cols, new double[] {1, 0}, ctx(2, 1))[0])
        .isEqualTo(0.5);
    double[][] zeroVal = {{0.5}, {0.0}};
    assertThat(Aggregator.weightedGeometricMean().aggregate(zeroVal, new double[] {1, 0}, ctx(2, 1))[0])
        .isCloseTo(0.5, within(1e-15));
  }

  @Test
  void copeland_countsPairwiseWinsMinusLosses() {
    // Three units, two children with weights 2 and 1.
    double[][] cols = {{3, 2, 1}, {1, 3, 2}};
    double[] out = Aggregator.copeland().aggregate(cols, new double[] {2, 1}, ctx(2, 3));
    // u0 vs u1: child0 favours u0 (2) vs child1 favours u1 (1): u0 wins. u0 vs u2: u0 wins child0 (2), loses child1.
    // u1 vs u2: u1 wins both.
    assertThat(out).containsExactly(2, 0, -2);
  }
}
