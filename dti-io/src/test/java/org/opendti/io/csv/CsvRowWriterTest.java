package org.opendti.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.opendti.io.FormulaGuard;

final class CsvRowWriterTest {
  static List<String> hostile() {
    return List.of("\r", "a\rb", "\n", "a\nb", "\r\n", ",", "a,b", ";", "a;b", "\"", "a\"b", "\"quoted\"",
        "=HYPERLINK(\"http://x\",\"y\")", "=1+1", "+1", "-1", "@x", "@SUM(A1)", "\t", "\tx", "a\tb", "'=x", "'+1",
        "''=x", "'abc", "'", "''", "", " ", "#x", "x ", "Hà Nội", "Thừa Thiên Huế", "=", "-", "'\r");
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void hostileText_staysInItsField_andReadsBackGuarded(String text) throws IOException {
    StringBuilder out = new StringBuilder();
    try (CsvRowWriter w = CsvRowWriter.of(out)) {
      w.text("unit").text("name").text("value").endRow();
      w.text(text).text("x").number(0.5, 2).endRow();
      w.text("y").text(text).plain(-1).endRow();
      w.text(text).endRow();
    }
    List<CSVRecord> rows = parse(out.toString(), ',');
    assertThat(rows).extracting(CSVRecord::size).as(out.toString()).containsExactly(3, 3, 3, 1);
    assertThat(rows.get(1).get(0)).isEqualTo(FormulaGuard.guard(text));
    assertThat(rows.get(1).get(2)).isEqualTo("0.50");
    assertThat(rows.get(2).get(1)).isEqualTo(FormulaGuard.guard(text));
    assertThat(rows.get(2).get(2)).isEqualTo("-1");
    assertThat(rows.get(3).get(0)).isEqualTo(FormulaGuard.guard(text));
    assertThat(FormulaGuard.unguard(rows.get(2).get(1))).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"=HYPERLINK(\"http://x\",\"y\")", "+1", "-1", "@x", "\tx", "\r", "=", "'=x", "'@", "''"})
  void formulaLikeText_getsALeadingApostrophe(String text) {
    assertThat(FormulaGuard.guard(text)).isEqualTo("'" + text);
    assertThat(FormulaGuard.unguard("'" + text)).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"'abc", "'", "abc", "", "1", "Hà Nội", "a=b", "a-b", " -1", "'1"})
  void otherText_isLeftAlone(String text) {
    assertThat(FormulaGuard.guard(text)).isEqualTo(text);
    assertThat(FormulaGuard.unguard(text)).isEqualTo(text);
  }

  @Test
  void loneCarriageReturn_isQuoted() throws IOException {
    StringBuilder out = new StringBuilder();
    CsvRowWriter.of(out).text("a\rb").text("c").endRow().text("\r").endRow().flush();
    assertThat(out).hasToString("\"a\rb\",c\n\"'\r\"\n");
  }

  @Test
  void ordinaryFields_areNotQuoted_numbersNeverGuarded() throws IOException {
    StringBuilder out = new StringBuilder();
    CsvRowWriter.of(out).text("Hà Nội").number(-0.5, 4).plain(-3).plain(0.25).plain(Double.NaN).integer(-7)
        .number(Double.NaN, 2).empty().endRow().flush();
    assertThat(out).hasToString("Hà Nội,-0.5000,-3,0.25,,-7,,\n");
  }

  @Test
  void emptyFirstField_keepsTheRow() throws IOException {
    StringBuilder out = new StringBuilder();
    CsvRowWriter.of(out).text("").endRow().empty().text("x").endRow().flush();
    assertThat(parse(out.toString(), ',')).extracting(CSVRecord::size).containsExactly(1, 2);
  }

  @Test
  void otherSeparator_quotesThatSeparator() throws IOException {
    StringBuilder out = new StringBuilder();
    CsvRowWriter.of(out, ';').text("a;b").text("c,d").number(0.5, 1).endRow().flush();
    assertThat(out).hasToString("\"a;b\";c,d;0.5\n");
    assertThat(parse(out.toString(), ';').get(0).values()).containsExactly("a;b", "c,d", "0.5");
  }

  @ParameterizedTest
  @ValueSource(chars = {'"', '\n', '\r', 'a', '7', '.', '\''})
  void unusableSeparator_isRefused(char delimiter) {
    assertThatIllegalArgumentException().isThrownBy(() -> CsvRowWriter.of(new StringBuilder(), delimiter));
  }

  @Test
  void guardAndUnguard_areInverse_andGuardedTextNeverStartsAFormula() {
    SplittableRandom random = new SplittableRandom(20240601);
    String alphabet = "'=+-@\t\r\n,;\" a1ệ";
    for (int i = 0; i < 200_000; i++) {
      String s = randomText(random, alphabet, 6);
      String g = FormulaGuard.guard(s);
      assertThat(FormulaGuard.unguard(g)).as("%s", s).isEqualTo(s);
      if (!g.isEmpty()) {
        assertThat("=+-@\t\r").as("%s", s).doesNotContain(g.substring(0, 1));
      }
    }
  }

  @Test
  void randomRows_readBackField_forField() throws IOException {
    SplittableRandom random = new SplittableRandom(7);
    String alphabet = "'=+-@\t\r\n,;\" a1ệ#";
    List<List<String>> rows = new ArrayList<>();
    StringBuilder out = new StringBuilder();
    CsvRowWriter w = CsvRowWriter.of(out);
    for (int r = 0; r < 5_000; r++) {
      List<String> row = new ArrayList<>();
      int fields = 1 + random.nextInt(5);
      for (int f = 0; f < fields; f++) {
        String s = randomText(random, alphabet, 8);
        row.add(s);
        w.text(s);
      }
      w.endRow();
      rows.add(row);
    }
    w.flush();
    List<CSVRecord> back = parse(out.toString(), ',');
    assertThat(back).hasSameSizeAs(rows);
    for (int r = 0; r < rows.size(); r++) {
      assertThat(back.get(r).stream().map(FormulaGuard::unguard).toList()).isEqualTo(rows.get(r));
    }
  }

  /**
   * The writer encodes and quotes on its own; commons-csv's printer (QuoteMode.MINIMAL, the rules the class comment
   * states) is the reference: the same rows give the same bytes, field for field, over 100,000 random rows with
   * separators, quotes, line breaks, white space, control characters, letters outside ASCII, surrogate pairs and
   * lone surrogates, long enough to cross the 64 KB buffer many times.
   */
  @ParameterizedTest
  @ValueSource(chars = {',', ';', '\t', '|', '-'})
  void bytes_matchCommonsCsvPrinter_onRandomRows(char delimiter) throws IOException {
    SplittableRandom random = new SplittableRandom(delimiter);
    String alphabet = "'=+-@\t\r\n,;|\" a1ệĐ#!$~\u007f\u0000\u00a0\u2028\ud83d\ude00\ud800\udc00x";
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    StringBuilder expected = new StringBuilder();
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setRecordSeparator('\n')
        .setQuoteMode(org.apache.commons.csv.QuoteMode.MINIMAL).get();
    try (CsvRowWriter w = CsvRowWriter.of(bytes, delimiter);
        org.apache.commons.csv.CSVPrinter reference = new org.apache.commons.csv.CSVPrinter(expected, format)) {
      for (int r = 0; r < 100_000; r++) {
        int fields = random.nextInt(6);
        for (int f = 0; f < fields; f++) {
          switch (random.nextInt(5)) {
            case 0 -> {
              double v = random.nextInt(3) == 0 ? random.nextInt(-1000, 1000) : (random.nextDouble() - 0.5) * 1e6;
              w.plain(v);
              reference.print(org.opendti.Numbers.plain(v));
            }
            case 1 -> {
              double v = (random.nextDouble() - 0.5) * 100;
              w.number(v, 4);
              reference.print(org.opendti.Numbers.format(v, 4));
            }
            case 2 -> {
              long v = random.nextLong();
              w.integer(v);
              reference.print(Long.toString(v));
            }
            default -> {
              String s = randomText(random, alphabet, 12);
              w.text(s);
              reference.print(FormulaGuard.guard(s));
            }
          }
        }
        w.endRow();
        reference.println();
      }
      w.integer(Long.MIN_VALUE).plain(Double.NaN).plain(-0.0).number(Double.NaN, 2).endRow();
      reference.print(Long.toString(Long.MIN_VALUE));
      reference.print("");
      reference.print("0");
      reference.print("");
      reference.println();
    }
    String written = new String(bytes.toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
    // Java's UTF-8 encoder writes a lone surrogate as '?', as the writer does.
    String reference = new String(expected.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8),
        java.nio.charset.StandardCharsets.UTF_8);
    assertThat(bytes.size()).isGreaterThan(3 << 16);
    assertThat(written).isEqualTo(reference);
  }

  @Test
  void text_andBytes_giveTheSameCsv() throws IOException {
    SplittableRandom random = new SplittableRandom(3);
    String alphabet = "ab,\"\nệ\ud83d\ude00 ";
    StringBuilder text = new StringBuilder();
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (CsvRowWriter t = CsvRowWriter.of(text); CsvRowWriter b = CsvRowWriter.of(bytes)) {
      for (int r = 0; r < 30_000; r++) {
        String s = randomText(random, alphabet, 10);
        t.text(s).plain(r).endRow();
        b.text(s).plain(r).endRow();
      }
    }
    assertThat(text.length()).isGreaterThan(1 << 17);
    assertThat(text.toString()).isEqualTo(new String(bytes.toByteArray(), java.nio.charset.StandardCharsets.UTF_8));
  }

  @Test
  void nonAsciiSeparator_isRefused() {
    assertThatIllegalArgumentException().isThrownBy(() -> CsvRowWriter.of(new StringBuilder(), '§'))
        .withMessageContaining("U+00A7").withMessageContaining("ASCII");
  }

  private static String randomText(SplittableRandom random, String alphabet, int maxLength) {
    int n = random.nextInt(maxLength + 1);
    StringBuilder sb = new StringBuilder(n);
    for (int k = 0; k < n; k++) {
      sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  private static List<CSVRecord> parse(String text, char delimiter) throws IOException {
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
    return format.parse(new StringReader(text)).getRecords();
  }
}
