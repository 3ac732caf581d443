package org.opendti.method;

/**
 * Combines the children's values of an aggregate into its value, unit by unit.
 *
 * <p>Missing children (NaN) are left out and the remaining weights renormalised, as COINr does; a unit whose children
 * are all missing gets NaN. Children with weight 0 never count (smart city under Decision 922: 0 points).
 *
 * <h2>Implementation requirements</h2>
 * Implementations are immutable and thread-safe, must not modify their arguments, and return a new array with one
 * value per unit. A value the formula cannot take (a zero under the geometric mean) is an
 * {@link org.opendti.InvalidDataException} naming the unit and the child.
 */
@FunctionalInterface
public interface Aggregator {

  /**
   * Aggregates.
   *
   * @param children one column per child, each with one value per unit, NaN when missing, not null
   * @param weights one weight ≥ 0 per child, not all zero, not null
   * @param context the aggregate, its children and the units, not null
   * @return the aggregate's values, a new array, not null
   */
  double[] aggregate(double[][] children, double[] weights, AggregationContext context);

  /**
   * A stable identifier for files and the command line, e.g. {@code "arithmetic"}; user implementations should
   * override it.
   *
   * @return the id, not null
   */
  default String id() {
    return getClass().getName();
  }

  /**
   * The weighted arithmetic mean Σ wᵢvᵢ / Σ wᵢ. With weights equal to the children's maximum points and values equal to
   * points / max, this is Σ points / Σ max: the official DTI aggregation (methodology §3).
   *
   * @return the aggregator, not null
   */
  static Aggregator weightedArithmeticMean() {
    return Aggregators.Mean.ARITHMETIC;
  }

  /**
   * The weighted geometric mean Π vᵢ^(wᵢ/Σw). Needs positive values: zero or negative ones are an error naming the
   * unit and child.
   *
   * @return the aggregator, not null
   */
  static Aggregator weightedGeometricMean() {
    return Aggregators.Mean.GEOMETRIC;
  }

  /**
   * The weighted harmonic mean Σ wᵢ / Σ (wᵢ/vᵢ). Needs positive values.
   *
   * @return the aggregator, not null
   */
  static Aggregator weightedHarmonicMean() {
    return Aggregators.Mean.HARMONIC;
  }

  /**
   * The weighted generalised (power) mean (Σ wᵢvᵢ^p / Σ wᵢ)^(1/p); p = 1 is arithmetic, p = −1 harmonic, p → 0
   * geometric (use {@link #weightedGeometricMean()}). For p ≠ 1 the values must be positive.
   *
   * @param p the power, finite and not 0
   * @return the aggregator, not null
   * @throws IllegalArgumentException if p is 0 or not finite
   */
  static Aggregator generalisedMean(double p) {
    return new Aggregators.Power(p);
  }

  /**
   * Copeland outranking: for each pair of units, the weight of the children where one is better minus the weight
   * where it is worse (ties count half each way), then each unit scores the number of units it beats minus the number
   * it loses to. A non-compensatory aggregation; it compares units, so the result depends on the whole set of units.
   *
   * @return the aggregator, not null
   */
  static Aggregator copeland() {
    return Aggregators.Copeland.INSTANCE;
  }
}
