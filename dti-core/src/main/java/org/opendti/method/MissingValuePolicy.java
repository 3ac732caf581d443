package org.opendti.method;

/**
 * What to do with an indicator score a unit does not have. Applied to each input indicator before normalisation;
 * every missing cell is also reported as a warning naming the unit and the indicator, whatever the policy.
 *
 * <h2>Implementation requirements</h2>
 * Implementations are immutable and thread-safe, must not modify {@code scores}, and return a new array of the same
 * length in which a cell is either the given score, a replacement, or NaN (left out of aggregation, with weights
 * renormalised within the parent).
 */
@FunctionalInterface
public interface MissingValuePolicy {

  /**
   * Treats the missing scores of one indicator.
   *
   * @param scores one score per unit, NaN when missing, not null
   * @param context the indicator, units and history, not null
   * @return the treated scores, a new array, not null
   * @throws org.opendti.MissingDataException under {@link #fail()}
   */
  double[] treat(double[] scores, MissingContext context);

  /**
   * A stable identifier, e.g. {@code "zero"}; user implementations should override it.
   *
   * @return the id, not null
   */
  default String id() {
    return getClass().getName();
  }

  /**
   * Zero points: the official DTI rule (an indicator a unit did not report earns nothing).
   *
   * @return the policy, not null
   */
  static MissingValuePolicy zeroPoints() {
    return MissingPolicies.Simple.ZERO;
  }

  /**
   * Leave the value out and renormalise the weights of the remaining children within the parent (COINr's default).
   *
   * @return the policy, not null
   */
  static MissingValuePolicy skip() {
    return MissingPolicies.Simple.SKIP;
  }

  /**
   * Refuse to score: a {@link org.opendti.MissingDataException} naming the first missing unit and indicator.
   *
   * @return the policy, not null
   */
  static MissingValuePolicy fail() {
    return MissingPolicies.Simple.FAIL;
  }

  /**
   * The mean of the indicator over the units that have it.
   *
   * @return the policy, not null
   */
  static MissingValuePolicy mean() {
    return MissingPolicies.Simple.MEAN;
  }

  /**
   * The median of the indicator over the units that have it.
   *
   * @return the policy, not null
   */
  static MissingValuePolicy median() {
    return MissingPolicies.Simple.MEDIAN;
  }

  /**
   * The mean over the units of the same ranking group; a group with no value stays missing (NaN).
   *
   * @return the policy, not null
   */
  static MissingValuePolicy groupMean() {
    return MissingPolicies.Simple.GROUP_MEAN;
  }

  /**
   * The unit's own score in the latest earlier period that has one; none stays missing (NaN).
   *
   * @return the policy, not null
   */
  static MissingValuePolicy previousPeriod() {
    return MissingPolicies.Simple.PREVIOUS_PERIOD;
  }

  /**
   * Linear interpolation between the unit's nearest earlier and later periods that have a score, periods being
   * equally spaced in the dataset's order; with only one side, that side's value; none stays missing (NaN).
   *
   * @return the policy, not null
   */
  static MissingValuePolicy linearInterpolation() {
    return MissingPolicies.Simple.INTERPOLATE;
  }
}
