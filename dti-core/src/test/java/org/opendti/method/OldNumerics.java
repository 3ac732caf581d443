package org.opendti.method;

import java.util.Arrays;

/**
 * The hand-written numerics of {@link Stats} and {@link AhpMatrix} as they were before they delegated to Hipparchus
 * and Commons Statistics, kept here (test code only) as the oracle of {@link NumericsDifferentialTest}.
 */
final class OldNumerics {
  private OldNumerics() {}

  static double mean(double[] x) {
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

  static double median(double[] x) {
    double[] v = present(x);
    Arrays.sort(v);
    if (v.length == 0) {
      return Double.NaN;
    }
    int m = v.length / 2;
    return v.length % 2 == 1 ? v[m] : (v[m - 1] + v[m]) / 2;
  }

  static double quantile(double[] sorted, double p) {
    int n = sorted.length;
    if (n == 0) {
      return Double.NaN;
    }
    double h = (n - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, n - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }

  static double skewness(double[] all) {
    double[] x = present(all);
    int n = x.length;
    if (n < 3) {
      return Double.NaN;
    }
    double[] c = centralSums(x);
    double g = Math.sqrt(n) * c[1] / Math.pow(c[0], 1.5);
    return g * Math.sqrt(n * (n - 1.0)) / (n - 2);
  }

  static double kurtosis(double[] all) {
    double[] x = present(all);
    int n = x.length;
    if (n < 4) {
      return Double.NaN;
    }
    double[] c = centralSums(x);
    double r = n * c[2] / (c[0] * c[0]);
    return ((n + 1) * (r - 3) + 6) * (n - 1) / ((n - 2.0) * (n - 3));
  }

  private static double[] centralSums(double[] x) {
    double m = Arrays.stream(x).average().orElse(0);
    double s2 = 0;
    double s3 = 0;
    double s4 = 0;
    for (double v : x) {
      double d = v - m;
      s2 += d * d;
      s3 += d * d * d;
      s4 += d * d * d * d;
    }
    return new double[] {s2, s3, s4};
  }

  static double kendall(double[] x, double[] y) {
    long concordant = 0;
    long discordant = 0;
    long tiesX = 0;
    long tiesY = 0;
    for (int i = 0; i < x.length; i++) {
      for (int j = i + 1; j < x.length; j++) {
        double dx = Math.signum(x[i] - x[j]);
        double dy = Math.signum(y[i] - y[j]);
        if (dx == 0 && dy == 0) {
          continue;
        }
        if (dx == 0) {
          tiesX++;
        } else if (dy == 0) {
          tiesY++;
        } else if (dx == dy) {
          concordant++;
        } else {
          discordant++;
        }
      }
    }
    double d = Math.sqrt((double) (concordant + discordant + tiesX) * (concordant + discordant + tiesY));
    return d == 0 ? Double.NaN : (concordant - discordant) / d;
  }

  static double[] present(double[] x) {
    return Arrays.stream(x).filter(v -> !Double.isNaN(v)).toArray();
  }

  static double standardDeviation(double[] x) {
    double m = mean(x);
    double ss = 0;
    int n = 0;
    for (double v : x) {
      if (!Double.isNaN(v)) {
        ss += (v - m) * (v - m);
        n++;
      }
    }
    return n < 2 ? Double.NaN : Math.sqrt(ss / (n - 1));
  }

  static double correlation(double[] x, double[] y) {
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

  /** Cyclic Jacobi: {@code {{values}, vectors as columns}}, values sorted descending. */
  static double[][][] symmetricEigen(double[][] input) {
    int n = input.length;
    double[][] a = new double[n][];
    for (int i = 0; i < n; i++) {
      a[i] = input[i].clone();
    }
    double[][] v = new double[n][n];
    for (int i = 0; i < n; i++) {
      v[i][i] = 1;
    }
    for (int sweep = 0; sweep < 100; sweep++) {
      double off = 0;
      for (int p = 0; p < n; p++) {
        for (int q = p + 1; q < n; q++) {
          off += a[p][q] * a[p][q];
        }
      }
      if (off < 1e-30) {
        break;
      }
      for (int p = 0; p < n; p++) {
        for (int q = p + 1; q < n; q++) {
          if (Math.abs(a[p][q]) < 1e-300) {
            continue;
          }
          double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
          double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
          if (theta == 0) {
            t = 1;
          }
          double c = 1 / Math.sqrt(t * t + 1);
          double s = t * c;
          for (int k = 0; k < n; k++) {
            double akp = a[k][p];
            double akq = a[k][q];
            a[k][p] = c * akp - s * akq;
            a[k][q] = s * akp + c * akq;
          }
          for (int k = 0; k < n; k++) {
            double apk = a[p][k];
            double aqk = a[q][k];
            a[p][k] = c * apk - s * aqk;
            a[q][k] = s * apk + c * aqk;
          }
          for (int k = 0; k < n; k++) {
            double vkp = v[k][p];
            double vkq = v[k][q];
            v[k][p] = c * vkp - s * vkq;
            v[k][q] = s * vkp + c * vkq;
          }
        }
      }
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (x, y) -> Double.compare(a[y][y], a[x][x]));
    double[][] values = new double[1][n];
    double[][] vectors = new double[n][n];
    for (int j = 0; j < n; j++) {
      values[0][j] = a[order[j]][order[j]];
      for (int i = 0; i < n; i++) {
        vectors[i][j] = v[i][order[j]];
      }
    }
    return new double[][][] {values, vectors};
  }

  /** AHP by power iteration: {@code {weights..., λmax}} of a valid reciprocal matrix. */
  static double[] ahp(double[][] a) {
    int n = a.length;
    double[] w = new double[n];
    Arrays.fill(w, 1.0 / n);
    double lambda = n;
    for (int iter = 0; iter < 10_000; iter++) {
      double[] next = new double[n];
      double sum = 0;
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          next[i] += a[i][j] * w[j];
        }
        sum += next[i];
      }
      lambda = sum;
      double change = 0;
      for (int i = 0; i < n; i++) {
        next[i] /= sum;
        change = Math.max(change, Math.abs(next[i] - w[i]));
      }
      w = next;
      if (change < 1e-15) {
        break;
      }
    }
    double[] out = Arrays.copyOf(w, n + 1);
    out[n] = lambda;
    return out;
  }

  /** PCA weights as {@code DataWeightings.Pca} computed them, or null where it threw. */
  static double[] pca(double[][] x) {
    int k = x.length;
    double[][] corr = new double[k][k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        corr[i][j] = i == j ? 1 : correlation(x[i], x[j]);
        if (Double.isNaN(corr[i][j])) {
          return null;
        }
      }
    }
    double[][][] eig = symmetricEigen(corr);
    double[] w = new double[k];
    double sum = 0;
    for (int i = 0; i < k; i++) {
      w[i] = eig[1][i][0];
      sum += w[i];
    }
    for (int i = 0; i < k; i++) {
      w[i] = sum < 0 ? -w[i] : w[i];
      if (w[i] < 0) {
        return null;
      }
    }
    return w;
  }
}
