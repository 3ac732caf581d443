package org.opendti.method;

import java.util.Arrays;
import org.apache.commons.statistics.descriptive.Kurtosis;
import org.apache.commons.statistics.descriptive.Median;
import org.apache.commons.statistics.descriptive.NaNPolicy;
import org.apache.commons.statistics.descriptive.Quantile;
import org.apache.commons.statistics.descriptive.Skewness;
import org.apache.commons.statistics.descriptive.StandardDeviation;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.stat.correlation.KendallsCorrelation;

/**
 * The one home of descriptive statistics on primitive columns (mean, median, quantiles, standard deviation, skewness,
 * kurtosis, correlation, the eigen decomposition behind PCA), used by the missing-value policies, outlier treatment,
 * panel statistics, uncertainty, sensitivity and the report; NaN marks a missing value. The arithmetic is delegated to
 * Apache Commons Statistics (standard deviation, skewness, kurtosis, median, quantiles) and Hipparchus (Kendall's
 * tau-b, eigen decomposition), except the mean and the Pearson correlation, which stay plain loops for the reasons
 * given in them; this class fixes the definitions the DTI and COINr use (sample standard deviation, type-2 skewness
 * and kurtosis, R's type-7 quantile, tau-b) and the treatment of missing values and of too few values. Stateless and
 * thread-safe.
 */
public final class Stats {
  private Stats() {}

  /**
   * The mean of the present values.
   *
   * @param x the values, not null
   * @return the mean, NaN when none is present
   */
  public static double mean(double[] x) {
    // Kept as the plain sum / n (not the library's two-pass mean, which differs in the last bit, by up to 4e-14 in
    // NumericsDifferentialTest): mean imputation feeds the optimised weightings, whose Nelder-Mead stopping rule turns
    // a one-ulp change in one cell into weights up to 4e-8 apart (measured on 120 random cases), beyond the 1e-12 the
    // results may move.
    double s = 0;
    int n = 0;
    for (double v : x) {
      if (!Double.isNaN(v)) {
        s += v;
        n++;
      }
    }
    return n == 0 ? Double.NaN : s / n;
  }

  /**
   * The median of the present values: the middle one, or the mean of the two middle ones.
   *
   * @param x the values, not null; not modified
   * @return the median, NaN when none is present
   */
  public static double median(double[] x) {
    return Median.withDefaults().with(NaNPolicy.EXCLUDE).withCopy(true).evaluate(x);
  }

