package org.opendti.method;

import java.util.Map;

/**
 * Chooses the weights of the children of each aggregate. The aggregator divides by their sum, so only ratios matter.
 *
 * <h2>Implementation requirements</h2>
 * Implementations are immutable and thread-safe, must not modify the context's arrays, and return one finite weight
 * ≥ 0 per child, not all zero (or all zero only when the aggregate is not scored).
 */
@FunctionalInterface
public interface WeightingScheme {

  /**
   * Weighs the children of one aggregate.
   *
   * @param context the aggregate, its children and their values, not null
   * @return one weight per child, a new array, not null
   */
  double[] weights(WeightingContext context);

  /**
   * A stable identifier for files and the command line, e.g. {@code "equal"}; user implementations should override
   * it.
   *
   * @return the id, not null
   */
  default String id() {
    return getClass().getName();
  }

  /**
   * The framework's own weights: each child's maximum points (official DTI: a node's value is Σ points / Σ max,
   * methodology §3), or, in a framework without points, each child's declared weight (COINr's iMeta {@code Weight}).
   * A child with neither is an error naming it.
   *
   * @return the scheme, not null
   */
  static WeightingScheme official() {
    return Weightings.Simple.OFFICIAL;
  }

  /**
   * Equal weights for every child.
   *
   * @return the scheme, not null
   */
  static WeightingScheme equal() {
    return Weightings.Simple.EQUAL;
  }

  /**
   * Fixed weights by child code; children not in the map are an error naming them.
   *
   * @param weightsByCode weights ≥ 0 by node code, not null
   * @return the scheme, not null
   * @throws IllegalArgumentException if a weight is negative or not finite
   */
  static WeightingScheme fixed(Map<String, Double> weightsByCode) {
    return Weightings.Fixed.of(weightsByCode);
  }
}
