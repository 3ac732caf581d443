package org.opendti.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.opendti.examples.cli.DtiCommandTest.dti;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dti status}: who still owes what in an assessment round (issue 17). */
final class StatusCliTest {
  /**
   * 100 points: c1 (30, unit report) and c2 (30, finance, only for kinh-te-so) under m1; c3 (40, unit report) under
   * m2; c4 (0 points, collected, no source) under m2.
   */
  private static final String FRAMEWORK = "STT,Chỉ số / chỉ số thành phần,Điểm tối đa,Nguồn thu thập dữ liệu,Áp dụng\n"
      + "1,M1,60,,\n1.1,C1,30,Báo cáo của đơn vị,\n1.2,C2,30,Sở Tài chính,kinh-te-so\n"
      + "2,M2,40,,\n2.1,C3,40,Báo cáo của đơn vị,\n";

  private static final String UNITS = "unit,name,kind,group,tags\nA,Sở A,sở,khối 1,kinh-te-so\nB,Sở B,sở,khối 1,\n"
      + "C,Sở C,sở,khối 2,\n";

  @TempDir
  Path dir;

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, UTF_8);
  }

  private DtiCommandTest.Run status(String data, String... more) throws IOException {
    List<String> args = new java.util.ArrayList<>(List.of("status", "--framework", write("dept.csv", FRAMEWORK)
        .toString(), "--data", write("data.csv", data).toString()));
    args.addAll(List.of(more));
    return dti(args.toArray(String[]::new));
  }

  @Test
  void tablesByUnitAndBySource_andTheFullListAsCsv() throws IOException {
    Path out = dir.resolve("owed.csv");
    DtiCommandTest.Run r = status("unit,indicator,value\nA,1.1,1\nA,2.1,1\nSở B,1.1,1\n", "--unit-list",
        write("units.csv", UNITS).toString(), "--out", out.toString(), "--lang", "en");
    assertThat(r.status()).as(r.err()).isZero();
    // A: 1.1, 1.2, 2.1 expected (3), 1.2 missing; B and C: 1.1, 2.1 (1.2 does not apply); B misses 2.1, C both
    assertThat(r.out().lines()).containsExactly(
        "Units: 3. Values expected: 7, given: 3, missing: 4. Units complete: 0, incomplete: 3.",
        "",
        "By unit:",
        "Unit  Name  Expected  Given  Missing  First missing",
        "----  ----  --------  -----  -------  -------------",
        "A     Sở A         3      2        1  1.2",
        "B     Sở B         2      1        1  2.1",
        "C     Sở C         2      0        2  1.1, 2.1",
        "",
        "By data source:",
        "Data source         Units owing  Values missing",
        "------------------  -----------  --------------",
        "Báo cáo của đơn vị            2               3",
        "Sở Tài chính                  1               1");
    assertThat(r.err()).isEqualTo("wrote " + out + " (4 rows)" + System.lineSeparator());
    assertThat(Files.readAllLines(out, UTF_8)).containsExactly(
        "\uFEFFunit,unit_name,kind,group,indicator,indicator_name,data_source,stage",
        "A,Sở A,department,khối 1,1.2,C2,Sở Tài chính,",
        "B,Sở B,department,khối 1,2.1,C3,Báo cáo của đơn vị,",
        "C,Sở C,department,khối 2,1.1,C1,Báo cáo của đơn vị,",
        "C,Sở C,department,khối 2,2.1,C3,Báo cáo của đơn vị,");
  }

  @Test
  void stagedRound_countsWhatIsNotAppraised_andFailIfMissingExitsThree() throws IOException {
    String round = "unit,indicator,value,stage\nA,1.1,1,self\nA,1.2,1,self\nA,2.1,1,self\nB,1.1,1,self\n"
        + "A,1.1,1,appraised\nB,1.1,0.5,thẩm định\n";
    DtiCommandTest.Run r = status(round, "--unit-list", write("units.csv", UNITS).toString(), "--lang", "en",
        "--fail-if-missing");
    assertThat(r.status()).isEqualTo(StatusCommand.INCOMPLETE);
    // self: A complete, B misses 2.1, C both; the council has not appraised A's 1.2 and 2.1
    assertThat(r.out().replaceAll("\\s+", " ")).contains("Units: 3. Self-assessed values expected: 7,"
        + " given: 4, missing: 3. Units complete: 1, incomplete: 2. Not yet appraised: 2.");
    assertThat(r.out().lines()).contains(
        "Unit  Name  Expected  Given  Missing  Not appraised  First missing",
        "A     Sở A         3      3        0              2",
        "B     Sở B         2      1        1              0  2.1",
        "Data source         Units owing  Values missing  Not appraised",
        "Báo cáo của đơn vị            2               3              1",
        "Sở Tài chính                  0               0              1");
    Path out = dir.resolve("owed.csv");
    assertThat(status(round, "--unit-list", dir.resolve("units.csv").toString(), "--out", out.toString()).status())
        .isZero();
    assertThat(Files.readAllLines(out, UTF_8)).contains("A,Sở A,department,khối 1,1.2,C2,Sở Tài chính,appraised",
        "B,Sở B,department,khối 1,2.1,C3,Báo cáo của đơn vị,self").hasSize(6);
  }

  @Test
  void completeData_failIfMissingExitsZero_andWithoutAUnitListStderrSaysSo() throws IOException {
    DtiCommandTest.Run r = status("unit,indicator,value\nB,1.1,1\nB,2.1,1\n", "--fail-if-missing", "--lang", "en");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).contains("Units: 1. Values expected: 2, given: 2, missing: 0. Units complete: 1, incomplete: 0.")
        .contains("B     B            2      2        0\n");
    assertThat(r.err()).startsWith("warning: without --unit-list only the units in the data are listed");
  }

  @Test
  void unitNotOnTheList_isAnError() throws IOException {
    DtiCommandTest.Run r = status("unit,indicator,value\nA,1.1,1\nSở Z,1.1,1\n", "--unit-list",
        write("units.csv", UNITS).toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("Sở Z").contains("not on the unit list");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void wrongPeriod_andSeveralPeriodsWithoutOne_areErrors() throws IOException {
    DtiCommandTest.Run r = status("unit,indicator,value,period\nA,1.1,1,2024\nA,1.1,1,2025\n", "--period", "2023");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("period '2023' is not in the data: their periods are ['2024', '2025']");
    DtiCommandTest.Run none = status("unit,indicator,value,period\nA,1.1,1,2024\nA,1.1,1,2025\n");
    assertThat(none.status()).isEqualTo(2);
    assertThat(none.err()).contains("the data have 2 periods [2024, 2025]; name one with --period");
    DtiCommandTest.Run named = status("unit,indicator,value,period\nA,1.1,1,2024\nA,1.1,1,2025\n", "--period",
        "2025", "--lang", "en");
    assertThat(named.status()).as(named.err()).isZero();
    // A has no tag without a unit list, so 1.2 does not apply: 1.1 and 2.1 are expected
    assertThat(named.out()).startsWith("Period 2025. Units: 1. Values expected: 2, given: 1, missing: 1.");
  }

  @Test
  void valueWhereTheComponentDoesNotApply_isAWarning() throws IOException {
    DtiCommandTest.Run r = status("unit,indicator,value\nB,1.1,1\nB,1.2,1\nB,2.1,1\n", "--unit-list",
        write("units.csv", UNITS).toString(), "--lang", "en");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.err()).contains("warning: values given where the component does not apply to the unit: 1"
        + " (first: unit 'B', indicator '1.2'); scoring refuses them");
  }

  @Test
  void outputOverAnInputOrAsAWorkbook_isRefusedBeforeAnythingIsWritten() throws IOException {
    Path units = write("units.csv", UNITS);
    DtiCommandTest.Run over = status("unit,indicator,value\nA,1.1,1\n", "--unit-list", units.toString(), "--out",
        units.toString());
    assertThat(over.status()).isEqualTo(2);
    assertThat(Files.readString(units, UTF_8)).isEqualTo(UNITS);
    DtiCommandTest.Run xlsx = status("unit,indicator,value\nA,1.1,1\n", "--out", dir.resolve("o.xlsx").toString());
    assertThat(xlsx.status()).isEqualTo(2);
    assertThat(xlsx.err()).contains("dti status writes CSV; name the file .csv");
    assertThat(dir.resolve("o.xlsx")).doesNotExist();
  }

  @Test
  void controlCharactersInNames_areEscaped() throws IOException {
    DtiCommandTest.Run r = status("unit,indicator,value\n\"B\u001b[2J\",1.1,1\n", "--lang", "en");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).doesNotContain("\u001b").contains("B\\u001b[2J");
  }

  @Test
  void sampleRound_hasTheFiguresTheReadmeStates() throws IOException {
    Path out = dir.resolve("owed.csv");
    DtiCommandTest.Run r = dti("status", "--framework", "samples/departments-framework.csv", "--data",
        "samples/departments-round.csv", "--unit-list", "samples/departments-units.csv", "--out", out.toString(),
        "--lang", "en");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out().replaceAll("\\s+", " ")).startsWith("Units: 21. Self-assessed values expected: 315, given: 286,"
        + " missing: 29. Units complete: 16, incomplete: 5. Not yet appraised: 109.")
        .contains("LTLS Trung tâm Lưu trữ lịch sử tỉnh 15 0 15 0")
        .contains("First missing: steering, plan, meetings, data_rules, budget and 10 more");
    // 29 missing and 109 not appraised, one row each, after the header
    assertThat(Files.readAllLines(out, UTF_8)).hasSize(1 + 29 + 109)
        .contains("STP,Sở Tư pháp,department,\"sở, ngành\",budget,Digital transformation spending against the plan (%),"
            + "Sở Tài chính,self");
  }

  @Test
  void helpInVietnamese_describesTheCommandAndItsOptions() {
    DtiCommandTest.Run vi = dti("status", "--help", "--lang", "vi");
    assertThat(vi.status()).isZero();
    String help = vi.out().replaceAll("\\s+", " ");
    assertThat(help).contains("Cách dùng: dti status").contains("để cơ quan thường trực biết đơn vị nào còn nợ")
        .contains("Thoát với mã 3 khi còn giá trị chưa có").contains("Dữ liệu của kỳ đánh giá đến thời điểm này")
        .doesNotContain("Show what is still missing");
    DtiCommandTest.Run tableVi = dti("status", "--framework", "pdti-2022", "--data", DtiCommandTest.sample()
        .toString(), "--lang", "vi");
    assertThat(tableVi.status()).as(tableVi.err()).isZero();
    assertThat(tableVi.out()).startsWith("Đơn vị: 63. Giá trị cần có: ").contains("Theo nguồn thu thập dữ liệu:");
  }
}
