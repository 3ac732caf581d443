package org.opendti.method;

import org.opendti.Node;

/**
 * Treats outliers in one indicator's scores before normalisation, as COINr's {@code Treat} does by default: when the
 * absolute skewness is at least 2 and the kurtosis at least 3.5 (both as Excel and e1071 type 2 define them), the most
 * extreme value on the skewed side is replaced by the next one, up to 5 points; if that does not bring the
 * indicator within the limits, the original scores are log-transformed instead, log(x − min + 0.01 × (max − min)),
 * or Box-Cox transformed.
 *
 * <h2>Implementation requirements</h2>
 * Immutable and thread-safe; must not modify {@code scores}; NaN stays NaN; returns what it did so the engine can
 * report it (nothing is changed silently).
 */
@FunctionalInterface
public interface OutlierTreatment {

  /**
   * Treats one indicator.
   *
   * @param scores one score per unit, NaN when missing, not null
   * @param node the indicator, not null
   * @return the treated scores and a description of the treatment (empty when nothing was done), not null
   */
  Treated treat(double[] scores, Node node);

  /**
   * A stable identifier, e.g. {@code "coinr"}.
   *
   * @return the id, not null
   */
  default String id() {
    return getClass().getName();
  }

  /** What to do when winsorising up to the limit is not enough. */
  enum Fallback {
    /** COINr's log_CT: log(x − min + 0.01 × (max − min)) on the original scores. */
    LOG,
    /** Box-Cox on x − min + 1 with the given lambda (log when lambda is 0). */
    BOX_COX,
    /** Keep the winsorised scores. */
    NONE
  }

  /**
   * The treated scores and what was done.
   *
   * @param values the treated scores, not null
   * @param description what was done, e.g. "winsorised 2 high points", empty when nothing, not null
   */
  record Treated(double[] values, String description) {}

  /**
   * No treatment (the official DTI method).
   *
   * @return the treatment, not null
   */
  static OutlierTreatment none() {
    return Outliers.NONE;
  }

  /**
   * COINr's default: skewness limit 2, kurtosis limit 3.5, up to 5 winsorised points, then a log transform.
   *
   * @return the treatment, not null
   */
  static OutlierTreatment coinr() {
    return new Outliers.Winsorise(2, 3.5, 5, Fallback.LOG, 0);
  }

  /**
   * Winsorisation with chosen limits and fallback.
   *
   * @param skewLimit the absolute skewness limit, positive
   * @param kurtosisLimit the kurtosis limit
   * @param maxPoints the most points to winsorise, ≥ 0
   * @param fallback what to do when winsorising is not enough, not null
   * @param lambda the Box-Cox lambda (used only with {@link Fallback#BOX_COX})
   * @return the treatment, not null
   * @throws IllegalArgumentException if a limit is out of range
   */
  static OutlierTreatment winsorise(double skewLimit, double kurtosisLimit, int maxPoints, Fallback fallback,
      double lambda) {
    return new Outliers.Winsorise(skewLimit, kurtosisLimit, maxPoints, fallback, lambda);
  }
}
