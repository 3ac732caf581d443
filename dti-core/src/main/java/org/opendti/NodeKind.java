package org.opendti;

/**
 * The role of a node in a framework. The kind is a label for people and reports; the structure comes from the
 * parents of each node.
 */
public enum NodeKind {
  /** A leaf measured in the field ("chỉ số thành phần"). */
  COMPONENT,
  /** A main indicator ("chỉ số chính"), e.g. "Nhận thức số" in Decision 922. */
  MAIN_INDICATOR,
  /**
   * A pillar ("trụ cột"): digital government, economy, society. A pillar may have no parent: under Decision 922 the
   * pillars share the foundation indicators and the DTI is not a weighted mean of them (methodology §3).
   */
  PILLAR,
  /** Any other intermediate aggregate (a sub-pillar of an imported COINr framework). */
  AGGREGATE,
  /** The root of the framework: the DTI itself. Exactly one per framework. */
  INDEX
}
