package org.opendti.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.opendti.examples.cli.DtiCommandTest.dti;
import static org.opendti.examples.cli.DtiCommandTest.sample;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.opendti.Dataset;
import org.opendti.DtiException;
import org.opendti.Framework;
import org.opendti.Frameworks;
import org.opendti.InvalidDataException;
import org.opendti.InvalidFrameworkException;
import org.opendti.Node;
import org.opendti.NodeKind;
import org.opendti.ProblemsException;
import org.opendti.UnknownNodeException;
import org.opendti.engine.Results;
import org.opendti.engine.ScoringEngine;
import org.opendti.io.DataFormatException;
import org.opendti.io.csv.CoinrMetaReader;
import org.opendti.io.csv.CsvOptions;
import org.opendti.io.csv.FrameworkTableReader;
import org.opendti.io.json.DatasetJson;
import org.opendti.io.json.Format;
import org.opendti.io.json.FrameworkJson;
import org.opendti.io.xlsx.XlsxDatasetReader;
import org.opendti.method.AhpMatrix;
import org.opendti.method.Method;

/**
 * The catalogue of malformed inputs (issue 9): each case goes through the SDK's reader or model, asserting the exact
 * exception type, the location named and the offending value; and the same file through {@code dti score}, asserting
 * exit status 2, one "error:" line per problem naming the same location and value, and no stack trace.
 */
final class BadInputCatalogueTest {
  @TempDir
  static Path dir;

  /** How the SDK is asked to read a case's file. */
  enum Via {
    LONG_CSV, WIDE_CSV, JSON, YAML, XLSX, FRAMEWORK_TABLE, FRAMEWORK_JSON, COINR_META, SCORE_PDTI2022,
    SCORE_SUBPROVINCIAL
  }

  /**
   * One malformed input.
   *
   * @param name the case, as the issue names it
   * @param file the file name (its extension selects the format on the command line)
   * @param content the bytes
   * @param via how the SDK reads it
   * @param type the exact exception type the SDK throws
   * @param mentions what the message must contain: the location and the offending value
   */
  record Case(String name, String file, byte[] content, Via via, Class<? extends Throwable> type,
      List<String> mentions) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static Case csv(String name, String text, Class<? extends Throwable> type, String... mentions) {
    return new Case(name, "d.csv", utf8(text), Via.SCORE_PDTI2022, type, List.of(mentions));
  }

