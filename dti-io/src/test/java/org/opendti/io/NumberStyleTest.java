package org.opendti.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The hand-written scanner against the regular expressions and BigDecimal it replaced ({@link Old}, kept verbatim):
 * same accepted set, same double to the bit, same exception and message, through both {@code parse} overloads.
 */
final class NumberStyleTest {
  private static final long SEED = 0x5eed_2026_1130L;

  /** Characters that make numbers or nearly make them, in both styles. */
  private static final String ALPHABET = "0123456789+-.,eE% \t\n\u000b\f\r\u001c\u00a0\u2007\u202f\u2003\u3000"
      + "\u0660\u0669\u06f0\u0966\uff10\uff11\u00b2xXdDfF_'\u2212";
  /** Every white space String.strip() removes, and a few it keeps. */
  private static final String SPACES = " \t\n\u000b\f\r\u001c\u001d\u001e\u001f\u1680\u2000\u2001\u2002\u2003"
      + "\u2004\u2005\u2006\u2008\u2009\u200a\u2028\u2029\u205f\u3000\u00a0\u2007\u202f\u200b\ufeff\u0085";

  /** The number styles before the scanner, verbatim (only the type's name differs): the oracle. */
  enum Old {
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

    public abstract double parse(String text);
  }

  /** Compares the new parser with the oracle on each text, through both overloads, and keeps the tallies. */
  private static final class Differ {
    private final SplittableRandom random = new SplittableRandom(SEED);
    private final List<String> mismatches = new ArrayList<>();
    private long compared;
    private long accepted;
    private long rejected;
    private long infinite;

