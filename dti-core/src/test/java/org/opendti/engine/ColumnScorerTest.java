package org.opendti.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.opendti.Dataset;
import org.opendti.Direction;
import org.opendti.DtiException;
import org.opendti.Framework;
import org.opendti.Measure;
import org.opendti.Node;
import org.opendti.NodeKind;
import org.opendti.Observation;
import org.opendti.ScoringRule;
import org.opendti.method.Method;
import org.opendti.method.MissingValuePolicy;
import org.opendti.method.Normaliser;
import org.opendti.method.OutlierTreatment;

/**
 * The column scorer (one tight pass over a column of plain values) against the general per-cell path, on 300 random
 * frameworks and datasets: the same values bit for bit, the same warnings, or the same error. The data mix complete
 * columns, gaps, ratio cells, values out of their rule's range and both directions, under the official method, COINr's
 * and variations of them, so that every branch of the scorer and every reason to leave it is taken.
 */
final class ColumnScorerTest {
  static LongStream seeds() {
    return LongStream.rangeClosed(1, 300);
  }

  private static final List<Method> METHODS = List.of(Method.official(), Method.coinr(),
      Method.builder().from(Method.official()).missing(MissingValuePolicy.mean()).build(),
      Method.builder().from(Method.official()).outliers(OutlierTreatment.coinr()).build(),
      Method.builder().from(Method.coinr()).normaliser(Normaliser.fractionOfMax()).build());

  /** Counts what the generated cases covered, so that a generator that stops producing a case fails the suite. */
  private static final Map<String, int[]> COVERED = new java.util.concurrent.ConcurrentHashMap<>();

  record Case(Framework framework, Dataset data) {}

