package org.opendti.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.opendti.DtiException;

/**
 * The library-backed numerics of {@link Stats}, {@link AhpMatrix} and the PCA weights against the hand-written code
 * they replaced ({@link OldNumerics}, the oracle), on many seeded random inputs: ties, constant columns, missing
 * values, n = 0 to 200. Every figure agrees within 1e-12 (eigenvectors up to sign), and NaN exactly where the old
 * code gave NaN. Run with {@code -Dnumerics.report=true} to print the largest difference of each quantity.
 */
final class NumericsDifferentialTest {
  private static final double TOLERANCE = 1e-12;
  private static final int[] SIZES = {0, 1, 2, 3, 4, 5, 6, 7, 10, 17, 63, 200};
  private static final double[] PROBABILITIES = {0, 0.025, 0.05, 0.25, 0.5, 0.75, 0.95, 0.975, 1};
  private static final Map<String, Double> MAX_DIFF = new TreeMap<>();

  private enum Kind { CONTINUOUS, TIES, CONSTANT, MISSING, ALL_MISSING, SKEWED }

  private static double[] column(Random r, int n, Kind kind) {
    double[] x = new double[n];
    double constant = new double[] {0, 1, 42, 2.5, -7, 100}[r.nextInt(6)];
    for (int i = 0; i < n; i++) {
      x[i] = switch (kind) {
        case CONTINUOUS -> 50 + 20 * r.nextGaussian();
        case TIES -> r.nextInt(4) * 12.5;
        case CONSTANT -> constant;
        case MISSING -> r.nextInt(5) == 0 ? Double.NaN : 100 * r.nextDouble();
        case ALL_MISSING -> Double.NaN;
        case SKEWED -> Math.exp(2 * r.nextGaussian());
      };
    }
    return x;
  }

  private static void close(String what, double old, double now, String input) {
    if (Double.isNaN(old) || Double.isNaN(now)) {
      assertThat(now).as("%s of %s: old %s, new %s", what, input, old, now).isNaN();
      assertThat(old).as("%s of %s: old %s, new %s", what, input, old, now).isNaN();
      return;
    }
    double d = Math.abs(old - now);
    MAX_DIFF.merge(what, d, Math::max);
    assertThat(d).as("%s of %s: old %s, new %s", what, input, old, now).isLessThanOrEqualTo(TOLERANCE);
  }

  @AfterAll
  static void report() {
    if (Boolean.getBoolean("numerics.report")) {
      MAX_DIFF.forEach((k, v) -> System.out.println("max |old - new| " + k + ": " + v));
    }
  }

  @Test
  void moments_medianAndQuantiles_matchTheOldCode() {
    Random r = new Random(20261130);
    int cases = 0;
    for (int rep = 0; rep < 40; rep++) {
      for (int n : SIZES) {
        for (Kind kind : Kind.values()) {
          double[] x = column(r, n, kind);
          String in = kind + " n=" + n + " " + Arrays.toString(x);
          double[] before = x.clone();
          close("mean", OldNumerics.mean(x), Stats.mean(x), in);
          close("median", OldNumerics.median(x), Stats.median(x), in);
          close("standardDeviation", OldNumerics.standardDeviation(x), Stats.standardDeviation(x), in);
          close("skewness", OldNumerics.skewness(x), Stats.skewness(x), in);
          close("kurtosis", OldNumerics.kurtosis(x), Stats.kurtosis(x), in);
          double[] sorted = OldNumerics.present(x);
          Arrays.sort(sorted);
          for (double p : PROBABILITIES) {
            close("quantile", OldNumerics.quantile(sorted, p), Stats.quantile(sorted, p), in + " p=" + p);
          }
          double p = r.nextDouble();
          close("quantile", OldNumerics.quantile(sorted, p), Stats.quantile(sorted, p), in + " p=" + p);
          double[] sortedWithMissing = x.clone(); // Arrays.sort puts NaN last; a NaN in reach gives NaN, as before
          Arrays.sort(sortedWithMissing);
          for (double q : PROBABILITIES) {
            close("quantile", OldNumerics.quantile(sortedWithMissing, q), Stats.quantile(sortedWithMissing, q),
                in + " sorted with NaN last, p=" + q);
          }
          assertThat(x).as("the input is not modified").isEqualTo(before);
          cases++;
        }
      }
    }
    assertThat(cases).isEqualTo(40 * SIZES.length * Kind.values().length);
  }

