package org.opendti.method;

import com.google.common.collect.ImmutableMap;
import java.util.Locale;
import java.util.Map;
import org.opendti.InvalidFrameworkException;
import org.opendti.Node;

/** The built-in weighting schemes. */
final class Weightings {
  private Weightings() {}

  enum Simple implements WeightingScheme {
    OFFICIAL("official") {
      @Override
      public double[] weights(WeightingContext ctx) {
        int n = ctx.children().size();
        double[] w = new double[n];
        boolean points = true;
        for (int c = 0; c < n; c++) {
          points &= !Double.isNaN(ctx.maxPoints(c));
        }
        java.util.List<String> unknown = new java.util.ArrayList<>();
        for (int c = 0; c < n; c++) {
          Node child = ctx.children().get(c);
          if (points) {
            w[c] = ctx.maxPoints(c);
          } else if (child.weight().isPresent()) {
            w[c] = child.weight().getAsDouble();
          } else {
            unknown.add(child.code());
          }
        }
        if (!unknown.isEmpty()) {
          throw new InvalidFrameworkException(ctx.parent().code(), "cannot aggregate: the maximum points (or"
              + " weights) of " + unknown + " are not known; supply them with Framework.withMaxPoints(...) or choose"
              + " another weighting");
        }
        return w;
      }
    },
    EQUAL("equal") {
      @Override
      public double[] weights(WeightingContext ctx) {
        double[] w = new double[ctx.children().size()];
        java.util.Arrays.fill(w, 1);
        return w;
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
  }

  record Fixed(ImmutableMap<String, Double> byCode) implements WeightingScheme {
    static Fixed of(Map<String, Double> map) {
      ImmutableMap.Builder<String, Double> b = ImmutableMap.builder();
      map.forEach((k, v) -> {
        if (!(v >= 0) || Double.isInfinite(v)) {
          throw new IllegalArgumentException("weight of '" + k + "' must be finite and ≥ 0, was " + v);
        }
        b.put(k.toLowerCase(Locale.ROOT), v);
      });
      return new Fixed(b.buildKeepingLast());
    }

    @Override
    public double[] weights(WeightingContext ctx) {
      double[] w = new double[ctx.children().size()];
      for (int c = 0; c < w.length; c++) {
        Node child = ctx.children().get(c);
        Double v = byCode.get(child.code().toLowerCase(Locale.ROOT));
        if (v == null) {
          throw new InvalidFrameworkException(child.code(), "fixed weights give no weight for this child of '"
              + ctx.parent().code() + "'");
        }
        w[c] = v;
      }
      return w;
    }

    @Override
    public String id() {
      return "fixed";
    }
  }
}
