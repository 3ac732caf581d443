package org.opendti.io;

/**
 * The guard against spreadsheet formulas in written text (CSV injection): a field that starts with {@code = + - @}, a
 * tab or a carriage return would be run as a formula by Excel or LibreOffice when the file is opened, so the writers
 * put an apostrophe before it, which spreadsheets show as text; the readers remove it again, so whatever is written
 * reads back exactly as it was. The one home of the rule for every CSV writer and reader of the SDK.
 *
 * <p>This class has only static methods and is thread-safe.
 */
public final class FormulaGuard {
  /** The characters that make a spreadsheet read a field as a formula. */
  private static final String FORMULA_START = "=+-@\t\r";

  private FormulaGuard() {}

  /**
   * Whether a text would be taken for a formula by a spreadsheet, or starts with the apostrophe the guard adds.
   *
   * @param text the text, not null
   * @return true if {@link #guard(String)} changes it
   */
  public static boolean changes(String text) {
    if (text.isEmpty()) {
      return false;
    }
    char c = text.charAt(0);
    return FORMULA_START.indexOf(c) >= 0
        || c == '\'' && text.length() > 1 && (FORMULA_START.indexOf(text.charAt(1)) >= 0 || text.charAt(1) == '\'');
  }

  /**
   * The guarded text: text starting with {@code = + - @}, a tab or a carriage return gets a leading apostrophe, as
   * does text that already starts with an apostrophe followed by one of those (so {@link #unguard(String)} restores
   * every text exactly).
   *
   * @param text the text, not null
   * @return the text to write, not null
   */
  public static String guard(String text) {
    return changes(text) ? "'" + text : text;
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
}
