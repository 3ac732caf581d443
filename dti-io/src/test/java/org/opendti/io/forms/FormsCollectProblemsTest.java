package org.opendti.io.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendti.DtiException;
import org.opendti.Framework;
import org.opendti.ProblemsException;
import org.opendti.Unit;
import org.opendti.io.DataFormatException;

final class FormsCollectProblemsTest {
  @TempDir
  Path dir;

  private final Framework f = FormsFixtures.framework();
  private final List<Unit> units = FormsFixtures.units();
  private final Unit so01 = units.get(0);

  /** Writes a unit's form made from a framework, edited, as the unit's file; returns the filler's rows. */
  private FormFiller form(Framework from, Unit u, String file, Consumer<FormFiller> edit) throws IOException {
    FormFiller filler = FormFiller.of(Forms.write(from, u, FormsFixtures.PERIOD), from, u);
    edit.accept(filler);
    Files.write(dir.resolve(file), filler.bytes());
    return filler;
  }

  private FormFiller form(Consumer<FormFiller> edit) throws IOException {
    return form(f, so01, "SO-01.xlsx", edit);
  }

  private DataFormatException onlyProblem() throws IOException {
    CollectedForms c = Forms.collect(f, units, dir);
    assertThat(c.problems()).hasSize(1);
    assertThat(c.dataset().size()).isZero();
    assertThat(c.forms()).isEmpty();
    return c.problems().get(0);
  }

  private static String at(int row, int column) {
    return "SO-01.xlsx [Phiếu] row " + row + ", column '" + FormLayout.column(column) + "'";
  }

  @Test
  void valueNotANumber() throws IOException {
    FormFiller x = form(ff -> ff.text("H" + ff.row("B2"), "abc"));
    DataFormatException e = onlyProblem();
    assertThat(e.getMessage()).startsWith(at(x.row("B2"), FormLayout.VALUE) + ": ")
        .contains("(value: \"abc\")").contains("expected ',' as the decimal separator");
    assertThat(e.location().sheet()).hasValue("Phiếu");
    assertThat(e.location().row()).isEqualTo(x.row("B2"));
    assertThat(e.rawValue()).isEqualTo("abc");
  }

  @Test
  void dotDecimalTypedAsText_isNotReadInTheVietnameseStyle() throws IOException {
    FormFiller x = form(ff -> ff.text("H" + ff.row("B2"), "0.75"));
    assertThat(onlyProblem().getMessage()).startsWith(at(x.row("B2"), FormLayout.VALUE))
        .contains("(value: \"0.75\")").contains("Vietnamese style");
  }

  @Test
  void valueOutOfTheRulesBounds() throws IOException {
    FormFiller x = form(ff -> ff.number("H" + ff.row("B2"), 1.5).number("H" + ff.row("B1"), 60));
    CollectedForms c = Forms.collect(f, units, dir);
    assertThat(c.problems()).extracting(Throwable::getMessage).containsExactly(
        at(x.row("B1"), FormLayout.VALUE) + ": out of range; expected a number in 0..50 (rule 'points') (value: \"60\")",
        at(x.row("B2"), FormLayout.VALUE) + ": out of range; expected a number in 0..1 (rule 'fraction') (value:"
            + " \"1.5\")");
  }

  @Test
  void binaryTakesOnlyZeroOrOne() throws IOException {
    FormFiller x = form(ff -> ff.number("H" + ff.row("A3"), 2));
    assertThat(onlyProblem().getMessage()).startsWith(at(x.row("A3"), FormLayout.VALUE))
        .contains("expected 1 (done) or 0 (not done) (rule 'binary') (value: \"2\")");
  }

  @Test
  void categoryNotInTheList() throws IOException {
    FormFiller x = form(ff -> ff.text("K" + ff.row("A1"), "Giám đốc"));
    assertThat(onlyProblem().getMessage()).startsWith(at(x.row("A1"), FormLayout.CATEGORY))
        .contains("unknown category; expected one of [").contains("Chủ tịch").contains("(value: \"Giám đốc\")");
  }

  @Test
  void numeratorWithoutDenominator() throws IOException {
    FormFiller x = form(ff -> ff.number("I" + ff.row("A2"), 12));
    assertThat(onlyProblem().getMessage()).startsWith(at(x.row("A2"), FormLayout.DENOMINATOR))
        .contains("a numerator (12) without a denominator; expected both");
  }

  @Test
  void numeratorAboveDenominator() throws IOException {
    FormFiller x = form(ff -> ff.number("I" + ff.row("A2"), 12).number("J" + ff.row("A2"), 10));
    assertThat(onlyProblem().getMessage()).startsWith(at(x.row("A2"), FormLayout.NUMERATOR))
        .contains("numerator ≤ denominator").contains("(value: \"12/10\")");
  }

