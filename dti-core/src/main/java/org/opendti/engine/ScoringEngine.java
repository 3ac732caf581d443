package org.opendti.engine;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.opendti.Dataset;
import org.opendti.Direction;
import org.opendti.DtiException;
import org.opendti.Framework;
import org.opendti.FrameworkGraph;
import org.opendti.FrameworkStatus;
import org.opendti.InvalidDataException;
import org.opendti.InvalidFrameworkException;
import org.opendti.Node;
import org.opendti.ProblemsException;
import org.opendti.ScoringRule;
import org.opendti.Unit;
import org.opendti.UnknownNodeException;
import org.opendti.method.AggregationContext;
import org.opendti.method.Method;
import org.opendti.method.MissingContext;
import org.opendti.method.NormalisationContext;
import org.opendti.method.Normaliser;
import org.opendti.method.OutlierTreatment;
import org.opendti.method.WeightingContext;
import org.opendti.method.WeightingScheme;

/**
 * Scores a dataset with a framework and a {@link Method}: validate, score inputs, treat missing values, normalise,
 * weigh and aggregate up the DAG, round and rank.
 *
 * <p>Inputs can sit at any level: a node is an input when the dataset has a column for it (by code or alias), and
 * its descendants are then not used (giving data for both a node and one of its descendants is an error). Under the
 * official method a main-indicator input is a fraction 0..1 of its maximum (methodology §3: "a main indicator's value
 * = its points / its max"), the DTI is Σ points / 1000 and each 922 pillar is (F + activity points) / (500 + activity
 * max).
 *
 * <pre>{@code
 * Results r = ScoringEngine.official().score(Frameworks.pdti2022(), dataset);
 * double dti = r.roundedValue("48", "dti");   // 0.8002 for Đà Nẵng in 2022
 * double rank = r.rank("48", "dti");          // 1
 * }</pre>
 *
 * <p>Work is done on one primitive column per node over the units. Bad data are collected and thrown together as a
 * {@link ProblemsException} (or the single {@link InvalidDataException}). This class is immutable and thread-safe.
 */
public final class ScoringEngine {
  private final Method method;

  /** False only in tests that pin the column scorer against the general path. */
  private final boolean columnScorer;

  private ScoringEngine(Method method, boolean columnScorer) {
    this.method = method;
    this.columnScorer = columnScorer;
  }

  /** An engine that scores every input through the general per-cell path, for differential tests. */
  static ScoringEngine generalPathOnly(Method method) {
    return new ScoringEngine(method, false);
  }

  /**
   * An engine with a method.
   *
   * @param method the method, not null
   * @return the engine, not null
   */
  public static ScoringEngine of(Method method) {
    return new ScoringEngine(Objects.requireNonNull(method, "method"), true);
  }

  /**
   * An engine with the official DTI method, {@link Method#official()}.
   *
   * @return the engine, not null
   */
  public static ScoringEngine official() {
    return new ScoringEngine(Method.official(), true);
  }

  /**
   * The method this engine applies.
   *
   * @return the method, not null
   */
  public Method method() {
    return method;
  }

  /**
   * Scores a dataset with one period.
   *
   * @param framework the framework, not null
   * @param dataset the dataset, with exactly one period, not null
   * @return the results, not null
   * @throws IllegalArgumentException if the dataset has several periods (use {@link #score(Framework, Dataset,
   *     String)})
   * @throws DtiException if the data or the framework cannot be scored
   */
  public Results score(Framework framework, Dataset dataset) {
    if (dataset.periods().size() != 1) {
      throw new IllegalArgumentException("the dataset has " + dataset.periods().size() + " periods " + dataset.periods()
          + "; name the period to score");
    }
    return score(framework, dataset, dataset.periods().get(0));
  }

  /**
   * Scores every period of a dataset, in the dataset's period order.
   *
   * @param framework the framework, not null
   * @param dataset the dataset, not null
   * @return one result per period, not null
   * @throws DtiException if the data or the framework cannot be scored
   */
  public List<Results> scoreAll(Framework framework, Dataset dataset) {
    return dataset.periods().stream().map(p -> score(framework, dataset, p)).collect(ImmutableList.toImmutableList());
  }

