package org.opendti.io.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.opendti.io.NumberStyle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Workbook number cells: {@code NumberStyle.parseStored} against the JDK, and their text. */
final class StoredNumbersTest {
  private static double parse(String s) {
    char[] c = s.toCharArray();
    return NumberStyle.parseStored(c, 0, c.length);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-0", "+1", "0.7314", "-16231.86", "1e-3", "1.5E+300", "1E400", "-1e-400",
      "0.73140000000000005", "72.75636800328681", "9007199254740993", "123456789012345678", "1.", ".5",
      "0.1000000000000000055511151231257827", "4.9e-324", "2.2250738585072011e-308", "1797693134862315708e289"})
  void agreesWithTheJdk_onEdgeValues(String s) {
    assertThat(Double.doubleToRawLongBits(parse(s))).isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(s)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-", ".", "e5", "1e", "1e+", "NaN", "Infinity", "0x1p3", "1.5d", "1f", "1,5", "1..2",
      "1e5.5", " 1", "1 ", "--1", "١٢"})
  void rejectsAnythingButAPlainDecimal(String s) {
    assertThat(parse(s)).isNaN();
  }

  @Test
  void agreesWithTheJdk_onMillionsOfSeededValues() {
    SplittableRandom r = new SplittableRandom(20_231_231);
    List<String> mismatches = new ArrayList<>();
    for (int i = 0; i < 3_000_000 && mismatches.size() < 5; i++) {
      String s = switch (i % 6) {
        case 0 -> Double.toString(Double.longBitsToDouble(r.nextLong() & Long.MAX_VALUE));
        case 1 -> Double.toString(r.nextDouble() * Math.pow(10, r.nextInt(-25, 25)));
        case 2 -> String.format(Locale.ROOT, "%.17g", r.nextDouble() * Math.pow(10, r.nextInt(-22, 18)));
        case 3 -> String.format(Locale.ROOT, "%.16e", r.nextDouble() * Math.pow(10, r.nextInt(-22, 18)));
        case 4 -> {
          StringBuilder sb = new StringBuilder();
          int len = r.nextInt(1, 21);
          for (int k = 0; k < len; k++) {
            sb.append((char) ('0' + r.nextInt(10)));
          }
          yield sb.insert(r.nextInt(0, len + 1), '.').append(len == 0 ? "0" : "").toString();
        }
        default -> {
          // Near the midpoint between two doubles, where rounding is hardest.
          double d = r.nextDouble() * Math.pow(2, r.nextInt(-60, 60));
          BigDecimal mid = new BigDecimal(d).add(new BigDecimal(Math.ulp(d)).divide(BigDecimal.valueOf(2)));
          yield mid.round(new MathContext(r.nextInt(15, 19))).toString();
        }
      };
      if (Double.doubleToRawLongBits(parse(s)) != Double.doubleToRawLongBits(Double.parseDouble(s))) {
        mismatches.add(s);
      }
    }
    assertThat(mismatches).isEmpty();
  }

  @Test
  void text_isShortPlainDecimal() {
    assertThat(XlsxSheetReader.numberText(12)).isEqualTo("12");
    assertThat(XlsxSheetReader.numberText(-0.0)).isEqualTo("0");
    assertThat(XlsxSheetReader.numberText(0.7314)).isEqualTo("0.7314");
    assertThat(XlsxSheetReader.numberText(1e-5)).isEqualTo("0.00001");
    assertThat(XlsxSheetReader.numberText(0.1 + 0.2)).isEqualTo("0.30000000000000004");
    assertThat(XlsxSheetReader.numberText(1e20)).isEqualTo("100000000000000000000");
    assertThat(XlsxSheetReader.numberText(-16231.86)).isEqualTo("-16231.86");
  }
}
