package org.opendti;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Name resolution among a dataset's own units and through a registry, as a library user calls it. */
final class UnitNamesTest {
  private static final List<Unit> DEPARTMENTS = List.of(Unit.of("stc", "Sở Tài chính"), Unit.of("syt", "Sở Y tế"),
      Unit.builder().code("sxd").name("Sở Xây dựng").addAlias("XD").build());

  @Test
  void lenient_leavesOutUnitsAndAliasesThatCollide_whereOfRefusesThem() {
    List<Unit> clash = List.of(Unit.of("a", "Hà Giang"), Unit.of("b", "Tỉnh Hà Giang"),
        Unit.builder().code("c").name("Cao Bằng").addAlias("Hà Giang").addAlias("CB").build());
    assertThatIllegalArgumentException().isThrownBy(() -> UnitRegistry.of(clash))
        .withMessage("'Tỉnh Hà Giang' names both 'a' and 'b'");
    UnitRegistry r = UnitRegistry.lenient(clash);
    assertThat(r.units()).extracting(Unit::code).containsExactly("a", "c");
    assertThat(r.units().get(1)).isSameAs(clash.get(2));
    assertThat(r.find("tinh ha giang")).containsSame(clash.get(0));
    assertThat(r.find("CB")).containsSame(clash.get(2));
    assertThat(r.find("b")).isEmpty();
  }

  @Test
  void resolveAmong_codeThenNameThenWithoutDiacritics() {
    assertThat(UnitRegistry.resolveAmong(" SYT ", DEPARTMENTS).code()).isEqualTo("syt");
    String nfd = Normalizer.normalize("sở tài chính", Normalizer.Form.NFD);
    assertThat(UnitRegistry.resolveAmong(nfd, DEPARTMENTS).code()).isEqualTo("stc");
    assertThat(UnitRegistry.resolveAmong("xd", DEPARTMENTS).code()).isEqualTo("sxd");
    assertThat(UnitRegistry.resolveAmong("So Tai Chinh", DEPARTMENTS).code()).isEqualTo("stc");
    // a code wins over another unit's name
    List<Unit> codeAndName = List.of(Unit.of("1", "Một"), Unit.of("2", "1"));
    assertThat(UnitRegistry.resolveAmong("1", codeAndName).name()).isEqualTo("Một");
  }

  @Test
  void resolveAmong_unknownOrAmbiguous_namesTheClosest() {
    assertThatExceptionOfType(UnknownUnitException.class)
        .isThrownBy(() -> UnitRegistry.resolveAmong("Sở Tài chinhh", DEPARTMENTS))
        .withMessage("unknown unit 'Sở Tài chinhh'; closest: Sở Tài chính, Sở Xây dựng, Sở Y tế")
        .satisfies(e -> assertThat(e.name()).isEqualTo("Sở Tài chinhh"));
    List<Unit> twins = List.of(Unit.of("a", "Hà Tĩnh"), Unit.of("b", "Hà Tỉnh"));
    assertThatExceptionOfType(UnknownUnitException.class)
        .isThrownBy(() -> UnitRegistry.resolveAmong("Ha Tinh", twins))
        .withMessageStartingWith("ambiguous unit 'Ha Tinh'")
        .satisfies(e -> assertThat(e.candidates()).containsExactly("Hà Tĩnh", "Hà Tỉnh"));
    assertThatExceptionOfType(UnknownUnitException.class)
        .isThrownBy(() -> UnitRegistry.resolveAmong("x", List.of()))
        .withMessage("unknown unit 'x'");
  }

  @Test
  void resolveIn_matchesTheDataSpellingThroughTheRegistry() {
    List<Unit> data = List.of(Unit.of("u1", "thanh hoa"), Unit.of("u2", "Tỉnh Nghệ An"));
    UnitRegistry provinces = Provinces.before2025();
    assertThat(provinces.resolveIn("Thanh Hoá", data)).isSameAs(data.get(0));
    assertThat(provinces.resolveIn("40", data)).isSameAs(data.get(1));
    assertThatExceptionOfType(DtiException.class).isThrownBy(() -> provinces.resolveIn("Hanoi", data))
        .isNotInstanceOf(UnknownUnitException.class)
        .withMessage("'Hanoi' is Hà Nội, which the data do not hold; closest in the data: thanh hoa, Tỉnh Nghệ An");
    assertThatExceptionOfType(UnknownUnitException.class).isThrownBy(() -> provinces.resolveIn("Atlantis", data))
        .withMessageStartingWith("unknown unit 'Atlantis'; closest: ");
  }

  @Test
  void namedBy_givesTheRegistryNames_andKeepsObservationsAndGroups() {
    Dataset d = Dataset.builder().addUnit(Unit.builder().code("x").name("thanh hoa").group("north").build())
        .addUnit(Unit.of("40", "Nghe An"))
        .add(Observation.builder().unit("x").indicator("a").measure(Measure.ofValue(0.5)).evidence("e1").build())
        .put("40", "a", 0.25).build();
    Dataset named = d.namedBy(Provinces.before2025());
    assertThat(named.units()).extracting(Unit::code).containsExactly("Thanh Hóa", "Nghệ An");
    Unit th = named.units().get(0);
    assertThat(th.aliases()).containsExactly("38");
    assertThat(th.group()).contains("north");
    assertThat(named.findUnit("38")).containsSame(th);
    assertThat(named.observation("Thanh Hóa", "a", Dataset.SINGLE_PERIOD).orElseThrow().evidence()).contains("e1");
    assertThat(named.values(Dataset.SINGLE_PERIOD, "a")).containsExactly(0.5, 0.25);
    assertThat(named.namedBy(Provinces.before2025())).isSameAs(named);
  }

  @Test
  void namedBy_refusesTwoUnitsThatAreOneAndNamesUnknownOnes() {
    Dataset twice = Dataset.builder().addUnit(Unit.of("a", "Thanh Hoá")).addUnit(Unit.of("b", "thanh hoa"))
        .put("a", "i", 1).put("b", "i", 2).build();
    assertThatExceptionOfType(DtiException.class).isThrownBy(() -> twice.namedBy(Provinces.before2025()))
        .withMessage("units 'Thanh Hoá' and 'thanh hoa' are both 'Thanh Hóa'");
    Dataset unknown = Dataset.builder().addUnit(Unit.of("a", "Atlantis")).put("a", "i", 1).build();
    assertThatExceptionOfType(UnknownUnitException.class).isThrownBy(() -> unknown.namedBy(Provinces.before2025()))
        .withMessageStartingWith("unknown unit 'Atlantis'; closest: ")
        .satisfies(e -> assertThat(e.candidates()).hasSize(3));
  }

  @Test
  void withUnitsRenamed_movesObservations_andRefusesACollision() {
    Dataset d = Dataset.builder().addUnit(Unit.of("a", "Alpha")).addUnit(Unit.of("b", "Beta"))
        .put("a", "i", 1).put("b", "i", 2).build();
    Dataset r = d.withUnitsRenamed(Map.of("a", Unit.of("z", "Zeta")));
    assertThat(r.units()).extracting(Unit::code).containsExactly("z", "b");
    assertThat(r.values(Dataset.SINGLE_PERIOD, "i")).containsExactly(1, 2);
    assertThat(d.withUnitsRenamed(Map.of())).isEqualTo(d);
    assertThatExceptionOfType(InvalidDataException.class)
        .isThrownBy(() -> d.withUnitsRenamed(Map.of("a", Unit.of("b", "Gamma"))))
        .withMessageContaining("duplicate unit");
  }
}