  static Case random(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<Node> nodes = new ArrayList<>();
    List<Node> leaves = new ArrayList<>();
    int pillars = 1 + r.nextInt(3);
    double total = 0;
    for (int p = 0; p < pillars; p++) {
      int k = 1 + r.nextInt(5);
      double sum = 0;
      for (int c = 0; c < k; c++) {
        double max = r.nextInt(8) == 0 ? 0 : 5 + r.nextInt(96);
        sum += max;
        String code = "c" + p + "_" + c;
        ScoringRule rule = switch (r.nextInt(5)) {
          case 0 -> ScoringRule.points();
          case 1 -> ScoringRule.raw();
          case 2 -> ScoringRule.ratio();
          default -> ScoringRule.fraction();
        };
        leaves.add(Node.builder().code(code).nameVi(code).kind(NodeKind.COMPONENT).addParent("p" + p).maxPoints(max)
            .weight(0.5 + r.nextInt(4)).scoringRule(rule)
            .direction(r.nextInt(4) == 0 ? Direction.NEGATIVE : Direction.POSITIVE).build());
      }
      total += sum;
      nodes.add(Node.builder().code("p" + p).nameVi("p" + p).kind(NodeKind.PILLAR).addParent("idx").maxPoints(sum)
          .weight(1 + r.nextInt(3)).build());
    }
    nodes.add(0, Node.builder().code("idx").nameVi("idx").kind(NodeKind.INDEX).maxPoints(total).build());
    nodes.addAll(leaves);
    Framework f = Framework.builder().id("f" + seed).version("1").nameVi("f").addAllNodes(nodes).build();
    int units = 1 + r.nextInt(40);
    Dataset.Builder b = Dataset.builder();
    for (Node leaf : leaves) {
      int mode = r.nextInt(6); // 0..2 complete, 3 gaps, 4 a ratio cell among values, 5 a value out of range
      ScoringRule rule = leaf.scoringRule().orElseThrow();
      double max = leaf.maxPoints().orElseThrow();
      for (int u = 0; u < units; u++) {
        if (mode == 3 && r.nextInt(3) == 0) {
          continue;
        }
        Measure m;
        if (rule == ScoringRule.ratio() || mode == 4 && u == 0) {
          m = Measure.ofRatio(r.nextInt(11), 10);
        } else if (rule == ScoringRule.points()) {
          m = Measure.ofValue(r.nextInt(5) / 4.0 * max);
        } else if (rule == ScoringRule.raw()) {
          m = Measure.ofValue(r.nextInt(1000) - 200);
        } else {
          m = Measure.ofValue(r.nextInt(21) / 20.0);
        }
        if (mode == 5 && u == units - 1 && rule != ScoringRule.raw() && rule != ScoringRule.ratio()) {
          m = Measure.ofValue(max + 7);
        }
        b.add(Observation.builder().unit("U" + u).indicator(leaf.code()).period(Dataset.SINGLE_PERIOD).measure(m)
            .build());
      }
    }
    return new Case(f, b.build());
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void theColumnScorerAgreesWithTheGeneralPathBitForBit(long seed) {
    Case c = random(seed);
    for (Method m : METHODS) {
      Results fast;
      Results general;
      try {
        fast = ScoringEngine.of(m).score(c.framework(), c.data());
      } catch (DtiException e) {
        DtiException other = org.assertj.core.api.Assertions.catchThrowableOfType(
            () -> ScoringEngine.generalPathOnly(m).score(c.framework(), c.data()), DtiException.class);
        assertThat(other).as("seed %d: the general path must fail too", seed).isNotNull();
        assertThat(other.getMessage()).as("seed %d", seed).isEqualTo(e.getMessage());
        COVERED.computeIfAbsent("errors", k -> new int[1])[0]++;
        continue;
      }
      general = ScoringEngine.generalPathOnly(m).score(c.framework(), c.data());
      assertThat(fast.nodes()).isEqualTo(general.nodes());
      for (Node n : fast.nodes()) {
        double[] a = fast.values(n.code());
        double[] b = general.values(n.code());
        for (int u = 0; u < a.length; u++) {
          assertThat(Double.doubleToRawLongBits(a[u])).as("seed %d, method %s, %s, unit %d: %s vs %s", seed, m,
              n.code(), u, a[u], b[u]).isEqualTo(Double.doubleToRawLongBits(b[u]));
        }
      }
      assertThat(fast.warnings()).as("seed %d", seed).isEqualTo(general.warnings());
      COVERED.computeIfAbsent(fast.warnings().isEmpty() ? "clean runs" : "runs with warnings", k -> new int[1])[0]++;
    }
  }

  /** A user-written rule that scores plain values and counts which of its two entry points the engine called. */
  private static final class CountingRule implements ScoringRule {
    final java.util.concurrent.atomic.AtomicInteger byValue = new java.util.concurrent.atomic.AtomicInteger();
    final java.util.concurrent.atomic.AtomicInteger byMeasure = new java.util.concurrent.atomic.AtomicInteger();

    @Override
    public String id() {
      return "half";
    }

    @Override
    public boolean scoresPlainValues() {
      return true;
    }

    @Override
    public double pointsOfValue(double value, double maxPoints) {
      byValue.incrementAndGet();
      return value * maxPoints / 2;
    }

    @Override
    public double points(Measure measure, double maxPoints) {
      byMeasure.incrementAndGet();
      return measure.value().orElseThrow() * maxPoints / 2;
    }
  }

  @Test
  void theScorerTakesWholeColumnsAndTheGeneralPathEveryCell() {
    for (boolean complete : new boolean[] {true, false}) {
      CountingRule fastRule = new CountingRule();
      CountingRule generalRule = new CountingRule();
      Dataset.Builder b = Dataset.builder();
      for (int u = 0; u < 10; u++) {
        if (complete || u % 3 != 0) {
          b.put("U" + u, "a", u / 10.0);
        }
      }
      Dataset d = b.build();
      Results fast = ScoringEngine.official().score(framework(fastRule), d);
      Results general = ScoringEngine.generalPathOnly(Method.official()).score(framework(generalRule), d);
      assertThat(fast.values("idx")).containsExactly(general.values("idx"));
      assertThat(fastRule.byValue.get()).isEqualTo(complete ? 10 : 6);
      assertThat(fastRule.byMeasure.get()).isZero();
      assertThat(generalRule.byValue.get()).isZero();
      assertThat(generalRule.byMeasure.get()).isEqualTo(complete ? 10 : 6);
    }
  }

  private static Framework framework(ScoringRule rule) {
    return Framework.builder().id("counting").version("1").nameVi("f").addNodes(
        Node.builder().code("idx").nameVi("idx").kind(NodeKind.INDEX).maxPoints(10).build(),
        Node.builder().code("a").nameVi("a").kind(NodeKind.COMPONENT).addParent("idx").maxPoints(10)
            .scoringRule(rule).build()).build();
  }

  @Test
  void theGeneratorCoversSuccessesWarningsAndErrors() {
    for (long s : seeds().limit(60).toArray()) {
      theColumnScorerAgreesWithTheGeneralPathBitForBit(s);
    }
    assertThat(COVERED.keySet()).contains("errors", "clean runs", "runs with warnings");
  }
}
