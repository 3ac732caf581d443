package org.opendti;

/**
 * A framework definition breaks a rule: a cycle, a dangling parent, a duplicate code, negative points, maxima that do
 * not add up. The exception names the node.
 */
public final class InvalidFrameworkException extends DtiException {
  private static final long serialVersionUID = 1L;
  /** The node the problem is about. */
  private final String node;

  /**
   * Creates the exception.
   *
   * @param node the code of the offending node (or the framework id when no node applies), not null
   * @param problem what is wrong, with the bad value and what was expected, not null
   */
  public InvalidFrameworkException(String node, String problem) {
    super("node '" + node + "': " + problem);
    this.node = node;
  }

  /**
   * The code of the node the problem is about.
   *
   * @return the node code, not null
   */
  public String node() {
    return node;
  }
}
