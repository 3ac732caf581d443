package org.opendti;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/** The parameterised built-in scoring rules. */
final class Rules {
  private Rules() {}

  static ScoringRule parse(String spec) {
    String t = spec.strip();
    int colon = t.indexOf(':');
    String name = (colon < 0 ? t : t.substring(0, colon)).strip().toLowerCase(Locale.ROOT);
    String args = colon < 0 ? "" : t.substring(colon + 1).strip();
    switch (name) {
      case "fraction", "points", "raw", "ratio", "binary" -> {
        if (!args.isEmpty()) {
          throw new IllegalArgumentException("rule '" + name + "' takes no parameters");
        }
        return switch (name) {
          case "fraction" -> ScoringRule.fraction();
          case "points" -> ScoringRule.points();
          case "raw" -> ScoringRule.raw();
          case "ratio" -> ScoringRule.ratio();
          default -> ScoringRule.binary();
        };
      }
      case "target" -> {
        return ScoringRule.target(number(args, spec));
      }
      case "thresholds", "categorical" -> {
        java.util.Map<String, Double> pairs = new java.util.LinkedHashMap<>();
        for (String part : args.split(";")) {
          if (part.isBlank()) {
            continue;
          }
          int eq = part.lastIndexOf('=');
          if (eq < 0) {
            throw new IllegalArgumentException("rule '" + spec + "': expected KEY=NUMBER pairs separated by ';'");
          }
          if (pairs.put(part.substring(0, eq).strip(), number(part.substring(eq + 1), spec)) != null) {
            throw new IllegalArgumentException("rule '" + spec + "': '" + part.substring(0, eq).strip()
                + "' appears twice");
          }
        }
        if (name.equals("categorical")) {
          return ScoringRule.categorical(pairs);
        }
        java.util.Map<Double, Double> th = new java.util.LinkedHashMap<>();
        pairs.forEach((k, v) -> th.put(number(k, spec), v));
        return ScoringRule.thresholds(th);
      }
      default -> throw new IllegalArgumentException("unknown scoring rule '" + spec + "'; expected fraction, points,"
          + " raw, ratio, binary, thresholds: V=P; ..., categorical: LABEL=F; ... or target: T");
    }
  }

  private static double number(String text, String spec) {
    try {
      double v = Double.parseDouble(text.strip());
      if (!Double.isFinite(v)) {
        throw new NumberFormatException();
      }
      return v;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("rule '" + spec + "': cannot read '" + text.strip() + "' as a number"
          + " (use '.' as the decimal separator)", e);
    }
  }

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
    public String spec() {
      StringBuilder sb = new StringBuilder("thresholds: ");
      pointsAtLeast.descendingMap().forEach((k, v) -> sb.append(Numbers.plain(k)).append('=').append(Numbers.plain(v))
          .append("; "));
      return sb.substring(0, sb.length() - 2);
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

  record Categorical(ImmutableMap<String, Double> fractions, ImmutableMap<String, Double> labels)
      implements ScoringRule {
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
      return new Categorical(b.buildOrThrow(), map);
    }

    @Override
    public String spec() {
      StringBuilder sb = new StringBuilder("categorical: ");
      labels.forEach((k, v) -> sb.append(k).append('=').append(Numbers.plain(v)).append("; "));
      return sb.substring(0, sb.length() - 2);
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
    public String spec() {
      return "target: " + Numbers.plain(target);
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
