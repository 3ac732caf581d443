package org.opendti.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.opendti.examples.cli.DtiCommandTest.dti;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendti.Dataset;
import org.opendti.Framework;
import org.opendti.Frameworks;
import org.opendti.Measure;
import org.opendti.Observation;
import org.opendti.Unit;
import org.opendti.engine.Results;
import org.opendti.engine.ScoringEngine;
import org.opendti.io.ResultTable;
import org.opendti.io.csv.CsvOptions;
import org.opendti.io.csv.ResultsCsvReader;
import org.opendti.io.files.DtiFiles;
import org.opendti.io.forms.Forms;

/** {@code dti forms} and {@code dti collect}: the files that travel in an assessment round (issue 17). */
final class FormsCliTest {
  private static final String UNITS = "unit,name,kind,group\nS1,Sở Tài chính,sở,Khối sở\nS2,Sở Y tế,sở,Khối sở\n"
      + "H1,Huyện Đông Lâm,huyện,Khối huyện\n";

  private static Framework framework() {
    return Frameworks.exampleSubProvincial();
  }

  /** Every unit's self-assessment: each component a ratio or a value its rule takes. */
  private static Dataset values(List<Unit> units, double level) {
    Dataset.Builder b = Dataset.builder();
    units.forEach(b::addUnit);
    int k = 0;
    for (Unit u : units) {
      for (org.opendti.Node leaf : framework().leaves()) {
        double x = Math.min(1, level + 0.05 * (k++ % 5));
        Measure m = switch (leaf.scoringRule().orElseThrow().id()) {
          case "ratio" -> Measure.ofRatio(Math.round(x * 40), 40);
          case "binary" -> Measure.ofValue(x > 0.6 ? 1 : 0);
          case "thresholds" -> Measure.ofValue(Math.round(x * 4));
          case "categorical" -> Measure.ofCategory(x > 0.7 ? "Người đứng đầu" : "Cấp phó");
          default -> Measure.ofValue(Math.round(x * 1000) / 10.0);
        };
        b.add(Observation.builder().unit(u.code()).indicator(leaf.code()).period("2025").measure(m).build());
      }
    }
    return b.build();
  }

