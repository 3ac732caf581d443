package org.opendti.examples;

import java.io.PrintStream;
import org.opendti.Frameworks;
import org.opendti.Numbers;
import org.opendti.engine.Results;
import org.opendti.engine.ScoringEngine;
import org.opendti.method.Method;
import org.opendti.method.NormalisationContext;
import org.opendti.method.Normaliser;

/**
 * A user-defined normaliser plugged into the engine: each value divided by the best unit's value ("distance to the
 * leader"), then the DTI recomputed and compared with the official one.
 */
public final class CustomNormaliser {
  private CustomNormaliser() {}

  /** Value ÷ the best value among the units; NaN stays NaN. */
  static final class ShareOfLeader implements Normaliser {
    @Override
    public double[] normalise(double[] scores, NormalisationContext context) {
      double best = Double.NEGATIVE_INFINITY;
      for (double v : scores) {
        best = Double.isNaN(v) ? best : Math.max(best, v);
      }
      double[] out = new double[scores.length];
      for (int i = 0; i < out.length; i++) {
        out[i] = best > 0 ? scores[i] / best : Double.NaN;
      }
      return out;
    }

    @Override
    public String id() {
      return "share-of-leader";
    }
  }

  /**
   * Scores the DTI 2022 top five with the custom normaliser.
   *
   * @return the results, not null
   */
  public static Results score() {
    Method m = Method.official().withNormaliser(new ShareOfLeader());
    return ScoringEngine.of(m).score(Frameworks.pdti2022(), topFive());
  }

  static org.opendti.Dataset topFive() {
    org.opendti.Dataset.Builder b = org.opendti.Dataset.builder();
    java.util.List<String> numbers = java.util.List.of("1", "2", "3", "4", "5", "7", "8", "9");
    for (Object[] row : ProvincialDti2022.PUBLISHED) {
      double[] v = (double[]) row[2];
      for (int k = 0; k < v.length; k++) {
        b.put((String) row[1], numbers.get(k), v[k]);
      }
    }
    return b.build();
  }

  /**
   * Prints the DTI under the custom normaliser next to the official one.
   *
   * @param out where to print, not null
   */
  public static void print(PrintStream out) {
    Results custom = score();
    Results official = ScoringEngine.official().score(Frameworks.pdti2022(), topFive());
    out.println("method: " + custom.method().describe());
    for (var u : custom.units()) {
      out.printf("%-18s official %s (rank %s)  share-of-leader %s (rank %s)%n", u.name(),
          Numbers.format(official.value(u.code(), "dti"), 4), Numbers.plain(official.rank(u.code(), "dti")),
          Numbers.format(custom.value(u.code(), "dti"), 4), Numbers.plain(custom.rank(u.code(), "dti")));
    }
  }

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    print(System.out);
  }
}
