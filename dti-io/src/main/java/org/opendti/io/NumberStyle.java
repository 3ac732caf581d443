package org.opendti.io;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * How numbers are written in a file. Never depends on the JVM's locale.
 *
 * <p>A cell that the chosen style cannot read unambiguously is an error that names the style; the SDK never guesses
 * between "0.7314" and "0,7314".
 */
public enum NumberStyle {
  /**
   * '.' decimal separator, no grouping, optional exponent: {@code 0.7314}, {@code -16231.86}, {@code 1e-3}. A
   * trailing '%' is not accepted.
   */
  DEFAULT {
    @Override
    public double parse(String text) {
      String t = text.strip();
      if (!PLAIN.matcher(t).matches()) {
        String hint = t.contains(",") ? "expected '.' as the decimal separator; use the Vietnamese number style for"
            + " numbers like 0,7314" : t.endsWith("%") ? "percentages are read only in the Vietnamese number style"
            : "expected a number such as 0.7314";
        throw new IllegalArgumentException("cannot read as a number in the default style (" + hint + ")");
      }
      return finite(Double.parseDouble(t));
    }
  },
  /**
   * Vietnamese spreadsheets: ',' decimal separator, '.' between groups of exactly three digits, optional '%' which
   * divides by 100: {@code 0,7314}, {@code 9.056} (nine thousand and fifty-six), {@code 98,5%} (0.985). "1.5" or
   * "0.7314" are errors in this style: the dot can only group thousands.
   */
  VIETNAMESE {
    @Override
    public double parse(String text) {
      String t = text.strip();
      if (!VI.matcher(t).matches()) {
        throw new IllegalArgumentException("cannot read as a number in the Vietnamese style (expected ',' as the"
            + " decimal separator and '.' only between groups of three digits, e.g. 0,7314 or 9.056 or 98,5%)");
      }
      boolean percent = t.endsWith("%");
      String s = (percent ? t.substring(0, t.length() - 1).strip() : t).replace(".", "").replace(',', '.');
      BigDecimal v = new BigDecimal(s);
      if (percent) {
        v = v.movePointLeft(2);
      }
      return finite(v.doubleValue());
    }
  };

  private static final Pattern PLAIN = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,3})?");
  private static final Pattern VI = Pattern.compile("[+-]?(\\d{1,3}(\\.\\d{3})+|\\d+)(,\\d+)?\\s?%?");

  private static double finite(double v) {
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException("expected a finite number");
    }
    return v;
  }

  /**
   * Reads a number.
   *
   * @param text the cell text, not null
   * @return the number, finite
   * @throws IllegalArgumentException if the text is not a number in this style; the message says what was expected
   */
  public abstract double parse(String text);

  /**
   * The style named on the command line: {@code default} (also {@code en}) or {@code vi}.
   *
   * @param name the name, not null
   * @return the style, not null
   * @throws IllegalArgumentException for any other name
   */
  public static NumberStyle byName(String name) {
    return switch (name.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "default", "en", "dot" -> DEFAULT;
      case "vi", "vietnamese", "comma" -> VIETNAMESE;
      default -> throw new IllegalArgumentException("unknown number style '" + name + "'; expected 'default' or 'vi'");
    };
  }
}
