package org.opendti.examples;

import java.io.PrintStream;
import java.util.List;
import org.opendti.Dataset;
import org.opendti.Frameworks;
import org.opendti.Numbers;
import org.opendti.Unit;
import org.opendti.UnitKind;
import org.opendti.engine.RankedUnit;
import org.opendti.engine.Results;
import org.opendti.engine.ScoringEngine;

/**
 * Reproduces the published DTI 2022 top five (dti.gov.vn) from the published main-indicator values with the official
 * method of Decision 922.
 */
public final class ProvincialDti2022 {
  private ProvincialDti2022() {}

  /** code, name, values of main indicators 1, 2, 3, 4, 5, 7, 8, 9, published DTI. */
  static final List<Object[]> PUBLISHED = List.of(
      new Object[] {"48", "TP. Đà Nẵng", new double[] {1.0000, 0.9000, 0.8253, 0.8487, 0.7578, 0.8575, 0.7836,
          0.5197}, 0.8002},
      new Object[] {"79", "TP. Hồ Chí Minh", new double[] {0.8917, 0.9000, 0.8258, 0.6267, 0.5580, 0.8406, 0.7611,
          0.3590}, 0.7163},
      new Object[] {"22", "Quảng Ninh", new double[] {0.9581, 0.9000, 0.7648, 0.6250, 0.5382, 0.8385, 0.5904,
          0.4505}, 0.7024},
      new Object[] {"46", "Thừa Thiên - Huế", new double[] {0.9500, 0.9000, 0.6823, 0.6794, 0.6423, 0.8262, 0.6787,
          0.3001}, 0.6975},
      new Object[] {"92", "TP. Cần Thơ", new double[] {0.9000, 0.8000, 0.7233, 0.7376, 0.7226, 0.7325, 0.7556,
          0.2947}, 0.6924});

  /**
   * Scores the five provinces.
   *
   * @return the results, not null
   */
  public static Results score() {
    List<String> numbers = List.of("1", "2", "3", "4", "5", "7", "8", "9");
    Dataset.Builder b = Dataset.builder();
    for (Object[] row : PUBLISHED) {
      b.addUnit(Unit.builder().code((String) row[0]).name((String) row[1]).kind(UnitKind.PROVINCE).build());
      double[] v = (double[]) row[2];
      for (int k = 0; k < v.length; k++) {
        b.put((String) row[0], numbers.get(k), v[k]);
      }
    }
    return ScoringEngine.official().score(Frameworks.pdti2022(), b.build());
  }

  /**
   * Prints computed against published values.
   *
   * @param out where to print, not null
   */
  public static void print(PrintStream out) {
    Results r = score();
    out.println("rank  province            computed  published  gov     econ    society");
    for (RankedUnit row : r.ranking("dti")) {
      String code = row.unit().code();
      double published = PUBLISHED.stream().filter(p -> p[0].equals(code)).mapToDouble(p -> (double) p[3])
          .findFirst().orElseThrow();
      out.printf("%4s  %-18s  %-8s  %-9s  %s  %s  %s%n", Numbers.plain(row.rank()), row.unit().name(),
          Numbers.format(row.value(), 6), Numbers.format(published, 4), Numbers.format(r.value(code, "gov"), 4),
          Numbers.format(r.value(code, "econ"), 4), Numbers.format(r.value(code, "society"), 4));
    }
    out.println("Computed from 4-decimal inputs; the ministry rounds once from unrounded points, so the last digit can"
        + " differ (HCM: 0.716355 here, 0.7163 published).");
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
