package org.opendti.analysis;

/**
 * The scale a figure is on: DTI values are fractions 0..1 published with four decimals; provinces that score their
 * departments and districts report points of 1000 (seed S3). Points are the value times the node's maximum points.
 */
public enum Scale {
  /** The value, 0..1 under the official method. */
  VALUE,
  /** Points: the value times the node's maximum points (Decision 922: 1000 for the DTI). */
  POINTS
}
