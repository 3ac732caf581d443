package org.opendti.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.opendti.Dataset;
import org.opendti.DtiException;
import org.opendti.ProblemsException;
import org.opendti.Unit;
import org.opendti.io.DataFormatException;

/** Every problem is located: the file, the JSON pointer and the line, for JSON and YAML alike. */
final class JsonProblemsTest {
  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** The first problem of a reading that fails. */
  private static DataFormatException first(Runnable reading) {
    DtiException e = catchThrowableOfType(DtiException.class, reading::run);
    return (DataFormatException) (e instanceof ProblemsException p ? p.problems().get(0) : e);
  }

  private static Dataset read(Format f, String doc) {
    return DatasetJson.of(f).read(f == Format.JSON ? "d.json" : "d.yaml", utf8(doc));
  }

  private static final String JSON_BAD_THIRD = "{\"observations\": [\n"
      + "  {\"unit\": \"01\", \"indicator\": \"i\", \"value\": 1},\n"
      + "  {\"unit\": \"02\", \"indicator\": \"i\", \"value\": 2},\n"
      + "  {\"unit\": \"03\", \"indicator\": \"i\", \"value\": \"high\"}\n"
      + "]}\n";

  @Test
  void json_badValue_namesPointerAndLine() {
    DataFormatException e = first(() -> read(Format.JSON, JSON_BAD_THIRD));
    assertThat(e.location().source()).isEqualTo("d.json");
    assertThat(e.location().jsonPointer()).contains("/observations/2/value");
    assertThat(e.rawValue()).isEqualTo("high");
    assertThat(e.getMessage()).startsWith("d.json at /observations/2/value: expected a finite number, found text")
        .contains("(line 4, column 45)");
  }

  @Test
  void json_columns_countCharacters() {
    DataFormatException e = first(() -> read(Format.JSON,
        "{\"observations\": [\n  {\"unit\": \"Hà Nội 😀\", \"indicator\": \"i\", \"value\": \"x\"}]}"));
    assertThat(e.getMessage()).contains("(line 2, column 51)");
    DataFormatException syntax = catchThrowableOfType(DataFormatException.class, () -> read(Format.JSON,
        "{\"observations\": [\n  {\"unit\": \"Hà Nội\" \"indicator\": \"i\"}]}"));
    assertThat(syntax.getMessage()).contains("not valid JSON (line 2, column 21)");
  }