  @Test
  void formsOutFilledFormsInAndTheRoundScoresAsTheDataDoes(@TempDir Path dir) throws IOException {
    Path units = Files.writeString(dir.resolve("units.csv"), UNITS, UTF_8);
    Path blank = dir.resolve("forms");
    DtiCommandTest.Run forms = dti("forms", "--framework", "example-subprovincial", "--unit-list", units.toString(),
        "--period", "2025", "--out", blank.toString());
    assertThat(forms.status()).as(forms.err()).isZero();
    assertThat(forms.err()).contains("wrote 3 forms to " + blank);
    try (Stream<Path> files = Files.list(blank)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly("H1.xlsx", "S1.xlsx",
          "S2.xlsx");
    }
    DtiCommandTest.Run again = dti("forms", "--framework", "example-subprovincial", "--unit-list", units.toString(),
        "--period", "2025", "--out", blank.toString());
    assertThat(again.status()).isNotZero();
    assertThat(again.err()).contains("S1.xlsx").contains("already exist").contains("never overwritten");
    DtiCommandTest.Run noList = dti("forms", "--framework", "example-subprovincial", "--period", "2025", "--out",
        dir.resolve("x").toString());
    assertThat(noList.status()).isNotZero();
    assertThat(noList.err()).contains("dti forms needs --unit-list FILE");

    // the units fill their forms, the council fills its own with lower values for one unit
    List<Unit> list = DtiFiles.readUnitList(units, CsvOptions.defaults());
    Dataset self = values(list, 0.55);
    Path selfForms = Files.createDirectories(dir.resolve("self"));
    Forms.writeAll(framework(), list, "2025", self, selfForms);
    Dataset council = Dataset.builder().addUnit(list.get(0))
        .add(Observation.builder().unit("S1").indicator("1.3").period("2025").measure(Measure.ofValue(0))
            .note("không có kế hoạch").build()).build();
    Path councilForms = Files.createDirectories(dir.resolve("council"));
    Forms.writeAll(framework(), list.subList(0, 1), "2025", council, councilForms);

    Path selfCsv = dir.resolve("self.csv");
    DtiCommandTest.Run collectSelf = dti("collect", selfForms.toString(), "--framework", "example-subprovincial",
        "--unit-list", units.toString(), "--stage", "self", "--out", selfCsv.toString());
    assertThat(collectSelf.status()).as(collectSelf.err()).isZero();
    assertThat(collectSelf.err()).contains("collected 3 forms (" + self.size() + " values)");
    Path round = dir.resolve("round.csv");
    DtiCommandTest.Run collectCouncil = dti("collect", councilForms.toString(), "--framework",
        "example-subprovincial", "--unit-list", units.toString(), "--stage", "appraised", "--add-to",
        selfCsv.toString(), "--out", round.toString());
    assertThat(collectCouncil.status()).as(collectCouncil.err()).isZero();
    assertThat(collectCouncil.err()).contains("no form from 2 units of the list: S2, H1");

    // scoring the collected round's self stage equals scoring the data the units filled in, bit for bit
    Path scored = dir.resolve("self-results.csv");
    DtiCommandTest.Run score = dti("score", "--framework", "example-subprovincial", "--data", round.toString(),
        "--unit-list", units.toString(), "--stage", "self", "--out", scored.toString(), "--decimals", "12");
    assertThat(score.status()).as(score.err()).isZero();
    Results direct = ScoringEngine.of(org.opendti.method.Method.official().withDecimals(12)).score(framework(),
        self.withUnits(list));
    assertThat(ResultsCsvReader.read(scored.toString(), Files.readAllBytes(scored)))
        .isEqualTo(ResultTable.of(direct, 12));
    // the appraised stage: S1 loses 1.3's 30 points, which the council took away
    DtiCommandTest.Run appraised = dti("score", "--framework", "example-subprovincial", "--data", round.toString(),
        "--unit-list", units.toString(), "--out", dir.resolve("appraised.csv").toString());
    assertThat(appraised.status()).as(appraised.err()).isZero();
    assertThat(appraised.err()).contains((self.size() - 1) + " values not appraised");
    Path table = dir.resolve("appraisal.csv");
    DtiCommandTest.Run appraisal = dti("appraisal", "--framework", "example-subprovincial", "--data",
        round.toString(), "--unit-list", units.toString(), "--out", table.toString());
    assertThat(appraisal.status()).as(appraisal.err()).isZero();
    assertThat(Files.readAllLines(table, UTF_8)).anySatisfy(l -> assertThat(l).startsWith("S1,Sở Tài chính,1.3,")
        .contains(",-30.00,").endsWith(",không có kế hoạch"));

    // the same stage twice in one file is refused, and nothing is written
    Path twice = dir.resolve("twice.csv");
    DtiCommandTest.Run sameStage = dti("collect", councilForms.toString(), "--framework", "example-subprovincial",
        "--unit-list", units.toString(), "--stage", "appraised", "--add-to", round.toString(), "--out",
        twice.toString());
    assertThat(sameStage.status()).isNotZero();
    assertThat(sameStage.err()).contains("already holds 1 values of the appraised stage");
    assertThat(twice).doesNotExist();
  }

  @Test
  void aWrongFormStopsTheCollectionUnlessPartial(@TempDir Path dir) throws IOException {
    Path units = Files.writeString(dir.resolve("units.csv"), UNITS, UTF_8);
    List<Unit> list = DtiFiles.readUnitList(units, CsvOptions.defaults());
    Path forms = Files.createDirectories(dir.resolve("forms"));
    Forms.writeAll(framework(), list, "2025", values(list, 0.6), forms);
    // S2's form filed a second time under another name: two forms for one unit
    Files.copy(forms.resolve("S2.xlsx"), forms.resolve("S2 (bản sao).xlsx"));
    Path out = dir.resolve("data.csv");
    DtiCommandTest.Run strict = dti("collect", forms.toString(), "--framework", "example-subprovincial",
        "--unit-list", units.toString(), "--out", out.toString());
    assertThat(strict.status()).isNotZero();
    assertThat(strict.err()).contains("S2 (bản sao).xlsx").contains("S2");
    assertThat(out).doesNotExist();

    DtiCommandTest.Run partial = dti("collect", forms.toString(), "--framework", "example-subprovincial",
        "--unit-list", units.toString(), "--partial", "--out", out.toString());
    assertThat(partial.status()).as(partial.err()).isZero();
    // neither of S2's forms can be told to be the right one: both are listed, S1's and H1's are collected
    assertThat(partial.err()).contains("rejected " + forms.resolve("S2 (bản sao).xlsx"))
        .contains("rejected " + forms.resolve("S2.xlsx")).contains("collected 2 forms").contains(", rejected 2;");
    Dataset collected = DtiFiles.readDataset(out, CsvOptions.defaults());
    assertThat(collected.units()).extracting(Unit::code).containsExactly("S1", "H1");

    DtiCommandTest.Run period = dti("collect", forms.toString(), "--framework", "example-subprovincial",
        "--unit-list", units.toString(), "--period", "2024", "--partial", "--out", dir.resolve("p.csv").toString());
    assertThat(period.err()).contains("expected period '2024'");
  }
}
