package org.opendti.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opendti.Dataset;
import org.opendti.Frameworks;
import org.opendti.Numbers;
import org.opendti.Observation;
import org.opendti.analysis.Panel;
import org.opendti.analysis.Scale;
import org.opendti.engine.Change;
import org.opendti.engine.ScoringEngine;

/**
 * Two years side by side: the bundled synthetic sample as "2023", and a "2022" in which every value is lower by a
 * deterministic amount; the panel gives each province's change of value and rank (as the press reports it:
 * "tăng 4 bậc, +0,0964"), the biggest movers, the growth and the change of the 63-province mean and median.
 */
public final class CompareYears {
  private CompareYears() {}

  /**
   * The two years as one dataset with periods "2022" and "2023".
   *
   * @return the dataset, not null
   * @throws IOException if the bundled sample cannot be read
   */
  public static Dataset twoYears() throws IOException {
    Dataset y2023 = CoinrMethods.sample();
    Dataset.Builder y2022 = Dataset.builder();
    int i = 0;
    for (Observation o : y2023.observations()) {
      double v = o.measure().value().orElseThrow();
      // a fixed pattern of lower values (0, 0.04 or 0.08 less), floored at 0
      y2022.put(o.unit(), o.indicator(), Math.max(0, Math.round((v - 0.04 * (i++ % 3)) * 10_000) / 10_000.0));
    }
    Map<String, Dataset> byYear = new LinkedHashMap<>();
    byYear.put("2022", y2022.build());
    byYear.put("2023", y2023);
    return Dataset.ofPeriods(byYear);
  }

  /**
   * Scores both years.
   *
   * @return the panel, not null
   * @throws IOException if the bundled sample cannot be read
   */
  public static Panel panel() throws IOException {
    return Panel.score(ScoringEngine.official(), Frameworks.pdti2022(), twoYears());
  }

  /**
   * Prints the biggest movers and the change of the group statistics.
   *
   * @param out where to print, not null
   * @throws IOException if the bundled sample cannot be read
   */
  public static void print(PrintStream out) throws IOException {
    Panel p = panel();
    List<Change> changes = p.changes("dti", "2022", "2023");
    out.println("Biggest rank moves 2022 → 2023:");
    changes.stream().sorted(Comparator.comparingDouble((Change c) -> -Math.abs(c.rankMove()))
            .thenComparing(c -> c.unit().name()))
        .limit(5).forEach(c -> out.printf("  %-18s %s (%s → %s)%n", c.unit().name(),
            c.describe(org.opendti.Language.VI), Numbers.plain(c.rankBefore()),
            Numbers.plain(c.rankAfter())));
    Change first = changes.stream().filter(c -> c.rankAfter() == 1).findFirst().orElseThrow();
    out.printf("First in 2023: %s, growth %s%% a year%n", first.unit().name(),
        Numbers.format(100 * p.cagr(first.unit().code(), "dti", "2022", "2023"), 1));
    for (Panel.GroupChange g : p.statsChange("dti", "2022", "2023", Scale.VALUE)) {
      out.printf("63 provinces: mean %s → %s (+%s), median %s → %s%n", Numbers.format(g.from().mean(), 4),
          Numbers.format(g.to().mean(), 4), Numbers.format(g.delta("mean"), 4), Numbers.format(g.from().median(), 4),
          Numbers.format(g.to().median(), 4));
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