  @Test
  void yaml_badValue_namesPointerAndLine() {
    DataFormatException e = first(() -> read(Format.YAML,
        "observations:\n- unit: '01'\n  indicator: i\n  value: 1\n- unit: '02'\n  indicator: i\n  value: high\n"));
    assertThat(e.location().jsonPointer()).contains("/observations/1/value");
    assertThat(e.getMessage()).contains("(line 7, column 10)");
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void severalProblems_areAllReported_inOrder(Format f) {
    String doc = f == Format.JSON
        ? "{\"units\": [{\"name\": \"x\"}], \"observations\": [{\"indicator\": \"i\", \"value\": 1},"
            + " {\"unit\": \"a\", \"indicator\": \"i\"}, {\"unit\": \"a\", \"indicator\": \"i\", \"value\": 1,"
            + " \"category\": \"c\"}, {\"unit\": \"a\", \"indicator\": \"i\", \"numerator\": 1},"
            + " {\"unit\": \"a\", \"indicator\": \"i\", \"value\": 1, \"source\": \"rumour\"}]}"
        : "units:\n- name: x\nobservations:\n- {indicator: i, value: 1}\n- {unit: a, indicator: i}\n"
            + "- {unit: a, indicator: i, value: 1, category: c}\n- {unit: a, indicator: i, numerator: 1}\n"
            + "- {unit: a, indicator: i, value: 1, source: rumour}\n";
    ProblemsException e = catchThrowableOfType(ProblemsException.class, () -> read(f, doc));
    assertThat(e.problems()).extracting(p -> ((DataFormatException) p).location().jsonPointer().orElseThrow())
        .containsExactly("/units/0/code", "/observations/0/unit", "/observations/1", "/observations/2",
            "/observations/3", "/observations/4/source");
    assertThat(e.problems()).extracting(Throwable::getMessage).allSatisfy(m -> assertThat(m).contains("(line "));
    assertThat(e.getMessage()).contains("missing required field 'code'", "missing required field 'unit'",
        "give exactly one of value", "numerator and denominator must come together",
        "expected report, automatic, survey or expert");
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void duplicateObservation_isLocatedAtTheSecond(Format f) {
    String doc = f == Format.JSON
        ? "{\"observations\": [{\"unit\": \"01\", \"indicator\": \"i\", \"value\": 1},\n"
            + "{\"unit\": \"01\", \"indicator\": \"i\", \"value\": 2}]}"
        : "observations:\n- {unit: '01', indicator: i, value: 1}\n- {unit: '01', indicator: i, value: 2}\n";
    DataFormatException e = catchThrowableOfType(DataFormatException.class, () -> read(f, doc));
    assertThat(e.location().jsonPointer()).contains("/observations/1");
    assertThat(e.getMessage()).contains("duplicate observation", f == Format.JSON ? "(line 2, column 1)"
        : "(line 3, column 3)");
  }

  @Test
  void unitsAfterObservations_areStillTheUnits() {
    Dataset d = read(Format.JSON, "{\"observations\": [{\"unit\": \"Thanh Hóa\", \"indicator\": \"i\", \"value\": 1},"
        + " {\"unit\": \"x\", \"indicator\": \"i\", \"value\": 2}],"
        + " \"units\": [{\"code\": \"38\", \"name\": \"Thanh Hóa\", \"kind\": \"PROVINCE\"}]}");
    assertThat(d.units()).extracting(Unit::code).containsExactly("38", "x");
    assertThat(d.observation("38", "i", "").orElseThrow().measure().value()).hasValue(1);
  }

  @Test
  void problems_stopAfterOneThousand() {
    StringBuilder doc = new StringBuilder("{\"observations\": [");
    for (int i = 0; i < 5000; i++) {
      doc.append(i == 0 ? "" : ",").append("{\"unit\": \"u").append(i).append("\", \"indicator\": \"i\"}");
    }
    doc.append("]}");
    ProblemsException e = catchThrowableOfType(ProblemsException.class, () -> read(Format.JSON, doc.toString()));
    assertThat(e.problems()).hasSize(Cursor.MAX_PROBLEMS);
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void emptyDocuments_sayTheFileIsEmpty(Format f) {
    for (String doc : new String[] {"", "  \n", f == Format.JSON ? "\n\n" : "# only a comment\n"}) {
      assertThatExceptionOfType(DataFormatException.class).isThrownBy(() -> read(f, doc))
          .withMessageContaining("the file is empty");
    }
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void topLevelNotAnObject_isAnError(Format f) {
    assertThatExceptionOfType(DataFormatException.class)
        .isThrownBy(() -> read(f, f == Format.JSON ? "[1, 2]" : "- 1\n- 2\n"))
        .withMessageContaining("expected an object at the top level, found an array");
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void secondDocument_isAnError(Format f) {
    assertThatExceptionOfType(DataFormatException.class)
        .isThrownBy(() -> read(f, f == Format.JSON ? "{\"units\": []}\n{\"units\": []}" : "units: []\n---\nunits: []\n"))
        .withMessageContaining("unexpected content after the document");
  }

  @Test
  void syntaxErrors_keepTheirLineAndColumn() {
    assertThatExceptionOfType(DataFormatException.class)
        .isThrownBy(() -> read(Format.JSON, "{\"observations\": [{\"unit\": \"Hà Nội\""))
        .withMessageContainingAll("d.json row 1", "not valid JSON (line 1, column", "end-of-input");
    assertThatExceptionOfType(DataFormatException.class)
        .isThrownBy(() -> read(Format.YAML, "observations:\n\t- unit: Hà Nội\n"))
        .withMessageContainingAll("d.yaml row 1", "not valid YAML (line 1, column 13)", "TAB");
  }

  @Test
  void problemsBeforeASyntaxError_areKept() {
    ProblemsException e = catchThrowableOfType(ProblemsException.class, () -> read(Format.JSON,
        "{\"observations\": [{\"unit\": \"a\", \"indicator\": \"i\", \"value\": true}, {\"unit\": "));
    assertThat(e.problems()).hasSize(3);
    assertThat(e.problems().get(0).getMessage()).contains("/observations/0/value");
    assertThat(e.problems().get(1).getMessage()).contains("/observations/0: give exactly one of value");
    assertThat(e.problems().get(2).getMessage()).contains("not valid JSON");
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void duplicateKeys_areAnError(Format f) {
    assertThatExceptionOfType(DataFormatException.class)
        .isThrownBy(() -> read(f, f == Format.JSON ? "{\"units\": [], \"units\": []}" : "units: []\nunits: []\n"))
        .withMessageContaining("Duplicate field 'units'");
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void deepNesting_isBounded(Format f) {
    int depth = Format.MAX_NESTING_DEPTH + 10;
    String doc = f == Format.JSON ? "{\"extra\": " + "[".repeat(depth) + "]".repeat(depth) + "}"
        : "extra: " + "[".repeat(depth) + "]".repeat(depth) + "\n";
    assertThatExceptionOfType(DataFormatException.class).isThrownBy(() -> read(f, doc))
        .withMessageContaining("nesting depth");
  }

  @Test
  void longNumber_isBounded() {
    assertThatExceptionOfType(DataFormatException.class)
        .isThrownBy(() -> read(Format.JSON, "{\"observations\": [{\"unit\": \"a\", \"indicator\": \"i\", \"value\": "
            + "1".repeat(Format.MAX_NUMBER_LENGTH + 1) + "}]}"))
        .withMessageContaining("Number value length");
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void longText_isBounded_andTheWriterRefusesIt(Format f) {
    String huge = "x".repeat(Format.MAX_TEXT_LENGTH + 1);
    String doc = f == Format.JSON ? "{\"units\": [{\"code\": \"" + huge + "\"}]}" : "units:\n- code: " + huge + "\n";
    assertThatExceptionOfType(DataFormatException.class).isThrownBy(() -> read(f, doc))
        .withMessageContaining(f == Format.JSON ? "String value length" : "at most " + Format.MAX_TEXT_LENGTH);
    Dataset d = Dataset.builder().add(org.opendti.Observation.builder().unit("a").indicator("i")
        .measure(org.opendti.Measure.ofValue(1)).evidence(huge).build()).build();
    assertThatExceptionOfType(DtiException.class).isThrownBy(() -> DatasetJson.of(f).toText(d))
        .withMessageContaining("cannot write 'evidence'");
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void longestTexts_theWriterWrites_readBack(Format f) {
    String[] texts = {"\uFFFE".repeat(Format.MAX_TEXT_LENGTH), "\u0001".repeat(Format.MAX_TEXT_LENGTH),
        "😀".repeat(Format.MAX_TEXT_LENGTH / 2), "ữ".repeat(Format.MAX_TEXT_LENGTH)};
    Dataset.Builder b = Dataset.builder();
    for (int i = 0; i < texts.length; i++) {
      b.add(org.opendti.Observation.builder().unit("u" + i).indicator("i").measure(org.opendti.Measure.ofValue(1))
          .evidence(texts[i]).build());
    }
    Dataset d = b.build();
    assertThat(DatasetJson.of(f).read("d", utf8(DatasetJson.of(f).toText(d)))).isEqualTo(d);
  }

  @Test
  void yaml_lineLongerThanTheLimit_isRefusedBeforeParsing() {
    String word = "x".repeat(Format.MAX_YAML_LINE_BYTES);
    for (String doc : new String[] {"units: []\nextra: " + word + "\n", "units: []\n# " + word + "\n",
        "units: []\r\nextra: |\r\n  " + word + "\r\n"}) {
      DataFormatException e = catchThrowableOfType(DataFormatException.class, () -> read(Format.YAML, doc));
      assertThat(e.location().row()).isEqualTo(doc.contains("|") ? 3 : 2);
      assertThat(e.getMessage()).contains("is longer than " + Format.MAX_YAML_LINE_BYTES + " bytes");
    }
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void invalidUtf8_isAnError(Format f) {
    byte[] doc = {'{', '"', 'u', 'n', 'i', 't', 's', '"', ':', '[', '{', '"', 'c', 'o', 'd', 'e', '"', ':', '"',
        (byte) 0xC3, (byte) 0x28, '"', '}', ']', '}'};
    assertThatExceptionOfType(DataFormatException.class)
        .isThrownBy(() -> DatasetJson.of(f).read("d", doc)).withMessageContaining("not valid " + f.name());
  }

  @Test
  void framework_problems_areLocated() {
    String doc = "{\"id\": \"t\", \"nameVi\": \"T\", \"nodes\": [\n"
        + "{\"code\": \"idx\", \"nameVi\": \"I\", \"kind\": \"INDEX\"},\n"
        + "{\"code\": \"a\", \"nameVi\": \"A\", \"parents\": [\"idx\"], \"maxPoints\": \"ten\"},\n"
        + "{\"code\": \"b\", \"nameVi\": \"B\", \"kind\": \"LEAF\", \"parents\": [\"idx\"]}],\n"
        + "\"method\": {\"normalise\": \"no-such\", \"decimals\": 2.5, \"aggregateByLevel\": {\"x\": \"arithmetic\"}}}";
    ProblemsException e = catchThrowableOfType(ProblemsException.class,
        () -> FrameworkJson.of(Format.JSON).read("f.json", utf8(doc)));
    assertThat(e.problems()).extracting(p -> ((DataFormatException) p).location().jsonPointer().orElseThrow())
        .containsExactly("/nodes/1/maxPoints", "/nodes/1/kind", "/nodes/2/kind", "/method/normalise",
            "/method/decimals", "/method/aggregateByLevel/x");
    assertThat(e.problems().get(0).getMessage()).contains("(line 3, column");
  }

  @Test
  void framework_structureError_pointsAtTheNode() {
    String doc = "{\"id\": \"t\", \"nameVi\": \"T\", \"nodes\": [\n"
        + "{\"code\": \"idx\", \"nameVi\": \"I\", \"kind\": \"INDEX\"},\n"
        + "{\"code\": \"a\", \"nameVi\": \"A\", \"kind\": \"COMPONENT\", \"parents\": [\"idz\"], \"weight\": 1}]}";
    assertThatExceptionOfType(DataFormatException.class)
        .isThrownBy(() -> FrameworkJson.of(Format.JSON).read("f.json", utf8(doc)))
        .withMessageContainingAll("f.json at /nodes/1", "parent 'idz' is not defined", "(line 3, column 1)");
  }

  @Test
  void results_withoutUnits_isAnError() {
    assertThatExceptionOfType(DataFormatException.class)
        .isThrownBy(() -> ResultsJson.of(Format.YAML).read("r.yaml", utf8("framework: x\n")))
        .withMessageContainingAll("r.yaml at /units", "missing required field 'units'");
  }
}
