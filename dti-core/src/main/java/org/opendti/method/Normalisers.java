package org.opendti.method;

import org.opendti.Direction;
import org.opendti.DtiException;
import org.opendti.InvalidFrameworkException;

/** The built-in normalisers. */
final class Normalisers {
  private Normalisers() {}

  /** The scores with the direction applied: negated for lower-is-better indicators. */
  static double[] oriented(double[] scores, NormalisationContext ctx) {
    double[] x = scores.clone();
    if (ctx.direction() == Direction.NEGATIVE) {
      for (int i = 0; i < x.length; i++) {
        x[i] = -x[i];
      }
    }
    return x;
  }

  static double min(double[] x) {
    double m = Double.POSITIVE_INFINITY;
    for (double v : x) {
      if (v < m) {
        m = v;
      }
    }
    return m == Double.POSITIVE_INFINITY ? Double.NaN : m;
  }

  static double max(double[] x) {
    double m = Double.NEGATIVE_INFINITY;
    for (double v : x) {
      if (v > m) {
        m = v;
      }
    }
    return m == Double.NEGATIVE_INFINITY ? Double.NaN : m;
  }

  /** 1 − (ref − x) / (ref − min), the shared form of COINr's distance normalisers. */
  static double[] distance(double[] x, double ref, boolean cap) {
    double min = min(x);
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      double y = 1 - (ref - x[i]) / (ref - min);
      out[i] = cap && y > 1 ? 1 : y;
    }
    return out;
  }

  enum Simple implements Normaliser {
    NONE("none") {
      @Override
      public double[] normalise(double[] scores, NormalisationContext ctx) {
        return oriented(scores, ctx);
      }
    },
    FRACTION_OF_MAX("fraction-of-max") {
      @Override
      public double[] normalise(double[] scores, NormalisationContext ctx) {
        double max = ctx.maxPoints();
        double[] out = new double[scores.length];
        boolean negative = ctx.direction() == Direction.NEGATIVE;
        for (int i = 0; i < out.length; i++) {
          // Unknown maximum: the scores are already fractions (ScoringRule.fraction()).
          double f = Double.isNaN(max) ? scores[i] : max == 0 ? Double.NaN : scores[i] / max;
          out[i] = negative ? 1 - f : f;
        }
        return out;
      }
    },
    RANK("rank") {
      @Override
      public double[] normalise(double[] scores, NormalisationContext ctx) {
        return Ranks.ascendingMin(oriented(scores, ctx));
      }
    },
    PERCENTILE_RANK("percentile-rank") {
      @Override
      public double[] normalise(double[] scores, NormalisationContext ctx) {
        double[] r = Ranks.ascendingMin(oriented(scores, ctx));
        int n = 0;
        for (double v : r) {
          if (!Double.isNaN(v)) {
            n++;
          }
        }
        for (int i = 0; i < r.length; i++) {
          r[i] = (r[i] - 1) / (n - 1);
        }
        return r;
      }
    },
    BORDA("borda") {
      @Override
      public double[] normalise(double[] scores, NormalisationContext ctx) {
        double[] r = Ranks.ascendingMin(oriented(scores, ctx));
        for (int i = 0; i < r.length; i++) {
          r[i] -= 1;
        }
        return r;
      }
    },
    DISTANCE_TO_MAX("distance-to-max") {
      @Override
      public double[] normalise(double[] scores, NormalisationContext ctx) {
        double[] x = oriented(scores, ctx);
        return distance(x, max(x), false);
      }
    },
    DISTANCE_TO_TARGET("distance-to-target") {
      @Override
      public double[] normalise(double[] scores, NormalisationContext ctx) {
        return distance(oriented(scores, ctx), target(ctx), false);
      }
    },
    DISTANCE_TO_TARGET_CAPPED("distance-to-target:cap") {
      @Override
      public double[] normalise(double[] scores, NormalisationContext ctx) {
        return distance(oriented(scores, ctx), target(ctx), true);
      }
    },
    DISTANCE_TO_REFERENCE("distance-to-reference") {
      @Override
      public double[] normalise(double[] scores, NormalisationContext ctx) {
        double[] x = oriented(scores, ctx);
        return distance(x, x[reference(ctx, x.length)], false);
      }
    },
    DISTANCE_TO_REFERENCE_CAPPED("distance-to-reference:cap") {
      @Override
      public double[] normalise(double[] scores, NormalisationContext ctx) {
        double[] x = oriented(scores, ctx);
        return distance(x, x[reference(ctx, x.length)], true);
      }
    };

    private final String id;

    Simple(String id) {
      this.id = id;
    }

    @Override
    public String id() {
      return id;
    }

    private static double target(NormalisationContext ctx) {
      double t = ctx.node().target().orElseThrow(() -> new InvalidFrameworkException(ctx.node().code(),
          "normaliser 'distance-to-target' needs the node's target"));
      return ctx.direction() == Direction.NEGATIVE ? -t : t;
    }

    private static int reference(NormalisationContext ctx, int n) {
      int r = ctx.referenceUnit();
      if (r < 0 || r >= n) {
        throw new DtiException("normaliser 'distance-to-reference' needs a reference unit; choose one in the method");
      }
      return r;
    }
  }

  record MinMax(double lower, double upper) implements Normaliser {
    static final MinMax UNIT = new MinMax(0, 1);

    MinMax {
      if (!Double.isFinite(lower) || !Double.isFinite(upper) || !(lower < upper)) {
        throw new IllegalArgumentException("min-max bounds must be finite with lower < upper, were " + lower + ", "
            + upper);
      }
    }

    @Override
    public double[] normalise(double[] scores, NormalisationContext ctx) {
      double[] x = oriented(scores, ctx);
      // minimum and maximum in one pass (NaN never compares, so it is skipped as by min() and max())
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      for (double v : x) {
        if (v < min) {
          min = v;
        }
        if (v > max) {
          max = v;
        }
      }
      min = min == Double.POSITIVE_INFINITY ? Double.NaN : min;
      max = max == Double.NEGATIVE_INFINITY ? Double.NaN : max;
      for (int i = 0; i < x.length; i++) {
        x[i] = (x[i] - min) / (max - min) * (upper - lower) + lower;
      }
      return x;
    }

    @Override
    public String id() {
      return lower == 0 && upper == 1 ? "min-max" : "min-max:" + MethodIds.num(lower) + "," + MethodIds.num(upper);
    }
  }

  record ZScore(double mean, double standardDeviation) implements Normaliser {
    static final ZScore STANDARD = new ZScore(0, 1);

    ZScore {
      if (!Double.isFinite(mean) || !(standardDeviation > 0) || Double.isInfinite(standardDeviation)) {
        throw new IllegalArgumentException("z-score needs a finite mean and a positive standard deviation, were "
            + mean + ", " + standardDeviation);
      }
    }

    @Override
    public double[] normalise(double[] scores, NormalisationContext ctx) {
      double[] x = oriented(scores, ctx);
      double sum = 0;
      int n = 0;
      for (double v : x) {
        if (!Double.isNaN(v)) {
          sum += v;
          n++;
        }
      }
      double mu = sum / n;
      double ss = 0;
      for (double v : x) {
        if (!Double.isNaN(v)) {
          ss += (v - mu) * (v - mu);
        }
      }
      double sd = Math.sqrt(ss / (n - 1));
      for (int i = 0; i < x.length; i++) {
        x[i] = (x[i] - mu) / sd * standardDeviation + mean;
      }
      return x;
    }

    @Override
    public String id() {
      return mean == 0 && standardDeviation == 1 ? "z-score"
          : "z-score:" + MethodIds.num(mean) + "," + MethodIds.num(standardDeviation);
    }
  }

  record Goalposts(double lower, double upper, double scale) implements Normaliser {
    Goalposts {
      if (!Double.isFinite(lower) || !Double.isFinite(upper) || !(lower < upper) || !(scale > 0)
          || Double.isInfinite(scale)) {
        throw new IllegalArgumentException("goalposts need finite lower < upper and a positive scale, were " + lower
            + ", " + upper + ", " + scale);
      }
    }

    @Override
    public double[] normalise(double[] scores, NormalisationContext ctx) {
      boolean negative = ctx.direction() == Direction.NEGATIVE;
      double[] out = new double[scores.length];
      for (int i = 0; i < out.length; i++) {
        double x = scores[i];
        double y = negative ? (upper - x) / (upper - lower) : (x - lower) / (upper - lower);
        out[i] = Math.max(0, Math.min(1, y)) * scale;
        if (Double.isNaN(x)) {
          out[i] = Double.NaN;
        }
      }
      return out;
    }

    @Override
    public String id() {
      return "goalposts:" + MethodIds.num(lower) + "," + MethodIds.num(upper) + "," + MethodIds.num(scale);
    }
  }
}
