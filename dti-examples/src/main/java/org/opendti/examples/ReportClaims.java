package org.opendti.examples;

import java.io.PrintStream;
import java.util.List;
import org.opendti.analysis.Claim;
import org.opendti.analysis.Claim.Measure;
import org.opendti.analysis.ClaimCheck;
import org.opendti.analysis.Scale;
import org.opendti.analysis.Verdict;

/**
 * Checks the figures a report states against each other: the departments' and districts' results of seed S3 (a
 * province scoring its own bodies on 1000 points), whose stated rises of the averages do not match the averages.
 */
public final class ReportClaims {
  private ReportClaims() {}

  /**
   * The seed S3 figures as claims (figures from {@code seeds/figures.csv}).
   *
   * @return the claims, not null
   */
  public static List<Claim> claims() {
    return List.of(
        group("departments", "2022", Measure.MEAN, "681.20"), group("departments", "2023", Measure.MEAN, "783.52"),
        group("departments", "2023", Measure.MEAN_CHANGE, "94.53"),
        group("departments", "2023", Measure.MAX, "899.09"), group("departments", "2023", Measure.MIN, "585.89"),
        group("departments", "2023", Measure.SPREAD, "313.2"),
        Claim.ofUnit("Văn phòng UBND tỉnh", "dti", "2023", Measure.VALUE, "970").onScale(Scale.POINTS)
            .inGroup("departments"),
        group("districts", "2022", Measure.MEAN, "768.88"), group("districts", "2023", Measure.MEAN, "814.40"),
        group("districts", "2023", Measure.MEAN_CHANGE, "51.74"));
  }

  private static Claim group(String group, String year, Measure m, String figure) {
    return Claim.ofGroup(group, "dti", year, m, figure).onScale(Scale.POINTS).withNote("S3");
  }

  /**
   * The verdicts.
   *
   * @return one per checkable claim, not null
   */
  public static List<Verdict> verdicts() {
    return ClaimCheck.consistency(claims());
  }

  /**
   * Prints the verdicts.
   *
   * @param out where to print, not null
   */
  public static void print(PrintStream out) {
    verdicts().forEach(v -> out.println(v.describe()));
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
