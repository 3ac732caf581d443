package org.opendti.io;

import java.util.Objects;

/**
 * How numbers are written in a file. Never depends on the JVM's locale.
 *
 * <p>A cell that the chosen style cannot read unambiguously is an error that names the style; the SDK never guesses
 * between "0.7314" and "0,7314".
 *
 * <p>Both styles ignore leading and trailing white space as {@link String#strip()} defines it, accept only the ASCII
 * digits {@code 0}–{@code 9}, and give the double nearest to the decimal written (ties to even), which is what
 * {@link Double#parseDouble(String)} gives for the same decimal.
 *
 * <p>This is the SDK's one decimal parser: both styles, and numbers as programs store them
 * ({@link #parseStored(char[], int, int)}, a workbook's number cells), share its scanner and its conversion. Up to 18
 * significant digits with a power of ten up to 10<sup>22</sup> are converted without the JDK (exactly, or checked in
 * 128-bit integer arithmetic); longer decimals, larger powers and exact ties go to {@link Double#parseDouble(String)}.
 */
public enum NumberStyle {
  /**
   * '.' decimal separator, no grouping, optional exponent: {@code 0.7314}, {@code -16231.86}, {@code 1e-3}. A
   * trailing '%' is not accepted.
   *
   * <p>The accepted forms are an optional sign, then digits with an optional '.' and optional further digits, or '.'
   * and at least one digit, then an optional exponent of 'e' or 'E', an optional sign and one to three digits:
   * {@code +1.}, {@code .5} and {@code 1E-300} are numbers, {@code 1e1000} and {@code 1,5} are not. {@code -0}
   * reads as {@code -0.0}.
   */
  DEFAULT,
  /**
   * Vietnamese spreadsheets: ',' decimal separator, '.' between groups of exactly three digits, optional '%' which
   * divides by 100: {@code 0,7314}, {@code 9.056} (nine thousand and fifty-six), {@code 98,5%} (0.985). "1.5" or
   * "0.7314" are errors in this style: the dot can only group thousands.
   *
   * <p>One ASCII space, tab, line feed, vertical tab, form feed or carriage return may stand before the '%'. A zero
   * reads as {@code 0.0} whatever its sign ({@code -0,0} too), as in decimal arithmetic.
   */
  VIETNAMESE;

  private static final String VIETNAMESE_EXPECTED = "cannot read as a number in the Vietnamese style (expected ','"
      + " as the decimal separator and '.' only between groups of three digits, e.g. 0,7314 or 9.056 or 98,5%)";
  private static final String DEFAULT_PREFIX = "cannot read as a number in the default style (";
  private static final String COMMA_HINT = "expected '.' as the decimal separator; use the Vietnamese number style"
      + " for numbers like 0,7314";
  private static final String PERCENT_HINT = "percentages are read only in the Vietnamese number style";
  private static final String GENERIC_HINT = "expected a number such as 0.7314";


  /**
   * Reads a number.
   *
   * @param text the cell text, not null
   * @return the number, finite
   * @throws IllegalArgumentException if the text is not a number in this style; the message says what was expected
   */
  public double parse(String text) {
    char[] chars = text.toCharArray();
    return read(chars, 0, chars.length);
  }

  /**
   * Reads a number from part of a character array, as {@link #parse(String)} reads the same characters as a string:
   * same numbers, same errors. This lets a reader parse a cell in its own buffer; no string is created unless the
   * number is beyond the fast routes (more than 18 significant digits, a power of ten far from 1, or a decimal
   * exactly halfway between two doubles). The array is not modified or kept.
   *
   * @param chars the characters, not null
   * @param offset the index of the first character of the cell
   * @param length the number of characters in the cell, 0 or more
   * @return the number, finite
   * @throws IndexOutOfBoundsException if {@code offset} and {@code length} do not describe a part of {@code chars}
   * @throws IllegalArgumentException if the characters are not a number in this style; the message says what was
   *     expected
   */
  public double parse(char[] chars, int offset, int length) {
    Objects.checkFromIndexSize(offset, length, chars.length);
    return read(chars, offset, offset + length);
  }

