package org.opendti.analysis;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A figure a report states: a unit's value, rank, delta or rank move, or a group's mean, median, minimum, maximum,
 * spread, standard deviation, count or change of the mean, for one node and period. The stated number keeps the
 * decimals it was written with ({@code "0.7314"}: four), which set the tolerance of a check: half a unit of the last
 * decimal, since published figures are rounded. Ranks, rank moves and counts are compared exactly.
 *
 * @param subject the unit (code or name) or the group ({@link Panel#ALL} for every unit)
 * @param group for a unit claim, the group it belongs to in the report (used by {@link ClaimCheck#consistency}), if
 *     given
 * @param node the node code or alias, e.g. {@code dti}
 * @param period the period the figure is for
 * @param measure what the figure measures
 * @param scale the scale of values (ignored by ranks and counts)
 * @param stated the stated figure
 * @param note where the figure comes from, e.g. "S3", possibly empty
 */
public record Claim(String subject, Optional<String> group, String node, String period, Measure measure, Scale scale,
    BigDecimal stated, String note) {

  /** What a figure measures. Unit measures: the first four; the rest are group statistics. */
  public enum Measure {
    /** A unit's value (or points). */
    VALUE(true),
    /** A unit's rank. */
    RANK(true),
    /** A unit's value now minus its value in the previous period. */
    DELTA(true),
    /** Places gained since the previous period (positive = up). */
    RANK_MOVE(true),
    /** A group's mean. */
    MEAN(false),
    /** A group's median. */
    MEDIAN(false),
    /** A group's minimum. */
    MIN(false),
    /** A group's maximum. */
    MAX(false),
    /** A group's maximum minus its minimum. */
    SPREAD(false),
    /** A group's sample standard deviation. */
    SD(false),
    /** The number of units of a group with a value. */
    COUNT(false),
    /** A group's mean now minus its mean in the previous period. */
    MEAN_CHANGE(false);

    private final boolean unit;

    Measure(boolean unit) {
      this.unit = unit;
    }

    /**
     * Whether this measures a unit (not a group).
     *
     * @return true for unit measures
     */
    public boolean ofUnit() {
      return unit;
    }

    boolean exact() {
      return this == RANK || this == RANK_MOVE || this == COUNT;
    }
  }

  /**
   * The checks of a claim.
   *
   * @param subject not null
   * @param group not null
   * @param node not null
   * @param period not null
   * @param measure not null
   * @param scale not null
   * @param stated not null
   * @param note not null
   */
  public Claim {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(node, "node");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(scale, "scale");
    Objects.requireNonNull(stated, "stated");
    Objects.requireNonNull(note, "note");
  }

  /**
   * A claim about a unit, on the value scale.
   *
   * @param unit the unit's code or name, not null
   * @param node the node, not null
   * @param period the period, not null
   * @param measure a unit measure, not null
   * @param stated the figure as written, with '.' as the decimal separator, e.g. {@code "0.7314"}, not null
   * @return the claim, not null
   * @throws IllegalArgumentException for a group measure or a figure that is not a number
   */
  public static Claim ofUnit(String unit, String node, String period, Measure measure, String stated) {
    if (!measure.ofUnit()) {
      throw new IllegalArgumentException(measure + " is a group measure; use Claim.ofGroup");
    }
    return new Claim(unit, Optional.empty(), node, period, measure, Scale.VALUE, number(stated), "");
  }

  /**
   * A claim about a group, on the value scale.
   *
   * @param group the group name, or {@link Panel#ALL}, not null
   * @param node the node, not null
   * @param period the period, not null
   * @param measure a group measure, not null
   * @param stated the figure as written, with '.' as the decimal separator, not null
   * @return the claim, not null
   * @throws IllegalArgumentException for a unit measure or a figure that is not a number
   */
  public static Claim ofGroup(String group, String node, String period, Measure measure, String stated) {
    if (measure.ofUnit()) {
      throw new IllegalArgumentException(measure + " is a unit measure; use Claim.ofUnit");
    }
    return new Claim(group, Optional.empty(), node, period, measure, Scale.VALUE, number(stated), "");
  }

  private static BigDecimal number(String stated) {
    try {
      return new BigDecimal(stated.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("stated figure '" + stated + "' is not a number written with '.' as the"
          + " decimal separator", e);
    }
  }

  /**
   * This claim on another scale.
   *
   * @param newScale the scale, not null
   * @return the copy, not null
   */
  public Claim onScale(Scale newScale) {
    return new Claim(subject, group, node, period, measure, newScale, stated, note);
  }

  /**
   * This unit claim with the group the report puts the unit in.
   *
   * @param newGroup the group, not null
   * @return the copy, not null
   */
  public Claim inGroup(String newGroup) {
    return new Claim(subject, Optional.of(newGroup), node, period, measure, scale, stated, note);
  }

  /**
   * This claim with a note on its source.
   *
   * @param newNote the note, not null
   * @return the copy, not null
   */
  public Claim withNote(String newNote) {
    return new Claim(subject, group, node, period, measure, scale, stated, newNote);
  }

  /**
   * The tolerance of a check: half a unit of the last stated decimal; 0 for ranks, rank moves and counts.
   *
   * @return the tolerance, ≥ 0
   */
  public double tolerance() {
    return measure.exact() ? 0 : 0.5 * Math.pow(10, -Math.max(0, stated.scale()));
  }

  /**
   * A one-line description, e.g. {@code "Thanh Hóa dti 2023 VALUE = 0.7314"}.
   *
   * @return the text, not null
   */
  public String describe() {
    return subject + " " + node + " " + period + " " + measure + (scale == Scale.POINTS ? " (points)" : "") + " = "
        + stated.toPlainString() + (note.isEmpty() ? "" : " [" + note + "]");
  }
}
