package org.opendti;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The integer fast paths of {@link Numbers} against the BigDecimal code they replaced ({@link Old}, kept verbatim):
 * same doubles to the bit, same text, same exceptions, for the string and the appending variants.
 */
final class NumbersDifferentialTest {
  private static final long SEED = 0x5eed_2026_1130L;
  private static final String PREFIX = "cell,";

  /** Numbers before the fast paths, verbatim (only the type's name differs): the oracle. */
  static final class Old {
    private Old() {}

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

    public static String format(double value, int decimals) {
      if (Double.isNaN(value)) {
        return "";
      }
      if (Double.isInfinite(value)) {
        return value > 0 ? "Infinity" : "-Infinity";
      }
      return BigDecimal.valueOf(round(value, decimals)).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }

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

  @FunctionalInterface
  private interface Call {
    Object run();
  }

  private static String outcome(Call call) {
    try {
      Object v = call.run();
      return v instanceof Double ? "value " + Long.toHexString(Double.doubleToRawLongBits((Double) v)) : "text " + v;
    } catch (RuntimeException e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }

  /** Compares the new methods with the oracle on each value and keeps the tallies. */
  private static final class Differ {
    private final List<String> mismatches = new ArrayList<>();
    private long compared;
    private long values;

    /** round, format (both variants) at every number of decimals, and plain (both variants). */
    void check(double x) {
      values++;
      for (int d = 0; d <= 12; d++) {
        checkAt(x, d);
      }
      same("plain", x, -1, Old.plain(x), Numbers.plain(x));
      StringBuilder sb = new StringBuilder(PREFIX);
      Numbers.plain(x, sb);
      same("plain(StringBuilder)", x, -1, PREFIX + Old.plain(x), sb.toString());
      same("plain(byte[])", x, -1, Old.plain(x), asciiPlain(x));
    }

    /** round and format at one number of decimals, and plain: enough for a value among millions. */
    void sample(double x, int d) {
      values++;
      checkAt(x, d);
      String plain = Old.plain(x);
      same("plain", x, -1, plain, Numbers.plain(x));
      same("plain(byte[])", x, -1, plain, asciiPlain(x));
    }

    void checkAt(double x, int d) {
      double expected = Old.round(x, d);
      double actual = Numbers.round(x, d);
      compared++;
      if (Double.doubleToRawLongBits(expected) != Double.doubleToRawLongBits(actual)) {
        mismatch("round", x, d, Double.toString(expected), Double.toString(actual));
      }
      String text = Old.format(x, d);
      same("format", x, d, text, Numbers.format(x, d));
      StringBuilder sb = new StringBuilder(PREFIX);
      Numbers.format(x, d, sb);
      same("format(StringBuilder)", x, d, PREFIX + text, sb.toString());
      same("format(byte[])", x, d, text, asciiFormat(x, d));
    }

    void same(String what, double x, int d, String expected, String actual) {
      compared++;
      if (!expected.equals(actual)) {
        mismatch(what, x, d, expected, actual);
      }
    }

    private void mismatch(String what, double x, int d, String expected, String actual) {
      if (mismatches.size() < 20) {
        mismatches.add(what + "(" + x + " [" + Long.toHexString(Double.doubleToRawLongBits(x)) + "]"
            + (d >= 0 ? ", " + d : "") + "): expected " + expected + ", got " + actual);
      }
    }

    void verify(long minimumValues) {
      assertThat(mismatches).as("differences from the BigDecimal code").isEmpty();
      assertThat(values).as("values compared at every number of decimals").isGreaterThanOrEqualTo(minimumValues);
    }
  }

  /** Numbers.plain into a byte array at an offset, with bytes before and after that must stay untouched. */
  static String asciiPlain(double x) {
    byte[] to = new byte[Numbers.MAX_ASCII_LENGTH + 9];
    java.util.Arrays.fill(to, (byte) '#');
    int end = Numbers.plain(x, to, 5);
    return bytes(to, 5, end);
  }

  static String asciiFormat(double x, int d) {
    byte[] to = new byte[Numbers.MAX_ASCII_LENGTH + 9];
    java.util.Arrays.fill(to, (byte) '#');
    int end = Numbers.format(x, d, to, 5);
    return bytes(to, 5, end);
  }

  private static String bytes(byte[] to, int start, int end) {
    for (int i = 0; i < to.length; i++) {
      if ((i < start || i >= end) && to[i] != '#') {
        throw new AssertionError("byte " + i + " outside the text [" + start + ", " + end + ") was written");
      }
    }
    return new String(to, start, end - start, java.nio.charset.StandardCharsets.US_ASCII);
  }

  private static double nextUlps(double x, int ulps) {
    double y = x;
    for (int i = 0; i < Math.abs(ulps); i++) {
      y = ulps > 0 ? Math.nextUp(y) : Math.nextDown(y);
    }
    return y;
  }

  @Test
  void randomBits_everyMagnitude() {
    Differ differ = new Differ();
    SplittableRandom r = new SplittableRandom(SEED);
    for (int i = 0; i < 300; i++) {
      differ.check(Double.longBitsToDouble(r.nextLong()));
    }
    for (int i = 0; i < 5_000; i++) {
      differ.sample(Double.longBitsToDouble(r.nextLong()), r.nextInt(13));
    }
    differ.verify(5_300);
  }

  @Test
  void randomMagnitudes_from2toThe60_to2toTheMinus60() {
    Differ differ = new Differ();
    SplittableRandom r = new SplittableRandom(SEED + 1);
    for (int i = 0; i < 60_000; i++) {
      double x = Math.scalb(1 + r.nextDouble(), r.nextInt(-60, 61));
      differ.sample(r.nextBoolean() ? x : -x, r.nextInt(13));
    }
    differ.verify(60_000);
  }

  @Test
  void usualMagnitudes_scoresPointsAndData() {
    Differ differ = new Differ();
    SplittableRandom r = new SplittableRandom(SEED + 2);
    for (int i = 0; i < 80_000; i++) {
      double x = switch (i % 4) {
        case 0 -> r.nextDouble();
        case 1 -> r.nextDouble() * 1000;
        case 2 -> (r.nextDouble() - 0.5) * 2e5;
        default -> r.nextDouble() * 10_000;
      };
      differ.sample(x, r.nextInt(13));
    }
    differ.verify(80_000);
  }

  @Test
  void aMillionRoundings_ofScoresAndPoints() {
    List<String> mismatches = new ArrayList<>();
    SplittableRandom r = new SplittableRandom(SEED + 7);
    int compared = 0;
    for (int i = 0; i < 1_000_000; i++) {
      double x = i % 2 == 0 ? r.nextDouble() : r.nextDouble() * 1000;
      int d = i % 3 == 0 ? 4 : r.nextInt(13);
      compared++;
      if (Double.doubleToRawLongBits(Old.round(x, d)) != Double.doubleToRawLongBits(Numbers.round(x, d))
          && mismatches.size() < 20) {
        mismatches.add("round(" + x + ", " + d + "): expected " + Old.round(x, d) + ", got " + Numbers.round(x, d));
      }
    }
    assertThat(mismatches).isEmpty();
    assertThat(compared).isEqualTo(1_000_000);
  }

  @Test
  void decimalsWith0to17Digits() {
    Differ differ = new Differ();
    SplittableRandom r = new SplittableRandom(SEED + 3);
    for (int i = 0; i < 60_000; i++) {
      int n = r.nextInt(18);
      long digits = n == 0 ? 0 : r.nextLong(1, (long) Math.pow(10, n) + (n == 17 ? 0 : 1));
      int exponent = -r.nextInt(n + 4) + (r.nextInt(8) == 0 ? r.nextInt(-20, 21) : 0);
      double x = Double.parseDouble(digits + "e" + exponent);
      differ.sample(r.nextInt(3) == 0 ? -x : x, r.nextInt(13));
    }
    differ.verify(60_000);
  }

  /**
   * plain's short-decimal path (values of up to 15 significant digits, written without Double.toString) against the
   * BigDecimal route, on a million typed-looking decimals from 10^-6 to 10^16 and their neighbours one ulp away (which
   * need 16 or 17 digits and take the other path).
   */
  @Test
  void plain_aMillionShortDecimals_andTheirNeighbours() {
    Differ differ = new Differ();
    SplittableRandom r = new SplittableRandom(SEED + 8);
    for (int i = 0; i < 1_000_000; i++) {
      int n = 1 + r.nextInt(15);
      long digits = r.nextLong(1, LONG_POWERS_16[n]);
      int exponent = -r.nextInt(n + 7) + r.nextInt(3);
      double x = Double.parseDouble(digits + "e" + exponent);
      double[] values = i % 10 == 0 ? new double[] {x, -x, Math.nextUp(x), Math.nextDown(x)} : new double[] {x};
      for (double v : values) {
        differ.values++;
        String expected = Old.plain(v);
        differ.same("plain", v, -1, expected, Numbers.plain(v));
        differ.same("plain(byte[])", v, -1, expected, asciiPlain(v));
      }
    }
    differ.verify(1_300_000);
  }

  private static final long[] LONG_POWERS_16 = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L,
      100_000_000L, 1_000_000_000L, 10_000_000_000L, 100_000_000_000L, 1_000_000_000_000L, 10_000_000_000_000L,
      100_000_000_000_000L, 1_000_000_000_000_000L};

