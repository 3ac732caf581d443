package org.opendti.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opendti.Dataset;
import org.opendti.ProblemsException;
import org.opendti.Provenance;
import org.opendti.Provinces;
import org.opendti.io.DataFormatException;
import org.opendti.io.NumberStyle;

final class CsvDatasetReaderTest {
  static final CsvOptions VI = CsvOptions.builder().numberStyle(NumberStyle.VIETNAMESE).build();

  static Dataset read(String text) {
    return CsvDatasetReader.of(CsvOptions.defaults()).read("d.csv", text.getBytes(StandardCharsets.UTF_8));
  }

  static DataFormatException fails(CsvOptions o, byte[] content) {
    Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> CsvDatasetReader.of(o).read("d.csv", content));
    assertThat(t).isInstanceOf(DataFormatException.class);
    return (DataFormatException) t;
  }

  static DataFormatException fails(String text) {
    return fails(CsvOptions.defaults(), text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void longFormat_withEveryOptionalColumn() {
    Dataset d = read("unit,indicator,value,period,numerator,denominator,category,source,evidence,note\n"
        + "Thanh Hóa,dti,0.7314,2023,,,,report,QĐ 1/2024,\n"
        + "Thanh Hóa,7.1,,2023,1805,2067,,automatic,,số liệu đến 31/12\n"
        + "Thanh Hóa,1.2,,2023,,,Chủ tịch,expert,,\n");
    assertThat(d.periods()).containsExactly("2023");
    assertThat(d.observation("Thanh Hóa", "dti", "2023").orElseThrow().evidence()).contains("QĐ 1/2024");
    assertThat(d.observation("Thanh Hóa", "7.1", "2023").orElseThrow().provenance()).contains(Provenance.AUTOMATIC);
    assertThat(d.observation("Thanh Hóa", "7.1", "2023").orElseThrow().note()).contains("số liệu đến 31/12");
    assertThat(d.observation("Thanh Hóa", "dti", "2023").orElseThrow().note()).isEmpty();
    assertThat(d.observation("Thanh Hóa", "1.2", "2023").orElseThrow().measure().category()).contains("Chủ tịch");
  }

  @Test
  void acceptedButUnusual_bomCrlfQuotedCommasTrailingBlankLines() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = "unit,indicator,value\r\n\"Bà Rịa, Vũng Tàu\",1,0.5\r\nHuế,1,0.6\r\n\r\n\r\n"
        .getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, all, 0, 3);
    System.arraycopy(body, 0, all, 3, body.length);
    Dataset d = CsvDatasetReader.of(CsvOptions.defaults()).read("d.csv", all);
    assertThat(d.units()).extracting(u -> u.name()).containsExactly("Bà Rịa, Vũng Tàu", "Huế");
  }

  @Test
  void vietnameseStyle_readsCommaDecimalsThousandsPercentAndSemicolons() {
    String text = "unit;indicator;value\nA;1;0,7314\nA;2;9.056\nA;3;98,5%\nA;4;1.234.567,5\n";
    Dataset d = CsvDatasetReader.of(VI).read("d.csv", text.getBytes(StandardCharsets.UTF_8));
    assertThat(d.values("", "1")).containsExactly(0.7314);
    assertThat(d.values("", "2")).containsExactly(9056);
    assertThat(d.values("", "3")).containsExactly(0.985);
    assertThat(d.values("", "4")).containsExactly(1234567.5);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"0.7314|cannot read as a number in the Vietnamese style",
      "1.5|cannot read as a number in the Vietnamese style", "1,2,3|cannot read as a number in the Vietnamese style"})
  void vietnameseStyle_refusesAmbiguousCells(String cell, String message) {
    DataFormatException e = fails(VI, ("unit;indicator;value\nA;1;" + cell + "\n").getBytes(StandardCharsets.UTF_8));
    assertThat(e.getMessage()).contains(message).contains("row 2, column 'value'");
  }

  @Test
  void decimalCommaWithoutTheOption_namesTheStyle() {
    DataFormatException e = fails("unit,indicator,value\nA,1,\"0,82\"\n");
    assertThat(e.location().row()).isEqualTo(2);
    assertThat(e.location().column()).contains("value");
    assertThat(e.rawValue()).isEqualTo("0,82");
    assertThat(e.getMessage()).contains("default style").contains("Vietnamese number style");
  }

  @Test
  void utf16WithBom_isRead() {
    byte[] text = "unit\tindicator\tvalue\nĐà Nẵng\t1\t0.9\n".getBytes(StandardCharsets.UTF_16LE);
    byte[] all = new byte[text.length + 2];
    all[0] = (byte) 0xFF;
    all[1] = (byte) 0xFE;
    System.arraycopy(text, 0, all, 2, text.length);
    Dataset d = CsvDatasetReader.of(CsvOptions.defaults()).read("d.txt", all);
    assertThat(d.units().get(0).name()).isEqualTo("Đà Nẵng");
  }

  @Test
  void windows1258_whenAsked() {
    Charset cp1258 = Charset.forName("windows-1258");
    byte[] bytes = "unit,indicator,value\nThanh Hóa,1,0.5\n".getBytes(cp1258);
    Dataset d = CsvDatasetReader.of(CsvOptions.builder().charset(cp1258).build()).read("d.csv", bytes);
    assertThat(Normalizer.isNormalized(d.units().get(0).name(), Normalizer.Form.NFC)).isTrue();
    assertThat(d.units().get(0).name()).isEqualTo("Thanh Hóa");
  }

  @Test
  void invalidUtf8Bytes_areAnErrorNamingTheRow() {
    byte[] bytes = "unit,indicator,value\nA,1,0.5\nB\u00ff,1,0.5\n".getBytes(StandardCharsets.ISO_8859_1);
    DataFormatException e = fails(CsvOptions.defaults(), bytes);
    assertThat(e.getMessage()).contains("row 3").contains("not valid").contains("UTF-8");
  }

  @Test
  void registry_makesEverySpellingOneUnit() {
    CsvOptions o = CsvOptions.builder().units(Provinces.before2025()).build();
    String text = "unit,indicator,value\nThanh Hóa,1,0.5\nTỉnh Thanh Hoá,2,0.6\nthanh hoa,3,0.7\nTP. Đà Nẵng,1,0.9\n";
    Dataset d = CsvDatasetReader.of(o).read("d.csv", text.getBytes(StandardCharsets.UTF_8));
    assertThat(d.units()).extracting(u -> u.code()).containsExactly("Thanh Hóa", "Đà Nẵng");
    assertThat(d.units().get(0).aliases()).containsExactly("38");
    assertThat(d.values("", "3")).containsExactly(0.7, Double.NaN);
  }

  @Test
  void registry_unknownName_listsTheClosest() {
    CsvOptions o = CsvOptions.builder().units(Provinces.before2025()).build();
    DataFormatException e = fails(o, "unit,indicator,value\nThanh Hao,1,0.5\n".getBytes(StandardCharsets.UTF_8));
    assertThat(e.getMessage()).contains("row 2, column 'unit'").contains("closest: Thanh Hóa");
  }

  @Test
  void sameNameInNfcAndNfd_isADuplicateObservation() {
    String nfd = Normalizer.normalize("Thanh Hóa", Normalizer.Form.NFD);
    DataFormatException e = fails("unit,indicator,value\nThanh Hóa,1,0.5\n" + nfd + ",1,0.6\n");
    assertThat(e.getMessage()).contains("row 3").contains("duplicate observation");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "''|the file is empty",
      "unit,indicator,value|header but no data rows",
      "unit,indicatr,value\\nA,1,0.5|unknown column",
      "unit,value\\nA,0.5|missing required column 'indicator'",
      "unit,indicator,value\\nA,1,abc|expected a number such as 0.7314",
      "unit,indicator,value\\nA,1,NaN|expected a number",
      "unit,indicator,value\\nA,1,Infinity|expected a number",
      "unit,indicator,value\\nA,1,1e999|expected a finite number",
      "unit,indicator,value\\n,1,0.5|empty unit",
      "unit,indicator,value\\nA,,0.5|empty indicator",
      "unit,indicator,value\\nA,1,0.5,9|row has 4 fields",
      "unit,indicator,value\\nA,1,|no value",
      "unit,indicator,value\\nA,1,0.5\\nA,1,0.6|duplicate observation",
      "unit,indicator,value,source\\nA,1,0.5,rumour|unknown source",
      "unit,indicator,numerator\\nA,1,3|must come together"})
  void badInput_isLocatedAndExplained(String text, String message) {
    Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> read(text.replace("\\n", "\n")));
    assertThat(t).isInstanceOfAny(DataFormatException.class, ProblemsException.class);
    assertThat(t.getMessage()).contains("d.csv").contains(message);
  }

  @Test
  void hugeField_andBinaryGarbage_areRejected() {
    String huge = "unit,indicator,value\n" + "A".repeat(20_000) + ",1,0.5\n";
    assertThat(fails(huge).getMessage()).contains("longer than the limit 10000");
    byte[] garbage = new byte[4096];
    new java.util.Random(1).nextBytes(garbage);
    Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> CsvDatasetReader.of(CsvOptions.defaults())
        .read("g.csv", garbage));
    assertThat(t).isInstanceOfAny(DataFormatException.class, ProblemsException.class);
  }

  @Test
  void manyProblems_areCollectedInOnePass() {
    StringBuilder sb = new StringBuilder("unit,indicator,value\n");
    for (int i = 0; i < 5; i++) {
      sb.append("U").append(i).append(",1,x\n");
    }
    assertThatExceptionOfType(ProblemsException.class).isThrownBy(() -> read(sb.toString()))
        .satisfies(e -> assertThat(e.problems()).hasSize(5)
            .allSatisfy(p -> assertThat(p.getMessage()).contains("column 'value'")));
  }

  @Test
  void wide_readsCoinrLayoutWithPeriodsAndGroups() {
    String text = "uCode,uName,Time,group,i1,i2\nAUT,Austria,2018,EU,1.5,\nAUT,Austria,2019,EU,2.5,NA\n"
        + "VNM,Viet Nam,2018,ASEAN,3,4\n";
    Dataset d = WideCsvDatasetReader.of(CsvOptions.defaults()).read("w.csv", text.getBytes(StandardCharsets.UTF_8));
    assertThat(d.periods()).containsExactly("2018", "2019");
    assertThat(d.units()).extracting(u -> u.name()).containsExactly("Austria", "Viet Nam");
    assertThat(d.units().get(1).group()).contains("ASEAN");
    assertThat(d.values("2018", "i2")).containsExactly(Double.NaN, 4);
    assertThat(List.of(WideCsvDatasetReader.isWide(List.of("uCode", "x")), WideCsvDatasetReader.isWide(
        List.of("unit", "indicator", "value")))).containsExactly(true, false);
  }
}
