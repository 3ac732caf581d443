package org.opendti.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendti.DtiException;
import org.opendti.Unit;
import org.opendti.UnitKind;

/** The unit list of an assessment round (issue 17): kinds, groups, ranked, tags; every bad cell located. */
final class UnitListReaderTest {
  @TempDir Path dir;

  private List<Unit> read(String content) throws IOException {
    Path f = dir.resolve("units.csv");
    Files.writeString(f, content, StandardCharsets.UTF_8);
    return UnitListReader.of(CsvOptions.defaults()).read(f);
  }

  @Test
  void readsEveryColumnInEnglishOrVietnamese() throws IOException {
    List<Unit> units = read("unit,name,kind,group,ranked,tags\n"
        + "STTTT,Sở Thông tin và Truyền thông,sở,Khối sở,yes,kinh-te-so; cntt\n"
        + "SGD,Sở Giáo dục,department,Khối sở,,\n"
        + "\n"
        + "VPUB,Văn phòng UBND,sở,Khối sở,no,\n"
        + "H1,Huyện A,huyện,Khối huyện,có,\n");
    assertThat(units).extracting(Unit::code).containsExactly("STTTT", "SGD", "VPUB", "H1");
    assertThat(units.get(0).tags()).containsExactly("kinh-te-so", "cntt");
    assertThat(units.get(0).kind()).isEqualTo(UnitKind.DEPARTMENT);
    assertThat(units.get(0).group()).contains("Khối sở");
    assertThat(units.get(1).ranked()).isTrue();
    assertThat(units.get(2).ranked()).isFalse();
    assertThat(units.get(3).kind()).isEqualTo(UnitKind.DISTRICT);
    List<Unit> vi = read("Mã;Tên;Loại;Khối;Xếp hạng;Nhãn\nX1;Xã A;xã;;không;\n");
    assertThat(vi.get(0).kind()).isEqualTo(UnitKind.COMMUNE);
    assertThat(vi.get(0).ranked()).isFalse();
    assertThat(read("unit\nA\n").get(0).name()).isEqualTo("A");
  }

  @Test
  void everyProblemIsLocatedAndReportedTogether() {
    assertThatExceptionOfType(DtiException.class).isThrownBy(() -> read("unit,name,kind,ranked\n"
            + "A,Sở A,phường,yes\n"
            + "B,Sở B,sở,maybe\n"
            + ",Sở C,sở,yes\n"
            + "a,Sở A again,sở,yes\n"))
        .withMessageContaining("units.csv row 2").withMessageContaining("phường")
        .withMessageContaining("unknown unit kind")
        .withMessageContaining("row 3").withMessageContaining("maybe").withMessageContaining("expected yes or no")
        .withMessageContaining("row 4").withMessageContaining("expected the unit's code")
        .withMessageContaining("row 5").withMessageContaining("the unit is listed twice; first at units.csv row 2");
    assertThatExceptionOfType(DtiException.class).isThrownBy(() -> read("name,kind\nA,sở\n"))
        .withMessageContaining("expected a column 'unit'");
    assertThatExceptionOfType(DtiException.class).isThrownBy(() -> read("unit,colour\nA,red\n"))
        .withMessageContaining("colour").withMessageContaining("unknown column");
  }
}
