package org.opendti.io;

import org.opendti.DtiException;

/**
 * A value in a file cannot be read: the message gives what is wrong, where ({@link #location()}), the raw value and
 * what was expected, e.g. {@code data.csv row 14, column 'value': cannot read "0,82" as a number (expected '.' as the
 * decimal separator; use the Vietnamese number style for '0,82')}.
 */
public final class DataFormatException extends DtiException {
  private static final long serialVersionUID = 1L;
  /** Where the bad value is. */
  private final SourceLocation location;
  /** The value as read. */
  private final String rawValue;

  /**
   * Creates the exception.
   *
   * @param location where the value is, not null
   * @param rawValue the value as read, not null
   * @param problem what is wrong and what was expected, not null
   */
  public DataFormatException(SourceLocation location, String rawValue, String problem) {
    super(location + ": " + problem + (rawValue.isEmpty() ? "" : " (value: \"" + abbreviate(rawValue) + "\")"));
    this.location = location;
    this.rawValue = rawValue;
  }

  private static String abbreviate(String s) {
    return s.length() <= 80 ? s : s.substring(0, 77) + "...";
  }

  /**
   * Where the bad value is.
   *
   * @return the location, not null
   */
  public SourceLocation location() {
    return location;
  }

  /**
   * The value as read.
   *
   * @return the raw value, empty when the problem is not about one value, not null
   */
  public String rawValue() {
    return rawValue;
  }
}