  @Test
  void aroundHalfUpTies_atEveryNumberOfDecimals() {
    Differ differ = new Differ();
    SplittableRandom r = new SplittableRandom(SEED + 4);
    for (int d = 0; d <= 12; d++) {
      BigDecimal twice = BigDecimal.valueOf(2).scaleByPowerOfTen(d);
      long wholeLimit = (1L << 53) / (long) Math.pow(10, d) * 2;
      for (int i = 0; i < 400; i++) {
        // k / 10^d + 5 / 10^(d+1), for small k and for k up to past where the fast path stops.
        long k = i % 2 == 0 ? r.nextLong(0, 10_000) : r.nextLong(0, Math.max(wholeLimit, 2) * 5 / 4);
        double tie = BigDecimal.valueOf(2 * k + 1).divide(twice).doubleValue();
        for (int ulps = -3; ulps <= 3; ulps++) {
          double x = nextUlps(tie, ulps);
          for (double v : new double[] {x, -x}) {
            differ.values++;
            differ.checkAt(v, d);
            differ.checkAt(v, 12);
            if (d > 0) {
              differ.checkAt(v, d - 1);
            }
          }
        }
      }
    }
    differ.verify(13 * 400 * 7 * 2);
  }

  @Test
  void aroundHalfEvenTies_atTwelveDecimals() {
    Differ differ = new Differ();
    SplittableRandom r = new SplittableRandom(SEED + 5);
    BigDecimal twice = BigDecimal.valueOf(2).scaleByPowerOfTen(12);
    for (int i = 0; i < 3_000; i++) {
      long whole = switch (i % 4) {
        case 0 -> 0;
        case 1 -> r.nextLong(0, 1_000);
        case 2 -> r.nextLong(0, 10_000);
        default -> r.nextLong(0, 1L << 20);
      };
      long j = r.nextLong(0, 1_000_000_000_000L);
      double tie = BigDecimal.valueOf(whole).add(BigDecimal.valueOf(2 * j + 1).divide(twice)).doubleValue();
      for (int ulps = -2; ulps <= 2; ulps++) {
        differ.sample(nextUlps(tie, ulps), r.nextInt(13));
        differ.sample(-nextUlps(tie, ulps), r.nextInt(13));
      }
    }
    differ.verify(3_000 * 5 * 2);
  }

