package org.opendti.io.table;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Numbers as a workbook stores them ({@code <v>-12</v>}, {@code <v>0.73140000000000005</v>}, {@code <v>1.5E-3</v>}):
 * parsed from a character buffer without making a string, correctly rounded, and written back as short decimal text.
 *
 * <p>Parsing takes three routes. A significand below 2<sup>53</sup> with a power of ten up to 10<sup>22</sup> is
 * exact in one floating-point operation, which rounds correctly. A significand of up to 18 digits divided by such a
 * power (the usual 16 or 17 digits Excel writes) is estimated in floating point and the estimate checked exactly
 * against the decimal in 128-bit integer arithmetic, stepping to the neighbouring double when the decimal lies beyond
 * the estimate's rounding interval. Anything else, and every tie, goes to {@link Double#parseDouble}, once the text
 * is known to be a plain decimal.
 */
final class Decimals {
  /** The exactly representable powers of ten. */
  private static final double[] POWERS = new double[23];
  /** 10<sup>k</sup> as an unsigned 128-bit integer: high and low words. */
  private static final long[] TEN_HIGH = new long[POWERS.length];
  private static final long[] TEN_LOW = new long[POWERS.length];
  private static final long EXACT = 1L << 53;
  private static final long HIDDEN_BIT = 1L << 52;

  static {
    for (int k = 0; k < POWERS.length; k++) {
      BigInteger p = BigInteger.TEN.pow(k);
      POWERS[k] = p.doubleValue();
      TEN_LOW[k] = p.longValue();
      TEN_HIGH[k] = p.shiftRight(64).longValue();
    }
  }

  private Decimals() {}

  /**
   * Parses {@code [+-]digits[.digits][(e|E)[+-]digits]} (at least one digit before the exponent); no spaces, no
   * {@code NaN}, {@code INF}, hexadecimal or type suffix.
   *
   * @param b the buffer
   * @param from the first character
   * @param to after the last character
   * @return the value, infinite if out of range, NaN if the text is not such a number
   */
  static double parse(char[] b, int from, int to) {
    int i = from;
    boolean negative = false;
    if (i < to && (b[i] == '-' || b[i] == '+')) {
      negative = b[i] == '-';
      i++;
    }
    long significand = 0;
    int digits = 0;
    int significant = 0;
    int scale = 0;
    boolean dot = false;
    for (; i < to; i++) {
      char c = b[i];
      if (c >= '0' && c <= '9') {
        digits++;
        if (significant > 0 || c != '0') {
          significant++;
          if (significant <= 18) {
            significand = significand * 10 + (c - '0');
          }
        }
        if (dot) {
          scale--;
        }
      } else if (c == '.' && !dot) {
        dot = true;
      } else {
        break;
      }
    }
    if (digits == 0) {
      return Double.NaN;
    }
    int exponent = 0;
    if (i < to) {
      if (b[i] != 'e' && b[i] != 'E') {
        return Double.NaN;
      }
      i++;
      boolean negativeExponent = false;
      if (i < to && (b[i] == '-' || b[i] == '+')) {
        negativeExponent = b[i] == '-';
        i++;
      }
      if (i == to) {
        return Double.NaN;
      }
      for (; i < to; i++) {
        char c = b[i];
        if (c < '0' || c > '9') {
          return Double.NaN;
        }
        if (exponent < 100_000) {
          exponent = exponent * 10 + (c - '0');
        }
      }
      if (negativeExponent) {
        exponent = -exponent;
      }
    }
    double v = significant > 18 ? Double.NaN : fast(significand, exponent + scale);
    if (Double.isNaN(v)) {
      v = Double.parseDouble(new String(b, from, to - from));
      return v;
    }
    return negative ? -v : v;
  }

  /**
   * The double nearest {@code w × 10^e}, or NaN when no fast route decides it.
   *
   * @param w the significand, 0 ≤ w < 10<sup>18</sup>
   * @param e the power of ten
   */
  private static double fast(long w, int e) {
    if (w == 0) {
      return 0;
    }
    if (w < EXACT) {
      if (e >= 0 && e < POWERS.length) {
        return w * POWERS[e];
      }
      if (e < 0 && -e < POWERS.length) {
        return w / POWERS[-e];
      }
      return Double.NaN;
    }
    if (e == 0) {
      // A long converts to the nearest double, ties to even.
      return w;
    }
    if (e > 0 || -e >= POWERS.length) {
      return Double.NaN;
    }
    int k = -e;
    double d = w / POWERS[k];
    // The estimate is off by at most a unit in the last place or so; two steps are more than enough.
    for (int step = 0; step < 3; step++) {
      int where = compare(w, k, d);
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
   * Where {@code x = w / 10^k} lies relative to the rounding interval of the positive, normal double {@code d}.
   *
   * @return 0 strictly inside (d is the correctly rounded x), −1 below it, 1 above it, 2 on a bound or when the
   *     interval is not symmetric (d a power of two)
   */
  private static int compare(long w, int k, double d) {
    long bits = Double.doubleToRawLongBits(d);
    int biased = (int) (bits >>> 52) & 0x7ff;
    long m = bits & (HIDDEN_BIT - 1);
    if (biased == 0 || biased == 0x7ff || m == 0) {
      return 2;
    }
    m |= HIDDEN_BIT;
    // d = m · 2^q; the bounds are (2m ∓ 1) · 2^(q−1).
    // Compare w · 2^(1−q) with (2m ∓ 1) · 10^k, both below 2^128.
    int q = biased - 1075;
    int shift = 1 - q;
    long leftHigh;
    long leftLow;
    if (shift <= 0) {
      leftHigh = 0;
      leftLow = w;
    } else if (shift < 64) {
      leftHigh = w >>> (64 - shift);
      leftLow = w << shift;
    } else {
      leftHigh = w << (shift - 64);
      leftLow = 0;
    }
    int below = compareTo(leftHigh, leftLow, 2 * m - 1, k, shift);
    if (below < 0) {
      return -1;
    }
    if (below == 0) {
      return 2;
    }
    int above = compareTo(leftHigh, leftLow, 2 * m + 1, k, shift);
    return above > 0 ? 1 : above == 0 ? 2 : 0;
  }

  /** Compares the unsigned 128-bit {@code left} with {@code h · 10^k}, shifted left by {@code −shift} if that is
   *  positive. */
  private static int compareTo(long leftHigh, long leftLow, long h, int k, int shift) {
    long low = h * TEN_LOW[k];
    long high = Math.multiplyHigh(h, TEN_LOW[k]) + (TEN_LOW[k] < 0 ? h : 0) + h * TEN_HIGH[k];
    if (shift < 0) {
      // Only for d ≥ 2^54, where h · 10^k is far below 2^64 and the shift is small.
      int s = -shift;
      high = high << s | low >>> (64 - s);
      low <<= s;
    }
    int c = Long.compareUnsigned(leftHigh, high);
    return c != 0 ? c : Long.compareUnsigned(leftLow, low);
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
