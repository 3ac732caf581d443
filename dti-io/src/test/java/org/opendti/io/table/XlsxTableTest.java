package org.opendti.io.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;
import static org.opendti.io.table.TestWorkbooks.is;
import static org.opendti.io.table.TestWorkbooks.n;
import static org.opendti.io.table.TestWorkbooks.row;
import static org.opendti.io.table.TestWorkbooks.s;
import static org.opendti.io.table.TestWorkbooks.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendti.io.DataFormatException;
import org.opendti.io.NumberStyle;
import org.opendti.io.SourceLocation;

final class XlsxTableTest {
  @TempDir
  Path dir;

  static XlsxWorkbook open(byte[] workbook) throws IOException {
    return XlsxWorkbook.open("t.xlsx", new ByteArrayInputStream(workbook));
  }

  static TableReader first(byte[] workbook) throws IOException {
    return open(workbook).firstVisibleSheet();
  }

  /** Reads a whole sheet: each row as its cells' texts, prefixed with the row number. */
  static List<String> rows(TableReader t) throws IOException {
    List<String> out = new ArrayList<>();
    while (t.next()) {
      StringBuilder sb = new StringBuilder().append(t.row()).append(':');
      for (int c = 0; c < t.width(); c++) {
        sb.append(c == 0 ? "" : "|").append(t.text(c));
      }
      out.add(sb.toString());
    }
    return out;
  }

  static void assertLocated(SourceLocation at, String sheet, int row, String column) {
    assertThat(at.source()).isEqualTo("t.xlsx");
    assertThat(at.sheet()).contains(sheet);
    assertThat(at.row()).isEqualTo(row);
    assertThat(at.column()).contains(column);
  }

  static DataFormatException openFails(byte[] workbook) {
    return catchThrowableOfType(DataFormatException.class, () -> {
      try (XlsxWorkbook wb = open(workbook); TableReader t = wb.firstVisibleSheet()) {
        while (t.next()) {
          // Read to the end: the fault may be in any row.
        }
      }
    });
  }

  // ---- cell types ----

  @Test
  void everyCellType_comesFromTheWorkbooksOwnTypes() throws IOException {
    String header = row(1, is("A1", "number") + is("B1", "shared") + is("C1", "inline") + is("D1", "str")
        + is("E1", "true") + is("F1", "false") + is("G1", "error") + is("H1", "date") + is("I1", "formula")
        + is("J1", "cached") + is("K1", "empty") + is("L1", "typed n"));
    String cells = "<c r=\"A2\"><v>0.7314</v></c>" + s("B2", 0) + is("C2", "  Huế  ")
        + "<c r=\"D2\" t=\"str\"><f>CONCAT(\"a\",\"b\")</f><v>ab</v></c>"
        + "<c r=\"E2\" t=\"b\"><v>1</v></c><c r=\"F2\" t=\"b\"><v>0</v></c>"
        + "<c r=\"G2\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>"
        + "<c r=\"H2\" t=\"d\"><v>2023-12-31T00:00:00</v></c>"
        + "<c r=\"I2\"><f>SUM(A2:A9)</f></c>"
        + "<c r=\"J2\"><f>A2*2</f><v>1.4628</v></c>"
        + "<c r=\"K2\" s=\"3\"/>"
        + "<c r=\"L2\" t=\"n\"><v>-16231.86</v></c>";
    try (XlsxWorkbook wb = open(workbook().shared("Thanh Hóa").sheet("Data", header + row(2, cells)).bytes());
        TableReader t = wb.firstVisibleSheet()) {
      assertThat(t.header()).containsExactly("number", "shared", "inline", "str", "true", "false", "error", "date",
          "formula", "cached", "empty", "typed n");
      assertThat(t.next()).isTrue();
      assertThat(t.row()).isEqualTo(2);
      assertThat(t.width()).isEqualTo(12);
      List<CellType> types = new ArrayList<>();
      List<String> texts = new ArrayList<>();
      for (int c = 0; c < 12; c++) {
        types.add(t.type(c));
        texts.add(t.text(c));
      }
      assertThat(types).containsExactly(CellType.NUMBER, CellType.TEXT, CellType.TEXT, CellType.TEXT,
          CellType.BOOLEAN, CellType.BOOLEAN, CellType.ERROR, CellType.TEXT, CellType.FORMULA, CellType.NUMBER,
          CellType.EMPTY, CellType.NUMBER);
      assertThat(texts).containsExactly("0.7314", "Thanh Hóa", "Huế", "ab", "TRUE", "FALSE", "#DIV/0!",
          "2023-12-31T00:00:00", "=SUM(A2:A9)", "1.4628", "", "-16231.86");
      assertThat(t.number(0, NumberStyle.DEFAULT)).isEqualTo(0.7314);
      assertThat(t.number(9, NumberStyle.DEFAULT)).isEqualTo(1.4628);
      assertThat(t.number(11, NumberStyle.DEFAULT)).isEqualTo(-16231.86);
      assertThat(t.string(1)).isEqualTo("Thanh Hóa");
      assertThat(t.isEmpty(10)).isTrue();
      assertThat(t.type(12)).isEqualTo(CellType.EMPTY);
      assertThat(t.text(500)).isEmpty();
      assertThat(t.next()).isFalse();
    }
  }

