package org.opendti.io.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.opendti.Dataset;
import org.opendti.ProblemsException;
import org.opendti.io.DataFormatException;
import org.opendti.io.NumberStyle;
import org.opendti.io.csv.CsvOptions;

final class XlsxSafetyTest {

  static byte[] zip(String name, byte[] content, String... more) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      z.putNextEntry(new ZipEntry(name));
      z.write(content);
      z.closeEntry();
      for (String m : more) {
        z.putNextEntry(new ZipEntry(m));
        z.write("<x/>".getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }

  static DataFormatException read(byte[] content) {
    Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> XlsxDatasetReader.of(CsvOptions.defaults())
        .read("bad.xlsx", content, Optional.empty()));
    assertThat(t).isInstanceOf(DataFormatException.class);
    return (DataFormatException) t;
  }

  @Test
  void textFileNamedXlsx_isRefused() {
    assertThat(read("unit,indicator,value\nA,1,0.5\n".getBytes(StandardCharsets.UTF_8)).getMessage())
        .contains("not an XLSX workbook");
  }

  @Test
  void zipBomb_isRefusedQuickly() throws IOException {
    byte[] zeros = new byte[8 << 20];
    byte[] bomb = zip("xl/worksheets/sheet1.xml", zeros, "xl/workbook.xml");
    assertThat(bomb.length).isLessThan(100_000);
    long start = System.nanoTime();
    assertThat(read(bomb).getMessage()).contains("zip bomb");
    assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
  }

  @Test
  void externalEntity_isRefused() throws IOException {
    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><workbook>&x;"
        + "</workbook>";
    assertThat(read(zip("xl/workbook.xml", xxe.getBytes(StandardCharsets.UTF_8))).getMessage())
        .contains("DTD or entity");
  }

  @Test
  void zipWithoutWorkbook_isRefused() throws IOException {
    assertThat(read(zip("hello.txt", "hi".getBytes(StandardCharsets.UTF_8))).getMessage())
        .contains("no xl/workbook.xml");
  }

  @Test
  void vietnameseTextCells_andNumericCells_readInTheChosenStyle() {
    Dataset d = Dataset.builder().put("Thanh Hóa", "1", 0.7314).put("Thanh Hóa", "2", 9056).build();
    byte[] wb = XlsxWriter.dataset(d);
    Dataset vi = XlsxDatasetReader.of(CsvOptions.builder().numberStyle(NumberStyle.VIETNAMESE).build())
        .read("vi.xlsx", wb, Optional.empty());
    assertThat(vi.values("", "1")).containsExactly(0.7314);
    assertThat(vi.values("", "2")).containsExactly(9056);
  }

  @Test
  void badCells_nameFileSheetRowAndColumn() {
    Dataset d = Dataset.builder().put("A", "1", 0.5).build();
    byte[] good = XlsxWriter.dataset(d);
    assertThatExceptionOfType(DataFormatException.class)
        .isThrownBy(() -> XlsxDatasetReader.of(CsvOptions.defaults()).read("f.xlsx", good, Optional.of("nope")))
        .withMessageContaining("no such sheet").withMessageContaining("[data]");
  }

  @Test
  void textNumberInTheWrongStyle_namesSheetRowAndColumn() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    org.dhatim.fastexcel.Workbook wb = new org.dhatim.fastexcel.Workbook(out, "test", "1.0");
    org.dhatim.fastexcel.Worksheet ws = wb.newWorksheet("Năm 2023");
    ws.value(0, 0, "unit");
    ws.value(0, 1, "indicator");
    ws.value(0, 2, "value");
    ws.value(1, 0, "Thanh Hóa");
    ws.value(1, 1, "1");
    ws.value(1, 2, "0,82");
    ws.value(3, 0, "Huế");
    ws.value(3, 1, "1");
    ws.value(3, 2, "abc");
    wb.finish();
    assertThatExceptionOfType(ProblemsException.class)
        .isThrownBy(() -> XlsxDatasetReader.of(CsvOptions.defaults()).read("f.xlsx", out.toByteArray(),
            Optional.empty()))
        .satisfies(e -> assertThat(e.problems()).extracting(Throwable::getMessage)
            .anySatisfy(m -> assertThat(m).startsWith("f.xlsx [Năm 2023] row 2, column 'value'").contains("0,82"))
            .anySatisfy(m -> assertThat(m).startsWith("f.xlsx [Năm 2023] row 4, column 'value'").contains("abc")));
  }
}
