package org.opendti.analysis;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.opendti.Dataset;
import org.opendti.Framework;
import org.opendti.Unit;
import org.opendti.method.Aggregator;
import org.opendti.method.Method;
import org.opendti.method.MissingValuePolicy;
import org.opendti.method.Normaliser;
import org.opendti.method.Stats;

/**
 * Monte Carlo uncertainty analysis of a ranking: how much do the ranks of a node depend on the weights and on the
 * choice of normaliser, aggregator and missing-value policy? Each run draws, independently:
 *
 * <ul>
 *   <li>weights: every child weight w becomes w·(1 + u), u uniform in [−x, x], where x is the noise of the level of
 *       the aggregate the weight belongs to (as COINr's weight perturbation in {@code get_sensitivity});
 *   <li>one of the alternative normalisers, aggregators and missing-value policies, uniformly.
 * </ul>
 *
 * <p>The engine scores once per (normaliser, missing-value policy) alternative and keeps the normalised columns; a run
 * only re-aggregates the aggregates below the node and ranks (as the results do: rounded values, ties, groups). Run
 * r draws from a generator seeded by (seed, r) alone, so the numbers are the same for any thread count; runs execute
 * in parallel on {@link Builder#threads(int)} threads (all processors by default). Immutable and thread-safe; build
 * with {@link #builder(Framework, Dataset)}.
 */
public final class Uncertainty {
  /** Receives progress: runs done and runs in total; called from worker threads, about a hundred times a run. */
  @FunctionalInterface
  public interface Progress {
    /**
     * Reports progress.
     *
     * @param done runs finished
     * @param total runs in total
     */
    void update(int done, int total);
  }

  private final Replica replica;
  private final int runs;
  private final long seed;
  private final int threads;
  private final double defaultNoise;
  private final ImmutableMap<Integer, Double> noiseByLevel;
  private final Progress progress;

  private Uncertainty(Builder b) {
    this.replica = new Replica(b.framework, b.data, b.period == null ? b.data.periods().get(0) : b.period, b.method,
        b.node == null ? b.framework.root().code() : b.node, b.normalisers, b.missing, b.aggregators);
    this.runs = b.runs;
    this.seed = b.seed;
    this.threads = b.threads;
    this.defaultNoise = b.noise;
    this.noiseByLevel = ImmutableMap.copyOf(b.noiseByLevel);
    this.progress = b.progress;
  }

  /**
   * A builder for an analysis of one framework and dataset.
   *
   * @param framework the framework, not null
   * @param data the data, not null
   * @return the builder, not null
   */
  public static Builder builder(Framework framework, Dataset data) {
    return new Builder(Objects.requireNonNull(framework, "framework"), Objects.requireNonNull(data, "data"));
  }

  double noise(int level) {
    return noiseByLevel.getOrDefault(level, defaultNoise);
  }

  Replica replica() {
    return replica;
  }

  long seed() {
    return seed;
  }

  int threads() {
    return threads;
  }

  /** Weight multipliers for one run: one factor per child weight of every aggregate, or null without noise. */
  double[][] multipliers(SplittableRandom rng) {
    int[] widths = replica.widths();
    boolean any = false;
    for (int a = 0; a < widths.length; a++) {
      any |= noise(replica.levels[a]) > 0;
    }
    if (!any) {
      return null;
    }
    double[][] m = new double[widths.length][];
    for (int a = 0; a < widths.length; a++) {
      double x = noise(replica.levels[a]);
      m[a] = new double[widths[a]];
      for (int k = 0; k < widths[a]; k++) {
        m[a][k] = 1 + x * (2 * rng.nextDouble() - 1);
      }
    }
    return m;
  }

  /**
   * Runs the analysis.
   *
   * @return the rank statistics, not null
   */
  public Result run() {
    double[][] ranks = new double[runs][];
    AtomicInteger done = new AtomicInteger();
    int every = Math.max(1, runs / 100);
    Parallel.forEach(runs, threads, "uncertainty analysis", r -> {
      ranks[r] = ranksOfRun(r);
      int d = done.incrementAndGet();
      if (d % every == 0 || d == runs) {
        progress.update(d, runs);
      }
    });
    return statistics(ranks);
  }

