package org.opendti.io.table;

import com.google.common.collect.ImmutableList;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.opendti.DtiException;
import org.opendti.io.DataFormatException;
import org.opendti.io.NumberStyle;
import org.opendti.io.SourceLocation;

/**
 * One table read row by row: a CSV file or one sheet of a workbook, its first non-blank row being the header. It is
 * the one model every layout reader (long and wide datasets, framework tables, COINr's iMeta, results) reads, so the
 * rules about cells, numbers and locations hold for every format alike.
 *
 * <p>A reader is a cursor: {@link #next()} moves to the next row that has content (blank rows are passed over, the row
 * numbers still count them), and the accessors describe the cells of that row. No object is made per cell: numbers are
 * parsed from the reader's own buffer, text becomes a {@code String} only when asked for.
 *
 * <pre>{@code
 * try (TableReader t = Tables.open(Path.of("data.csv"), CsvOptions.defaults())) {
 *   int value = t.column("value");
 *   while (t.next()) {
 *     double v = t.number(value, NumberStyle.DEFAULT);   // located error if the cell is not a number
 *   }
 * }
 * }</pre>
 *
 * <p>Every location names the file, the sheet (for workbooks), the 1-based row (the header is usually row 1) and the
 * column's header. A reader is not thread-safe; use one per thread.
 */
public abstract class TableReader implements Closeable {
  private final List<DtiException> problems = new ArrayList<>();
  private final Map<String, Integer> columns = new HashMap<>();
  private ImmutableList<String> header = ImmutableList.of();

  TableReader() {}

  /**
   * The source and, for workbooks, the sheet: {@code data.xlsx [2023]}.
   *
   * @return the location of the whole table, not null
   */
  public abstract SourceLocation source();

  /**
   * Moves to the next row with content.
   *
   * @return false at the end of the table
   * @throws IOException if the source cannot be read
   * @throws DtiException if the source is malformed at this row (bytes not valid in the encoding, broken quoting,
   *     a field or row beyond the limits)
   */
  public abstract boolean next() throws IOException;

  /**
   * The 1-based number of the current row in the file or sheet.
   *
   * @return the row number, ≥ 1
   */
  public abstract int row();

  /**
   * The number of cells in the current row; cells at and beyond it are {@link CellType#EMPTY}.
   *
   * @return the width, ≥ 0
   */
  public abstract int width();

  /**
   * What a cell of the current row holds.
   *
   * @param column the 0-based column, ≥ 0
   * @return the type, {@link CellType#EMPTY} beyond {@link #width()}
   */
  public abstract CellType type(int column);

  /**
   * A cell's text, stripped of surrounding white space: the text of a text cell, the code of an error
   * ({@code #DIV/0!}), the formula of a formula without value ({@code =SUM(B2:B9)}), {@code TRUE} or {@code FALSE},
   * the shortest decimal text of a number cell, and "" for an empty cell.
   *
   * @param column the 0-based column, ≥ 0
   * @return the text, not null
   */
  public abstract String text(int column);

  /**
   * The value of a {@link CellType#NUMBER} cell.
   *
   * @param column the column of a number cell
   * @return the value
   */
  abstract double numberValue(int column);

  /**
   * Parses a {@link CellType#TEXT} cell in a number style; readers with a character buffer parse it in place.
   *
   * @param column the column of a text cell
   * @param style the style, not null
   * @return the value
   * @throws IllegalArgumentException with the style's message if the text is not a number in the style
   */
  double parseText(int column, NumberStyle style) {
    return style.parse(text(column));
  }

  /**
   * The hash of a {@link CellType#TEXT} cell's text, equal to {@code text(column).hashCode()}; readers with a
   * character buffer compute it in place, without making a string.
   *
   * @param column the column of a text cell
   * @return the hash
   */
  int textHash(int column) {
    return text(column).hashCode();
  }

