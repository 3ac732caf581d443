package org.opendti;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Number formatting and the official rounding, independent of the JVM's locale.
 *
 * <p>Every method gives exactly what decimal arithmetic ({@link BigDecimal}) gives, as documented on each. Usual values
 * are computed with integer arithmetic, and {@code BigDecimal} is used only where that cannot be shown to give the same
 * answer: {@link #round} for magnitudes from about 2^53 / 10^decimals (9,007 at 12 decimals) to 2^52, {@link #format}
 * from about 2^52 / 10^decimals (4,096 at 12 decimals, 2.7 × 10^11 at 4); {@link #plain} never. This class is
 * immutable and thread-safe.
 */
public final class Numbers {
  /** The decimals of the first rounding step. */
  private static final int PRE_DECIMALS = 12;
  /** 5^12: 10^12 = 5^12 × 2^12. */
  private static final long FIVE_POW_12 = 244_140_625L;
  /** Powers of ten: 10^0 to 10^18. */
  private static final long[] LONG_POWERS = new long[19];
  /** 10^0 to 10^12 as doubles (exact). */
  private static final double[] DOUBLE_POWERS = new double[PRE_DECIMALS + 1];
  /** Half a unit in the last decimal, 0.5 × 10^-decimals, as the nearest double; see {@link #formatExactly}. */
  private static final double[] HALF_UNITS = new double[PRE_DECIMALS + 1];
  /**
   * For each number of decimals, magnitudes below this round with {@link #scaled}: the scaled result stays at or
   * below 2^53, so it is an exact {@code long} and an exact double.
   */
  private static final double[] SCALED_LIMITS = new double[PRE_DECIMALS + 1];
  /** 10^0 to 10^20 as doubles (all exact), for {@link #appendShortDecimal}. */
  private static final double[] SHORT_POWERS = new double[21];
  /** "0." and enough zeros for the smallest double written without an exponent. */
  private static final char[] ZEROS = new char[400];

  static {
    long p = 1;
    for (int i = 0; i < LONG_POWERS.length; i++) {
      LONG_POWERS[i] = p;
      p *= 10;
    }
    for (int d = 0; d <= PRE_DECIMALS; d++) {
      DOUBLE_POWERS[d] = LONG_POWERS[d];
      HALF_UNITS[d] = 0.5 / LONG_POWERS[d];
      SCALED_LIMITS[d] = (1L << 53) / LONG_POWERS[d] - 1;
    }
    for (int k = 0; k < SHORT_POWERS.length; k++) {
      SHORT_POWERS[k] = Double.parseDouble("1e" + k);
    }
    java.util.Arrays.fill(ZEROS, '0');
    ZEROS[1] = '.';
  }

  private Numbers() {}

  /**
   * Rounds half-up to a number of decimals, the way DTI values are published (4 decimals; methodology §3: rounded
   * once, at the end, from unrounded points).
   *
   * <p>Binary floating point cannot hold most decimal fractions exactly, so a sum of four-decimal inputs may come out
   * as {@code 0.80014999999999998}. The value is therefore first rounded to 12 decimals (far below any published
   * precision and far above double's noise for values of this size) and then half-up to {@code decimals}.
   *
   * <p>Exactly: {@code new BigDecimal(value).setScale(12, HALF_EVEN).setScale(decimals, HALF_UP).doubleValue()}; a
   * zero result is {@code 0.0}, never {@code -0.0}.
   *
   * @param value the value; NaN and infinities are returned unchanged
   * @param decimals the number of decimals, 0 to 12
   * @return the rounded value
   * @throws IllegalArgumentException if {@code decimals} is outside 0..12
   */
  public static double round(double value, int decimals) {
    checkDecimals(decimals);
    if (!Double.isFinite(value)) {
      return value;
    }
    double magnitude = Math.abs(value);
    if (magnitude < SCALED_LIMITS[decimals]) {
      long scaled = scaled(magnitude, decimals);
      if (scaled == 0) {
        return 0.0;
      }
      // Both operands are exact doubles, so the one division rounds correctly, as BigDecimal.doubleValue() does.
      double r = scaled / DOUBLE_POWERS[decimals];
      return value < 0 ? -r : r;
    }
    if (magnitude >= 0x1p52) {
      // Every double this large is a whole number, which both rounding steps leave as it is.
      return value;
    }
    return new BigDecimal(value).setScale(PRE_DECIMALS, RoundingMode.HALF_EVEN)
        .setScale(decimals, RoundingMode.HALF_UP).doubleValue();
  }

  /**
   * Formats with exactly {@code decimals} decimals, '.' as the separator, half-up: {@code 0.7314}.
   *
   * <p>The digits are those of {@link #round(double, int)}: {@code 0.80014999999999998} gives {@code 0.8002} at 4
   * decimals. Infinities give {@code Infinity} and {@code -Infinity}; zero has no sign.
   *
   * @param value the value; NaN gives the empty string
   * @param decimals the number of decimals, 0 to 12
   * @return the text, not null
   * @throws IllegalArgumentException if {@code value} is finite and {@code decimals} is outside 0..12
   */
  public static String format(double value, int decimals) {
    if (Double.isNaN(value)) {
      return "";
    }
    StringBuilder sb = new StringBuilder(24);
    format(value, decimals, sb);
    return sb.toString();
  }

  /**
   * Appends the text {@link #format(double, int)} returns, without creating it as a string: for writers that put many
   * numbers into one buffer. For usual values nothing is allocated except when {@code to} grows.
   *
   * @param value the value; NaN appends nothing
   * @param decimals the number of decimals, 0 to 12
   * @param to the buffer to append to, not null
   * @throws IllegalArgumentException if {@code value} is finite and {@code decimals} is outside 0..12; nothing is
   *     appended then
   */
  public static void format(double value, int decimals, StringBuilder to) {
    if (Double.isNaN(value)) {
      return;
    }
    if (Double.isInfinite(value)) {
      to.append(value > 0 ? "Infinity" : "-Infinity");
      return;
    }
    checkDecimals(decimals);
    double magnitude = Math.abs(value);
    if (magnitude < SCALED_LIMITS[decimals]) {
      long scaled = scaled(magnitude, decimals);
      if (formatExactly(scaled, decimals)) {
        if (value < 0 && scaled != 0) {
          to.append('-');
        }
        appendScaled(scaled, decimals, to);
        return;
      }
    }
    to.append(BigDecimal.valueOf(round(value, decimals)).setScale(decimals, RoundingMode.HALF_UP).toPlainString());
  }

  /**
   * Formats the shortest text that reads back as the same double, without an exponent: {@code 1805}, {@code 0.25}.
   *
   * <p>Exactly: whole numbers below 10^15 in magnitude as {@link Long#toString(long)} ({@code -0.0} gives {@code 0}),
   * other finite values as {@code BigDecimal.valueOf(value).toPlainString()}, that is the digits of
   * {@link Double#toString(double)} moved to where its exponent puts them ({@code 1.0E-5} gives {@code 0.000010}).
   *
   * @param value the value; NaN gives "NaN"
   * @return the text, not null
   */
  public static String plain(double value) {
    StringBuilder sb = new StringBuilder(24);
    plain(value, sb);
    return sb.toString();
  }

  /**
   * Appends the text {@link #plain(double)} returns, without creating it as a string: for writers that put many
   * numbers into one buffer.
   *
   * @param value the value; NaN appends "NaN"
   * @param to the buffer to append to, not null
   */
  public static void plain(double value, StringBuilder to) {
    if (Double.isNaN(value)) {
      to.append("NaN");
      return;
    }
    if (Double.isInfinite(value)) {
      to.append(value > 0 ? "Infinity" : "-Infinity");
      return;
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      to.append((long) value);
      return;
    }
    if (appendShortDecimal(value, to)) {
      return;
    }
    int start = to.length();
    // The same characters as Double.toString(value), whose digits differ between JDK releases; moving them is all
    // that BigDecimal.valueOf(value).toPlainString() does.
    to.append(value);
    int exponentAt = -1;
    for (int i = to.length() - 1; i > start; i--) {
      if (to.charAt(i) == 'E') {
        exponentAt = i;
        break;
      }
    }
    if (exponentAt < 0) {
      // Written without an exponent already (10^-3 <= |value| < 10^7), with no redundant zeros.
      return;
    }
    int exponent = 0;
    boolean negativeExponent = to.charAt(exponentAt + 1) == '-';
    for (int i = exponentAt + (negativeExponent ? 2 : 1); i < to.length(); i++) {
      exponent = exponent * 10 + (to.charAt(i) - '0');
    }
    if (negativeExponent) {
      exponent = -exponent;
    }
    // "d.dddE±n": one digit, the point, the fraction digits, then the exponent.
    int first = to.charAt(start) == '-' ? start + 1 : start;
    int fractionDigits = exponentAt - first - 2;
    int digits = fractionDigits + 1;
    int scale = fractionDigits - exponent;
    to.setLength(exponentAt);
    to.deleteCharAt(first + 1);
    if (scale <= 0) {
      to.append(ZEROS, 2, -scale);
    } else if (digits > scale) {
      to.insert(first + digits - scale, '.');
    } else {
      to.insert(first, ZEROS, 0, 2 + scale - digits);
    }
  }

  /**
   * The fast path of {@link #plain(double, StringBuilder)} for a value with at most 15 significant digits, such as
   * data typed with a few decimals: finds the fewest decimals k for which the value is an integer m over 10^k, and
   * writes m with the point k digits from the right. This is the text Double.toString's digits give: no decimal with
   * fewer digits reads back as the value (a shorter one would have been found at a smaller k), and two decimals of up
   * to 15 significant digits never read back as the same double, so the shortest is unique. m / 10^k is exact
   * arithmetic on exact operands (m &lt; 10^15 &lt; 2^53, 10^k ≤ 10^20 is a double), so the test of the read-back is
   * exact; a × 10^k is off by far less than 0.5 from m when m has at most 15 digits, so {@code rint} finds it.
   *
   * @return false, having appended nothing, for values that need 16 or 17 digits or are outside 10^-3..10^7 (where
   *     Double.toString switches to an exponent, and the digits BigDecimal keeps from it include a trailing zero)
   */
  private static boolean appendShortDecimal(double value, StringBuilder to) {
    int k = shortDecimals(Math.abs(value));
    if (k < 0) {
      return false;
    }
    long digits = (long) Math.rint(Math.abs(value) * SHORT_POWERS[k]);
    if (value < 0) {
      to.append('-');
    }
    appendScaled(digits, k, to);
    return true;
  }

  /**
   * The k of {@link #appendShortDecimal} for a magnitude, or -1 when it takes the other path. The value is first
   * written with 15 significant digits, m / 10^k; when that reads back as the value, the digits without m's trailing
   * zeros are the shortest that do (a shorter decimal, padded with zeros, would be another 15-digit one that reads
   * back, and there is only one).
   */
  private static int shortDecimals(double a) {
    if (!(a >= 1e-3 && a < 1e7)) {
      return -1;
    }
    // 10^e <= a < 10^(e+1) (up to the rounding of the thresholds, which the range check of m absorbs)
    int e = 6;
    while (e > -3 && a < SHORT_POWERS[e + 3] / 1000) {
      e--;
    }
    int k = 14 - e;
    double m = Math.rint(a * SHORT_POWERS[k]);
    if (m >= 1e15) {
      k--;
      m = Math.rint(a * SHORT_POWERS[k]);
    }
    if (m / SHORT_POWERS[k] != a) {
      return -1;
    }
    long digits = (long) m;
    while (k > 0 && digits % 10 == 0) {
      digits /= 10;
      k--;
    }
    return k;
  }



  /**
   * The most bytes {@link #format(double, int, byte[], int)} and {@link #plain(double, byte[], int)} write: enough for
   * every double at any number of decimals (the smallest subnormal in plain form has 328 characters).
   */
  public static final int MAX_ASCII_LENGTH = 340;

  /**
   * Writes the text {@link #format(double, int)} returns as ASCII bytes into an array, for writers that encode their
   * output themselves: the same characters, with no string or builder in between for usual values.
   *
   * @param value the value; NaN writes nothing
   * @param decimals the number of decimals, 0 to 12
   * @param to the array, not null, with at least {@link #MAX_ASCII_LENGTH} bytes from {@code at} on
   * @param at where the text starts
   * @return the index after the text
   * @throws IllegalArgumentException if {@code value} is finite and {@code decimals} is outside 0..12
   * @throws IndexOutOfBoundsException if the array has less room than {@link #MAX_ASCII_LENGTH} after {@code at}
   */
  public static int format(double value, int decimals, byte[] to, int at) {
    java.util.Objects.checkFromIndexSize(at, MAX_ASCII_LENGTH, to.length);
    if (Double.isNaN(value)) {
      return at;
    }
    if (Double.isFinite(value)) {
      checkDecimals(decimals);
      double magnitude = Math.abs(value);
      if (magnitude < SCALED_LIMITS[decimals]) {
        long scaled = scaled(magnitude, decimals);
        if (formatExactly(scaled, decimals)) {
          int p = at;
          if (value < 0 && scaled != 0) {
            to[p++] = '-';
          }
          return writeScaled(scaled, decimals, to, p);
        }
      }
    }
    StringBuilder sb = new StringBuilder(32);
    format(value, decimals, sb);
    return copy(sb, to, at);
  }

  /**
   * Writes the text {@link #plain(double)} returns as ASCII bytes into an array, for writers that encode their output
   * themselves: the same characters, with no string or builder in between for whole numbers and values of up to 15
   * significant digits.
   *
   * @param value the value; NaN writes "NaN"
   * @param to the array, not null, with at least {@link #MAX_ASCII_LENGTH} bytes from {@code at} on
   * @param at where the text starts
   * @return the index after the text
   * @throws IndexOutOfBoundsException if the array has less room than {@link #MAX_ASCII_LENGTH} after {@code at}
   */
  public static int plain(double value, byte[] to, int at) {
    java.util.Objects.checkFromIndexSize(at, MAX_ASCII_LENGTH, to.length);
    double a = Math.abs(value);
    if (value == Math.rint(value) && a < 1e15) {
      int p = at;
      if (value < 0) {
        to[p++] = '-';
      }
      return writeDigits((long) a, to, p);
    }
    int k = shortDecimals(a);
    if (k >= 0) {
      int p = at;
      if (value < 0) {
        to[p++] = '-';
      }
      return writeScaled((long) Math.rint(a * SHORT_POWERS[k]), k, to, p);
    }
    StringBuilder sb = new StringBuilder(32);
    plain(value, sb);
    return copy(sb, to, at);
  }

  private static int copy(StringBuilder sb, byte[] to, int at) {
    int n = sb.length();
    for (int i = 0; i < n; i++) {
      to[at + i] = (byte) sb.charAt(i);
    }
    return at + n;
  }

  /** Writes scaled / 10^decimals with exactly {@code decimals} decimals, as {@link #appendScaled} does. */
  private static int writeScaled(long scaled, int decimals, byte[] to, int at) {
    if (decimals == 0) {
      return writeDigits(scaled, to, at);
    }
    long unit = LONG_POWERS[decimals];
    long whole = scaled / unit;
    long fraction = scaled - whole * unit;
    int p = writeDigits(whole, to, at);
    to[p++] = '.';
    return writeRightAligned(fraction, to, p, p + decimals);
  }

  /** Writes a non-negative long in decimal, as {@link Long#toString(long)} does. */
  private static int writeDigits(long v, byte[] to, int at) {
    int digits = 1;
    for (int k = 1; k < LONG_POWERS.length && v >= LONG_POWERS[k]; k++) {
      digits++;
    }
    return writeRightAligned(v, to, at, at + digits);
  }

  /**
   * Writes the digits of a non-negative long into [from, end), right-aligned, zeros in front; long division only
   * while the rest exceeds an int.
   */
  private static int writeRightAligned(long v, byte[] to, int from, int end) {
    int i = end - 1;
    while (v > Integer.MAX_VALUE) {
      long q = v / 10;
      to[i--] = (byte) ('0' + (v - q * 10));
      v = q;
    }
    int w = (int) v;
    for (; i >= from; i--) {
      int q = w / 10;
      to[i] = (byte) ('0' + w - q * 10);
      w = q;
    }
    return end;
  }

  private static void checkDecimals(int decimals) {
    if (decimals < 0 || decimals > PRE_DECIMALS) {
      throw new IllegalArgumentException("decimals must be in 0..12, was " + decimals);
    }
  }

  /**
   * The official rounding of a magnitude, times 10^decimals: {@code round(magnitude, decimals) × 10^decimals} as an
   * exact integer. Needs {@code 0 <= magnitude < SCALED_LIMITS[decimals]}.
   */
  private static long scaled(double magnitude, int decimals) {
    long whole = (long) magnitude;
    // Exact: the fraction of a double needs no more bits than the double has.
    double fraction = magnitude - whole;
    // Step 1, half-even at 12 decimals; whole × 10^12 is even, so the parity that breaks a tie is the fraction's.
    long twelve = fractionAt12(fraction);
    // Step 2, half-up at the requested decimals; whole × 10^12 is a multiple of the step.
    long step = LONG_POWERS[PRE_DECIMALS - decimals];
    return whole * LONG_POWERS[decimals] + (twelve + step / 2) / step;
  }

  /** The fraction × 10^12 rounded half-even to an integer, exactly, for a fraction in [0, 1). */
  private static long fractionAt12(double fraction) {
    if (fraction < 0x1p-42) {
      // fraction × 10^12 < 2^-42 × 10^12 < 0.23, which rounds to 0.
      return 0;
    }
    long bits = Double.doubleToRawLongBits(fraction);
    int biased = (int) (bits >>> 52) & 0x7ff;
    long significand = (bits & ((1L << 52) - 1)) | (1L << 52);
    // fraction × 10^12 = significand × 5^12 × 2^(biased - 1075 + 12), a product below 2^81 shifted right by 41..82.
    int shift = 1075 - 12 - biased;
    long lo = significand * FIVE_POW_12;
    long hi = Math.multiplyHigh(significand, FIVE_POW_12);
    long quotient;
    int versusHalf;
    if (shift < 64) {
      quotient = (hi << (64 - shift)) | (lo >>> shift);
      versusHalf = Long.compareUnsigned(lo & ((1L << shift) - 1), 1L << (shift - 1));
    } else if (shift == 64) {
      quotient = hi;
      versusHalf = Long.compareUnsigned(lo, 1L << 63);
    } else {
      quotient = hi >>> (shift - 64);
      long rest = hi & ((1L << (shift - 64)) - 1);
      long half = 1L << (shift - 65);
      versusHalf = rest != half ? Long.compare(rest, half) : lo != 0 ? 1 : 0;
    }
    if (versusHalf > 0 || versusHalf == 0 && (quotient & 1) != 0) {
      quotient++;
    }
    return quotient;
  }

  /**
   * Whether {@code scaled / 10^decimals}, written with {@code decimals} decimals, is what the BigDecimal route writes.
   * That route reads back {@code Double.toString(r)} for the double r nearest to the exact value, then rounds half-up
   * to {@code decimals}. Double.toString gives a decimal that reads back as r (its specification on every release), so
   * within half an ulp of r, and r is within half an ulp of the exact value; when an ulp of r is below half a unit in
   * the last decimal, rounding that decimal half-up gives the exact value back, whatever digits the JDK chose.
   */
  private static boolean formatExactly(long scaled, int decimals) {
    double r = scaled / DOUBLE_POWERS[decimals];
    // HALF_UNITS[d] is not exact, but no power of two lies between it and 0.5 × 10^-d, so the test is exact.
    return Math.ulp(r) < HALF_UNITS[decimals];
  }

  /** Appends scaled / 10^decimals with exactly {@code decimals} decimals. */
  private static void appendScaled(long scaled, int decimals, StringBuilder to) {
    long unit = LONG_POWERS[decimals];
    long whole = scaled / unit;
    long fraction = scaled - whole * unit;
    to.append(whole);
    if (decimals == 0) {
      return;
    }
    to.append('.');
    // The zeros that the fraction's own digits do not fill, then those digits.
    for (int k = decimals - 1; k > 0 && fraction < LONG_POWERS[k]; k--) {
      to.append('0');
    }
    to.append(fraction);
  }
}
