package org.opendti.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendti.Direction;
import org.opendti.Framework;
import org.opendti.FrameworkStatus;
import org.opendti.Frameworks;
import org.opendti.Node;
import org.opendti.NodeKind;
import org.opendti.ProblemsException;
import org.opendti.io.DataFormatException;
import org.opendti.io.FormulaGuard;
import org.opendti.io.table.CellType;
import org.opendti.io.xlsx.XlsxReaders;
import org.opendti.io.xlsx.XlsxWriter;

final class FrameworkTableTest {

  @Test
  void example_is1000PointsWithEveryRuleStyle() {
    Framework f = Frameworks.exampleSubProvincial();
    assertThat(f.status()).isEqualTo(FrameworkStatus.EXAMPLE);
    assertThat(f.maxPoints("dti").getAsDouble()).isEqualTo(1000);
    assertThat(f.children("dti")).hasSize(6);
    assertThat(f.leaves()).hasSize(17);
    assertThat(f.leaves()).extracting(n -> n.scoringRule().orElseThrow().id()).contains("ratio", "thresholds",
        "categorical", "binary", "target");
    assertThat(f.node("1.2").evidence()).contains("Thông báo kết luận các cuộc họp");
    assertThat(f.node("3.2").dataSource()).contains("Đo lường tự động");
  }

  /** The editable export that ships in dti-io is the same framework as the definition in dti-core. */
  @Test
  void shippedTable_readsBackEqualToTheCoreDefinition() throws java.io.IOException {
    Framework core = Frameworks.exampleSubProvincial();
    byte[] shipped;
    try (java.io.InputStream in = FrameworkTableTest.class.getResourceAsStream(
        "/org/opendti/io/frameworks/example-subprovincial.csv")) {
      assertThat(in).as("the shipped table").isNotNull();
      shipped = in.readAllBytes();
    }
    Framework read = FrameworkTableReader.of(CsvOptions.defaults()).read("example-subprovincial.csv", core.id(),
        core.nameVi(), shipped);
    assertThat(read.nodes()).isEqualTo(core.nodes());
    assertThat(read.unitKind()).isEqualTo(core.unitKind());
    Framework withMetadata = Framework.builder().id(read.id()).version(core.version()).nameVi(read.nameVi())
        .nameEn(core.nameEn()).addAllNodes(read.nodes()).unitKind(read.unitKind()).status(core.status())
        .appliesTo(core.appliesTo().orElseThrow()).build();
    assertThat(withMetadata).isEqualTo(core);
  }

  @Test
  void writeThenRead_keepsTheFramework() {
    Framework f = Frameworks.exampleSubProvincial();
    String csv = FrameworkTableWriter.toCsv(f);
    Framework back = FrameworkTableReader.of(CsvOptions.defaults()).read("t.csv", f.id(), f.nameVi(),
        csv.getBytes(StandardCharsets.UTF_8));
    assertThat(back.nodes()).hasSameSizeAs(f.nodes());
    for (Node n : f.nodes()) {
      Node m = back.node(n.code());
      assertThat(m.nameVi()).isEqualTo(n.nameVi());
      assertThat(m.parents()).isEqualTo(n.parents());
      assertThat(back.maxPoints(m.code())).isEqualTo(f.maxPoints(n.code()));
      assertThat(m.scoringRule()).isEqualTo(n.scoringRule());
      assertThat(m.description()).isEqualTo(n.description());
      assertThat(m.evidence()).isEqualTo(n.evidence());
      assertThat(m.dataSource()).isEqualTo(n.dataSource());
    }
  }

  @Test
  void headersWithoutDiacritics_andVietnameseNumbers() {
    String csv = "stt;Chi so / chi so thanh phan;Diem toi da\n1;Nhận thức số;7,5\n1.1;Họp;7,5\n2;Khác;992,5\n";
    Framework f = FrameworkTableReader.of(CsvOptions.builder().numberStyle(org.opendti.io.NumberStyle.VIETNAMESE)
        .build()).read("t.csv", "t", "t", csv.getBytes(StandardCharsets.UTF_8));
    assertThat(f.maxPoints("dti").getAsDouble()).isEqualTo(1000);
    assertThat(f.node("1.1").parents()).containsExactly("1");
  }

