package org.opendti.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendti.Dataset;
import org.opendti.Frameworks;
import org.opendti.Node;
import org.opendti.Unit;
import org.opendti.engine.Results;
import org.opendti.engine.ScoringEngine;
import org.opendti.io.FormulaGuard;

final class ResultsCsvWriterTest {
  static Results pdti2020() {
    Dataset d = Dataset.builder().put("=HYPERLINK(1)", "gov", 0.5).put("=HYPERLINK(1)", "econ", 0.4)
        .put("=HYPERLINK(1)", "society", 0.3).put("a,b", "gov", 0.2).put("a,b", "econ", 0.2)
        .put("a,b", "society", 0.2).put("+1", "gov", 0.1).put("+1", "econ", 0.1).put("+1", "society", 0.1).build();
    return ScoringEngine.official().score(Frameworks.pdti2020(), d);
  }

  static Results hostile(int units) {
    List<String> names = CsvRowWriterTest.hostile();
    SplittableRandom random = new SplittableRandom(11);
    Dataset.Builder b = Dataset.builder();
    for (int u = 0; u < units; u++) {
      String code = u < names.size() && !names.get(u).isBlank() ? names.get(u) + "#" + u : "U" + u;
      b.addUnit(Unit.builder().code(code).name(code).build());
      for (Node leaf : Frameworks.pdti2022().leaves()) {
        if (random.nextInt(8) > 0) {
          b.put(code, leaf.code(), random.nextInt(10_001) / 10_000.0);
        }
      }
    }
    return ScoringEngine.official().score(Frameworks.pdti2022(), b.build());
  }

  @Test
  void bytes_areThoseOfTheEarlierWriter() {
    // Pinned from the writer this one replaced (string building with its own escaper), dti_class included.
    assertThat(ResultsCsvWriter.of(4).withValueClasses2020().toCsv(pdti2020())).isEqualTo(
        "unit,dti,dti_rank,dti_class,gov,gov_rank,econ,econ_rank,society,society_rank\n"
            + "'=HYPERLINK(1),0.4100,1,1,0.5000,1,0.4000,1,0.3000,1\n"
            + "\"a,b\",0.2000,2,4,0.2000,2,0.2000,2,0.2000,2\n"
            + "'+1,0.1000,3,4,0.1000,3,0.1000,3,0.1000,3\n");
    assertThat(ResultsCsvWriter.of(2).toCsv(pdti2020())).startsWith(
        "unit,dti,dti_rank,gov,gov_rank,econ,econ_rank,society,society_rank\n'=HYPERLINK(1),0.41,1,0.50,1,");
  }
  @Test
  void forFramework_addsValueClassesWherePublished() {
    assertThat(ResultsCsvWriter.forFramework(org.opendti.Frameworks.pdti2020(), 4).toCsv(pdti2020()))
        .isEqualTo(ResultsCsvWriter.of(4).withValueClasses2020().toCsv(pdti2020())).contains("dti_class");
    assertThat(org.opendti.Frameworks.publishesValueClasses2020(org.opendti.Frameworks.pdti2022())).isFalse();
    assertThat(org.opendti.Frameworks.publishesValueClasses2020(org.opendti.Frameworks.pdti2020())).isTrue();
  }


  @Test
  void toCsv_appendable_andFile_giveTheSameBytes(@TempDir Path dir) throws IOException {
    Results r = hostile(80);
    ResultsCsvWriter w = ResultsCsvWriter.of(12);
    String text = w.toCsv(r);
    StringWriter out = new StringWriter();
    w.write(r, out);
    assertThat(out).hasToString(text);
    Path f = dir.resolve("r.csv");
    w.write(r, f);
    // a file is for people: the UTF-8 byte-order mark, then the same text
    assertThat(Files.readString(f, StandardCharsets.UTF_8)).isEqualTo("\uFEFF" + text);
  }

  @Test
  void everyRow_keepsItsFields_andUnitsReadBackUnguarded() throws IOException {
    Results r = hostile(60);
    String text = ResultsCsvWriter.of(4).toCsv(r);
    List<CSVRecord> rows = CSVFormat.DEFAULT.parse(new StringReader(text)).getRecords();
    int fields = 1 + 2 * r.nodes().size();
    assertThat(rows).hasSize(1 + r.units().size()).allSatisfy(row -> assertThat(row.size()).isEqualTo(fields));
    for (int u = 0; u < r.units().size(); u++) {
      CSVRecord row = rows.get(u + 1);
      assertThat(FormulaGuard.unguard(row.get(0))).isEqualTo(r.units().get(u).code());
      for (int n = 0; n < r.nodes().size(); n++) {
        double v = r.value(u, n);
        assertThat(row.get(1 + 2 * n)).isEqualTo(Double.isNaN(v) ? "" : org.opendti.Numbers.format(v, 4));
      }
    }
  }

  @Test
  void fileTarget_thatIsAnInput_isRefused(@TempDir Path dir) throws IOException {
    Path in = Files.writeString(dir.resolve("in.csv"), "unit,indicator,value\n");
    assertThatIllegalArgumentException().isThrownBy(() -> ResultsCsvWriter.of(4).write(pdti2020(),
        dir.resolve(".").resolve("in.csv"), List.of(in))).withMessageContaining("refusing to overwrite");
    assertThat(Files.readString(in)).isEqualTo("unit,indicator,value\n");
  }

  @Test
  void decimalsOutOfRange_areRefused() {
    assertThatIllegalArgumentException().isThrownBy(() -> ResultsCsvWriter.of(13));
    assertThatIllegalArgumentException().isThrownBy(() -> ResultsCsvWriter.of(-1));
  }
}
