package org.opendti;

/** An observation the method needs is missing and the missing-value policy is to fail. */
public final class MissingDataException extends DtiException {
  private static final long serialVersionUID = 1L;
  /** The unit the problem is about. */
  private final String unit;
  /** The indicator the problem is about. */
  private final String indicator;

  /**
   * Creates the exception.
   *
   * @param unit the unit code, not null
   * @param indicator the indicator code, not null
   * @param period the period, empty for a single-period dataset, not null
   */
  public MissingDataException(String unit, String indicator, String period) {
    super("unit '" + unit + "', indicator '" + indicator + "'" + (period.isEmpty() ? "" : ", period '" + period + "'")
        + ": no value, and the missing-value policy is 'fail'");
    this.unit = unit;
    this.indicator = indicator;
  }

  /**
   * The unit without a value.
   *
   * @return the unit code, not null
   */
  public String unit() {
    return unit;
  }

  /**
   * The indicator without a value.
   *
   * @return the node code, not null
   */
  public String indicator() {
    return indicator;
  }
}
