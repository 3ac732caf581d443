package org.opendti.analysis;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.opendti.Dataset;
import org.opendti.Framework;

/**
 * Variance-based sensitivity analysis of a ranking: first-order and total Sobol indices of the mean absolute rank
 * change (against the nominal ranks, over the units) with respect to each uncertain choice of an {@link Uncertainty}
 * set-up, estimated with Saltelli's design and bootstrap confidence intervals.
 *
 * <p>The uncertain factors are: the weights of each level that has noise (a factor draws one of 100 perturbed weight
 * sets of that level, generated from the seed, as COINr does for weights), and the choice of normaliser, aggregator
 * and missing-value policy when there are alternatives. With N base samples and k factors the design evaluates
 * N·(k + 2) configurations: matrices A and B, and for each factor A with that factor's column from B. Estimators:
 * first order S = mean(f(B)·(f(ABᵢ) − f(A))) / V (Saltelli 2010), total T = mean((f(A) − f(ABᵢ))²) / (2V) (Jansen),
 * V the variance of f over A and B. Confidence intervals are the 2.5th and 97.5th percentiles of the indices over
 * bootstrap resamples of the N rows. Deterministic for a seed, whatever the thread count. Stateless and thread-safe.
 *
 * <pre>{@code
 * Uncertainty setup = Uncertainty.builder().seed(5).weightNoise(0.25)
 *     .addAggregators(Aggregator.weightedArithmeticMean(), Aggregator.weightedGeometricMean()).build();
 * Sensitivity.Result s = Sensitivity.analyse(setup, Frameworks.pdti2022(), data, 1024, 300);
 * }</pre>
 */
public final class Sensitivity {
  private static final int WEIGHT_SETS = 100;

  private Sensitivity() {}

  /**
   * One factor's indices.
   *
   * @param factor the factor, e.g. {@code weights (level 1)}, {@code normaliser}
   * @param firstOrder the first-order index
   * @param firstOrderLow the 2.5th percentile of the first-order index over the bootstrap
   * @param firstOrderHigh the 97.5th percentile of the first-order index over the bootstrap
   * @param total the total index
   * @param totalLow the 2.5th percentile of the total index over the bootstrap
   * @param totalHigh the 97.5th percentile of the total index over the bootstrap
   */
  public record Index(String factor, double firstOrder, double firstOrderLow, double firstOrderHigh, double total,
      double totalLow, double totalHigh) {}

  /**
   * The outcome of an analysis.
   *
   * @param node the node whose ranks were analysed
   * @param samples N, the base samples
   * @param evaluations the configurations evaluated, N·(k + 2)
   * @param variance the variance of the mean absolute rank change
   * @param indices one entry per factor
   */
  public record Result(String node, int samples, int evaluations, double variance, List<Index> indices) {
    /**
     * The checks of a result.
     *
     * @param node not null
     * @param samples ≥ 2
     * @param evaluations ≥ 0
     * @param variance ≥ 0
     * @param indices not null
     */
    public Result {
      indices = ImmutableList.copyOf(indices);
    }
  }

  /**
   * Runs the analysis of an uncertainty set-up (its alternatives, weight noise and seed; not its runs) on a framework
   * and data, on every available processor.
   *
   * @param setup the set-up, not null
   * @param framework the framework, not null
   * @param data the data, not null
   * @param samples N, the base samples (≥ 2)
   * @param bootstrap the bootstrap resamples for the confidence intervals (≥ 1)
   * @return the indices, not null
   * @throws IllegalArgumentException if there is no uncertain factor or the sizes are too small
   * @throws org.opendti.DtiException if the data cannot be scored under an alternative, or the period or node is
   *     unknown
   */
  public static Result analyse(Uncertainty setup, Framework framework, Dataset data, int samples, int bootstrap) {
    return analyse(setup, framework, data, samples, bootstrap, Execution.defaults());
  }

