package org.opendti.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.opendti.Dataset;
import org.opendti.Framework;
import org.opendti.Frameworks;
import org.opendti.Measure;
import org.opendti.Observation;
import org.opendti.Provenance;
import org.opendti.Unit;
import org.opendti.UnitKind;
import org.opendti.engine.Results;
import org.opendti.engine.ScoringEngine;
import org.opendti.io.csv.CsvDatasetReader;
import org.opendti.io.csv.CsvDatasetWriter;
import org.opendti.io.csv.CsvOptions;
import org.opendti.io.csv.FrameworkTableReader;
import org.opendti.io.csv.FrameworkTableWriter;
import org.opendti.io.csv.ResultsCsvReader;
import org.opendti.io.csv.ResultsCsvWriter;
import org.opendti.io.csv.WideCsvDatasetReader;
import org.opendti.io.json.DatasetJson;
import org.opendti.io.json.Format;
import org.opendti.io.json.FrameworkJson;
import org.opendti.io.json.ResultsJson;
import org.opendti.io.xlsx.XlsxDatasetReader;
import org.opendti.io.xlsx.XlsxReaders;
import org.opendti.io.xlsx.XlsxWriter;
import org.opendti.method.Method;
import org.opendti.method.Normaliser;

/** read(write(x)) equals x, for every format. */
final class RoundTripTest {

  static Dataset rich() {
    return Dataset.builder()
        .addUnit(Unit.builder().code("38").name("Thanh Hóa").kind(UnitKind.PROVINCE).group("g1").addAlias("Thanh Hoa")
            .build())
        .addUnit(Unit.builder().code("=cmd").name("Tỉnh \"A\", B").kind(UnitKind.PROVINCE).build())
        .add(Observation.builder().unit("38").indicator("dti").period("2023").measure(Measure.ofValue(0.7314))
            .provenance(Provenance.REPORT).evidence("QĐ 1, 2024").build())
        .add(Observation.builder().unit("38").indicator("7.1").period("2023").measure(Measure.ofRatio(1805, 2067))
            .provenance(Provenance.AUTOMATIC).build())
        .add(Observation.builder().unit("=cmd").indicator("1.2").period("2023").measure(Measure.ofCategory("Chủ tịch"))
            .build())
        .put("=cmd", "dti", "2024", 0.1 + 0.2)
        .build();
  }

  static Dataset plain() {
    return Dataset.builder()
        .addUnit(Unit.builder().code("38").name("Thanh Hóa").group("g").build())
        .addUnit(Unit.builder().code("48").name("Đà Nẵng").group("g").build())
        .put("38", "1", "2022", 0.1 + 0.2).put("48", "1", "2022", 1e-7).put("38", "2", "2022", 123456.789)
        .put("38", "1", "2023", 0.5)
        .build();
  }

  @Test
  void csvLong_keepsEveryObservation() {
    Dataset d = rich();
    String csv = CsvDatasetWriter.of().toLongCsv(d);
    Dataset back = CsvDatasetReader.of(CsvOptions.defaults()).read("r.csv", csv.getBytes(StandardCharsets.UTF_8));
    assertThat(back.observations()).isEqualTo(d.observations());
  }

  @Test
  void csvWide_keepsValuesUnitsAndGroups() {
    Dataset d = plain();
    String csv = CsvDatasetWriter.of().toWideCsv(d);
    Dataset back = WideCsvDatasetReader.of(CsvOptions.defaults()).read("w.csv", csv.getBytes(StandardCharsets.UTF_8));
    assertThat(back).isEqualTo(d);
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void jsonAndYaml_datasets(Format f) {
    Dataset d = rich();
    assertThat(DatasetJson.of(f).read("d", DatasetJson.of(f).toText(d).getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(d);
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void jsonAndYaml_everyBuiltInFrameworkWithItsMethod(Format f) {
    Method m = Method.builder().from(Method.coinr()).putNormaliserByNode("i1", Normaliser.zScore(10, 2))
        .decimals(6).build();
    for (Framework fw : Frameworks.all()) {
      String text = FrameworkJson.of(f).toText(fw, Optional.of(m));
      FrameworkJson.Definition back = FrameworkJson.of(f).read(fw.id(), text.getBytes(StandardCharsets.UTF_8));
      assertThat(back.framework()).isEqualTo(fw);
      assertThat(back.method()).contains(m);
    }
  }

  @Test
  void csvTable_subProvincialFramework() {
    Framework fw = Frameworks.exampleSubProvincial();
    Framework back = FrameworkTableReader.of(CsvOptions.defaults()).read("t.csv", fw.id(), fw.nameVi(),
        FrameworkTableWriter.toCsv(fw).getBytes(StandardCharsets.UTF_8));
    assertThat(back.nodes()).extracting(n -> n.code() + n.parents() + n.maxPoints() + n.scoringRule())
        .isEqualTo(fw.nodes().stream().map(n -> n.code() + n.parents() + n.maxPoints() + n.scoringRule()).toList());
  }

  @Test
  void xlsx_datasetsFrameworksAndResults() {
    Dataset d = plain();
    assertThat(XlsxDatasetReader.of(CsvOptions.defaults()).readSheetPerPeriod("d.xlsx", XlsxWriter.dataset(d)))
        .isEqualTo(d);
    Dataset r = rich();
    Dataset back = XlsxDatasetReader.of(CsvOptions.defaults()).read("r.xlsx", XlsxWriter.dataset(r),
        Optional.empty());
    assertThat(back.observations()).isEqualTo(r.observations());
    Framework fw = Frameworks.exampleSubProvincial();
    Framework fb = XlsxReaders.framework("f.xlsx", fw.id(), fw.nameVi(), XlsxWriter.framework(fw), Optional.empty());
    assertThat(fb.nodes()).extracting(n -> n.code() + n.maxPoints() + n.scoringRule() + n.evidence())
        .isEqualTo(fw.nodes().stream().map(n -> n.code() + n.maxPoints() + n.scoringRule() + n.evidence()).toList());
  }

  @Test
  void results_csvJsonYamlXlsx() {
    Dataset.Builder b = Dataset.builder();
    for (int u = 0; u < 8; u++) {
      for (var n : Frameworks.pdti2022().leaves()) {
        b.put("P" + u, n.code(), ((u * 7 + n.code().length()) % 10) / 10.0);
      }
    }
    Results r = ScoringEngine.official().score(Frameworks.pdti2022(), b.build());
    ResultTable want = ResultTable.of(r, 4);
    assertThat(ResultsCsvReader.read("r.csv", ResultsCsvWriter.of(4).toCsv(r)
        .getBytes(StandardCharsets.UTF_8))).isEqualTo(want);
    for (Format f : Format.values()) {
      assertThat(ResultsJson.of(f).read("r", ResultsJson.of(f).toText(r).getBytes(StandardCharsets.UTF_8)))
          .isEqualTo(want);
    }
    assertThat(XlsxReaders.results("r.xlsx", XlsxWriter.results(r))).isEqualTo(want);
  }
}