  /**
   * Scores one period of a dataset.
   *
   * @param framework the framework, not null
   * @param dataset the dataset, not null
   * @param period the period, one of {@link Dataset#periods()}, not null
   * @return the results, not null
   * @throws IllegalArgumentException if the period is unknown
   * @throws DtiException if the data or the framework cannot be scored
   */
  public Results score(Framework framework, Dataset dataset, String period) {
    if (!dataset.periods().contains(period)) {
      throw new IllegalArgumentException("unknown period '" + period + "'; the dataset has " + dataset.periods());
    }
    return new Run(framework, dataset, period).run();
  }
  /**
   * Which nodes a run would read as inputs, as its stage "locate inputs" finds them: the nodes the data have a column
   * for, and the leaves below no such column (scored by their rule, or missing). The one home of the rule for those who
   * need it without scoring, such as {@link org.opendti.analysis.Status}. The method plays no part.
   *
   * @param framework the framework, not null
   * @param dataset the dataset, not null
   * @param period the period; one the dataset does not have gives no columns (every leaf is an input), not null
   * @return by graph position ({@link Framework#graph()}), whether the node is an input; a new array
   * @throws DtiException if a column names no node, two columns name one node, or a column lies below another column
   *     (every such problem at once)
   */
  public boolean[] inputs(Framework framework, Dataset dataset, String period) {
    return new Run(java.util.Objects.requireNonNull(framework, "framework"),
        java.util.Objects.requireNonNull(dataset, "dataset"), java.util.Objects.requireNonNull(period, "period"))
        .inputNodes();
  }


  /** One scoring run: all the state of one (framework, dataset, period). */
  private final class Run {
    private final Framework framework;
    private final FrameworkGraph g;
    private final Dataset data;
    private final String period;
    private final int units;
    private final List<String> unitCodes;
    private final List<java.util.Optional<String>> unitGroups;
    private final List<DtiException> problems = new ArrayList<>();
    private final List<Warning> warnings = new ArrayList<>();
    /** Per period, the dataset's column for each node position (null where none), built on first use. */
    private final Map<String, String[]> columnsByPeriod = new HashMap<>();

    Run(Framework framework, Dataset data, String period) {
      this.framework = framework;
      this.g = framework.graph();
      this.data = data;
      this.period = period;
      this.units = data.units().size();
      this.unitCodes = data.units().stream().map(Unit::code).collect(ImmutableList.toImmutableList());
      this.unitGroups = data.units().stream().map(Unit::group).collect(ImmutableList.toImmutableList());
    }

    /** Maps the dataset's indicator columns of a period to node positions. */
    private Map<Integer, String> columns(String p) {
      Map<Integer, String> cols = new HashMap<>();
      for (String code : data.indicators(p)) {
        int i = g.find(code);
        if (i < 0) {
          problems.add(new UnknownNodeException(code, framework.id()));
          continue;
        }
        String prev = cols.put(i, code);
        if (prev != null) {
          problems.add(new InvalidDataException("-", g.node(i).code(), code, "the dataset names this indicator twice,"
              + " as '" + prev + "' and as '" + code + "'"));
        }
      }
      return cols;
    }

    /**
     * The run, stage by stage: check the units' groups, locate the inputs, score and normalise them, then aggregate up
     * the framework. Problems of the first three stages are collected and thrown together before aggregating.
     */
    Results run() {
      checkGroups();
      Inputs in = locateInputs();
      double[][] values = new double[g.size()][];
      normaliseInputs(in, values);
      ProblemsException.throwIfAny(problems);
      double[][] weights = new double[g.size()][];
      Map<Integer, String> notComputed = aggregate(in, values, weights);
      return new Results(framework, method, period, data.units(), values, weights, warnings, notComputed);
    }

    /** Stage 1: when the framework ranks by groups, every unit must belong to one of them. */
    private void checkGroups() {
      if (framework.rankingGroups().isEmpty()) {
        return;
      }
      java.util.Set<String> groups = new java.util.HashSet<>(framework.rankingGroups());
      for (Unit u : data.units()) {
        String group = u.group().orElse("");
        if (!groups.contains(group)) {
          problems.add(new InvalidDataException(u.code(), "-", group, "framework " + framework.id() + " ranks units"
              + " in the groups " + framework.rankingGroups() + "; give each unit one of them"));
        }
      }
    }

