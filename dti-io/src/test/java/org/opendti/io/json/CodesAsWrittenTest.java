package org.opendti.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.opendti.Dataset;
import org.opendti.Framework;
import org.opendti.Observation;
import org.opendti.ProblemsException;
import org.opendti.Unit;
import org.opendti.io.DataFormatException;

/** Codes, names, periods and categories are the characters written, in hand-written YAML and JSON alike. */
final class CodesAsWrittenTest {
  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static Dataset yaml(String doc) {
    return DatasetJson.of(Format.YAML).read("d.yaml", utf8(doc));
  }

  private static Dataset json(String doc) {
    return DatasetJson.of(Format.JSON).read("d.json", utf8(doc));
  }

  @ParameterizedTest
  @ValueSource(strings = {"01", "0755", "1e3", "1E3", "1.0", "+1", "-0", "true", "True", "yes", "Yes", "on", "off", "no",
      "y", "n", "null", "Null", "NULL", "~", "1_000", ".5", "0x1F", "0o17", ".inf", ".NaN", "2023", "1:30",
      "2023-01-01", "=x", "Thanh Hóa"})
  void yaml_unquotedScalars_stayTextAsWritten(String s) {
    Dataset d = yaml("units:\n"
        + "- code: " + s + "\n  name: " + s + "\n  group: " + s + "\n  aliases: [" + s + "]\n"
        + "observations:\n"
        + "- unit: " + s + "\n  indicator: " + s + "\n  period: " + s + "\n  category: " + s + "\n"
        + "  evidence: " + s + "\n");
    Unit u = d.units().get(0);
    assertThat(List.of(u.code(), u.name(), u.group().orElseThrow(), u.aliases().get(0))).containsOnly(s);
    Observation o = d.observations().get(0);
    assertThat(List.of(o.unit(), o.indicator(), o.period(), o.measure().category().orElseThrow(),
        o.evidence().orElseThrow())).containsOnly(s);
  }

  @ParameterizedTest
  @ValueSource(strings = {"01", "0755", "1e3", "yes", "on", "null", "true", "1_000", "0x1F", "007", "2023"})
  void yaml_unquotedNodeCodes_parentsAndKeys_stayTextAsWritten(String s) {
    String doc = "id: " + s + "\nversion: " + s + "\nnameVi: " + s + "\nnodes:\n"
        + "- {code: idx, nameVi: I, kind: INDEX}\n"
        + "- {code: " + s + ", nameVi: " + s + ", kind: COMPONENT, parents: [idx], weight: 1, aliases: [" + s
        + "x]}\n"
        + "- {code: leaf, nameVi: L, kind: COMPONENT, parents: [" + s + "], weight: 1}\n"
        + "method:\n  normaliseByNode:\n    " + s + ": min-max\n";
    FrameworkJson.Definition def = FrameworkJson.of(Format.YAML).read("f.yaml", utf8(doc));
    Framework f = def.framework();
    assertThat(List.of(f.id(), f.version(), f.nameVi(), f.nodes().get(1).code(), f.nodes().get(1).nameVi(),
        f.nodes().get(2).parents().get(0))).containsOnly(s);
    assertThat(f.nodes().get(1).aliases()).containsExactly(s + "x");
    assertThat(def.method().orElseThrow().normaliserByNode()).containsOnlyKeys(s);
  }

  @Test
  void yaml_emptyValue_isNotGiven_quotedEmptyTextIsText() {
    Dataset d = yaml("units:\n- code: a\n  group:\n- code: b\n  group: ''\n"
        + "observations:\n- {unit: a, indicator: i, value: 1, period: }\n");
    assertThat(d.units().get(0).group()).isEmpty();
    assertThat(d.units().get(1).group()).contains("");
    assertThat(d.periods()).containsExactly(Dataset.SINGLE_PERIOD);
  }