  /**
   * Runs the analysis of an uncertainty set-up (its alternatives, weight noise and seed; not its runs) on a framework
   * and data, with the given threads and progress callback, which do not change the result.
   *
   * @param setup the set-up, not null
   * @param framework the framework, not null
   * @param data the data, not null
   * @param samples N, the base samples (≥ 2)
   * @param bootstrap the bootstrap resamples for the confidence intervals (≥ 1)
   * @param execution the threads and the progress callback (called with evaluations done and in total), not null
   * @return the indices, not null
   * @throws IllegalArgumentException if there is no uncertain factor or the sizes are too small
   * @throws org.opendti.DtiException if the data cannot be scored under an alternative, or the period or node is
   *     unknown
   */
  public static Result analyse(Uncertainty setup, Framework framework, Dataset data, int samples, int bootstrap,
      Execution execution) {
    Objects.requireNonNull(setup, "setup");
    Objects.requireNonNull(framework, "framework");
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(execution, "execution");
    if (samples < 2 || bootstrap < 1) {
      throw new IllegalArgumentException("Sensitivity: need samples ≥ 2 and bootstrap ≥ 1, got samples " + samples
          + " and bootstrap " + bootstrap);
    }
    Replica replica = setup.prepare(framework, data).replica;
    List<String> names = new ArrayList<>();
    List<Integer> weightLevels = new ArrayList<>();
    for (int level : Arrays.stream(replica.levels).distinct().sorted().toArray()) {
      if (setup.weightNoise(level) > 0) {
        names.add("weights (level " + level + ")");
        weightLevels.add(level);
      }
    }
    int fNormaliser = replica.normalisers.size() > 1 ? add(names, "normaliser") : -1;
    int fMissing = replica.missing.size() > 1 ? add(names, "missing values") : -1;
    int fAggregator = replica.aggregators.size() > 1 ? add(names, "aggregator") : -1;
    int k = names.size();
    if (k == 0) {
      throw new IllegalArgumentException("nothing is uncertain: give weight noise or alternative normalisers,"
          + " aggregators or missing-value policies");
    }
    long seed = setup.seed();
    double[][][][] sets = weightSets(setup, replica, weightLevels, seed);
    SplittableRandom design = Replica.random(seed, -7);
    double[][] a = new double[samples][k];
    double[][] b = new double[samples][k];
    for (int i = 0; i < samples; i++) {
      for (int j = 0; j < k; j++) {
        a[i][j] = design.nextDouble();
        b[i][j] = design.nextDouble();
      }
    }
    int evaluations = samples * (k + 2);
    double[] y = new double[evaluations];
    AtomicInteger done = new AtomicInteger();
    Parallel.forEach(evaluations, execution.threads(), "sensitivity analysis", e -> {
      int row = e % samples;
      int block = e / samples;
      double[] x = block == 0 ? a[row] : block == 1 ? b[row] : a[row].clone();
      if (block >= 2) {
        x[block - 2] = b[row][block - 2];
      }
      y[e] = evaluate(replica, x, weightLevels, sets, fNormaliser, fMissing, fAggregator);
      execution.itemDone(done.incrementAndGet(), evaluations);
    });
    int[] all = IntStream.range(0, samples).toArray();
    double variance = variance(y, samples, all);
    double[][] boot = new double[2 * k][bootstrap];
    SplittableRandom resample = Replica.random(seed, -11);
    for (int bs = 0; bs < bootstrap; bs++) {
      int[] rows = new int[samples];
      for (int i = 0; i < samples; i++) {
        rows[i] = resample.nextInt(samples);
      }
      double v = variance(y, samples, rows);
      for (int j = 0; j < k; j++) {
        boot[2 * j][bs] = first(y, samples, j, rows) / v;
        boot[2 * j + 1][bs] = total(y, samples, j, rows) / v;
      }
    }
    ImmutableList.Builder<Index> out = ImmutableList.builder();
    for (int j = 0; j < k; j++) {
      double[] f = boot[2 * j];
      double[] t = boot[2 * j + 1];
      Arrays.sort(f);
      Arrays.sort(t);
      out.add(new Index(names.get(j), first(y, samples, j, all) / variance, org.opendti.method.Stats.quantile(f, 0.025),
          org.opendti.method.Stats.quantile(f, 0.975), total(y, samples, j, all) / variance, org.opendti.method.Stats.quantile(t, 0.025),
          org.opendti.method.Stats.quantile(t, 0.975)));
    }
    return new Result(replica.node, samples, evaluations, variance, out.build());
  }

