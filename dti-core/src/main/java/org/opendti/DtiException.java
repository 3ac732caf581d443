package org.opendti;

/**
 * The root of the SDK's unchecked exceptions for bad definitions and bad data.
 *
 * <p>Programmer errors (a {@code null} argument, a negative array length) use the JDK's own exceptions instead.
 * Every message says what is wrong, where (node, unit, indicator, file position), the offending value and what was
 * expected.
 */
public class DtiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message what is wrong, where, the bad value and what was expected, not null
   */
  public DtiException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and a cause.
   *
   * @param message what is wrong, not null
   * @param cause the underlying cause, not null
   */
  public DtiException(String message, Throwable cause) {
    super(message, cause);
  }
}
