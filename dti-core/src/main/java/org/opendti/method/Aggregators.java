package org.opendti.method;

import java.util.Arrays;
import org.opendti.InvalidDataException;
import org.opendti.Numbers;

/** The built-in aggregators. */
final class Aggregators {
  private Aggregators() {}

  private static void checkPositive(double v, int unit, int child, AggregationContext ctx, String what) {
    if (!(v > 0)) {
      throw new InvalidDataException(ctx.units().get(unit), ctx.children().get(child).code(), Numbers.plain(v),
          what + " of '" + ctx.node().code() + "' needs positive values; use min-max to a positive range or another"
              + " aggregator");
    }
  }

  enum Mean implements Aggregator {
    ARITHMETIC("arithmetic"),
    GEOMETRIC("geometric"),
    HARMONIC("harmonic");

    private final String id;

    Mean(String id) {
      this.id = id;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public double[] aggregate(double[][] children, double[] weights, AggregationContext ctx) {
      int units = children.length == 0 ? 0 : children[0].length;
      if (this == ARITHMETIC) {
        return arithmetic(children, weights, units);
      }
      double[] out = new double[units];
      double[] num = new double[units];
      double[] den = new double[units];
      for (int c = 0; c < children.length; c++) {
        double w = weights[c];
        if (w == 0) {
          continue;
        }
        double[] col = children[c];
        for (int u = 0; u < units; u++) {
          double v = col[u];
          if (Double.isNaN(v)) {
            continue;
          }
          switch (this) {
            case ARITHMETIC -> num[u] += w * v;
            case GEOMETRIC -> {
              checkPositive(v, u, c, ctx, "the geometric mean");
              num[u] += w * Math.log(v);
            }
            case HARMONIC -> {
              checkPositive(v, u, c, ctx, "the harmonic mean");
              num[u] += w / v;
            }
          }
          den[u] += w;
        }
      }
      for (int u = 0; u < units; u++) {
        if (den[u] == 0) {
          out[u] = Double.NaN;
          continue;
        }
        out[u] = switch (this) {
          case ARITHMETIC -> num[u] / den[u];
          case GEOMETRIC -> Math.exp(num[u] / den[u]);
          case HARMONIC -> den[u] / num[u];
        };
      }
      return out;
    }
  }

  /**
   * The weighted arithmetic mean over the present children, in one accumulator: a unit with every child present
   * divides by the total weight, summed in child order exactly as a per-unit sum would be (so results are the same
   * bits); only units with a missing child sum their present weights separately.
   */
  static double[] arithmetic(double[][] children, double[] weights, int units) {
    double[] num = new double[units];
    boolean[] gap = null;
    double total = 0;
    for (int c = 0; c < children.length; c++) {
      double w = weights[c];
      if (w == 0) {
        continue;
      }
      total += w;
      double[] col = children[c];
      for (int u = 0; u < units; u++) {
        double v = col[u];
        if (v == v) {
          num[u] += w * v;
        } else {
          if (gap == null) {
            gap = new boolean[units];
          }
          gap[u] = true;
        }
      }
    }
    for (int u = 0; u < units; u++) {
      double den = total;
      if (gap != null && gap[u]) {
        den = 0;
        for (int c = 0; c < children.length; c++) {
          double v = children[c][u];
          if (weights[c] != 0 && v == v) {
            den += weights[c];
          }
        }
      }
      num[u] = den == 0 ? Double.NaN : num[u] / den;
    }
    return num;
  }

  record Power(double p) implements Aggregator {
    Power {
      if (p == 0 || !Double.isFinite(p)) {
        throw new IllegalArgumentException("the power of a generalised mean must be finite and not 0, was " + p);
      }
    }

    @Override
    public String id() {
      return "power:" + MethodIds.num(p);
    }

    @Override
    public double[] aggregate(double[][] children, double[] weights, AggregationContext ctx) {
      int units = children.length == 0 ? 0 : children[0].length;
      double[] num = new double[units];
      double[] den = new double[units];
      for (int c = 0; c < children.length; c++) {
        if (weights[c] == 0) {
          continue;
        }
        for (int u = 0; u < units; u++) {
          double v = children[c][u];
          if (Double.isNaN(v)) {
            continue;
          }
          if (p != 1) {
            checkPositive(v, u, c, ctx, "the generalised mean");
          }
          num[u] += weights[c] * Math.pow(v, p);
          den[u] += weights[c];
        }
      }
      double[] out = new double[units];
      for (int u = 0; u < units; u++) {
        out[u] = den[u] == 0 ? Double.NaN : Math.pow(num[u] / den[u], 1 / p);
      }
      return out;
    }
  }

  enum Copeland implements Aggregator {
    INSTANCE;

    @Override
    public String id() {
      return "copeland";
    }

    @Override
    public double[] aggregate(double[][] children, double[] weights, AggregationContext ctx) {
      int units = children.length == 0 ? 0 : children[0].length;
      double[] out = new double[units];
      boolean[] any = new boolean[units];
      for (int a = 0; a < units; a++) {
        for (int b = a + 1; b < units; b++) {
          double sa = 0;
          double sb = 0;
          for (int c = 0; c < children.length; c++) {
            double x = children[c][a];
            double y = children[c][b];
            double w = weights[c];
            if (w == 0 || Double.isNaN(x) || Double.isNaN(y)) {
              continue;
            }
            any[a] = true;
            any[b] = true;
            if (x > y) {
              sa += w;
            } else if (y > x) {
              sb += w;
            } else {
              sa += w / 2;
              sb += w / 2;
            }
          }
          if (sa > sb) {
            out[a]++;
            out[b]--;
          } else if (sb > sa) {
            out[b]++;
            out[a]--;
          }
        }
      }
      for (int u = 0; u < units; u++) {
        if (!any[u] && allMissing(children, weights, u)) {
          out[u] = Double.NaN;
        }
      }
      return out;
    }

    private static boolean allMissing(double[][] children, double[] weights, int u) {
      return Arrays.stream(java.util.stream.IntStream.range(0, children.length).toArray())
          .allMatch(c -> weights[c] == 0 || Double.isNaN(children[c][u]));
    }
  }
}