    void check(String text) {
      for (NumberStyle style : NumberStyle.values()) {
        String expected = outcome(() -> Old.valueOf(style.name()).parse(text));
        if (expected.startsWith("value")) {
          accepted++;
        } else if (expected.endsWith("expected a finite number")) {
          infinite++;
        } else {
          rejected++;
        }
        compare(style, text, "parse(String)", expected, outcome(() -> style.parse(text)));
        int before = random.nextInt(3);
        int after = random.nextInt(3);
        char[] buffer = new char[before + text.length() + after];
        for (int i = 0; i < buffer.length; i++) {
          buffer[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        text.getChars(0, text.length(), buffer, before);
        compare(style, text, "parse(char[])", expected, outcome(() -> style.parse(buffer, before, text.length())));
      }
    }

    private void compare(NumberStyle style, String text, String how, String expected, String actual) {
      compared++;
      if (!expected.equals(actual) && mismatches.size() < 20) {
        mismatches.add(style + " " + how + " \"" + escape(text) + "\": expected " + expected + ", got " + actual);
      }
    }

    /**
     * Runs the checks on a thread of its own: both parsers throw for every rejected text, and filling in a stack trace
     * under JUnit's deep stack would cost more than parsing.
     */
    void run(Runnable checks) {
      Thread t = new Thread(checks, "differ");
      t.start();
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }

    void verify(long minimumCompared, long minimumEach) {
      assertThat(mismatches).as("differences from the old parser").isEmpty();
      assertThat(compared).as("comparisons").isGreaterThanOrEqualTo(minimumCompared);
      assertThat(accepted).as("accepted texts").isGreaterThanOrEqualTo(minimumEach);
      assertThat(rejected).as("rejected texts").isGreaterThanOrEqualTo(minimumEach);
    }
  }

  @FunctionalInterface
  private interface Parse {
    double run();
  }

  private static String outcome(Parse parse) {
    try {
      return "value " + Long.toHexString(Double.doubleToRawLongBits(parse.run()));
    } catch (RuntimeException e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }

  private static String escape(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (c >= 0x20 && c < 0x7f) {
        sb.append(c);
      } else {
        sb.append(String.format("\\u%04x", (int) c));
      }
    }
    return sb.length() > 80 ? sb.substring(0, 80) + "…(" + s.length() + " chars)" : sb.toString();
  }

  private static String digits(SplittableRandom r, int n) {
    StringBuilder sb = new StringBuilder(n);
    int mode = r.nextInt(4);
    for (int i = 0; i < n; i++) {
      // Some runs are mostly zeros or nines, where trailing zeros and carries live.
      char c = switch (mode) {
        case 0 -> r.nextInt(3) == 0 ? (char) ('0' + r.nextInt(10)) : '0';
        case 1 -> r.nextInt(3) == 0 ? (char) ('0' + r.nextInt(10)) : '9';
        default -> (char) ('0' + r.nextInt(10));
      };
      sb.append(c);
    }
    return sb.toString();
  }

  private static int length(SplittableRandom r) {
    // Mostly short, sometimes past what a long holds.
    return r.nextInt(4) == 0 ? r.nextInt(40) : r.nextInt(18);
  }

  private static String sign(SplittableRandom r) {
    int s = r.nextInt(4);
    return s == 0 ? "-" : s == 1 ? "+" : "";
  }

  private static String pad(SplittableRandom r, String s) {
    if (r.nextInt(4) != 0) {
      return s;
    }
    StringBuilder sb = new StringBuilder();
    for (int i = r.nextInt(3); i > 0; i--) {
      sb.append(SPACES.charAt(r.nextInt(SPACES.length())));
    }
    sb.append(s);
    for (int i = r.nextInt(3); i > 0; i--) {
      sb.append(SPACES.charAt(r.nextInt(SPACES.length())));
    }
    return sb.toString();
  }

  static String validDefault(SplittableRandom r) {
    StringBuilder sb = new StringBuilder(sign(r));
    if (r.nextInt(6) == 0) {
      sb.append('.').append(digits(r, 1 + length(r)));
    } else {
      sb.append(digits(r, 1 + length(r)));
      if (r.nextBoolean()) {
        sb.append('.').append(digits(r, r.nextInt(3) == 0 ? 0 : length(r)));
      }
    }
    if (r.nextInt(3) == 0) {
      sb.append(r.nextBoolean() ? 'e' : 'E').append(sign(r));
      sb.append(r.nextInt(3) == 0 ? digits(r, 1 + r.nextInt(3)) : Integer.toString(r.nextInt(40)));
    }
    return pad(r, sb.toString());
  }

  static String validVietnamese(SplittableRandom r) {
    StringBuilder sb = new StringBuilder(sign(r));
    if (r.nextBoolean()) {
      sb.append(digits(r, 1 + length(r)));
    } else {
      sb.append(digits(r, 1 + r.nextInt(3)));
      for (int g = 1 + r.nextInt(6); g > 0; g--) {
        sb.append('.').append(digits(r, 3));
      }
    }
    if (r.nextBoolean()) {
      sb.append(',').append(digits(r, 1 + length(r)));
    }
    if (r.nextInt(3) == 0) {
      if (r.nextBoolean()) {
        sb.append(" \t\n\u000b\f\r".charAt(r.nextInt(6)));
      }
      sb.append('%');
    }
    return pad(r, sb.toString());
  }

  /** Decimals as writers print them: 0 to 17 significant digits, in each style's syntax. */
  static String[] decimal(SplittableRandom r) {
    int n = r.nextInt(18);
    String d = n == 0 ? "0" : digits(r, n);
    int point = r.nextInt(d.length() + 1);
    String whole = point == 0 ? "0" : d.substring(0, point);
    String fraction = d.substring(point);
    String dot = fraction.isEmpty() ? whole : whole + "." + fraction;
    String comma = fraction.isEmpty() ? whole : whole + "," + fraction;
    String minus = r.nextInt(3) == 0 ? "-" : "";
    String exponent = r.nextInt(4) == 0 ? "e" + (r.nextInt(60) - 30) : "";
    return new String[] {minus + dot + exponent, minus + comma, minus + comma + (r.nextBoolean() ? "%" : " %")};
  }

  @Test
  void randomValidText_readsAsBefore() {
    Differ differ = new Differ();
    SplittableRandom r = new SplittableRandom(SEED);
    differ.run(() -> {
      for (int i = 0; i < 12_000; i++) {
        differ.check(validDefault(r));
        differ.check(validVietnamese(r));
      }
    });
    differ.verify(96_000, 9_000);
  }

  @Test
  void randomDecimals_withUpTo17Digits_readAsBefore() {
    Differ differ = new Differ();
    SplittableRandom r = new SplittableRandom(SEED + 1);
    differ.run(() -> {
      for (int i = 0; i < 5_000; i++) {
        for (String s : decimal(r)) {
          differ.check(s);
        }
      }
    });
    differ.verify(60_000, 5_000);
  }

  @Test
  void aMillionDecimals_inTheirOwnStyle_readAsBefore() {
    List<String> mismatches = new ArrayList<>();
    SplittableRandom r = new SplittableRandom(SEED + 4);
    int compared = 0;
    while (compared < 1_000_000) {
      String[] texts = decimal(r);
      for (int k = 0; k < texts.length; k++) {
        NumberStyle style = k == 0 ? NumberStyle.DEFAULT : NumberStyle.VIETNAMESE;
        String text = texts[k];
        String expected = outcome(() -> Old.valueOf(style.name()).parse(text));
        String actual = outcome(() -> style.parse(text));
        compared++;
        if (!expected.equals(actual) && mismatches.size() < 20) {
          mismatches.add(style + " \"" + text + "\": expected " + expected + ", got " + actual);
        }
      }
    }
    assertThat(mismatches).isEmpty();
    assertThat(compared).isGreaterThanOrEqualTo(1_000_000);
  }

  @Test
  void everySingleCharacterMutation_ofValidText_isJudgedAsBefore() {
    Differ differ = new Differ();
    SplittableRandom r = new SplittableRandom(SEED + 2);
    differ.run(() -> {
      for (int seed = 0; seed < 50; seed++) {
        String valid = seed % 2 == 0 ? validDefault(r) : validVietnamese(r);
        if (valid.length() > 24) {
          continue;
        }
        for (int at = 0; at <= valid.length(); at++) {
          if (at < valid.length()) {
            differ.check(valid.substring(0, at) + valid.substring(at + 1));
          }
          for (int k = 0; k < ALPHABET.length(); k++) {
            char c = ALPHABET.charAt(k);
            differ.check(valid.substring(0, at) + c + valid.substring(at));
            if (at < valid.length()) {
              differ.check(valid.substring(0, at) + c + valid.substring(at + 1));
            }
          }
        }
      }
    });
    differ.verify(150_000, 2_000);
  }

  @Test
  void randomNearlyValidText_isJudgedAsBefore() {
    Differ differ = new Differ();
    SplittableRandom r = new SplittableRandom(SEED + 3);
    String likely = "0123456789012345678900000+-.,eE%  ";
    differ.run(() -> {
      for (int i = 0; i < 25_000; i++) {
        StringBuilder sb = new StringBuilder();
        String from = r.nextBoolean() ? likely : ALPHABET;
        for (int n = r.nextInt(14); n > 0; n--) {
          sb.append(from.charAt(r.nextInt(from.length())));
        }
        differ.check(sb.toString());
      }
    });
    differ.verify(100_000, 2_000);
  }

  @Test
  void edgeCases_areJudgedAsBefore() {
    List<String> texts = new ArrayList<>(List.of("", " ", "\u2003", "0", "-0", "+0", "-0.0", "-.0", "-0e5", "0e999",
        "-0,0", "-0%", "-0.000", "1.", ".5", "+.5", "-.5e2", ".", "+", "-", "+.", "1e999", "1e-999", "-1e-999",
        "1e308", "1.8e308", "2e308", "1e-324", "2e-324", "3e-324", "4.9e-324", "2.4703282292062327e-324",
        "2.4703282292062328e-324", "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308",
        "1e0001", "1e+0001", "1e9999", "1e12", "1E-5", "1e", "1e+", "e5", "1e5.5", "1.5e3.2", "1.2.3", "1..2", "1,5",
        "1,", ",5", "5.", "1 %", "1  %", "1\t%", "1\u00a0%", "1%", "1 % ", " 1% ", "%", " %", "1,5%", "-1,5 %",
        "98,5%", "98,5 %", "1.000.000", "1.00.000", "1.0000", "1.000,", "1.000,5", "1000.000", "1234.567",
        "12.345,6", "12.345.678,9%", ".000", "1.000.000.000.000.000.000.000,000000000000000000001", "0.7314",
        "0,7314", "9.056", "-16231.86", "1e-3", "NaN", "Infinity", "-Infinity", "0x10", "0x1p3", "1d", "1f", "1L",
        "١", "١٢", "１", "1\u00a0", "\u00a01", "\u20071", "\u202f1", "\ufeff1", "\u200b1", "\u00851", " 1 ",
        "\u3000-1,5\u3000", "\t1e3\n", "\u001c1\u001f", "1_000", "1'000", "\u22121", "− 1", "- 1", "1 000",
        "9007199254740993", "9007199254740992.5", "123456789012345678", "1234567890123456789",
        "12345678901234567890", "0.1e-22", "1e22", "1e23", "9.999999999999999e22", "4503599627370497.5"));
    texts.add("9".repeat(400));
    texts.add("-" + "9".repeat(400));
    texts.add("0." + "0".repeat(400) + "1");
    texts.add("-0." + "0".repeat(400) + "1");
    texts.add("0," + "0".repeat(400) + "1");
    texts.add("-0," + "0".repeat(400) + "1");
    texts.add("-0," + "0".repeat(322) + "24703282292062327");
    texts.add("1" + "0".repeat(310) + ",5");
    texts.add("1" + ".000".repeat(103));
    texts.add("1" + "0".repeat(30) + "e-30");
    texts.add("0." + "0".repeat(30) + "1e30");
    texts.add("1." + "0".repeat(40));
    texts.add("1," + "0".repeat(40) + "%");
    Differ differ = new Differ();
    differ.run(() -> texts.forEach(differ::check));
    differ.verify(texts.size() * 4L, 30);
  }

  @Test
  void charArrayOverload_outsideTheArray_fails() {
    char[] chars = "12".toCharArray();
    assertThat(NumberStyle.DEFAULT.parse(chars, 1, 1)).isEqualTo(2.0);
    assertThat(NumberStyle.VIETNAMESE.parse(chars, 0, 2)).isEqualTo(12.0);
    assertThatExceptionOfType(IndexOutOfBoundsException.class)
        .isThrownBy(() -> NumberStyle.DEFAULT.parse(chars, 1, 2));
    assertThatExceptionOfType(IndexOutOfBoundsException.class)
        .isThrownBy(() -> NumberStyle.VIETNAMESE.parse(chars, -1, 1));
    assertThatExceptionOfType(IndexOutOfBoundsException.class)
        .isThrownBy(() -> NumberStyle.DEFAULT.parse(chars, 0, -1));
  }

  @ParameterizedTest
  @EnumSource(NumberStyle.class)
  void emptySlice_isRejectedWithTheStylesMessage(NumberStyle style) {
    assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> style.parse(new char[4], 2, 0))
        .withMessage(outcome(() -> Old.valueOf(style.name()).parse("")).replaceFirst("^[^:]*: ", ""));
  }
}