  @Test
  void constantColumns_haveNoSpreadAndNoShape() {
    for (double c : new double[] {0, 1, 2.5, 42, -7, 1e6}) {
      double[] x = new double[9];
      Arrays.fill(x, c);
      assertThat(Stats.standardDeviation(x)).isZero();
      assertThat(Stats.skewness(x)).isNaN();
      assertThat(Stats.kurtosis(x)).isNaN();
      assertThat(Stats.correlation(x, IntStream.range(0, 9).asDoubleStream().toArray())).isNaN();
      assertThat(Stats.kendall(x, IntStream.range(0, 9).asDoubleStream().toArray())).isNaN();
      assertThat(OldNumerics.skewness(x)).isNaN();
      assertThat(OldNumerics.correlation(x, IntStream.range(0, 9).asDoubleStream().toArray())).isNaN();
    }
  }

  /**
   * A constant column whose plain sum/n mean is off by an ulp gave rounding noise as its skewness and kurtosis in the
   * old code (skewness ±2.4 for three values); the library's two-pass moments see no spread there, so the documented
   * NaN now holds for these columns too. (The winsorisation cannot move such a column either way: its maximum is its
   * minimum.)
   */
  @Test
  void constantColumnsWithAnInexactPlainMean_haveNoShapeNow_theOldCodeGaveNoise() {
    for (double c : new double[] {0.1, 0.3, 1 / 3.0, 0.7}) {
      for (int n = 3; n <= 9; n++) {
        double[] x = new double[n];
        Arrays.fill(x, c);
        assertThat(Stats.standardDeviation(x)).as("%s × %s", c, n).isZero();
        assertThat(Stats.skewness(x)).as("%s × %s", c, n).isNaN();
        assertThat(Stats.kurtosis(x)).as("%s × %s", c, n).isNaN();
      }
    }
    assertThat(OldNumerics.skewness(new double[] {0.1, 0.1, 0.1})).as("the old noise").isNotNaN();
  }

  @Test
  void pearsonAndKendall_matchTheOldCode() {
    Random r = new Random(7);
    for (int rep = 0; rep < 40; rep++) {
      for (int n : SIZES) {
        for (Kind kx : Kind.values()) {
          Kind ky = Kind.values()[r.nextInt(Kind.values().length)];
          double[] x = column(r, n, kx);
          double[] y = column(r, n, ky);
          if (r.nextBoolean()) {
            double slope = r.nextGaussian();
            for (int i = 0; i < n; i++) {
              y[i] = slope * x[i] + (r.nextInt(3) == 0 ? 0 : r.nextGaussian());
            }
          }
          String in = kx + "/" + ky + " n=" + n + " " + Arrays.toString(x) + " " + Arrays.toString(y);
          close("correlation", OldNumerics.correlation(x, y), Stats.correlation(x, y), in);
          double[][] xy = presentPairs(x, y);
          close("kendall", OldNumerics.kendall(xy[0], xy[1]), Stats.kendall(xy[0], xy[1]), in);
        }
      }
    }
  }