    /**
     * Where the data enter the framework: the dataset's column per node, the nodes that take part, and per node the
     * units it applies to (null for a node that applies to every unit; all null in most frameworks).
     */
    private record Inputs(Map<Integer, String> columns, boolean[] input, boolean[] active, boolean[][] applies) {}

    /** Stage 2 alone ({@link ScoringEngine#inputs}): by position, whether a node is read as an input. */
    boolean[] inputNodes() {
      Inputs in = locateInputs();
      ProblemsException.throwIfAny(problems);
      boolean[] inputs = new boolean[g.size()];
      for (int i = 0; i < inputs.length; i++) {
        inputs[i] = in.active()[i] && (in.input()[i] || g.childCount(i) == 0);
      }
      return inputs;
    }

    /** Stage 2: maps the dataset's columns to nodes; an input below another input is a problem. */
    private Inputs locateInputs() {
      Map<Integer, String> cols = columns(period);
      boolean[] input = new boolean[g.size()];
      cols.keySet().forEach(i -> input[i] = true);
      inputsBelowInputs(cols, input);
      return new Inputs(cols, input, active(input), applicability());
    }

    /**
     * Per node, the units it applies to ({@link FrameworkGraph#appliesTo(Unit)}, top-down). Null for a node that
     * applies to every unit.
     */
    private boolean[][] applicability() {
      boolean[][] applies = new boolean[g.size()][];
      if (framework.nodes().stream().allMatch(n -> n.appliesTo().isEmpty())) {
        return applies;
      }
      for (int u = 0; u < units; u++) {
        boolean[] mask = g.appliesTo(data.units().get(u));
        for (int i = 0; i < mask.length; i++) {
          if (!mask[i]) {
            if (applies[i] == null) {
              applies[i] = new boolean[units];
              Arrays.fill(applies[i], 0, u, true);
            }
          } else if (applies[i] != null) {
            applies[i][u] = true;
          }
        }
      }
      return applies;
    }

    /**
     * Sets the value of the units a node does not apply to: NaN, so that aggregation leaves it out and rescales the
     * rest ({@link Method#rescaleForApplicability()}), or 0 when the method does not rescale.
     */
    private void notApplicable(double[] column, boolean[] applies) {
      double none = method.rescaleForApplicability() ? Double.NaN : 0;
      for (int u = 0; u < units; u++) {
        if (!applies[u]) {
          column[u] = none;
        }
      }
    }

    /**
     * Stage 3: each input (or leaf without data) is scored by its rule, its gaps filled by the missing-value policy,
     * its outliers treated and the column normalised. A complete column of plain values under the built-in
     * fraction-of-max normaliser and no outlier treatment goes through the column scorer in one pass.
     */
    private void normaliseInputs(Inputs in, double[][] values) {
      int reference = method.referenceUnit().map(r -> data.unitPosition(r).orElseThrow(
          () -> new DtiException("reference unit '" + r + "' is not in the dataset"))).orElse(-1);
      for (int i : g.bottomUp()) {
        if (!in.active()[i] || !(in.input()[i] || g.childCount(i) == 0)) {
          continue;
        }
        Node node = g.node(i);
        double max = g.maxPoints(i);
        String code = in.columns().get(i);
        boolean[] applies = in.applies()[i];
        if (applies != null && code != null) {
          valuesWhereNotApplicable(i, code, applies);
        }
        double[] fused = problems.isEmpty() && applies == null && fusable(node, code)
            ? scoreColumn(i, code, period, true) : null;
        if (fused != null) {
          values[i] = fused;
          continue;
        }
        double[] scores = scores(i, code, period, true);
        if (!problems.isEmpty()) {
          continue;
        }
        boolean gaps = false;
        // a complete column of plain values under a value rule cannot score NaN: no need to look for gaps
        for (int u = complete(i, code, period) ? units : 0; u < units; u++) {
          if (Double.isNaN(scores[u]) && (applies == null || applies[u])) {
            gaps = true;
            if (node.scored()) {
              warnings.add(new Warning(Warning.Kind.MISSING_VALUE, unitCodes.get(u), node.code(),
                  "no value; missing-value policy '"
                  + method.missingFor(node.code()).id() + "' applied"));
            }
          }
        }
        // a missing-value policy only fills gaps, and 'none' changes nothing: skip both passes when they are no-ops
        double[] treated = gaps ? method.missingFor(node.code()).treat(scores, MissingContext.of(node,
            unitCodes, unitGroups, data.periods(), period, p -> scores(i, columnFor(p, i), p, false))) : scores;
        if (method.outliers() != OutlierTreatment.none()) {
          OutlierTreatment.Treated cleaned = method.outliers().treat(treated, node);
          if (!cleaned.description().isEmpty()) {
            warnings.add(new Warning(Warning.Kind.OUTLIERS_TREATED, "(all units)", node.code(),
                "outlier treatment '" + method.outliers().id()
                + "': " + cleaned.description()));
          }
          treated = cleaned.values();
        }
        values[i] = method.normaliserFor(node.code()).normalise(treated, NormalisationContext.of(node, max,
            reference));
        check(values[i], node, "normaliser '" + method.normaliserFor(node.code()).id() + "'");
        if (applies != null) {
          notApplicable(values[i], applies);
        }
      }
    }

