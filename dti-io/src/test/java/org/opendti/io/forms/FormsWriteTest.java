package org.opendti.io.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendti.DtiException;
import org.opendti.Framework;
import org.opendti.Node;
import org.opendti.NodeKind;
import org.opendti.Unit;
import org.opendti.io.table.TableReader;
import org.opendti.io.table.XlsxWorkbook;

final class FormsWriteTest {
  @TempDir
  Path dir;

  private final Framework f = FormsFixtures.framework();
  private final Unit unit = FormsFixtures.units().get(1);

  private FormFiller form() {
    return FormFiller.of(Forms.write(f, unit, FormsFixtures.PERIOD), f, unit);
  }

  /** The data validation of a cell, its whole XML element. */
  private static String validation(String sheet, String ref) {
    Matcher m = Pattern.compile("<dataValidation sqref=\"" + ref + ":" + ref + "\"[^>]*>.*?</dataValidation>")
        .matcher(sheet);
    assertThat(m.find()).as("validation of " + ref).isTrue();
    return m.group();
  }

  @Test
  void categoricalRule_getsADropdownOfItsLabels() {
    FormFiller form = form();
    String sheet = form.xml(FormFiller.FORM_PART);
    String v = validation(sheet, FormFiller.ref(FormLayout.CATEGORY, form.row("A1")));
    assertThat(v).contains("type=\"list\"").contains("<formula1>'danh_muc'!$A$1:$A$3</formula1>");
    String lists = form.xml("xl/worksheets/sheet3.xml");
    String shared = form.xml("xl/sharedStrings.xml");
    assertThat(lists).contains("r=\"A1\"").contains("r=\"A3\"").doesNotContain("r=\"A4\"");
    assertThat(shared).contains("Ch&#x1ee7; t&#x1ecb;ch").contains("Ph&#xf3; Ch&#x1ee7; t&#x1ecb;ch")
        .contains("Ch&#x1b0;a th&#xe0;nh l&#x1ead;p");
  }

  @Test
  void boundedRules_getNumericValidation() {
    FormFiller form = form();
    String sheet = form.xml(FormFiller.FORM_PART);
    String a2 = "H" + form.row("A2");
    assertThat(validation(sheet, a2)).contains("type=\"custom\"")
        .contains("<formula1>AND(ISNUMBER(" + a2 + ")," + a2 + "&gt;=0," + a2 + "&lt;=1)</formula1>");
    String den = "J" + form.row("A2");
    assertThat(validation(sheet, den)).contains("<formula1>AND(ISNUMBER(" + den + ")," + den + "&gt;0)</formula1>");
    String a3 = "H" + form.row("A3");
    assertThat(validation(sheet, a3)).contains("<formula1>OR(" + a3 + "=0," + a3 + "=1)</formula1>");
    String b1 = "H" + form.row("B1");
    assertThat(validation(sheet, b1)).contains(b1 + "&lt;=50)");
    String b3 = "H" + form.row("B3");
    assertThat(validation(sheet, b3)).contains(b3 + "&gt;=0)").doesNotContain("&lt;=");
  }

  @Test
  void structureIsLocked_inputCellsOpen_sheetProtected_identificationHidden() {
    FormFiller form = form();
    String sheet = form.xml(FormFiller.FORM_PART);
    assertThat(sheet).containsPattern("<sheetProtection password=\"cc18\" sheet=\"true\"");
    String styles = form.xml("xl/styles.xml");
    int row = form.row("A2");
    assertThat(locked(styles, styleOf(sheet, "H" + row))).isFalse();
    assertThat(locked(styles, styleOf(sheet, "L" + row))).isFalse();
    assertThat(locked(styles, styleOf(sheet, "K" + row))).isTrue();
    assertThat(locked(styles, styleOf(sheet, "B" + row))).isTrue();
    assertThat(locked(styles, styleOf(sheet, "H" + form.row("A")))).isTrue();
    String workbook = form.xml("xl/workbook.xml");
    assertThat(workbook).contains("<sheet name=\"dti\" r:id=\"rId4\" sheetId=\"2\" state=\"veryHidden\"/>")
        .contains("name=\"danh_muc\" r:id=\"rId5\" sheetId=\"3\" state=\"veryHidden\"");
  }

  private static int styleOf(String sheet, String ref) {
    Matcher m = Pattern.compile("<c r=\"" + ref + "\" s=\"(\\d+)\"").matcher(sheet);
    assertThat(m.find()).as("style of " + ref).isTrue();
    return Integer.parseInt(m.group(1));
  }

  /** Whether the cell format at an index of cellXfs is locked (the default unless a protection element says not). */
  private static boolean locked(String styles, int index) {
    String xfs = styles.substring(styles.indexOf("<cellXfs"), styles.indexOf("</cellXfs>"));
    Matcher m = Pattern.compile("<xf [^>]*?(/>|>.*?</xf>)").matcher(xfs);
    for (int i = 0; i <= index; i++) {
      assertThat(m.find()).isTrue();
    }
    return !m.group().contains("locked=\"false\"");
  }