  @Test
  void bothValueAndRatio() throws IOException {
    FormFiller x = form(ff -> ff.number("H" + ff.row("A2"), 0.5).number("I" + ff.row("A2"), 1)
        .number("J" + ff.row("A2"), 2));
    assertThat(onlyProblem().getMessage()).startsWith(at(x.row("A2"), FormLayout.VALUE))
        .contains("both a value and a numerator or denominator").contains("(value: \"0.5\")")
        .contains("expected either the value, or the numerator and denominator");
  }

  @Test
  void formulaWithoutSavedValue() throws IOException {
    FormFiller x = form(ff -> ff.formula("H" + ff.row("B2"), "1/2", ""));
    assertThat(onlyProblem().getMessage()).startsWith(at(x.row("B2"), FormLayout.VALUE))
        .contains("a formula; expected the value itself").contains("(value: \"=1/2\")");
  }

  @Test
  void formulaWithSavedValue() throws IOException {
    FormFiller x = form(ff -> ff.formula("H" + ff.row("B2"), "1/2", "0.5"));
    assertThat(onlyProblem().getMessage()).startsWith(at(x.row("B2"), FormLayout.VALUE))
        .contains("a formula; expected the value itself").contains("(value: \"0.5\")");
  }

  @Test
  void booleanCell() throws IOException {
    FormFiller x = form(ff -> ff.bool("H" + ff.row("A3"), true));
    assertThat(onlyProblem().getMessage()).startsWith(at(x.row("A3"), FormLayout.VALUE))
        .contains("a TRUE/FALSE cell; expected a number").contains("(value: \"TRUE\")");
  }

  @Test
  void evidenceWithoutAValue() throws IOException {
    FormFiller x = form(ff -> ff.text("L" + ff.row("B1"), "QĐ 12/QĐ-UBND"));
    assertThat(onlyProblem().getMessage()).startsWith(at(x.row("B1"), FormLayout.EVIDENCE))
        .contains("evidence or a note without an answer; expected the value as well")
        .contains("(value: \"QĐ 12/QĐ-UBND\")");
  }

  @Test
  void componentCodeChanged() throws IOException {
    FormFiller x = form(ff -> ff.text("B" + ff.row("A2"), "A9"));
    assertThat(onlyProblem().getMessage()).startsWith(at(x.row("A2"), FormLayout.CODE))
        .contains("no component of framework 'test-forms' has this code; expected code 'A2' in this row")
        .contains("(value: \"A9\")");
  }

  @Test
  void componentThatDoesNotApplyToTheUnit() throws IOException {
    FormFiller x = form(ff -> ff.text("B" + ff.row("B2"), "B3"));
    assertThat(onlyProblem().getMessage()).startsWith(at(x.row("B2"), FormLayout.CODE))
        .contains("component 'B3' does not apply to unit 'SO-01' (it applies to: kinh-te-so); expected code 'B2'")
        .contains("(value: \"B3\")");
  }

  @Test
  void rowBelowTheLastComponent() throws IOException {
    form(ff -> ff.edit(FormFiller.FORM_PART, xml -> xml.replace("</sheetData>",
        "<row r=\"40\"><c r=\"B40\" t=\"inlineStr\"><is><t>B3</t></is></c></row></sheetData>")));
    assertThat(onlyProblem().getMessage()).startsWith("SO-01.xlsx [Phiếu] row 40: a row below the last component")
        .contains("expected nothing here").contains("(value: \"B3\")");
  }

  @Test
  void formForAUnitNotInTheList() throws IOException {
    form(f, Unit.of("SO-99", "Sở lạ"), "SO-99.xlsx", ff -> { });
    DataFormatException e = Forms.collect(f, units, dir).problems().get(0);
    assertThat(e.getMessage()).isEqualTo("SO-99.xlsx [dti] row 7, column 'B (giá trị)': the form is for unit"
        + " 'SO-99', which is not in the unit list; expected one of the 3 units listed (value: \"SO-99\")");
  }