  /**
   * Reads a number as programs store one, whatever the style of the file: the value of a workbook's number cell
   * ({@code <v>-12</v>}, {@code <v>0.73140000000000005</v>}, {@code <v>1.5E-3</v>}). The form is an optional sign,
   * digits with an optional '.' and optional further digits (or '.' and at least one digit), then an optional
   * exponent of 'e' or 'E', an optional sign and any number of digits; no white space, {@code NaN}, {@code Infinity},
   * hexadecimal or type suffix. The result is what {@link Double#parseDouble(String)} gives for the same text.
   *
   * @param chars the characters, not null
   * @param offset the index of the first character
   * @param length the number of characters, 0 or more
   * @return the nearest double, infinite beyond the range of doubles, NaN if the text is not of this form
   * @throws IndexOutOfBoundsException if {@code offset} and {@code length} do not describe a part of {@code chars}
   */
  public static double parseStored(char[] chars, int offset, int length) {
    Objects.checkFromIndexSize(offset, length, chars.length);
    int from = offset;
    int to = offset + length;
    Digits digits = new Digits();
    int i = digits.mantissa(chars, from, to);
    boolean negative = digits.negative;
    int fractionDigits = digits.fractionDigits;
    if (digits.mantissaDigits == 0) {
      return Double.NaN;
    }
    int exponent = 0;
    if (i < to) {
      if (chars[i] != 'e' && chars[i] != 'E') {
        return Double.NaN;
      }
      i++;
      boolean negativeExponent = false;
      if (i < to && (chars[i] == '+' || chars[i] == '-')) {
        negativeExponent = chars[i] == '-';
        i++;
      }
      if (i == to) {
        return Double.NaN;
      }
      for (; i < to; i++) {
        int d = chars[i] - '0';
        if (d < 0 || d > 9) {
          return Double.NaN;
        }
        if (exponent < 100_000) {
          exponent = exponent * 10 + d;
        }
      }
      if (negativeExponent) {
        exponent = -exponent;
      }
    }
    if (digits.isZero()) {
      return negative ? -0.0 : 0.0;
    }
    double v = digits.value(exponent - fractionDigits);
    if (Double.isNaN(v)) {
      return Double.parseDouble(new String(chars, from, to - from));
    }
    return negative ? -v : v;
  }

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

  private double read(char[] c, int from, int to) {
    if (this == DEFAULT) {
      double v = plainDecimal(c, from, to);
      if (!Double.isNaN(v)) {
        return v;
      }
    }
    // The same bounds as String.strip(): no supplementary code point is white space, so testing chars suffices.
    int b = from;
    int e = to;
    while (b < e && isSpace(c[b])) {
      b++;
    }
    while (e > b && isSpace(c[e - 1])) {
      e--;
    }
    return this == DEFAULT ? readDefault(c, b, e) : readVietnamese(c, b, e);
  }

  /**
   * The usual cell in the default style, read in one short loop: an optional '-', digits and at most one '.', at most
   * 18 digits after the leading zeros, nothing else (not even white space). The value is the one
   * {@link #readDefault} gives.
   *
   * @return the value, or NaN for any other text and when the fast routes cannot decide (the general scanner then
   *     reads the text, with its errors)
   */
  private static double plainDecimal(char[] c, int b, int e) {
    int i = b;
    boolean negative = i < e && c[i] == '-';
    if (negative) {
      i++;
    }
    int first = i;
    long w = 0;
    int dot = -1;
    int leadingZeros = 0;
    for (; i < e; i++) {
      int d = c[i] - '0';
      if (d >= 0 && d <= 9) {
        if (w == 0 && d == 0) {
          leadingZeros++;
        }
        // may overflow when there are more than 18 significant digits: then w is not used
        w = w * 10 + d;
      } else if (c[i] == '.' && dot < 0) {
        dot = i;
      } else {
        return Double.NaN;
      }
    }
    int digits = e - first - (dot < 0 ? 0 : 1);
    if (digits == 0 || digits - leadingZeros > Digits.STORED) {
      return Double.NaN;
    }
    if (w == 0) {
      return negative ? -0.0 : 0.0;
    }
    double v = Decimal.toDouble(w, dot < 0 ? 0 : dot + 1 - e);
    return negative ? -v : v;
  }

