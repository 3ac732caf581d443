package org.opendti.engine;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.opendti.Dataset;
import org.opendti.Framework;
import org.opendti.FrameworkGraph;
import org.opendti.Node;
import org.opendti.Numbers;
import org.opendti.Unit;
import org.opendti.UnknownNodeException;
import org.opendti.method.Method;
import org.opendti.method.RankBasis;

/**
 * The outcome of one scoring run: for every unit and every node that took part, its value, its points and its rank,
 * with the framework, the method and the period that produced them, and the warnings raised.
 *
 * <p>Values are kept unrounded; {@link #roundedValue} gives the published form (half-up, {@link Method#decimals()}
 * decimals, methodology §3). Points are value × the node's maximum points, NaN when the framework gives no maximum.
 * Ranks are computed per ranking group (units in different {@link Unit#group()}s are ranked separately, methodology
 * §5), highest value first, ties as {@link Method#ties()}, from the rounded values unless the method says
 * {@link RankBasis#EXACT}.
 *
 * <p>Storage is one primitive column per node. This class is immutable and thread-safe.
 */
public final class Results {
  private final Framework framework;
  private final Method method;
  private final String period;
  private final ImmutableList<Unit> units;
  /** Code, name and alias keys to unit positions; built on the first lookup by name (thread-safe). */
  private final com.google.common.base.Supplier<Map<String, Integer>> unitIndex;
  private final double[][] values;
  private final java.util.concurrent.atomic.AtomicReferenceArray<double[]> points;
  /** Ranks per node, computed on first use: sorting every column costs more than scoring it. */
  private final java.util.concurrent.atomic.AtomicReferenceArray<double[]> ranks;
  private final double[][] weights;
  private final ImmutableList<Warning> warnings;
  /** The computed nodes in framework order; cached, as writers ask for them per row. */
  private final ImmutableList<Node> nodes;
  /** For each position in {@link #nodes}, the node's position in the framework's graph. */
  private final int[] columns;
  /** For each graph position, the node's position in {@link #nodes}, -1 if not computed. */
  private final int[] positions;
  /** Why some aggregates were not computed (unknown maxima). */
  private final Map<Integer, String> notComputed;
  /** The units of each ranking group; one array holding everyone when there is a single group. */
  private final int[][] groups;

