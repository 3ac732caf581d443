package org.opendti.method;

/**
 * Rescales one indicator's scores across the units onto a common scale.
 *
 * <p>The indicator's {@link org.opendti.Direction} is applied first, as COINr does: for a lower-is-better indicator
 * the scores are negated before the formula, so every built-in returns "higher is better". The built-ins with a
 * COINr counterpart use the same formula ({@code n_minmax}, {@code n_zscore}, {@code n_rank}, {@code n_prank},
 * {@code n_borda}, {@code n_goalposts}, {@code n_dist2targ}, {@code n_dist2max}, {@code n_dist2ref}).
 *
 * <h2>Implementation requirements</h2>
 * Implementations are immutable and thread-safe; they must not modify {@code scores}; they return a new array of the
 * same length; a missing score (NaN) stays NaN. Statistics such as the minimum are taken over the non-missing
 * scores. A column whose formula is undefined (a constant column under min-max) gives NaN, not an exception.
 */
@FunctionalInterface
public interface Normaliser {

  /**
   * Rescales the scores.
   *
   * @param scores one score per unit, NaN when missing, not null
   * @param context the indicator being rescaled, not null
   * @return the normalised values, a new array of the same length, not null
   */
  double[] normalise(double[] scores, NormalisationContext context);

  /**
   * A stable identifier for files and the command line, e.g. {@code "min-max"}; user implementations should
   * override it.
   *
   * @return the id, not null
   */
  default String id() {
    return getClass().getName();
  }

  /**
   * No rescaling; only the direction is applied (COINr {@code "none"}).
   *
   * @return the normaliser, not null
   */
  static Normaliser none() {
    return Normalisers.Simple.NONE;
  }

  /**
   * The official DTI rule: value = points / max points (methodology §3: "a main indicator's value = its points / its
   * max"). A lower-is-better indicator gives 1 − points / max. A node with maximum 0 (collected, not scored) gives
   * NaN; a node whose maximum is unknown keeps its score, which {@link org.opendti.ScoringRule#fraction()} leaves as
   * the fraction given.
   *
   * @return the normaliser, not null
   */
  static Normaliser fractionOfMax() {
    return Normalisers.Simple.FRACTION_OF_MAX;
  }

  /**
   * Min-max onto [0, 1]: (x − min) / (max − min).
   *
   * @return the normaliser, not null
   */
  static Normaliser minMax() {
    return Normalisers.MinMax.UNIT;
  }

  /**
   * Min-max onto [lower, upper]: (x − min) / (max − min) × (upper − lower) + lower (COINr {@code n_minmax}).
   *
   * @param lower the lower bound, finite
   * @param upper the upper bound, finite and greater than {@code lower}
   * @return the normaliser, not null
   * @throws IllegalArgumentException if the bounds are not finite or not increasing
   */
  static Normaliser minMax(double lower, double upper) {
    return new Normalisers.MinMax(lower, upper);
  }

  /**
   * Z-score with mean 0 and standard deviation 1: (x − mean) / sd, sd the sample standard deviation.
   *
   * @return the normaliser, not null
   */
  static Normaliser zScore() {
    return Normalisers.ZScore.STANDARD;
  }

  /**
   * Z-score rescaled to a chosen mean and standard deviation (COINr {@code n_zscore}).
   *
   * @param mean the target mean, finite
   * @param standardDeviation the target standard deviation, positive and finite
   * @return the normaliser, not null
   * @throws IllegalArgumentException if the parameters are out of range
   */
  static Normaliser zScore(double mean, double standardDeviation) {
    return new Normalisers.ZScore(mean, standardDeviation);
  }

  /**
   * Ranks: 1 for the lowest score, n for the highest, ties sharing the lowest rank (COINr {@code n_rank}).
   *
   * @return the normaliser, not null
   */
  static Normaliser rank() {
    return Normalisers.Simple.RANK;
  }

  /**
   * Percentile ranks: (rank − 1) / (n − 1), n the number of non-missing scores (COINr {@code n_prank}).
   *
   * @return the normaliser, not null
   */
  static Normaliser percentileRank() {
    return Normalisers.Simple.PERCENTILE_RANK;
  }

  /**
   * Borda scores: rank − 1 (COINr {@code n_borda}).
   *
   * @return the normaliser, not null
   */
  static Normaliser borda() {
    return Normalisers.Simple.BORDA;
  }

  /**
   * Goalposts: (x − lower) / (upper − lower), truncated to [0, 1], times {@code scale}; for a lower-is-better
   * indicator (upper − x) / (upper − lower) (COINr {@code n_goalposts}).
   *
   * @param lower the lower goalpost, finite
   * @param upper the upper goalpost, finite and greater than {@code lower}
   * @param scale the scale of the result, positive
   * @return the normaliser, not null
   * @throws IllegalArgumentException if the parameters are out of range
   */
  static Normaliser goalposts(double lower, double upper, double scale) {
    return new Normalisers.Goalposts(lower, upper, scale);
  }

  /**
   * Distance to the node's target ({@link org.opendti.Node#target()}): 1 − (target − x) / (target − min), so a value
   * beyond the target scores above 1 (COINr {@code n_dist2targ} with {@code cap_max = FALSE}). A node without a
   * target is an error.
   *
   * @return the normaliser, not null
   */
  static Normaliser distanceToTarget() {
    return Normalisers.Simple.DISTANCE_TO_TARGET;
  }

  /**
   * {@link #distanceToTarget()} capped at 1: a value at or beyond the target scores 1 (COINr {@code n_dist2targ} with
   * {@code cap_max = TRUE}).
   *
   * @return the normaliser, not null
   */
  static Normaliser distanceToTargetCapped() {
    return Normalisers.Simple.DISTANCE_TO_TARGET_CAPPED;
  }

  /**
   * Distance to the best unit: 1 − (max − x) / (max − min) (COINr {@code n_dist2max}).
   *
   * @return the normaliser, not null
   */
  static Normaliser distanceToMax() {
    return Normalisers.Simple.DISTANCE_TO_MAX;
  }

  /**
   * Distance to a reference unit: 1 − (x_ref − x) / (x_ref − min), so a unit beyond the reference scores above 1
   * (COINr {@code n_dist2ref} with {@code cap_max = FALSE}). The reference unit is chosen in the {@link Method}.
   *
   * @return the normaliser, not null
   */
  static Normaliser distanceToReference() {
    return Normalisers.Simple.DISTANCE_TO_REFERENCE;
  }

  /**
   * {@link #distanceToReference()} capped at 1: a unit at or beyond the reference scores 1 (COINr
   * {@code n_dist2ref} with {@code cap_max = TRUE}).
   *
   * @return the normaliser, not null
   */
  static Normaliser distanceToReferenceCapped() {
    return Normalisers.Simple.DISTANCE_TO_REFERENCE_CAPPED;
  }
}
