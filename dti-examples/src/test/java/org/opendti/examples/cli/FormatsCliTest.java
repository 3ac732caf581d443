package org.opendti.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opendti.examples.cli.DtiCommandTest.dti;
import static org.opendti.examples.cli.DtiCommandTest.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendti.Dataset;
import org.opendti.Framework;
import org.opendti.Frameworks;
import org.opendti.io.ResultTable;
import org.opendti.io.csv.CsvOptions;
import org.opendti.io.json.DatasetJson;
import org.opendti.io.json.Format;
import org.opendti.io.json.ResultsJson;
import org.opendti.io.xlsx.XlsxReaders;

/** {@code dti convert} and {@code dti score} over every file format, checked against the CSV path. */
final class FormatsCliTest {

  private static String scoreCsv(Path data, String... extra) {
    List<String> args = new java.util.ArrayList<>(List.of("score", "--framework", "pdti-2022", "--data",
        data.toString()));
    args.addAll(List.of(extra));
    DtiCommandTest.Run r = dti(args.toArray(String[]::new));
    assertThat(r.status()).as(r.err()).isZero();
    return r.out();
  }

  @Test
  void convert_datasetToEveryFormat_scoresTheSame(@TempDir Path dir) throws IOException {
    String expected = scoreCsv(sample());
    for (String ext : List.of("json", "yaml", "xlsx", "wide.csv", "csv")) {
      Path to = dir.resolve("data." + ext);
      DtiCommandTest.Run c = dti("convert", "--from", sample().toString(), "--to", to.toString());
      assertThat(c.status()).as(ext + ": " + c.err()).isZero();
      assertThat(c.err()).contains("wrote 567 observations of 63 units");
      assertThat(scoreCsv(to)).as(ext).isEqualTo(expected);
    }
    assertThat(Files.readString(dir.resolve("data.wide.csv")).lines().findFirst().orElseThrow())
        .startsWith("unit,");
  }

  @Test
  void convert_builtInFrameworkToFiles_readsBackEqual(@TempDir Path dir) throws IOException {
    Framework f = Frameworks.pdti2022();
    for (String ext : List.of("json", "yaml", "csv", "xlsx")) {
      Path to = dir.resolve("pdti." + ext);
      DtiCommandTest.Run c = dti("convert", "--from", "pdti-2022", "--to", to.toString());
      assertThat(c.status()).as(ext + ": " + c.err()).isZero();
      assertThat(c.err()).contains("wrote framework");
      Framework back = Inputs.framework(to.toString(), CsvOptions.defaults());
      assertThat(back.nodes()).as(ext).hasSameSizeAs(f.nodes());
      assertThat(back.maxPoints(back.root().code())).isEqualTo(f.maxPoints(f.root().code()));
      // a framework file scores like the built-in it came from
      DtiCommandTest.Run s = dti("score", "--framework", to.toString(), "--data", sample().toString());
      assertThat(s.status()).as(ext + ": " + s.err()).isZero();
      assertThat(s.out().lines().skip(1).map(l -> l.split(",")[1]).toList()).as(ext)
          .isEqualTo(scoreCsv(sample()).lines().skip(1).map(l -> l.split(",")[1]).toList());
    }
  }

  @Test
  void score_writesResultsByExtension(@TempDir Path dir) throws IOException {
    String csv = scoreCsv(sample());
    List<String> dti = csv.lines().skip(1).map(l -> l.split(",")[1]).toList();

    Path json = dir.resolve("r.json");
    assertThat(dti("score", "--framework", "pdti-2022", "--data", sample().toString(), "--out", json.toString())
        .status()).isZero();
    ResultTable fromJson = ResultsJson.of(Format.JSON).read("r.json", Files.readAllBytes(json));
    assertThat(fromJson.units()).hasSize(63);

    Path xlsx = dir.resolve("r.xlsx");
    assertThat(dti("score", "--framework", "pdti-2022", "--data", sample().toString(), "--out", xlsx.toString())
        .status()).isZero();
    ResultTable fromXlsx = XlsxReaders.results("r.xlsx", Files.readAllBytes(xlsx));
    assertThat(fromXlsx.units()).containsExactlyInAnyOrderElementsOf(fromJson.units());
    for (int i = 0; i < 63; i++) {
      String unit = fromJson.units().get(i);
      assertThat(String.format(java.util.Locale.ROOT, "%.4f", fromJson.cell(unit, "dti").value())).isEqualTo(dti.get(i));
      assertThat(fromXlsx.cell(unit, "dti").value()).isEqualTo(fromJson.cell(unit, "dti").value());
      assertThat(fromXlsx.cell(unit, "dti").rank()).isEqualTo(fromJson.cell(unit, "dti").rank());
    }
  }