  @Test
  void identification_namesFrameworkVersionFingerprintUnitAndPeriod() throws IOException {
    Path file = dir.resolve("x.xlsx");
    Files.write(file, Forms.write(f, unit, FormsFixtures.PERIOD));
    try (XlsxWorkbook wb = XlsxWorkbook.open(file); TableReader t = wb.sheet(FormLayout.ID_SHEET)) {
      StringBuilder sb = new StringBuilder();
      while (t.next()) {
        sb.append(t.text(0)).append('=').append(t.text(1)).append('\n');
      }
      assertThat(sb.toString()).contains("format=dti-form\n", "format_version=1\n", "framework_id=test-forms\n",
          "framework_version=2025\n", "fingerprint=" + FormLayout.fingerprint(f) + "\n", "unit=SO-02\n",
          "period=2025\n", "rows=8\n", "seal=");
    }
    assertThat(FormLayout.fingerprint(f)).hasSize(64)
        .isNotEqualTo(FormLayout.fingerprint(f.withMaxPoints(java.util.Map.of("A1", 20.0, "A2", 50.0))));
  }

  @Test
  void sameInputs_giveTheSameBytes() throws IOException {
    byte[] a = Forms.write(f, unit, FormsFixtures.PERIOD);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Forms.write(f, unit, FormsFixtures.PERIOD, out);
    assertThat(out.toByteArray()).isEqualTo(a);
    assertThat(Forms.write(f, FormsFixtures.units().get(0), FormsFixtures.PERIOD)).isNotEqualTo(a);
    List<Path> files = Forms.writeAll(f, FormsFixtures.units(), FormsFixtures.PERIOD, dir.resolve("forms"));
    assertThat(Files.readAllBytes(files.get(1))).isEqualTo(a);
  }

  @Test
  void writeAll_refusesToOverwriteAnExistingForm() throws IOException {
    Files.writeString(dir.resolve("SO-02.xlsx"), "filled already");
    assertThatExceptionOfType(FileAlreadyExistsException.class)
        .isThrownBy(() -> Forms.writeAll(f, FormsFixtures.units(), FormsFixtures.PERIOD, dir))
        .withMessageContaining("SO-02.xlsx").withMessageContaining("never overwritten");
    assertThat(Files.readString(dir.resolve("SO-02.xlsx"))).isEqualTo("filled already");
    assertThat(dir.resolve("SO-01.xlsx")).doesNotExist();
  }

  @Test
  void writeAll_refusesNamesThatCollideIgnoringCase() {
    List<Unit> units = List.of(Unit.of("so-01", "Một"), Unit.of("SO-01", "Hai"), Unit.of("SO 02", "Ba"),
        Unit.of("SO:02", "Bốn"));
    assertThatExceptionOfType(DtiException.class)
        .isThrownBy(() -> Forms.writeAll(f, units, FormsFixtures.PERIOD, dir))
        .withMessageContaining("units 'so-01' and 'SO-01' would both have the form file 'SO-01.xlsx'")
        .withMessageContaining("units 'SO 02' and 'SO:02' would both have the form file 'SO_02.xlsx'");
    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void writeAll_refusesHostileCodes() {
    for (String code : List.of("../escape", "a/b", "a\\b", "..", ".hidden", "CON", "nul.txt", "x".repeat(81))) {
      assertThatExceptionOfType(DtiException.class)
          .isThrownBy(() -> Forms.writeAll(f, List.of(Unit.of(code, "Đơn vị")), FormsFixtures.PERIOD, dir))
          .withMessageContaining("unit '" + code + "'").withMessageContaining("cannot name a form file");
    }
    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void unitScoredOnNothing_orBlankPeriod_isRefused() {
    Framework onlyDistricts = Framework.builder().id("d").version("1").nameVi("Chỉ huyện").addNodes(
        Node.builder().code("dti").nameVi("Chỉ số").kind(NodeKind.INDEX).build(),
        Node.builder().code("C").nameVi("Huyện").kind(NodeKind.MAIN_INDICATOR).maxPoints(10).addParent("dti")
            .addAppliesTo("huyện").build(),
        Node.builder().code("C1").nameVi("Họp").kind(NodeKind.COMPONENT).maxPoints(10).addParent("C").build())
        .build();
    assertThatExceptionOfType(DtiException.class)
        .isThrownBy(() -> Forms.write(onlyDistricts, unit, FormsFixtures.PERIOD))
        .withMessageContaining("unit 'SO-02' (Sở Công Thương) is scored on no component of framework 'd'");
    assertThat(Forms.write(onlyDistricts, FormsFixtures.units().get(2), FormsFixtures.PERIOD)).isNotEmpty();
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Forms.write(f, unit, " ")).withMessageContaining("period");
  }

  @Test
  void formText_isVietnameseWithTheTitleBlock() throws IOException {
    Path file = dir.resolve("x.xlsx");
    Files.write(file, Forms.write(f, unit, FormsFixtures.PERIOD));
    StringBuilder text = new StringBuilder();
    try (XlsxWorkbook wb = XlsxWorkbook.open(file); TableReader t = wb.sheet(FormLayout.FORM_SHEET)) {
      assertThat(wb.visibleSheets()).containsExactly("Phiếu");
      do {
        for (int c = 0; c < t.width(); c++) {
          text.append(t.text(c)).append('|');
        }
        text.append('\n');
      } while (t.next());
    }
    assertThat(text.toString()).contains("HƯỚNG DẪN", "Tài liệu kiểm chứng", "Mã đơn vị||SO-02|",
        "Tên đơn vị||Sở Công Thương|", "Kỳ đánh giá||2025|", "Bộ chỉ số thử", "Bộ chỉ số||test-forms|",
        "Phiên bản||2025|", "|Giá trị|Tử số|Mẫu số|Phân loại|", "Ghi chú",
        "1.1|A1|Trưởng ban chỉ đạo|30|Cách tính của A1|Văn bản A1|Báo cáo của đơn vị|",
        "2.3|B3|Kinh tế số|20|Nhập một số không nhỏ hơn 0|");
  }
}
