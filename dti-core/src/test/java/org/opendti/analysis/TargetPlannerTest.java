package org.opendti.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opendti.Dataset;
import org.opendti.Framework;
import org.opendti.Frameworks;
import org.opendti.Node;
import org.opendti.NodeKind;
import org.opendti.ScoringRule;
import org.opendti.engine.Results;
import org.opendti.engine.ScoringEngine;
import org.opendti.method.Aggregator;
import org.opendti.method.Method;

final class TargetPlannerTest {
  private static final int[] MAX = {3, 4, 5};

  /** A 12-point framework of three components scored in whole points. */
  static Framework small() {
    Framework.Builder b = Framework.builder().id("small").version("1").nameVi("small");
    b.addNodes(Node.builder().code("dti").nameVi("DTI").kind(NodeKind.INDEX).build());
    for (int c = 0; c < MAX.length; c++) {
      b.addNodes(Node.builder().code("c" + c).nameVi("c" + c).kind(NodeKind.COMPONENT).maxPoints(MAX[c])
          .scoringRule(ScoringRule.points()).addParent("dti").build());
    }
    return b.build();
  }

  static Dataset data(int[][] points) {
    Dataset.Builder b = Dataset.builder();
    for (int u = 0; u < points.length; u++) {
      for (int c = 0; c < MAX.length; c++) {
        b.put("U" + u, "c" + c, points[u][c]);
      }
    }
    return b.build();
  }