  /** {@link Character#isWhitespace(char)}, with printable ASCII decided without the call. */
  private static boolean isSpace(char c) {
    return (c <= ' ' || c >= 0x7f) && Character.isWhitespace(c);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static double readDefault(char[] c, int b, int e) {
    Digits digits = new Digits();
    int i = digits.mantissa(c, b, e);
    boolean negative = digits.negative;
    int fractionDigits = digits.fractionDigits;
    if (digits.mantissaDigits == 0) {
      throw defaultError(c, b, e);
    }
    int exponent = 0;
    if (i < e && (c[i] == 'e' || c[i] == 'E')) {
      i++;
      boolean negativeExponent = false;
      if (i < e && (c[i] == '+' || c[i] == '-')) {
        negativeExponent = c[i] == '-';
        i++;
      }
      int start = i;
      while (i < e && i - start < 3 && isDigit(c[i])) {
        exponent = exponent * 10 + (c[i] - '0');
        i++;
      }
      if (i == start) {
        throw defaultError(c, b, e);
      }
      if (negativeExponent) {
        exponent = -exponent;
      }
    }
    if (i != e) {
      throw defaultError(c, b, e);
    }
    if (digits.isZero()) {
      return negative ? -0.0 : 0.0;
    }
    double v = digits.value(exponent - fractionDigits);
    if (Double.isNaN(v)) {
      // The accepted forms are a subset of Double.parseDouble's, which rounds any decimal correctly.
      return finite(Double.parseDouble(new String(c, b, e - b)));
    }
    return negative ? -v : v;
  }

  private static IllegalArgumentException defaultError(char[] c, int b, int e) {
    boolean comma = false;
    for (int i = b; i < e; i++) {
      if (c[i] == ',') {
        comma = true;
        break;
      }
    }
    String hint = comma ? COMMA_HINT : e > b && c[e - 1] == '%' ? PERCENT_HINT : GENERIC_HINT;
    return new IllegalArgumentException(DEFAULT_PREFIX + hint + ")");
  }

  private static double readVietnamese(char[] c, int b, int e) {
    int i = b;
    boolean negative = false;
    if (i < e && (c[i] == '+' || c[i] == '-')) {
      negative = c[i] == '-';
      i++;
    }
    Digits digits = new Digits();
    int leadEnd = digits.scan(c, i, e);
    int leadDigits = leadEnd - i;
    i = leadEnd;
    if (leadDigits == 0) {
      throw new IllegalArgumentException(VIETNAMESE_EXPECTED);
    }
    if (i < e && c[i] == '.') {
      // Groups: one to three digits, then one or more groups of '.' and exactly three digits.
      if (leadDigits > 3) {
        throw new IllegalArgumentException(VIETNAMESE_EXPECTED);
      }
      while (i < e && c[i] == '.') {
        i++;
        if (i + 3 > e || !isDigit(c[i]) || !isDigit(c[i + 1]) || !isDigit(c[i + 2])) {
          throw new IllegalArgumentException(VIETNAMESE_EXPECTED);
        }
        i = digits.scan(c, i, i + 3);
      }
      if (i < e && isDigit(c[i])) {
        throw new IllegalArgumentException(VIETNAMESE_EXPECTED);
      }
    }
    int fractionDigits = 0;
    if (i < e && c[i] == ',') {
      int fractionEnd = digits.scan(c, i + 1, e);
      fractionDigits = fractionEnd - i - 1;
      i = fractionEnd;
      if (fractionDigits == 0) {
        throw new IllegalArgumentException(VIETNAMESE_EXPECTED);
      }
    }
    // Java's regular expression \s: ASCII white space only.
    if (i < e && isAsciiSpace(c[i])) {
      i++;
    }
    boolean percent = false;
    if (i < e && c[i] == '%') {
      percent = true;
      i++;
    }
    if (i != e) {
      throw new IllegalArgumentException(VIETNAMESE_EXPECTED);
    }
    if (digits.isZero()) {
      // The decimal is zero, and a decimal zero has no sign.
      return 0.0;
    }
    double v = digits.value(-fractionDigits - (percent ? 2 : 0));
    if (Double.isNaN(v)) {
      return finite(Double.parseDouble(canonical(c, b, e, negative, percent)));
    }
    return negative ? -v : v;
  }

  private static boolean isAsciiSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  /** The decimal of an accepted Vietnamese number in Java's syntax: groups joined, ',' as '.', '%' as E-2. */
  private static String canonical(char[] c, int b, int e, boolean negative, boolean percent) {
    StringBuilder sb = new StringBuilder(e - b + 4);
    if (negative) {
      sb.append('-');
    }
    for (int i = b; i < e; i++) {
      if (isDigit(c[i])) {
        sb.append(c[i]);
      } else if (c[i] == ',') {
        sb.append('.');
      }
    }
    if (percent) {
      sb.append("E-2");
    }
    return sb.toString();
  }

  private static double finite(double v) {
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException("expected a finite number");
    }
    return v;
  }

