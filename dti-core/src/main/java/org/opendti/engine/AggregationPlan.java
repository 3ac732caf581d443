package org.opendti.engine;

import com.google.common.collect.ImmutableList;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.opendti.DtiException;
import org.opendti.Framework;
import org.opendti.InvalidFrameworkException;
import org.opendti.Node;
import org.opendti.Unit;
import org.opendti.method.AggregationContext;
import org.opendti.method.Aggregator;

/**
 * The aggregation of a scored run below one node, kept so that it can be re-run with other weights or another
 * aggregator without scoring the inputs again: the inputs of the node's sub-tree as the run normalised them, and per
 * aggregate (children before parents) its children, the weights the run used and the method's aggregator. Monte Carlo
 * uncertainty and Sobol sensitivity re-aggregate thousands of times through it.
 *
 * <p>The engine and the plan aggregate one node by the same code, so the same rule holds in both: child weights must
 * be finite and ≥ 0; when they sum to zero the node is not scored (NaN for every unit) if its maximum points are 0 (a
 * node that carries no points, such as smart city in pdti-2022) and the framework is invalid otherwise
 * ({@link InvalidFrameworkException}).
 *
 * <pre>{@code
 * AggregationPlan plan = AggregationPlan.of(results, "dti");
 * double[] same = plan.values();                    // the run's own DTI values
 * double[] other = plan.values(multipliers);        // one factor per child weight of each aggregate
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; arrays given and returned are copied.
 */
public final class AggregationPlan {
  private final Results results;
  private final String node;
  private final ImmutableList<String> codes;
  private final int[] levels;
  private final double[] maxPoints;
  /** Per aggregate, per child: the aggregate's slot (≥ 0) or -1 - the input's slot. */
  private final int[][] children;
  private final double[][] inputColumns;
  private final double[][] weights;
  private final AggregationContext[] contexts;
  private final Aggregator[] aggregators;
  private final int units;

  private AggregationPlan(Results results, String node, List<String> needed) {
    this.results = results;
    this.node = node;
    this.codes = ImmutableList.copyOf(needed);
    Framework f = results.framework();
    List<String> unitCodes = results.units().stream().map(Unit::code).toList();
    this.units = unitCodes.size();
    int n = needed.size();
    Map<String, Integer> slot = new HashMap<>();
    for (int a = 0; a < n; a++) {
      slot.put(needed.get(a), a);
    }
    Set<String> computed = new HashSet<>();
    results.nodes().forEach(x -> computed.add(x.code()));
    Map<String, Integer> inputSlot = new LinkedHashMap<>();
    List<double[]> inputs = new ArrayList<>();
    this.children = new int[n][];
    this.levels = new int[n];
    this.maxPoints = new double[n];
    this.weights = new double[n][];
    this.contexts = new AggregationContext[n];
    this.aggregators = new Aggregator[n];
    for (int a = 0; a < n; a++) {
      String code = needed.get(a);
      List<Node> kids = f.children(code);
      children[a] = new int[kids.size()];
      for (int k = 0; k < kids.size(); k++) {
        String c = kids.get(k).code();
        Integer s = slot.get(c);
        if (s != null) {
          children[a][k] = s;
          continue;
        }
        Integer in = inputSlot.get(c);
        if (in == null) {
          in = inputs.size();
          inputSlot.put(c, in);
          inputs.add(computed.contains(c) ? results.values(c) : nan(units));
        }
        children[a][k] = -1 - in;
      }
      levels[a] = f.level(code);
      maxPoints[a] = f.maxPoints(code).orElse(Double.NaN);
      weights[a] = results.weights(code).values().stream().mapToDouble(Double::doubleValue).toArray();
      contexts[a] = AggregationContext.of(f.node(code), kids, unitCodes);
      aggregators[a] = results.method().aggregatorFor(code, levels[a]);
    }
    this.inputColumns = inputs.toArray(double[][]::new);
  }

  /**
   * The plan of a run below (and including) one of its aggregates.
   *
   * @param results the run, not null
   * @param node the aggregate's code or alias, not null
   * @return the plan, not null
   * @throws IllegalArgumentException if the node was not aggregated in the run (an input, a leaf or not computed); the
   *     message lists the aggregates
   * @throws org.opendti.UnknownNodeException if the framework has no such node
   */
  public static AggregationPlan of(Results results, String node) {
    Objects.requireNonNull(results, "results");
    String top = results.framework().node(Objects.requireNonNull(node, "node")).code();
    if (!results.aggregates().contains(top)) {
      throw new IllegalArgumentException("node '" + top + "' is not aggregated in these results (it is an input"
          + " or was not computed); choose one of " + results.aggregates());
    }
    Set<String> below = new HashSet<>();
    ArrayDeque<String> todo = new ArrayDeque<>(List.of(top));
    while (!todo.isEmpty()) {
      String n = todo.pop();
      if (below.add(n)) {
        results.framework().children(n).forEach(c -> todo.push(c.code()));
      }
    }
    return new AggregationPlan(results, top, results.aggregates().stream().filter(below::contains).toList());
  }

  /**
   * The run the plan comes from.
   *
   * @return the results, not null
   */
  public Results results() {
    return results;
  }

  /**
   * The node the plan computes, by its code.
   *
   * @return the code, not null
   */
  public String node() {
    return node;
  }

  /**
   * The aggregates the plan computes, children before parents; the last is {@link #node()}.
   *
   * @return the codes, not null
   */
  public List<String> aggregates() {
    return codes;
  }

  /**
   * Per aggregate (in {@link #aggregates()} order), its level in the framework (0 for the index).
   *
   * @return a new array
   */
  public int[] levels() {
    return levels.clone();
  }