  @Test
  void resultsWorkbook_namesItsSheetsInTheLanguageAskedFor(@TempDir Path dir) throws IOException {
    Path vi = dir.resolve("vi.xlsx");
    Path en = dir.resolve("en.xlsx");
    assertThat(dti("score", "--framework", "pdti-2022", "--data", sample().toString(), "--out", vi.toString())
        .status()).isZero();
    assertThat(dti("score", "--framework", "pdti-2022", "--data", sample().toString(), "--out", en.toString(),
        "--lang", "en").status()).isZero();
    try (org.opendti.io.table.XlsxWorkbook w = org.opendti.io.table.XlsxWorkbook.open(vi)) {
      assertThat(w.sheets()).first().isEqualTo("Bảng xếp hạng");
      assertThat(w.sheets()).hasSize(4);
    }
    try (org.opendti.io.table.XlsxWorkbook w = org.opendti.io.table.XlsxWorkbook.open(en)) {
      assertThat(w.sheets()).first().isEqualTo("Ranking");
      assertThat(w.sheets()).hasSize(4).allMatch(n -> n.length() <= 31);
    }
    assertThat(XlsxReaders.results("en.xlsx", Files.readAllBytes(en)).units()).hasSize(63);
  }

  @Test
  void contentWinsOverAMisleadingExtension(@TempDir Path dir) throws IOException {
    Path json = dir.resolve("data.json");
    assertThat(dti("convert", "--from", sample().toString(), "--to", json.toString()).status()).isZero();
    Path misnamed = dir.resolve("export.csv");
    Files.copy(json, misnamed);
    assertThat(scoreCsv(misnamed)).isEqualTo(scoreCsv(sample()));

    Path text = dir.resolve("fake.xlsx");
    Files.writeString(text, "unit,indicator,value\nA,awareness,0.5\n", StandardCharsets.UTF_8);
    DtiCommandTest.Run r = dti("score", "--framework", "pdti-2022", "--data", text.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("fake.xlsx").doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void convert_refusesToOverwriteItsInput(@TempDir Path dir) throws IOException {
    Path in = dir.resolve("in.csv");
    Files.copy(sample(), in);
    DtiCommandTest.Run r = dti("convert", "--from", in.toString(), "--to", in.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("refusing to overwrite");
    assertThat(Files.readAllBytes(in)).isEqualTo(Files.readAllBytes(sample()));
  }

  @Test
  void vietnameseNumberStyleXlsxSheets(@TempDir Path dir) throws IOException {
    Path vi = dir.resolve("vi.csv");
    Files.writeString(vi, "unit;indicator;value;period\nHà Nội;awareness;0,82;2023\nHà Nội;awareness;0,9;2024\n"
        + "Huế;awareness;0,5;2023\nHuế;awareness;0,6;2024\n", StandardCharsets.UTF_8);
    Path json = dir.resolve("vi.json");
    DtiCommandTest.Run c = dti("convert", "--from", vi.toString(), "--to", json.toString(), "--number-style", "vi");
    assertThat(c.status()).as(c.err()).isZero();
    Dataset d = DatasetJson.of(Format.JSON).read(json);
    assertThat(d.periods()).containsExactly("2023", "2024");
    assertThat(d.observation("Hà Nội", "awareness", "2024").orElseThrow().measure().value().getAsDouble())
        .isEqualTo(0.9);

    DtiCommandTest.Run without = dti("convert", "--from", vi.toString(), "--to", dir.resolve("x.json").toString());
    assertThat(without.status()).isEqualTo(2);
  }

  @Test
  void periodData_oneWideFilePerYear(@TempDir Path dir) throws IOException {
    Path a = dir.resolve("2023.csv");
    Path b = dir.resolve("2024.csv");
    Files.writeString(a, "unit,gov,econ,society\nHà Nội,0.8,0.7,0.6\nHuế,0.5,0.4,0.3\n", StandardCharsets.UTF_8);
    Files.writeString(b, "unit,gov,econ,society\nHà Nội,0.6,0.6,0.6\nHuế,0.9,0.9,0.9\n", StandardCharsets.UTF_8);
    DtiCommandTest.Run r = dti("score", "--framework", "pdti-2020", "--period-data", "2023=" + a,
        "--period-data", "2024=" + b, "--period", "2024");
    assertThat(r.status()).as(r.err()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(1)).startsWith("Hà Nội,0.6000,2,");
    assertThat(lines.get(2)).startsWith("Huế,0.9000,1,");
    DtiCommandTest.Run both = dti("score", "--framework", "pdti-2020", "--data", a.toString(), "--period-data",
        "2024=" + b);
    assertThat(both.status()).isEqualTo(2);
    assertThat(both.err()).contains("either --data");
  }
}
