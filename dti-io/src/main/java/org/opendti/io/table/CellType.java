package org.opendti.io.table;

/**
 * What a cell of a table holds. CSV files give only {@link #TEXT} and {@link #EMPTY}; workbooks give every kind Excel
 * can store, so a boolean, an error such as {@code #DIV/0!} or a formula that was never calculated is never taken for a
 * number or for a missing value.
 */
public enum CellType {
  /** No content: an empty CSV field, or a workbook cell that is absent or blank. */
  EMPTY,
  /** Text; in CSV files every non-empty field, numbers included (they are parsed in the chosen number style). */
  TEXT,
  /** A number stored as a number (workbooks), or the saved value of a formula that computes one. */
  NUMBER,
  /** A boolean stored as a boolean (workbooks: {@code TRUE} or {@code FALSE}), never read as a number. */
  BOOLEAN,
  /** An error value stored in a workbook ({@code #DIV/0!}, {@code #N/A}, {@code #REF!}, ...). */
  ERROR,
  /**
   * A formula without a saved value: the workbook was written by a program that does not calculate (Excel saves the
   * value; many generators do not). Its value is unknown, so it is never read as missing or as zero.
   */
  FORMULA
}
