package org.opendti.io.table;

import java.io.IOException;
import java.util.Arrays;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;
import org.opendti.Numbers;
import org.opendti.io.DataFormatException;
import org.opendti.io.NumberStyle;
import org.opendti.io.SourceLocation;

/**
 * One worksheet read row by row from its XML, as {@link XlsxWorkbook} describes. The current row is held in primitive
 * arrays indexed by column (a type code, a number, a string for text cells) sized by the highest column present so
 * far; only the cells present are written and cleared, so neither a cell far to the right nor a gap of a million rows
 * costs more than its own bytes.
 *
 * <p>A fault in a cell (a bad number, a broken shared-string reference, a reference out of order or beyond Excel's
 * grid) is thrown once its row has been read to the end, so the reader can go on with the next row; malformed XML
 * ends the sheet.
 */
final class XlsxSheetReader extends TableReader {
  private static final CellType[] TYPES = CellType.values();
  private static final byte EMPTY = (byte) CellType.EMPTY.ordinal();
  private static final byte TEXT = (byte) CellType.TEXT.ordinal();
  private static final byte NUMBER = (byte) CellType.NUMBER.ordinal();
  private static final byte BOOLEAN = (byte) CellType.BOOLEAN.ordinal();
  private static final byte ERROR = (byte) CellType.ERROR.ordinal();
  private static final byte FORMULA = (byte) CellType.FORMULA.ordinal();

  /** The cell kinds of the {@code t} attribute. */
  private static final int T_NUMBER = 0;
  private static final int T_SHARED = 1;
  private static final int T_STR = 2;
  private static final int T_INLINE = 3;
  private static final int T_BOOLEAN = 4;
  private static final int T_ERROR = 5;
  private static final int T_DATE = 6;

  private final XlsxWorkbook workbook;
  private final SourceLocation source;
  private final String part;
  private final XmlCursor x;
  private final XMLStreamReader xml;
  private final String[] shared;
  /** A second text buffer, exchanged with the cursor's to keep a formula's text. */
  private char[] formulaText = new char[64];

  private byte[] types = new byte[16];
  private double[] numbers = new double[16];
  private @Nullable String[] texts = new String[16];
  /** The columns of the current row whose cell has a formula, calculated or not. */
  private int[] formulas = new int[4];
  private int formulaCount;
  /** The columns written in the current row, to clear them for the next. */
  private int[] filled = new int[16];
  private int filledCount;
  private int width;
  /** The row being read or last read. */
  private int row;
  /** The row read before the current one, 0 before the first. */
  private int previousRow;
  /** The current row's number as text, to check cell references against. */
  private String rowText = "";
  /** Whether the current row's number was counted on rather than given. */
  private boolean rowGuessed;
  /** The last column read in the current row, 0-based, −1 before the first cell. */
  private int column;
  private boolean ended;
  private boolean closed;
  /** The first fault of the current row, thrown when the row has been read. */
  private @Nullable DataFormatException fault;

  XlsxSheetReader(XlsxWorkbook workbook, SourceLocation source, String part, XmlCursor x, String[] shared)
      throws IOException {
    this.workbook = workbook;
    this.source = source;
    this.part = part;
    this.x = x;
    this.xml = x.xml;
    this.shared = shared;
    try {
      toSheetData();
      if (readRow()) {
        takeHeader();
      }
    } catch (IOException | RuntimeException e) {
      close();
      throw e;
    }
  }

  /** Moves into the sheet's data; a part without it (a chart sheet, an empty sheet) has no rows. */
  private void toSheetData() throws IOException {
    try {
      if (x.is("worksheet")) {
        while (x.nextChild(1)) {
          if (x.is("sheetData")) {
            return;
          }
          x.skip();
        }
      }
      ended = true;
    } catch (XMLStreamException e) {
      throw malformed(e);
    }
  }

  @Override
  public SourceLocation source() {
    return source;
  }

  @Override
  public boolean next() throws IOException {
    if (closed) {
      throw new IllegalStateException("the sheet reader is closed");
    }
    return readRow();
  }

  @Override
  public int row() {
    return Math.max(row, 1);
  }

  @Override
  public int width() {
    return width;
  }

  @Override
  public CellType type(int column) {
    return column < width ? TYPES[types[column]] : CellType.EMPTY;
  }

  @Override
  public String text(int column) {
    if (column >= width) {
      return "";
    }
    byte t = types[column];
    if (t == NUMBER) {
      return numberText(numbers[column]);
    }
    if (t == BOOLEAN) {
      return numbers[column] != 0 ? "TRUE" : "FALSE";
    }
    String s = texts[column];
    return s == null ? "" : s;
  }

