package org.opendti.examples.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.opendti.Dataset;
import org.opendti.Framework;
import org.opendti.Node;
import org.opendti.NodeKind;

/**
 * Synthetic benchmark inputs: an index over 3 pillars over {@code indicators} components (round-robin), and uniform
 * random values in [0, 1) for every unit, kept both as a {@link Dataset} and as plain primitive columns for the
 * baselines.
 */
final class Synthetic {
  /** The framework with equal weights (COINr-style). */
  final Framework weighted;
  /** The same tree with 10 points per component (official-style). */
  final Framework points;
  /** The data. */
  final Dataset dataset;
  /** The same values as {@code columns[indicator][unit]}. */
  final double[][] columns;

  private Synthetic(Framework weighted, Framework points, Dataset dataset, double[][] columns) {
    this.weighted = weighted;
    this.points = points;
    this.dataset = dataset;
    this.columns = columns;
  }

  static String indicator(int i) {
    return String.format("i%03d", i + 1);
  }

  static String unit(int u) {
    return "U" + u;
  }

  static Synthetic of(int units, int indicators, long seed) {
    return of(units, indicators, seed, 17);
  }

  /**
   * The same inputs with every value rounded to a number of significant digits (half-even), as data typed or
   * exported by people have ({@code GenerateCoinrData} writes 10; COINr's ASEM data have 1 to 15).
   *
   * @param digits significant digits, 1..17; 17 keeps every double as drawn
   */
  static Synthetic of(int units, int indicators, long seed, int digits) {
    if (digits < 1 || digits > 17) {
      throw new IllegalArgumentException("digits must be in 1..17, was " + digits);
    }
    java.math.MathContext context = new java.math.MathContext(digits, java.math.RoundingMode.HALF_EVEN);
    SplittableRandom random = new SplittableRandom(seed);
    List<Node> weighted = new ArrayList<>();
    List<Node> points = new ArrayList<>();
    Node index = Node.builder().code("idx").nameVi("idx").kind(NodeKind.INDEX).build();
    weighted.add(index);
    points.add(index);
    for (int p = 1; p <= 3; p++) {
      Node pillar = Node.builder().code("P" + p).nameVi("P" + p).kind(NodeKind.PILLAR).addParent("idx").weight(1)
          .build();
      weighted.add(pillar);
      points.add(pillar);
    }
    Dataset.Builder b = Dataset.builder();
    double[][] columns = new double[indicators][units];
    for (int i = 0; i < indicators; i++) {
      String code = indicator(i);
      String parent = "P" + (1 + i % 3);
      weighted.add(Node.builder().code(code).nameVi(code).kind(NodeKind.COMPONENT).addParent(parent).weight(1)
          .build());
      points.add(Node.builder().code(code).nameVi(code).kind(NodeKind.COMPONENT).addParent(parent).maxPoints(10)
          .build());
      for (int u = 0; u < units; u++) {
        double v = random.nextDouble();
        if (digits < 17) {
          v = new java.math.BigDecimal(v).round(context).doubleValue();
        }
        columns[i][u] = v;
        b.put(unit(u), code, v);
      }
    }
    return new Synthetic(
        Framework.builder().id("bench").version("1").nameVi("bench").addAllNodes(weighted).build(),
        Framework.builder().id("bench-points").version("1").nameVi("bench").addAllNodes(points).build(),
        b.build(), columns);
  }

  /** One plain pass over the primitive columns: the cost of touching the data once. */
  double pass() {
    double s = 0;
    for (double[] col : columns) {
      for (double v : col) {
        s += v;
      }
    }
    return s;
  }
}
