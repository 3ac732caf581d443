package org.opendti.io.csv;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.opendti.Numbers;

/**
 * The one CSV writer of the SDK: every CSV it writes (results, datasets, framework tables, comparisons, statistics,
 * uncertainty) goes through it, so quoting and the formula guard are the same everywhere.
 *
 * <ul>
 *   <li>A field is quoted when it holds the separator, a quote, a line feed or a carriage return, so a name with a
 *       lone {@code \r} can never split a row (commons-csv's {@link QuoteMode#MINIMAL}; it also quotes a field that
 *       starts with a character up to {@code #} or ends in white space, and an empty first field, so an empty row
 *       still has one field). Quoted fields double their quotes; nothing else is escaped.
 *   <li>Text that a spreadsheet would run as a formula (first character {@code = + - @}, a tab or a carriage return)
 *       gets a leading apostrophe, which spreadsheets show as text ({@link #guard(String)}); the readers remove it
 *       again ({@link #unguard(String)}), so whatever is written reads back as it was.
 *   <li>Numbers are written by {@link Numbers}, '.' as the decimal separator, never in an exponent form, and never
 *       guarded: {@code -0.5} stays a number.
 * </ul>
 *
 * <pre>{@code
 * try (CsvRowWriter w = CsvRowWriter.of(writer)) {
 *   w.text("unit").text("dti").endRow();
 *   w.text("Hà Nội").number(0.8002, 4).endRow();
 * }
 * }</pre>
 *
 * <p>The row methods report a failing output as an {@link UncheckedIOException} wrapping the {@link IOException}.
 * A writer is not thread-safe; use one per output.
 */
public final class CsvRowWriter implements Closeable, Flushable {
  private static final String FORMULA_START = "=+-@\t\r";

  private final CSVPrinter printer;

  private CsvRowWriter(Appendable out, char delimiter) {
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setRecordSeparator('\n')
        .setQuoteMode(QuoteMode.MINIMAL).get();
    try {
      this.printer = new CSVPrinter(out, format);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A writer with ',' between fields and '\n' after each row.
   *
   * @param out where the text goes, not null; closed by {@link #close()} if it is {@link Closeable}
   * @return the writer, not null
   */
  public static CsvRowWriter of(Appendable out) {
    return new CsvRowWriter(out, ',');
  }

  /**
   * A writer with the given separator, e.g. ';' for spreadsheets in decimal-comma locales.
   *
   * @param out where the text goes, not null
   * @param delimiter the separator, not a quote, a line break or a letter or digit
   * @return the writer, not null
   * @throws IllegalArgumentException for an unusable separator
   */
  public static CsvRowWriter of(Appendable out, char delimiter) {
    if (delimiter == '"' || delimiter == '\n' || delimiter == '\r' || Character.isLetterOrDigit(delimiter)
        || delimiter == '.' || delimiter == '\'') {
      throw new IllegalArgumentException("unusable CSV separator '" + delimiter + "'");
    }
    return new CsvRowWriter(out, delimiter);
  }

  /**
   * Whether a text would be taken for a formula by a spreadsheet, or starts with the apostrophe the guard adds.
   *
   * @param text the text, not null
   * @return true if {@link #guard(String)} changes it
   */
  static boolean needsGuard(String text) {
    if (text.isEmpty()) {
      return false;
    }
    char c = text.charAt(0);
    return FORMULA_START.indexOf(c) >= 0
        || c == '\'' && text.length() > 1 && (FORMULA_START.indexOf(text.charAt(1)) >= 0 || text.charAt(1) == '\'');
  }

  /**
   * The formula guard: text starting with {@code = + - @}, a tab or a carriage return gets a leading apostrophe, as
   * does text that already starts with an apostrophe followed by one of those (so {@link #unguard(String)} restores
   * every text exactly).
   *
   * @param text the text, not null
   * @return the text to write, not null
   */
  public static String guard(String text) {
    return needsGuard(text) ? "'" + text : text;
  }

  /**
   * Undoes {@link #guard(String)}: removes one leading apostrophe when the next character is one the guard protects.
   * An apostrophe before anything else is kept ("'abc" stays "'abc").
   *
   * @param text a field as read, not null
   * @return the text as it was before the guard, not null
   */
  public static String unguard(String text) {
    if (text.length() > 1 && text.charAt(0) == '\'') {
      char c = text.charAt(1);
      if (FORMULA_START.indexOf(c) >= 0 || c == '\'') {
        return text.substring(1);
      }
    }
    return text;
  }

  /**
   * Writes a text field, guarded against formulas and quoted when needed.
   *
   * @param text the text, not null
   * @return this writer
   */
  public CsvRowWriter text(String text) {
    return field(guard(text));
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
    return field(Numbers.format(value, decimals));
  }

  /**
   * Writes the shortest text that reads back as the same double, without an exponent ({@link Numbers#plain(double)});
   * NaN is an empty field.
   *
   * @param value the value
   * @return this writer
   */
  public CsvRowWriter plain(double value) {
    return field(Double.isNaN(value) ? "" : Numbers.plain(value));
  }

  /**
   * Writes an integer.
   *
   * @param value the value
   * @return this writer
   */
  public CsvRowWriter integer(long value) {
    return field(Long.toString(value));
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
    try {
      printer.println();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  private CsvRowWriter field(CharSequence s) {
    try {
      printer.print(s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /**
   * Passes the text written so far on: flushes the output if it is {@link Flushable}.
   *
   * @throws IOException if the output fails
   */
  @Override
  public void flush() throws IOException {
    printer.flush();
  }

  /**
   * Flushes, then closes the output if it is {@link Closeable}. Rows left unended are not ended.
   *
   * @throws IOException if the output fails
   */
  @Override
  public void close() throws IOException {
    printer.close();
  }
}