  @Override
  public boolean formula(int column) {
    for (int i = 0; i < formulaCount; i++) {
      if (formulas[i] == column) {
        return true;
      }
    }
    return false;
  }

  @Override
  double numberValue(int column) {
    return numbers[column];
  }

  // ---- rows ----

  /** Reads rows up to the next one with content. */
  private boolean readRow() throws IOException {
    clear();
    if (ended) {
      return false;
    }
    DataFormatException f;
    try {
      while (true) {
        if (!x.nextChild(2)) {
          ended = true;
          return false;
        }
        if (!x.is("row")) {
          x.skip();
          continue;
        }
        readCells();
        if (fault != null) {
          f = fault;
          fault = null;
          break;
        }
        if (width > 0) {
          return true;
        }
      }
    } catch (XMLStreamException e) {
      ended = true;
      clear();
      throw malformed(e);
    } catch (RuntimeException e) {
      // A limit of the part was broken: the rest of the sheet cannot be trusted.
      ended = true;
      clear();
      throw e;
    }
    // A fault in a cell: the row has been read to its end, so reading can go on with the next.
    clear();
    throw f;
  }

  private void clear() {
    for (int i = 0; i < filledCount; i++) {
      int c = filled[i];
      types[c] = EMPTY;
      texts[c] = null;
    }
    filledCount = 0;
    formulaCount = 0;
    width = 0;
  }

  /** Reads the cells of a row, its start tag being current. */
  private void readCells() throws XMLStreamException {
    int previous = row;
    previousRow = previous;
    String r = x.attribute("r");
    rowGuessed = r == null;
    int number;
    if (r == null) {
      number = previous + 1;
    } else {
      number = rowNumber(r);
      if (number < 0) {
        row = previous;
        fault(new DataFormatException(source, r, "not a row number"));
        x.skip();
        return;
      }
    }
    if (number > XlsxLimits.MAX_ROW) {
      row = previous;
      fault(new DataFormatException(source.row(number), r == null ? "" : r, "beyond Excel's last row ("
          + XlsxLimits.MAX_ROW + "): refused"));
      x.skip();
      return;
    }
    if (number <= previous) {
      fault(new DataFormatException(source.row(number), r == null ? "" : r, number == previous ? "the row appears"
          + " twice" : "rows out of order: row " + number + " comes after row " + previous));
      x.skip();
      return;
    }
    row = number;
    rowText = Integer.toString(number);
    column = -1;
    int level = x.depth();
    while (x.nextChild(level)) {
      if (x.is("c")) {
        readCell();
      } else {
        x.skip();
      }
    }
  }

  /** A row number: digits only, up to {@link Integer#MAX_VALUE} at most; −1 if not a number. */
  private static int rowNumber(String r) {
    return rowNumber(r, 0);
  }

  /** The row number in {@code r} from {@code from} on, as {@link #rowNumber(String)}. */
  private static int rowNumber(String r, int from) {
    int n = 0;
    int len = r.length();
    if (len == from) {
      return -1;
    }
    for (int i = from; i < len; i++) {
      char c = r.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n > (Integer.MAX_VALUE - 9) / 10 ? Integer.MAX_VALUE : n * 10 + (c - '0');
    }
    return n;
  }

  private void fault(DataFormatException e) {
    if (fault == null) {
      fault = e;
    } else {
      fault.addSuppressed(e);
    }
  }

  // ---- cells ----

