package org.opendti;

/** Where a framework comes from. */
public enum FrameworkStatus {
  /** Defined by a published decision (its gaps listed by {@link Framework#unknownMaxima()}). */
  OFFICIAL,
  /** A worked example shipped with the SDK; not an official document. */
  EXAMPLE,
  /** A user's own framework. */
  USER
}
