package org.opendti.io;

import java.util.Objects;
import java.util.Optional;

/**
 * Where in an input a value sits: the source (usually a file name), optionally a sheet, a 1-based row (the header is
 * row 1) and a column header.
 *
 * <p>{@link #toString()} is what users read: {@code provinces.csv row 14, column 'value'}. This class is immutable and
 * thread-safe.
 */
public final class SourceLocation {
  private final String source;
  private final String sheet;
  private final int row;
  private final String column;
  private final String pointer;

  private SourceLocation(String source, String sheet, int row, String column) {
    this(source, sheet, row, column, "");
  }

  private SourceLocation(String source, String sheet, int row, String column, String pointer) {
    this.source = source;
    this.sheet = sheet;
    this.row = row;
    this.column = column;
    this.pointer = pointer;
  }

  /**
   * A place in a JSON or YAML document, as a JSON pointer: {@code /nodes/3/maxPoints}.
   *
   * @param pointer the pointer, not null
   * @return the location, not null
   */
  public SourceLocation pointer(String pointer) {
    return new SourceLocation(source, sheet, row, column, java.util.Objects.requireNonNull(pointer, "pointer"));
  }

  /**
   * The JSON pointer of a value in a JSON or YAML document.
   *
   * @return the pointer, if any
   */
  public Optional<String> jsonPointer() {
    return pointer.isEmpty() ? Optional.empty() : Optional.of(pointer);
  }

  /**
   * A whole source.
   *
   * @param source the file name or another description, not null
   * @return the location, not null
   */
  public static SourceLocation of(String source) {
    return new SourceLocation(Objects.requireNonNull(source, "source"), "", 0, "");
  }

  /**
   * A row of a source.
   *
   * @param row the 1-based row, ≥ 1
   * @return the location, not null
   */
  public SourceLocation row(int row) {
    if (row < 1) {
      throw new IllegalArgumentException("row must be ≥ 1, was " + row);
    }
    return new SourceLocation(source, sheet, row, column, pointer);
  }

  /**
   * A column of this location.
   *
   * @param column the column header, not null
   * @return the location, not null
   */
  public SourceLocation column(String column) {
    return new SourceLocation(source, sheet, row, Objects.requireNonNull(column, "column"), pointer);
  }

  /**
   * A sheet of this source.
   *
   * @param sheet the sheet name, not null
   * @return the location, not null
   */
  public SourceLocation sheet(String sheet) {
    return new SourceLocation(source, Objects.requireNonNull(sheet, "sheet"), row, column, pointer);
  }

  /**
   * The source, usually a file name.
   *
   * @return the source, not null
   */
  public String source() {
    return source;
  }

  /**
   * The sheet.
   *
   * @return the sheet, if any
   */
  public Optional<String> sheet() {
    return sheet.isEmpty() ? Optional.empty() : Optional.of(sheet);
  }

  /**
   * The 1-based row, the header being row 1.
   *
   * @return the row, 0 when the location is the whole source
   */
  public int row() {
    return row;
  }

  /**
   * The column header.
   *
   * @return the column, if any
   */
  public Optional<String> column() {
    return column.isEmpty() ? Optional.empty() : Optional.of(column);
  }

  /**
   * The location as users read it: {@code data.csv [Sheet1] row 14, column 'value'}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(source);
    if (!sheet.isEmpty()) {
      sb.append(" [").append(sheet).append(']');
    }
    if (row > 0) {
      sb.append(" row ").append(row);
    }
    if (!column.isEmpty()) {
      sb.append(row > 0 ? ", column '" : " column '").append(column).append('\'');
    }
    if (!pointer.isEmpty()) {
      sb.append(" at ").append(pointer);
    }
    return sb.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SourceLocation l && source.equals(l.source) && sheet.equals(l.sheet) && row == l.row
        && column.equals(l.column) && pointer.equals(l.pointer);
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, sheet, row, column, pointer);
  }
}
