package org.opendti;

/** Whether a higher raw value is better or worse. All official DTI indicators are {@link #POSITIVE}. */
public enum Direction {
  /** Higher is better (COINr direction 1). */
  POSITIVE,
  /** Lower is better (COINr direction −1): the value is reversed before normalisation. */
  NEGATIVE;

  /**
   * The sign used by COINr's iMeta tables.
   *
   * @return 1 for {@link #POSITIVE}, −1 for {@link #NEGATIVE}
   */
  public int sign() {
    return this == POSITIVE ? 1 : -1;
  }
}
