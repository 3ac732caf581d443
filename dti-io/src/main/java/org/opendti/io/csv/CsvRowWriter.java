package org.opendti.io.csv;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.opendti.Numbers;
import org.opendti.io.FormulaGuard;

/**
 * The one CSV writer of the SDK: every CSV it writes (results, datasets, framework tables, comparisons, statistics,
 * uncertainty) goes through it, so quoting and the formula guard are the same everywhere.
 *
 * <ul>
 *   <li>A field is quoted when it holds the separator, a quote, a line feed or a carriage return, so a name with a
 *       lone {@code \r} can never split a row. To stay safe for readers that trim or take {@code #} for a comment,
 *       a field is also quoted when its first character is one up to {@code #} in Unicode order (white space,
 *       {@code ! " #} and control characters) or its last character is white space or a control character, and an
 *       empty first field is quoted, so an empty row still has one field. These are commons-csv's
 *       {@code QuoteMode.MINIMAL} rules, which this writer's tests check field for field. Quoted fields double their
 *       quotes; nothing else is escaped.
 *   <li>Text that a spreadsheet would run as a formula (first character {@code = + - @}, a tab or a carriage return)
 *       gets a leading apostrophe, which spreadsheets show as text ({@link FormulaGuard#guard(String)}); the readers remove it
 *       again ({@link FormulaGuard#unguard(String)}), so whatever is written reads back as it was.
 *   <li>Numbers are written by {@link Numbers}, '.' as the decimal separator, never in an exponent form, and never
 *       guarded: {@code -0.5} stays a number.
 *   <li>The text is encoded as UTF-8 straight into a byte buffer (64 KB), with no writer, encoder or string per
 *       field in between; an unpaired surrogate becomes {@code ?}, as Java's UTF-8 encoder writes it.
 * </ul>
 *
 * <pre>{@code
 * try (CsvRowWriter w = CsvRowWriter.of(outputStream)) {
 *   w.text("unit").text("dti").endRow();
 *   w.text("Hà Nội").number(0.8002, 4).endRow();
 * }
 * }</pre>
 *
 * <p>The row methods report a failing output as an {@link UncheckedIOException} wrapping the {@link IOException}.
 * A writer is not thread-safe; use one per output.
 */
public final class CsvRowWriter implements Closeable, Flushable {
  private static final int BUFFER = 1 << 16;
  /**
   * Room a field may need beyond the buffer's end before it is passed on: a separator and a number
   * ({@link Numbers#MAX_ASCII_LENGTH}), or a character and quotes.
   */
  private static final int SLACK = 1 + Numbers.MAX_ASCII_LENGTH + 7;

  private final OutputStream bytesOut;
  private final Appendable textOut;
  private final byte delimiter;
  private final byte[] buf = new byte[BUFFER + SLACK];
  private int len;
  /** True before the first field of a row. */
  private boolean rowStart = true;
  /** The text of the number being written, reused so that writing a number makes no object. */
  private final StringBuilder number = new StringBuilder(32);

  private CsvRowWriter(OutputStream bytesOut, Appendable textOut, char delimiter) {
    this.bytesOut = bytesOut;
    this.textOut = textOut;
    this.delimiter = (byte) checkDelimiter(delimiter);
  }

  /**
   * A writer of UTF-8 bytes with ',' between fields and '\n' after each row.
   *
   * @param out where the bytes go, not null; flushed by {@link #flush()}, closed by {@link #close()}
   * @return the writer, not null
   */
  public static CsvRowWriter of(OutputStream out) {
    return new CsvRowWriter(Objects.requireNonNull(out, "out"), null, ',');
  }

  /**
   * A writer of UTF-8 bytes with the given separator, e.g. ';' for spreadsheets in decimal-comma locales.
   *
   * @param out where the bytes go, not null; flushed by {@link #flush()}, closed by {@link #close()}
   * @param delimiter the separator: an ASCII character, not a quote, an apostrophe, a line break, a letter, a digit or
   *     '.'
   * @return the writer, not null
   * @throws IllegalArgumentException for an unusable separator
   */
  public static CsvRowWriter of(OutputStream out, char delimiter) {
    return new CsvRowWriter(Objects.requireNonNull(out, "out"), null, delimiter);
  }

  /**
   * A writer of text with ',' between fields and '\n' after each row, for a {@link StringBuilder} or a
   * {@link java.io.Writer}; the text arrives in blocks of up to 64 KB. Prefer {@link #of(OutputStream)} for files.
   *
   * @param out where the text goes, not null; flushed by {@link #flush()} and closed by {@link #close()} if it is
   *     {@link Flushable} or {@link Closeable}
   * @return the writer, not null
   */
  public static CsvRowWriter of(Appendable out) {
    return new CsvRowWriter(null, Objects.requireNonNull(out, "out"), ',');
  }

  /**
   * A writer of text with the given separator.
   *
   * @param out where the text goes, not null
   * @param delimiter the separator: an ASCII character, not a quote, an apostrophe, a line break, a letter, a digit or
   *     '.'
   * @return the writer, not null
   * @throws IllegalArgumentException for an unusable separator
   */
  public static CsvRowWriter of(Appendable out, char delimiter) {
    return new CsvRowWriter(null, Objects.requireNonNull(out, "out"), delimiter);
  }

  private static char checkDelimiter(char delimiter) {
    if (delimiter >= 0x80 || delimiter == '"' || delimiter == '\n' || delimiter == '\r'
        || Character.isLetterOrDigit(delimiter) || delimiter == '.' || delimiter == '\'') {
      throw new IllegalArgumentException("unusable CSV separator '" + delimiter + "' (U+"
          + String.format("%04X", (int) delimiter) + "): expected an ASCII character that is not a quote, an"
          + " apostrophe, a line break, a letter, a digit or '.'");
    }
    return delimiter;
  }