  @Test
  void twoFormsForOneUnit() throws IOException {
    form(ff -> ff.number("H" + ff.row("B2"), 0.5));
    Files.copy(dir.resolve("SO-01.xlsx"), dir.resolve("SO-01 (copy).xlsx"));
    form(f, units.get(1), "SO-02.xlsx", ff -> ff.number("H" + ff.row("B2"), 0.25));
    CollectedForms c = Forms.collect(f, units, dir);
    assertThat(c.rejected()).containsOnlyKeys(dir.resolve("SO-01 (copy).xlsx"), dir.resolve("SO-01.xlsx"));
    assertThat(c.problems()).extracting(Throwable::getMessage).containsExactly(
        "SO-01 (copy).xlsx [dti] row 7, column 'B (giá trị)': a second form for unit 'SO-01' (also "
            + dir.resolve("SO-01.xlsx") + "); expected one form per unit: remove the forms that are not to be"
            + " collected (value: \"SO-01\")",
        "SO-01.xlsx [dti] row 7, column 'B (giá trị)': a second form for unit 'SO-01' (also "
            + dir.resolve("SO-01 (copy).xlsx") + "); expected one form per unit: remove the forms that are not to"
            + " be collected (value: \"SO-01\")");
    assertThat(c.forms()).containsOnlyKeys("SO-02");
    assertThat(c.dataset().size()).isEqualTo(1);
    assertThat(c.missing()).extracting(Unit::code).containsExactly("H-01");
  }

  @Test
  void formOfAnotherFramework() throws IOException {
    form(FormsFixtures.framework("other-framework", "2025"), so01, "SO-01.xlsx", ff -> { });
    assertThat(onlyProblem().getMessage()).isEqualTo("SO-01.xlsx [dti] row 4, column 'B (giá trị)': the form is for"
        + " framework 'other-framework'; expected framework 'test-forms' (value: \"other-framework\")");
  }

  @Test
  void formOfAnotherVersion() throws IOException {
    form(FormsFixtures.framework("test-forms", "2024"), so01, "SO-01.xlsx", ff -> { });
    assertThat(onlyProblem().getMessage()).isEqualTo("SO-01.xlsx [dti] row 5, column 'B (giá trị)': the form is for"
        + " version '2024' of framework 'test-forms'; expected version '2025' (value: \"2024\")");
  }

  @Test
  void formOfAnotherStructureUnderTheSameVersion() throws IOException {
    form(f.withMaxPoints(Map.of("A1", 20.0, "A2", 50.0)), so01, "SO-01.xlsx", ff -> { });
    assertThat(onlyProblem().getMessage()).startsWith("SO-01.xlsx [dti] row 6, column 'B (giá trị)': the form was"
        + " made for another structure of framework 'test-forms' version '2025'")
        .contains("expected fingerprint " + FormLayout.fingerprint(f));
  }

  @Test
  void identificationMissing() throws IOException {
    form(ff -> ff.edit("xl/workbook.xml", xml -> xml.replaceAll("<sheet name=\"dti\"[^>]*/>", "")));
    assertThat(onlyProblem().getMessage()).isEqualTo("SO-01.xlsx: not a DTI form: expected the sheets 'Phiếu' and"
        + " 'dti' (the identification, hidden) that 'dti forms' writes; the sheets are (value: \"Phiếu, danh_muc\")");
  }

  @Test
  void identificationTampered() throws IOException {
    form(ff -> ff.textIn(FormFiller.ID_PART, "B7", "SO-02"));
    assertThat(onlyProblem().getMessage()).startsWith("SO-01.xlsx [dti] row 10, column 'B (giá trị)':"
        + " identification changed: the seal does not match").contains("expected the identification as 'dti forms'"
        + " wrote it");
  }

  @Test
  void titleBlockTampered() throws IOException {
    form(ff -> ff.textIn(FormFiller.FORM_PART, "C5", "SO-02"));
    assertThat(onlyProblem().getMessage()).isEqualTo("SO-01.xlsx [Phiếu] row 5, column 'C (Chỉ số / chỉ số thành"
        + " phần)': identification changed: the title block says 'SO-02' where the form's identification says"
        + " 'SO-01'; expected 'SO-01' (a form must not be copied or edited for another unit, framework or period)"
        + " (value: \"SO-02\")");
  }

  @Test
  void formOfAnotherPeriod() throws IOException {
    form(ff -> { });
    CollectedForms c = Forms.collect(f, units, dir, CollectOptions.defaults().withPeriod("2026"));
    assertThat(c.problems()).extracting(Throwable::getMessage).containsExactly("SO-01.xlsx [dti] row 8, column"
        + " 'B (giá trị)': the form is for period '2025'; expected period '2026' (value: \"2025\")");
  }

  @Test
  void notAnXlsxFile() throws IOException {
    Files.writeString(dir.resolve("SO-01.xlsx"), "unit,indicator,value\nSO-01,B2,0.5\n");
    DataFormatException e = onlyProblem();
    assertThat(e.getMessage()).startsWith("SO-01.xlsx").contains("not");
    assertThat(e.location().source()).isEqualTo("SO-01.xlsx");
  }

