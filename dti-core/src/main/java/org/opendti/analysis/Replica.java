package org.opendti.analysis;

import java.util.ArrayList;
import java.util.List;
import org.opendti.Dataset;
import org.opendti.Framework;
import org.opendti.engine.AggregationPlan;
import org.opendti.engine.Results;
import org.opendti.engine.ScoringEngine;
import org.opendti.method.Aggregator;
import org.opendti.method.Method;
import org.opendti.method.MissingValuePolicy;
import org.opendti.method.Normaliser;

/**
 * The reusable part of a Monte Carlo or Sobol run: for every (normaliser, missing-value policy) alternative, the
 * engine scores once and keeps the {@link AggregationPlan} of the target node; a run then only re-aggregates through
 * the plan with its weights and aggregator, and ranks. Immutable after construction, so runs may execute on any
 * thread.
 */
final class Replica {
  final Framework framework;
  final Method base;
  final String node;
  final List<Normaliser> normalisers;
  final List<MissingValuePolicy> missing;
  final List<Aggregator> aggregators;
  /** Per (normaliser, missing-value policy) alternative, normaliser-major: the plan of its run. */
  final List<AggregationPlan> variants;
  final int units;
  final Results nominal;
  /** Per aggregate (in {@link AggregationPlan#aggregates()} order): its level in the framework. */
  final int[] levels;
  final double[] nominalRanks;
  private final int[] widths;

  Replica(Framework framework, Dataset data, String period, Method base, String node, List<Normaliser> normalisers,
      List<MissingValuePolicy> missing, List<Aggregator> aggregators) {
    this.framework = framework;
    this.base = base;
    this.normalisers = normalisers.isEmpty() ? List.of(base.normaliser()) : List.copyOf(normalisers);
    this.missing = missing.isEmpty() ? List.of(base.missing()) : List.copyOf(missing);
    this.aggregators = List.copyOf(aggregators);
    this.nominal = ScoringEngine.of(base).score(framework, data, period);
    AggregationPlan nominalPlan = AggregationPlan.of(nominal, node);
    this.node = nominalPlan.node();
    this.units = nominal.units().size();
    this.levels = nominalPlan.levels();
    this.widths = nominalPlan.widths();
    List<AggregationPlan> vs = new ArrayList<>();
    for (Normaliser n : this.normalisers) {
      for (MissingValuePolicy m : this.missing) {
        vs.add(n == base.normaliser() && m == base.missing() ? nominalPlan
            : AggregationPlan.of(ScoringEngine.of(base.withNormaliser(n).withMissing(m))
                .score(framework, data, period), this.node));
      }
    }
    this.variants = List.copyOf(vs);
    this.nominalRanks = rank(nominal.values(this.node));
  }

  /** The number of aggregates a run re-computes. */
  int aggregates() {
    return levels.length;
  }

  /**
   * The node's values for one configuration.
   *
   * @param variant index into {@link #variants}
   * @param aggregator index into {@link #aggregators}, or -1 for the base method's
   * @param multipliers per aggregate, one factor per child weight, or null for the nominal weights
   */
  double[] values(int variant, int aggregator, double[][] multipliers) {
    AggregationPlan plan = variants.get(variant);
    if (aggregator < 0) {
      return multipliers == null ? plan.values() : plan.values(multipliers);
    }
    Aggregator a = aggregators.get(aggregator);
    return multipliers == null ? plan.values(a) : plan.values(a, multipliers);
  }

  /** Ranks as the nominal results rank. */
  double[] rank(double[] v) {
    return nominal.rankLike(v);
  }

  /** Per aggregate, the number of child weights. */
  int[] widths() {
    return widths.clone();
  }

  /** A deterministic generator for run r of a seed, independent of the thread that runs it. */
  static java.util.SplittableRandom random(long seed, long r) {
    long z = seed + 0x9E3779B97F4A7C15L * (r + 1);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return new java.util.SplittableRandom(z ^ (z >>> 31));
  }
}
