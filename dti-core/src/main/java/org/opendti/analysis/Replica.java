package org.opendti.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opendti.Dataset;
import org.opendti.Framework;
import org.opendti.Node;
import org.opendti.Unit;
import org.opendti.engine.Results;
import org.opendti.engine.ScoringEngine;
import org.opendti.method.AggregationContext;
import org.opendti.method.Aggregator;
import org.opendti.method.Method;
import org.opendti.method.MissingValuePolicy;
import org.opendti.method.Normaliser;

/**
 * The reusable part of a Monte Carlo or Sobol run: for every (normaliser, missing-value policy) alternative, the
 * engine scores once and keeps the normalised input columns and nominal weights; a run then only re-aggregates the
 * aggregates below the target node with its weights and aggregator, and ranks. Immutable after construction, so runs
 * may execute on any thread.
 */
final class Replica {
  /** One scored alternative: input columns and the aggregation plan of the target node. */
  static final class Variant {
    final Results results;
    final double[][] inputColumns;
    final int[][] children;
    final double[][] weights;
    final AggregationContext[] contexts;
    final int[] levels;
    final String[] codes;

    Variant(Results results, List<String> needed, Map<String, Integer> slot, double[][] inputColumns,
        int[][] children, Framework framework, List<String> unitCodes) {
      this.results = results;
      this.inputColumns = inputColumns;
      this.children = children;
      int n = needed.size();
      this.weights = new double[n][];
      this.contexts = new AggregationContext[n];
      this.levels = new int[n];
      this.codes = needed.toArray(String[]::new);
      for (int a = 0; a < n; a++) {
        String code = needed.get(a);
        Map<String, Double> w = results.weights(code);
        weights[a] = w.values().stream().mapToDouble(Double::doubleValue).toArray();
        List<Node> kids = framework.children(code);
        contexts[a] = AggregationContext.of(framework.node(code), kids, unitCodes);
        levels[a] = framework.level(code);
      }
    }
  }

  final Framework framework;
  final Method base;
  final String node;
  final List<Normaliser> normalisers;
  final List<MissingValuePolicy> missing;
  final List<Aggregator> aggregators;
  final List<Variant> variants;
  final int units;
  final Results nominal;
  /** Per aggregate (in {@link Variant#codes} order): its level in the framework. */
  final int[] levels;
  final String[] aggregateCodes;
  final double[] nominalRanks;

  Replica(Framework framework, Dataset data, String period, Method base, String node, List<Normaliser> normalisers,
      List<MissingValuePolicy> missing, List<Aggregator> aggregators) {
    this.framework = framework;
    this.base = base;
    this.normalisers = normalisers.isEmpty() ? List.of(base.normaliser()) : List.copyOf(normalisers);
    this.missing = missing.isEmpty() ? List.of(base.missing()) : List.copyOf(missing);
    this.aggregators = List.copyOf(aggregators);
    this.nominal = ScoringEngine.of(base).score(framework, data, period);
    this.node = framework.node(node).code();
    if (!nominal.aggregates().contains(this.node)) {
      throw new IllegalArgumentException("node '" + this.node + "' is not aggregated in these results (it is an input"
          + " or was not computed); choose one of " + nominal.aggregates());
    }
    List<Unit> unitList = nominal.units();
    this.units = unitList.size();
    List<String> unitCodes = unitList.stream().map(Unit::code).toList();
    List<String> needed = needed(nominal, this.node);
    this.aggregateCodes = needed.toArray(String[]::new);
    this.levels = needed.stream().mapToInt(framework::level).toArray();
    List<Variant> vs = new ArrayList<>();
    for (Normaliser n : this.normalisers) {
      for (MissingValuePolicy m : this.missing) {
        Method method = Method.builder().from(base).normaliser(n).missing(m).build();
        Results r = n == base.normaliser() && m == base.missing() ? nominal
            : ScoringEngine.of(method).score(framework, data, period);
        vs.add(variant(r, needed, unitCodes));
      }
    }
    this.variants = List.copyOf(vs);
    this.nominalRanks = rank(nominal.values(this.node));
  }