  @Test
  void directory_ignoresLockAndOtherFiles_refusesOtherSpreadsheetFormats() throws IOException {
    form(ff -> ff.number("H" + ff.row("B2"), 0.5));
    Files.writeString(dir.resolve("~$SO-01.xlsx"), "lock");
    Files.writeString(dir.resolve("README.txt"), "forms of 2025");
    Files.writeString(dir.resolve(".hidden.xlsx"), "");
    Files.createDirectory(dir.resolve("old"));
    Files.writeString(dir.resolve("SO-02.xls"), "old Excel");
    CollectedForms c = Forms.collect(f, units, dir);
    assertThat(c.ignored()).containsExactly(dir.resolve(".hidden.xlsx"), dir.resolve("README.txt"),
        dir.resolve("old"), dir.resolve("~$SO-01.xlsx"));
    assertThat(c.problems()).extracting(Throwable::getMessage).containsExactly("SO-02.xls: not read: a form must be"
        + " an Excel workbook (.xlsx); expected the file as 'dti forms' wrote it, or saved again as .xlsx");
    assertThat(c.forms()).containsOnlyKeys("SO-01");
    assertThat(c.dataset().size()).isEqualTo(1);
  }

  @Test
  void strict_throwsEveryProblemOfEveryForm_partial_keepsTheGoodForms() throws IOException {
    FormFiller a = form(ff -> ff.text("H" + ff.row("B2"), "abc").text("K" + ff.row("A1"), "Giám đốc"));
    form(f, units.get(1), "SO-02.xlsx", ff -> ff.number("H" + ff.row("B2"), 0.25));
    FormFiller h = form(f, units.get(2), "H-01.xlsx", ff -> ff.number("H" + ff.row("C1"), -1)
        .number("H" + ff.row("A2"), 7));
    CollectedForms c = Forms.collect(f, units, List.of(dir.resolve("SO-01.xlsx"), dir.resolve("SO-02.xlsx"),
        dir.resolve("H-01.xlsx")));

    assertThatExceptionOfType(ProblemsException.class).isThrownBy(c::orThrow)
        .withMessageStartingWith("3 problems:\n")
        .withMessageContaining(at(a.row("A1"), FormLayout.CATEGORY))
        .withMessageContaining(at(a.row("B2"), FormLayout.VALUE))
        .withMessageContaining("H-01.xlsx [Phiếu] row " + h.row("A2") + ", column 'H (Giá trị)': out of range")
        .satisfies(e -> assertThat(e.problems()).hasSize(3));
    assertThat(c.rejected().keySet()).containsExactly(dir.resolve("SO-01.xlsx"), dir.resolve("H-01.xlsx"));
    assertThat(c.forms()).containsOnlyKeys("SO-02");
    assertThat(c.dataset().units()).extracting(Unit::code).containsExactly("SO-02");
    assertThat(c.dataset().observation("SO-02", "B2", "2025").orElseThrow().measure().value()).hasValue(0.25);
    assertThat(c.hasProblems()).isTrue();
  }

  @Test
  void oneProblem_isThrownAsItself() throws IOException {
    form(ff -> ff.text("H" + ff.row("B2"), "abc"));
    CollectedForms c = Forms.collect(f, units, dir);
    assertThatExceptionOfType(DataFormatException.class).isThrownBy(c::orThrow);
    assertThatExceptionOfType(DtiException.class).isThrownBy(c::orThrow).withMessageContaining("abc");
  }

  @Test
  void inputInAHeadingRow() throws IOException {
    FormFiller x = form(ff -> ff.number("H" + ff.row("A"), 1));
    assertThat(onlyProblem().getMessage()).isEqualTo(at(x.row("A"), FormLayout.VALUE) + ": a heading row (main"
        + " indicator) takes no input; expected an empty cell (fill the rows of its components) (value: \"1\")");
  }

  @Test
  void columnHeaderChanged() throws IOException {
    form(ff -> ff.textIn(FormFiller.FORM_PART, "H" + (FormLayout.HEADER + 1), "Điểm"));
    assertThat(onlyProblem().getMessage()).isEqualTo("SO-01.xlsx [Phiếu] row " + (FormLayout.HEADER + 1)
        + ", column 'H': the table's columns changed: expected the header 'Giá trị' (columns must not be inserted,"
        + " deleted or renamed) (value: \"Điểm\")");
  }

  @Test
  void rowDeleted() throws IOException {
    FormFiller x = form(ff -> ff.edit(FormFiller.FORM_PART, xml -> xml.replaceAll(
        "<row r=\"" + ff.row("B2") + "\".*?</row>", "")));
    assertThat(onlyProblem().getMessage()).isEqualTo(at(x.row("B2"), FormLayout.CODE) + ": the row of component"
        + " 'B2' is empty or missing; expected code 'B2' (rows must not be deleted)");
  }
}
