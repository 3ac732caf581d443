package org.opendti.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.opendti.examples.cli.DtiCommandTest.dti;
import static org.opendti.examples.cli.DtiCommandTest.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Warnings on stderr and in {@code --warnings FILE}, and unit names resolved alike in every command. */
final class WarningsAndNamesCliTest {
  private static final String H = "unit,indicator,value\n";
  /** This module's own copy of the COINr-style sample (the same bytes as dti-io's reference files). */
  private static final Path SAMPLES = Path.of("samples");

  private static Path write(Path dir, String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, UTF_8);
  }

  /** Every pdti-2022 main indicator of one unit, but the ones left out, with the given value. */
  private static String rows(String unit, double value, String... without) {
    StringBuilder sb = new StringBuilder();
    for (var n : org.opendti.Frameworks.pdti2022().leaves()) {
      if (!List.of(without).contains(n.code())) {
        sb.append(unit).append(',').append(n.code()).append(',').append(value).append('\n');
      }
    }
    return sb.toString();
  }

  /** The sample with one province's name replaced in every row. */
  private static Path sampleSpelling(Path dir, String name, String from, String to) throws IOException {
    List<String> lines = Files.readAllLines(sample(), UTF_8).stream()
        .map(l -> l.startsWith(from + ",") ? to + l.substring(from.length()) : l).toList();
    Path p = dir.resolve(name);
    Files.write(p, lines, UTF_8);
    return p;
  }

  // warnings

  @Test
  void score_countsWarningsByKind_andWritesAllOfThemToTheWarningsFile(@TempDir Path dir) throws IOException {
    Path data = write(dir, "d.csv", H + rows("Hà Nội", 0.5, "institutions", "human_resources")
        + rows("Huế", 0.4, "cybersecurity"));
    DtiCommandTest.Run r = dti("score", "--framework", "pdti-2022", "--data", data.toString());
    assertThat(r.status()).as(r.err()).isZero();
    List<String> warnings = r.err().lines().filter(l -> l.startsWith("warning: ")).toList();
    assertThat(warnings).containsExactly("warning: 3 missing values filled by the missing-value policy 'zero'"
        + " (first: unit 'Hà Nội', indicator 'institutions': no value; missing-value policy 'zero' applied);"
        + " --warnings FILE writes all of them");

    Path file = dir.resolve("out").resolve("warnings.csv");
    DtiCommandTest.Run w = dti("score", "--framework", "pdti-2022", "--data", data.toString(), "--warnings",
        file.toString());
    assertThat(w.status()).as(w.err()).isZero();
    assertThat(w.err()).contains("warning: 3 missing values").doesNotContain("--warnings FILE writes")
        .contains("wrote " + file + " (3 warnings)");
    assertThat(Files.readAllLines(file, UTF_8)).containsExactly("\uFEFFkind,unit,indicator,message",
        "MISSING_VALUE,Hà Nội,institutions,no value; missing-value policy 'zero' applied",
        "MISSING_VALUE,Hà Nội,human_resources,no value; missing-value policy 'zero' applied",
        "MISSING_VALUE,Huế,cybersecurity,no value; missing-value policy 'zero' applied");
  }

  @Test
  void score_namesEachKindAndThePolicyThatFilledTheGaps(@TempDir Path dir) throws IOException {
    DtiCommandTest.Run outliers = dti("score", "--framework", SAMPLES.resolve("coinr-meta-63.csv").toString(),
        "--data", SAMPLES.resolve("coinr-data-63.csv").toString(), "--outliers", "coinr");
    assertThat(outliers.status()).as(outliers.err()).isZero();
    assertThat(outliers.err().lines().filter(l -> l.startsWith("warning: ")))
        .anyMatch(l -> l.matches("warning: \\d+ outliers treated \\(first: unit '\\(all units\\)', indicator"
            + " '\\w+': outlier treatment .*"))
        .noneMatch(l -> l.contains("missing values"));

    Path data = write(dir, "d.csv", H + "Hà Nội,awareness,0.5\nHuế,awareness,0.7\n");
    Path file = dir.resolve("w.csv");
    DtiCommandTest.Run unpublished = dti("score", "--framework", "pdti-2025", "--data", data.toString(),
        "--warnings", file.toString(), "--missing", "skip");
    assertThat(unpublished.status()).as(unpublished.err()).isZero();
    List<String> lines = unpublished.err().lines().filter(l -> l.startsWith("warning: ")).toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).startsWith("warning: 14 missing values filled by the missing-value policy 'skip'"
        + " (first: unit 'Hà Nội', indicator 'institutions'");
    assertThat(lines.get(1)).startsWith("warning: 3 " + org.opendti.engine.Warning.Kind.NOT_COMPUTED.describe(
        org.opendti.Language.EN) + " (first: unit '(all units)', indicator 'foundation': not computed:");
    List<String> csv = Files.readAllLines(file, UTF_8);
    assertThat(csv).hasSize(1 + 14 + 3);
    assertThat(csv.stream().filter(l -> l.startsWith("NOT_COMPUTED,(all units),"))).hasSize(3);
  }

  @Test
  void warningsFile_isNeverAnInputNorTheOutput(@TempDir Path dir) throws IOException {
    Path data = write(dir, "d.csv", H + rows("Hà Nội", 0.5, "institutions"));
    byte[] before = Files.readAllBytes(data);
    DtiCommandTest.Run overInput = dti("score", "--framework", "pdti-2022", "--data", data.toString(),
        "--warnings", data.toString());
    assertThat(overInput.status()).isEqualTo(2);
    assertThat(overInput.err()).contains("refusing to overwrite");
    assertThat(Files.readAllBytes(data)).isEqualTo(before);
    Path out = dir.resolve("r.csv");
    DtiCommandTest.Run overOutput = dti("score", "--framework", "pdti-2022", "--data", data.toString(), "--out",
        out.toString(), "--warnings", out.toString());
    assertThat(overOutput.status()).isEqualTo(2);
    assertThat(overOutput.err()).contains("--warnings " + out + " is also the command's output");
    assertThat(out).doesNotExist();
    // the old flag took no value: now it needs the file
    DtiCommandTest.Run flag = dti("score", "--framework", "pdti-2022", "--data", data.toString(), "--warnings");
    assertThat(flag.status()).isEqualTo(2);
    assertThat(flag.err()).isEqualTo("error: option --warnings=FILE needs a value (dti score --help lists the"
        + " options)" + System.lineSeparator());
  }

  @Test
  void compare_plan_uncertainty_reportTheirWarnings(@TempDir Path dir) throws IOException {
    Path from = write(dir, "from.csv", H + rows("Hà Nội", 0.5, "institutions") + rows("Huế", 0.6));
    Path to = write(dir, "to.csv", H + rows("Hà Nội", 0.55) + rows("Huế", 0.6, "awareness", "cybersecurity"));
    Path file = dir.resolve("w.csv");
    DtiCommandTest.Run cmp = dti("compare", "--framework", "pdti-2022", "--from", from.toString(), "--to",
        to.toString(), "--warnings", file.toString());
    assertThat(cmp.status()).as(cmp.err()).isZero();
    assertThat(cmp.err().lines().filter(l -> l.startsWith("warning: "))).containsExactly(
        "warning: from: 1 missing values filled by the missing-value policy 'zero' (first: unit 'Hà Nội', indicator"
            + " 'institutions': no value; missing-value policy 'zero' applied)",
        "warning: to: 2 missing values filled by the missing-value policy 'zero' (first: unit 'Huế', indicator"
            + " 'awareness': no value; missing-value policy 'zero' applied)");
    assertThat(Files.readAllLines(file, UTF_8)).containsExactly("\uFEFFkind,unit,indicator,message",
        "MISSING_VALUE,Hà Nội,institutions,from: no value; missing-value policy 'zero' applied",
        "MISSING_VALUE,Huế,awareness,to: no value; missing-value policy 'zero' applied",
        "MISSING_VALUE,Huế,cybersecurity,to: no value; missing-value policy 'zero' applied");

    Path gap = dir.resolve("gap.csv");
    List<String> lines = new ArrayList<>(Files.readAllLines(sample(), UTF_8));
    lines.removeIf(l -> l.startsWith("Hà Giang,awareness,"));
    Files.write(gap, lines, UTF_8);
    DtiCommandTest.Run plan = dti("plan", "--framework", "pdti-2022", "--data", gap.toString(), "--unit",
        "Ha Giang", "--target-rank", "1", "--warnings", dir.resolve("plan-w.csv").toString());
    assertThat(plan.status()).as(plan.err()).isZero();
    assertThat(plan.err()).contains("warning: 1 missing values filled by the missing-value policy 'zero' (first:"
        + " unit 'Hà Giang', indicator 'awareness'");
    assertThat(Files.readAllLines(dir.resolve("plan-w.csv"), UTF_8)).hasSize(2);

    DtiCommandTest.Run mc = dti("uncertainty", "--framework", "pdti-2022", "--data", gap.toString(), "--runs", "20",
        "--missing", "mean");
    assertThat(mc.status()).as(mc.err()).isZero();
    assertThat(mc.err()).contains("warning: 1 missing values filled by the missing-value policy 'mean' (first:"
        + " unit 'Hà Giang', indicator 'awareness'");
    assertThat(mc.out().lines()).hasSize(64);
  }

  // names

  @ParameterizedTest
  @ValueSource(strings = {"Thanh Hóa", "Thanh Hoa", "Thanh Hoá", "thanh hoa", "THANH HOÁ", "Tỉnh Thanh Hóa", "38"})
  void plan_resolvesAnySpellingOfAProvince(String name) {
    DtiCommandTest.Run r = dti("plan", "--framework", "pdti-2022", "--data", sample().toString(), "--unit", name,
        "--target-rank", "10");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out().lines().skip(1).findFirst().orElseThrow()).startsWith("unit=Thanh Hóa node=dti");
  }

  @Test
  void plan_hanoiAndHoChiMinhCity_andUnknownNamesFailInOneLineWithTheClosest(@TempDir Path dir)
      throws IOException {
    assertThat(dti("plan", "--framework", "pdti-2022", "--data", sample().toString(), "--unit", "Hanoi",
        "--target-rank", "1").out()).contains("unit=Hà Nội ");
    assertThat(dti("plan", "--framework", "pdti-2022", "--data", sample().toString(), "--unit", "TP. HCM",
        "--target-rank", "1").out()).contains("unit=Hồ Chí Minh ");
    DtiCommandTest.Run unknown = dti("plan", "--framework", "pdti-2022", "--data", sample().toString(), "--unit",
        "Thanh Hoaa", "--target-rank", "1");
    assertThat(unknown.status()).isEqualTo(2);
    assertThat(unknown.err().lines()).hasSize(1);
    assertThat(unknown.err()).startsWith("error: --unit: unknown unit 'Thanh Hoaa'; closest: Thanh Hóa, ");
    // a province the registry knows but the data lack
    Path without = dir.resolve("no-hue.csv");
    Files.write(without, Files.readAllLines(sample(), UTF_8).stream().filter(l -> !l.startsWith("Huế,")).toList(),
        UTF_8);
    DtiCommandTest.Run absent = dti("plan", "--framework", "pdti-2022", "--data", without.toString(), "--unit",
        "Thừa Thiên Huế", "--target-rank", "1");
    assertThat(absent.status()).isEqualTo(2);
    assertThat(absent.err().lines()).singleElement().asString()
        .startsWith("error: --unit 'Thừa Thiên Huế' is Huế, which the data do not hold; closest in the data: ");
  }

  @Test
  void plan_dataSpelledOtherwise_isTheSameProvince(@TempDir Path dir) throws IOException {
    Path data = sampleSpelling(dir, "d.csv", "Thanh Hóa", "Thanh Hoa");
    DtiCommandTest.Run r = dti("plan", "--framework", "pdti-2022", "--data", data.toString(), "--unit",
        "Thanh Hóa", "--target-rank", "10");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo(dti("plan", "--framework", "pdti-2022", "--data", sample().toString(), "--unit",
        "Thanh Hóa", "--target-rank", "10").out());
  }

  @Test
  void score_provincialData_areNamedAsTheRegistryNamesThem_inCsvAndJson(@TempDir Path dir) throws IOException {
    Path csv = write(dir, "d.csv", H + rows("Thanh Hoa", 0.5) + rows("TP. Hồ Chí Minh", 0.4));
    Path json = write(dir, "d.json", "{\"observations\": [{\"unit\": \"Thanh Hoa\", \"indicator\": \"awareness\","
        + " \"value\": 0.5}, {\"unit\": \"TP. Hồ Chí Minh\", \"indicator\": \"awareness\", \"value\": 0.4}]}");
    for (Path p : List.of(csv, json)) {
      DtiCommandTest.Run r = dti("score", "--framework", "pdti-2022", "--data", p.toString());
      assertThat(r.status()).as(r.err()).isZero();
      assertThat(r.out().lines().skip(1).map(l -> l.split(",")[0])).as(p.toString())
          .containsExactly("Thanh Hóa", "Hồ Chí Minh");
    }
  }

  @Test
  void score_twoSpellingsOfOneProvince_areOneUnit_soTheSecondValueIsADuplicate(@TempDir Path dir)
      throws IOException {
    Path csv = write(dir, "d.csv", H + "Thanh Hóa,awareness,0.5\nThanh Hoa,awareness,0.6\n");
    DtiCommandTest.Run r = dti("score", "--framework", "pdti-2022", "--data", csv.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("d.csv row 3").contains("unit 'Thanh Hóa'").contains("duplicate observation");
    Path json = write(dir, "d.json", "{\"observations\": [{\"unit\": \"Thanh Hoá\", \"indicator\": \"awareness\","
        + " \"value\": 0.5}, {\"unit\": \"thanh hoa\", \"indicator\": \"institutions\", \"value\": 0.4}]}");
    DtiCommandTest.Run j = dti("score", "--framework", "pdti-2022", "--data", json.toString());
    assertThat(j.status()).isEqualTo(2);
    assertThat(j.err()).contains("units 'Thanh Hoá' and 'thanh hoa' are both 'Thanh Hóa'");
  }

  @Test
  void score_unknownProvince_failsWithTheClosest_andUnitsNoneTakesNamesAsWritten(@TempDir Path dir)
      throws IOException {
    Path data = write(dir, "d.csv", H + "Thanh Hoa,awareness,0.5\nAtlantis,awareness,0.4\n");
    DtiCommandTest.Run r = dti("score", "--framework", "pdti-2022", "--data", data.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("error: d.csv row 3, column 'unit': unknown unit 'Atlantis'; closest: ")
        .contains("hint: pdti-2022 scores provinces").contains("--units none");
    DtiCommandTest.Run none = dti("score", "--framework", "pdti-2022", "--data", data.toString(), "--units", "none");
    assertThat(none.status()).as(none.err()).isZero();
    assertThat(none.out().lines().skip(1).map(l -> l.split(",")[0])).containsExactly("Thanh Hoa", "Atlantis");
    DtiCommandTest.Run bad = dti("score", "--framework", "pdti-2022", "--data", data.toString(), "--units", "all");
    assertThat(bad.status()).isEqualTo(2);
    assertThat(bad.err()).contains("unknown --units 'all'; expected before-2025").contains("none");
  }

  @Test
  void nonProvincialFramework_matchesNamesWithoutDiacritics_andSuggestsTheDatasNames(@TempDir Path dir)
      throws IOException {
    Path data = write(dir, "d.csv", "unit,indicator,value\nSở Y tế,6.2,97.5\nSở Tài chính,6.2,50\n");
    DtiCommandTest.Run r = dti("plan", "--framework", "example-subprovincial", "--data", data.toString(), "--unit",
        "so tai chinh", "--target-rank", "1");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).contains("unit=Sở Tài chính ");
    DtiCommandTest.Run unknown = dti("plan", "--framework", "example-subprovincial", "--data", data.toString(),
        "--unit", "Sở Tài chinhh", "--target-rank", "1");
    assertThat(unknown.status()).isEqualTo(2);
    assertThat(unknown.err().lines().filter(l -> l.startsWith("error: "))).containsExactly(
        "error: --unit: unknown unit 'Sở Tài chinhh'; closest: Sở Tài chính, Sở Y tế");
  }

  @Test
  void methodReferenceUnit_resolvesLikeEveryName(@TempDir Path dir) throws IOException {
    Path json = dir.resolve("f.json");
    assertThat(dti("convert", "--from", "pdti-2022", "--to", json.toString()).status()).isZero();
    String text = Files.readString(json, UTF_8);
    assertThat(text).contains("\"status\": \"OFFICIAL\",");
    Path named = write(dir, "ref.json", text.replace("\"status\": \"OFFICIAL\",", "\"status\": \"OFFICIAL\","
        + " \"method\": {\"normalise\": \"distance-to-reference\", \"referenceUnit\": \"thanh hoa\", \"rule\":"
        + " \"raw\"},"));
    DtiCommandTest.Run r = dti("score", "--framework", named.toString(), "--data", sample().toString());
    assertThat(r.status()).as(r.err()).isZero();
    String thanhHoa = r.out().lines().filter(l -> l.startsWith("Thanh Hóa,")).findFirst().orElseThrow();
    // every indicator of the reference unit is its own reference: 1
    assertThat(thanhHoa).startsWith("Thanh Hóa,1.0000,");
    Path unknown = write(dir, "bad.json", Files.readString(named, UTF_8).replace("thanh hoa", "Atlantis"));
    DtiCommandTest.Run bad = dti("score", "--framework", unknown.toString(), "--data", sample().toString());
    assertThat(bad.status()).isEqualTo(2);
    assertThat(bad.err()).startsWith("error: the method's referenceUnit: unknown unit 'Atlantis'; closest: ");
  }

  // compare

  @Test
  void compare_matchesSpellingsThroughTheRegistry_andListsUnitsOfOnePeriodOnly(@TempDir Path dir)
      throws IOException {
    Path from = write(dir, "from.csv", H + rows("Thanh Hóa", 0.5) + rows("Hà Nội", 0.6) + rows("Cà Mau", 0.3));
    Path to = write(dir, "to.csv", H + rows("Thanh Hoa", 0.7) + rows("Hanoi", 0.6) + rows("Bạc Liêu", 0.4));
    DtiCommandTest.Run r = dti("compare", "--framework", "pdti-2022", "--from", from.toString(), "--to",
        to.toString());
    assertThat(r.status()).as(r.err()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines.stream().skip(1).map(l -> l.split(",", -1)[0])).containsExactly("Thanh Hóa", "Hà Nội",
        "Bạc Liêu", "Cà Mau");
    assertThat(lines.get(1)).startsWith("Thanh Hóa,0.5000,0.7000,0.2000,2,1,1,");
    assertThat(lines.get(2)).startsWith("Hà Nội,0.6000,0.6000,0.0000,1,2,-1,");
    assertThat(lines.get(3)).startsWith("Bạc Liêu,,0.4000,,,3,,");
    assertThat(lines.get(4)).startsWith("Cà Mau,0.3000,,,3,,,");
    assertThat(r.err().lines().filter(l -> l.startsWith("units in one period only"))).containsExactly(
        "units in one period only: 1 only in --from ('Cà Mau'), 1 only in --to ('Bạc Liêu') (listed with empty"
            + " values for the other period)");
    DtiCommandTest.Run table = dti("compare", "--framework", "pdti-2022", "--from", from.toString(), "--to",
        to.toString(), "--table", "--lang", "en");
    assertThat(table.out()).containsPattern("Bạc Liêu .* new").containsPattern("Cà Mau +0\\.3000 .* 3 +gone");
  }

  @Test
  void compare_withoutRegistry_matchesSpellingsThatDifferInDiacriticsOnly_andSaysSo(@TempDir Path dir)
      throws IOException {
    Path from = write(dir, "from.csv", "unit,indicator,value\nSo Y te,6.2,90\nSở Tài chính,6.2,50\n");
    Path to = write(dir, "to.csv", "unit,indicator,value\nSở Y tế,6.2,97.5\nSở Tài chính,6.2,60\nSở Nội vụ,6.2,70\n");
    DtiCommandTest.Run r = dti("compare", "--framework", "example-subprovincial", "--from", from.toString(), "--to",
        to.toString(), "--decimals", "3");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.err()).contains("note: unit 'So Y te' of --from is 'Sở Y tế' of --to")
        .contains("units in one period only: 0 only in --from, 1 only in --to ('Sở Nội vụ')");
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(4);
    assertThat(lines.get(1)).startsWith("Sở Y tế,0.").doesNotStartWith("Sở Y tế,,");
    assertThat(lines.get(3)).startsWith("Sở Nội vụ,,");
  }
}
