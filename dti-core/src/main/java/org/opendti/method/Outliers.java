package org.opendti.method;

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
      double s = Stats.skewness(x);
      double k = Stats.kurtosis(x);
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
        boolean up = Stats.skewness(x) >= 0;
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
