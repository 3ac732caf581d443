package org.opendti.examples;

import java.io.IOException;
import java.io.PrintStream;
import org.opendti.Frameworks;
import org.opendti.Numbers;
import org.opendti.analysis.Merger;
import org.opendti.engine.RankedUnit;
import org.opendti.engine.Results;
import org.opendti.engine.ScoringEngine;

/**
 * The 63 → 34 merger of 1 July 2025: the bundled 63-province sample scored, then the 34 merged provinces computed the
 * way the ministry published DTI 2024 (unweighted mean of the constituents' main indicators).
 */
public final class Merger2025 {
  private Merger2025() {}

  /**
   * The 34-province results.
   *
   * @return the results, not null
   * @throws IOException if the bundled sample cannot be read
   */
  public static Results merged() throws IOException {
    Results r63 = ScoringEngine.official().score(Frameworks.pdti2022(), CoinrMethods.sample());
    return Merger.merge2025(r63, Merger.Rule.mean(), ScoringEngine.official());
  }

  /**
   * Prints the top ten merged provinces.
   *
   * @param out where to print, not null
   * @throws IOException if the bundled sample cannot be read
   */
  public static void print(PrintStream out) throws IOException {
    Results r = merged();
    out.println("34 provinces after the 2025 merger (synthetic sample data):");
    for (RankedUnit row : r.ranking("dti").subList(0, 10)) {
      out.printf("%3s  %-16s %s%n", Numbers.plain(row.rank()), row.unit().name(), Numbers.format(row.value(), 4));
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