  /** Reads one cell, its start tag being current. */
  private void readCell() throws XMLStreamException {
    String ref = null;
    String t = null;
    for (int i = 0, n = xml.getAttributeCount(); i < n; i++) {
      String name = xml.getAttributeLocalName(i);
      if (name.length() == 1) {
        char c = name.charAt(0);
        if (c == 'r') {
          ref = xml.getAttributeValue(i);
        } else if (c == 't') {
          t = xml.getAttributeValue(i);
        }
      }
    }
    int col = ref == null ? column + 1 : columnOf(ref);
    if (col < 0 || col >= XlsxLimits.MAX_COLUMN) {
      fault(new DataFormatException(source.row(row), ref == null ? "" : ref, col == -2
          ? "the cell is not in its row " + row : col == -1 ? "not a cell reference" : "beyond Excel's last column"
          + " (XFD, " + XlsxLimits.MAX_COLUMN + "): refused"));
      x.skip();
      return;
    }
    if (col <= column) {
      fault(new DataFormatException(source.row(row), ref, col == column ? "the cell appears twice in its row"
          : "cells out of order: " + ref + " comes after column " + letters(column)));
      x.skip();
      return;
    }
    column = col;
    int kind = kind(t);
    if (kind < 0) {
      fault(new DataFormatException(source.row(row), t == null ? "" : t, "cell " + reference(col) + " has an"
          + " unknown type"));
      x.skip();
      return;
    }
    boolean value = false;
    boolean formula = false;
    int formulaLength = -1;
    @Nullable String inline = null;
    int level = x.depth();
    while (x.nextChild(level)) {
      String name = xml.getLocalName();
      if (name.equals("v")) {
        if (!x.readText(false)) {
          tooLong(col);
          continue;
        }
        value |= value(col, kind);
      } else if (name.equals("f")) {
        formula = true;
        if (x.readText(false) && !value) {
          // Keep the formula's text aside without copying: it is needed only if no value follows.
          char[] swap = x.text;
          x.text = formulaText;
          formulaText = swap;
          formulaLength = x.length;
        }
      } else if (name.equals("is")) {
        inline = inline(col);
      } else {
        x.skip();
      }
    }
    if (formula) {
      if (formulaCount == formulas.length) {
        formulas = Arrays.copyOf(formulas, Math.min(2 * formulas.length, XlsxLimits.MAX_COLUMN));
      }
      formulas[formulaCount++] = col;
    }
    if (value) {
      return;
    }
    if (inline != null && (kind == T_INLINE || kind == T_NUMBER)) {
      if (!inline.isEmpty()) {
        set(col, TEXT, 0, inline);
      }
    } else if (formula) {
      set(col, FORMULA, 0, "=" + (formulaLength < 0 ? "" : XmlCursor.string(formulaText, formulaLength)));
    }
  }

  private static int kind(@Nullable String t) {
    if (t == null) {
      return T_NUMBER;
    }
    return switch (t) {
      case "n" -> T_NUMBER;
      case "s" -> T_SHARED;
      case "str" -> T_STR;
      case "inlineStr" -> T_INLINE;
      case "b" -> T_BOOLEAN;
      case "e" -> T_ERROR;
      case "d" -> T_DATE;
      default -> -1;
    };
  }

  /**
   * Stores the value in the text buffer as the cell's content.
   *
   * @return true if the cell has a value (false for a blank value, which leaves a formula without value)
   */
  private boolean value(int col, int kind) {
    char[] b = x.text;
    int from = 0;
    int to = x.length;
    while (from < to && b[from] <= ' ') {
      from++;
    }
    while (to > from && b[to - 1] <= ' ') {
      to--;
    }
    switch (kind) {
      case T_NUMBER -> {
        if (from == to) {
          return false;
        }
        double v = NumberStyle.parseStored(b, from, to - from);
        if (Double.isNaN(v)) {
          fault(new DataFormatException(at(col), new String(b, from, to - from), "cell " + reference(col)
              + " is stored as a number but its value is not one"));
        } else {
          set(col, NUMBER, v, null);
        }
      }
      case T_SHARED -> {
        int i = index(b, from, to);
        if (i < 0 || i >= shared.length) {
          fault(new DataFormatException(at(col), new String(b, from, to - from), "cell " + reference(col)
              + " refers to shared string " + (i < 0 ? "that is not an index" : i + ", but the workbook has "
              + shared.length) + " (damaged workbook)"));
        } else if (!shared[i].isEmpty()) {
          set(col, TEXT, 0, shared[i]);
        }
      }
      case T_BOOLEAN -> {
        String s = new String(b, from, to - from);
        switch (s) {
          case "1", "true" -> set(col, BOOLEAN, 1, null);
          case "0", "false" -> set(col, BOOLEAN, 0, null);
          default -> fault(new DataFormatException(at(col), s, "cell " + reference(col) + " is stored as a boolean"
              + " but its value is neither 1 nor 0"));
        }
      }
      case T_ERROR -> {
        if (from == to) {
          fault(new DataFormatException(at(col), "", "cell " + reference(col) + " is stored as an error value but"
              + " has no error code"));
        } else {
          set(col, ERROR, 0, new String(b, from, to - from));
        }
      }
      default -> {
        // Text: a formula's string result, an ISO date, or an inline string given as a value.
        String s = x.string();
        if (!s.isEmpty()) {
          set(col, TEXT, 0, s);
        }
      }
    }
    return true;
  }

