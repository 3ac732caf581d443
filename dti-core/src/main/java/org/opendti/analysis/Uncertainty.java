package org.opendti.analysis;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.immutables.value.Value;
import org.opendti.Dataset;
import org.opendti.DtiStyle;
import org.opendti.Framework;
import org.opendti.Node;
import org.opendti.Unit;
import org.opendti.method.Aggregator;
import org.opendti.method.Method;
import org.opendti.method.MissingValuePolicy;
import org.opendti.method.Normaliser;
import org.opendti.method.Stats;

/**
 * The set-up of a Monte Carlo uncertainty analysis of a ranking: how much do the ranks of a node depend on the
 * weights and on the choice of normaliser, aggregator and missing-value policy? Each run draws, independently:
 *
 * <ul>
 *   <li>weights: every child weight w becomes w·(1 + u), u uniform in [−x, x], where x is the noise of the level of
 *       the aggregate the weight belongs to (as COINr's weight perturbation in {@code get_sensitivity});
 *   <li>one of the alternative normalisers, aggregators and missing-value policies, uniformly.
 * </ul>
 *
 * <p>The set-up is a value: it holds no framework and no data, so it can be kept, compared, run on other data and
 * sent to other machines. {@link #run(Framework, Dataset)} applies it to a framework and a dataset:
 *
 * <pre>{@code
 * Uncertainty setup = Uncertainty.builder().runs(10_000).seed(1).weightNoise(0.25)
 *     .addAggregators(Aggregator.weightedArithmeticMean(), Aggregator.weightedGeometricMean()).build();
 * Uncertainty.Result r = setup.run(Frameworks.pdti2022(), data);
 * Uncertainty.Result same = setup.run(Frameworks.pdti2022(), data, Execution.defaults().withThreads(1));
 * }</pre>
 *
 * <p>The engine scores once per (normaliser, missing-value policy) alternative and keeps the normalised columns; a run
 * only re-aggregates the aggregates below the node and ranks (as the results do: rounded values, ties, groups). Run
 * r draws from a generator seeded by (seed, r) alone, so the numbers are the same for any thread count and for runs
 * computed apart. How many threads run them, and who hears of the progress, is an {@link Execution}, not part of the
 * set-up.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@DtiStyle
public abstract class Uncertainty {

  Uncertainty() {}

  /**
   * The period to analyse.
   *
   * @return the period, if set; the data's first period otherwise
   */
  public abstract Optional<String> period();

  /**
   * The node whose ranks are analysed.
   *
   * @return the node's code or alias, if set; the framework's root otherwise
   */
  public abstract Optional<String> node();

  /**
   * The base method, whose ranks are the nominal ones and whose choices the alternatives replace.
   *
   * @return the method, if set; otherwise the framework's default, {@link Method#defaultFor(org.opendti.Framework)}
   */
  public abstract Optional<Method> method();

  /**
   * The number of runs.
   *
   * @return the runs, ≥ 1, 1000 unless set
   */
  @Value.Default
  public int runs() {
    return 1000;
  }

  /**
   * The seed of every generator of the analysis.
   *
   * @return the seed, 1 unless set
   */
  @Value.Default
  public long seed() {
    return 1;
  }

  /**
   * The weight noise of every level without one of its own: each weight varies uniformly by ± this fraction.
   *
   * @return the fraction, in [0, 1], 0.25 unless set
   */
  @Value.Default
  public double weightNoise() {
    return 0.25;
  }

  /**
   * The weight noise of the child weights of the aggregates at some levels ({@link Framework#level(String)},
   * COINr's numbering: 1 for the leaves, 2 for the aggregates just above them, and so on).
   *
   * @return fractions in [0, 1] by level ≥ 2, not null
   */
  public abstract Map<Integer, Double> weightNoiseByLevel();

  /**
   * Alternative normalisers, drawn uniformly in each run.
   *
   * @return the alternatives, not null; when empty, the base method's only
   */
  public abstract List<Normaliser> normalisers();

  /**
   * Alternative aggregators, drawn uniformly in each run and used at every aggregate of that run.
   *
   * @return the alternatives, not null; when empty, the base method's
   */
  public abstract List<Aggregator> aggregators();

  /**
   * Alternative missing-value policies, drawn uniformly in each run.
   *
   * @return the alternatives, not null; when empty, the base method's only
   */
  public abstract List<MissingValuePolicy> missing();

  /**
   * The weight noise of the aggregates of one level.
   *
   * @param level the aggregates' level
   * @return the level's own noise, else {@link #weightNoise()}
   */
  public double weightNoise(int level) {
    return weightNoiseByLevel().getOrDefault(level, weightNoise());
  }

  /** Checks the ranges, naming the attribute, the bad value and what was expected. */
  @Value.Check
  void check() {
    if (runs() < 1) {
      throw new IllegalArgumentException("Uncertainty: runs must be ≥ 1, was " + runs());
    }
    checkFraction("weight noise", weightNoise());
    weightNoiseByLevel().forEach((level, fraction) -> {
      if (level < 2) {
        throw new IllegalArgumentException("Uncertainty: weight noise is for the child weights of aggregates, whose"
            + " levels are ≥ 2 (1 is the leaves); level " + level + " was given (fraction " + fraction + ")");
      }
      checkFraction("weight noise of level " + level, fraction);
    });
  }

  private static void checkFraction(String what, double f) {
    if (!(f >= 0 && f <= 1)) {
      throw new IllegalArgumentException("Uncertainty: " + what + " must be a fraction in [0, 1], was " + f);
    }
  }

  /**
   * Runs the analysis on every available processor.
   *
   * @param framework the framework, not null
   * @param data the data, not null
   * @return the rank statistics, not null
   * @throws org.opendti.DtiException if the data cannot be scored under an alternative, or the period or node is
   *     unknown
   * @throws IllegalArgumentException if a level of {@link #weightNoiseByLevel()} has no aggregate in the framework
   */
  public Result run(Framework framework, Dataset data) {
    return run(framework, data, Execution.defaults());
  }

  /**
   * Runs the analysis with the given threads and progress callback, which do not change the result.
   *
   * @param framework the framework, not null
   * @param data the data, not null
   * @param execution the threads and the progress callback (called with runs done and in total), not null
   * @return the rank statistics, not null
   * @throws org.opendti.DtiException if the data cannot be scored under an alternative, or the period or node is
   *     unknown
   * @throws IllegalArgumentException if a level of {@link #weightNoiseByLevel()} has no aggregate in the framework
   */
  public Result run(Framework framework, Dataset data, Execution execution) {
    Objects.requireNonNull(execution, "execution");
    return prepare(framework, data).run(execution);
  }

  /** Scores the alternatives of this set-up on a framework and data: what every run then re-aggregates. */
  Runs prepare(Framework framework, Dataset data) {
    Objects.requireNonNull(framework, "framework");
    Objects.requireNonNull(data, "data");
    checkLevels(framework);
    Method base = method().orElseGet(() -> Method.defaultFor(framework));
    Replica replica = new Replica(framework, data, period().orElseGet(() -> data.periods().get(0)), base,
        node().orElseGet(() -> framework.root().code()), normalisers(), missing(), aggregators());
    return new Runs(this, replica);
  }

  private void checkLevels(Framework framework) {
    for (int level : weightNoiseByLevel().keySet()) {
      boolean found = false;
      for (Node n : framework.nodes()) {
        if (framework.level(n.code()) == level && !framework.children(n.code()).isEmpty()) {
          found = true;
          break;
        }
      }
      if (!found) {
        throw new IllegalArgumentException("Uncertainty: weight noise is set for level " + level + ", but framework "
            + framework.id() + " has no aggregate at that level");
      }
    }
  }

  /**
   * The runs of one set-up on one framework and dataset: the alternatives scored, ready to draw and rank. Package
   * use: {@link Sensitivity} and the tests that compute blocks of runs apart.
   */
  static final class Runs {
    final Uncertainty setup;
    final Replica replica;

    Runs(Uncertainty setup, Replica replica) {
      this.setup = setup;
      this.replica = replica;
    }

    Result run(Execution execution) {
      int runs = setup.runs();
      double[][] ranks = new double[runs][];
      AtomicInteger done = new AtomicInteger();
      Parallel.forEach(runs, execution.threads(), "uncertainty analysis", r -> {
        ranks[r] = ranksOfRun(r);
        execution.itemDone(done.incrementAndGet(), runs);
      });
      return statistics(ranks);
    }

    /** Weight multipliers for one run: one factor per child weight of every aggregate, or null without noise. */
    double[][] multipliers(SplittableRandom rng) {
      int[] widths = replica.widths();
      boolean any = false;
      for (int a = 0; a < widths.length; a++) {
        any |= setup.weightNoise(replica.levels[a]) > 0;
      }
      if (!any) {
        return null;
      }
      double[][] m = new double[widths.length][];
      for (int a = 0; a < widths.length; a++) {
        double x = setup.weightNoise(replica.levels[a]);
        m[a] = new double[widths[a]];
        for (int k = 0; k < widths[a]; k++) {
          m[a][k] = 1 + x * (2 * rng.nextDouble() - 1);
        }
      }
      return m;
    }

    /**
     * The ranks of the node in run {@code r}: drawn from a generator seeded by (seed, r) alone, so they do not
     * depend on which other runs are made, in which order or on which thread.
     */
    double[] ranksOfRun(int r) {
      SplittableRandom rng = Replica.random(setup.seed(), r);
      int nVariants = replica.variants.size();
      int nAggregators = replica.aggregators.size();
      int variant = nVariants == 1 ? 0 : rng.nextInt(nVariants);
      int aggregator = nAggregators == 0 ? -1 : rng.nextInt(nAggregators);
      return replica.rank(replica.values(variant, aggregator, multipliers(rng)));
    }

    /** The rank statistics of the given runs' ranks (one array per run, one rank per unit). */
    Result statistics(double[][] ranks) {
      int units = replica.units;
      int count = ranks.length;
      ImmutableList.Builder<RankStats> stats = ImmutableList.builder();
      double[] column = new double[count];
      for (int u = 0; u < units; u++) {
        int n = 0;
        for (int r = 0; r < count; r++) {
          if (!Double.isNaN(ranks[r][u])) {
            column[n++] = ranks[r][u];
          }
        }
        double[] x = Arrays.copyOf(column, n);
        Arrays.sort(x);
        double mean = 0;
        for (double v : x) {
          mean += v;
        }
        stats.add(new RankStats(replica.nominal.units().get(u), replica.nominalRanks[u], n == 0 ? Double.NaN : mean / n,
            Stats.quantile(x, 0.5), Stats.quantile(x, 0.05), Stats.quantile(x, 0.95)));
      }
      return new Result(replica.node, count, stats.build());
    }
  }

  /**
   * A new builder; every attribute has a default, so {@code builder().build()} is 1000 runs, seed 1, weights ±25%.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * One unit's rank statistics over the runs.
   *
   * @param unit the unit
   * @param nominal its rank under the base method
   * @param mean the mean rank
   * @param median the median rank
   * @param q5 the 5th percentile (R's type 7)
   * @param q95 the 95th percentile (R's type 7)
   */
  public record RankStats(Unit unit, double nominal, double mean, double median, double q5, double q95) {}

  /**
   * The outcome of an analysis.
   *
   * @param node the node whose ranks were analysed
   * @param runs the number of runs
   * @param units one entry per unit, in unit order
   */
  public record Result(String node, int runs, List<RankStats> units) {
    /**
     * The checks of a result.
     *
     * @param node not null
     * @param runs ≥ 1
     * @param units not null
     */
    public Result {
      units = ImmutableList.copyOf(units);
    }
  }

  /**
   * Builds an {@link Uncertainty}; each attribute may be set once, and {@link #build()} checks the ranges. Not
   * thread-safe.
   */
  public static class Builder extends ImmutableUncertainty.Builder {
    /** An empty builder (unset attributes take their defaults); {@link Uncertainty#builder()} returns the same. */
    public Builder() {}

    /**
     * The weight noise of one level, the same as {@code putWeightNoiseByLevel(level, fraction)}.
     *
     * @param level the aggregates' level, ≥ 2
     * @param fraction in [0, 1]
     * @return this builder
     */
    public Builder weightNoise(int level, double fraction) {
      putWeightNoiseByLevel(level, fraction);
      return this;
    }
  }
}
