package org.opendti.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast routes of the SDK's one decimal parser ({@link NumberStyle.Decimal}, behind {@link NumberStyle#parse} and
 * {@link NumberStyle#parseStored}) against {@link Double#parseDouble(String)}: the same double to the bit on millions
 * of seeded random decimals, on the hardest ones (near and exactly on the midpoint between two doubles), and on edge
 * values; and the routes must actually decide most of them, not leave them all to the JDK.
 */
final class DecimalFastPathTest {
  private static final long SEED = 0x5eed_2026_1129L;

  private static long bits(double v) {
    return Double.doubleToRawLongBits(v);
  }

  private static double parseDefault(String s) {
    char[] c = s.toCharArray();
    return NumberStyle.DEFAULT.parse(c, 0, c.length);
  }

  private static double parseStored(String s) {
    char[] c = s.toCharArray();
    return NumberStyle.parseStored(c, 0, c.length);
  }

  @Test
  void toDouble_agreesWithTheJdk_onMillionsOfSignificandsAndPowers() {
    SplittableRandom r = new SplittableRandom(SEED);
    List<String> mismatches = new ArrayList<>();
    long decided = 0;
    int n = 4_000_000;
    for (int i = 0; i < n && mismatches.size() < 10; i++) {
      int digits = 1 + r.nextInt(18);
      long w = r.nextLong(1, digits == 18 ? 1_000_000_000_000_000_000L : pow10(digits));
      int e = r.nextInt(-40, 41);
      double fast = NumberStyle.Decimal.toDouble(w, e);
      if (Double.isNaN(fast)) {
        continue;
      }
      decided++;
      double jdk = Double.parseDouble(w + "E" + e);
      if (bits(fast) != bits(jdk)) {
        mismatches.add(w + "E" + e + ": " + fast + " vs " + jdk);
      }
    }
    assertThat(mismatches).isEmpty();
    // Powers from 10^-22 to 10^22 (and a few more for short significands) are decided: more than half of them.
    assertThat(decided).isGreaterThan(n / 2);
  }

  @Test
  void parse_agreesWithTheJdk_onMillionsOfSeededDecimals() {
    SplittableRandom r = new SplittableRandom(SEED + 1);
    List<String> mismatches = new ArrayList<>();
    for (int i = 0; i < 2_000_000 && mismatches.size() < 10; i++) {
      String s = switch (i % 7) {
        // What writers print: the shortest text of a double, and of values in [0, 1) as the benchmark writes.
        case 0 -> Double.toString(r.nextDouble());
        case 1 -> Double.toString(r.nextDouble() * Math.pow(10, r.nextInt(-25, 25)));
        case 2 -> String.format(Locale.ROOT, "%.17f", r.nextDouble() * Math.pow(10, r.nextInt(-3, 4)));
        case 3 -> String.format(Locale.ROOT, "%.12f", r.nextDouble() * Math.pow(10, r.nextInt(-3, 6)));
        case 4 -> String.format(Locale.ROOT, "%.16e", r.nextDouble() * Math.pow(10, r.nextInt(-22, 18)));
        case 5 -> randomDigits(r);
        default -> Double.toString(Double.longBitsToDouble(r.nextLong() & Long.MAX_VALUE));
      };
      check(s, mismatches);
    }
    assertThat(mismatches).isEmpty();
  }

  @Test
  void parse_agreesWithTheJdk_nearAndOnMidpointsBetweenDoubles() {
    SplittableRandom r = new SplittableRandom(SEED + 2);
    List<String> mismatches = new ArrayList<>();
    int ties = 0;
    for (int i = 0; i < 300_000 && mismatches.size() < 10; i++) {
      double d = r.nextDouble() * Math.pow(2, r.nextInt(-70, 62));
      BigDecimal mid = new BigDecimal(d).add(new BigDecimal(Math.ulp(d)).divide(BigDecimal.valueOf(2)));
      if (mid.precision() <= 18) {
        // exactly halfway: ties to even, decided by the JDK
        ties++;
        check(mid.toPlainString(), mismatches);
        check(mid.negate().toString(), mismatches);
      }
      BigDecimal near = mid.round(new MathContext(r.nextInt(15, 19)));
      check(near.toString(), mismatches);
      BigDecimal step = BigDecimal.ONE.movePointLeft(near.scale());
      check(near.add(step).toString(), mismatches);
      check(near.subtract(step).toString(), mismatches);
    }
    // Exact midpoints with at most 18 digits exist only between large doubles; make sure some were met.
    for (long m = (1L << 51) + 1; m < (1L << 51) + 200_000; m += 7) {
      // m + 1/2, m + 1/4, m + 3/4 around 2^51..2^54, where the unit in the last place is 1/4, 1/2, 1, 2
      for (String s : new String[] {m + ".5", m + ".25", m + ".75", 2 * m + ".5", 4 * m + 1 + "", 8 * m + 2 + ""}) {
        ties++;
        check(s, mismatches);
      }
    }
    assertThat(mismatches).isEmpty();
    assertThat(ties).isGreaterThan(100_000);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-0", "+1", "0.7314", "-16231.86", "1e-3", "1.5E+300", "0.73140000000000005",
      "72.75636800328681", "9007199254740992", "9007199254740993", "9007199254740994", "9007199254740995",
      "18014398509481985", "18014398509481987", "123456789012345678", "999999999999999999", "0.999999999999999999",
      "1.", ".5", "4.9e-324", "2.2250738585072011e-308", "2.2250738585072014e-308", "1.7976931348623157e308",
      "1e22", "1e23", "1e-22", "1e-23", "9007199254740993e-22", "999999999999999999e-22", "100000000000000000e-22",
      "1000000000000000000000", "1000000000000000000000000", "4503599627370496.5", "4503599627370497.5",
      "2251799813685248.25", "2251799813685248.75", "0.1", "0.2", "0.3", "0.30000000000000004",
      "0.12345678901234567", "0.012345678901234567", "0.000000000000000000001234567890123456",
      "12345678901234567.8", "1.2345678901234567e16", "8.9884656743115795e307"})
  void parse_agreesWithTheJdk_onEdgeValues(String s) {
    List<String> mismatches = new ArrayList<>();
    check(s, mismatches);
    check("-" + s.replaceFirst("^[+-]", ""), mismatches);
    assertThat(mismatches).isEmpty();
  }

  /** Both syntaxes that accept the text give the JDK's double (the default style only for finite values). */
  private static void check(String s, List<String> mismatches) {
    double jdk = Double.parseDouble(s);
    double stored = parseStored(s);
    if (bits(stored) != bits(jdk)) {
      mismatches.add("parseStored " + s + ": " + stored + " vs " + jdk);
    }
    if (Double.isFinite(jdk) && exponentDigits(s) <= 3) {
      double plain = parseDefault(s);
      if (bits(plain) != bits(jdk)) {
        mismatches.add("DEFAULT " + s + ": " + plain + " vs " + jdk);
      }
    }
  }

  private static int exponentDigits(String s) {
    int e = Math.max(s.indexOf('e'), s.indexOf('E'));
    if (e < 0) {
      return 0;
    }
    int start = e + 1 < s.length() && (s.charAt(e + 1) == '+' || s.charAt(e + 1) == '-') ? e + 2 : e + 1;
    return s.length() - start;
  }

  private static String randomDigits(SplittableRandom r) {
    StringBuilder sb = new StringBuilder();
    int len = r.nextInt(1, 23);
    for (int k = 0; k < len; k++) {
      sb.append((char) ('0' + r.nextInt(10)));
    }
    sb.insert(r.nextInt(0, len + 1), '.');
    if (r.nextInt(4) == 0) {
      sb.append('e').append(r.nextInt(-30, 31));
    }
    return sb.toString();
  }

  private static long pow10(int n) {
    long p = 1;
    for (int i = 0; i < n; i++) {
      p *= 10;
    }
    return p;
  }
}
