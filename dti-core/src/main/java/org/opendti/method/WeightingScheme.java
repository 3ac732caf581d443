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

  /**
   * Entropy weights: for each child, p = x / Σx over the units, e = −Σ p ln p / ln n, weight ∝ 1 − e (children that
   * vary more get more weight). Needs normalised values ≥ 0 (use min-max).
   *
   * @return the scheme, not null
   */
  static WeightingScheme entropy() {
    return DataWeightings.Entropy.INSTANCE;
  }

  /**
   * CRITIC weights: weight ∝ σⱼ × Σₖ (1 − rⱼₖ), the standard deviation of the child times its total conflict
   * (Pearson correlation) with its siblings.
   *
   * @return the scheme, not null
   */
  static WeightingScheme critic() {
    return DataWeightings.Critic.INSTANCE;
  }

  /**
   * PCA weights as COINr's {@code get_PCA}: the loadings of the first principal component of the standardised
   * children (their correlation matrix), over the units where every child is present. The sign is chosen so the
   * loadings sum to a positive number; a negative loading after that is an error, since a negative weight is not a
   * weight.
   *
   * @return the scheme, not null
   */
  static WeightingScheme pca() {
    return DataWeightings.Pca.INSTANCE;
  }

  /**
   * AHP weights from pairwise comparison matrices, one per aggregate by code; aggregates without a matrix use
   * {@code otherwise}. A matrix whose consistency ratio exceeds {@code maxConsistencyRatio} (Saaty: 0.1) is an
   * error naming the aggregate and the ratio.
   *
   * @param byParent matrices by aggregate code, not null
   * @param maxConsistencyRatio the largest acceptable consistency ratio, ≥ 0
   * @param otherwise the scheme for aggregates without a matrix, not null
   * @return the scheme, not null
   */
  static WeightingScheme ahp(Map<String, AhpMatrix> byParent, double maxConsistencyRatio, WeightingScheme otherwise) {
    return DataWeightings.Ahp.of(byParent, maxConsistencyRatio, otherwise);
  }

  /**
   * Correlation-optimised weights for balance (COINr's {@code get_opt_weights} with {@code itarg = "equal"}, applied
   * within each aggregate): the weights make every child's correlation with the aggregate as equal as possible. Found
   * by a deterministic Nelder–Mead search over positive weights, on the units where every child is present.
   *
   * @return the scheme, not null
   */
  static WeightingScheme optimisedForBalance() {
    return new DataWeightings.Optimised(false);
  }

  /**
   * Correlation-optimised weights for information (COINr's {@code get_opt_weights} with {@code itarg = "info"},
   * applied within each aggregate): the weights maximise the sum of the children's correlations with the aggregate.
   * Found as {@link #optimisedForBalance()} is.
   *
   * @return the scheme, not null
   */
  static WeightingScheme optimisedForInformation() {
    return new DataWeightings.Optimised(true);
  }
}
