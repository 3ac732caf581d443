package org.opendti;

import com.google.common.collect.ImmutableList;
import java.util.List;

/** A unit name that a registry cannot resolve, or resolves to several units; lists the closest candidates. */
public final class UnknownUnitException extends DtiException {
  private static final long serialVersionUID = 1L;
  /** The name as given. */
  private final String name;
  /** The closest known names. */
  private final transient List<String> candidates;

  /**
   * Creates the exception.
   *
   * @param name the name as given, not null
   * @param problem "unknown" or "ambiguous", with context, not null
   * @param candidates the closest known names, not null
   */
  public UnknownUnitException(String name, String problem, List<String> candidates) {
    super(problem + " unit '" + name + "'" + (candidates.isEmpty() ? "" : "; closest: " + String.join(", ",
        candidates)));
    this.name = name;
    this.candidates = ImmutableList.copyOf(candidates);
  }

  /**
   * The name as given.
   *
   * @return the name, not null
   */
  public String name() {
    return name;
  }

  /**
   * The closest known names, best first.
   *
   * @return the candidates, not null
   */
  public List<String> candidates() {
    return candidates;
  }
}