  @Test
  void exactTiesAtTwelveDecimals_oddMultiplesOf2toTheMinus13() {
    // m / 2^13 with m odd has exactly 13 decimals, the last one 5: the only doubles that sit on a 12-decimal tie.
    Differ differ = new Differ();
    SplittableRandom r = new SplittableRandom(SEED + 6);
    for (long whole : new long[] {0, 4095, r.nextLong(0, 1L << 40)}) {
      for (int m = 1; m < 1 << 13; m += 2) {
        double x = whole + Math.scalb((double) m, -13);
        differ.values++;
        for (int d = 0; d <= 12; d++) {
          differ.checkAt(x, d);
          differ.checkAt(-x, d);
        }
      }
    }
    differ.verify(3 * 4096);
  }

  @Test
  void edgeValues() {
    List<Double> edges = new ArrayList<>(List.of(0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE,
        -Double.MAX_VALUE, 0.5, -0.5, 1.5, 2.5, 0.000049999, 0.00005, -0.00005, 0.80014999999999998, 0.800175,
        783.515, 1e15, -1e15, 1e7, 1e-3, 1e-5, 1e-7, 1e16, 1e22, 1e23, 2e23, 8.41e21, 1e300, 1e-300,
        2.82879384806159E17, 4.9e-324, 2.2250738585072014E-308, 0x1p52, 0x1p53, -0x1p52, 0x1p52 + 0.5, 0x1p-42,
        0x1p-41, 0x1p-23, 0x1p-22, 9007.199254740991, 0.9999999999995, 0.99999999999949, 4095.9999999999995,
        Math.PI, Math.E, 1 / 3.0, 2 / 3.0, 0.1 + 0.2, 16231.86, -16231.86));
    for (int k = -60; k <= 64; k++) {
      edges.add(Math.scalb(1.0, k));
      edges.add(Math.scalb(1.0, k) * 0.75);
    }
    for (int d = 0; d <= 18; d++) {
      edges.add(Math.pow(10, d));
      edges.add(Math.pow(10, -d));
      edges.add((double) ((1L << 53) / (long) Math.pow(10, Math.min(d, 12))));
    }
    for (long i = -100; i <= 100; i++) {
      edges.add((double) i);
      edges.add(i / 8.0);
    }
    Differ differ = new Differ();
    for (double e : edges) {
      for (int ulps = -4; ulps <= 4; ulps++) {
        differ.check(nextUlps(e, ulps));
      }
    }
    differ.verify(edges.size() * 9L);
  }

