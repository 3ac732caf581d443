package org.opendti;

/** The value-only rules, which the engine also applies column-wise without creating a measure per cell. */
enum ValueRule implements ScoringRule {
  FRACTION("fraction"),
  POINTS("points"),
  RAW("raw");

  private final String id;

  ValueRule(String id) {
    this.id = id;
  }

  /**
   * The points of a value. One method with a switch rather than a body per constant: every constant is then of this one
   * class, so the engine's column loop sees a single receiver type and the call can be inlined.
   */
  double apply(double value, double maxPoints) {
    switch (this) {
      case FRACTION:
        if (value < 0 || value > 1) {
          throw new IllegalArgumentException("expected a fraction of the maximum in 0..1");
        }
        // A node whose maximum was not published keeps its value as a fraction (Framework.unknownMaxima()).
        return Double.isNaN(maxPoints) ? value : value * maxPoints;
      case POINTS:
        if (value < 0 || !(value <= maxPoints + 1e-9)) {
          throw new IllegalArgumentException("expected points in 0.." + Numbers.plain(maxPoints));
        }
        return value;
      default:
        return value;
    }
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public boolean scoresPlainValues() {
    return true;
  }

  @Override
  public double pointsOfValue(double value, double maxPoints) {
    return apply(value, maxPoints);
  }

  @Override
  public double points(Measure measure, double maxPoints) {
    if (measure.value().isEmpty()) {
      throw new IllegalArgumentException("rule '" + id + "' expects a single value, not a ratio or category");
    }
    return apply(measure.value().getAsDouble(), maxPoints);
  }

  @Override
  public void validate(String node, java.util.OptionalDouble maxPoints) {
    if (this == POINTS && maxPoints.isEmpty()) {
      throw new InvalidFrameworkException(node, "scoring rule '" + id + "' needs the node's maximum points");
    }
  }
}
