package org.opendti.method;

import java.util.Arrays;
import java.util.Locale;
import org.opendti.Node;

/** The built-in outlier treatments and the skewness and kurtosis they test. */
final class Outliers {
  private Outliers() {}

  static final OutlierTreatment NONE = new OutlierTreatment() {
    @Override
    public Treated treat(double[] scores, Node node) {
      return new Treated(scores.clone(), "");
    }

    @Override
    public String id() {
      return "none";
    }
  };

  private static double[] present(double[] x) {
    return Arrays.stream(x).filter(v -> !Double.isNaN(v)).toArray();
  }

  /** Sample skewness, type 2 (Excel's SKEW); NaN with fewer than 3 values. */
  static double skewness(double[] all) {
    double[] x = present(all);
    int n = x.length;
    if (n < 3) {
      return Double.NaN;
    }
    double m = Arrays.stream(x).average().orElse(0);
    double s2 = 0;
    double s3 = 0;
    for (double v : x) {
      double d = v - m;
      s2 += d * d;
      s3 += d * d * d;
    }
    double g = Math.sqrt(n) * s3 / Math.pow(s2, 1.5);
    return g * Math.sqrt(n * (n - 1.0)) / (n - 2);
  }

  /** Sample excess kurtosis, type 2 (Excel's KURT); NaN with fewer than 4 values. */
  static double kurtosis(double[] all) {
    double[] x = present(all);
    int n = x.length;
    if (n < 4) {
      return Double.NaN;
    }
    double m = Arrays.stream(x).average().orElse(0);
    double s2 = 0;
    double s4 = 0;
    for (double v : x) {
      double d = v - m;
      s2 += d * d;
      s4 += d * d * d * d;
    }
    double r = n * s4 / (s2 * s2);
    return ((n + 1) * (r - 3) + 6) * (n - 1) / ((n - 2.0) * (n - 3));
  }

  record Winsorise(double skewLimit, double kurtosisLimit, int maxPoints, OutlierTreatment.Fallback fallback,
      double lambda) implements OutlierTreatment {
    Winsorise {
      if (!(skewLimit > 0) || !Double.isFinite(kurtosisLimit) || maxPoints < 0 || fallback == null
          || !Double.isFinite(lambda)) {
        throw new IllegalArgumentException("winsorisation needs a positive skewness limit, a finite kurtosis limit,"
            + " maxPoints ≥ 0, a fallback and a finite lambda");
      }
    }

    @Override
    public String id() {
      return "winsorise";
    }

    private boolean passes(double[] x) {
      double s = skewness(x);
      double k = kurtosis(x);
      return Double.isNaN(s) || Double.isNaN(k) || Math.abs(s) < skewLimit || k < kurtosisLimit;
    }

    @Override
    public Treated treat(double[] scores, Node node) {
      double[] x = scores.clone();
      if (passes(x)) {
        return new Treated(x, "");
      }
      int high = 0;
      int low = 0;
      while (!passes(x) && high + low < maxPoints) {
        boolean up = skewness(x) >= 0;
        double extreme = up ? Normalisers.max(x) : Normalisers.min(x);
        double next = up ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        for (double v : x) {
          if (!Double.isNaN(v) && v != extreme) {
            next = up ? Math.max(next, v) : Math.min(next, v);
          }
        }
        if (Double.isInfinite(next)) {
          break;
        }
        for (int i = 0; i < x.length; i++) {
          if (x[i] == extreme) {
            x[i] = next;
            if (up) {
              high++;
            } else {
              low++;
            }
          }
        }
      }
      String win = String.format(Locale.ROOT, "winsorised %d high and %d low points", high, low);
      if (passes(x) || fallback == OutlierTreatment.Fallback.NONE) {
        return new Treated(x, win);
      }
      double[] t = scores.clone();
      double min = Normalisers.min(t);
      double max = Normalisers.max(t);
      for (int i = 0; i < t.length; i++) {
        if (fallback == OutlierTreatment.Fallback.LOG) {
          t[i] = Math.log(t[i] - min + 0.01 * (max - min));
        } else {
          double y = t[i] - min + 1;
          t[i] = lambda == 0 ? Math.log(y) : (Math.pow(y, lambda) - 1) / lambda;
        }
      }
      return new Treated(t, (fallback == OutlierTreatment.Fallback.LOG ? "log-transformed"
          : "Box-Cox transformed (lambda " + lambda + ")") + " (" + win + " was not enough)");
    }
  }
}
