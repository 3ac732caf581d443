package org.opendti.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.opendti.Dataset;
import org.opendti.DtiException;
import org.opendti.InvalidDataException;
import org.opendti.Measure;
import org.opendti.Observation;
import org.opendti.ProblemsException;
import org.opendti.Provinces;
import org.opendti.Unit;
import org.opendti.io.DataFormatException;
import org.opendti.io.NumberStyle;
import org.opendti.io.table.TableReader;
import org.opendti.io.table.Tables;

/**
 * The long reader, whose plain-value rows resolve each spelling of a unit, indicator and period once, against the
 * general route it had for every row ({@link #oracle}: an observation per row, added to the builder): the same dataset
 * (units in order with their codes, names and aliases; every observation) or the same problems, on seeded random files
 * that interleave units, spell them in different cases, in NFC and NFD, quoted, padded and guarded, and mix in ratios,
 * categories, sources, bad numbers, empty names and duplicates.
 */
final class LongRowsDifferentialTest {
  private static final String HA_NOI = "Hà Nội";
  private static final String HA_NOI_NFD = Normalizer.normalize(HA_NOI, Normalizer.Form.NFD);
  private static final String CHI_SO_NFD = Normalizer.normalize("Chỉ số", Normalizer.Form.NFD);
  /** Spellings of one unit each (the same code, name or alias ignoring case, in NFC): quoted, padded, guarded. */
  private static final String[][] UNITS = {{"U1", "u1", " U1 ", "\"U1\""}, {"U2"}, {"U10"},
      {"'=U3", "=U3", "\"'=U3\""}, {"'U4"}, {HA_NOI, HA_NOI_NFD, "hà nội", "HÀ NỘI"}, {"Thanh Hóa"},
      {"thanh hoa"}, {"Tỉnh Thanh Hoá"}, {"Đà Nẵng"}, {"TP. Đà Nẵng"}, {"Aa"}, {"BB"}, {"\"a,b\""},
      {"\"x\"\"y\""}};
  /** Spellings of one indicator each: indicator codes keep their case, so i1 and I1 are two. */
  private static final String[][] INDICATORS = {{"i1"}, {"I1"}, {"i2", " i2"}, {"\"i3\""}, {"ind"},
      {"Chỉ số", CHI_SO_NFD}, {"'+1", "+1"}, {"7"}};
  private static final String[][] PERIODS = {{""}, {"2023", "\"2023\""}, {"2024", " 2024 "},
      {"năm 2023", Normalizer.normalize("năm 2023", Normalizer.Form.NFD)}};
  /** Spellings a registry of provinces knows, and one it does not. */
  private static final String[][] PROVINCES = {{"Thanh Hóa", "Tỉnh Thanh Hoá", "thanh hoa"},
      {"Đà Nẵng", "TP. Đà Nẵng"}, {"Thanh Hao"}};

  /** The long reader's loop before the plain-row route, on the public API: one observation per row. */
  private static Object oracle(CsvOptions options, byte[] bytes) throws IOException {
    try (TableReader t = Tables.csv("d.csv", new ByteArrayInputStream(bytes), options.charset(),
        options.delimiter(), options.maxFieldLength())) {
      int unit = t.column("unit");
      int indicator = t.column("indicator");
      int value = t.column("value");
      int numerator = t.column("numerator");
      int denominator = t.column("denominator");
      int category = t.column("category");
      int period = t.column("period");
      int prov = t.column("source");
      int evidence = t.column("evidence");
      List<DtiException> problems = new ArrayList<>();
      Dataset.Builder b = Dataset.builder();
      UnitNames names = new UnitNames(options, b);
      while (t.next()) {
        try {
          String name = t.string(unit);
          if (name.isEmpty()) {
            throw new DataFormatException(t.at(unit), "", "empty unit");
          }
          String code = names.code(t, unit, name);
          String ind = t.string(indicator);
          if (ind.isEmpty()) {
            throw new DataFormatException(t.at(indicator), "", "empty indicator");
          }
          boolean hasValue = value >= 0 && !t.isEmpty(value);
          boolean hasRatio = numerator >= 0 && (!t.isEmpty(numerator) || !t.isEmpty(denominator));
          boolean hasCategory = category >= 0 && !t.isEmpty(category);
          int given = (hasValue ? 1 : 0) + (hasRatio ? 1 : 0) + (hasCategory ? 1 : 0);
          if (given == 0) {
            throw new DataFormatException(t.at(value >= 0 ? value : indicator), "", "no value; give a value, a"
                + " numerator and denominator, or a category (leave the row out if the unit has no observation)");
          }
          if (given > 1) {
            throw new DataFormatException(t.at(indicator), "", "give only one of value, numerator/denominator and"
                + " category");
          }
          NumberStyle style = options.numberStyle();
          Measure m;
          try {
            m = hasValue ? Measure.ofValue(t.number(value, style)) : hasRatio
                ? Measure.ofRatio(t.number(numerator, style), t.number(denominator, style))
                : Measure.ofCategory(t.string(category));
          } catch (IllegalArgumentException e) {
            int at = hasValue ? value : hasRatio ? denominator : category;
            throw new DataFormatException(t.at(at), t.text(at), e.getMessage());
          }
          Observation.Builder o = Observation.builder().unit(code).indicator(ind).measure(m);
          if (period >= 0) {
            o.period(t.string(period));
          }
          if (prov >= 0 && !t.isEmpty(prov)) {
            o.provenance(CsvDatasetReader.provenance(t.at(prov), t.string(prov)));
          }
          if (evidence >= 0 && !t.isEmpty(evidence)) {
            o.evidence(t.string(evidence));
          }
          try {
            b.add(o.build());
          } catch (InvalidDataException e) {
            problems.add(new DataFormatException(t.at(value >= 0 ? value : indicator), e.rawValue(),
                e.getMessage()));
          }
        } catch (DataFormatException e) {
          problems.add(e);
        }
      }
      problems.addAll(0, t.problems());
      return problems.isEmpty() ? describe(b.build()) : messages(problems);
    }
  }