  @Test
  void booleanErrorAndFormulaCells_areLocatedErrors_asNumbersAndAsText() throws IOException {
    String rows = row(1, is("A1", "unit") + is("B1", "flag") + is("C1", "ratio") + is("D1", "total"))
        + row(7, is("A7", "X") + "<c r=\"B7\" t=\"b\"><v>1</v></c><c r=\"C7\" t=\"e\"><v>#DIV/0!</v></c>"
        + "<c r=\"D7\"><f>SUM(B2:B9)</f></c>");
    try (XlsxWorkbook wb = open(workbook().sheet("Năm 2023", rows).bytes());
        TableReader t = wb.firstVisibleSheet()) {
      assertThat(t.next()).isTrue();
      for (int c = 1; c <= 3; c++) {
        int column = c;
        String name = t.header().get(c);
        assertThatExceptionOfType(DataFormatException.class).isThrownBy(() -> t.number(column, NumberStyle.DEFAULT))
            .satisfies(e -> assertLocated(e.location(), "Năm 2023", 7, name));
        assertThatExceptionOfType(DataFormatException.class).isThrownBy(() -> t.string(column))
            .satisfies(e -> assertLocated(e.location(), "Năm 2023", 7, name));
      }
      assertThatExceptionOfType(DataFormatException.class).isThrownBy(() -> t.number(3, NumberStyle.DEFAULT))
          .withMessageStartingWith("t.xlsx [Năm 2023] row 7, column 'total'")
          .withMessageContaining("formula without a saved value").withMessageContaining("=SUM(B2:B9)");
      assertThatExceptionOfType(DataFormatException.class).isThrownBy(() -> t.number(2, NumberStyle.DEFAULT))
          .withMessageContaining("#DIV/0!");
    }
  }

  @Test
  void textCells_readInTheChosenNumberStyle_numberCellsAsStored() throws IOException {
    String rows = row(1, is("A1", "vi") + is("B1", "n")) + row(2, is("A2", "0,82") + n("B2", "9056"));
    try (TableReader t = first(workbook().sheet("S", rows).bytes())) {
      assertThat(t.next()).isTrue();
      assertThat(t.number(0, NumberStyle.VIETNAMESE)).isEqualTo(0.82);
      assertThat(t.number(1, NumberStyle.VIETNAMESE)).isEqualTo(9056);
      assertThatExceptionOfType(DataFormatException.class).isThrownBy(() -> t.number(0, NumberStyle.DEFAULT))
          .satisfies(e -> assertLocated(e.location(), "S", 2, "vi"));
    }
  }

  @Test
  void formulaWithCachedValue_isTheValue_withoutValue_isFormula_evenWithEmptyV() throws IOException {
    String rows = row(1, is("A1", "a") + is("B1", "b") + is("C1", "c") + is("D1", "d"))
        + row(2, "<c r=\"A2\"><f>1+1</f><v>2</v></c><c r=\"B2\"><f>1+1</f><v></v></c>"
        + "<c r=\"C2\" t=\"str\"><f>\"\"</f><v></v></c><c r=\"D2\"><f t=\"shared\" si=\"0\"/></c>");
    try (TableReader t = first(workbook().sheet("S", rows).bytes())) {
      assertThat(t.next()).isTrue();
      assertThat(t.type(0)).isEqualTo(CellType.NUMBER);
      assertThat(t.number(0, NumberStyle.DEFAULT)).isEqualTo(2);
      assertThat(t.type(1)).isEqualTo(CellType.FORMULA);
      assertThat(t.text(1)).isEqualTo("=1+1");
      assertThat(t.type(2)).isEqualTo(CellType.EMPTY);
      assertThat(t.type(3)).isEqualTo(CellType.FORMULA);
      assertThat(t.text(3)).isEqualTo("=");
    }
  }

