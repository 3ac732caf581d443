package org.opendti.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Comparator;
import org.opendti.Dataset;
import org.opendti.Frameworks;
import org.opendti.Numbers;
import org.opendti.analysis.Agreement;
import org.opendti.analysis.Sensitivity;
import org.opendti.analysis.Uncertainty;
import org.opendti.engine.Results;
import org.opendti.engine.ScoringEngine;
import org.opendti.method.Aggregator;
import org.opendti.method.Method;
import org.opendti.method.WeightingScheme;

/**
 * How much does the ranking of the bundled synthetic sample depend on the method? Entropy weights against the
 * official ones (Spearman and Kendall), a Monte Carlo analysis (weights ±25%, arithmetic or geometric mean) and the
 * Sobol indices of the two choices, each with a verdict on whether its sample is large enough for the intervals it
 * prints.
 *
 * <p><b>Monte Carlo.</b> Each end of a 90% rank interval is a percentile of the runs (the 5th and the 95th). With R
 * runs, the share of runs that truly lies beyond the estimated 5th percentile is itself uncertain: it is the share of
 * a binomial sample, standard error √(p(1 − p)/R) with p = 0.05 (the distribution-free theory of order statistics,
 * e.g. Conover, <i>Practical Nonparametric Statistics</i>, 3rd ed., §3.2: confidence intervals for a quantile). The
 * example's rule: the 95% band of that share, ±1.96·√(p(1 − p)/R), must stay within ±20% of p (4%–6% for the 5th
 * percentile), so R ≥ 1.96²·(1 − p)/(0.2²·p) = 1,825 runs ({@link #minimumRuns(double, double)}). It also reruns with
 * another seed and prints how far the interval ends move, the same error seen directly.
 *
 * <p><b>Sobol.</b> Saltelli's design evaluates N·(k + 2) configurations for N base samples and k factors (Saltelli
 * 2002; Saltelli et al. 2010, <i>Computer Physics Communications</i> 181), and {@link Sensitivity} gives each index a
 * 95% bootstrap interval. The example's rule: every interval must be narrower than 0.1 (a tenth of the [0, 1] scale of
 * the indices), else the sample is too small; since Monte Carlo errors shrink as 1/√N, the base samples needed are
 * about N·(widest / 0.1)² ({@link #samplesNeeded(Sensitivity.Result, double)}).
 */
public final class RankingRobustness {
  private RankingRobustness() {}

  /** The runs and base samples {@link #print(PrintStream)} uses. */
  static final int RUNS = 2000;
  static final int SOBOL_SAMPLES = 512;
  /** The tail share at each end of a 90% interval. */
  static final double TAIL = 0.05;
  /** How far the tail share may be off, relative to itself, at 95% confidence. */
  static final double TAIL_TOLERANCE = 0.2;
  /** The widest 95% bootstrap interval of a Sobol index this example accepts. */
  static final double SOBOL_WIDTH = 0.1;

  /** The set-up of the analyses: weights ±25% and two aggregators; it holds no data, so it runs on any. */
  static Uncertainty setup(int runs, long seed) {
    return Uncertainty.builder().runs(runs).seed(seed).weightNoise(0.25)
        .addAggregators(Aggregator.weightedArithmeticMean(), Aggregator.weightedGeometricMean()).build();
  }

  /**
   * The Monte Carlo rank statistics of the DTI.
   *
   * @param runs the number of runs
   * @return the statistics, not null
   * @throws IOException if the bundled sample cannot be read
   */
  public static Uncertainty.Result uncertainty(int runs) throws IOException {
    return setup(runs, 2025).run(Frameworks.pdti2022(), CoinrMethods.sample());
  }

  /**
   * The fewest runs for which the 95% band of the share of runs beyond an estimated p-quantile,
   * ±1.96·√(p(1 − p)/R), stays within ±{@code tolerance}·p.
   *
   * @param p the tail share, in (0, 1), e.g. 0.05 for the lower end of a 90% interval
   * @param tolerance the relative error allowed, &gt; 0, e.g. 0.2
   * @return the runs, ≥ 1
   */
  public static int minimumRuns(double p, double tolerance) {
    return (int) Math.ceil(1.96 * 1.96 * (1 - p) / (tolerance * tolerance * p));
  }

  /**
   * The base samples N a Sobol analysis needs for its widest 95% bootstrap interval to shrink to {@code width}, from
   * the 1/√N convergence of Monte Carlo estimators: N·(widest / width)², at least N.
   *
   * @param s the analysis, not null
   * @param width the widest interval wanted, &gt; 0
   * @return the base samples, ≥ s.samples()
   */
  public static int samplesNeeded(Sensitivity.Result s, double width) {
    double widest = widest(s);
    return (int) Math.max(s.samples(), Math.ceil(s.samples() * (widest / width) * (widest / width)));
  }

  /** The widest 95% bootstrap interval of any index. */
  static double widest(Sensitivity.Result s) {
    double w = 0;
    for (Sensitivity.Index i : s.indices()) {
      w = Math.max(w, Math.max(i.firstOrderHigh() - i.firstOrderLow(), i.totalHigh() - i.totalLow()));
    }
    return w;
  }

