package org.opendti.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opendti.Direction;
import org.opendti.Measure;
import org.opendti.MissingDataException;
import org.opendti.Node;
import org.opendti.NodeKind;
import org.opendti.ScoringRule;

/**
 * One contract suite per strategy interface, the "Implementation requirements" of its javadoc, run on every built-in
 * and on a strategy written the way a user would write one (a lambda or a small class outside the SDK's own code).
 * A strategy a user plugs in is held to the same rules as the SDK's.
 */
final class StrategyContractsTest {
  private static final double NAN = Double.NaN;
  private static final Node LEAF = Node.builder().code("x").nameVi("x").kind(NodeKind.COMPONENT).addParent("p")
      .direction(Direction.POSITIVE).maxPoints(10).target(8).build();
  private static final Node PARENT = Node.builder().code("p").nameVi("p").kind(NodeKind.INDEX).build();
  private static final List<Node> CHILDREN = List.of(child(0), child(1), child(2));
  private static final List<String> UNITS = List.of("u0", "u1", "u2", "u3", "u4", "u5", "u6", "u7");

  private static Node child(int i) {
    return Node.builder().code("c" + i).nameVi("c" + i).kind(NodeKind.COMPONENT).addParent("p").weight(i + 1)
        .build();
  }

  /** The same result from 16 calls on 4 threads as from one call: the strategy is safe to share. */
  private static <T> void sameOnEveryThread(Callable<T> call, T expected) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<T>> runs = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        runs.add(pool.submit(call));
      }
      for (Future<T> f : runs) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdown();
    }
  }

  private static <T> Arguments named(String name, T strategy) {
    return Arguments.of(Named.of(name, strategy));
  }

  // ---- Normaliser ---------------------------------------------------------------------------------------------

  static Stream<Arguments> normalisers() {
    Stream<Arguments> builtIns = Strategies.NORMALISERS.stream().map(id -> id.replace("L,U,SCALE", "0,10,1")
        .replace("MEAN,SD", "10,2").replace("L,U", "0,100")).map(id -> named(id, Strategies.normaliser(id)));
    Normaliser mine = new Normaliser() {
      @Override
      public double[] normalise(double[] scores, NormalisationContext context) {
        double[] out = new double[scores.length];
        for (int i = 0; i < scores.length; i++) {
          out[i] = scores[i] / 10;
        }
        return out;
      }

      @Override
      public String id() {
        return "tenths";
      }
    };
    return Stream.concat(builtIns, Stream.of(named("user-written 'tenths'", mine)));
  }

  @ParameterizedTest
  @MethodSource("normalisers")
  void normaliser_keepsItsContract(Normaliser n) throws Exception {
    double[] in = {3, NAN, 7, 1, 9, 5};
    double[] copy = in.clone();
    NormalisationContext ctx = NormalisationContext.of(LEAF, 10, 1);
    double[] out = n.normalise(in, ctx);
    assertThat(out).isNotSameAs(in).hasSize(in.length);
    assertThat(in).containsExactly(copy);
    assertThat(out[1]).isNaN();
    for (int i = 0; i < out.length; i++) {
      assertThat(Double.isNaN(out[i]) || Double.isFinite(out[i])).as("cell %d: %s", i, out[i]).isTrue();
    }
    assertThat(n.id()).isNotBlank();
    // a constant column is NaN or a value, never an exception
    assertThat(n.normalise(new double[] {4, 4, 4}, ctx)).hasSize(3);
    sameOnEveryThread(() -> Arrays.toString(n.normalise(in, ctx)), Arrays.toString(out));
  }

  /** Every built-in's id reads back as the same strategy, so files and the command line can name it. */
  @org.junit.jupiter.api.Test
  void builtInIds_readBack() {
    normalisers().map(a -> (Normaliser) ((Named<?>) a.get()[0]).getPayload()).filter(n -> !n.id().equals("tenths"))
        .forEach(n -> assertThat(Strategies.normaliser(n.id()).id()).isEqualTo(n.id()));
    Strategies.AGGREGATORS.stream().map(id -> Strategies.aggregator(id.replace("P", "2")))
        .forEach(a -> assertThat(Strategies.aggregator(a.id()).id()).isEqualTo(a.id()));
    Strategies.WEIGHTINGS.forEach(id -> assertThat(Strategies.weighting(Strategies.weighting(id).id()).id())
        .isEqualTo(Strategies.weighting(id).id()));
    Strategies.MISSING.forEach(id -> assertThat(Strategies.missing(Strategies.missing(id).id()).id())
        .isEqualTo(Strategies.missing(id).id()));
    Strategies.OUTLIERS.forEach(id -> assertThat(Strategies.outliers(Strategies.outliers(id).id()).id())
        .isEqualTo(Strategies.outliers(id).id()));
  }

  // ---- Aggregator ---------------------------------------------------------------------------------------------

  static Stream<Arguments> aggregators() {
    Stream<Arguments> builtIns = Strategies.AGGREGATORS.stream().map(id -> id.replace("P", "2"))
        .map(id -> named(id, Strategies.aggregator(id)));
    Aggregator best = (children, weights, context) -> {
      double[] out = new double[children[0].length];
      Arrays.fill(out, NAN);
      for (double[] column : children) {
        for (int u = 0; u < out.length; u++) {
          if (!Double.isNaN(column[u]) && !(out[u] >= column[u])) {
            out[u] = column[u];
          }
        }
      }
      return out;
    };
    return Stream.concat(builtIns, Stream.of(named("user-written 'best child'", best)));
  }

  @ParameterizedTest
  @MethodSource("aggregators")
  void aggregator_keepsItsContract(Aggregator a) throws Exception {
    double[][] cols = {{0.5, 0.2, NAN, 0.9}, {0.4, 0.9, NAN, 0.1}, {0.3, 0.6, NAN, 0.7}};
    double[][] copy = {cols[0].clone(), cols[1].clone(), cols[2].clone()};
    double[] w = {1, 3, 2};
    AggregationContext ctx = AggregationContext.of(PARENT, CHILDREN, UNITS.subList(0, 4));
    double[] out = a.aggregate(cols, w, ctx);
    assertThat(out).hasSize(4);
    assertThat(out[2]).as("a unit with no child value").isNaN();
    for (int u : new int[] {0, 1, 3}) {
      assertThat(out[u]).as("unit %d", u).isFinite();
    }
    for (int i = 0; i < cols.length; i++) {
      assertThat(cols[i]).containsExactly(copy[i]);
    }
    assertThat(w).containsExactly(1, 3, 2);
    assertThat(a.id()).isNotBlank();
    sameOnEveryThread(() -> Arrays.toString(a.aggregate(cols, w, ctx)), Arrays.toString(out));
  }

  // ---- WeightingScheme ----------------------------------------------------------------------------------------

  static Stream<Arguments> weightings() {
    Stream<Arguments> builtIns = Strategies.WEIGHTINGS.stream().map(id -> named(id, Strategies.weighting(id)));
    Map<String, AhpMatrix> ahp = Map.of("p", AhpMatrix.of(List.of("c0", "c1", "c2"),
        new double[][] {{1, 3, 5}, {1.0 / 3, 1, 3}, {1.0 / 5, 1.0 / 3, 1}}));
    WeightingScheme byPosition = context -> {
      double[] w = new double[context.children().size()];
      for (int i = 0; i < w.length; i++) {
        w[i] = w.length - i;
      }
      return w;
    };
    return Stream.concat(builtIns, Stream.of(
        named("fixed", WeightingScheme.fixed(Map.of("c0", 1.0, "c1", 2.0, "c2", 3.0))),
        named("ahp", WeightingScheme.ahp(ahp, 0.1, WeightingScheme.equal())),
        named("user-written 'by position'", byPosition)));
  }

  @ParameterizedTest
  @MethodSource("weightings")
  void weighting_keepsItsContract(WeightingScheme s) throws Exception {
    double[][] values = new double[3][UNITS.size()];
    for (int u = 0; u < UNITS.size(); u++) {
      values[0][u] = 0.1 + 0.1 * u;
      // positively related children with their own noise, so every data-driven scheme (PCA too) suits them
      values[1][u] = 0.2 + 0.08 * u + (u % 3) * 0.05;
      values[2][u] = 0.3 + 0.05 * u + 0.02 * ((u * 5) % 7);
    }
    double[][] copy = {values[0].clone(), values[1].clone(), values[2].clone()};
    double[] max = {20, 30, 50};
    WeightingContext ctx = WeightingContext.of(PARENT, CHILDREN, max, values);
    double[] w = s.weights(ctx);
    assertThat(w).hasSize(3);
    for (double x : w) {
      assertThat(x).isFinite().isGreaterThanOrEqualTo(0);
    }
    assertThat(Arrays.stream(w).sum()).isPositive();
    for (int i = 0; i < values.length; i++) {
      assertThat(values[i]).containsExactly(copy[i]);
    }
    assertThat(max).containsExactly(20, 30, 50);
    assertThat(s.id()).isNotBlank();
    sameOnEveryThread(() -> Arrays.toString(s.weights(ctx)), Arrays.toString(w));
  }

  // ---- MissingValuePolicy -------------------------------------------------------------------------------------

  static Stream<Arguments> missingPolicies() {
    Stream<Arguments> builtIns = Strategies.MISSING.stream().filter(id -> !id.equals("fail"))
        .map(id -> named(id, Strategies.missing(id)));
    MissingValuePolicy half = (scores, context) -> {
      double[] out = scores.clone();
      for (int i = 0; i < out.length; i++) {
        if (Double.isNaN(out[i])) {
          out[i] = 0.5;
        }
      }
      return out;
    };
    return Stream.concat(builtIns, Stream.of(named("user-written 'half'", half)));
  }

  private static MissingContext missingContext() {
    List<Optional<String>> groups = UNITS.stream().map(u -> Optional.of(u.compareTo("u4") < 0 ? "a" : "b")).toList();
    return MissingContext.of(LEAF, UNITS, groups, List.of("2022", "2023"), "2023",
        period -> new double[] {0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0});
  }

  @ParameterizedTest
  @MethodSource("missingPolicies")
  void missingPolicy_keepsItsContract(MissingValuePolicy p) throws Exception {
    double[] in = {0.2, NAN, 0.6, 0.1, NAN, 0.9, 0.5, 0.3};
    double[] copy = in.clone();
    MissingContext ctx = missingContext();
    double[] out = p.treat(in, ctx);
    assertThat(out).isNotSameAs(in).hasSize(in.length);
    assertThat(in).containsExactly(copy);
    for (int i = 0; i < in.length; i++) {
      if (!Double.isNaN(in[i])) {
        assertThat(out[i]).as("a given score is kept, cell %d", i).isEqualTo(in[i]);
      } else {
        assertThat(Double.isNaN(out[i]) || Double.isFinite(out[i])).as("cell %d: %s", i, out[i]).isTrue();
      }
    }
    assertThat(p.id()).isNotBlank();
    sameOnEveryThread(() -> Arrays.toString(p.treat(in, ctx)), Arrays.toString(out));
  }

  @ParameterizedTest
  @MethodSource("missingPolicies")
  void missingPolicy_changesNothingWithoutGaps(MissingValuePolicy p) {
    double[] full = {0.2, 0.4, 0.6, 0.1, 0.3, 0.9, 0.5, 0.3};
    assertThat(p.treat(full, missingContext())).containsExactly(full);
  }

  @org.junit.jupiter.api.Test
  void failPolicy_refusesGapsAndPassesCompleteColumns() {
    MissingValuePolicy fail = Strategies.missing("fail");
    double[] full = {0.2, 0.4, 0.6, 0.1, 0.3, 0.9, 0.5, 0.3};
    assertThat(fail.treat(full, missingContext())).containsExactly(full);
    org.assertj.core.api.Assertions.assertThatExceptionOfType(MissingDataException.class)
        .isThrownBy(() -> fail.treat(new double[] {0.2, NAN, 0.6, 0.1, 0.3, 0.9, 0.5, 0.3}, missingContext()));
  }

  // ---- OutlierTreatment ---------------------------------------------------------------------------------------

  static Stream<Arguments> outlierTreatments() {
    Stream<Arguments> builtIns = Strategies.OUTLIERS.stream().map(id -> named(id, Strategies.outliers(id)));
    OutlierTreatment capAtTwenty = (scores, node) -> {
      double[] out = scores.clone();
      int capped = 0;
      for (int i = 0; i < out.length; i++) {
        if (out[i] > 20) {
          out[i] = 20;
          capped++;
        }
      }
      return new OutlierTreatment.Treated(out, capped == 0 ? "" : "capped " + capped + " at 20");
    };
    return Stream.concat(builtIns, Stream.of(named("user-written 'cap at 20'", capAtTwenty)));
  }

  @ParameterizedTest
  @MethodSource("outlierTreatments")
  void outlierTreatment_keepsItsContract(OutlierTreatment t) throws Exception {
    double[] in = {1, 2, NAN, 3, 4, 5, 6, 7, 8, 9, 10, 30, 100};
    double[] copy = in.clone();
    OutlierTreatment.Treated out = t.treat(in, LEAF);
    assertThat(out.values()).isNotSameAs(in).hasSize(in.length);
    assertThat(in).containsExactly(copy);
    assertThat(out.values()[2]).isNaN();
    boolean changed = !Arrays.equals(out.values(), in);
    assertThat(out.description().isEmpty()).as("a change is described, and only a change: %s", out.description())
        .isEqualTo(!changed);
    assertThat(t.id()).isNotBlank();
    sameOnEveryThread(() -> Arrays.toString(t.treat(in, LEAF).values()), Arrays.toString(out.values()));
  }

  // ---- ScoringRule --------------------------------------------------------------------------------------------

  /** A rule a user might write: full points once the value reaches 100, nothing below; only numbers. */
  private record AtLeastHundred() implements ScoringRule {
    @Override
    public String id() {
      return "at-least-100";
    }

    @Override
    public double points(Measure measure, double maxPoints) {
      if (measure.value().isEmpty()) {
        throw new IllegalArgumentException("rule 'at-least-100' expects a number");
      }
      return measure.value().getAsDouble() >= 100 ? maxPoints : 0;
    }
  }

  static Stream<Arguments> scoringRules() {
    return Stream.of(
        Arguments.of(Named.of("fraction", ScoringRule.parse("fraction")), Measure.ofValue(0.7), Measure.ofValue(1.5)),
        Arguments.of(Named.of("points", ScoringRule.parse("points")), Measure.ofValue(15), Measure.ofValue(21)),
        Arguments.of(Named.of("ratio", ScoringRule.parse("ratio")), Measure.ofRatio(3, 4), Measure.ofRatio(5, 4)),
        Arguments.of(Named.of("binary", ScoringRule.parse("binary")), Measure.ofValue(1), Measure.ofValue(2)),
        Arguments.of(Named.of("thresholds", ScoringRule.parse("thresholds: 4=20; 3=15")), Measure.ofValue(3.5),
            Measure.ofCategory("cao")),
        Arguments.of(Named.of("categorical", ScoringRule.parse("categorical: Có=1; Không=0")),
            Measure.ofCategory("Có"), Measure.ofCategory("Chưa rõ")),
        Arguments.of(Named.of("target", ScoringRule.parse("target: 90")), Measure.ofValue(45), Measure.ofValue(-1)),
        Arguments.of(Named.of("user-written 'at least 100'", new AtLeastHundred()), Measure.ofValue(120),
            Measure.ofCategory("yes")));
  }

  @ParameterizedTest
  @MethodSource("scoringRules")
  void scoringRule_keepsItsContract(ScoringRule rule, Measure valid, Measure invalid) throws Exception {
    double points = rule.points(valid, 20);
    assertThat(points).isFinite().isBetween(0.0, 20.0);
    assertThatIllegalArgumentException().isThrownBy(() -> rule.points(invalid, 20))
        .satisfies(e -> assertThat(e.getMessage()).isNotBlank());
    assertThat(rule.id()).isNotBlank();
    if (!(rule instanceof AtLeastHundred)) {
      assertThat(ScoringRule.parse(rule.spec()).spec()).as("spec round trip").isEqualTo(rule.spec());
      assertThat(ScoringRule.parse(rule.spec()).points(valid, 20)).isEqualTo(points);
    }
    sameOnEveryThread(() -> rule.points(valid, 20), points);
  }
}