  static byte[] zip(Map<String, byte[]> entries) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        z.putNextEntry(new ZipEntry(e.getKey()));
        z.write(e.getValue());
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }

  /** A real workbook whose cells are the given rows (as text), written by the SDK's own XLSX writer path. */
  static byte[] workbook(String... rows) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    org.dhatim.fastexcel.Workbook wb = new org.dhatim.fastexcel.Workbook(bytes, "test", "1.0");
    org.dhatim.fastexcel.Worksheet ws = wb.newWorksheet("Dữ liệu");
    for (int r = 0; r < rows.length; r++) {
      String[] cells = rows[r].split(",", -1);
      for (int c = 0; c < cells.length; c++) {
        ws.value(r, c, cells[c]);
      }
    }
    wb.finish();
    return bytes.toByteArray();
  }

  private static String frameworkJson(String nodes) {
    return "{\"id\": \"t\", \"version\": \"1\", \"nameVi\": \"Thử\", \"nodes\": [" + nodes + "]}";
  }

  private static final String H = "unit,indicator,value\n";

  static List<Case> cases() throws IOException {
    List<Case> c = new ArrayList<>();
    // long CSV
    c.add(csv("empty file", "", DataFormatException.class, "d.csv", "empty"));
    c.add(csv("header only", H, DataFormatException.class, "d.csv", "no data rows"));
    c.add(csv("missing required column", "unit,value\nHà Nội,0.5\n", DataFormatException.class, "d.csv row 1",
        "missing required column 'indicator'", "\"unit,value\""));
    c.add(csv("misspelt column", "unit,indicator,vaule\nHà Nội,awareness,0.5\n", ProblemsException.class,
        "row 1", "column 'vaule'", "unknown column", "missing column 'value'"));
    c.add(csv("non-numeric value", H + "Hà Nội,awareness,abc\n", DataFormatException.class, "row 2",
        "column 'value'", "\"abc\"", "expected a number"));
    c.add(csv("NaN", H + "Hà Nội,awareness,NaN\n", DataFormatException.class, "row 2", "column 'value'", "\"NaN\""));
    c.add(csv("+Infinity", H + "Hà Nội,awareness,Infinity\n", DataFormatException.class, "row 2", "column 'value'", "\"Infinity\""));
    c.add(csv("-Infinity", H + "Hà Nội,awareness,-Infinity\n", DataFormatException.class, "row 2", "column 'value'", "\"-Infinity\""));
    c.add(csv("value outside its range", H + "Hà Nội,awareness,1.5\n", InvalidDataException.class,
        "unit 'Hà Nội'", "indicator 'awareness'", "(value: 1.5)", "0..1"));
    c.add(csv("negative points", H + "Hà Nội,institutions,-0.2\n", InvalidDataException.class,
        "unit 'Hà Nội'", "indicator 'institutions'", "(value: -0.2)"));
    c.add(new Case("numerator above denominator", "d.csv",
        utf8("unit,indicator,numerator,denominator\nSở A,1.4,12,10\n"), Via.SCORE_SUBPROVINCIAL,
        InvalidDataException.class, List.of("Sở A", "1.4", "12/10")));
    c.add(csv("unknown indicator", H + "Hà Nội,awarenes,0.5\n", UnknownNodeException.class,
        "unknown indicator 'awarenes'", "pdti-2022"));
    c.add(csv("duplicate observation", H + "Hà Nội,awareness,0.5\nHà Nội,awareness,0.6\n",
        DataFormatException.class, "row 3", "column 'value'", "unit 'Hà Nội'", "duplicate observation", "0.6"));
    c.add(csv("empty unit", H + ",awareness,0.5\n", DataFormatException.class, "d.csv row 2, column 'unit'",
        "empty unit"));
    c.add(csv("ragged row", H + "Hà Nội,awareness,0.5,extra\n", DataFormatException.class, "d.csv row 2",
        "4 fields but the header has 3", "extra"));
    c.add(csv("Vietnamese decimal comma without the option", H + "Hà Nội,awareness,\"0,5\"\n",
        DataFormatException.class, "row 2", "column 'value'", "\"0,5\"", "Vietnamese number style"));
    byte[] latin1 = ("unit,indicator,value\nH" + (char) 0xe0 + " N" + (char) 0xf4 + "i,awareness,0.5\n")
        .getBytes(StandardCharsets.ISO_8859_1);
    c.add(new Case("invalid bytes for the encoding", "d.csv", latin1, Via.SCORE_PDTI2022, DataFormatException.class,
        List.of("d.csv row 2", "not valid in the file's encoding (UTF-8)", "windows-1258")));
    String nfc = Normalizer.normalize("Thanh Hoá", Normalizer.Form.NFC);
    String nfd = Normalizer.normalize("Thanh Hoá", Normalizer.Form.NFD);
    c.add(csv("same name in NFC and NFD", H + nfc + ",awareness,0.5\n" + nfd + ",awareness,0.6\n",
        DataFormatException.class, "row 3", "unit 'Thanh Hoá'", "duplicate observation"));
    c.add(csv("huge field", H + "Hà Nội,awareness," + "9".repeat(20_000) + "\n", DataFormatException.class, "row 2",
        "field of 20000 characters", "longer than the limit 10000", "\"999"));
    byte[] garbage = new byte[4096];
    new SplittableRandom(9).nextBytes(garbage);
    garbage[0] = 0x01;
    c.add(new Case("binary garbage", "d.csv", garbage, Via.LONG_CSV, DataFormatException.class, List.of("d.csv row 1", "not valid in")));
    c.add(new Case("unknown unit (with a registry)", "d.csv", utf8(H + "Atlantis,awareness,0.5\n"), Via.LONG_CSV,
        DataFormatException.class, List.of("row 2", "column 'unit'", "unknown unit 'Atlantis'", "closest")));
    // wide CSV
    c.add(new Case("wide: non-numeric cell", "w.wide.csv", utf8("unit,awareness,institutions\nHà Nội,0.5,x\n"),
        Via.WIDE_CSV, DataFormatException.class, List.of("row 2", "column 'institutions'", "\"x\"")));
    c.add(new Case("wide: duplicate unit", "w.wide.csv",
        utf8("unit,awareness\nHà Nội,0.5\nHà Nội,0.6\n"), Via.WIDE_CSV, DataFormatException.class,
        List.of("row 3", "column 'awareness'", "unit 'Hà Nội'", "duplicate observation")));
    c.add(new Case("wide: duplicate indicator column", "w.wide.csv",
        utf8("unit,awareness,awareness\nHà Nội,0.5,0.6\n"), Via.WIDE_CSV, ProblemsException.class,
        List.of("row 1, column 'awareness'", "appears twice (columns 2 and 3)")));
    // JSON and YAML
    c.add(new Case("JSON: truncated", "d.json", utf8("{\"observations\": [{\"unit\": \"Hà Nội\""), Via.JSON,
        DataFormatException.class, List.of("d.json row 1", "not valid JSON (line 1, column", "end-of-input")));
    c.add(new Case("JSON: text where a number belongs", "d.json",
        utf8("{\"observations\": [{\"unit\": \"Hà Nội\", \"indicator\": \"awareness\", \"value\": \"high\"}]}"),
        Via.JSON, ProblemsException.class, List.of("d.json at /observations/0/value", "expected a finite number",
            "high")));
    c.add(new Case("YAML: tab indentation", "d.yaml", utf8("observations:\n\t- unit: Hà Nội\n"), Via.YAML,
        DataFormatException.class, List.of("d.yaml row 1", "not valid YAML (line 1, column 13)", "TAB")));
    // XLSX
    c.add(new Case("text file named .xlsx", "d.xlsx", utf8(H + "Hà Nội,awareness,0.5\n"), Via.XLSX,
        DataFormatException.class, List.of("d.xlsx", "not an XLSX workbook")));
    c.add(new Case("XLSX zip bomb", "d.xlsx", zip(Map.of("xl/workbook.xml", utf8("<x/>"),
        "xl/worksheets/sheet1.xml", new byte[8 << 20])), Via.XLSX, DataFormatException.class,
        List.of("d.xlsx", "possible zip bomb", "xl/worksheets/sheet1.xml")));
    c.add(new Case("XLSX with an external entity", "d.xlsx", zip(Map.of("xl/workbook.xml",
        utf8("<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><workbook>&x;"
            + "</workbook>"))), Via.XLSX, DataFormatException.class, List.of("d.xlsx", "DTD or entity", "xl/workbook.xml")));
    c.add(new Case("XLSX: non-numeric cell", "d.xlsx", workbook("unit,indicator,value", "Hà Nội,awareness,cao"),
        Via.XLSX, DataFormatException.class, List.of("d.xlsx [Dữ liệu] row 2, column 'value'", "\"cao\"")));
    c.add(new Case("XLSX: missing column", "d.xlsx", workbook("unit,value", "Hà Nội,0.5"), Via.XLSX,
        DataFormatException.class, List.of("d.xlsx [Dữ liệu] row 1", "missing required column 'indicator'")));
    // frameworks
    c.add(new Case("framework with a cycle", "f.json", utf8(frameworkJson(
        "{\"code\": \"idx\", \"nameVi\": \"I\", \"kind\": \"INDEX\"},"
            + "{\"code\": \"a\", \"nameVi\": \"A\", \"kind\": \"COMPONENT\", \"parents\": [\"idx\", \"b\"], \"weight\": 1},"
            + "{\"code\": \"b\", \"nameVi\": \"B\", \"kind\": \"COMPONENT\", \"parents\": [\"a\"], \"weight\": 1}")), Via.FRAMEWORK_JSON,
        DataFormatException.class, List.of("f.json at /nodes/1", "node 'a'", "cycle: a → b → a")));
    c.add(new Case("dangling parent", "f.json", utf8(frameworkJson(
        "{\"code\": \"idx\", \"nameVi\": \"I\", \"kind\": \"INDEX\"},"
            + "{\"code\": \"a\", \"nameVi\": \"A\", \"kind\": \"COMPONENT\", \"parents\": [\"idz\"], \"weight\": 1}")), Via.FRAMEWORK_JSON,
        DataFormatException.class, List.of("f.json at /nodes/1", "node 'a'", "parent 'idz' is not defined")));
    c.add(new Case("weights that are all zero", "f.json", utf8(frameworkJson(
        "{\"code\": \"idx\", \"nameVi\": \"I\", \"kind\": \"INDEX\"},"
            + "{\"code\": \"a\", \"nameVi\": \"A\", \"kind\": \"COMPONENT\", \"parents\": [\"idx\"], \"weight\": 0},"
            + "{\"code\": \"b\", \"nameVi\": \"B\", \"kind\": \"COMPONENT\", \"parents\": [\"idx\"], \"weight\": 0}")), Via.FRAMEWORK_JSON,
        InvalidFrameworkException.class, List.of("node 'idx'", "weights of all its children are zero")));
    c.add(new Case("framework table: non-numeric maximum", "khung.csv", utf8(
        "STT,Chỉ số / chỉ số thành phần,Điểm tối đa\n1,Nhận thức số,nhiều\n1.1,Họp,10\n"), Via.FRAMEWORK_TABLE,
        DataFormatException.class, List.of("khung.csv row 2, column 'Điểm tối đa'", "\"nhiều\"")));
    c.add(new Case("framework table: component without its parent", "khung.csv", utf8(
        "STT,Chỉ số / chỉ số thành phần,Điểm tối đa\n1,Nhận thức số,10\n2.1,Họp,10\n"), Via.FRAMEWORK_TABLE,
        DataFormatException.class, List.of("khung.csv row 3, column 'STT'", "no row 2", "\"2.1\"")));
    c.add(new Case("COINr iMeta: non-numeric level", "meta.csv", utf8(
        "iCode,Level,Parent,Weight,Direction\nidx,x,,1,1\na,1,idx,1,1\n"), Via.COINR_META,
        DataFormatException.class, List.of("meta.csv row 2, column 'Level'", "\"x\"")));
    c.add(new Case("COINr iMeta: unknown parent", "meta.csv", utf8(
        "iCode,Level,Parent,Weight,Direction\nidx,2,,1,1\na,1,idz,1,1\n"), Via.COINR_META,
        DataFormatException.class, List.of("meta.csv row 3", "node 'a'", "parent 'idz' is not defined")));
    return c;
  }

  private static Path write(Case k) throws IOException {
    Path sub = Files.createTempDirectory(dir, "case");
    Path p = sub.resolve(k.file());
    Files.write(p, k.content());
    return p;
  }

  private static Object readWithSdk(Case k, Path p) throws IOException {
    CsvOptions o = CsvOptions.defaults();
    return switch (k.via()) {
      case LONG_CSV -> org.opendti.io.csv.CsvDatasetReader.of(k.name().contains("registry")
          ? CsvOptions.builder().units(org.opendti.Provinces.before2025()).build() : o).read(p);
      case WIDE_CSV -> org.opendti.io.csv.WideCsvDatasetReader.of(o).read(p);
      case JSON -> DatasetJson.of(Format.JSON).read(p);
      case YAML -> DatasetJson.of(Format.YAML).read(p);
      case XLSX -> XlsxDatasetReader.of(o).read(p);
      case FRAMEWORK_TABLE -> FrameworkTableReader.of(o).read(p);
      case FRAMEWORK_JSON -> {
        Framework f = FrameworkJson.of(Format.JSON).read(p).framework();
        yield ScoringEngine.of(Method.coinr()).score(f, Dataset.builder().put("X", "a", 1).put("X", "b", 1).build());
      }
      case COINR_META -> CoinrMetaReader.of(o).read(p);
      case SCORE_PDTI2022 -> ScoringEngine.official().score(Frameworks.pdti2022(),
          org.opendti.io.csv.CsvDatasetReader.of(o).read(p));
      case SCORE_SUBPROVINCIAL -> ScoringEngine.official().score(org.opendti.Frameworks.exampleSubProvincial(),
          org.opendti.io.csv.CsvDatasetReader.of(o).read(p));
    };
  }

  private static String[] cli(Case k, Path p) {
    return switch (k.via()) {
      case FRAMEWORK_TABLE, COINR_META -> new String[] {"score", "--framework", p.toString(), "--data",
          sample().toString()};
      case FRAMEWORK_JSON -> new String[] {"score", "--framework", p.toString(), "--data", abData(p).toString()};
      case SCORE_SUBPROVINCIAL -> new String[] {"score", "--framework", "example-subprovincial", "--data",
          p.toString()};
      case LONG_CSV -> k.name().contains("registry") ? new String[] {"score", "--framework", "pdti-2022", "--data",
          p.toString(), "--units", "before-2025"} : new String[] {"score", "--framework", "pdti-2022", "--data",
          p.toString()};
      // the reader's own NFC matching, without the 63-province registry that would name the unit 'Thanh Hóa'
      default -> k.name().contains("NFC and NFD") ? new String[] {"score", "--framework", "pdti-2022", "--data",
          p.toString(), "--units", "none"} : new String[] {"score", "--framework", "pdti-2022", "--data", p.toString()};
    };
  }

  private static Path abData(Path framework) {
    try {
      return Files.writeString(framework.resolveSibling("ab.csv"), "unit,indicator,value\nX,a,1\nX,b,1\n");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theSdkThrowsTheExactTypeNamingWhereAndWhat(Case k) throws IOException {
    Path p = write(k);
    Throwable t = catchThrowable(() -> readWithSdk(k, p));
    assertThat(t).as(k.name()).isNotNull();
    Throwable reported = t instanceof ProblemsException pe && pe.problems().size() == 1 ? pe.problems().get(0) : t;
    assertThat(reported).as(k.name() + ": " + t).isExactlyInstanceOf(k.type());
    for (String m : k.mentions()) {
      assertThat(Normalizer.normalize(t.getMessage(), Normalizer.Form.NFC)).as(k.name()).contains(m);
    }
    assertThat(t).isInstanceOf(DtiException.class);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void dtiScoreExitsTwoWithOneLinePerProblem(Case k) throws IOException {
    Path p = write(k);
    DtiCommandTest.Run r = dti(cli(k, p));
    assertThat(r.status()).as(k.name() + "\n" + r.err()).isEqualTo(2);
    List<String> lines = r.err().lines().toList();
    assertThat(lines).as(k.name()).isNotEmpty()
        .allSatisfy(l -> assertThat(l).startsWith("error: ").doesNotContain("\tat ").doesNotContain("Exception"));
    for (String m : k.mentions()) {
      assertThat(Normalizer.normalize(r.err(), Normalizer.Form.NFC)).as(k.name()).contains(m);
    }
    assertThat(r.out()).isEmpty();
  }

  @Test
  void catalogueHasAtLeastFortyCases() throws IOException {
    assertThat(cases().size() + modelCases().size()).isGreaterThanOrEqualTo(40);
  }

  /** Model-level cases with no file: built in code. */
  static List<Map.Entry<String, Runnable>> modelCases() {
    return List.of(
        Map.entry("AHP matrix that is not reciprocal", () -> AhpMatrix.of(List.of("a", "b"),
            new double[][] {{1, 3}, {3, 1}})),
        Map.entry("dataset value NaN in code", () -> Dataset.builder().put("A", "a", Double.NaN)),
        Map.entry("component without a parent", () -> Framework.builder().id("x").version("1").nameVi("x")
            .addNodes(Node.builder().code("a").nameVi("a").kind(NodeKind.COMPONENT).weight(1).build()).build()));
  }

  @Test
  void modelCases_nameTheNodeOrCellAndTheValue() {
    Throwable ahp = catchThrowable(() -> modelCases().get(0).getValue().run());
    assertThat(ahp).isExactlyInstanceOf(IllegalArgumentException.class).hasMessageContaining("not reciprocal")
        .hasMessageContaining("entry (a, b) is 3.0 but (b, a) is 3.0").hasMessageContaining("expected 0.333");
    Throwable nan = catchThrowable(() -> modelCases().get(1).getValue().run());
    assertThat(nan).isExactlyInstanceOf(InvalidDataException.class).hasMessageContaining("A")
        .hasMessageContaining("a").hasMessageContaining("NaN");
    Throwable noIndex = catchThrowable(() -> modelCases().get(2).getValue().run());
    assertThat(noIndex).isExactlyInstanceOf(InvalidFrameworkException.class).hasMessageContaining("node 'a'")
        .hasMessageContaining("must name at least one parent");
  }

  @Test
  void aUnitMissingAnIndicator_scoresZeroWithAWarningNamingBoth(@TempDir Path tmp) throws IOException {
    Path p = tmp.resolve("d.csv");
    StringBuilder sb = new StringBuilder(H);
    for (Node leaf : Frameworks.pdti2022().leaves()) {
      if (!leaf.code().equals("institutions")) {
        sb.append("Hà Nội,").append(leaf.code()).append(",0.5\n");
      }
    }
    Files.writeString(p, sb);
    Results r = ScoringEngine.official().score(Frameworks.pdti2022(),
        org.opendti.io.csv.CsvDatasetReader.of(CsvOptions.defaults()).read(p));
    assertThat(r.points("Hà Nội", "institutions")).isZero();
    assertThat(r.warnings()).anySatisfy(w -> assertThat(w.toString()).contains("Hà Nội").contains("institutions"));
    Path all = tmp.resolve("warnings.csv");
    DtiCommandTest.Run cli = dti("score", "--framework", "pdti-2022", "--data", p.toString(), "--warnings",
        all.toString());
    assertThat(cli.status()).as(cli.err()).isZero();
    assertThat(cli.err()).contains("warning: 1 missing values filled by the missing-value policy 'zero'")
        .contains("Hà Nội").contains("institutions");
    assertThat(Files.readAllLines(all)).containsExactly("\uFEFFkind,unit,indicator,message",
        "MISSING_VALUE,Hà Nội,institutions,no value; missing-value policy 'zero' applied");
  }

  static Stream<String> unusualButAccepted() {
    return Stream.of(
        "\uFEFFunit,indicator,value\nHà Nội,awareness,0.5\n",
        "unit,indicator,value\r\nHà Nội,awareness,0.5\r\n",
        "unit,indicator,value\n\"Hà Nội, thủ đô\",awareness,0.5\n",
        "unit,indicator,value\nHà Nội,awareness,0.5\n\n\n");
  }

  @ParameterizedTest
  @MethodSource("unusualButAccepted")
  void unusualButAccepted_readsOneObservation(String text, @TempDir Path tmp) throws IOException {
    Path p = tmp.resolve("d.csv");
    Files.writeString(p, text);
    Dataset d = org.opendti.io.csv.CsvDatasetReader.of(CsvOptions.defaults()).read(p);
    assertThat(d.units()).hasSize(1);
    assertThat(d.units().get(0).name()).startsWith("Hà Nội");
    assertThat(d.observation(d.units().get(0).code(), "awareness", Dataset.SINGLE_PERIOD).orElseThrow().measure()
        .value()).hasValue(0.5);
    // "Hà Nội, thủ đô" is no province name: taken as written
    assertThat(dti("score", "--framework", "pdti-2022", "--data", p.toString(), "--units", "none").status()).isZero();
  }
}