  Results(Framework framework, Method method, String period, List<Unit> units, double[][] values, double[][] weights,
      List<Warning> warnings, Map<Integer, String> notComputed) {
    this.notComputed = Map.copyOf(notComputed);
    this.weights = weights;
    this.framework = framework;
    this.method = method;
    this.period = period;
    this.units = ImmutableList.copyOf(units);
    this.unitIndex = com.google.common.base.Suppliers.memoize(() -> index(this.units));
    FrameworkGraph g = framework.graph();
    this.groups = groups(units);
    this.values = values;
    this.points = new java.util.concurrent.atomic.AtomicReferenceArray<>(values.length);
    this.ranks = new java.util.concurrent.atomic.AtomicReferenceArray<>(values.length);
    // The graph numbers nodes in framework definition order (FrameworkGraph.of copies Framework#nodes()), so walking it in
    // index order lists the computed nodes in that order too.
    ImmutableList.Builder<Node> computed = ImmutableList.builder();
    this.positions = new int[values.length];
    int count = 0;
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null) {
        positions[i] = -1;
        continue;
      }
      positions[i] = count++;
      computed.add(g.node(i));
    }
    this.nodes = computed.build();
    this.columns = new int[count];
    for (int i = 0; i < values.length; i++) {
      if (positions[i] >= 0) {
        columns[positions[i]] = i;
      }
    }
    this.warnings = ImmutableList.copyOf(warnings);
  }

  /** A copy of {@code r} with other warnings; everything else is shared (results are immutable). */
  private Results(Results r, ImmutableList<Warning> warnings) {
    this.framework = r.framework;
    this.method = r.method;
    this.period = r.period;
    this.units = r.units;
    this.unitIndex = r.unitIndex;
    this.values = r.values;
    this.points = r.points;
    this.ranks = r.ranks;
    this.weights = r.weights;
    this.nodes = r.nodes;
    this.columns = r.columns;
    this.positions = r.positions;
    this.notComputed = r.notComputed;
    this.groups = r.groups;
    this.warnings = warnings;
  }

  private static Map<String, Integer> index(List<Unit> units) {
    Map<String, Integer> index = new HashMap<>();
    for (int u = 0; u < units.size(); u++) {
      index.put(Unit.key(units.get(u).code()), u);
    }
    for (int u = 0; u < units.size(); u++) {
      index.putIfAbsent(Unit.key(units.get(u).name()), u);
      for (String alias : units.get(u).aliases()) {
        index.putIfAbsent(Unit.key(alias), u);
      }
    }
    return index;
  }

  /** Values times the node's maximum points (NaN without a maximum), computed on first use. */
  private double[] pointsOf(int i) {
    double[] p = points.get(i);
    if (p == null) {
      double max = framework.graph().maxPoints(i);
      double[] v = values[i];
      p = new double[v.length];
      for (int u = 0; u < v.length; u++) {
        p[u] = Double.isNaN(max) ? Double.NaN : v[u] * max;
      }
      points.compareAndSet(i, null, p);
      p = points.get(i);
    }
    return p;
  }

  private double[] ranksOf(int i) {
    double[] r = ranks.get(i);
    if (r == null) {
      r = rank(values[i]);
      ranks.compareAndSet(i, null, r);
    }
    return r;
  }

  private double[] rank(double[] v) {
    double[] basis = v;
    if (method.rankBasis() == RankBasis.ROUNDED) {
      basis = new double[v.length];
      for (int u = 0; u < v.length; u++) {
        basis[u] = Numbers.round(v[u], method.decimals());
      }
    }
    if (groups.length == 1 && groups[0].length == v.length) {
      return method.ties().rank(basis);
    }
    double[] out = new double[v.length];
    java.util.Arrays.fill(out, Double.NaN); // units that are not ranked
    for (int[] members : groups) {
      double[] sub = new double[members.length];
      for (int k = 0; k < sub.length; k++) {
        sub[k] = basis[members[k]];
      }
      double[] r = method.ties().rank(sub);
      for (int k = 0; k < sub.length; k++) {
        out[members[k]] = r[k];
      }
    }
    return out;
  }

  /** The ranked units by group, in unit order; units that are not ranked ({@link Unit#ranked()}) are in none. */
  private static int[][] groups(List<Unit> units) {
    if (units.stream().noneMatch(u -> u.group().isPresent())) {
      return new int[][] {java.util.stream.IntStream.range(0, units.size()).filter(u -> units.get(u).ranked())
          .toArray()};
    }
    Map<String, List<Integer>> byGroup = new java.util.LinkedHashMap<>();
    for (int u = 0; u < units.size(); u++) {
      if (units.get(u).ranked()) {
        byGroup.computeIfAbsent(units.get(u).group().orElse(""), k -> new ArrayList<>()).add(u);
      }
    }
    return byGroup.values().stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray())
        .toArray(int[][]::new);
  }

  /**
   * The framework that was applied.
   *
   * @return the framework, not null
   */
  public Framework framework() {
    return framework;
  }

  /**
   * The method that was applied; scoring the same data with it again gives the same results.
   *
   * @return the method, not null
   */
  public Method method() {
    return method;
  }

  /**
   * The period that was scored.
   *
   * @return the period, {@link Dataset#SINGLE_PERIOD} for an unnamed one, not null
   */
  public String period() {
    return period;
  }

  /**
   * The units, in dataset order.
   *
   * @return the units, not null
   */
  public List<Unit> units() {
    return units;
  }

  /**
   * The nodes that were computed (inputs and everything above them), in framework definition order. Nodes below an
   * input are not computed. The index-based accessors ({@link #value(int, int)}, {@link #rank(int, int)},
   * {@link #points(int, int)}) number nodes by their position in this list.
   *
   * @return the nodes, the same unmodifiable list on every call, not null
   */
  public List<Node> nodes() {
    return nodes;
  }

  /**
   * What the engine had to tell, e.g. each missing indicator scored under the missing-value policy.
   *
   * @return the warnings, not null
   */
  public List<Warning> warnings() {
    return warnings;
  }

  /**
   * These results with more warnings, from outside the engine: for example the inputs of an appraised stage that the
   * council did not appraise ({@link Warning.Kind#NOT_APPRAISED}). Values, points and ranks are shared, not copied.
   *
   * @param more the warnings to add after this run's, not null
   * @return the results with both lists of warnings; this instance when {@code more} is empty
   */
  public Results withWarnings(List<Warning> more) {
    if (more.isEmpty()) {
      return this;
    }
    return new Results(this, ImmutableList.<Warning>builder().addAll(warnings).addAll(more).build());
  }

  private int unit(String unit) {
    Integer u = unitIndex.get().get(Unit.key(unit));
    if (u == null) {
      throw new IllegalArgumentException("unknown unit '" + unit + "'");
    }
    return u;
  }

  private int node(String node) {
    int i = framework.graph().index(node);
    if (values[i] == null) {
      String why = notComputed.get(i);
      throw new IllegalArgumentException("node '" + node + "' was not computed: " + (why != null ? why
          : "it lies below an input of this dataset"));
    }
    return i;
  }

  /**
   * A unit's unrounded value of a node (0..1 under the official method).
   *
   * @param unit the unit's code or name, not null
   * @param node the node's code or alias, not null
   * @return the value, NaN when it has none (all inputs missing and skipped, or a node not scored)
   * @throws IllegalArgumentException if the unit is unknown or the node was not computed
   * @throws UnknownNodeException if the node is not in the framework
   */
  public double value(String unit, String node) {
    return values[node(node)][unit(unit)];
  }

  /**
   * A unit's value rounded as published: half-up to the method's decimals (4 for the DTI).
   *
   * @param unit the unit's code or name, not null
   * @param node the node's code or alias, not null
   * @return the rounded value, NaN when it has none
   */
  public double roundedValue(String unit, String node) {
    return Numbers.round(value(unit, node), method.decimals());
  }

  /**
   * A unit's points: value × the node's maximum points.
   *
   * @param unit the unit's code or name, not null
   * @param node the node's code or alias, not null
   * @return the points, NaN when the node has no maximum or no value
   */
  public double points(String unit, String node) {
    return pointsOf(node(node))[unit(unit)];
  }

  /**
   * A unit's rank on a node within its ranking group: 1 is best.
   *
   * @param unit the unit's code or name, not null
   * @param node the node's code or alias, not null
   * @return the rank, NaN when the unit has no value or is not ranked ({@link Unit#ranked()})
   */
  public double rank(String unit, String node) {
    return ranksOf(node(node))[unit(unit)];
  }

  /**
   * The position of a unit in {@link #units()}, for the index-based accessors.
   *
   * @param unit the unit's code, name or alias, not null
   * @return the position, 0 ≤ position &lt; {@code units().size()}
   * @throws IllegalArgumentException if the unit is unknown
   */
  public int unitIndex(String unit) {
    return unit(unit);
  }

  /**
   * The position of a node in {@link #nodes()}, for the index-based accessors.
   *
   * @param node the node's code or alias, not null
   * @return the position, 0 ≤ position &lt; {@code nodes().size()}
   * @throws IllegalArgumentException if the node was not computed
   * @throws UnknownNodeException if the node is not in the framework
   */
  public int nodeIndex(String node) {
    return positions[node(node)];
  }

  /**
   * A unit's unrounded value of a node, by position: the same number as {@link #value(String, String)} for the unit
   * {@code units().get(unit)} and the node {@code nodes().get(node)}, without a lookup by name. Writers that go
   * through every unit and node use this.
   *
   * @param unit the unit's position in {@link #units()}
   * @param node the node's position in {@link #nodes()}
   * @return the value, NaN when it has none
   * @throws IndexOutOfBoundsException if a position is out of range
   */
  public double value(int unit, int node) {
    return values[column(node)][Objects.checkIndex(unit, units.size())];
  }

  /**
   * A unit's rank on a node within its ranking group, by position: the same number as
   * {@link #rank(String, String)} for the unit {@code units().get(unit)} and the node {@code nodes().get(node)}.
   * A node's ranks are computed once, on first use.
   *
   * @param unit the unit's position in {@link #units()}
   * @param node the node's position in {@link #nodes()}
   * @return the rank, 1 is best, NaN when the unit has no value
   * @throws IndexOutOfBoundsException if a position is out of range
   */
  public double rank(int unit, int node) {
    return ranksOf(column(node))[Objects.checkIndex(unit, units.size())];
  }

  /**
   * A unit's points on a node, by position: the same number as {@link #points(String, String)} for the unit
   * {@code units().get(unit)} and the node {@code nodes().get(node)}.
   *
   * @param unit the unit's position in {@link #units()}
   * @param node the node's position in {@link #nodes()}
   * @return the points, NaN when the node has no maximum or no value
   * @throws IndexOutOfBoundsException if a position is out of range
   */
  public double points(int unit, int node) {
    return pointsOf(column(node))[Objects.checkIndex(unit, units.size())];
  }

  private int column(int node) {
    return columns[Objects.checkIndex(node, columns.length)];
  }

  /**
   * A node's values over the units, in {@link #units()} order; a new array.
   *
   * @param node the node's code or alias, not null
   * @return the unrounded values, not null
   */
  public double[] values(String node) {
    return values[node(node)].clone();
  }

  /**
   * A node's ranks over the units, in {@link #units()} order; a new array.
   *
   * @param node the node's code or alias, not null
   * @return the ranks, NaN where a unit has none, not null
   */
  public double[] ranks(String node) {
    return ranksOf(node(node)).clone();
  }

  /**
   * The ranking table of a node: units by rank (then dataset order), unranked units last.
   *
   * @param node the node's code or alias, not null
   * @return the rows, not null
   */
  public List<RankedUnit> ranking(String node) {
    int i = node(node);
    Integer[] order = new Integer[units.size()];
    for (int u = 0; u < order.length; u++) {
      order[u] = u;
    }
    double[] r = ranksOf(i);
    Arrays.sort(order, Comparator.<Integer>comparingDouble(u -> Double.isNaN(r[u]) ? Double.MAX_VALUE : r[u])
        .thenComparingInt(u -> u));
    ImmutableList.Builder<RankedUnit> rows = ImmutableList.builder();
    for (int u : order) {
      rows.add(new RankedUnit(units.get(u), r[u], values[i][u], Numbers.round(values[i][u], method.decimals()),
          pointsOf(i)[u]));
    }
    return rows.build();
  }

  /**
   * The weights the method gave the children of an aggregate, normalised to sum to 1 (0 for all when the aggregate is
   * not scored), in framework order.
   *
   * @param aggregate the aggregate's code or alias, not null
   * @return child code → weight, not null
   * @throws IllegalArgumentException if the node was not aggregated in this run (an input or a leaf)
   */
  public Map<String, Double> weights(String aggregate) {
    int i = node(aggregate);
    if (weights[i] == null) {
      throw new IllegalArgumentException("node '" + aggregate + "' was not aggregated in this run");
    }
    int[] kids = framework.graph().children(i);
    com.google.common.collect.ImmutableMap.Builder<String, Double> b = com.google.common.collect.ImmutableMap.builder();
    for (int k = 0; k < kids.length; k++) {
      b.put(framework.graph().node(kids[k]).code(), weights[i][k]);
    }
    return b.buildOrThrow();
  }

  /**
   * The effective weight of every input of this run (the leaves, or the nodes the data were given for) in an
   * aggregate: the product of the normalised weights along each path down from the aggregate, summed over the paths
   * (COINr's {@code get_eff_weights}; in a DAG a node may be reached along several paths). The weights sum to 1 when
   * every weight is positive.
   *
   * @param aggregate the aggregate's code or alias, usually the root, not null
   * @return input code → effective weight, in framework order, not null
   * @throws IllegalArgumentException if the node was not aggregated in this run
   */
  public Map<String, Double> effectiveWeights(String aggregate) {
    FrameworkGraph g = framework.graph();
    int top = node(aggregate);
    if (weights[top] == null) {
      throw new IllegalArgumentException("node '" + aggregate + "' was not aggregated in this run");
    }
    double[] share = new double[g.size()];
    boolean[] reached = new boolean[g.size()];
    share[top] = 1;
    reached[top] = true;
    int[] order = g.bottomUp();
    for (int k = order.length - 1; k >= 0; k--) {
      int i = order[k];
      if (!reached[i] || weights[i] == null) {
        continue;
      }
      int[] kids = g.children(i);
      for (int c = 0; c < kids.length; c++) {
        share[kids[c]] += share[i] * weights[i][c];
        reached[kids[c]] = true;
      }
    }
    com.google.common.collect.ImmutableMap.Builder<String, Double> b = com.google.common.collect.ImmutableMap.builder();
    for (int i = 0; i < g.size(); i++) {
      if (values[i] != null && weights[i] == null && reached[i]) {
        b.put(g.node(i).code(), share[i]);
      }
    }
    return b.buildOrThrow();
  }

  /**
   * Ranks any column of values (one per unit, in unit order) the way these results rank: on values rounded to the
   * method's decimals unless the rank basis is exact, with the method's ties strategy, within each ranking group.
   * Analyses that recompute a node (Monte Carlo runs, what-if) rank with this so their ranks match.
   *
   * @param values one value per unit, NaN for none, not null
   * @return the ranks, NaN where the value is NaN, not null
   * @throws IllegalArgumentException if the length is not the number of units
   */
  public double[] rankLike(double[] values) {
    if (values.length != units.size()) {
      throw new IllegalArgumentException("expected " + units.size() + " values, one per unit, got " + values.length);
    }
    return rank(values);
  }

  /**
   * The nodes this run aggregated from their children (not the inputs), children before their parents. Analyses that
   * re-aggregate with other weights or aggregators walk this list.
   *
   * @return the codes, not null
   */
  public List<String> aggregates() {
    FrameworkGraph g = framework.graph();
    ImmutableList.Builder<String> b = ImmutableList.builder();
    for (int i : g.bottomUp()) {
      if (weights[i] != null) {
        b.add(g.node(i).code());
      }
    }
    return b.build();
  }

  /**
   * Finds a unit of these results by code or name.
   *
   * @param unit the code or name, not null
   * @return the unit, if present
   */
  public Optional<Unit> findUnit(String unit) {
    Integer u = unitIndex.get().get(Unit.key(unit));
    return u == null ? Optional.empty() : Optional.of(units.get(u));
  }

  @Override
  public String toString() {
    return "Results{" + framework.id() + ", period '" + period + "', " + units.size() + " units, " + nodes.size()
        + " nodes}";
  }
}
