package org.opendti.method;

/**
 * How tied values share ranks. Ranks run from 1 for the highest value; missing values (NaN) get no rank (NaN).
 */
public enum TiesStrategy {
  /**
   * Ties share the lowest rank and the next ranks are skipped: 1, 2, 2, 4. The DTI convention (methodology §6: in
   * DTI 2022 two provinces share rank 15 and the next is 17), and COINr's.
   */
  MINIMUM,
  /** Ties share the mean of the ranks they span: 1, 2.5, 2.5, 4. */
  AVERAGE,
  /** Ties are broken by the units' order in the dataset: 1, 2, 3, 4. */
  SEQUENTIAL;

  /**
   * Ranks values, highest first.
   *
   * @param values the values, NaN for missing, not null (not modified)
   * @return the ranks, NaN where the value is NaN, a new array, not null
   */
  public double[] rank(double[] values) {
    return Ranks.descending(values, this);
  }
}