  /**
   * Writes a text field, guarded against formulas and quoted when needed.
   *
   * @param text the text, not null
   * @return this writer
   */
  public CsvRowWriter text(String text) {
    if (FormulaGuard.changes(text)) {
      number.setLength(0);
      number.append('\'').append(text);
      return field(number);
    }
    return field(text);
  }

  /**
   * Writes a number with exactly {@code decimals} decimals, half-up ({@link Numbers#format(double, int)}); NaN is
   * an empty field.
   *
   * @param value the value
   * @param decimals 0..12
   * @return this writer
   */
  public CsvRowWriter number(double value, int decimals) {
    if (Double.isNaN(value) || delimiter == '-') {
      number.setLength(0);
      Numbers.format(value, decimals, number);
      return field(number);
    }
    room();
    int start = rowStart ? len : len + 1;
    int end = Numbers.format(value, decimals, buf, start); // may throw: nothing is written then
    return numberWritten(end);
  }

  /**
   * Writes the shortest text that reads back as the same double, without an exponent ({@link Numbers#plain(double)});
   * NaN is an empty field.
   *
   * @param value the value
   * @return this writer
   */
  public CsvRowWriter plain(double value) {
    if (Double.isNaN(value)) {
      return field("");
    }
    if (delimiter == '-') {
      number.setLength(0);
      Numbers.plain(value, number);
      return field(number);
    }
    room();
    return numberWritten(Numbers.plain(value, buf, rowStart ? len : len + 1));
  }

  /**
   * Ends a number that {@link Numbers} wrote into the buffer after the place of the separator: digits, '-', '.' or
   * "Infinity", never a character that needs quotes.
   */
  private CsvRowWriter numberWritten(int end) {
    if (!rowStart) {
      buf[len] = delimiter;
    }
    rowStart = false;
    len = end;
    return this;
  }

  /**
   * Writes an integer.
   *
   * @param value the value
   * @return this writer
   */
  public CsvRowWriter integer(long value) {
    if (value > -1_000_000_000_000_000L && value < 1_000_000_000_000_000L) {
      return plain(value); // exact as a double, and written as Long.toString writes it
    }
    number.setLength(0);
    number.append(value);
    return field(number);
  }

  /**
   * Writes an empty field.
   *
   * @return this writer
   */
  public CsvRowWriter empty() {
    return field("");
  }

  /**
   * Ends the row.
   *
   * @return this writer
   */
  public CsvRowWriter endRow() {
    room();
    buf[len++] = '\n';
    rowStart = true;
    return this;
  }

  /** Whether a field must be quoted: the rules in the class comment. */
  private boolean needsQuotes(CharSequence s, int n) {
    if (n == 0) {
      return rowStart;
    }
    if (s.charAt(0) <= '#' || s.charAt(n - 1) <= ' ') {
      return true;
    }
    char d = (char) delimiter;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == d || c == '"' || c == '\n' || c == '\r') {
        return true;
      }
    }
    return false;
  }

  private CsvRowWriter field(CharSequence s) {
    int n = s.length();
    boolean quote = needsQuotes(s, n);
    room();
    if (!rowStart) {
      buf[len++] = delimiter;
    }
    rowStart = false;
    if (quote) {
      buf[len++] = '"';
    }
    for (int i = 0; i < n; i++) {
      if (len >= BUFFER) {
        drain();
      }
      char c = s.charAt(i);
      if (c < 0x80) {
        buf[len++] = (byte) c;
        if (c == '"' && quote) {
          buf[len++] = '"';
        }
      } else if (c < 0x800) {
        buf[len++] = (byte) (0xC0 | c >> 6);
        buf[len++] = (byte) (0x80 | c & 0x3F);
      } else if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
          int cp = Character.toCodePoint(c, s.charAt(++i));
          buf[len++] = (byte) (0xF0 | cp >> 18);
          buf[len++] = (byte) (0x80 | cp >> 12 & 0x3F);
          buf[len++] = (byte) (0x80 | cp >> 6 & 0x3F);
          buf[len++] = (byte) (0x80 | cp & 0x3F);
        } else {
          buf[len++] = '?';
        }
      } else {
        buf[len++] = (byte) (0xE0 | c >> 12);
        buf[len++] = (byte) (0x80 | c >> 6 & 0x3F);
        buf[len++] = (byte) (0x80 | c & 0x3F);
      }
    }
    if (quote) {
      room();
      buf[len++] = '"';
    }
    return this;
  }

  /** Makes room for a few bytes (up to {@link #SLACK}) by passing the buffer on when it is full. */
  private void room() {
    if (len >= BUFFER) {
      drain();
    }
  }

  /** Passes the buffered bytes on; they always end after a whole character. */
  private void drain() {
    try {
      if (len > 0) {
        if (bytesOut != null) {
          bytesOut.write(buf, 0, len);
        } else {
          textOut.append(new String(buf, 0, len, StandardCharsets.UTF_8));
        }
      }
      len = 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Passes the text written so far on, then flushes the output if it is {@link Flushable}.
   *
   * @throws IOException if the output fails
   */
  @Override
  public void flush() throws IOException {
    try {
      drain();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    if (bytesOut != null) {
      bytesOut.flush();
    } else if (textOut instanceof Flushable f) {
      f.flush();
    }
  }

  /**
   * Flushes, then closes the output if it is {@link Closeable} (an output stream always is). Rows left unended are
   * not ended.
   *
   * @throws IOException if the output fails
   */
  @Override
  public void close() throws IOException {
    flush();
    if (bytesOut != null) {
      bytesOut.close();
    } else if (textOut instanceof Closeable c) {
      c.close();
    }
  }
}