  /**
   * The digits of a decimal as a scanner meets them, in every syntax: up to {@link #STORED} significant digits in
   * {@code significand}, zeros after them counted in {@code zeros}, and any nonzero digit after them marking the
   * decimal as too long for the fast routes. One instance per call; escape analysis usually removes it.
   */
  private static final class Digits {
    /** The most significant digits kept: 10^18 − 1 fits a {@code long}. */
    static final int STORED = 18;

    long significand;
    int count;
    int zeros;
    boolean tooLong;
    /** Set by {@link #mantissa}: the sign, the digits before and after the point, and those after it. */
    boolean negative;
    int mantissaDigits;
    int fractionDigits;

    /**
     * Reads {@code [+-]digits[.digits]} from {@code i} (either part may be empty); returns the index after it and
     * sets {@link #negative}, {@link #mantissaDigits} and {@link #fractionDigits}.
     */
    int mantissa(char[] c, int i, int end) {
      if (i < end && (c[i] == '+' || c[i] == '-')) {
        negative = c[i] == '-';
        i++;
      }
      int intEnd = scan(c, i, end);
      int intDigits = intEnd - i;
      i = intEnd;
      if (i < end && c[i] == '.') {
        int fractionEnd = scan(c, i + 1, end);
        fractionDigits = fractionEnd - i - 1;
        i = fractionEnd;
      }
      mantissaDigits = intDigits + fractionDigits;
      return i;
    }

    /** Adds the ASCII digits from {@code i}; returns the index of the first character that is not one. */
    int scan(char[] c, int i, int end) {
      if (count == 0) {
        while (i < end && c[i] == '0') {
          i++;
        }
      }
      // Four digits at a time while they fit: the significand's chain of multiplications is a quarter as long.
      while (count <= STORED - 4 && end - i >= 4) {
        int d0 = c[i] - '0';
        int d1 = c[i + 1] - '0';
        int d2 = c[i + 2] - '0';
        int d3 = c[i + 3] - '0';
        if ((d0 | d1 | d2 | d3 | 9 - d0 | 9 - d1 | 9 - d2 | 9 - d3) < 0) {
          break;
        }
        significand = significand * 10_000 + (d0 * 1000 + d1 * 100 + d2 * 10 + d3);
        count += 4;
        i += 4;
      }
      for (; i < end; i++) {
        int d = c[i] - '0';
        if (d < 0 || d > 9) {
          break;
        }
        if (count < STORED) {
          if (count > 0 || d != 0) {
            significand = significand * 10 + d;
            count++;
          }
        } else if (d == 0) {
          zeros++;
        } else {
          tooLong = true;
        }
      }
      return i;
    }

    boolean isZero() {
      return count == 0;
    }

    /** The double nearest to the digits × 10^{@code exponent10}, or NaN when only the JDK can tell. */
    double value(int exponent10) {
      return tooLong ? Double.NaN : Decimal.toDouble(significand, exponent10 + zeros);
    }
  }

  /**
   * Correctly rounded conversion of {@code w × 10^e} to a double for a significand of up to 18 digits, without the
   * JDK's arbitrary precision. Two routes: a significand below 2<sup>53</sup> and a power of ten up to
   * 10<sup>22</sup> are both exact doubles, so one multiplication or division rounds correctly; a larger significand
   * divided by such a power is estimated in floating point, and the estimate is then checked in exact 128-bit integer
   * arithmetic against the decimal, stepping to the neighbouring double while the decimal lies outside the estimate's
   * rounding interval. Anything else, and a decimal exactly on a rounding boundary, is left to the JDK (NaN).
   */
  static final class Decimal {
    /** 10^0 to 10^22, the powers of ten that are exact doubles. */
    private static final double[] POWERS = new double[23];
    /** The same powers as unsigned 128-bit integers: high and low words. */
    private static final long[] POWER_HIGH = new long[POWERS.length];
    private static final long[] POWER_LOW = new long[POWERS.length];
    /** Below this a {@code long} is an exact double. */
    private static final long EXACT = 1L << 53;
    private static final long HIDDEN_BIT = 1L << 52;