  /** The fewest whole points that reach rank k, by scoring every combination of increments; -1 if none does. */
  static int bruteForce(Framework f, int[][] points, int unit, int k, boolean[] fixed) {
    int best = -1;
    for (int a = 0; a <= MAX[0] - points[unit][0]; a++) {
      for (int b = 0; b <= MAX[1] - points[unit][1]; b++) {
        for (int c = 0; c <= MAX[2] - points[unit][2]; c++) {
          if (fixed[0] && a > 0 || fixed[1] && b > 0 || fixed[2] && c > 0) {
            continue;
          }
          int[][] p = java.util.Arrays.stream(points).map(int[]::clone).toArray(int[][]::new);
          p[unit][0] += a;
          p[unit][1] += b;
          p[unit][2] += c;
          Results r = ScoringEngine.official().score(f, data(p));
          if (r.rank("U" + unit, "dti") <= k && (best < 0 || a + b + c < best)) {
            best = a + b + c;
          }
        }
      }
    }
    return best;
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void neededPoints_matchABruteForceSearch(long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    int units = 5 + rng.nextInt(4);
    int[][] points = new int[units][MAX.length];
    for (int[] row : points) {
      for (int c = 0; c < MAX.length; c++) {
        row[c] = rng.nextInt(MAX[c] + 1);
      }
    }
    boolean[] fixed = {rng.nextInt(4) == 0, false, rng.nextInt(4) == 0};
    Framework f = small();
    Results r = ScoringEngine.official().score(f, data(points));
    List<String> fixedCodes = new java.util.ArrayList<>();
    for (int c = 0; c < MAX.length; c++) {
      if (fixed[c]) {
        fixedCodes.add("c" + c);
      }
    }
    TargetPlanner planner = TargetPlanner.of(r).withFixed(fixedCodes);
    int checked = 0;
    for (int u = 0; u < units; u++) {
      for (int k = 1; k <= units; k++) {
        TargetPlanner.Plan plan = planner.plan("U" + u, "dti", k);
        int brute = bruteForce(f, points, u, k, fixed);
        if (brute < 0) {
          assertThat(plan.feasible()).as("U%d to rank %d", u, k).isFalse();
        } else {
          assertThat(plan.feasible()).as("U%d to rank %d", u, k).isTrue();
          // whole points: the continuous minimum rounded up is the brute-force minimum
          assertThat((int) Math.ceil(plan.neededPoints() - 1e-9)).as("U%d to rank %d", u, k).isEqualTo(brute);
          assertThat(plan.steps().stream().mapToDouble(TargetPlanner.Step::nodePoints).sum())
              .isCloseTo(plan.neededPoints(), org.assertj.core.data.Offset.offset(1e-9));
          plan.steps().forEach(s -> assertThat(fixedCodes).doesNotContain(s.indicator()));
        }
        checked++;
      }
    }
    assertThat(checked).isGreaterThanOrEqualTo(25);
  }

  @Test
  void onTheBundledStyleOfData_theNeededPointsAreTheExactThreshold() {
    Dataset.Builder b = Dataset.builder();
    SplittableRandom rng = new SplittableRandom(42);
    String[] mains = {"awareness", "institutions", "infrastructure", "human_resources", "cybersecurity",
        "gov_activity", "econ_activity", "society_activity"};
    for (int u = 0; u < 63; u++) {
      for (String m : mains) {
        b.put("P" + u, m, Math.round(rng.nextDouble() * 10000) / 10000.0);
      }
    }
    Dataset d = b.build();
    Results r = ScoringEngine.official().score(Frameworks.pdti2022(), d);
    String unit = r.ranking("dti").get(40).unit().code();
    TargetPlanner.Plan plan = TargetPlanner.of(r).plan(unit, "dti", 10);
    assertThat(plan.feasible()).isTrue();
    assertThat(plan.currentRank()).isEqualTo(41);
    // the DTI value needed: the 10th other unit's published value, less half a unit of the 4th decimal
    double tenth = r.ranking("dti").get(9).roundedValue();
    assertThat(plan.targetValue()).isCloseTo(tenth - 0.00005, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(plan.neededPoints()).isCloseTo((plan.targetValue() - plan.currentValue()) * 1000,
        org.assertj.core.data.Offset.offset(1e-9));
    // under the official method a point of a main indicator is a point of the DTI
    plan.steps().forEach(s -> assertThat(s.nodePointsPerPoint()).isCloseTo(1.0,
        org.assertj.core.data.Offset.offset(1e-12)));
    // ordered by headroom
    for (int i = 1; i < plan.steps().size(); i++) {
      assertThat(plan.steps().get(i - 1).headroom()).isGreaterThanOrEqualTo(plan.steps().get(i).headroom());
    }
    assertThat(TargetPlanner.of(r).plan(r.ranking("dti").get(0).unit().code(), "dti", 1).neededPoints()).isZero();
  }

  @Test
  void efforts_orderThePlanByPointsPerEffort_andLimitWhatMayChange() {
    int[][] points = {{0, 0, 0}, {3, 4, 5}, {2, 2, 2}};
    Results r = ScoringEngine.official().score(small(), data(points));
    TargetPlanner.Plan plan = TargetPlanner.of(r).withEffort(Map.of("c0", 30.0, "c1", 4.0, "c2", 100.0))
        .plan("U0", "dti", 2);
    // U2 has 6 of 12 (0.5000); 0.49995 rounds to 0.5000 and ties, so 12 × 0.49995 = 5.9994 points are needed:
    // c1 (4 points for 4 effort) first, then c0 (3 for 30), not c2 (5 for 100)
    assertThat(plan.neededPoints()).isCloseTo(5.9994, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(plan.steps()).extracting(TargetPlanner.Step::indicator).containsExactly("c1", "c0");
    assertThat(plan.steps().get(1).pointsToAdd()).isCloseTo(1.9994, org.assertj.core.data.Offset.offset(1e-9));
    TargetPlanner.Plan onlyC0 = TargetPlanner.of(r).withEffort(Map.of("c0", 1.0)).plan("U0", "dti", 2);
    assertThat(onlyC0.feasible()).isFalse();
    assertThat(onlyC0.neededText()).isEqualTo("infeasible");
    assertThat(onlyC0.capacityPoints()).isEqualTo(3);
  }

  @Test
  void nonLinearMethods_areRefusedWithTheReason() {
    int[][] points = {{1, 1, 1}, {3, 4, 5}};
    Method geometric = Method.builder().from(Method.official()).aggregator(Aggregator.weightedGeometricMean())
        .build();
    Results r = ScoringEngine.of(geometric).score(small(), data(points));
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> TargetPlanner.of(r).plan("U0", "dti", 1)).withMessageContaining("geometric");
  }
}
