package org.opendti.io.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opendti.io.DataFormatException;
import org.opendti.io.NumberStyle;

class CsvTableReaderTest {
  private static TableReader open(String text) throws IOException {
    return open(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
  }

  private static TableReader open(byte[] bytes, Charset cs) throws IOException {
    return Tables.csv("t.csv", new ByteArrayInputStream(bytes), cs, Optional.empty(), 10_000);
  }

  /** Every data row as its cells' text. */
  private static List<List<String>> rows(TableReader t) throws IOException {
    List<List<String>> out = new ArrayList<>();
    while (t.next()) {
      List<String> row = new ArrayList<>();
      for (int c = 0; c < t.width(); c++) {
        row.add(t.text(c));
      }
      out.add(row);
    }
    return out;
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 7, 40})
  void agreesWithCommonsCsvOnRandomFilesAcrossBufferBoundaries(int seed) throws IOException {
    SplittableRandom rnd = new SplittableRandom(seed);
    String alphabet = "ab ,\"\r\n;xyzÀếệ0123456789.-'=";
    int width = 1 + rnd.nextInt(6);
    StringBuilder sb = new StringBuilder();
    List<List<String>> expected = new ArrayList<>();
    int rowsWanted = 3000 + rnd.nextInt(2000);
    for (int r = 0; r < rowsWanted; r++) {
      List<String> row = new ArrayList<>();
      for (int c = 0; c < width; c++) {
        int len = rnd.nextInt(10) == 0 ? 200 + rnd.nextInt(300) : rnd.nextInt(12);
        StringBuilder f = new StringBuilder();
        for (int i = 0; i < len; i++) {
          f.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
        }
        // the first field is never blank, so no row is blank
        String field = c == 0 ? "u" + f : f.toString();
        row.add(field);
        if (c > 0) {
          sb.append(',');
        }
        sb.append('"').append(field.replace("\"", "\"\"")).append('"');
      }
      sb.append(rnd.nextBoolean() ? "\r\n" : "\n");
      expected.add(row);
    }
    String text = sb.toString();
    // the oracle: commons-csv, with the fields stripped as the table does
    List<List<String>> oracle = new ArrayList<>();
    try (CSVParser p = CSVParser.parse(text, CSVFormat.DEFAULT)) {
      for (CSVRecord rec : p) {
        List<String> row = new ArrayList<>();
        rec.forEach(f -> row.add(org.opendti.io.FormulaGuard.unguard(f.strip())));
        oracle.add(row);
      }
    }
    assertThat(oracle).hasSize(expected.size());
    try (TableReader t = open(text)) {
      List<List<String>> got = new ArrayList<>();
      List<String> head = new ArrayList<>();
      for (int c = 0; c < t.width(); c++) {
        head.add(t.text(c));
      }
      got.add(head);
      got.addAll(rows(t));
      assertThat(got).isEqualTo(oracle);
    }
  }

  @Test
  void fieldsAreStrippedAndQuotedFieldsKeepSeparatorsAndLineBreaks() throws IOException {
    try (TableReader t = open("unit , value\n  \"Hà Nội, thủ đô\" , \" 0.5 \"\n\"a\r\nb\",\"say \"\"hi\"\"\"\n")) {
      assertThat(t.header()).containsExactly("unit", "value");
      assertThat(t.next()).isTrue();
      assertThat(t.row()).isEqualTo(2);
      assertThat(t.text(0)).isEqualTo("Hà Nội, thủ đô");
      assertThat(t.number(1, NumberStyle.DEFAULT)).isEqualTo(0.5);
      assertThat(t.next()).isTrue();
      assertThat(t.row()).isEqualTo(3);
      assertThat(t.text(0)).isEqualTo("a\r\nb");
      assertThat(t.text(1)).isEqualTo("say \"hi\"");
      assertThat(t.next()).isFalse();
    }
  }

  @Test
  void loneCarriageReturnEndsALineOutsideQuotes() throws IOException {
    try (TableReader t = open("unit,value\rA,1\rB,2\r")) {
      assertThat(rows(t)).containsExactly(List.of("A", "1"), List.of("B", "2"));
    }
  }

  @Test
  void blankRowsArePassedOverButCounted() throws IOException {
    try (TableReader t = open("unit,value\n\n,\nA,1\n\n")) {
      assertThat(t.next()).isTrue();
      assertThat(t.row()).isEqualTo(4);
      assertThat(t.next()).isFalse();
    }
  }

  @Test
  void raggedRowsAreRecordedAsProblemsWithTheirRow() throws IOException {
    try (TableReader t = open("unit,value\nA,1,extra\nB,2\n")) {
      assertThat(rows(t)).containsExactly(List.of("B", "2"));
      assertThat(t.problems()).singleElement().asString().contains("t.csv row 2", "3 fields but the header has 2",
          "extra");
    }
  }

  @Test
  void separatorComesFromTheHeaderLine() throws IOException {
    try (TableReader t = open("unit;value\nA;\"0,5\"\n")) {
      assertThat(t.next()).isTrue();
      assertThat(t.number(1, NumberStyle.VIETNAMESE)).isEqualTo(0.5);
    }
    try (TableReader t = open("unit\tvalue\nA\t0.5\n")) {
      assertThat(rows(t)).containsExactly(List.of("A", "0.5"));
    }
  }