  /** The aggregates below (and including) the node, children before parents. */
  private static List<String> needed(Results r, String top) {
    java.util.Set<String> below = new java.util.HashSet<>();
    java.util.ArrayDeque<String> todo = new java.util.ArrayDeque<>(List.of(top));
    while (!todo.isEmpty()) {
      String n = todo.pop();
      if (below.add(n)) {
        r.framework().children(n).forEach(c -> todo.push(c.code()));
      }
    }
    return r.aggregates().stream().filter(below::contains).toList();
  }

  private Variant variant(Results r, List<String> needed, List<String> unitCodes) {
    Map<String, Integer> slot = new HashMap<>();
    for (int a = 0; a < needed.size(); a++) {
      slot.put(needed.get(a), a);
    }
    Map<String, Integer> inputSlot = new LinkedHashMap<>();
    List<double[]> inputs = new ArrayList<>();
    int[][] children = new int[needed.size()][];
    for (int a = 0; a < needed.size(); a++) {
      List<Node> kids = r.framework().children(needed.get(a));
      children[a] = new int[kids.size()];
      for (int k = 0; k < kids.size(); k++) {
        String c = kids.get(k).code();
        Integer s = slot.get(c);
        if (s != null) {
          children[a][k] = s;
        } else {
          Integer in = inputSlot.get(c);
          if (in == null) {
            in = inputs.size();
            inputSlot.put(c, in);
            inputs.add(r.nodes().stream().anyMatch(x -> x.code().equals(c)) ? r.values(c) : nanColumn());
          }
          children[a][k] = -1 - in;
        }
      }
    }
    return new Variant(r, needed, slot, inputs.toArray(double[][]::new), children, framework, unitCodes);
  }

  private double[] nanColumn() {
    double[] v = new double[units];
    Arrays.fill(v, Double.NaN);
    return v;
  }

  /** The number of aggregates a run re-computes. */
  int aggregates() {
    return aggregateCodes.length;
  }

  /**
   * The node's values for one configuration.
   *
   * @param variant index into {@link #variants}
   * @param aggregator index into {@link #aggregators}, or -1 for the base method's
   * @param multipliers per aggregate, one factor per child weight, or null for the nominal weights
   */
  double[] values(int variant, int aggregator, double[][] multipliers) {
    Variant v = variants.get(variant);
    int n = v.codes.length;
    double[][] computed = new double[n][];
    for (int a = 0; a < n; a++) {
      int[] kids = v.children[a];
      double[][] cols = new double[kids.length][];
      double[] w = v.weights[a].clone();
      double sum = 0;
      for (int k = 0; k < kids.length; k++) {
        cols[k] = kids[k] >= 0 ? computed[kids[k]] : v.inputColumns[-1 - kids[k]];
        if (multipliers != null) {
          w[k] *= multipliers[a][k];
        }
        sum += w[k];
      }
      Aggregator agg = aggregator < 0 ? base.aggregatorFor(v.codes[a], v.levels[a]) : aggregators.get(aggregator);
      if (sum == 0) {
        computed[a] = nanColumn();
        continue;
      }
      computed[a] = agg.aggregate(cols, w, v.contexts[a]);
    }
    return computed[n - 1];
  }

  /** Ranks as the nominal results rank. */
  double[] rank(double[] v) {
    return nominal.rankLike(v);
  }

  /** Per aggregate, the number of child weights. */
  int[] widths() {
    return Arrays.stream(variants.get(0).children).mapToInt(c -> c.length).toArray();
  }

  /** A deterministic generator for run r of a seed, independent of the thread that runs it. */
  static java.util.SplittableRandom random(long seed, long r) {
    long z = seed + 0x9E3779B97F4A7C15L * (r + 1);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return new java.util.SplittableRandom(z ^ (z >>> 31));
  }
}