  @Test
  void json_numbersAndBooleansWhereTextBelongs_areReadAsWritten() {
    Dataset d = json("{\"observations\": [{\"unit\": 1, \"indicator\": 7.10, \"period\": 2023, \"value\": 1},"
        + " {\"unit\": true, \"indicator\": 1e3, \"category\": 0.50}]}");
    assertThat(d.observations()).extracting(Observation::unit, Observation::indicator, Observation::period)
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("1", "7.10", "2023"),
            org.assertj.core.groups.Tuple.tuple("true", "1e3", ""));
    assertThat(d.observation("true", "1e3", "").orElseThrow().measure().category()).contains("0.50");
  }

  @Test
  void json_null_isNotGiven() {
    Dataset d = json("{\"units\": [{\"code\": \"a\", \"group\": null}],"
        + " \"observations\": [{\"unit\": \"a\", \"indicator\": \"i\", \"value\": 1, \"period\": null}]}");
    assertThat(d.units().get(0).group()).isEmpty();
    assertThat(d.periods()).containsExactly(Dataset.SINGLE_PERIOD);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "0.7314|0.7314", ".5|0.5", "1e3|1000", "1.0E-7|1.0E-7", "-0.25|-0.25", "+3|3", "0|0", "1805|1805"})
  void yaml_decimalNumbers_areRead(String written, double expected) {
    Dataset d = yaml("observations:\n- {unit: a, indicator: i, value: " + written + "}\n");
    assertThat(d.values("", "i")).containsExactly(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "0755|leading zero", "00.5|leading zero", "1_000|expected a decimal number", "0x1F|expected a decimal number",
      ".inf|expected a decimal number", ".nan|expected a decimal number", "'0.5'|expected a finite number, found text",
      "yes|expected a finite number, found a boolean", "1:30|expected a finite number, found text"})
  void yaml_ambiguousNumbers_areLocatedErrors(String written, String message) {
    ProblemsException e = catchThrowableOfType(ProblemsException.class,
        () -> yaml("observations:\n- {unit: a, indicator: i, value: " + written + "}\n"));
    DataFormatException value = (DataFormatException) e.problems().get(0);
    assertThat(value.location().jsonPointer()).contains("/observations/0/value");
    assertThat(value.getMessage()).contains(message).contains("(line 2, column");
    // and, as the value is not read, the observation has none
    assertThat(e.problems().get(1).getMessage()).contains("/observations/0: give exactly one of value");
  }

  @Test
  void written_trickyCodes_areQuotedAndReadBack() {
    Dataset d = Dataset.builder().addUnit(Unit.of("01", "yes")).addUnit(Unit.of("0755", "null"))
        .addUnit(Unit.of("~", "-")).addUnit(Unit.of("1e3", "=x")).addUnit(Unit.of("a: b", "x #y"))
        .put("01", "on", "1_000", 1).put("~", ".5", "2023", 2).build();
    String text = DatasetJson.of(Format.YAML).toText(d);
    assertThat(text).contains("code: \"01\"", "name: \"yes\"", "code: \"~\"", "period: \"1_000\"",
        "indicator: \".5\"", "name: \"x #y\"");
    assertThat(DatasetJson.of(Format.YAML).read("d.yaml", utf8(text))).isEqualTo(d);
  }

  @Test
  void yaml_alias_isRefusedWhereItIsUsed() {
    assertThatExceptionOfType(DataFormatException.class)
        .isThrownBy(() -> yaml("units:\n- code: &c '01'\nobservations:\n- {unit: *c, indicator: i, value: 1}\n"))
        .satisfies(e -> {
          assertThat(e.location().jsonPointer()).contains("/observations/0/unit");
          assertThat(e.getMessage()).contains("YAML aliases are not supported");
        });
  }

  @Test
  void yaml_aliasBomb_isRefusedWithoutExpanding() {
    StringBuilder doc = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
    for (char c = 'b'; c <= 'z'; c++) {
      char p = (char) (c - 1);
      doc.append(c).append(": &").append(c).append(" [*").append(p).append(", *").append(p).append(", *").append(p)
          .append(", *").append(p).append(", *").append(p).append(", *").append(p).append("]\n");
    }
    doc.append("units: *z\n");
    assertThatExceptionOfType(DataFormatException.class).isThrownBy(() -> yaml(doc.toString()))
        .satisfies(e -> assertThat(e.getMessage()).contains("/units", "YAML aliases are not supported"));
  }

  @Test
  void framework_json_numericCodes_areReadAsWritten() {
    FrameworkJson.Definition d = FrameworkJson.of(Format.JSON).read("f.json", utf8("{\"id\": 2022, \"version\": 1.0,"
        + " \"nameVi\": \"T\", \"nodes\": [{\"code\": \"idx\", \"nameVi\": \"I\", \"kind\": \"INDEX\"},"
        + " {\"code\": 7.1, \"nameVi\": \"A\", \"kind\": \"COMPONENT\", \"parents\": [\"idx\"], \"weight\": 1}]}"));
    assertThat(d.framework().id()).isEqualTo("2022");
    assertThat(d.framework().version()).isEqualTo("1.0");
    assertThat(d.framework().nodes().get(1).code()).isEqualTo("7.1");
    assertThat(d.method()).isEqualTo(Optional.empty());
  }
}
