package org.opendti.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opendti.examples.cli.DtiCommandTest.dti;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

final class TerminalTest {
  /** A unit name that would clear the screen, ring, return the cursor and reverse the text on a raw terminal. */
  static final String HOSTILE = "\u001b[2JHà\u202eNội\r\u0007\u009b\u2066";

  @ParameterizedTest(name = "U+{0}")
  @CsvSource({
      "0000, \\u0000", "0007, \\u0007", "0008, \\u0008", "0009, \\t", "000a, \\n", "000d, \\r", "001b, \\u001b",
      "007f, \\u007f", "0085, \\u0085", "009b, \\u009b", "061c, \\u061c", "200e, \\u200e", "200f, \\u200f",
      "202a, \\u202a", "202e, \\u202e", "2066, \\u2066", "2069, \\u2069", "2028, \\u2028", "2029, \\u2029",
      "d800, \\ud800", "dc00, \\udc00"})
  void escape_showsEachControlVisibly(String hex, String shown) {
    String c = String.valueOf((char) Integer.parseInt(hex, 16));
    assertThat(Terminal.escape("a" + c + "b")).isEqualTo("a" + shown + "b");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Hà Nội", "Thừa Thiên Huế", "C:\\data\\x.csv", "😀 ok", "e\u0301", "\u00a0nbsp", ""})
  void escape_leavesPrintableTextAlone(String s) {
    assertThat(Terminal.escape(s)).isSameAs(s);
  }

  @Test
  void escapingWriter_escapesWhatIsPrintedButNotItsLineEnds() {
    StringWriter sink = new StringWriter();
    PrintWriter w = Terminal.escaping(sink);
    w.println("x" + HOSTILE);
    w.print('\u001b');
    w.print(new char[] {'\r', 'y'});
    w.printf("%s%n", "\u0007");
    Terminal.raw(w, "\r");
    w.flush();
    assertThat(sink.toString()).isEqualTo("x\\u001b[2JHà\\u202eNội\\r\\u0007\\u009b\\u2066" + System.lineSeparator()
        + "\\u001b\\ry\\u0007" + Terminal.escape(System.lineSeparator()) + "\r");
    assertThat(Terminal.escaping(w)).isSameAs(w);
  }

  private static Path hostileData(Path dir) throws IOException {
    List<String> lines = Files.readAllLines(DtiCommandTest.sample(), StandardCharsets.UTF_8);
    StringBuilder sb = new StringBuilder();
    for (String l : lines) {
      sb.append(l.startsWith("Hà Nội,") ? "\"" + HOSTILE + "\"" + l.substring("Hà Nội".length()) : l).append('\n');
    }
    Path p = dir.resolve("hostile.csv");
    Files.writeString(p, sb, StandardCharsets.UTF_8);
    return p;
  }

  private static void assertNoControls(String text) {
    text.chars().filter(c -> c != '\n').forEach(c -> assertThat(Terminal.isControl(c))
        .as("U+%04X in %s", c, text).isFalse());
  }

  @Test
  void hostileUnitName_isEscapedInTables_butExactInCsv(@TempDir Path dir) throws IOException {
    Path data = hostileData(dir);
    DtiCommandTest.Run table = dti("score", "--framework", "pdti-2022", "--units", "none",
        "--data", data.toString(), "--table");
    assertThat(table.status()).as(table.err()).isZero();
    assertNoControls(table.out());
    assertThat(table.out()).contains("\\u001b[2JHà\\u202eNội\\r\\u0007\\u009b\\u2066");
    List<String> rows = table.out().lines().toList();
    int width = Terminal.displayWidth(rows.get(0));
    assertThat(rows.stream().filter(l -> l.contains("2J"))).singleElement()
        .satisfies(l -> assertThat(l.indexOf("0,")).isGreaterThan(0));
    assertThat(width).isPositive();
    DtiCommandTest.Run csv = dti("score", "--framework", "pdti-2022", "--units", "none", "--data", data.toString());
    assertThat(csv.status()).isZero();
    assertThat(csv.out()).contains("\"" + HOSTILE + "\",");
    for (String cmd : List.of("compare", "uncertainty")) {
      List<String> args = cmd.equals("compare")
          ? List.of("compare", "--framework", "pdti-2022", "--units", "none",
              "--from", data.toString(), "--to", data.toString(),
              "--table")
          : List.of("uncertainty", "--framework", "pdti-2022", "--units", "none",
              "--data", data.toString(), "--runs", "20",
              "--table");
      DtiCommandTest.Run r = dti(args.toArray(String[]::new));
      assertThat(r.status()).as(cmd + r.err()).isZero();
      assertNoControls(r.out());
      assertThat(r.out()).as(cmd).contains("\\u001b[2J");
    }
  }

  @Test
  void hostileValuesAndNames_areEscapedOnStderr(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "unit,indicator,value\n\"" + HOSTILE + "\",awareness,\u001b[31m0.5\n",
        StandardCharsets.UTF_8);
    DtiCommandTest.Run r = dti("score", "--framework", "pdti-2022", "--units", "none", "--data", bad.toString());
    assertThat(r.status()).isEqualTo(2);
    assertNoControls(r.err());
    assertThat(r.err()).contains("\\u001b[31m0.5");
    assertThat(r.err().lines()).singleElement().satisfies(l -> assertThat(l).startsWith("error: "));
    Files.writeString(bad, "unit,indicator,value\nA,\"gov\u001b]0;owned\u0007\",0.5\n", StandardCharsets.UTF_8);
    DtiCommandTest.Run indicator = dti("score", "--framework", "pdti-2022", "--units", "none",
        "--data", bad.toString());
    assertThat(indicator.status()).isEqualTo(2);
    assertNoControls(indicator.err());
    assertThat(indicator.err()).contains("gov\\u001b]0;owned\\u0007");
    DtiCommandTest.Run plan = dti("plan", "--framework", "pdti-2022", "--units", "none",
        "--data", hostileData(dir).toString(),
        "--unit", "x\u001b[2J\r", "--target-rank", "1");
    assertThat(plan.status()).isEqualTo(2);
    assertNoControls(plan.err());
    assertThat(plan.err()).contains("x\\u001b[2J\\r");
  }