    /** A value given for a unit the node does not apply to is a problem: nothing is dropped silently. */
    private void valuesWhereNotApplicable(int i, String code, boolean[] applies) {
      Dataset.Cells c = data.cells(period, code);
      Node node = g.node(i);
      for (int u = 0; u < units; u++) {
        if (!applies[u] && c.present(u)) {
          problems.add(new InvalidDataException(unitCodes.get(u), node.code(), c.measure(u).orElseThrow().toString(),
              "this unit is not scored on '" + node.code() + "': "
              + (node.appliesTo().isEmpty() || node.appliesTo(data.units().get(u))
                  ? "a node above it does not apply to the unit" : "it applies to " + node.appliesTo() + " only")
              + "; remove the value or add the unit's kind, group or tag to the node's 'Áp dụng'"));
        }
      }
    }

    /** Stage 4: every aggregate that takes part, children first; one that cannot be computed is a warning. */
    private Map<Integer, String> aggregate(Inputs in, double[][] values, double[][] weights) {
      Map<Integer, String> notComputed = new HashMap<>();
      for (int i : g.bottomUp()) {
        if (!in.active()[i] || in.input()[i] || g.childCount(i) == 0) {
          continue;
        }
        String reason = whyNot(i, values, notComputed);
        if (reason != null) {
          notComputed.put(i, reason);
          warnings.add(new Warning(Warning.Kind.NOT_COMPUTED, "(all units)", g.node(i).code(),
              "not computed: " + reason));
          continue;
        }
        values[i] = aggregate(i, values, weights);
        if (in.applies()[i] != null) {
          notApplicable(values[i], in.applies()[i]);
        }
      }
      return notComputed;
    }

    /**
     * Why an aggregate cannot be computed, or null: a child that was not computed, or (official weighting) children
     * whose maxima the framework does not know (Decision 405 did not publish them).
     */
    private String whyNot(int i, double[][] values, Map<Integer, String> notComputed) {
      List<String> unknown = new ArrayList<>();
      for (int c : g.children(i)) {
        if (notComputed.containsKey(c)) {
          return "its child '" + g.node(c).code() + "' was not computed (" + notComputed.get(c) + ")";
        }
        if (Double.isNaN(g.maxPoints(c)) && g.node(c).weight().isEmpty()) {
          unknown.add(g.node(c).code());
        }
      }
      if (!unknown.isEmpty() && method.weightingFor(g.node(i).code()) == WeightingScheme.official()
          && (!Double.isNaN(g.maxPoints(i)) || framework.status() == FrameworkStatus.OFFICIAL)) {
        return "the maximum points of " + unknown + " are not published; supply them with"
            + " Framework.withMaxPoints(...)";
      }
      return null;
    }

    /** The dataset's column for a node in a period (the first that names it), or null. */
    private String columnFor(String p, int node) {
      return columnsByPeriod.computeIfAbsent(p, q -> {
        String[] byNode = new String[g.size()];
        for (String code : data.indicators(q)) {
          int i = g.find(code);
          if (i >= 0 && byNode[i] == null) {
            byNode[i] = code;
          }
        }
        return byNode;
      })[node];
    }