  private static Object actual(CsvOptions options, byte[] bytes) {
    try {
      return describe(CsvDatasetReader.of(options).read("d.csv", bytes));
    } catch (ProblemsException e) {
      return messages(e.problems());
    } catch (DataFormatException e) {
      return messages(List.of(e));
    }
  }

  private static List<String> messages(List<? extends DtiException> problems) {
    return problems.stream().map(Throwable::getMessage).toList();
  }

  /** Everything a dataset holds, units with all their attributes. */
  private static String describe(Dataset d) {
    StringBuilder sb = new StringBuilder();
    for (Unit u : d.units()) {
      sb.append(u.code()).append('|').append(u.name()).append('|').append(u.aliases()).append('|')
          .append(u.kind()).append('\n');
    }
    sb.append(d.periods()).append('\n');
    for (String p : d.periods()) {
      sb.append(p).append(": ").append(d.indicators(p)).append('\n');
    }
    d.observations().forEach(o -> sb.append(o).append('\n'));
    return sb.toString();
  }

  private static String pick(SplittableRandom r, String[] spellings) {
    return spellings[r.nextInt(spellings.length)];
  }

  /**
   * A file whose rows are distinct (unit, indicator, period) triples, in a run or cycle order, each name in a spelling
   * picked at random; when not clean, a row in three is a random one that may repeat a triple or break a rule.
   */
  private static byte[] randomFile(SplittableRandom r, String[][] units, boolean clean) {
    StringBuilder sb = new StringBuilder("unit,indicator,value,period,numerator,denominator,category,source,evidence\n");
    int nu = 1 + r.nextInt(units.length);
    int ni = 1 + r.nextInt(INDICATORS.length);
    int np = 1 + r.nextInt(PERIODS.length);
    boolean byIndicator = r.nextBoolean();
    List<int[]> triples = new ArrayList<>();
    for (int p = 0; p < np; p++) {
      for (int a = 0; a < (byIndicator ? ni : nu); a++) {
        for (int z = 0; z < (byIndicator ? nu : ni); z++) {
          triples.add(byIndicator ? new int[] {z, a, p} : new int[] {a, z, p});
        }
      }
    }
    for (int[] t : triples) {
      boolean wild = !clean && r.nextInt(3) == 0;
      String unit = pick(r, units[wild ? r.nextInt(units.length) : t[0]]);
      String ind = pick(r, INDICATORS[wild ? r.nextInt(INDICATORS.length) : t[1]]);
      String period = pick(r, PERIODS[wild ? r.nextInt(PERIODS.length) : t[2]]);
      String value = Double.toString(r.nextDouble());
      String num = "";
      String den = "";
      String cat = "";
      String source = "";
      String evidence = "";
      int kind = clean ? r.nextInt(40) : r.nextInt(14);
      switch (kind) {
        case 1 -> {
          value = "";
          num = "3";
          den = "4";
        }
        case 2 -> {
          value = "";
          cat = "chairman";
        }
        case 3 -> source = "report";
        case 4 -> evidence = "doc 12";
        case 5 -> value = clean ? value : "0,5";
        case 6 -> unit = clean ? unit : "";
        case 7 -> ind = clean ? ind : "  ";
        case 8 -> value = clean ? value : "";
        case 9 -> source = clean ? source : "rumour";
        case 10 -> value = clean ? value : "1e999";
        default -> { }
      }
      sb.append(String.join(",", unit, ind, value, period, num, den, cat, source, evidence)).append('\n');
    }
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void randomFiles_readAsTheGeneralRouteReadThem() throws IOException {
    SplittableRandom r = new SplittableRandom(0x1095_2026L);
    int datasets = 0;
    int failures = 0;
    for (int i = 0; i < 400; i++) {
      byte[] bytes = randomFile(r, UNITS, i % 2 == 0);
      Object expected = oracle(CsvOptions.defaults(), bytes);
      assertThat(actual(CsvOptions.defaults(), bytes)).as("file %d:%n%s", i, new String(bytes,
          StandardCharsets.UTF_8)).isEqualTo(expected);
      if (expected instanceof String) {
        datasets++;
      } else {
        failures++;
      }
    }
    // both outcomes are exercised: datasets and problems
    assertThat(datasets).isGreaterThan(100);
    assertThat(failures).isGreaterThan(100);
  }

  @Test
  void randomFiles_withARegistry_readAsTheGeneralRouteReadThem() throws IOException {
    CsvOptions options = CsvOptions.builder().units(Provinces.before2025()).build();
    SplittableRandom r = new SplittableRandom(0x2095_2026L);
    for (int i = 0; i < 60; i++) {
      byte[] bytes = randomFile(r, PROVINCES, i % 2 == 0);
      Object expected = oracle(options, bytes);
      assertThat(actual(options, bytes)).as("file %d", i).isEqualTo(expected);
    }
  }

  @Test
  void namesDifferingInCaseOrUnicodeForm_areOneUnit_andTheirRepeatsAreDuplicates() throws IOException {
    String nfd = Normalizer.normalize(HA_NOI, Normalizer.Form.NFD);
    String text = "unit,indicator,value\n" + HA_NOI + ",i1,0.1\n" + nfd + ",i2,0.2\nhà nội,i3,0.3\nU1,i1,0.4\n"
        + "u1,i2,0.5\n" + HA_NOI + ",i4,0.6\n";
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    Object expected = oracle(CsvOptions.defaults(), bytes);
    assertThat(actual(CsvOptions.defaults(), bytes)).isEqualTo(expected);
    Dataset d = CsvDatasetReader.of(CsvOptions.defaults()).read("d.csv", bytes);
    assertThat(d.units()).extracting(Unit::code).containsExactly(HA_NOI, "U1");
    assertThat(d.values("", "i2")).containsExactly(0.2, 0.5);

    byte[] duplicate = (text + nfd + ",i1,0.7\n").getBytes(StandardCharsets.UTF_8);
    Object problems = oracle(CsvOptions.defaults(), duplicate);
    assertThat(problems).isInstanceOf(List.class);
    assertThat(actual(CsvOptions.defaults(), duplicate)).isEqualTo(problems);
    assertThat(problems.toString()).contains("duplicate observation").contains("row 8");
  }

  @Test
  void interleavedUnitsAndIndicators_fillTheRightCells() {
    StringBuilder sb = new StringBuilder("unit,indicator,value,period\n");
    for (int k = 0; k < 3; k++) {
      for (int u = 0; u < 50; u++) {
        for (int i = 0; i < 4; i++) {
          int unit = (u * 7 + i) % 50;
          sb.append('U').append(unit).append(",i").append(i).append(',').append(unit * 100 + i + k / 10.0)
              .append(',').append(2020 + k).append('\n');
        }
      }
    }
    Dataset d = CsvDatasetReader.of(CsvOptions.defaults()).read("d.csv", sb.toString().getBytes(
        StandardCharsets.UTF_8));
    assertThat(d.periods()).containsExactly("2020", "2021", "2022");
    for (int k = 0; k < 3; k++) {
      for (int i = 0; i < 4; i++) {
        double[] values = d.values(Integer.toString(2020 + k), "i" + i);
        for (int u = 0; u < 50; u++) {
          String code = d.units().get(u).code();
          int unit = Integer.parseInt(code.substring(1));
          assertThat(values[u]).isEqualTo(unit * 100 + i + k / 10.0);
        }
      }
    }
  }
}
