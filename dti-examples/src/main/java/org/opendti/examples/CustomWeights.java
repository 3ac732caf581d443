package org.opendti.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import org.opendti.Dataset;
import org.opendti.Frameworks;
import org.opendti.Numbers;
import org.opendti.analysis.Agreement;
import org.opendti.engine.Results;
import org.opendti.engine.ScoringEngine;
import org.opendti.method.AhpMatrix;
import org.opendti.method.Method;
import org.opendti.method.WeightingScheme;

/**
 * Other weights for the same data: an expert's AHP judgements over the nine main indicators of {@code pdti-2022},
 * and entropy weights from the data; each ranking's agreement with the official one (Spearman's rho, Kendall's
 * tau-b).
 */
public final class CustomWeights {
  private CustomWeights() {}

  /** The nine main indicators under the index. */
  static final List<String> MAIN = List.of("awareness", "institutions", "infrastructure", "human_resources",
      "cybersecurity", "smart_city", "gov_activity", "econ_activity", "society_activity");

  /**
   * The expert's judgements: activity indicators matter twice as much as the foundations, digital government three
   * times; a consistent matrix (a(i, j) = p(i) / p(j), consistency ratio 0).
   *
   * @return the matrix, not null
   */
  public static AhpMatrix judgements() {
    double[] p = {1, 1, 1, 1, 1, 1, 3, 2, 2};
    double[][] a = new double[p.length][p.length];
    for (int i = 0; i < p.length; i++) {
      for (int j = 0; j < p.length; j++) {
        a[i][j] = p[i] / p[j];
      }
    }
    return AhpMatrix.of(MAIN, a);
  }

  /**
   * Scores the sample with a weighting of the index's children.
   *
   * @param d the data, not null
   * @param weighting the weighting of the index, not null
   * @return the results, not null
   */
  static Results score(Dataset d, WeightingScheme weighting) {
    return ScoringEngine.of(Method.official().withWeighting(weighting))
        .score(Frameworks.pdti2022(), d);
  }

  /**
   * Prints the weights and the agreement with the official ranking.
   *
   * @param out where to print, not null
   * @throws IOException if the bundled sample cannot be read
   */
  public static void print(PrintStream out) throws IOException {
    Dataset d = CoinrMethods.sample();
    Results official = ScoringEngine.official().score(Frameworks.pdti2022(), d);
    Results ahp = score(d, WeightingScheme.ahp(Map.of("dti", judgements()), 0.1, WeightingScheme.official()));
    Results entropy = score(d, WeightingScheme.entropy());
    out.println("AHP weights of the index: " + format(ahp.weights("dti")));
    out.println("entropy weights of the index: " + format(entropy.weights("dti")));
    for (Results r : List.of(ahp, entropy)) {
      String name = r == ahp ? "AHP" : "entropy";
      out.printf("%s against official: Spearman %s, Kendall %s%n", name,
          Numbers.format(Agreement.spearman(official, r, "dti"), 3),
          Numbers.format(Agreement.kendall(official, r, "dti"), 3));
    }
  }

  private static String format(Map<String, Double> weights) {
    StringBuilder sb = new StringBuilder();
    weights.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ", ").append(k).append(' ')
        .append(Numbers.format(v, 3)));
    return sb.toString();
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