  @Test
  void decimalsOutOfRange_failAsBefore_andAppendNothing() {
    List<String> mismatches = new ArrayList<>();
    int compared = 0;
    for (double x : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.0, -1.5, 1e300}) {
      for (int d : new int[] {Integer.MIN_VALUE, -1, 13, 99, Integer.MAX_VALUE}) {
        List<String[]> pairs = new ArrayList<>();
        pairs.add(new String[] {outcome(() -> Old.round(x, d)), outcome(() -> Numbers.round(x, d))});
        pairs.add(new String[] {outcome(() -> Old.format(x, d)), outcome(() -> Numbers.format(x, d))});
        StringBuilder sb = new StringBuilder(PREFIX);
        pairs.add(new String[] {outcome(() -> PREFIX + Old.format(x, d)), outcome(() -> {
          Numbers.format(x, d, sb);
          return sb.toString();
        })});
        String old = outcome(() -> Old.format(x, d));
        pairs.add(new String[] {old.startsWith("text") ? PREFIX + old.substring(5) : PREFIX, sb.toString()});
        for (String[] p : pairs) {
          compared++;
          if (!p[0].equals(p[1])) {
            mismatches.add(x + ", " + d + ": expected " + p[0] + ", got " + p[1]);
          }
        }
      }
    }
    assertThat(mismatches).isEmpty();
    assertThat(compared).isEqualTo(6 * 5 * 4);
  }
}
