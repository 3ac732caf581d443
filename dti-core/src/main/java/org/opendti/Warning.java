package org.opendti;

import java.util.Objects;

/**
 * Something the engine did that a user should know about, such as scoring a missing indicator as 0 points under the
 * official policy. Warnings never change results silently: each one names the unit and the indicator.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Warning {
  private final String unit;
  private final String indicator;
  private final String message;

  /**
   * Creates a warning.
   *
   * @param unit the unit code, not null
   * @param indicator the node code, not null
   * @param message what happened, not null
   */
  public Warning(String unit, String indicator, String message) {
    this.unit = Objects.requireNonNull(unit, "unit");
    this.indicator = Objects.requireNonNull(indicator, "indicator");
    this.message = Objects.requireNonNull(message, "message");
  }

  /**
   * The unit.
   *
   * @return the unit code, not null
   */
  public String unit() {
    return unit;
  }

  /**
   * The indicator.
   *
   * @return the node code, not null
   */
  public String indicator() {
    return indicator;
  }

  /**
   * What happened.
   *
   * @return the message, not null
   */
  public String message() {
    return message;
  }

  /**
   * The warning as one line: {@code unit 'X', indicator 'Y': message}.
   *
   * @return the line, not null
   */
  @Override
  public String toString() {
    return "unit '" + unit + "', indicator '" + indicator + "': " + message;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Warning w && unit.equals(w.unit) && indicator.equals(w.indicator) && message.equals(w.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(unit, indicator, message);
  }
}