    static {
      java.math.BigInteger p = java.math.BigInteger.ONE;
      for (int k = 0; k < POWERS.length; k++) {
        POWERS[k] = p.doubleValue();
        POWER_LOW[k] = p.longValue();
        POWER_HIGH[k] = p.shiftRight(64).longValue();
        p = p.multiply(java.math.BigInteger.TEN);
      }
    }

    private Decimal() {}

    /**
     * The double nearest {@code w × 10^e} (ties to even), or NaN when no fast route decides it.
     *
     * @param w the significand, 0 < w < 10<sup>18</sup>
     * @param e the power of ten
     */
    static double toDouble(long w, int e) {
      if (w >= EXACT) {
        if (e == 0) {
          // A long converts to the nearest double, ties to even.
          return w;
        }
        if (e < 0 && -e < POWERS.length) {
          return checked(w, -e);
        }
        // Trailing zeros may bring the significand into the exact route: 1 followed by 21 zeros.
        while (w % 10 == 0) {
          w /= 10;
          e++;
        }
        if (w >= EXACT) {
          return Double.NaN;
        }
      }
      if (e >= 0) {
        return e < POWERS.length ? w * POWERS[e] : Double.NaN;
      }
      return -e < POWERS.length ? w / POWERS[-e] : Double.NaN;
    }

    /** The double nearest {@code w / 10^k} for 2^53 ≤ w < 10^18 and 0 < k ≤ 22, or NaN if undecided. */
    private static double checked(long w, int k) {
      double d = w / POWERS[k];
      // Two roundings (w to a double, then the quotient): the estimate is within a unit in the last place or two.
      for (int step = 0; step < 3; step++) {
        int where = locate(w, k, d);
        if (where == 0) {
          return d;
        }
        if (where == 2) {
          return Double.NaN;
        }
        d = where < 0 ? Math.nextDown(d) : Math.nextUp(d);
      }
      return Double.NaN;
    }

    /**
     * Where {@code x = w / 10^k} lies relative to the rounding interval of the positive normal double {@code d}.
     *
     * @return 0 strictly inside it (d is x correctly rounded), −1 below it, 1 above it, 2 on one of its bounds or
     *     when the interval is not symmetric (d a power of two)
     */
    private static int locate(long w, int k, double d) {
      long bits = Double.doubleToRawLongBits(d);
      int biased = (int) (bits >>> 52) & 0x7ff;
      long fraction = bits & (HIDDEN_BIT - 1);
      if (biased == 0 || biased == 0x7ff || fraction == 0) {
        return 2;
      }
      long m = fraction | HIDDEN_BIT;
      // d = m · 2^q and its interval is ((2m − 1) · 2^(q − 1), (2m + 1) · 2^(q − 1)). Multiplied by 10^k · 2^(1 − q),
      // x against a bound becomes w · 2^(1 − q) against (2m ∓ 1) · 10^k: integers below 2^128.
      int shift = 1 - (biased - 1075);
      long high;
      long low;
      if (shift <= 0) {
        high = 0;
        low = w;
      } else if (shift < 64) {
        high = w >>> (64 - shift);
        low = w << shift;
      } else {
        high = w << (shift - 64);
        low = 0;
      }
      int below = compare(high, low, 2 * m - 1, k, shift);
      if (below <= 0) {
        return below < 0 ? -1 : 2;
      }
      int above = compare(high, low, 2 * m + 1, k, shift);
      return above < 0 ? 0 : above > 0 ? 1 : 2;
    }

    /**
     * Compares the unsigned 128-bit {@code (high, low)} with {@code h · 10^k}, the latter doubled {@code −shift}
     * times when {@code shift} is negative.
     */
    private static int compare(long high, long low, long h, int k, int shift) {
      long pl = POWER_LOW[k];
      long productLow = h * pl;
      // The unsigned high word of h · pl (h is positive), plus h · the power's high word.
      long productHigh = Math.multiplyHigh(h, pl) + (pl < 0 ? h : 0) + h * POWER_HIGH[k];
      if (shift < 0) {
        // Only for d ≥ 2^54, where the quotient is at most 10^17 and the shift a few bits: no overflow.
        int s = -shift;
        productHigh = productHigh << s | productLow >>> (64 - s);
        productLow <<= s;
      }
      int c = Long.compareUnsigned(high, productHigh);
      return c != 0 ? c : Long.compareUnsigned(low, productLow);
    }
  }
}