  /**
   * The ranks of the node in run {@code r}: drawn from a generator seeded by (seed, r) alone, so they do not depend
   * on which other runs are made, in which order or on which thread.
   */
  double[] ranksOfRun(int r) {
    SplittableRandom rng = Replica.random(seed, r);
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

  /** Builds an {@link Uncertainty}; not thread-safe. */
  public static final class Builder {
    private final Framework framework;
    private final Dataset data;
    private String period;
    private String node;
    private Method method;
    private int runs = 1000;
    private long seed = 1;
    private int threads = Runtime.getRuntime().availableProcessors();
    private double noise = 0.25;
    private final Map<Integer, Double> noiseByLevel = new HashMap<>();
    private final List<Normaliser> normalisers = new ArrayList<>();
    private final List<Aggregator> aggregators = new ArrayList<>();
    private final List<MissingValuePolicy> missing = new ArrayList<>();
    private Progress progress = (d, t) -> { };

    private Builder(Framework framework, Dataset data) {
      this.framework = framework;
      this.data = data;
      this.method = framework.maxPoints(framework.root().code()).isPresent() ? Method.official() : Method.coinr();
    }

    /**
     * The period to analyse (default: the data's first).
     *
     * @param value the period, not null
     * @return this builder
     */
    public Builder period(String value) {
      this.period = Objects.requireNonNull(value);
      return this;
    }

    /**
     * The node whose ranks are analysed (default: the root).
     *
     * @param value the node's code or alias, not null
     * @return this builder
     */
    public Builder node(String value) {
      this.node = Objects.requireNonNull(value);
      return this;
    }

    /**
     * The base method (default: official for frameworks with points, COINr's otherwise).
     *
     * @param value the method, not null
     * @return this builder
     */
    public Builder method(Method value) {
      this.method = Objects.requireNonNull(value);
      return this;
    }

    /**
     * The number of runs (default 1000).
     *
     * @param value ≥ 1
     * @return this builder
     */
    public Builder runs(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("runs must be ≥ 1, was " + value);
      }
      this.runs = value;
      return this;
    }

    /**
     * The seed (default 1).
     *
     * @param value the seed
     * @return this builder
     */
    public Builder seed(long value) {
      this.seed = value;
      return this;
    }

    /**
     * The number of threads (default: all processors); the results do not depend on it.
     *
     * @param value ≥ 1
     * @return this builder
     */
    public Builder threads(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("threads must be ≥ 1, was " + value);
      }
      this.threads = value;
      return this;
    }

    /**
     * The weight noise of every level (default 0.25: each weight varies uniformly by ±25%).
     *
     * @param fraction 0 ≤ fraction ≤ 1
     * @return this builder
     */
    public Builder weightNoise(double fraction) {
      this.noise = fraction(fraction);
      return this;
    }

    /**
     * The weight noise of the child weights of the aggregates at one level ({@link Framework#level(String)}, COINr's
     * numbering: 1 for the leaves, 2 for the aggregates just above them, and so on).
     *
     * @param level the aggregates' level, ≥ 2
     * @param fraction 0 ≤ fraction ≤ 1
     * @return this builder
     */
    public Builder weightNoise(int level, double fraction) {
      noiseByLevel.put(level, fraction(fraction));
      return this;
    }

    private static double fraction(double f) {
      if (!(f >= 0 && f <= 1)) {
        throw new IllegalArgumentException("weight noise must be a fraction in [0, 1], was " + f);
      }
      return f;
    }

    /**
     * Alternative normalisers drawn uniformly (default: the base method's only).
     *
     * @param values the alternatives, not null
     * @return this builder
     */
    public Builder normalisers(List<Normaliser> values) {
      normalisers.clear();
      normalisers.addAll(values);
      return this;
    }

    /**
     * Alternative aggregators drawn uniformly, used at every aggregate of a run (default: the base method's).
     *
     * @param values the alternatives, not null
     * @return this builder
     */
    public Builder aggregators(List<Aggregator> values) {
      aggregators.clear();
      aggregators.addAll(values);
      return this;
    }

    /**
     * Alternative missing-value policies drawn uniformly (default: the base method's only).
     *
     * @param values the alternatives, not null
     * @return this builder
     */
    public Builder missing(List<MissingValuePolicy> values) {
      missing.clear();
      missing.addAll(values);
      return this;
    }

    /**
     * A progress callback (default: none).
     *
     * @param value the callback, not null
     * @return this builder
     */
    public Builder progress(Progress value) {
      this.progress = Objects.requireNonNull(value);
      return this;
    }

    /**
     * Scores the alternatives and prepares the runs.
     *
     * @return the analysis, not null
     * @throws org.opendti.DtiException if the data cannot be scored under an alternative
     */
    public Uncertainty build() {
      return new Uncertainty(this);
    }
  }
}
