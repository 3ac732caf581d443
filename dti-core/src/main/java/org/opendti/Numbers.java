package org.opendti;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Number formatting and the official rounding, independent of the JVM's locale. */
public final class Numbers {
  private Numbers() {}

  /**
   * Rounds half-up to a number of decimals, the way DTI values are published (4 decimals; methodology §3: rounded
   * once, at the end, from unrounded points).
   *
   * <p>Binary floating point cannot hold most decimal fractions exactly, so a sum of four-decimal inputs may come out
   * as {@code 0.80014999999999998}. The value is therefore first rounded to 12 decimals (far below any published
   * precision and far above double's noise for values of this size) and then half-up to {@code decimals}.
   *
   * @param value the value; NaN and infinities are returned unchanged
   * @param decimals the number of decimals, 0 to 12
   * @return the rounded value
   * @throws IllegalArgumentException if {@code decimals} is outside 0..12
   */
  public static double round(double value, int decimals) {
    if (decimals < 0 || decimals > 12) {
      throw new IllegalArgumentException("decimals must be in 0..12, was " + decimals);
    }
    if (!Double.isFinite(value)) {
      return value;
    }
    return new BigDecimal(value).setScale(12, RoundingMode.HALF_EVEN).setScale(decimals, RoundingMode.HALF_UP)
        .doubleValue();
  }

  /**
   * Formats with exactly {@code decimals} decimals, '.' as the separator, half-up: {@code 0.7314}.
   *
   * @param value the value; NaN gives the empty string
   * @param decimals the number of decimals, 0 to 12
   * @return the text, not null
   */
  public static String format(double value, int decimals) {
    if (Double.isNaN(value)) {
      return "";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "Infinity" : "-Infinity";
    }
    return BigDecimal.valueOf(round(value, decimals)).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
  }

  /**
   * Formats the shortest text that reads back as the same double, without an exponent: {@code 1805}, {@code 0.25}.
   *
   * @param value the value; NaN gives "NaN"
   * @return the text, not null
   */
  public static String plain(double value) {
    if (!Double.isFinite(value)) {
      return Double.toString(value);
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return BigDecimal.valueOf(value).toPlainString();
  }
}
