package org.opendti.io.table;

import java.math.BigDecimal;
import org.opendti.io.NumberStyle;

/**
 * Numbers as a workbook stores them ({@code <v>-12</v>}, {@code <v>0.73140000000000005</v>}, {@code <v>1.5E-3</v>}):
 * parsed from a character buffer without making a string by the SDK's one decimal parser
 * ({@link NumberStyle#parseStored(char[], int, int)}), and written back as short decimal text.
 */
final class Decimals {
  private Decimals() {}

  /**
   * Parses {@code [+-]digits[.digits][(e|E)[+-]digits]} (at least one digit before the exponent); no spaces, no
   * {@code NaN}, {@code INF}, hexadecimal or type suffix: {@link NumberStyle#parseStored(char[], int, int)}.
   *
   * @param b the buffer
   * @param from the first character
   * @param to after the last character
   * @return the value, infinite if out of range, NaN if the text is not such a number
   */
  static double parse(char[] b, int from, int to) {
    return NumberStyle.parseStored(b, from, to - from);
  }

  /**
   * The shortest decimal text of a number without exponent: {@code 12}, {@code 0.7314}, {@code 0.00001}.
   *
   * @param v the number
   * @return the text, not null
   */
  static String text(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    if (!Double.isFinite(v)) {
      return Double.toString(v);
    }
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }
}
