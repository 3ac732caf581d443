package org.opendti;

/** A node code (or alias) that the framework does not define was asked for. */
public final class UnknownNodeException extends DtiException {
  private static final long serialVersionUID = 1L;
  /** The code the problem is about. */
  private final String code;

  /**
   * Creates the exception.
   *
   * @param code the code that was not found, not null
   * @param framework the id of the framework that was searched, not null
   */
  public UnknownNodeException(String code, String framework) {
    super("unknown indicator '" + code + "' in framework " + framework);
    this.code = code;
  }

  /**
   * The code that was not found.
   *
   * @return the code as given, not null
   */
  public String code() {
    return code;
  }
}