    private void check(double[] out, Node node, String what) {
      if (out.length != units) {
        throw new DtiException(what + " returned " + out.length + " values for " + units + " units at '" + node.code()
            + "'");
      }
    }

    private double[] aggregate(int i, double[][] values, double[][] used) {
      Node node = g.node(i);
      int[] kids = g.children(i);
      List<Node> children = Arrays.stream(kids).mapToObj(g::node).collect(ImmutableList.toImmutableList());
      double[][] cols = new double[kids.length][];
      double[] maxima = new double[kids.length];
      for (int k = 0; k < kids.length; k++) {
        cols[k] = values[kids[k]];
        maxima[k] = g.maxPoints(kids[k]);
      }
      double[] w = method.weightingFor(node.code()).weights(WeightingContext.of(node, children, maxima, cols));
      if (w.length != kids.length) {
        throw new DtiException("weighting '" + method.weightingFor(node.code()).id() + "' returned " + w.length
            + " weights for the " + kids.length + " children of '" + node.code() + "'");
      }
      AggregationContext context = AggregationContext.of(node, children, unitCodes);
      double sum = AggregationPlan.weightSum(w, context);
      used[i] = new double[w.length];
      for (int k = 0; k < w.length; k++) {
        used[i][k] = sum == 0 ? 0 : w[k] / sum;
      }
      return AggregationPlan.aggregate(method.aggregatorFor(node.code(), g.level(i)), cols, w, sum, context,
          g.maxPoints(i), units);
    }

    /** Whether every unit has a plain value for an input scored by a value rule (which maps values to numbers). */
    private boolean complete(int i, String code, String p) {
      if (code == null || !g.node(i).scoringRule().orElse(method.defaultRule()).scoresPlainValues()) {
        return false;
      }
      Dataset.Cells c = data.cells(p, code);
      return c.complete() && c.plainValuesOnly();
    }

    /**
     * Whether an input column may be scored and normalised in one pass by {@link #scoreColumn}: it has data, the
     * built-in fraction-of-max normaliser applies and there is no outlier treatment.
     */
    private boolean fusable(Node node, String code) {
      return code != null && method.normaliserFor(node.code()) == Normaliser.fractionOfMax()
          && method.outliers() == OutlierTreatment.none();
    }

    /**
     * The column scorer: scores a column of plain values in one tight pass with no object per cell, either to points
     * (NaN where a unit has no value) or, when {@code normalise}, straight on to the fraction-of-max normalised value
     * of a complete column (points / max, then the direction). Each cell gets exactly the arithmetic of the general
     * path (the rule's points, then the normaliser's), so results are bit-identical; {@code ColumnScorerTest} pins
     * that on random frameworks and data. Null when the column is not of that kind (a ratio or category cell, a rule
     * that needs more than the value, a missing cell when normalising, an invalid rule) or a value is out of the rule's
     * range: the general path then applies the missing-value policy, warns and reports every problem.
     */
    private double[] scoreColumn(int i, String code, String p, boolean normalise) {
      if (!columnScorer || code == null) {
        return null;
      }
      Node node = g.node(i);
      ScoringRule rule = node.scoringRule().orElse(method.defaultRule());
      if (!rule.scoresPlainValues()) {
        return null;
      }
      double max = g.maxPoints(i);
      if (ruleProblem(node, rule, max) != null) {
        return null;
      }
      Dataset.Cells c = data.cells(p, code);
      if (!c.plainValuesOnly()) {
        return null;
      }
      boolean complete = c.complete();
      if (normalise && !complete) {
        return null;
      }
      boolean negative = node.direction() == Direction.NEGATIVE;
      double[] out;
      try {
        // three loops rather than one with tests inside: each stays a tight pass the compiler can keep simple; a
        // complete column is read in place, an incomplete one from a copy with NaN where a unit has no value
        if (normalise) {
          java.nio.DoubleBuffer in = c.completeValues();
          out = new double[units];
          for (int u = 0; u < units; u++) {
            double points = rule.pointsOfValue(in.get(u), max);
            double f = Double.isNaN(max) ? points : max == 0 ? Double.NaN : points / max;
            out[u] = negative ? 1 - f : f;
          }
        } else if (complete) {
          java.nio.DoubleBuffer in = c.completeValues();
          out = new double[units];
          for (int u = 0; u < units; u++) {
            out[u] = rule.pointsOfValue(in.get(u), max);
          }
        } else {
          out = c.values();
          for (int u = 0; u < units; u++) {
            double v = out[u];
            out[u] = Double.isNaN(v) ? Double.NaN : rule.pointsOfValue(v, max);
          }
        }
      } catch (IllegalArgumentException e) {
        return null;
      }
      return out;
    }