  /**
   * Where the old code met an infinite order statistic with a weight of 0 it gave NaN (0 × ∞); the library gives
   * the order statistic itself: the maximum of {1, ∞} is ∞, no longer NaN.
   */
  @Test
  void quantile_ofInfiniteValues_isTheOrderStatistic_whereTheOldCodeGaveNaN() {
    double[] s = {1, 2, Double.POSITIVE_INFINITY};
    assertThat(Stats.quantile(s, 1)).isInfinite();
    assertThat(OldNumerics.quantile(s, 1)).isNaN();
    assertThat(Stats.quantile(s, 0.5)).isEqualTo(2);
    assertThat(Stats.quantile(s, 0.75)).isInfinite();
    assertThat(Stats.quantile(new double[] {1, Double.NaN}, 0)).isNaN();
    assertThat(Stats.quantile(new double[] {1, 3, Double.NaN}, 0.25)).isEqualTo(2);
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> Stats.quantile(s, 1.5))
        .withMessageContaining("[0, 1]").withMessageContaining("1.5");
  }

  @Test
  void kendall_countsSignedZerosAsTies() {
    double[] x = {0.0, -0.0, 1, 2, -0.0};
    double[] y = {3, 1, 2, 2, 5};
    assertThat(Stats.kendall(x, y)).isCloseTo(OldNumerics.kendall(x, y), org.assertj.core.api.Assertions.within(1e-15));
    assertThat(Stats.kendall(new double[0], new double[0])).isNaN();
    assertThat(Stats.kendall(new double[] {1}, new double[] {2})).isNaN();
  }

  private static double[][] presentPairs(double[] x, double[] y) {
    int[] at = IntStream.range(0, x.length).filter(i -> !Double.isNaN(x[i]) && !Double.isNaN(y[i])).toArray();
    return new double[][] {Arrays.stream(at).mapToDouble(i -> x[i]).toArray(),
        Arrays.stream(at).mapToDouble(i -> y[i]).toArray()};
  }

  /** Columns sharing a common factor of random strength, so the correlations range from none to strong. */
  private static double[][] factorData(Random r, int k, int n) {
    double[] common = column(r, n, Kind.CONTINUOUS);
    double[][] x = new double[k][n];
    for (int c = 0; c < k; c++) {
      double load = 2 * r.nextDouble() - 0.5;
      Kind noise = r.nextInt(4) == 0 ? Kind.TIES : Kind.CONTINUOUS;
      double[] e = column(r, n, noise);
      for (int u = 0; u < n; u++) {
        x[c][u] = load * common[u] + e[u];
      }
    }
    return x;
  }

  @Test
  void symmetricEigen_matchesJacobi_valuesAndVectorsUpToSign() {
    Random r = new Random(11);
    int vectorsCompared = 0;
    for (int rep = 0; rep < 400; rep++) {
      int k = 2 + r.nextInt(9);
      int n = 3 + r.nextInt(60);
      double[][] x = factorData(r, k, n);
      double[][] corr = new double[k][k];
      for (int i = 0; i < k; i++) {
        for (int j = 0; j < k; j++) {
          corr[i][j] = i == j ? 1 : OldNumerics.correlation(x[i], x[j]);
        }
      }
      if (Arrays.stream(corr).flatMapToDouble(Arrays::stream).anyMatch(Double::isNaN)) {
        continue;
      }
      double[][] copy = Arrays.stream(corr).map(double[]::clone).toArray(double[][]::new);
      double[][][] old = OldNumerics.symmetricEigen(corr);
      double[][][] now = Stats.symmetricEigen(corr);
      assertThat(corr).as("the input is not modified").isDeepEqualTo(copy);
      String in = Arrays.deepToString(corr);
      for (int j = 0; j < k; j++) {
        close("eigenvalue", old[0][0][j], now[0][0][j], in);
      }
      for (int j = 0; j < k; j++) {
        double gap = Math.min(j == 0 ? Double.POSITIVE_INFINITY : old[0][0][j - 1] - old[0][0][j],
            j == k - 1 ? Double.POSITIVE_INFINITY : old[0][0][j] - old[0][0][j + 1]);
        if (gap < 1e-3) {
          continue; // a (nearly) repeated eigenvalue: its vector is not determined, only its space is
        }
        double dot = 0;
        for (int i = 0; i < k; i++) {
          dot += old[1][i][j] * now[1][i][j];
        }
        double sign = Math.signum(dot);
        for (int i = 0; i < k; i++) {
          close("eigenvector (up to sign)", old[1][i][j], sign * now[1][i][j], in + " column " + j);
        }
        vectorsCompared++;
      }
    }
    assertThat(vectorsCompared).isGreaterThan(1000);
  }

  @Test
  void symmetricEigen_ofTheIdentity_isTheIdentityInOrder() {
    for (int k = 1; k <= 8; k++) {
      double[][] id = new double[k][k];
      for (int i = 0; i < k; i++) {
        id[i][i] = 1;
      }
      double[][][] old = OldNumerics.symmetricEigen(id);
      double[][][] now = Stats.symmetricEigen(id);
      assertThat(now[0]).isDeepEqualTo(old[0]);
      assertThat(now[1]).isDeepEqualTo(old[1]).isDeepEqualTo(id);
    }
  }

  @Test
  void pcaWeights_matchTheOldCode_includingTheCasesThatFail() {
    Random r = new Random(3);
    int compared = 0;
    int failed = 0;
    for (int rep = 0; rep < 300; rep++) {
      int k = 2 + r.nextInt(8);
      int n = 3 + r.nextInt(40);
      double[][] x = factorData(r, k, n);
      if (rep % 10 == 0) {
        Arrays.fill(x[r.nextInt(k)], 3.0);
      }
      double[] old = OldNumerics.pca(x);
      if (old == null) {
        assertThatExceptionOfType(DtiException.class).isThrownBy(() -> WeightingScheme.pca()
            .weights(WeightingTest.ctx(x)));
        failed++;
        continue;
      }
      double[] now = WeightingScheme.pca().weights(WeightingTest.ctx(x));
      for (int i = 0; i < k; i++) {
        close("PCA weight", old[i], now[i], Arrays.deepToString(x));
      }
      compared++;
    }
    assertThat(compared).isGreaterThan(50);
    assertThat(failed).isGreaterThan(10);
  }

  @Test
  void pcaWeights_ofUncorrelatedChildren_areTheFirstChildAlone_asBefore() {
    double[][] x = {{1, -1, 1, -1}, {1, 1, -1, -1}, {1, -1, -1, 1}};
    assertThat(WeightingScheme.pca().weights(WeightingTest.ctx(x))).containsExactly(OldNumerics.pca(x))
        .containsExactly(1, 0, 0);
  }

  /**
   * Why {@link AhpMatrix} keeps its power iteration: the library's non-symmetric eigen decomposition fails on a
   * perfectly consistent matrix (the common case of judgements derived from weights), which the power iteration solves
   * in one step. Should a later Hipparchus converge here, this test fails and the loop can go.
   */
  @Test
  void ahp_keepsItsPowerIteration_becauseTheLibraryFailsOnConsistentMatrices() {
    Random r = new Random(5);
    int failures = 0;
    for (int rep = 0; rep < 200; rep++) {
      int n = 2 + r.nextInt(9);
      double[] v = r.doubles(n, 0.05, 1).toArray();
      double[][] m = new double[n][n];
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          m[i][j] = i == j ? 1 : v[i] / v[j];
        }
      }
      try {
        new org.hipparchus.linear.EigenDecompositionNonSymmetric(org.hipparchus.linear.MatrixUtils
            .createRealMatrix(m));
      } catch (org.hipparchus.exception.MathIllegalStateException e) {
        failures++;
      }
      double[] weights = AhpMatrix.of(IntStream.range(0, n).mapToObj(i -> "n" + i).toList(), m).weights();
      double sum = Arrays.stream(v).sum();
      for (int i = 0; i < n; i++) {
        assertThat(weights[i]).isCloseTo(v[i] / sum, org.assertj.core.api.Assertions.within(1e-15));
      }
    }
    assertThat(failures).as("consistent matrices on which Hipparchus' Schur QR does not converge").isPositive();
  }

  private static final double[] SAATY = {1 / 9.0, 1 / 8.0, 1 / 7.0, 1 / 6.0, 1 / 5.0, 1 / 4.0, 1 / 3.0, 1 / 2.0, 1,
      2, 3, 4, 5, 6, 7, 8, 9};

  @Test
  void ahp_weightsAndLambdaMax_matchThePowerIteration() {
    Random r = new Random(5);
    for (int rep = 0; rep < 600; rep++) {
      int n = 1 + r.nextInt(10);
      double[][] a = new double[n][n];
      double[] w = r.doubles(n, 0.05, 1).toArray();
      boolean consistent = rep % 3 == 0;
      for (int i = 0; i < n; i++) {
        a[i][i] = 1;
        for (int j = i + 1; j < n; j++) {
          a[i][j] = consistent ? w[i] / w[j] : SAATY[r.nextInt(SAATY.length)];
          a[j][i] = 1 / a[i][j];
        }
      }
      List<String> codes = IntStream.range(0, n).mapToObj(i -> "n" + i).toList();
      AhpMatrix m = AhpMatrix.of(codes, a);
      double[] old = OldNumerics.ahp(a);
      String in = Arrays.deepToString(a);
      for (int i = 0; i < n; i++) {
        close("AHP weight", old[i], m.weights()[i], in);
      }
      close("AHP lambda max", old[n], m.lambdaMax(), in);
      double cr = n <= 2 ? 0 : (old[n] - n) / (n - 1) / new double[] {0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45,
          1.49}[n - 1];
      close("AHP consistency ratio", cr, m.consistencyRatio(), in);
    }
  }
}