  /** The text of an inline string: its runs joined, phonetic runs left out. */
  private @Nullable String inline(int col) throws XMLStreamException {
    if (!x.readRichText(x.depth())) {
      tooLong(col);
      return null;
    }
    return x.string();
  }

  private void tooLong(int col) {
    fault(new DataFormatException(at(col), "", "cell " + reference(col) + " holds more than Excel's "
        + XlsxLimits.MAX_TEXT + " characters: refused"));
  }

  private void set(int col, byte type, double number, @Nullable String text) {
    if (col >= types.length) {
      int n = Math.min(Math.max(col + 1, 2 * types.length), XlsxLimits.MAX_COLUMN);
      types = Arrays.copyOf(types, n);
      numbers = Arrays.copyOf(numbers, n);
      texts = Arrays.copyOf(texts, n);
    }
    if (filledCount == filled.length) {
      filled = Arrays.copyOf(filled, Math.min(2 * filled.length, XlsxLimits.MAX_COLUMN));
    }
    types[col] = type;
    numbers[col] = number;
    texts[col] = text;
    filled[filledCount++] = col;
    width = col + 1;
  }

  // ---- references and numbers ----

  /**
   * The 0-based column of a cell reference such as {@code B7}, whose row must be the current one.
   *
   * @return the column; {@link XlsxLimits#MAX_COLUMN} or more beyond XFD; −1 if not a reference; −2 if in another
   *     row
   */
  private int columnOf(String ref) {
    int len = ref.length();
    int i = 0;
    int col = 0;
    while (i < len) {
      char c = ref.charAt(i);
      int d = c >= 'A' && c <= 'Z' ? c - 'A' + 1 : c >= 'a' && c <= 'z' ? c - 'a' + 1 : 0;
      if (d == 0) {
        break;
      }
      col = col * 26 + d;
      if (col > XlsxLimits.MAX_COLUMN) {
        return XlsxLimits.MAX_COLUMN;
      }
      i++;
    }
    if (i == 0) {
      return -1;
    }
    if (i < len && !sameRow(ref, i)) {
      int r = rowNumber(ref, i);
      if (r < 0) {
        return -1;
      }
      if (r != row) {
        // A row without its number takes the number of its first cell, if that keeps the rows in order.
        if (!rowGuessed || column >= 0 || r <= previousRow || r > XlsxLimits.MAX_ROW) {
          return -2;
        }
        row = r;
        rowText = Integer.toString(r);
      }
    }
    rowGuessed = false;
    return col - 1;
  }

  /** Whether {@code ref} from {@code from} on is the current row's number. */
  private boolean sameRow(String ref, int from) {
    int n = ref.length() - from;
    if (n != rowText.length()) {
      return false;
    }
    for (int k = 0; k < n; k++) {
      if (ref.charAt(from + k) != rowText.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** The letters of a 0-based column: 0 is A, 16383 is XFD. */
  static String letters(int column) {
    StringBuilder sb = new StringBuilder(3);
    for (int c = column + 1; c > 0; c = (c - 1) / 26) {
      sb.append((char) ('A' + (c - 1) % 26));
    }
    return sb.reverse().toString();
  }

  private String reference(int column) {
    return letters(column) + row;
  }

  /** A shared-string index: digits only; −1 otherwise or if too large. */
  private static int index(char[] b, int from, int to) {
    if (from == to || to - from > 9) {
      return -1;
    }
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = b[i];
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  private DataFormatException malformed(XMLStreamException e) {
    return new DataFormatException(row > 0 ? source.row(row) : source, part, "malformed XML in part " + part + ": "
        + e.getMessage());
  }

  @Override
  public void close() throws IOException {
    if (!closed) {
      closed = true;
      ended = true;
      workbook.closed(this);
      x.close();
    }
  }

  /**
   * A number cell as text: the shortest decimal that reads back as the value, without an exponent and without
   * trailing zeros ({@code 12}, {@code 0.7314}, {@code 0.00001}): {@link Numbers#plain(double)} less the zero it may
   * keep after the last digit.
   */
  static String numberText(double v) {
    String plain = Numbers.plain(v);
    if (plain.indexOf('.') < 0 || !plain.endsWith("0")) {
      return plain;
    }
    int end = plain.length();
    while (plain.charAt(end - 1) == '0') {
      end--;
    }
    if (plain.charAt(end - 1) == '.') {
      end--;
    }
    return plain.substring(0, end);
  }
}
