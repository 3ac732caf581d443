package org.opendti;

/**
 * An observation cannot be used: a value outside its range, a numerator above its denominator, a duplicate, a value
 * that is not a number. The exception names the unit, the indicator, the period and the offending value.
 */
public final class InvalidDataException extends DtiException {
  private static final long serialVersionUID = 1L;
  /** The unit the problem is about. */
  private final String unit;
  /** The indicator the problem is about. */
  private final String indicator;
  /** The offending value. */
  private final String rawValue;

  /**
   * Creates the exception.
   *
   * @param unit the unit code, not null
   * @param indicator the indicator (node) code, not null
   * @param rawValue the offending value as text, not null
   * @param problem what was expected, not null
   */
  public InvalidDataException(String unit, String indicator, String rawValue, String problem) {
    super("unit '" + unit + "', indicator '" + indicator + "': " + problem + " (value: " + rawValue + ")");
    this.unit = unit;
    this.indicator = indicator;
    this.rawValue = rawValue;
  }

  /**
   * The unit the bad observation belongs to.
   *
   * @return the unit code, not null
   */
  public String unit() {
    return unit;
  }

  /**
   * The indicator the bad observation belongs to.
   *
   * @return the node code, not null
   */
  public String indicator() {
    return indicator;
  }

  /**
   * The offending value as text.
   *
   * @return the raw value, not null
   */
  public String rawValue() {
    return rawValue;
  }
}