  /**
   * The quantile of sorted values by linear interpolation between order statistics (R's default, type 7).
   *
   * @param sorted the values in ascending order, not null; a missing value (NaN, sorted last) is expected only
   *     beyond the values the quantile uses
   * @param p the probability, 0..1
   * @return the quantile, NaN when there are no values or one of the two values it lies between is missing
   * @throws IllegalArgumentException if {@code p} is not in [0, 1]
   */
  public static double quantile(double[] sorted, double p) {
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException("quantile probability must be in [0, 1], was " + p);
    }
    int n = sorted.length;
    if (n == 0) {
      return Double.NaN;
    }
    // a missing value among the two order statistics the quantile lies between makes it missing (Arrays.sort puts
    // NaN last); the library would return the lower one when the weight of the upper is 0
    int lo = (int) ((n - 1) * p);
    if (Double.isNaN(sorted[lo]) || Double.isNaN(sorted[Math.min(lo + 1, n - 1)])) {
      return Double.NaN;
    }
    return Quantile.withDefaults().with(Quantile.EstimationMethod.HF7).evaluate(n, i -> sorted[i], p);
  }

  /**
   * The sample skewness of the present values, type 2 (Excel's {@code SKEW}, as COINr's outlier treatment uses it).
   *
   * @param all the values, not null
   * @return the skewness, NaN with fewer than 3 values or no spread
   */
  public static double skewness(double[] all) {
    double[] x = present(all);
    return x.length < 3 ? Double.NaN : Skewness.of(x).getAsDouble();
  }

  /**
   * The sample excess kurtosis of the present values, type 2 (Excel's {@code KURT}, as COINr's outlier treatment
   * uses it).
   *
   * @param all the values, not null
   * @return the kurtosis, NaN with fewer than 4 values or no spread
   */
  public static double kurtosis(double[] all) {
    double[] x = present(all);
    return x.length < 4 ? Double.NaN : Kurtosis.of(x).getAsDouble();
  }

  /**
   * Kendall's tau-b of two columns (ties counted on either side; a pair tied on both sides is left out).
   *
   * @param x the first column, none missing, not null
   * @param y the second column, same length, none missing, not null
   * @return tau-b in [−1, 1], NaN with fewer than two values or a constant column
   */
  public static double kendall(double[] x, double[] y) {
    if (x.length < 2) {
      return Double.NaN;
    }
    // + 0.0 turns −0.0 into 0.0: the library counts the two zeros as different values, not as a tie
    return new KendallsCorrelation().correlation(Arrays.stream(x).map(v -> v + 0.0).toArray(),
        Arrays.stream(y).map(v -> v + 0.0).toArray());
  }

  private static double[] present(double[] x) {
    return Arrays.stream(x).filter(v -> !Double.isNaN(v)).toArray();
  }

  /**
   * The sample standard deviation (n − 1), as R's {@code sd}, of the present values.
   *
   * @param x the values, not null
   * @return the standard deviation, NaN with fewer than two values
   */
  public static double standardDeviation(double[] x) {
    double[] v = present(x);
    return v.length < 2 ? Double.NaN : StandardDeviation.of(v).getAsDouble();
  }

  /**
   * The Pearson correlation over the positions where both values are present.
   *
   * @param x the first column, not null
   * @param y the second column, same length, not null
   * @return the correlation, NaN with fewer than two pairs or a constant column
   */
  public static double correlation(double[] x, double[] y) {
    // Kept by hand, not Hipparchus (covariance over the root of the product of variances, within 1.8e-15 of this):
    // it is the hot loop of the optimised weightings, whose objective calls it k times per Nelder-Mead step. Measured
    // at n = 63: 0.3 us a call here against 1.2 us through the library, and 7 ms against 22 ms for one optimised
    // weighting of 8 children; and the simplex's path follows the last bit of the objective, so the library's
    // rounding moved optimised weights by up to 6.8e-8 (23 of 120 random cases), beyond the 1e-12 allowed.
    // (Hipparchus' own PearsonsCorrelation is worse still: the root of R-squared from a regression.)
    double sx = 0;
    double sy = 0;
    int n = 0;
    for (int i = 0; i < x.length; i++) {
      if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
        sx += x[i];
        sy += y[i];
        n++;
      }
    }
    if (n < 2) {
      return Double.NaN;
    }
    double mx = sx / n;
    double my = sy / n;
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < x.length; i++) {
      if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
        sxy += (x[i] - mx) * (y[i] - my);
        sxx += (x[i] - mx) * (x[i] - mx);
        syy += (y[i] - my) * (y[i] - my);
      }
    }
    return sxy / Math.sqrt(sxx * syy);
  }

  /**
   * The eigen decomposition of a symmetric matrix (Hipparchus' {@link EigenDecompositionSymmetric}).
   *
   * @param input the symmetric matrix, finite, not changed, not null
   * @return {@code {{values}, vectors as columns}}, values sorted descending; each vector has length 1 and an
   *     arbitrary sign, which callers fix
   */
  public static double[][][] symmetricEigen(double[][] input) {
    if (input.length == 0) {
      return new double[][][] {new double[1][0], new double[0][0]};
    }
    EigenDecompositionSymmetric e = new EigenDecompositionSymmetric(MatrixUtils.createRealMatrix(input));
    return new double[][][] {{e.getEigenvalues()}, e.getV().getData()};
  }
}