  @Test
  void aTotalRowNamedInTheSttColumn_isTheIndex() {
    for (String total : List.of("Tổng cộng", "TỔNG ĐIỂM", "Tổng số điểm", "Tong cong", "Tổng")) {
      String csv = "STT,Chỉ số / chỉ số thành phần,Điểm tối đa\n" + total + ",Chỉ số DTI của sở,100\n"
          + "1,Nhận thức số,40\n1.1,Họp,40\n2,Khác,60\n";
      Framework f = FrameworkTableReader.of(CsvOptions.defaults()).read("t.csv", "t", "t",
          csv.getBytes(StandardCharsets.UTF_8));
      assertThat(f.node("dti").kind()).as(total).isEqualTo(NodeKind.INDEX);
      assertThat(f.node("dti").nameVi()).as(total).isEqualTo("Chỉ số DTI của sở");
      assertThat(f.maxPoints("dti").getAsDouble()).as(total).isEqualTo(100);
      assertThat(f.children("dti")).as(total).hasSize(2);
    }
  }

  @Test
  void badRows_areReportedWithRowAndColumn() {
    String csv = "STT,Chỉ số / chỉ số thành phần,Điểm tối đa,Quy tắc\n1,A,10,\n1.1,B,abc,\nx,C,5,\n"
        + "2.1,D,5,\n3,E,5,thresholds: 1=20\n4,F,5,median\n";
    assertThatExceptionOfType(ProblemsException.class)
        .isThrownBy(() -> FrameworkTableReader.of(CsvOptions.defaults()).read("t.csv", "t", "t",
            csv.getBytes(StandardCharsets.UTF_8)))
        .satisfies(e -> {
          List<String> m = e.problems().stream().map(Throwable::getMessage).toList();
          assertThat(m).anyMatch(s -> s.startsWith("t.csv row 3, column 'Điểm tối đa'") && s.contains("abc"));
          assertThat(m).anyMatch(s -> s.startsWith("t.csv row 4, column 'STT'"));
          assertThat(m).anyMatch(s -> s.startsWith("t.csv row 5, column 'STT'") && s.contains("no row 2"));
          assertThat(m).anyMatch(s -> s.startsWith("t.csv row 7, column 'Quy tắc'") && s.contains("unknown scoring"));
        });
  }

  @Test
  void everyBuiltInFramework_writesAndReadsBackWithTheSameNodes() {
    List<Framework> all = Frameworks.all();
    assertThat(all).hasSize(7).contains(Frameworks.exampleSubProvincial());
    for (Framework f : all) {
      String csv = FrameworkTableWriter.toCsv(f);
      Framework back = FrameworkTableReader.of(CsvOptions.defaults()).read(f.id() + ".csv", f.id(), f.nameVi(),
          csv.getBytes(StandardCharsets.UTF_8));
      assertThat(back.nodes()).as(f.id()).containsExactlyInAnyOrderElementsOf(f.nodes());
      assertThat(FrameworkTableWriter.toCsv(back)).as(f.id()).isEqualTo(csv);
      Framework fromXlsx = XlsxReaders.framework(f.id() + ".xlsx", f.id(), f.nameVi(), XlsxWriter.framework(f),
          Optional.empty());
      assertThat(fromXlsx.nodes()).as(f.id() + ".xlsx").containsExactlyInAnyOrderElementsOf(f.nodes());
    }
  }

  @Test
  void unpublishedMaxima_areTheText_questionMark_andPublishedOnesNumbers() {
    Framework f = Frameworks.pdti2025();
    assertThat(f.unknownMaxima()).isNotEmpty();
    int unknown = 0;
    for (FrameworkTableRows.Row row : FrameworkTableRows.of(f)) {
      FrameworkTableRows.Cell max = row.cells().get(2);
      String code = row.cells().get(7).text();
      if (f.node(code).maxPoints().isPresent()) {
        assertThat(max).as(code).isEqualTo(FrameworkTableRows.Cell.number(f.node(code).maxPoints().getAsDouble()));
      } else if (f.children(code).isEmpty()) {
        assertThat(max).as(code).isEqualTo(FrameworkTableRows.Cell.text("?"));
        unknown++;
      } else {
        assertThat(max.type()).as(code).isEqualTo(CellType.EMPTY);
      }
    }
    assertThat(unknown).isPositive();
  }

  static Framework hostile() {
    return Framework.builder().id("h").version("1").nameVi("h")
        .addNodes(Node.builder().code("dti").nameVi("Tổng").kind(NodeKind.INDEX).build())
        .addNodes(Node.builder().code("a").nameVi("=HYPERLINK(\"x\")").kind(NodeKind.COMPONENT).maxPoints(10)
            .addParent("dti").description("- đầu dòng; @mention, +1").target(-2).direction(Direction.NEGATIVE)
            .build())
        .build();
  }