  /**
   * Per aggregate (in {@link #aggregates()} order), its number of children: the length of each row of weight
   * multipliers.
   *
   * @return a new array
   */
  public int[] widths() {
    return Arrays.stream(children).mapToInt(c -> c.length).toArray();
  }

  /**
   * The node's values with the run's weights and aggregators: the run's own values.
   *
   * @return a new array, one value per unit of the run
   */
  public double[] values() {
    return compute(null, null);
  }

  /**
   * The node's values with each child weight multiplied by a factor.
   *
   * @param weightMultipliers per aggregate (in {@link #aggregates()} order) one factor per child ({@link #widths()}),
   *     each finite and ≥ 0, not null
   * @return a new array, one value per unit
   * @throws IllegalArgumentException if the shape does not match {@link #widths()}
   * @throws InvalidFrameworkException if a resulting weight is negative or not finite, or the weights of an aggregate
   *     that carries points all become zero
   */
  public double[] values(double[][] weightMultipliers) {
    checkShape(weightMultipliers);
    return compute(null, weightMultipliers);
  }

  /**
   * The node's values with the run's weights and every aggregate computed by one aggregator.
   *
   * @param aggregator the aggregator for every aggregate of the plan, not null
   * @return a new array, one value per unit
   * @throws InvalidFrameworkException if the weights of an aggregate that carries points are all zero
   * @throws DtiException if the aggregator returns a column of the wrong length
   */
  public double[] values(Aggregator aggregator) {
    return compute(Objects.requireNonNull(aggregator, "aggregator"), null);
  }

  /**
   * The node's values with every aggregate computed by one aggregator and each child weight multiplied by a factor.
   *
   * @param aggregator the aggregator for every aggregate of the plan, not null
   * @param weightMultipliers as for {@link #values(double[][])}, not null
   * @return a new array, one value per unit
   * @throws IllegalArgumentException if the shape does not match {@link #widths()}
   * @throws InvalidFrameworkException as for {@link #values(double[][])}
   * @throws DtiException if the aggregator returns a column of the wrong length
   */
  public double[] values(Aggregator aggregator, double[][] weightMultipliers) {
    Objects.requireNonNull(aggregator, "aggregator");
    checkShape(weightMultipliers);
    return compute(aggregator, weightMultipliers);
  }

  private void checkShape(double[][] multipliers) {
    Objects.requireNonNull(multipliers, "weightMultipliers");
    if (multipliers.length != children.length) {
      throw new IllegalArgumentException("expected weight multipliers for " + children.length + " aggregates "
          + codes + ", got " + multipliers.length);
    }
    for (int a = 0; a < children.length; a++) {
      if (multipliers[a] == null || multipliers[a].length != children[a].length) {
        throw new IllegalArgumentException("expected " + children[a].length + " weight multipliers for '"
            + codes.get(a) + "', got " + (multipliers[a] == null ? "none" : multipliers[a].length));
      }
    }
  }

  /** Computes the node; a null aggregator or multipliers means the run's own. */
  private double[] compute(Aggregator aggregator, double[][] multipliers) {
    int n = codes.size();
    double[][] computed = new double[n][];
    for (int a = 0; a < n; a++) {
      int[] kids = children[a];
      double[][] cols = new double[kids.length][];
      double[] w = weights[a].clone();
      for (int k = 0; k < kids.length; k++) {
        cols[k] = kids[k] >= 0 ? computed[kids[k]] : inputColumns[-1 - kids[k]];
        if (multipliers != null) {
          w[k] *= multipliers[a][k];
        }
      }
      Aggregator agg = aggregator == null ? aggregators[a] : aggregator;
      double sum = weightSum(w, contexts[a]);
      computed[a] = aggregate(agg, cols, w, sum, contexts[a], maxPoints[a], units);
    }
    return computed[n - 1];
  }

  /**
   * The sum of an aggregate's child weights, checking each: the one place the engine and the plans check weights.
   *
   * @throws InvalidFrameworkException naming the child whose weight is negative or not finite
   */
  static double weightSum(double[] w, AggregationContext context) {
    double sum = 0;
    for (int k = 0; k < w.length; k++) {
      if (!(w[k] >= 0) || Double.isInfinite(w[k])) {
        throw new InvalidFrameworkException(context.children().get(k).code(), "weight in '" + context.node().code()
            + "' must be finite and ≥ 0, was " + w[k]);
      }
      sum += w[k];
    }
    return sum;
  }

  /**
   * One aggregate from its children's columns and checked weights (see {@link #weightSum}): the one place the engine
   * and the plans aggregate, so the zero-weight rule of the class documentation holds in both.
   */
  static double[] aggregate(Aggregator aggregator, double[][] cols, double[] w, double sum, AggregationContext context,
      double maxPoints, int units) {
    if (sum == 0) {
      if (maxPoints == 0) {
        return nan(units);
      }
      throw new InvalidFrameworkException(context.node().code(), "the weights of all its children are zero");
    }
    double[] out = aggregator.aggregate(cols, w, context);
    if (out.length != units) {
      throw new DtiException("aggregator '" + aggregator.id() + "' returned " + out.length + " values for " + units
          + " units at '" + context.node().code() + "'");
    }
    return out;
  }

  private static double[] nan(int units) {
    double[] v = new double[units];
    Arrays.fill(v, Double.NaN);
    return v;
  }

  @Override
  public String toString() {
    return "AggregationPlan{" + node + ", " + codes.size() + " aggregates, " + inputColumns.length + " inputs, "
        + units + " units}";
  }
}
