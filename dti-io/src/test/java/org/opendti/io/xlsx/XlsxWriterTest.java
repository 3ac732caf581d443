package org.opendti.io.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendti.Dataset;
import org.opendti.DtiException;
import org.opendti.Framework;
import org.opendti.Frameworks;
import org.opendti.Node;
import org.opendti.NodeKind;
import org.opendti.engine.Results;
import org.opendti.engine.ScoringEngine;
import org.opendti.io.csv.FrameworkTableReader;
import org.opendti.io.table.CellType;
import org.opendti.io.table.TableReader;
import org.opendti.io.table.XlsxWorkbook;

final class XlsxWriterTest {

  static Results results(int units) {
    Dataset.Builder b = Dataset.builder();
    for (int u = 0; u < units; u++) {
      for (Node leaf : Frameworks.pdti2022().leaves()) {
        b.put("P" + u, leaf.code(), ((u * 7 + leaf.code().length()) % 10) / 10.0);
      }
    }
    return ScoringEngine.official().score(Frameworks.pdti2022(), b.build());
  }

  /**
   * Every entry, read through the central directory (which checks sizes and checksums) and again through the local
   * headers and data descriptors, as a streaming reader does; each directory entry's offset must point at a local
   * header of the same name.
   */
  static Map<String, byte[]> entries(byte[] xlsx, Path tmp) throws IOException {
    Path file = Files.createTempFile(tmp, "wb", ".xlsx");
    Files.write(file, xlsx);
    Map<String, byte[]> central = new LinkedHashMap<>();
    try (ZipFile z = new ZipFile(file.toFile())) {
      for (ZipEntry e : java.util.Collections.list(z.entries())) {
        try (InputStream in = z.getInputStream(e)) {
          central.put(e.getName(), in.readAllBytes());
        }
      }
    }
    ByteBuffer b = ByteBuffer.wrap(xlsx).order(ByteOrder.LITTLE_ENDIAN);
    int end = xlsx.length - 22;
    assertThat(b.getInt(end)).isEqualTo(0x06054b50);
    int at = b.getInt(end + 16);
    List<String> names = new ArrayList<>();
    for (int k = 0; k < b.getShort(end + 10); k++) {
      assertThat(b.getInt(at)).isEqualTo(0x02014b50);
      int nameLength = b.getShort(at + 28);
      String name = new String(xlsx, at + 46, nameLength, StandardCharsets.UTF_8);
      int local = b.getInt(at + 42);
      assertThat(b.getInt(local)).as(name).isEqualTo(0x04034b50);
      assertThat(new String(xlsx, local + 30, b.getShort(local + 26), StandardCharsets.UTF_8)).isEqualTo(name);
      names.add(name);
      at += 46 + nameLength + b.getShort(at + 30) + b.getShort(at + 32);
    }
    assertThat(names).containsExactlyElementsOf(central.keySet());
    Map<String, byte[]> local = new LinkedHashMap<>();
    try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
      for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
        local.put(e.getName(), z.readAllBytes());
      }
    }
    assertThat(local.keySet()).containsExactlyElementsOf(central.keySet());
    central.forEach((name, bytes) -> assertThat(local.get(name)).as(name).isEqualTo(bytes));
    return central;
  }

  @Test
  void coreProperties_haveNoDates_andEveryEntryReadsBack(@TempDir Path tmp) throws IOException {
    Map<String, byte[]> e = entries(XlsxWriter.results(results(20)), tmp);
    assertThat(e).containsKeys("docProps/core.xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml",
        "xl/sharedStrings.xml", "xl/styles.xml");
    String core = new String(e.get("docProps/core.xml"), StandardCharsets.UTF_8);
    assertThat(core).contains("<dc:creator>DTI SDK</dc:creator>").doesNotContain("dcterms:created")
        .doesNotContain("dcterms:modified").endsWith("</cp:coreProperties>");
  }

  @Test
  void withoutDates_removesOnlyTheDateElements() {
    assertThat(UndatedZip.withoutDates("<a><dcterms:created xsi:type=\"dcterms:W3CDTF\">2024-01-01T00:00:00.000Z"
        + "</dcterms:created><b/><dcterms:modified>x</dcterms:modified></a>")).isEqualTo("<a><b/></a>");
  }

  @Test
  void streamPathAndBytes_giveTheSameWorkbook(@TempDir Path tmp) throws IOException {
    Results r = results(30);
    byte[] bytes = XlsxWriter.results(r);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    XlsxWriter.results(r, out);
    assertThat(out.toByteArray()).isEqualTo(bytes);
    XlsxWriter.write(r, tmp.resolve("r.xlsx"));
    assertThat(Files.readAllBytes(tmp.resolve("r.xlsx"))).isEqualTo(bytes);

    Framework f = Frameworks.pdti2025();
    out.reset();
    XlsxWriter.framework(f, out);
    assertThat(out.toByteArray()).isEqualTo(XlsxWriter.framework(f));
    XlsxWriter.write(f, tmp.resolve("f.xlsx"));
    assertThat(Files.readAllBytes(tmp.resolve("f.xlsx"))).isEqualTo(XlsxWriter.framework(f));

    Dataset d = Dataset.builder().put("38", "1", 0.5).put("48", "1", 0.25).build();
    out.reset();
    XlsxWriter.dataset(d, out);
    assertThat(out.toByteArray()).isEqualTo(XlsxWriter.dataset(d));
    XlsxWriter.write(d, tmp.resolve("d.xlsx"));
    assertThat(Files.readAllBytes(tmp.resolve("d.xlsx"))).isEqualTo(XlsxWriter.dataset(d));
  }

  @Test
  void manyRows_spanSeveralBatches_andReadBackInOrder(@TempDir Path tmp) throws IOException {
    Results r = results(3_000);
    Map<String, byte[]> e = entries(XlsxWriter.results(r), tmp);
    assertThat(e).containsKeys("xl/worksheets/sheet1.xml", "xl/worksheets/sheet4.xml");
    List<List<String>> ranking = sheet(XlsxWriter.results(r), "Bảng xếp hạng");
    assertThat(ranking).hasSize(3_001);
    assertThat(ranking.get(0)).startsWith("unit", "name").contains("dti", "dti_rank");
    int dti = ranking.get(0).indexOf("dti");
    assertThat(ranking.get(0).get(dti + 1)).isEqualTo("dti_rank");
    assertThat(ranking.get(1).get(dti + 1)).isEqualTo("NUMBER:1");
    for (int row = 1; row < ranking.size(); row++) {
      String unit = ranking.get(row).get(0).substring("TEXT:".length());
      assertThat(ranking.get(row).get(dti)).as(unit).startsWith("NUMBER:");
      assertThat(Double.parseDouble(ranking.get(row).get(dti).substring(7))).as(unit)
          .isEqualTo(r.roundedValue(unit, "dti"));
      assertThat(Double.parseDouble(ranking.get(row).get(dti + 1).substring(7))).as(unit)
          .isEqualTo(r.rank(unit, "dti"));
    }
  }

  /** A sheet as text, header first, every cell checked: numbers are numbers, text is text, never a formula. */
  static List<List<String>> sheet(byte[] xlsx, String name) throws IOException {
    List<List<String>> out = new ArrayList<>();
    try (XlsxWorkbook wb = XlsxWorkbook.open("t.xlsx", new ByteArrayInputStream(xlsx));
        TableReader t = wb.sheet(name)) {
      out.add(t.header());
      while (t.next()) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < t.width(); c++) {
          assertThat(t.type(c)).isIn(CellType.EMPTY, CellType.TEXT, CellType.NUMBER);
          cells.add(t.type(c) + ":" + t.text(c));
        }
        out.add(cells);
      }
    }
    return out;
  }

  @Test
  void resultsWiderThanASheet_areRefusedBeforeAnythingIsWritten() {
    List<Node> nodes = new ArrayList<>();
    nodes.add(Node.builder().code("root").nameVi("r").kind(NodeKind.INDEX).build());
    for (int k = 0; k < 8_200; k++) {
      nodes.add(Node.builder().code("c" + k).nameVi("c").kind(NodeKind.COMPONENT).maxPoints(1).addParent("root")
          .build());
    }
    Framework f = Framework.builder().id("w").version("1").nameVi("w").addAllNodes(nodes).build();
    Dataset.Builder b = Dataset.builder();
    for (Node leaf : f.leaves()) {
      b.put("A", leaf.code(), 0.5);
    }
    Results r = ScoringEngine.official().score(f, b.build());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThatExceptionOfType(DtiException.class).isThrownBy(() -> XlsxWriter.results(r, out))
        .withMessageContaining("8201 nodes").withMessageContaining("16,404 columns")
        .withMessageContaining("at most 1,048,576 rows and 16,384 columns");
    assertThat(out.size()).isZero();
  }

  @Test
  void frameworkSheet_textStaysText_numbersAreNumbers_andUnknownMaximaAreQuestionMarks() throws IOException {
    Framework f = Framework.builder().id("h").version("1").nameVi("h")
        .addNodes(Node.builder().code("dti").nameVi("Tổng").kind(NodeKind.INDEX).build())
        .addNodes(Node.builder().code("a").nameVi("=HYPERLINK(\"x\")").kind(NodeKind.COMPONENT).maxPoints(10)
            .weight(0.5).addParent("dti").build())
        .addNodes(Node.builder().code("b").nameVi("@b").kind(NodeKind.COMPONENT).addParent("dti").build())
        .status(org.opendti.FrameworkStatus.OFFICIAL)
        .build();
    byte[] xlsx = XlsxWriter.framework(f);
    List<List<String>> rows = sheet(xlsx, "khung");
    assertThat(rows).hasSize(4);
    assertThat(rows.get(0)).isEqualTo(FrameworkTableReader.HEADERS);
    List<String> a = rows.get(2);
    assertThat(a.get(1)).isEqualTo("TEXT:=HYPERLINK(\"x\")");
    assertThat(a.get(2)).isEqualTo("NUMBER:10");
    assertThat(a.get(11)).isEqualTo("NUMBER:0.5");
    List<String> b = rows.get(3);
    assertThat(b.get(1)).isEqualTo("TEXT:@b");
    assertThat(b.get(2)).isEqualTo("TEXT:?");
    String sheetXml = new String(entries(xlsx, Files.createTempDirectory("xlsx")).get("xl/worksheets/sheet1.xml"),
        StandardCharsets.UTF_8);
    assertThat(sheetXml).doesNotContain("<f>").contains("<pane xSplit=\"1\" ySplit=\"1\"");
    Framework back = XlsxReaders.framework("h.xlsx", "h", "h", xlsx, java.util.Optional.empty());
    assertThat(back.node("a").nameVi()).isEqualTo("=HYPERLINK(\"x\")");
    assertThat(back.node("a").weight()).hasValue(0.5);
    assertThat(back.unknownMaxima()).contains("b").doesNotContain("a");
  }
}