  @Test
  void formulaLikeText_isGuardedInCsv_butNumbersAreNot() throws IOException {
    String csv = FrameworkTableWriter.toCsv(hostile());
    List<CSVRecord> rows;
    try (CSVParser p = CSVParser.parse(csv, CSVFormat.DEFAULT)) {
      rows = p.getRecords();
    }
    CSVRecord a = rows.get(2);
    assertThat(a.get(1)).isEqualTo("'=HYPERLINK(\"x\")");
    assertThat(a.get(3)).isEqualTo("'- đầu dòng; @mention, +1");
    assertThat(a.get(12)).isEqualTo("-2");
    assertThat(a.get(13)).isEqualTo("-1");
    for (CSVRecord row : rows) {
      for (String field : row.values()) {
        assertThat(field).doesNotStartWith("=").doesNotStartWith("@").doesNotStartWith("+");
      }
    }
    Framework back = FrameworkTableReader.of(CsvOptions.defaults()).read("h.csv", "h", "h",
        csv.getBytes(StandardCharsets.UTF_8));
    assertThat(FormulaGuard.unguard(back.node("a").nameVi())).isEqualTo("=HYPERLINK(\"x\")");
    assertThat(back.node("a").direction()).isEqualTo(Direction.NEGATIVE);
    assertThat(back.node("a").target()).hasValue(-2);
  }

  @Test
  void writeToPath_isTheCsvAfterAByteOrderMark_aStreamTheCsvAlone(@TempDir Path tmp) throws IOException {
    Framework f = Frameworks.exampleSubProvincial();
    String csv = FrameworkTableWriter.toCsv(f);
    Path file = tmp.resolve("khung.csv");
    FrameworkTableWriter.write(f, file);
    assertThat(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)).isEqualTo("\uFEFF" + csv);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    FrameworkTableWriter.write(f, out);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(csv);
  }

  @Test
  void cells_checkTheirType() {
    assertThat(FrameworkTableRows.Cell.text("")).isEqualTo(FrameworkTableRows.Cell.empty());
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> new FrameworkTableRows.Cell(CellType.NUMBER, "1", 1));
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> FrameworkTableRows.Cell.number(Double.NaN));
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> new FrameworkTableRows.Cell(CellType.FORMULA, "=1", Double.NaN));
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> new FrameworkTableRows.Row(List.of(FrameworkTableRows.Cell.empty())));
  }

  @Test
  void pillarsOfDecision922_areRomanRowsAndSharedIndicatorsListTheirParents() {
    List<String> lines = FrameworkTableWriter.toCsv(Frameworks.pdti2022()).lines().toList();
    assertThat(lines.get(1)).startsWith("Tổng cộng,Chỉ số DTI cấp tỉnh,");
    assertThat(lines).anyMatch(l -> l.startsWith("1,Nhận thức số,100,") && l.contains("dti; gov; econ; society"));
    assertThat(lines).anyMatch(l -> l.startsWith("I,Chính quyền số,") && l.contains(",trụ cột,"));
  }

  @Test
  void unknownKindAndBadDirection_areErrorsNamingTheCell() {
    String csv = "STT,Chỉ số / chỉ số thành phần,Điểm tối đa,Loại,Chiều\n1,A,10,chỉ số chín,\n2,B,10,,2\n";
    assertThatExceptionOfType(ProblemsException.class)
        .isThrownBy(() -> FrameworkTableReader.of(CsvOptions.defaults()).read("k.csv", "k", "k",
            csv.getBytes(StandardCharsets.UTF_8)))
        .satisfies(e -> {
          List<String> m = e.problems().stream().map(Throwable::getMessage).toList();
          assertThat(m).anyMatch(s -> s.startsWith("k.csv row 2, column 'Loại'") && s.contains("chỉ số chín"));
          assertThat(m).anyMatch(s -> s.startsWith("k.csv row 3, column 'Chiều'") && s.contains("-1"));
        });
  }

  @Test
  void thresholdAboveMax_namesTheRow() {
    String csv = "STT,Chỉ số / chỉ số thành phần,Điểm tối đa,Quy tắc\n1,A,10,\n1.1,B,10,thresholds: 1=20\n";
    assertThatExceptionOfType(DataFormatException.class)
        .isThrownBy(() -> FrameworkTableReader.of(CsvOptions.defaults()).read("t.csv", "t", "t",
            csv.getBytes(StandardCharsets.UTF_8)))
        .withMessageStartingWith("t.csv row 3, column 'Điểm tối đa'").withMessageContaining("more than the maximum");
  }

  @Test
  void missingColumn_isAnError() {
    assertThatExceptionOfType(DataFormatException.class)
        .isThrownBy(() -> FrameworkTableReader.of(CsvOptions.defaults()).read("t.csv", "t", "t",
            "STT,Chỉ số / chỉ số thành phần,Điểm\n1,A,1\n".getBytes(StandardCharsets.UTF_8)))
        .withMessageContaining("missing column");
  }
}
