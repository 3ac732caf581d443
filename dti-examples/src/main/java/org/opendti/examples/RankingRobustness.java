package org.opendti.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Comparator;
import java.util.List;
import org.opendti.Dataset;
import org.opendti.Frameworks;
import org.opendti.Numbers;
import org.opendti.Results;
import org.opendti.ScoringEngine;
import org.opendti.analysis.Agreement;
import org.opendti.analysis.Sensitivity;
import org.opendti.analysis.Uncertainty;
import org.opendti.method.Aggregator;
import org.opendti.method.Method;
import org.opendti.method.WeightingScheme;

/**
 * How much does the ranking of the bundled synthetic sample depend on the method? Entropy weights against the
 * official ones (Spearman and Kendall), a Monte Carlo analysis (weights ±25%, arithmetic or geometric mean) and the
 * Sobol indices of the two choices.
 */
public final class RankingRobustness {
  private RankingRobustness() {}

  static Uncertainty setup(Dataset d, int runs) {
    return Uncertainty.builder(Frameworks.pdti2022(), d).runs(runs).seed(2025).weightNoise(0.25)
        .aggregators(List.of(Aggregator.weightedArithmeticMean(), Aggregator.weightedGeometricMean())).build();
  }

  /**
   * The Monte Carlo rank statistics of the DTI.
   *
   * @param runs the number of runs
   * @return the statistics, not null
   * @throws IOException if the bundled sample cannot be read
   */
  public static Uncertainty.Result uncertainty(int runs) throws IOException {
    return setup(CoinrMethods.sample(), runs).run();
  }

  /**
   * Prints the analysis.
   *
   * @param out where to print, not null
   * @throws IOException if the bundled sample cannot be read
   */
  public static void print(PrintStream out) throws IOException {
    Dataset d = CoinrMethods.sample();
    Results official = ScoringEngine.official().score(Frameworks.pdti2022(), d);
    Results entropy = ScoringEngine.of(Method.builder().from(Method.official()).weighting(WeightingScheme.entropy())
        .build()).score(Frameworks.pdti2022(), d);
    out.printf("entropy weights against official: Spearman %s, Kendall %s%n",
        Numbers.format(Agreement.spearman(official, entropy, "dti"), 3),
        Numbers.format(Agreement.kendall(official, entropy, "dti"), 3));
    Uncertainty.Result u = setup(d, 2000).run();
    out.println("widest 90% rank intervals over " + u.runs() + " runs:");
    u.units().stream().sorted(Comparator.comparingDouble((Uncertainty.RankStats s) -> s.q95() - s.q5()).reversed())
        .limit(5).forEach(s -> out.printf("  %-20s nominal %2s, median %4s, 90%% in [%s, %s]%n", s.unit().name(),
            Numbers.plain(s.nominal()), Numbers.plain(s.median()), Numbers.plain(s.q5()), Numbers.plain(s.q95())));
    Sensitivity.Result s = Sensitivity.analyse(setup(d, 1), 512, 300);
    for (Sensitivity.Index i : s.indices()) {
      out.printf("  Sobol %-18s first order %s [%s, %s], total %s [%s, %s]%n", i.factor(),
          Numbers.format(i.firstOrder(), 2), Numbers.format(i.firstOrderLow(), 2),
          Numbers.format(i.firstOrderHigh(), 2), Numbers.format(i.total(), 2), Numbers.format(i.totalLow(), 2),
          Numbers.format(i.totalHigh(), 2));
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
