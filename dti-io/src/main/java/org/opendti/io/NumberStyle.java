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

  /** Significant digits gathered into a {@code long} at most; more leave the decimal to the JDK. */
  private static final int MAX_DIGITS = 18;
  /** Below this, a {@code long} converts to a double exactly. */
  private static final long EXACT_LONG = 1L << 53;
  /** Powers of ten that are exact doubles: 10^0 to 10^22. */
  private static final double[] EXACT_POWERS = new double[23];
  /** Powers of ten that fit a {@code long}: 10^0 to 10^18. */
  private static final long[] LONG_POWERS = new long[MAX_DIGITS + 1];

  static {
    double d = 1;
    for (int i = 0; i < EXACT_POWERS.length; i++) {
      EXACT_POWERS[i] = d;
      d *= 10;
    }
    long l = 1;
    for (int i = 0; i < LONG_POWERS.length; i++) {
      LONG_POWERS[i] = l;
      l *= 10;
    }
  }

  /**
   * Reads a number.
   *
   * @param text the cell text, not null
   * @return the number, finite
   * @throws IllegalArgumentException if the text is not a number in this style; the message says what was expected
   */
  public double parse(String text) {
    return read(STRING, text, 0, text.length());
  }

  /**
   * Reads a number from part of a character array, as {@link #parse(String)} reads the same characters as a string:
   * same numbers, same errors. This lets a reader parse a cell in its own buffer; no string is created unless the
   * number has more digits than a {@code long} holds. The array is not modified or kept.
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
    return read(ARRAY, chars, offset, offset + length);
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

  private <T> double read(Source<T> s, T source, int from, int to) {
    // The same bounds as String.strip(): no supplementary code point is white space, so testing chars suffices.
    int b = from;
    int e = to;
    while (b < e && Character.isWhitespace(s.charAt(source, b))) {
      b++;
    }
    while (e > b && Character.isWhitespace(s.charAt(source, e - 1))) {
      e--;
    }
    return this == DEFAULT ? readDefault(s, source, b, e) : readVietnamese(s, source, b, e);
  }

  /**
   * Characters of a string or of an array, read through one stateless instance per kind, so that one scanner serves
   * both inputs without copying and without allocating.
   */
  private interface Source<T> {
    char charAt(T source, int index);

    String text(T source, int from, int to);
  }

  private static final Source<String> STRING = new Source<>() {
    @Override
    public char charAt(String source, int index) {
      return source.charAt(index);
    }

    @Override
    public String text(String source, int from, int to) {
      return source.substring(from, to);
    }
  };

  private static final Source<char[]> ARRAY = new Source<>() {
    @Override
    public char charAt(char[] source, int index) {
      return source[index];
    }

    @Override
    public String text(char[] source, int from, int to) {
      return new String(source, from, to - from);
    }
  };

  /**
   * The digits of a number as a scanner meets them: significant digits gathered into {@code mantissa}, zeros after the
   * last nonzero digit counted but not yet applied. One instance per call; escape analysis usually removes it.
   */
  private static final class Digits {
    long mantissa;
    int count;
    int pendingZeros;
    boolean overflow;

    void add(int digit) {
      if (digit == 0) {
        if (mantissa != 0) {
          pendingZeros++;
        }
        return;
      }
      int grown = count + pendingZeros + 1;
      if (overflow || grown > MAX_DIGITS) {
        overflow = true;
        return;
      }
      mantissa = mantissa * LONG_POWERS[pendingZeros + 1] + digit;
      count = grown;
      pendingZeros = 0;
    }

    /**
     * The value mantissa × 10^exponent10 when both factors are exact doubles, so that one multiplication or division
     * rounds correctly, as the JDK's own fast path does; NaN otherwise.
     */
    double exactly(int exponent10) {
      if (overflow || mantissa >= EXACT_LONG) {
        return Double.NaN;
      }
      int p = exponent10 + pendingZeros;
      if (p >= 0 && p < EXACT_POWERS.length) {
        return mantissa * EXACT_POWERS[p];
      }
      if (p < 0 && -p < EXACT_POWERS.length) {
        return mantissa / EXACT_POWERS[-p];
      }
      return Double.NaN;
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static <T> double readDefault(Source<T> s, T source, int b, int e) {
    int i = b;
    boolean negative = false;
    if (i < e && (s.charAt(source, i) == '+' || s.charAt(source, i) == '-')) {
      negative = s.charAt(source, i) == '-';
      i++;
    }
    Digits digits = new Digits();
    int intDigits = 0;
    while (i < e && isDigit(s.charAt(source, i))) {
      digits.add(s.charAt(source, i) - '0');
      intDigits++;
      i++;
    }
    int fractionDigits = 0;
    if (i < e && s.charAt(source, i) == '.') {
      i++;
      while (i < e && isDigit(s.charAt(source, i))) {
        digits.add(s.charAt(source, i) - '0');
        fractionDigits++;
        i++;
      }
    }
    if (intDigits == 0 && fractionDigits == 0) {
      throw defaultError(s, source, b, e);
    }
    int exponent = 0;
    if (i < e && (s.charAt(source, i) == 'e' || s.charAt(source, i) == 'E')) {
      i++;
      boolean negativeExponent = false;
      if (i < e && (s.charAt(source, i) == '+' || s.charAt(source, i) == '-')) {
        negativeExponent = s.charAt(source, i) == '-';
        i++;
      }
      int start = i;
      while (i < e && i - start < 3 && isDigit(s.charAt(source, i))) {
        exponent = exponent * 10 + (s.charAt(source, i) - '0');
        i++;
      }
      if (i == start) {
        throw defaultError(s, source, b, e);
      }
      if (negativeExponent) {
        exponent = -exponent;
      }
    }
    if (i != e) {
      throw defaultError(s, source, b, e);
    }
    if (digits.mantissa == 0 && !digits.overflow) {
      return negative ? -0.0 : 0.0;
    }
    double v = digits.exactly(exponent - fractionDigits);
    if (Double.isNaN(v)) {
      // The accepted forms are a subset of Double.parseDouble's, which rounds any decimal correctly.
      return finite(Double.parseDouble(s.text(source, b, e)));
    }
    return negative ? -v : v;
  }

  private static <T> IllegalArgumentException defaultError(Source<T> s, T source, int b, int e) {
    boolean comma = false;
    for (int i = b; i < e; i++) {
      if (s.charAt(source, i) == ',') {
        comma = true;
        break;
      }
    }
    String hint = comma ? COMMA_HINT : e > b && s.charAt(source, e - 1) == '%' ? PERCENT_HINT : GENERIC_HINT;
    return new IllegalArgumentException(DEFAULT_PREFIX + hint + ")");
  }

  private static <T> double readVietnamese(Source<T> s, T source, int b, int e) {
    int i = b;
    boolean negative = false;
    if (i < e && (s.charAt(source, i) == '+' || s.charAt(source, i) == '-')) {
      negative = s.charAt(source, i) == '-';
      i++;
    }
    Digits digits = new Digits();
    int lead = i;
    while (i < e && isDigit(s.charAt(source, i))) {
      digits.add(s.charAt(source, i) - '0');
      i++;
    }
    int leadDigits = i - lead;
    if (leadDigits == 0) {
      throw new IllegalArgumentException(VIETNAMESE_EXPECTED);
    }
    if (i < e && s.charAt(source, i) == '.') {
      // Groups: one to three digits, then one or more groups of '.' and exactly three digits.
      if (leadDigits > 3) {
        throw new IllegalArgumentException(VIETNAMESE_EXPECTED);
      }
      while (i < e && s.charAt(source, i) == '.') {
        i++;
        for (int k = 0; k < 3; k++, i++) {
          if (i >= e || !isDigit(s.charAt(source, i))) {
            throw new IllegalArgumentException(VIETNAMESE_EXPECTED);
          }
          digits.add(s.charAt(source, i) - '0');
        }
      }
      if (i < e && isDigit(s.charAt(source, i))) {
        throw new IllegalArgumentException(VIETNAMESE_EXPECTED);
      }
    }
    int fractionDigits = 0;
    if (i < e && s.charAt(source, i) == ',') {
      i++;
      while (i < e && isDigit(s.charAt(source, i))) {
        digits.add(s.charAt(source, i) - '0');
        fractionDigits++;
        i++;
      }
      if (fractionDigits == 0) {
        throw new IllegalArgumentException(VIETNAMESE_EXPECTED);
      }
    }
    // Java's regular expression \s: ASCII white space only.
    if (i < e && isAsciiSpace(s.charAt(source, i))) {
      i++;
    }
    boolean percent = false;
    if (i < e && s.charAt(source, i) == '%') {
      percent = true;
      i++;
    }
    if (i != e) {
      throw new IllegalArgumentException(VIETNAMESE_EXPECTED);
    }
    if (digits.mantissa == 0 && !digits.overflow) {
      // The decimal is zero, and a decimal zero has no sign.
      return 0.0;
    }
    int exponent = -fractionDigits - (percent ? 2 : 0);
    double v = digits.exactly(exponent);
    if (Double.isNaN(v)) {
      return finite(Double.parseDouble(canonical(s, source, b, e, negative, percent)));
    }
    return negative ? -v : v;
  }

  private static boolean isAsciiSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  /** The decimal of an accepted Vietnamese number in Java's syntax: groups joined, ',' as '.', '%' as E-2. */
  private static <T> String canonical(Source<T> s, T source, int b, int e, boolean negative, boolean percent) {
    StringBuilder sb = new StringBuilder(e - b + 4);
    if (negative) {
      sb.append('-');
    }
    for (int i = b; i < e; i++) {
      char c = s.charAt(source, i);
      if (isDigit(c)) {
        sb.append(c);
      } else if (c == ',') {
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
}