  @Test
  void fastexcelWorkbook_readsNumbersTextBooleansAndUncalculatedFormulas() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Workbook wb = new Workbook(out, "test", "1.0");
    Worksheet ws = wb.newWorksheet("data");
    ws.value(0, 0, "unit");
    ws.value(0, 1, "value");
    ws.value(0, 2, "ok");
    ws.value(0, 3, "sum");
    ws.value(1, 0, "01");
    ws.value(1, 1, 0.1 + 0.2);
    ws.value(1, 2, true);
    ws.formula(1, 3, "B2*2");
    ws.value(2, 0, "02");
    ws.value(2, 1, 1e-7);
    ws.value(2, 2, false);
    wb.finish();
    try (TableReader t = first(out.toByteArray())) {
      assertThat(t.header()).containsExactly("unit", "value", "ok", "sum");
      assertThat(t.next()).isTrue();
      assertThat(t.string(0)).isEqualTo("01");
      assertThat(t.number(1, NumberStyle.DEFAULT)).isEqualTo(0.1 + 0.2);
      assertThat(t.type(2)).isEqualTo(CellType.BOOLEAN);
      assertThat(t.text(2)).isEqualTo("TRUE");
      assertThat(t.type(3)).isEqualTo(CellType.FORMULA);
      assertThat(t.text(3)).isEqualTo("=B2*2");
      assertThat(t.next()).isTrue();
      assertThat(t.number(1, NumberStyle.DEFAULT)).isEqualTo(1e-7);
      assertThat(t.text(1)).isEqualTo("0.0000001");
      assertThat(t.text(2)).isEqualTo("FALSE");
      assertThat(t.next()).isFalse();
    }
  }

  @Test
  void booleanOtherThanOneOrZero_andNonNumericNumber_areLocatedErrors() {
    String header = row(1, is("A1", "a"));
    DataFormatException b = openFails(workbook().sheet("S", header + row(2, "<c r=\"A2\" t=\"b\"><v>yes</v></c>"))
        .bytes());
    assertLocated(b.location(), "S", 2, "a");
    assertThat(b.getMessage()).contains("A2").contains("boolean");
    DataFormatException n = openFails(workbook().sheet("S", header + row(2, n("A2", "NaN"))).bytes());
    assertLocated(n.location(), "S", 2, "a");
    assertThat(n.rawValue()).isEqualTo("NaN");
    DataFormatException hex = openFails(workbook().sheet("S", header + row(2, n("A2", "0x1p3"))).bytes());
    assertThat(hex.getMessage()).contains("A2");
    DataFormatException type = openFails(workbook().sheet("S", header + row(2, "<c r=\"A2\" t=\"q\"><v>1</v></c>"))
        .bytes());
    assertThat(type.getMessage()).contains("unknown type");
  }

  @Test
  void brokenSharedStringIndex_isALocatedErrorNamingTheCell_andReadingGoesOn() throws IOException {
    String rows = row(1, is("A1", "unit") + is("B1", "name")) + row(2, is("A2", "u1") + s("B2", 5))
        + row(3, is("A3", "u2") + "<c r=\"B3\" t=\"s\"><v>x</v></c>") + row(4, is("A4", "u3") + s("B4", 0));
    try (TableReader t = first(workbook().shared("Huế").sheet("S", rows).bytes())) {
      assertThatExceptionOfType(DataFormatException.class).isThrownBy(t::next)
          .satisfies(e -> assertLocated(e.location(), "S", 2, "name"))
          .withMessageContaining("B2").withMessageContaining("shared string 5");
      assertThatExceptionOfType(DataFormatException.class).isThrownBy(t::next)
          .satisfies(e -> assertLocated(e.location(), "S", 3, "name"))
          .withMessageContaining("B3").withMessageContaining("not an index");
      assertThat(t.next()).isTrue();
      assertThat(t.row()).isEqualTo(4);
      assertThat(t.string(1)).isEqualTo("Huế");
    }
  }

  @Test
  void sharedStrings_joinRichTextRuns_leaveOutPhoneticRuns_decodeEscapes() throws IOException {
    byte[] wb = workbook().sharedItems(
            "<r><rPr><b/></rPr><t>Thanh </t></r><r><t xml:space=\"preserve\">Hóa</t></r><rPh sb=\"0\" eb=\"1\">"
                + "<t>ignored</t></rPh><phoneticPr fontId=\"1\"/>",
            "<t xml:space=\"preserve\">  padded  </t>",
            "<t>line_x000D_break_x005F_x0041_</t>",
            "<t>   </t>")
        .sheet("S", row(1, is("A1", "a") + is("B1", "b") + is("C1", "c") + is("D1", "d"))
            + row(2, s("A2", 0) + s("B2", 1) + s("C2", 2) + s("D2", 3)))
        .bytes();
    try (TableReader t = first(wb)) {
      assertThat(t.next()).isTrue();
      assertThat(t.text(0)).isEqualTo("Thanh Hóa");
      assertThat(t.text(1)).isEqualTo("padded");
      assertThat(t.text(2)).isEqualTo("line\rbreak_x0041_");
      assertThat(t.type(3)).isEqualTo(CellType.EMPTY);
      assertThat(t.width()).isEqualTo(3);
    }
  }

  @Test
  void inlineStrings_plainAndRich() throws IOException {
    String rows = row(1, is("A1", "a") + is("B1", "b"))
        + row(2, is("A2", "Hà &amp; Nội") + "<c r=\"B2\" t=\"inlineStr\"><is><r><t>Đà </t></r><r><rPr><i/></rPr>"
        + "<t>Nẵng</t></r><rPh><t>x</t></rPh></is></c>");
    try (TableReader t = first(workbook().sheet("S", rows).bytes())) {
      assertThat(t.next()).isTrue();
      assertThat(t.text(0)).isEqualTo("Hà & Nội");
      assertThat(t.text(1)).isEqualTo("Đà Nẵng");
      assertThat(t.type(1)).isEqualTo(CellType.TEXT);
    }
  }

  // ---- sheets ----

  @Test
  void hiddenFirstSheet_isNotReadByDefault_butIsWhenNamed() throws IOException {
    byte[] wb = workbook().sheet("Hidden", "hidden", row(1, is("A1", "secret")) + row(2, is("A2", "x")))
        .sheet("Very", "veryHidden", row(1, is("A1", "very")))
        .sheet("Data", row(1, is("A1", "unit")) + row(2, is("A2", "01"))).bytes();
    try (XlsxWorkbook w = open(wb)) {
      assertThat(w.sheets()).containsExactly("Hidden", "Very", "Data");
      assertThat(w.visibleSheets()).containsExactly("Data");
      try (TableReader t = w.firstVisibleSheet()) {
        assertThat(t.source().sheet()).contains("Data");
        assertThat(t.header()).containsExactly("unit");
      }
      try (TableReader t = w.sheet("Hidden")) {
        assertThat(t.header()).containsExactly("secret");
        assertThat(rows(t)).containsExactly("2:x");
      }
      try (TableReader t = w.sheet("very")) {
        assertThat(t.source().sheet()).contains("Very");
        assertThat(t.header()).containsExactly("very");
      }
    }
  }

  @Test
  void onlyHiddenSheets_noVisibleWorksheet_isAnErrorListingTheSheets() {
    byte[] wb = workbook().sheet("A", "hidden", row(1, is("A1", "x"))).bytes();
    assertThatExceptionOfType(DataFormatException.class).isThrownBy(() -> open(wb).firstVisibleSheet())
        .withMessageContaining("no visible worksheet").withMessageContaining("[A (hidden)]");
  }

  @Test
  void unknownSheet_isAnErrorListingTheSheets() throws IOException {
    try (XlsxWorkbook w = open(workbook().sheet("data", row(1, is("A1", "x"))).sheet("h", "hidden", "").bytes())) {
      assertThatExceptionOfType(DataFormatException.class).isThrownBy(() -> w.sheet("nope"))
          .withMessageContaining("no such sheet").withMessageContaining("[data, h (hidden)]")
          .satisfies(e -> assertThat(e.location().source()).isEqualTo("t.xlsx"));
    }
  }

  @Test
  void sheetNames_areNfc_andFoundInEitherForm() throws IOException {
    String nfd = Normalizer.normalize("Năm 2023", Normalizer.Form.NFD);
    try (XlsxWorkbook w = open(workbook().sheet(nfd, row(1, is("A1", "x"))).bytes())) {
      assertThat(w.sheets()).containsExactly("Năm 2023");
      try (TableReader t = w.sheet(nfd)) {
        assertThat(t.source().sheet()).contains("Năm 2023");
      }
    }
  }

  @Test
  void missingSheetPart_isALocatedError() throws IOException {
    try (XlsxWorkbook w = open(workbook().sheet("Data", row(1, is("A1", "x")))
        .without("xl/worksheets/sheet1.xml").bytes())) {
      assertThatExceptionOfType(DataFormatException.class).isThrownBy(w::firstVisibleSheet)
          .withMessageContaining("no part").satisfies(e -> assertThat(e.location().sheet()).contains("Data"));
    }
  }

  @Test
  void missingRelationship_isALocatedError() throws IOException {
    byte[] wb = workbook().sheet("Data", row(1, is("A1", "x")))
        .part("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"" + TestWorkbooks.PKG_REL + "\"/>").bytes();
    try (XlsxWorkbook w = open(wb)) {
      assertThatExceptionOfType(DataFormatException.class).isThrownBy(() -> w.sheet("Data"))
          .withMessageContaining("no part").withMessageContaining("rId1");
    }
  }

  @Test
  void absoluteTargets_prefixedElements_andNoPackageRelationships_areRead() throws IOException {
    String main = TestWorkbooks.MAIN;
    byte[] wb = workbook()
        .sheetXml("P", "<x:worksheet xmlns:x=\"" + main + "\"><x:sheetData><x:row r=\"1\">"
            + "<x:c r=\"A1\" t=\"inlineStr\"><x:is><x:t>h</x:t></x:is></x:c></x:row>"
            + "<x:row><x:c><x:v>5</x:v></x:c><x:c><x:v>6</x:v></x:c></x:row>"
            + "</x:sheetData></x:worksheet>")
        .part("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"" + TestWorkbooks.PKG_REL + "\"><Relationship"
            + " Id=\"rId1\" Type=\"" + TestWorkbooks.REL + "/worksheet\" Target=\"/xl/worksheets/sheet1.xml\"/>"
            + "</Relationships>")
        .without("_rels/.rels").bytes();
    try (TableReader t = first(wb)) {
      assertThat(t.header()).containsExactly("h");
      assertThat(rows(t)).containsExactly("2:5|6");
    }
  }

  @Test
  void chartSheet_isPassedOverByDefault_andHasNoRows() throws IOException {
    byte[] wb = workbook().sheet("Data", row(1, is("A1", "x")))
        .part("xl/workbook.xml", "<workbook xmlns=\"" + TestWorkbooks.MAIN + "\" xmlns:r=\"" + TestWorkbooks.REL
            + "\"><sheets><sheet name=\"Chart\" sheetId=\"2\" r:id=\"rId2\"/><sheet name=\"Data\" sheetId=\"1\""
            + " r:id=\"rId1\"/></sheets></workbook>")
        .part("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"" + TestWorkbooks.PKG_REL + "\"><Relationship"
            + " Id=\"rId1\" Type=\"" + TestWorkbooks.REL + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
            + "<Relationship Id=\"rId2\" Type=\"" + TestWorkbooks.REL + "/chartsheet\""
            + " Target=\"chartsheets/sheet1.xml\"/></Relationships>")
        .part("xl/chartsheets/sheet1.xml", "<chartsheet xmlns=\"" + TestWorkbooks.MAIN + "\"/>").bytes();
    try (XlsxWorkbook w = open(wb)) {
      assertThat(w.visibleSheets()).containsExactly("Chart", "Data");
      try (TableReader t = w.firstVisibleSheet()) {
        assertThat(t.source().sheet()).contains("Data");
      }
      try (TableReader t = w.sheet("Chart")) {
        assertThat(t.header()).isEmpty();
        assertThat(t.next()).isFalse();
      }
    }
  }

  // ---- rows and columns ----

  @Test
  void blankRowsArePassedOver_rowNumbersCount_headerIsTheFirstRowWithContent() throws IOException {
    String rows = row(2, "<c r=\"A2\" s=\"1\"/>") + row(3, is("A3", "  Unit ") + is("C3", "value"))
        + row(5, "<c r=\"B5\" s=\"2\"/>" + is("C5", "   ")) + row(9, is("A9", "01") + n("C9", "12"));
    try (TableReader t = first(workbook().sheet("S", rows).bytes())) {
      assertThat(t.header()).containsExactly("Unit", "", "value");
      assertThat(t.row()).isEqualTo(3);
      assertThat(t.column("unit")).isZero();
      assertThat(t.column("VALUE")).isEqualTo(2);
      assertThat(rows(t)).containsExactly("9:01||12");
    }
  }

  @Test
  void rowsAndCellsWithoutReferences_areCountedOn() throws IOException {
    String rows = "<row><c t=\"inlineStr\"><is><t>a</t></is></c><c t=\"inlineStr\"><is><t>b</t></is></c></row>"
        + "<row><c><v>1</v></c><c><v>2</v></c></row><row r=\"5\"><c><v>3</v></c><c r=\"D5\"><v>4</v></c>"
        + "<c><v>5</v></c></row><row><c r=\"B8\"><v>6</v></c></row>";
    try (TableReader t = first(workbook().sheet("S", rows).bytes())) {
      assertThat(t.header()).containsExactly("a", "b");
      assertThat(rows(t)).containsExactly("2:1|2", "5:3|||4|5", "8:|6");
    }
  }

  @Test
  void rowBeyondExcelsLastRow_isALocatedError() {
    byte[] wb = workbook().sheet("S", row(1, is("A1", "a")) + row(300_000_000, n("A300000000", "1"))).bytes();
    assertThat(wb.length).isLessThan(2048);
    DataFormatException e = openFails(wb);
    assertThat(e.location().sheet()).contains("S");
    assertThat(e.location().row()).isEqualTo(300_000_000);
    assertThat(e.getMessage()).contains("last row");
  }

  @Test
  void lastRowAndLastColumn_areRead_inBoundedMemory() throws IOException {
    byte[] wb = workbook().sheet("S", row(1, is("A1", "a") + is("XFD1", "last"))
        + row(1_048_576, n("XFD1048576", "7"))).bytes();
    assertThat(wb.length).isLessThan(2048);
    long before = allocated();
    try (TableReader t = first(wb)) {
      assertThat(t.header()).hasSize(16_384);
      assertThat(t.header().get(16_383)).isEqualTo("last");
      assertThat(t.next()).isTrue();
      assertThat(t.row()).isEqualTo(1_048_576);
      assertThat(t.width()).isEqualTo(16_384);
      assertThat(t.number(16_383, NumberStyle.DEFAULT)).isEqualTo(7);
      assertThat(t.at(16_383).column()).contains("last");
      assertThat(t.next()).isFalse();
    }
    assertThat(allocated() - before).isLessThan(32L << 20);
  }

  @Test
  void dimensionBomb_costsNothing() throws IOException {
    String xml = "<worksheet xmlns=\"" + TestWorkbooks.MAIN + "\"><dimension ref=\"A1:XFD1048576\"/><sheetData>"
        + row(1, is("A1", "a")) + row(2, n("A2", "1")) + "</sheetData></worksheet>";
    long before = allocated();
    try (TableReader t = first(workbook().sheetXml("S", xml).bytes())) {
      assertThat(rows(t)).containsExactly("2:1");
    }
    assertThat(allocated() - before).isLessThan(16L << 20);
  }

  @Test
  void manyRowsWithACellInTheLastColumn_costOnlyTheirCells() throws IOException {
    StringBuilder rows = new StringBuilder(row(1, is("A1", "a")));
    for (int r = 2; r <= 20_000; r++) {
      rows.append(row(r, n("XFC" + r, "1") + "<c r=\"XFD" + r + "\" s=\"1\"/>"));
    }
    long before = allocated();
    int count = 0;
    double sum = 0;
    try (TableReader t = first(workbook().sheet("S", rows.toString()).bytes())) {
      while (t.next()) {
        count++;
        assertThat(t.width()).isEqualTo(16_383);
        sum += t.number(16_382, NumberStyle.DEFAULT);
      }
    }
    assertThat(count).isEqualTo(19_999);
    assertThat(sum).isEqualTo(19_999);
    assertThat(allocated() - before).isLessThan(256L << 20);
  }

  @Test
  void columnBeyondXfd_isALocatedError() {
    DataFormatException e = openFails(workbook().sheet("S", row(1, is("A1", "a")) + row(2, n("XFE2", "1")))
        .bytes());
    assertThat(e.location().sheet()).contains("S");
    assertThat(e.location().row()).isEqualTo(2);
    assertThat(e.rawValue()).isEqualTo("XFE2");
    assertThat(e.getMessage()).contains("last column");
    DataFormatException far = openFails(workbook().sheet("S", row(1, is("ZZZZZZZZZZ1", "a"))).bytes());
    assertThat(far.getMessage()).contains("last column");
  }

  @Test
  void rowsOutOfOrder_duplicatedRows_andDuplicatedOrMisplacedCells_areLocatedErrors() {
    String header = row(1, is("A1", "a") + is("B1", "b"));
    DataFormatException order = openFails(workbook().sheet("S", header + row(5, n("A5", "1")) + row(3, n("A3", "1")))
        .bytes());
    assertThat(order.location().row()).isEqualTo(3);
    assertThat(order.getMessage()).contains("out of order");
    DataFormatException twice = openFails(workbook().sheet("S", header + row(2, n("A2", "1")) + row(2, n("A2", "1")))
        .bytes());
    assertThat(twice.getMessage()).contains("twice");
    DataFormatException cell = openFails(workbook().sheet("S", header + row(2, n("B2", "1") + n("B2", "2")))
        .bytes());
    assertThat(cell.getMessage()).contains("twice");
    assertThat(cell.rawValue()).isEqualTo("B2");
    DataFormatException back = openFails(workbook().sheet("S", header + row(2, n("B2", "1") + n("A2", "2")))
        .bytes());
    assertThat(back.getMessage()).contains("out of order");
    DataFormatException other = openFails(workbook().sheet("S", header + row(2, n("A3", "1"))).bytes());
    assertThat(other.getMessage()).contains("not in its row 2");
  }

  @Test
  void textLongerThanExcelAllows_isRefused() {
    String big = "x".repeat(40_000);
    DataFormatException e = openFails(workbook().sheet("S", row(1, is("A1", "a")) + row(2, is("A2", big))).bytes());
    assertThat(e.getMessage()).contains("32767");
    assertThat(e.location().row()).isEqualTo(2);
  }

  // ---- the container ----

  @Test
  void notAZip_oldXls_andZipWithoutWorkbook_areRefusedWithHints() {
    assertThatExceptionOfType(DataFormatException.class)
        .isThrownBy(() -> open("unit,value\nA,1\n".getBytes(StandardCharsets.UTF_8)))
        .withMessageContaining("not an XLSX workbook");
    assertThatExceptionOfType(DataFormatException.class)
        .isThrownBy(() -> open(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0}))
        .withMessageContaining(".xls");
    assertThatExceptionOfType(DataFormatException.class).isThrownBy(() -> open(new byte[0]))
        .withMessageContaining("not an XLSX workbook");
    Map<String, byte[]> parts = new LinkedHashMap<>();
    parts.put("hello.txt", "hi".getBytes(StandardCharsets.UTF_8));
    assertThatExceptionOfType(DataFormatException.class).isThrownBy(() -> open(TestWorkbooks.zip(parts)))
        .withMessageContaining("no xl/workbook.xml");
  }

  @Test
  void zipBomb_isRefusedBeforeParsing() {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    parts.put("xl/workbook.xml", "<workbook/>".getBytes(StandardCharsets.UTF_8));
    parts.put("xl/worksheets/sheet1.xml", new byte[8 << 20]);
    byte[] bomb = TestWorkbooks.zip(parts);
    assertThat(bomb.length).isLessThan(100_000);
    assertThatExceptionOfType(DataFormatException.class).isThrownBy(() -> open(bomb))
        .withMessageContaining("zip bomb");
  }

  @Test
  void tooManyParts_andAHugeDirectory_areRefusedBeforeTheDirectoryIsLoaded() {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    for (int i = 0; i <= XlsxLimits.MAX_PARTS; i++) {
      parts.put("p" + i, new byte[0]);
    }
    assertThatExceptionOfType(DataFormatException.class).isThrownBy(() -> open(TestWorkbooks.zip(parts)))
        .withMessageContaining("more than 10000 parts");
    // A file that claims a 100 MB directory: refused from its end record alone.
    byte[] forged = new byte[4 + 22];
    forged[0] = 'P';
    forged[1] = 'K';
    forged[2] = 3;
    forged[3] = 4;
    java.nio.ByteBuffer end = java.nio.ByteBuffer.wrap(forged, 4, 22).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) 1).putShort((short) 1)
        .putInt(100 << 20).putInt(4).putShort((short) 0);
    assertThatExceptionOfType(DataFormatException.class).isThrownBy(() -> open(forged))
        .withMessageContaining("directory is larger");
  }

  @Test
  void dtdAndEntities_areRefused_inAnyPartRead() {
    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><workbook>&x;"
        + "</workbook>";
    assertThatExceptionOfType(DataFormatException.class)
        .isThrownBy(() -> open(workbook().sheet("S", "").part("xl/workbook.xml", xxe).bytes()))
        .withMessageContaining("DTD or entity");
    String laughs = "<!DOCTYPE s [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
        + "<sst xmlns=\"" + TestWorkbooks.MAIN + "\"><si><t>&b;</t></si></sst>";
    DataFormatException e = openFails(workbook().sheet("S", row(1, s("A1", 0))).part("xl/sharedStrings.xml",
        laughs).bytes());
    assertThat(e.getMessage()).contains("DTD or entity");
  }

  @Test
  void hugeTextRun_orDeepNesting_areRefused() {
    String huge = "<worksheet xmlns=\"" + TestWorkbooks.MAIN + "\"><sheetData>" + row(1, is("A1", "a"))
        + "<row r=\"2\"><c r=\"A2\" t=\"str\"><v>" + noise("xyz", 2 << 20) + "</v></c></row></sheetData>"
        + "</worksheet>";
    assertThat(openFails(workbook().sheetXml("S", huge).bytes()).getMessage()).contains("longer than 1 MB");
    String cdata = "<worksheet xmlns=\"" + TestWorkbooks.MAIN + "\"><sheetData>" + row(1, is("A1", "a"))
        + "<row r=\"2\"><c r=\"A2\" t=\"str\"><v><![CDATA[" + noise("ab<>", 2 << 20) + "]]></v></c></row>"
        + "</sheetData></worksheet>";
    assertThat(openFails(workbook().sheetXml("S", cdata).bytes()).getMessage()).contains("longer than 1 MB");
    String deep = "<worksheet xmlns=\"" + TestWorkbooks.MAIN + "\"><sheetData>" + row(1, is("A1", "a"))
        + "<row r=\"2\"><c r=\"A2\"><v>1</v><extLst>" + "<x>".repeat(100) + "</x>".repeat(100) + "</extLst></c>"
        + "</row></sheetData></worksheet>";
    assertThat(openFails(workbook().sheetXml("S", deep).bytes()).getMessage()).contains("nested more than 64");
  }

  @Test
  void partLargerThanItsDirectoryEntrySays_isRefused() throws IOException {
    byte[] wb = workbook().sheet("S", row(1, is("A1", "a")) + row(2, n("A2", "1".repeat(2000)))).bytes();
    // Shrink the uncompressed size the central directory gives for the sheet.
    byte[] name = "xl/worksheets/sheet1.xml".getBytes(StandardCharsets.UTF_8);
    java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(wb).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    boolean patched = false;
    for (int i = 0; i + 46 < wb.length; i++) {
      if (b.getInt(i) == 0x02014b50 && b.getShort(i + 28) == name.length
          && java.util.Arrays.equals(wb, i + 46, i + 46 + name.length, name, 0, name.length)) {
        b.putInt(i + 24, 100);
        patched = true;
      }
    }
    assertThat(patched).isTrue();
    assertThat(openFails(wb).getMessage()).contains("larger than the workbook's directory says");
  }

  @Test
  void malformedXml_isALocatedError() {
    DataFormatException e = openFails(workbook().sheet("S", row(1, is("A1", "a")) + "<row r=\"2\"><c r=\"A2\">")
        .bytes());
    assertThat(e.getMessage()).contains("malformed XML").contains("sheet1.xml");
    assertThat(e.location().sheet()).contains("S");
  }

  // ---- sources ----

  @Test
  void namedPipe_isReadOnce() throws Exception {
    Path fifo = dir.resolve("data.xlsx");
    Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
    org.junit.jupiter.api.Assumptions.assumeTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0,
        "mkfifo is available");
    byte[] wb = workbook().sheet("S", row(1, is("A1", "unit") + is("B1", "v")) + row(2, is("A2", "a") + n("B2", "2")))
        .bytes();
    CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
      try (OutputStream out = Files.newOutputStream(fifo)) {
        out.write(wb);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    try (XlsxWorkbook w = XlsxWorkbook.open(fifo); TableReader t = w.firstVisibleSheet()) {
      assertThat(t.source().source()).isEqualTo("data.xlsx");
      assertThat(rows(t)).containsExactly("2:a|2");
    }
    writer.get(30, TimeUnit.SECONDS);
  }

  @Test
  void regularFile_isReadInPlace() throws IOException {
    Path file = dir.resolve("w.xlsx");
    Files.write(file, workbook().sheet("S", row(1, is("A1", "h")) + row(2, n("A2", "3"))).bytes());
    try (XlsxWorkbook w = XlsxWorkbook.open(file); TableReader t = w.firstVisibleSheet()) {
      assertThat(t.source()).hasToString("w.xlsx [S]");
      assertThat(rows(t)).containsExactly("2:3");
    }
  }

  @Test
  void twoSheets_canBeReadAtOnce() throws IOException {
    byte[] wb = workbook().shared("x", "y")
        .sheet("A", row(1, is("A1", "a")) + row(2, s("A2", 0)) + row(3, n("A3", "1")))
        .sheet("B", row(1, is("A1", "b")) + row(2, s("A2", 1)) + row(3, n("A3", "2"))).bytes();
    try (XlsxWorkbook w = open(wb); TableReader a = w.sheet("A"); TableReader b = w.sheet("B")) {
      List<String> seen = new ArrayList<>();
      while (a.next() && b.next()) {
        seen.add(a.text(0) + b.text(0));
      }
      assertThat(seen).containsExactly("xy", "12");
    }
  }

  @Test
  void closingTheWorkbook_closesItsSheets() throws IOException {
    XlsxWorkbook w = open(workbook().sheet("S", row(1, is("A1", "h")) + row(2, n("A2", "3"))).bytes());
    TableReader t = w.firstVisibleSheet();
    w.close();
    assertThatExceptionOfType(IllegalStateException.class).isThrownBy(t::next);
  }

  @Test
  void hundredThousandRowsOfTwelveColumns_areAllRead() throws IOException {
    Path file = dir.resolve("big.xlsx");
    StringBuilder header = new StringBuilder("<row r=\"1\">").append(is("A1", "unit"));
    for (int c = 1; c < 12; c++) {
      header.append(is((char) ('A' + c) + "1", "i" + c));
    }
    String head = header.append("</row>").toString();
    byte[] wb = workbook().sheet("data", "@ROWS@").bytes();
    // The same workbook with its sheet written row by row, straight into the file.
    try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(wb));
        java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
      out.setLevel(1);
      for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
        String part = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        int at = part.indexOf("@ROWS@");
        if (at < 0) {
          out.write(part.getBytes(StandardCharsets.UTF_8));
          continue;
        }
        out.write((part.substring(0, at) + head).getBytes(StandardCharsets.UTF_8));
        StringBuilder sb = new StringBuilder();
        for (int r = 2; r <= 100_001; r++) {
          sb.setLength(0);
          sb.append("<row r=\"").append(r).append("\">").append(is("A" + r, "U" + r));
          for (int c = 1; c < 12; c++) {
            sb.append(n((char) ('A' + c) + Integer.toString(r), Double.toString(r * 0.25 + c / 7.0)));
          }
          out.write(sb.append("</row>").toString().getBytes(StandardCharsets.UTF_8));
        }
        out.write(part.substring(at + 6).getBytes(StandardCharsets.UTF_8));
      }
    }
    int count = 0;
    double sum = 0;
    double expected = 0;
    try (XlsxWorkbook w = XlsxWorkbook.open(file); TableReader t = w.firstVisibleSheet()) {
      int i3 = t.column("i3");
      while (t.next()) {
        count++;
        sum += t.number(i3, NumberStyle.DEFAULT);
        expected += t.row() * 0.25 + 3 / 7.0;
        assertThat(t.width()).isEqualTo(12);
      }
      assertThat(t.row()).isEqualTo(100_001);
    }
    assertThat(count).isEqualTo(100_000);
    assertThat(sum).isEqualTo(expected);
  }

  /** Text that does not compress well, so that only the run-length guard can refuse it. */
  private static String noise(String alphabet, int length) {
    java.util.Random r = new java.util.Random(7);
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  private static long allocated() {
    return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
  }
}
