package org.opendti;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/** The parameterised built-in scoring rules. */
final class Rules {
  private Rules() {}

  enum Ratio implements ScoringRule {
    INSTANCE;

    @Override
    public String id() {
      return "ratio";
    }

    @Override
    public double points(Measure m, double maxPoints) {
      double share;
      if (m.numerator().isPresent()) {
        double a = m.numerator().getAsDouble();
        double b = m.denominator().getAsDouble();
        if (b <= 0) {
          throw new IllegalArgumentException("denominator must be positive");
        }
        if (a < 0) {
          throw new IllegalArgumentException("numerator must not be negative");
        }
        if (a > b) {
          throw new IllegalArgumentException("numerator must not exceed the denominator");
        }
        share = a / b;
      } else if (m.value().isPresent()) {
        share = m.value().getAsDouble();
        if (share < 0 || share > 1) {
          throw new IllegalArgumentException("a ratio given as one value must be in 0..1");
        }
      } else {
        throw new IllegalArgumentException("rule 'ratio' expects a numerator and denominator or a value");
      }
      return share * maxPoints;
    }

    @Override
    public void validate(String node, OptionalDouble maxPoints) {
      ValueRule.FRACTION.validate(node, maxPoints);
    }
  }

  enum Binary implements ScoringRule {
    INSTANCE;

    @Override
    public String id() {
      return "binary";
    }

    @Override
    public double points(Measure m, double maxPoints) {
      double v = m.value().orElse(Double.NaN);
      if (v == 1) {
        return maxPoints;
      }
      if (v == 0) {
        return 0;
      }
      throw new IllegalArgumentException("rule 'binary' expects 1 (done) or 0 (not done)");
    }

    @Override
    public void validate(String node, OptionalDouble maxPoints) {
      ValueRule.FRACTION.validate(node, maxPoints);
    }
  }

  record Thresholds(ImmutableSortedMap<Double, Double> pointsAtLeast) implements ScoringRule {
    static Thresholds of(Map<Double, Double> map) {
      if (map.isEmpty()) {
        throw new IllegalArgumentException("thresholds must not be empty");
      }
      map.forEach((k, v) -> {
        if (!Double.isFinite(k) || !Double.isFinite(v) || v < 0) {
          throw new IllegalArgumentException("threshold " + k + " → " + v + " points: expected finite values and"
              + " points ≥ 0");
        }
      });
      return new Thresholds(ImmutableSortedMap.copyOf(map));
    }

    @Override
    public String id() {
      return "thresholds";
    }

    @Override
    public double points(Measure m, double maxPoints) {
      double v = m.asNumber();
      if (Double.isNaN(v)) {
        throw new IllegalArgumentException("rule 'thresholds' expects a number");
      }
      Map.Entry<Double, Double> e = pointsAtLeast.floorEntry(v);
      return e == null ? 0 : e.getValue();
    }

    @Override
    public void validate(String node, OptionalDouble maxPoints) {
      ValueRule.FRACTION.validate(node, maxPoints);
      double top = pointsAtLeast.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
      if (top > maxPoints.getAsDouble() + 1e-9) {
        throw new InvalidFrameworkException(node, "a threshold gives " + Numbers.plain(top)
            + " points, more than the maximum " + Numbers.plain(maxPoints.getAsDouble()));
      }
    }
  }

  record Categorical(ImmutableMap<String, Double> fractions) implements ScoringRule {
    static Categorical of(ImmutableMap<String, Double> map) {
      if (map.isEmpty()) {
        throw new IllegalArgumentException("categories must not be empty");
      }
      ImmutableMap.Builder<String, Double> b = ImmutableMap.builder();
      map.forEach((k, v) -> {
        if (!(v >= 0 && v <= 1)) {
          throw new IllegalArgumentException("category '" + k + "' → " + v + ": expected a fraction in 0..1");
        }
        b.put(key(k), v);
      });
      return new Categorical(b.buildOrThrow());
    }

    private static String key(String label) {
      return java.text.Normalizer.normalize(label.strip(), java.text.Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    @Override
    public String id() {
      return "categorical";
    }

    @Override
    public double points(Measure m, double maxPoints) {
      String label = m.category().orElseThrow(
          () -> new IllegalArgumentException("rule 'categorical' expects one of " + fractions.keySet()));
      Double f = fractions.get(key(label));
      if (f == null) {
        throw new IllegalArgumentException("unknown category; expected one of " + fractions.keySet());
      }
      return f * maxPoints;
    }

    @Override
    public void validate(String node, OptionalDouble maxPoints) {
      ValueRule.FRACTION.validate(node, maxPoints);
    }
  }

  record Target(double target) implements ScoringRule {
    Target {
      if (!(target > 0) || Double.isInfinite(target)) {
        throw new IllegalArgumentException("target must be positive and finite, was " + target);
      }
    }

    @Override
    public String id() {
      return "target";
    }

    @Override
    public double points(Measure m, double maxPoints) {
      double v = m.asNumber();
      if (Double.isNaN(v) || v < 0) {
        throw new IllegalArgumentException("rule 'target' expects a number ≥ 0");
      }
      return Math.min(v / target, 1) * maxPoints;
    }

    @Override
    public void validate(String node, OptionalDouble maxPoints) {
      ValueRule.FRACTION.validate(node, maxPoints);
    }
  }
}
