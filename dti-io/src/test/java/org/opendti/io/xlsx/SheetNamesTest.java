package org.opendti.io.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendti.Dataset;
import org.opendti.Framework;
import org.opendti.Language;
import org.opendti.Node;
import org.opendti.NodeKind;
import org.opendti.engine.Results;
import org.opendti.engine.ScoringEngine;
import org.opendti.io.ResultTable;
import org.opendti.io.csv.ResultsCsvWriter;
import org.opendti.io.files.DtiFiles;
import org.opendti.io.table.XlsxWorkbook;

/** Sheet names of results workbooks: readable, in the chosen language, and valid and unique under Excel's rules. */
final class SheetNamesTest {

  /** Excel's rules, checked independently of {@link SheetNames}. */
  static void assertValid(List<String> names) {
    Set<String> folded = new HashSet<>();
    for (String n : names) {
      assertThat(n.length()).as(n).isBetween(1, 31);
      assertThat(n).as(n).doesNotContain(":", "\\", "/", "?", "*", "[", "]").isNotBlank()
          .doesNotStartWith("'").doesNotEndWith("'");
      assertThat(n.chars()).as(n).noneMatch(Character::isISOControl);
      assertThat(n.toLowerCase(Locale.ROOT)).as(n).isNotEqualTo("history");
      assertThat(folded.add(n.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT))).as("unique: " + n).isTrue();
    }
  }

  @Test
  void cleaning_replacesForbiddenCharacters_andTrims() {
    SheetNames s = new SheetNames();
    assertThat(s.next("Hạ tầng: số/dữ liệu [2025]?*")).isEqualTo("Hạ tầng- số-dữ liệu (2025)--");
    assertThat(s.next("  'Kinh\n\ttế\u2028 số'  ")).isEqualTo("Kinh tế số");
    assertThat(s.next("'''", "gov")).isEqualTo("gov");
    assertThat(s.next("\u0000\u0001", " ")).isEqualTo("Sheet 4");
  }

  @Test
  void longNames_areCutTo31WithAnEllipsis_neverInsideASurrogatePair() {
    SheetNames s = new SheetNames();
    String name = s.next("Chuyển đổi số trong cơ quan nhà nước các cấp");
    assertThat(name).hasSize(31).endsWith("…").startsWith("Chuyển đổi số trong cơ quan nh");
    String emoji = "a".repeat(29) + "\uD83D\uDE00" + "bcd";
    String cut = s.next(emoji);
    assertThat(cut).isEqualTo("a".repeat(29) + "…");
    assertThat(s.next("x".repeat(29) + "  '  yz")).isEqualTo("x".repeat(29) + "…");
  }

  @Test
  void duplicates_ignoringCase_andHistory_getNumberedSuffixesWithin31() {
    SheetNames s = new SheetNames();
    assertThat(s.next("Chính quyền số")).isEqualTo("Chính quyền số");
    assertThat(s.next("CHÍNH QUYỀN SỐ")).isEqualTo("CHÍNH QUYỀN SỐ (2)");
    assertThat(s.next("chính quyền số")).isEqualTo("chính quyền số (3)");
    assertThat(s.next("History")).isEqualTo("History (2)");
    assertThat(s.next("HISTORY (2)")).isEqualTo("HISTORY (2) (2)");
    String longName = "Mức độ sẵn sàng cho chuyển đổi số của tỉnh";
    String first = s.next(longName);
    String second = s.next(longName);
    assertThat(first).hasSize(31);
    assertThat(second).hasSize(31).endsWith("… (2)");
    assertValid(List.of("Chính quyền số", "CHÍNH QUYỀN SỐ (2)", "chính quyền số (3)", "History (2)",
        "HISTORY (2) (2)", first, second));
  }

  @Test
  void datasetPeriodsThatCannotNameASheet_areWrittenInTheLongLayout_andReadBackEqual() throws IOException {
    Dataset yearly = Dataset.builder().put("Hà Nội", "1", "2023", 0.5).put("Hà Nội", "1", "2024", 0.75).build();
    assertThat(sheets(XlsxWriter.dataset(yearly))).containsExactly("2023", "2024");
    for (String period : List.of("2023/24", "History", "Kỳ báo cáo năm 2024 của các sở ban ngành", "'Q1'")) {
      Dataset d = Dataset.builder().put("Hà Nội", "1", period, 0.5).put("Huế", "1", period, 0.25)
          .put("Hà Nội", "1", "2025", 0.75).build();
      byte[] xlsx = XlsxWriter.dataset(d);
      assertThat(sheets(xlsx)).as(period).containsExactly("data");
      Dataset back = XlsxDatasetReader.of(org.opendti.io.csv.CsvOptions.defaults()).read("d.xlsx", xlsx,
          java.util.Optional.empty());
      assertThat(back.observations()).as(period).isEqualTo(d.observations());
    }
    Dataset twins = Dataset.builder().put("Hà Nội", "1", "Q1", 0.5).put("Hà Nội", "1", "q1", 0.75).build();
    assertThat(sheets(XlsxWriter.dataset(twins))).containsExactly("data");
  }

  /** A framework whose pillars have hostile, long and duplicate names. */
  static Framework hostile() {
    List<String> names = List.of("Chính quyền số", "chính QUYỀN số", "Hạ tầng: số / dữ liệu [*]?",
        "'Bảng xếp hạng'", "History", "Một tên trụ cột rất dài vượt quá ba mươi mốt ký tự",
        "Một tên trụ cột rất dài vượt quá ba mươi mốt ký tự nữa", "'''");
    Framework.Builder b = Framework.builder().id("hostile").version("1").nameVi("Khung thử")
        .addNodes(Node.builder().code("dti").nameVi("Chỉ số DTI").nameEn("DTI").kind(NodeKind.INDEX).build());
    for (int p = 0; p < names.size(); p++) {
      b.addNodes(Node.builder().code("p" + p).nameVi(names.get(p)).nameEn("Pillar " + p).kind(NodeKind.PILLAR)
          .addParent("dti").build());
      b.addNodes(Node.builder().code("i" + p).nameVi("Chỉ số " + p).kind(NodeKind.COMPONENT).maxPoints(10)
          .addParent("p" + p).build());
    }
    return b.build();
  }

  static Results scored(Framework f) {
    Dataset.Builder d = Dataset.builder();
    for (int u = 0; u < 6; u++) {
      for (Node leaf : f.leaves()) {
        d.put("Tỉnh " + u, leaf.code(), ((u * 3 + leaf.code().length() * 7) % 11) / 10.0);
      }
    }
    return ScoringEngine.official().score(f, d.build());
  }

  static List<String> sheets(byte[] xlsx) throws IOException {
    try (XlsxWorkbook wb = XlsxWorkbook.open("r.xlsx", new ByteArrayInputStream(xlsx))) {
      return wb.sheets();
    }
  }

  @Test
  void builtInFramework_vietnameseByDefault_englishOnRequest() throws IOException {
    Results r = XlsxWriterTest.results(5);
    assertThat(sheets(XlsxWriter.results(r))).containsExactly("Bảng xếp hạng", "Chính quyền số", "Kinh tế số",
        "Xã hội số");
    assertThat(sheets(XlsxWriter.results(r, Language.EN))).containsExactly("Ranking", "Digital government",
        "Digital economy", "Digital society");
    ResultTable want = ResultTable.of(r, r.method().decimals());
    for (Language l : Language.values()) {
      assertThat(XlsxReaders.results("r.xlsx", XlsxWriter.results(r, l))).as(l.code()).isEqualTo(want);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    XlsxWriter.results(r, Language.EN, out);
    assertThat(out.toByteArray()).isEqualTo(XlsxWriter.results(r, Language.EN));
  }

  @Test
  void hostilePillarNames_giveValidUniqueSheets_andTheResultsReadBack(@TempDir Path dir) throws IOException {
    Results r = scored(hostile());
    byte[] xlsx = XlsxWriter.results(r, Language.VI);
    List<String> names = sheets(xlsx);
    assertThat(names).containsExactly("Bảng xếp hạng", "Chính quyền số", "chính QUYỀN số (2)",
        "Hạ tầng- số - dữ liệu (-)-", "Bảng xếp hạng (2)", "History (2)", "Một tên trụ cột rất dài vượt q…",
        "Một tên trụ cột rất dài vư… (2)", "p7");
    assertValid(names);
    ResultTable want = ResultTable.of(r, r.method().decimals());
    assertThat(XlsxReaders.results("r.xlsx", xlsx)).isEqualTo(want);
    assertThat(sheets(XlsxWriter.results(r, Language.EN))).containsExactly("Ranking", "Pillar 0", "Pillar 1",
        "Pillar 2", "Pillar 3", "Pillar 4", "Pillar 5", "Pillar 6", "Pillar 7");
    // the same through DtiFiles, which the dti command uses
    Path file = dir.resolve("r.xlsx");
    DtiFiles.writeResults(r, file, ResultsCsvWriter.of(4), Language.EN, List.of());
    assertThat(Files.readAllBytes(file)).isEqualTo(XlsxWriter.results(r, Language.EN));
    DtiFiles.writeResults(r, file, ResultsCsvWriter.of(4), List.of());
    assertThat(Files.readAllBytes(file)).isEqualTo(xlsx);
  }

  @Test
  void readingBack_findsTheRankingSheetByAnyOfItsNames_orTakesTheFirstSheet() throws IOException {
    Results r = XlsxWriterTest.results(4);
    ResultTable want = ResultTable.of(r, r.method().decimals());
    byte[] vi = XlsxWriter.results(r, Language.VI);
    assertThat(XlsxReaders.results("old.xlsx", renameSheet(vi, "Bảng xếp hạng", "ranking"))).isEqualTo(want);
    assertThat(XlsxReaders.results("renamed.xlsx", renameSheet(vi, "Bảng xếp hạng", "DTI 2024"))).isEqualTo(want);
    assertThat(XlsxReaders.results("upper.xlsx", renameSheet(vi, "Bảng xếp hạng", "RANKING"))).isEqualTo(want);
  }

  /**
   * The workbook with one sheet renamed in {@code xl/workbook.xml}, where the writer stores letters outside ASCII as
   * character references ({@code &#x1ea3;}).
   */
  static byte[] renameSheet(byte[] xlsx, String from, String to) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<String> seen = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] content = readAll(in);
        if (e.getName().equals("xl/workbook.xml")) {
          String text = new String(content, StandardCharsets.UTF_8);
          String escaped = escape(from);
          assertThat(text).contains("name=\"" + escaped + "\"");
          content = text.replace("name=\"" + escaped + "\"", "name=\"" + to + "\"").getBytes(StandardCharsets.UTF_8);
        }
        seen.add(e.getName());
        zip.putNextEntry(new ZipEntry(e.getName()));
        zip.write(content);
        zip.closeEntry();
      }
    }
    assertThat(seen).contains("xl/workbook.xml");
    return out.toByteArray();
  }

  private static String escape(String name) {
    StringBuilder b = new StringBuilder();
    name.codePoints().forEach(c -> b.append(c < 128 ? Character.toString(c) : "&#x" + Integer.toHexString(c) + ";"));
    return b.toString();
  }

  private static byte[] readAll(InputStream in) throws IOException {
    return in.readAllBytes();
  }
}
