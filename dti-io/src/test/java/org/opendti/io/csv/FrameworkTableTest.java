package org.opendti.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendti.Framework;
import org.opendti.FrameworkStatus;
import org.opendti.Frameworks;
import org.opendti.Node;
import org.opendti.ProblemsException;
import org.opendti.io.DataFormatException;

final class FrameworkTableTest {

  @Test
  void example_is1000PointsWithEveryRuleStyle() {
    Framework f = ExampleFrameworks.subProvincial();
    assertThat(f.status()).isEqualTo(FrameworkStatus.EXAMPLE);
    assertThat(f.maxPoints("dti").getAsDouble()).isEqualTo(1000);
    assertThat(f.children("dti")).hasSize(6);
    assertThat(f.leaves()).hasSize(17);
    assertThat(f.leaves()).extracting(n -> n.scoringRule().orElseThrow().id()).contains("ratio", "thresholds",
        "categorical", "binary", "target");
    assertThat(f.node("1.2").evidence()).contains("Thông báo kết luận các cuộc họp");
    assertThat(f.node("3.2").dataSource()).contains("Đo lường tự động");
  }

  @Test
  void writeThenRead_keepsTheFramework() {
    Framework f = ExampleFrameworks.subProvincial();
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
    List<Framework> all = new java.util.ArrayList<>(Frameworks.all());
    all.add(ExampleFrameworks.subProvincial());
    for (Framework f : all) {
      String csv = FrameworkTableWriter.toCsv(f);
      Framework back = FrameworkTableReader.of(CsvOptions.defaults()).read(f.id() + ".csv", f.id(), f.nameVi(),
          csv.getBytes(StandardCharsets.UTF_8));
      assertThat(back.nodes()).as(f.id()).containsExactlyInAnyOrderElementsOf(f.nodes());
      assertThat(FrameworkTableWriter.toCsv(back)).as(f.id()).isEqualTo(csv);
    }
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
