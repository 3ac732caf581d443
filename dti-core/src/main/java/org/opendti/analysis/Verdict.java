package org.opendti.analysis;

import java.util.Objects;
import java.util.OptionalDouble;
import org.opendti.Numbers;

/**
 * The outcome of checking one {@link Claim}: whether the data (or the report's other figures) support it, and if not,
 * what they give.
 *
 * @param claim the claim
 * @param status the outcome
 * @param actual what the data or the other figures give, when that could be computed
 * @param explanation how the figure was checked, in one line
 */
public record Verdict(Claim claim, Status status, OptionalDouble actual, String explanation) {

  /** The outcome of a check. */
  public enum Status {
    /** The figure agrees within its tolerance. */
    SUPPORTED,
    /** The figure disagrees: {@link Verdict#actual()} says what it should be. */
    CONTRADICTED,
    /** The figure could not be checked (unknown unit, node, group or period). */
    UNCHECKABLE
  }

  /**
   * The checks of a verdict.
   *
   * @param claim not null
   * @param status not null
   * @param actual not null
   * @param explanation not null
   */
  public Verdict {
    Objects.requireNonNull(claim, "claim");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(actual, "actual");
    Objects.requireNonNull(explanation, "explanation");
  }

  static Verdict compare(Claim claim, double actual, String how) {
    double stated = claim.stated().doubleValue();
    double tolerance = claim.tolerance() + 1e-9 * Math.max(1, Math.abs(stated));
    boolean ok = Math.abs(actual - stated) <= tolerance;
    return new Verdict(claim, ok ? Status.SUPPORTED : Status.CONTRADICTED, OptionalDouble.of(actual), how);
  }

  /**
   * A one-line description, e.g. {@code "CONTRADICTED: departments dti 2023 MEAN_CHANGE = 94.53; gives 102.32 (...)"}.
   *
   * @return the text, not null
   */
  public String describe() {
    int decimals = Math.max(0, claim.stated().scale());
    String gives = actual.isPresent() ? "; gives " + Numbers.format(actual.getAsDouble(), decimals) : "";
    return status + ": " + claim.describe() + gives + " (" + explanation + ")";
  }
}