    /** Why a node's rule cannot score it (e.g. 'points' without a maximum), or null. */
    private InvalidFrameworkException ruleProblem(Node node, ScoringRule rule, double max) {
      if (rule == ScoringRule.raw()) {
        return null;
      }
      try {
        rule.validate(node.code(), Double.isNaN(max) ? java.util.OptionalDouble.empty()
            : java.util.OptionalDouble.of(max));
        return null;
      } catch (InvalidFrameworkException e) {
        return e;
      }
    }

    /** The raw scores (points under the official method) of an input node; NaN where there is no observation. */
    private double[] scores(int i, String code, String p, boolean report) {
      if (code == null) {
        double[] none = new double[units];
        Arrays.fill(none, Double.NaN);
        return none;
      }
      Dataset.Cells c = data.cells(p, code);
      Node node = g.node(i);
      ScoringRule rule = node.scoringRule().orElse(method.defaultRule());
      double max = g.maxPoints(i);
      InvalidFrameworkException invalid = ruleProblem(node, rule, max);
      if (invalid != null) {
        if (report) {
          problems.add(invalid);
        }
        double[] none = new double[units];
        Arrays.fill(none, Double.NaN);
        return none;
      }
      double[] scored = scoreColumn(i, code, p, false);
      if (scored != null) {
        return scored;
      }
      double[] out = new double[units];
      Arrays.fill(out, Double.NaN);
      for (int u = 0; u < units; u++) {
        if (!c.present(u)) {
          continue;
        }
        try {
          out[u] = rule.points(c.measure(u).orElseThrow(), max);
        } catch (IllegalArgumentException e) {
          if (report) {
            problems.add(new InvalidDataException(unitCodes.get(u), node.code(), c.measure(u).orElseThrow().toString(),
                e.getMessage()));
          }
        }
      }
      return out;
    }

    /**
     * Reports every input that has an input below it: for each such input, the nearest inputs under it, in the order
     * a depth-first walk from it meets them. One bottom-up pass marks the nodes with an input below; the walks then
     * follow only those, so in a tree no node is visited twice.
     */
    private void inputsBelowInputs(Map<Integer, String> cols, boolean[] input) {
      int n = g.size();
      boolean[] inputBelow = new boolean[n];
      for (int i : g.bottomUp()) {
        for (int c : g.children(i)) {
          if (input[c] || inputBelow[c]) {
            inputBelow[i] = true;
            break;
          }
        }
      }
      int[] seen = new int[n];
      int walk = 0;
      int[] todo = new int[n];
      for (int i : cols.keySet()) {
        if (!inputBelow[i]) {
          continue;
        }
        walk++;
        int top = 0;
        todo[top++] = i;
        while (top > 0) {
          for (int c : g.children(todo[--top])) {
            if (seen[c] == walk || !(input[c] || inputBelow[c])) {
              continue;
            }
            seen[c] = walk;
            if (input[c]) {
              problems.add(new InvalidDataException("-", g.node(c).code(), cols.get(c), "the dataset gives values"
                  + " both for '" + g.node(i).code() + "' and for its descendant '" + g.node(c).code() + "'; give one"
                  + " level"));
            } else {
              todo[top++] = c;
            }
          }
        }
      }
    }

    /** The nodes that take part: reachable from the root and the parentless pillars without passing an input. */
    private boolean[] active(boolean[] input) {
      int n = g.size();
      boolean[] active = new boolean[n];
      int[] todo = new int[n];
      int top = 0;
      for (int i = 0; i < n; i++) {
        if (g.parents(i).length == 0) {
          todo[top++] = i;
          active[i] = true;
        }
      }
      while (top > 0) {
        int i = todo[--top];
        if (input[i]) {
          continue;
        }
        for (int c : g.children(i)) {
          if (!active[c]) {
            active[c] = true;
            todo[top++] = c;
          }
        }
      }
      return active;
    }
  }
}
