package org.opendti.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendti.Dataset;
import org.opendti.Measure;
import org.opendti.Observation;
import org.opendti.Unit;
import org.opendti.io.FormulaGuard;

final class CsvDatasetWriterTest {
  static Dataset hostile() {
    Dataset.Builder b = Dataset.builder();
    List<String> names = CsvRowWriterTest.hostile();
    for (int u = 0; u < names.size(); u++) {
      String code = "c" + u + names.get(u);
      b.addUnit(Unit.builder().code(code).name("n" + u + names.get(u)).group(names.get(u) + "g").build());
      b.put(code, "i=1", "2024", u / 100.0).put(code, "-i2", "2024", -u - 0.5);
      if (u % 2 == 0) {
        b.put(code, "i=1", "'2025", 1e-7 * u);
      }
    }
    return b.build();
  }

  @Test
  void wide_everyRowKeepsItsFields_textReadsBackUnguarded() throws IOException {
    Dataset d = hostile();
    String text = CsvDatasetWriter.of().toWideCsv(d);
    List<CSVRecord> rows = CSVFormat.DEFAULT.parse(new StringReader(text)).getRecords();
    assertThat(rows.get(0).values()).containsExactly("unit", "uName", "period", "group", "i=1", "'-i2");
    int units = d.units().size();
    assertThat(rows).hasSize(1 + units + (units + 1) / 2).allSatisfy(r -> assertThat(r.size()).isEqualTo(6));
    for (int u = 0; u < units; u++) {
      CSVRecord row = rows.get(1 + u);
      Unit unit = d.units().get(u);
      assertThat(row.stream().limit(4).map(FormulaGuard::unguard).toList())
          .containsExactly(unit.code(), unit.name(), "2024", unit.group().orElseThrow());
      assertThat(Double.parseDouble(row.get(5))).isEqualTo(-u - 0.5);
    }
    CSVRecord later = rows.get(1 + units);
    assertThat(FormulaGuard.unguard(later.get(2))).isEqualTo("'2025");
    assertThat(later.get(5)).isEmpty();
  }

  @Test
  void long_everyRowKeepsItsFields_textReadsBackUnguarded() throws IOException {
    Dataset d = hostile();
    String text = CsvDatasetWriter.of().toLongCsv(d);
    List<CSVRecord> rows = CSVFormat.DEFAULT.parse(new StringReader(text)).getRecords();
    List<Observation> all = d.observations();
    assertThat(rows).hasSize(1 + all.size()).allSatisfy(r -> assertThat(r.size()).isEqualTo(10));
    for (int k = 0; k < all.size(); k++) {
      Observation o = all.get(k);
      CSVRecord row = rows.get(k + 1);
      assertThat(FormulaGuard.unguard(row.get(0))).isEqualTo(o.unit());
      assertThat(FormulaGuard.unguard(row.get(1))).isEqualTo(o.indicator());
      assertThat(Double.parseDouble(row.get(2))).isEqualTo(o.measure().value().orElseThrow());
      assertThat(FormulaGuard.unguard(row.get(3))).isEqualTo(o.period());
    }
  }

  @Test
  void files_holdTheSameBytesAsTheText(@TempDir Path dir) throws IOException {
    Dataset d = hostile();
    CsvDatasetWriter w = CsvDatasetWriter.of();
    w.writeLong(d, dir.resolve("d.csv"));
    w.writeWide(d, dir.resolve("d.wide.csv"));
    assertThat(Files.readString(dir.resolve("d.csv"))).isEqualTo(w.toLongCsv(d));
    assertThat(Files.readString(dir.resolve("d.wide.csv"))).isEqualTo(w.toWideCsv(d));
  }

  @Test
  void wide_refusesRatios_andLeavesNoFile(@TempDir Path dir) {
    Dataset d = Dataset.builder().put("A", "x", 0.5)
        .add(Observation.builder().unit("B").indicator("x").measure(Measure.ofRatio(1, 2)).build()).build();
    assertThatIllegalArgumentException().isThrownBy(() -> CsvDatasetWriter.of().writeWide(d, dir.resolve("w.csv")))
        .withMessageContaining("'B'").withMessageContaining("long form");
    assertThat(dir.resolve("w.csv")).doesNotExist();
    assertThat(dir.toFile().list()).isEmpty();
  }
}
