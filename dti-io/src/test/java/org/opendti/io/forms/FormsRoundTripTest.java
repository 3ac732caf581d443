package org.opendti.io.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendti.Dataset;
import org.opendti.Framework;
import org.opendti.Frameworks;
import org.opendti.Node;
import org.opendti.Observation;
import org.opendti.Unit;
import org.opendti.UnitKind;
import org.opendti.engine.Results;
import org.opendti.engine.ScoringEngine;

final class FormsRoundTripTest {
  @TempDir
  Path dir;

  /** Writes every unit's form, fills it with the unit's observations, and returns the filled files. */
  static List<Path> writeAndFill(Framework f, List<Unit> units, List<Observation> data, Path dir) throws IOException {
    List<Path> files = Forms.writeAll(f, units, FormsFixtures.PERIOD, dir);
    for (int i = 0; i < units.size(); i++) {
      Unit u = units.get(i);
      FormFiller filler = FormFiller.of(Files.readAllBytes(files.get(i)), f, u);
      data.stream().filter(o -> o.unit().equals(u.code())).forEach(filler::fill);
      Files.write(files.get(i), filler.bytes());
    }
    return files;
  }

  @Test
  void collect_givesTheDataFilledIn_andScoresAsTheSameDataBuiltDirectly() throws IOException {
    Framework f = FormsFixtures.framework();
    List<Unit> units = FormsFixtures.units();
    List<Observation> data = FormsFixtures.data(f, units, 7);
    writeAndFill(f, units, data, dir);

    CollectedForms c = Forms.collect(f, units, dir);

    assertThat(c.problems()).isEmpty();
    Dataset expected = FormsFixtures.dataset(units, data);
    assertThat(c.dataset()).isEqualTo(expected);
    assertThat(c.orThrow()).isEqualTo(expected);
    assertThat(c.forms()).containsOnlyKeys("SO-01", "SO-02", "H-01");
    assertThat(c.forms().get("SO-02")).isEqualTo(dir.resolve("SO-02.xlsx"));
    assertThat(c.missing()).isEmpty();
    assertScoredAlike(f, c.dataset(), expected);
  }

  @Test
  void forms_holdOnlyTheComponentsThatApply() {
    Framework f = FormsFixtures.framework();
    List<Unit> units = FormsFixtures.units();
    assertThat(FormLayout.rows(f, units.get(0)).stream().map(FormLayout.Row::code))
        .containsExactly("A", "A1", "A2", "A3", "B", "B1", "B2");
    assertThat(FormLayout.rows(f, units.get(1)).stream().map(FormLayout.Row::code))
        .containsExactly("A", "A1", "A2", "A3", "B", "B1", "B2", "B3");
    assertThat(FormLayout.rows(f, units.get(2)).stream().map(FormLayout.Row::code))
        .containsExactly("A", "A1", "A2", "A3", "B", "B1", "B2", "C", "C1");
  }

  @Test
  void builtInSubProvincialExample_roundTrips() throws IOException {
    Framework f = Frameworks.byId("example-subprovincial").orElseThrow();
    List<Unit> units = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      units.add(Unit.builder().code(String.format("S%02d", i)).name("Sở số " + i).kind(UnitKind.DEPARTMENT).build());
    }
    List<Observation> data = FormsFixtures.data(f, units, 42);
    writeAndFill(f, units, data, dir);

    CollectedForms c = Forms.collect(f, units, dir, CollectOptions.defaults().withPeriod(FormsFixtures.PERIOD));

    Dataset expected = FormsFixtures.dataset(units, data);
    assertThat(c.orThrow()).isEqualTo(expected);
    assertScoredAlike(f, c.dataset(), expected);
  }

  @Test
  void prefilledForms_collectAsTheValuesGiven() throws IOException {
    Framework f = FormsFixtures.framework();
    List<Unit> units = FormsFixtures.units();
    List<Observation> data = FormsFixtures.data(f, units, 3);
    Dataset lastYear = FormsFixtures.dataset(units, data.stream().map(o -> o.inPeriod("2024")).toList());

    Forms.writeAll(f, units, FormsFixtures.PERIOD, lastYear, dir);
    CollectedForms c = Forms.collect(f, units, dir);

    assertThat(c.orThrow()).isEqualTo(FormsFixtures.dataset(units, data));
  }

  @Test
  void vietnameseTextNumbers_areNumbers() throws IOException {
    Framework f = FormsFixtures.framework();
    Unit u = FormsFixtures.units().get(0);
    FormFiller filler = FormFiller.of(Forms.write(f, u, FormsFixtures.PERIOD), f, u);
    filler.text(FormFiller.ref(FormLayout.VALUE, filler.row("A2")), "0,75");
    filler.text(FormFiller.ref(FormLayout.VALUE, filler.row("B2")), "62,5%");
    filler.text(FormFiller.ref(FormLayout.CATEGORY, filler.row("A1")), "  phó chủ tịch ");
    Files.write(dir.resolve("SO-01.xlsx"), filler.bytes());

    Dataset d = Forms.collect(f, List.of(u), dir).orThrow();

    assertThat(d.observation("SO-01", "A2", "2025").orElseThrow().measure().value()).hasValue(0.75);
    assertThat(d.observation("SO-01", "B2", "2025").orElseThrow().measure().value()).hasValue(0.625);
    assertThat(d.observation("SO-01", "A1", "2025").orElseThrow().measure().category()).hasValue("Phó Chủ tịch");
    assertThat(d.size()).isEqualTo(3);
  }

  @Test
  void emptyForms_giveNoObservations_andUnitsWithoutFormsAreMissing() throws IOException {
    Framework f = FormsFixtures.framework();
    List<Unit> units = FormsFixtures.units();
    Forms.writeAll(f, units.subList(0, 2), FormsFixtures.PERIOD, dir);

    CollectedForms c = Forms.collect(f, units, dir);

    assertThat(c.orThrow().size()).isZero();
    assertThat(c.forms()).containsOnlyKeys("SO-01", "SO-02");
    assertThat(c.missing()).extracting(Unit::code).containsExactly("H-01");
  }

  static void assertScoredAlike(Framework f, Dataset collected, Dataset expected) {
    ScoringEngine engine = ScoringEngine.official();
    Results a = engine.score(f, collected);
    Results b = engine.score(f, expected);
    int compared = 0;
    for (Unit u : expected.units()) {
      for (Node n : f.nodes()) {
        double x = a.points(u.code(), n.code());
        double y = b.points(u.code(), n.code());
        if (Double.isNaN(y)) {
          assertThat(x).isNaN();
        } else {
          assertThat(x).isCloseTo(y, within(0.0));
          compared++;
        }
      }
    }
    assertThat(compared).isGreaterThan(expected.units().size());
  }

  @Test
  void fileNames_fromCodes() {
    assertThat(Forms.fileName(Unit.of("SO TTTT", "Sở"))).isEqualTo("SO_TTTT.xlsx");
    assertThat(Forms.fileName(Unit.of("Sở:Y tế", "Sở"))).isEqualTo("Sở_Y_tế.xlsx");
    assertThat(Map.of("a", Forms.fileName(Unit.of("01", "Hà Nội")))).containsEntry("a", "01.xlsx");
  }
}