  private static int add(List<String> names, String name) {
    names.add(name);
    return names.size() - 1;
  }

  /** Per weight factor, WEIGHT_SETS perturbed multiplier sets for the aggregates of its level. */
  private static double[][][][] weightSets(Uncertainty setup, Replica replica, List<Integer> levels, long seed) {
    int[] widths = replica.widths();
    double[][][][] sets = new double[levels.size()][WEIGHT_SETS][][];
    for (int f = 0; f < levels.size(); f++) {
      int level = levels.get(f);
      double x = setup.weightNoise(level);
      SplittableRandom rng = Replica.random(seed, -1000 - level);
      for (int s = 0; s < WEIGHT_SETS; s++) {
        sets[f][s] = new double[widths.length][];
        for (int a = 0; a < widths.length; a++) {
          if (replica.levels[a] == level) {
            sets[f][s][a] = new double[widths[a]];
            for (int c = 0; c < widths[a]; c++) {
              sets[f][s][a][c] = 1 + x * (2 * rng.nextDouble() - 1);
            }
          }
        }
      }
    }
    return sets;
  }

  private static double evaluate(Replica replica, double[] x, List<Integer> levels, double[][][][] sets,
      int fNormaliser, int fMissing, int fAggregator) {
    int[] widths = replica.widths();
    double[][] m = null;
    if (!levels.isEmpty()) {
      m = new double[widths.length][];
      for (int a = 0; a < widths.length; a++) {
        m[a] = new double[widths[a]];
        Arrays.fill(m[a], 1);
      }
      for (int f = 0; f < levels.size(); f++) {
        double[][] set = sets[f][pick(x[f], WEIGHT_SETS)];
        for (int a = 0; a < widths.length; a++) {
          if (set[a] != null) {
            m[a] = set[a];
          }
        }
      }
    }
    int nMissing = replica.missing.size();
    int normaliser = fNormaliser < 0 ? 0 : pick(x[fNormaliser], replica.normalisers.size());
    int missing = fMissing < 0 ? 0 : pick(x[fMissing], nMissing);
    int aggregator = fAggregator < 0 ? (replica.aggregators.size() == 1 ? 0 : -1)
        : pick(x[fAggregator], replica.aggregators.size());
    double[] ranks = replica.rank(replica.values(normaliser * nMissing + missing, aggregator, m));
    double sum = 0;
    int n = 0;
    for (int u = 0; u < ranks.length; u++) {
      if (!Double.isNaN(ranks[u]) && !Double.isNaN(replica.nominalRanks[u])) {
        sum += Math.abs(ranks[u] - replica.nominalRanks[u]);
        n++;
      }
    }
    return n == 0 ? 0 : sum / n;
  }

  private static int pick(double u, int n) {
    return Math.min(n - 1, (int) (u * n));
  }

  private static double variance(double[] y, int n, int[] rows) {
    double s = 0;
    double ss = 0;
    for (int r : rows) {
      for (int block = 0; block < 2; block++) {
        double v = y[block * n + r];
        s += v;
        ss += v * v;
      }
    }
    int m = 2 * rows.length;
    double mean = s / m;
    return ss / m - mean * mean;
  }

  private static double first(double[] y, int n, int j, int[] rows) {
    double s = 0;
    for (int r : rows) {
      s += y[n + r] * (y[(j + 2) * n + r] - y[r]);
    }
    return s / rows.length;
  }

  private static double total(double[] y, int n, int j, int[] rows) {
    double s = 0;
    for (int r : rows) {
      double d = y[r] - y[(j + 2) * n + r];
      s += d * d;
    }
    return s / (2.0 * rows.length);
  }
}