  @Test
  void byteOrderMarksChooseTheEncoding() throws IOException {
    String text = "unit,value\nThanh Hoá,1\n";
    byte[] le = text.getBytes(StandardCharsets.UTF_16LE);
    byte[] withBom = new byte[le.length + 2];
    withBom[0] = (byte) 0xFF;
    withBom[1] = (byte) 0xFE;
    System.arraycopy(le, 0, withBom, 2, le.length);
    try (TableReader t = open(withBom, StandardCharsets.UTF_8)) {
      assertThat(rows(t)).containsExactly(List.of("Thanh Hoá", "1"));
    }
    byte[] utf8 = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
    try (TableReader t = open(utf8, Charset.forName("windows-1258"))) {
      assertThat(t.header()).containsExactly("unit", "value");
      assertThat(rows(t)).containsExactly(List.of("Thanh Hoá", "1"));
    }
  }

  @Test
  void invalidBytesAreAnErrorAtTheirRow() {
    byte[] bytes = ("unit,value\nA,1\nB,2\nH" + (char) 0xe0 + ",3\n").getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> rows(open(bytes, StandardCharsets.UTF_8))).isInstanceOf(DataFormatException.class)
        .hasMessageContaining("t.csv row 4").hasMessageContaining("not valid in the file's encoding (UTF-8");
  }

  @Test
  void emptyAndBinaryFilesAreRefused() {
    assertThatThrownBy(() -> open("")).isInstanceOf(DataFormatException.class).hasMessageContaining("empty");
    assertThatThrownBy(() -> open("unit\0,value\n")).isInstanceOf(DataFormatException.class)
        .hasMessageContaining("NUL");
  }

  @Test
  void fieldsAndRowsAreBounded() {
    assertThatThrownBy(() -> rows(open("unit,value\nA," + "9".repeat(20_000) + "\n")))
        .isInstanceOf(DataFormatException.class).hasMessageContaining("row 2")
        .hasMessageContaining("field of 20000 characters is longer than the limit 10000");
    assertThatThrownBy(() -> rows(open("unit,value\nA,\"" + "9".repeat(20_000) + "\"\n")))
        .isInstanceOf(DataFormatException.class).hasMessageContaining("longer than the limit 10000");
    // a line of separators only: bounded by the field count, not by memory
    assertThatThrownBy(() -> rows(open("unit,value\n" + ",".repeat(200_000) + "x\n")))
        .isInstanceOf(DataFormatException.class).hasMessageContaining("more than 100000 fields");
  }

  @Test
  void brokenQuotingIsLocated() {
    assertThatThrownBy(() -> rows(open("unit,value\nA,1\n\"B,2\n"))).isInstanceOf(DataFormatException.class)
        .hasMessageContaining("row 3").hasMessageContaining("not closed");
    assertThatThrownBy(() -> rows(open("unit,value\n\"A\"x,1\n"))).isInstanceOf(DataFormatException.class)
        .hasMessageContaining("row 2").hasMessageContaining("after the closing quote");
  }

  @Test
  void theFormulaGuardIsUndoneAndNaIsRecognisedWithoutAString() throws IOException {
    try (TableReader t = open("unit,value\n'=HYPERLINK(1),'-0.5\n'abc,NA\n")) {
      assertThat(t.next()).isTrue();
      assertThat(t.text(0)).isEqualTo("=HYPERLINK(1)");
      assertThat(t.number(1, NumberStyle.DEFAULT)).isEqualTo(-0.5);
      assertThat(t.next()).isTrue();
      assertThat(t.text(0)).isEqualTo("'abc");
      assertThat(t.textIs(1, "NA")).isTrue();
      assertThat(t.textIs(0, "NA")).isFalse();
    }
  }

  @Test
  void numberErrorsNameTheCell() throws IOException {
    try (TableReader t = open("unit,value\nA,0,82\n".replace("0,82", "\"0,82\""))) {
      assertThat(t.next()).isTrue();
      assertThatThrownBy(() -> t.number(1, NumberStyle.DEFAULT)).isInstanceOf(DataFormatException.class)
          .hasMessageContaining("t.csv row 2, column 'value'").hasMessageContaining("\"0,82\"")
          .hasMessageContaining("Vietnamese");
    }
  }

  @Test
  void readsANamedPipeOnce(@TempDir Path dir) throws Exception {
    Path fifo = dir.resolve("data.csv");
    Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
    org.junit.jupiter.api.Assumptions.assumeTrue(mk.waitFor() == 0, "mkfifo is not available");
    Thread writer = new Thread(() -> {
      try (OutputStream out = Files.newOutputStream(fifo)) {
        out.write("unit,value\n".getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 100_000; i++) {
          out.write(("u" + i + "," + i + "\n").getBytes(StandardCharsets.UTF_8));
        }
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    writer.start();
    double sum = 0;
    int n = 0;
    try (InputStream in = Files.newInputStream(fifo);
        TableReader t = Tables.csv("data.csv", in, StandardCharsets.UTF_8, Optional.empty(), 100)) {
      while (t.next()) {
        sum += t.number(1, NumberStyle.DEFAULT);
        n++;
      }
    }
    writer.join();
    assertThat(n).isEqualTo(100_000);
    assertThat(sum).isEqualTo(99_999.0 * 100_000 / 2);
  }
}