  @Test
  void internalErrorsAndMultiLineMessages_areOneEscapedLine() {
    StringWriter err = new StringWriter();
    int status = DtiCommand.report(new IllegalArgumentException("first line\n   second\u001b[2J"),
        new PrintWriter(err, true));
    assertThat(status).isEqualTo(2);
    assertThat(err.toString()).isEqualTo("error: first line second\\u001b[2J" + System.lineSeparator());
    StringWriter internal = new StringWriter();
    DtiCommand.report(new IllegalStateException("boom\rx"), new PrintWriter(internal, true));
    assertThat(internal.toString()).isEqualTo("internal error: java.lang.IllegalStateException: boom\\rx"
        + System.lineSeparator());
  }

  @ParameterizedTest(name = "COLUMNS={0} --lang {1}")
  @CsvSource({"100, vi", "100, en", "80, vi", "80, en", "60, vi", "60, en", "40, vi", "40, en", "200, en"})
  void frameworks_fitTheTerminalWidth(int columns, String lang) {
    DtiCommandTest.Run r = CliLanguageTest.dti(Map.of("COLUMNS", String.valueOf(columns)), "frameworks", "--lang",
        lang);
    assertThat(r.status()).isZero();
    assertThat(r.out().lines()).allSatisfy(l -> assertThat(Terminal.displayWidth(l)).as(l).isLessThanOrEqualTo(
        columns));
    String flat = r.out().replaceAll("\\s+", " ");
    for (String id : List.of("pdti-2020", "pdti-2022", "pdti-2025", "mdti-2022", "mdti-2025", "national-2025",
        "example-subprovincial")) {
      assertThat(r.out()).contains(id);
    }
    assertThat(flat).contains("Decision 405/QĐ-BKHCN (03/04/2025); 8 main indicators, 47 components, 1000 points")
        .contains("society_cybersecurity, society_human_resources");
  }

  @Test
  void frameworks_defaultWidthIs100_andWithoutWrappingTheTableIsOneLinePerFramework() {
    DtiCommandTest.Run r = dti("frameworks", "--lang", "en");
    assertThat(r.out().lines()).allSatisfy(l -> assertThat(Terminal.displayWidth(l)).isLessThanOrEqualTo(100));
    assertThat(r.out().lines().filter(l -> l.startsWith("pdti-2022 "))).singleElement()
        .satisfies(l -> assertThat(l).contains("province").contains("1000"));
    DtiCommandTest.Run wide = CliLanguageTest.dti(Map.of("COLUMNS", "250"), "frameworks", "--lang", "en");
    assertThat(wide.out().lines().filter(l -> l.startsWith("pdti-2022 "))).singleElement()
        .satisfies(l -> assertThat(l).contains("Decision 922/QĐ-BTTTT"));
    assertThat(Terminal.of(Map.of("COLUMNS", "abc")).width()).isEqualTo(100);
    assertThat(Terminal.of(Map.of("COLUMNS", "0")).width()).isEqualTo(100);
    assertThat(Terminal.of(Map.of("COLUMNS", " 72 ")).width()).isEqualTo(72);
  }

  @Test
  void table_fitsAWidth_byMovingTrailingColumnsUnderEachRow_thenByRecords() {
    Table t = new Table(List.of("id", "n", "text"), false, true, false);
    t.add(List.of("a", "1", "one two three"));
    t.add(List.of("bb", "22", ""));
    assertThat(t.render(80)).isEqualTo(t.render()).isEqualTo("id   n  text\n--  --  -------------\n"
        + "a    1  one two three\nbb  22\n");
    assertThat(t.render(14)).isEqualTo("id   n\n--  --\na    1\n    text: one\n      two\n      three\nbb  22\n");
    Table wide = new Table(List.of("id", "n"), false, true);
    wide.add(List.of("abcdefgh", "1"));
    assertThat(wide.render(6)).isEqualTo("abcdef\n    gh\n  n: 1\n");
  }

  @Test
  void wrap_breaksAtSpaces_indentsLaterLines_andCutsLongWords() {
    assertThat(Terminal.wrap("  aa bb cc dd", 8, "    ")).containsExactly("  aa bb", "    cc", "    dd");
    assertThat(Terminal.wrap("abcdefghij", 4, "")).containsExactly("abcd", "efgh", "ij");
    assertThat(Terminal.wrap("Hà Nội và Huế", 9, "")).containsExactly("Hà Nội và", "Huế");
    assertThat(Terminal.wrap("", 10, "  ")).containsExactly("");
  }

  @Test
  void displayWidth_countsCharactersNotCombiningMarks() {
    assertThat(Terminal.displayWidth("Hà Nội")).isEqualTo(6);
    assertThat(Terminal.displayWidth("Ha\u0300 No\u0323\u0302i")).isEqualTo(6);
    assertThat(Terminal.displayWidth("😀")).isEqualTo(1);
    Table t = new Table(List.of("a", "b"), false, true);
    t.add(List.of("Ha\u0300 No\u0323\u0302i", "1"));
    t.add(List.of("Hà Nội", "22"));
    assertThat(t.render().lines().skip(2)).containsExactly("Hà Nội   1".replace("Hà Nội",
        "Ha\u0300 No\u0323\u0302i"), "Hà Nội  22");
  }
}