  /** Which index has the widest interval, e.g. "first order of weights (level 2)". */
  static String widestIndex(Sensitivity.Result s) {
    double w = -1;
    String which = "";
    for (Sensitivity.Index i : s.indices()) {
      if (i.firstOrderHigh() - i.firstOrderLow() > w) {
        w = i.firstOrderHigh() - i.firstOrderLow();
        which = "first order of " + i.factor();
      }
      if (i.totalHigh() - i.totalLow() > w) {
        w = i.totalHigh() - i.totalLow();
        which = "total of " + i.factor();
      }
    }
    return which;
  }

  /**
   * Prints the analysis with the example's sample sizes (2,000 Monte Carlo runs, 512 Sobol base samples).
   *
   * @param out where to print, not null
   * @throws IOException if the bundled sample cannot be read
   */
  public static void print(PrintStream out) throws IOException {
    print(out, RUNS, SOBOL_SAMPLES);
  }

  /**
   * Prints the analysis with the given sample sizes, each with its verdict: enough, or too small and what would be
   * enough.
   *
   * @param out where to print, not null
   * @param runs the Monte Carlo runs, ≥ 1
   * @param samples the Sobol base samples N, ≥ 2
   * @throws IOException if the bundled sample cannot be read
   */
  public static void print(PrintStream out, int runs, int samples) throws IOException {
    Dataset d = CoinrMethods.sample();
    Results official = ScoringEngine.official().score(Frameworks.pdti2022(), d);
    Results entropy = ScoringEngine.of(Method.official().withWeighting(WeightingScheme.entropy()))
        .score(Frameworks.pdti2022(), d);
    out.printf("entropy weights against official: Spearman %s, Kendall %s%n",
        Numbers.format(Agreement.spearman(official, entropy, "dti"), 3),
        Numbers.format(Agreement.kendall(official, entropy, "dti"), 3));
    Uncertainty.Result u = setup(runs, 2025).run(Frameworks.pdti2022(), d);
    out.println("widest 90% rank intervals over " + u.runs() + " runs:");
    u.units().stream().sorted(Comparator.comparingDouble((Uncertainty.RankStats s) -> s.q95() - s.q5()).reversed())
        .limit(5).forEach(s -> out.printf("  %-20s nominal %2s, median %4s, 90%% in [%s, %s]%n", s.unit().name(),
            Numbers.plain(s.nominal()), Numbers.plain(s.median()), Numbers.plain(s.q5()), Numbers.plain(s.q95())));
    double band = 1.96 * Math.sqrt(TAIL * (1 - TAIL) / runs);
    int needed = minimumRuns(TAIL, TAIL_TOLERANCE);
    out.printf("  sample check: with %d runs the share of runs beyond each end is 5%% ± %s%% (95%%); this example"
        + " asks for ± %s%% (20%% of 5%%), i.e. at least %,d runs: %s%n", runs, Numbers.format(100 * band, 2),
        Numbers.format(100 * TAIL_TOLERANCE * TAIL, 2), needed,
        runs >= needed ? "enough" : "too small for these intervals");
    Uncertainty.Result again = setup(runs, 2026).run(Frameworks.pdti2022(), d);
    double moved = 0;
    for (int k = 0; k < u.units().size(); k++) {
      moved = Math.max(moved, Math.max(Math.abs(u.units().get(k).q5() - again.units().get(k).q5()),
          Math.abs(u.units().get(k).q95() - again.units().get(k).q95())));
    }
    out.printf("  another seed moves an interval end by at most %s ranks%n", Numbers.format(moved, 1));
    Sensitivity.Result s = Sensitivity.analyse(setup(1, 2025), Frameworks.pdti2022(), d, samples, 300);
    for (Sensitivity.Index i : s.indices()) {
      out.printf("  Sobol %-18s first order %s [%s, %s], total %s [%s, %s]%n", i.factor(),
          Numbers.format(i.firstOrder(), 2), Numbers.format(i.firstOrderLow(), 2),
          Numbers.format(i.firstOrderHigh(), 2), Numbers.format(i.total(), 2), Numbers.format(i.totalLow(), 2),
          Numbers.format(i.totalHigh(), 2));
    }
    double widest = widest(s);
    int k = s.indices().size();
    if (widest < SOBOL_WIDTH) {
      out.printf("  sample check: N = %d base samples, N(k+2) = %,d evaluations for k = %d factors; widest 95%%"
          + " interval %s < %s: enough%n", s.samples(), s.evaluations(), k, Numbers.format(widest, 2),
          Numbers.format(SOBOL_WIDTH, 2));
    } else {
      int n = samplesNeeded(s, SOBOL_WIDTH);
      out.printf("  sample check: N = %d base samples, N(k+2) = %,d evaluations for k = %d factors; widest 95%%"
          + " interval %s (%s) ≥ %s: too small for these intervals; about N = %,d (%,d evaluations) would do%n",
          s.samples(), s.evaluations(), k, Numbers.format(widest, 2), widestIndex(s), Numbers.format(SOBOL_WIDTH, 2),
          n, (long) n * (k + 2));
    }
  }

  /**
   * Runs the example.
   *
   * @param args ignored
   * @throws IOException if the bundled sample cannot be read
   */
  public static void main(String[] args) throws IOException {
    print(System.out);
  }
}
