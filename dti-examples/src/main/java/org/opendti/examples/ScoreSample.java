package org.opendti.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import org.opendti.Frameworks;
import org.opendti.Numbers;
import org.opendti.engine.Results;
import org.opendti.engine.ScoringEngine;
import org.opendti.io.html.HtmlReport;

/**
 * Scores {@code pdti-2022} on the bundled synthetic 63-province sample (a long CSV read from the class path), prints
 * the top ten and writes the HTML report.
 */
public final class ScoreSample {
  private ScoreSample() {}

  /**
   * Scores the sample.
   *
   * @return the results, not null
   * @throws IOException if the bundled sample cannot be read
   */
  public static Results score() throws IOException {
    return ScoringEngine.official().score(Frameworks.pdti2022(), CoinrMethods.sample());
  }

  /**
   * Prints the top ten and writes the report.
   *
   * @param out where to print, not null
   * @param report the report file, not null
   * @throws IOException if the sample cannot be read or the report cannot be written
   */
  public static void run(PrintStream out, Path report) throws IOException {
    Results r = score();
    r.ranking("dti").stream().limit(10).forEach(row -> out.printf("%2s  %-20s %s  %s points%n",
        Numbers.plain(row.rank()), row.unit().name(), Numbers.format(row.roundedValue(), 4),
        Numbers.format(row.points(), 2)));
    HtmlReport.builder(r).note("Synthetic sample data, not official DTI results.").build().write(report);
    out.println("report: " + report);
  }

  /**
   * Runs the example.
   *
   * @param args the report file (default {@code sample-report.html})
   * @throws IOException if the sample cannot be read or the report cannot be written
   */
  public static void main(String[] args) throws IOException {
    run(System.out, Path.of(args.length > 0 ? args[0] : "sample-report.html"));
  }
}
