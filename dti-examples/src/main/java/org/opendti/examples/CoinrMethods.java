package org.opendti.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.opendti.Dataset;
import org.opendti.Frameworks;
import org.opendti.ScoringRule;
import org.opendti.Unit;
import org.opendti.engine.Change;
import org.opendti.engine.Comparison;
import org.opendti.engine.Results;
import org.opendti.engine.ScoringEngine;
import org.opendti.io.csv.CsvDatasetReader;
import org.opendti.io.csv.CsvOptions;
import org.opendti.method.Aggregator;
import org.opendti.method.Method;
import org.opendti.method.Normaliser;
import org.opendti.method.WeightingScheme;

/**
 * The bundled sample scored officially and with an analysis method (min-max, equal weights, geometric mean), and the
 * units whose rank moves most: how much the ranking depends on the method.
 */
public final class CoinrMethods {
  private CoinrMethods() {}

  static Dataset sample() throws IOException {
    try (InputStream in = CoinrMethods.class.getClassLoader()
        .getResourceAsStream("samples/pdti-2022-sample-63.csv")) {
      if (in == null) {
        throw new IOException("bundled sample missing");
      }
      return CsvDatasetReader.of(CsvOptions.defaults()).read("pdti-2022-sample-63.csv", in.readAllBytes());
    }
  }

  /**
   * The analysis method: raw values, min-max onto [0.1, 1] (positive, so the geometric mean is defined), equal
   * weights, geometric mean.
   *
   * @return the method, not null
   */
  public static Method analysis() {
    return Method.official().withDefaultRule(ScoringRule.raw())
        .withNormaliser(Normaliser.minMax(0.1, 1)).withWeighting(WeightingScheme.equal())
        .withAggregator(Aggregator.weightedGeometricMean());
  }

  /**
   * The changes from the official ranking to the analysis ranking, largest moves first.
   *
   * @return the changes, not null
   * @throws IOException if the bundled sample cannot be read
   */
  public static List<Change> rankMoves() throws IOException {
    Dataset d = sample();
    Results official = ScoringEngine.official().score(Frameworks.pdti2022(), d);
    Results other = ScoringEngine.of(analysis()).score(Frameworks.pdti2022(), d);
    List<Change> changes = new ArrayList<>(Comparison.between(official, other).changes("dti"));
    changes.sort(Comparator.comparingDouble((Change c) -> -Math.abs(c.rankMove()))
        .thenComparing(c -> c.unit().name()));
    return changes;
  }

  /**
   * Prints the five largest rank moves.
   *
   * @param out where to print, not null
   * @throws IOException if the bundled sample cannot be read
   */
  public static void print(PrintStream out) throws IOException {
    out.println("official → " + analysis().describe());
    for (Change c : rankMoves().subList(0, 5)) {
      Unit u = c.unit();
      out.printf("%-20s rank %s → %s (%s)%n", u.name(), org.opendti.Numbers.plain(c.rankBefore()),
          org.opendti.Numbers.plain(c.rankAfter()), c.describe(org.opendti.Language.EN));
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
