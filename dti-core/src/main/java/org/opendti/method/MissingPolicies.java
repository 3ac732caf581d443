package org.opendti.method;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opendti.MissingDataException;

/** The built-in missing-value policies. */
final class MissingPolicies {
  private MissingPolicies() {}

  enum Simple implements MissingValuePolicy {
    ZERO("zero"),
    SKIP("skip"),
    FAIL("fail"),
    MEAN("mean"),
    MEDIAN("median"),
    GROUP_MEAN("group-mean"),
    PREVIOUS_PERIOD("previous-period"),
    INTERPOLATE("interpolate");

    private final String id;

    Simple(String id) {
      this.id = id;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public double[] treat(double[] scores, MissingContext ctx) {
      double[] out = scores.clone();
      switch (this) {
        case ZERO -> fill(out, 0);
        case SKIP -> { }
        case FAIL -> {
          for (int u = 0; u < out.length; u++) {
            if (Double.isNaN(out[u])) {
              throw new MissingDataException(ctx.units().get(u), ctx.node().code(), ctx.period());
            }
          }
        }
        case MEAN -> fill(out, Stats.mean(scores));
        case MEDIAN -> fill(out, Stats.median(scores));
        case GROUP_MEAN -> groupMean(out, ctx.groups());
        case PREVIOUS_PERIOD -> previous(out, ctx);
        case INTERPOLATE -> interpolate(out, ctx);
      }
      return out;
    }

    private static void fill(double[] x, double v) {
      for (int u = 0; u < x.length; u++) {
        if (Double.isNaN(x[u])) {
          x[u] = v;
        }
      }
    }

    private static void groupMean(double[] x, List<Optional<String>> groups) {
      Map<String, double[]> sums = new HashMap<>();
      for (int u = 0; u < x.length; u++) {
        if (!Double.isNaN(x[u])) {
          double[] s = sums.computeIfAbsent(groups.get(u).orElse(""), g -> new double[2]);
          s[0] += x[u];
          s[1]++;
        }
      }
      for (int u = 0; u < x.length; u++) {
        if (Double.isNaN(x[u])) {
          double[] s = sums.get(groups.get(u).orElse(""));
          x[u] = s == null ? Double.NaN : s[0] / s[1];
        }
      }
    }

    private static void previous(double[] x, MissingContext ctx) {
      int p = ctx.periods().indexOf(ctx.period());
      for (int back = p - 1; back >= 0 && hasMissing(x); back--) {
        double[] old = ctx.scores(ctx.periods().get(back));
        for (int u = 0; u < x.length; u++) {
          if (Double.isNaN(x[u])) {
            x[u] = old[u];
          }
        }
      }
    }

    private static void interpolate(double[] x, MissingContext ctx) {
      if (!hasMissing(x)) {
        return;
      }
      List<String> periods = ctx.periods();
      int p = periods.indexOf(ctx.period());
      double[][] all = new double[periods.size()][];
      for (int u = 0; u < x.length; u++) {
        if (!Double.isNaN(x[u])) {
          continue;
        }
        int lo = -1;
        int hi = -1;
        for (int q = p - 1; q >= 0 && lo < 0; q--) {
          all[q] = all[q] == null ? ctx.scores(periods.get(q)) : all[q];
          lo = Double.isNaN(all[q][u]) ? -1 : q;
        }
        for (int q = p + 1; q < periods.size() && hi < 0; q++) {
          all[q] = all[q] == null ? ctx.scores(periods.get(q)) : all[q];
          hi = Double.isNaN(all[q][u]) ? -1 : q;
        }
        if (lo >= 0 && hi >= 0) {
          x[u] = all[lo][u] + (all[hi][u] - all[lo][u]) * (p - lo) / (double) (hi - lo);
        } else if (lo >= 0) {
          x[u] = all[lo][u];
        } else if (hi >= 0) {
          x[u] = all[hi][u];
        }
      }
    }

    private static boolean hasMissing(double[] x) {
      for (double v : x) {
        if (Double.isNaN(v)) {
          return true;
        }
      }
      return false;
    }
  }
}
