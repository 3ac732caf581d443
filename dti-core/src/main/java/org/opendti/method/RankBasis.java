package org.opendti.method;

/** Which values ranks are computed from. */
public enum RankBasis {
  /**
   * The values rounded to the method's decimals, as published: units with the same published value share a rank.
   * The DTI convention (methodology §6: ties such as two provinces at rank 15 arise between published 4-decimal
   * values).
   */
  ROUNDED,
  /** The values at full precision, as COINr ranks them. */
  EXACT
}
