package org.opendti.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.opendti.Framework;
import org.opendti.Node;
import org.opendti.NodeKind;
import org.opendti.io.table.CellType;
import org.opendti.io.table.TableReader;
import org.opendti.io.table.XlsxWorkbook;
import org.opendti.io.xlsx.XlsxReaders;
import org.opendti.io.xlsx.XlsxWriter;

/** Framework tables of frameworks far deeper and wider than published ones; the timeouts only guard against hangs. */
final class LargeFrameworkTableTest {

  static Framework chain(int depth) {
    List<Node> nodes = new ArrayList<>(depth + 1);
    nodes.add(Node.builder().code("root").nameVi("Chuỗi").kind(NodeKind.INDEX).build());
    for (int d = 1; d <= depth; d++) {
      Node.Builder b = Node.builder().code("n" + d).nameVi("Tầng " + d).addParent(d == 1 ? "root" : "n" + (d - 1));
      nodes.add(d == depth ? b.kind(NodeKind.COMPONENT).maxPoints(10).build() : b.kind(NodeKind.AGGREGATE).build());
    }
    return Framework.builder().id("chain").version("1").nameVi("Chuỗi").addAllNodes(nodes).build();
  }

  static Framework wide(int mains, int per) {
    List<Node> nodes = new ArrayList<>(1 + mains * (per + 1));
    nodes.add(Node.builder().code("root").nameVi("Rộng").kind(NodeKind.INDEX).build());
    for (int m = 0; m < mains; m++) {
      nodes.add(Node.builder().code("m" + m).nameVi("Chính " + m).kind(NodeKind.MAIN_INDICATOR).addParent("root")
          .build());
      for (int c = 0; c < per; c++) {
        nodes.add(Node.builder().code("m" + m + "." + c).nameVi("Thành phần " + c).kind(NodeKind.COMPONENT)
            .maxPoints(1).addParent("m" + m).build());
      }
    }
    return Framework.builder().id("wide").version("1").nameVi("Rộng").addAllNodes(nodes).build();
  }

  static List<CSVRecord> records(String csv) throws IOException {
    try (CSVParser p = CSVParser.parse(csv, CSVFormat.DEFAULT)) {
      return p.getRecords();
    }
  }

  /** Rows of the workbook's first sheet, header included; {@code check} sees each data row. */
  static int xlsxRows(byte[] xlsx, java.util.function.Consumer<TableReader> check) throws IOException {
    int n = 1;
    try (XlsxWorkbook wb = XlsxWorkbook.open("t.xlsx", new ByteArrayInputStream(xlsx));
        TableReader t = wb.firstVisibleSheet()) {
      assertThat(t.header()).isEqualTo(FrameworkTableReader.HEADERS);
      while (t.next()) {
        n++;
        check.accept(t);
      }
    }
    return n;
  }

  /** Row numbers are unique, have at most {@link FrameworkTableRows#NUMBERED_LEVELS} parts, and name their parent. */
  static void numbersAreShortAndUnique(List<CSVRecord> rows) {
    Set<String> seen = new HashSet<>();
    for (CSVRecord r : rows.subList(1, rows.size())) {
      String stt = r.get(0);
      assertThat(seen.add(stt)).as(stt).isTrue();
      assertThat(stt.split("\\.")).as(stt).hasSizeLessThanOrEqualTo(FrameworkTableRows.NUMBERED_LEVELS);
      int dot = stt.lastIndexOf('.');
      if (dot > 0) {
        assertThat(seen.contains(stt.substring(0, dot))).as(stt).isTrue();
      }
    }
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void chain3000Deep_csvAndXlsx_readBackWithTheSameNodes() throws IOException {
    Framework f = chain(3_000);
    String csv = FrameworkTableWriter.toCsv(f);
    List<CSVRecord> rows = records(csv);
    assertThat(rows).hasSize(3_002);
    numbersAreShortAndUnique(rows);
    assertThat(rows.get(10).get(0)).isEqualTo("1.1.1.1.1.1.1.1.1");
    assertThat(rows.get(11).get(0)).isEqualTo("1.1.1.1.1.1.1.1.1.1");
    assertThat(rows.get(12).get(0)).isEqualTo("1.1.1.1.1.1.1.1.1.2");
    assertThat(rows.get(12).get(7)).isEqualTo("n11");
    assertThat(rows.get(12).get(9)).isEqualTo("n10");
    assertThat(rows.get(11).get(9)).isEmpty();
    Framework back = FrameworkTableReader.of(CsvOptions.defaults()).read("c.csv", f.id(), f.nameVi(),
        csv.getBytes(StandardCharsets.UTF_8));
    assertThat(back.nodes()).containsExactlyInAnyOrderElementsOf(f.nodes());
    assertThat(FrameworkTableWriter.toCsv(back)).isEqualTo(csv);
    Framework fromXlsx = XlsxReaders.framework("c.xlsx", f.id(), f.nameVi(), XlsxWriter.framework(f),
        Optional.empty());
    assertThat(fromXlsx.nodes()).containsExactlyInAnyOrderElementsOf(f.nodes());
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void chain100000Deep_exportsToCsvAndXlsx() throws IOException {
    Framework f = chain(100_000);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    FrameworkTableWriter.write(f, out);
    List<CSVRecord> rows = records(out.toString(StandardCharsets.UTF_8).substring(1));
    assertThat(rows).hasSize(100_002);
    numbersAreShortAndUnique(rows);
    CSVRecord last = rows.get(100_001);
    assertThat(last.get(7)).isEqualTo("n100000");
    assertThat(last.get(9)).isEqualTo("n99999");
    assertThat(last.get(2)).isEqualTo("10");
    out.reset();
    XlsxWriter.framework(f, out);
    assertThat(xlsxRows(out.toByteArray(), r -> { })).isEqualTo(100_002);
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void wide200000Nodes_exportsToCsvAndXlsx() throws IOException {
    Framework f = wide(1_000, 200);
    List<CSVRecord> rows = records(FrameworkTableWriter.toCsv(f));
    assertThat(rows).hasSize(201_002);
    assertThat(rows.get(201_001).get(0)).isEqualTo("1000.200");
    assertThat(rows.get(201_001).get(7)).isEqualTo("m999.199");
    assertThat(rows.get(201_001).get(2)).isEqualTo("1");
    assertThat(rows.get(1).get(2)).isEmpty();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    XlsxWriter.framework(f, out);
    AtomicInteger numbers = new AtomicInteger();
    int count = xlsxRows(out.toByteArray(), t -> {
      if (t.type(2) == CellType.NUMBER) {
        numbers.incrementAndGet();
      }
    });
    assertThat(count).isEqualTo(201_002);
    assertThat(numbers.get()).isEqualTo(200_000);
  }
}