  /**
   * Whether a {@link CellType#TEXT} cell's text is exactly the given characters; readers with a character buffer
   * compare in place, without making a string.
   *
   * @param column the column of a text cell
   * @param chars the characters to compare with, not null
   * @param from the first of them
   * @param to after the last of them
   * @return true if {@code text(column)} has exactly these characters
   */
  boolean textEquals(int column, char[] chars, int from, int to) {
    String text = text(column);
    if (text.length() != to - from) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (text.charAt(i - from) != chars[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a cell is a text cell with exactly this text (stripped), without making a string of the cell: e.g. R's
   * {@code NA} in a wide table.
   *
   * @param column the 0-based column, ≥ 0
   * @param expected the text, not null
   * @return true if the cell is text and equals {@code expected}
   */
  public boolean textIs(int column, String expected) {
    return type(column) == CellType.TEXT && text(column).equals(expected);
  }

  /**
   * Whether a cell of the current row holds a formula, calculated or not. A workbook cell whose formula has a saved
   * value reads as that value ({@link #type}, {@link #number}, {@link #text}); this tells such a cell from a value
   * typed in, for layouts that take typed values only (forms). False for CSV files.
   *
   * @param column the 0-based column, ≥ 0
   * @return true if the cell has a formula
   */
  public boolean formula(int column) {
    return type(column) == CellType.FORMULA;
  }

  /**
   * Whether a cell of the current row is empty.
   *
   * @param column the 0-based column, ≥ 0
   * @return true for an empty or absent cell
   */
  public boolean isEmpty(int column) {
    return type(column) == CellType.EMPTY;
  }

  /**
   * A cell read as a number: a number cell as it is, a text cell in the given style (officials often type "0,82" as
   * text). Anything else is an error at the cell that says what the cell holds: a boolean, an error value, a formula
   * without saved value or nothing at all.
   *
   * @param column the 0-based column, ≥ 0
   * @param style how text cells write numbers, not null
   * @return the value, finite
   * @throws DataFormatException if the cell is not a number, naming the file, sheet, row, column and raw value
   */
  public final double number(int column, NumberStyle style) {
    CellType t = type(column);
    switch (t) {
      case NUMBER -> {
        double v = numberValue(column);
        if (!Double.isFinite(v)) {
          throw new DataFormatException(at(column), text(column), "expected a finite number");
        }
        return v;
      }
      case TEXT -> {
        try {
          return parseText(column, style);
        } catch (IllegalArgumentException e) {
          throw new DataFormatException(at(column), text(column), e.getMessage());
        }
      }
      case EMPTY -> throw new DataFormatException(at(column), "", "empty; expected a number");
      case BOOLEAN -> throw new DataFormatException(at(column), text(column), "a boolean (TRUE/FALSE) cell; expected"
          + " a number");
      case ERROR -> throw new DataFormatException(at(column), text(column), "an error value; expected a number (fix"
          + " the formula or enter the value)");
      case FORMULA -> throw new DataFormatException(at(column), text(column), "a formula without a saved value;"
          + " expected a number (open and save the workbook in Excel or LibreOffice so the value is calculated, or"
          + " enter the value)");
      default -> throw new AssertionError(t);
    }
  }

  /**
   * A cell read as text: text as it is, a number cell as its shortest decimal text. A boolean, an error or a formula
   * without value is an error at the cell, never taken for a name.
   *
   * @param column the 0-based column, ≥ 0
   * @return the text, possibly empty, not null
   * @throws DataFormatException if the cell holds a boolean, an error value or a formula without saved value
   */
  public final String string(int column) {
    CellType t = type(column);
    return switch (t) {
      case EMPTY, TEXT, NUMBER -> text(column);
      case BOOLEAN -> throw new DataFormatException(at(column), text(column), "a boolean (TRUE/FALSE) cell;"
          + " expected text");
      case ERROR -> throw new DataFormatException(at(column), text(column), "an error value; expected text");
      case FORMULA -> throw new DataFormatException(at(column), text(column), "a formula without a saved value;"
          + " expected text (open and save the workbook in Excel or LibreOffice so the value is calculated)");
    };
  }

  /**
   * The header: the cells of the table's first non-blank row, stripped and in Unicode NFC.
   *
   * @return the header, not null
   */
  public final List<String> header() {
    return header;
  }

  /**
   * The position of a column by its header, ignoring case; the first name found wins.
   *
   * @param names the accepted headers, e.g. {@code "unit", "uCode"}
   * @return the 0-based column, or −1 if none of the names is a header
   */
  public final int column(String... names) {
    for (String n : names) {
      Integer c = columns.get(n.toLowerCase(Locale.ROOT));
      if (c != null) {
        return c;
      }
    }
    return -1;
  }

  /**
   * The location of a cell of the current row: file, sheet, row and the column's header (or its letter or number when
   * the header has no name for it).
   *
   * @param column the 0-based column, ≥ 0
   * @return the location, not null
   */
  public final SourceLocation at(int column) {
    String name = column < header.size() && !header.get(column).isEmpty() ? header.get(column) : "#" + (column + 1);
    return source().row(row()).column(name);
  }

  /**
   * The location of the current row.
   *
   * @return the location, not null
   */
  public final SourceLocation atRow() {
    return source().row(row());
  }

  /**
   * Problems of the table's shape found while reading (rows with more or fewer fields than the header, repeated or
   * empty headers), in the order met. Layout readers report them with their own, all together.
   *
   * @return the problems so far, a live view, not null
   */
  public final List<DtiException> problems() {
    return java.util.Collections.unmodifiableList(problems);
  }

  /** Records a shape problem. */
  final void problem(DtiException e) {
    problems.add(e);
  }

  /**
   * Reads the header from the current row (called by implementations once, on the first row with content): stores
   * the names, indexes them ignoring case and records empty and repeated names as problems.
   */
  final void takeHeader() {
    List<String> names = new ArrayList<>(width());
    for (int c = 0; c < width(); c++) {
      String name = java.text.Normalizer.normalize(type(c) == CellType.EMPTY ? "" : text(c),
          java.text.Normalizer.Form.NFC);
      names.add(name);
      if (name.isEmpty()) {
        continue;
      }
      Integer prev = columns.putIfAbsent(name.toLowerCase(Locale.ROOT), c);
      if (prev != null) {
        problem(new DataFormatException(source().row(row()).column(name), name, "column header appears twice"
            + " (columns " + (prev + 1) + " and " + (c + 1) + ")"));
      }
    }
    while (!names.isEmpty() && names.get(names.size() - 1).isEmpty()) {
      names.remove(names.size() - 1);
    }
    header = ImmutableList.copyOf(names);
  }
}
