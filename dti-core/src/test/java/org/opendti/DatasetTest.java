package org.opendti;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

final class DatasetTest {

  @Test
  void duplicateObservation_isAnErrorNamingUnitAndIndicator() {
    Dataset.Builder b = Dataset.builder().put("38", "gov_activity", "2023", 0.8);
    assertThatExceptionOfType(InvalidDataException.class).isThrownBy(() -> b.put("38", "gov_activity", "2023", 0.9))
        .satisfies(e -> {
          assertThat(e.unit()).isEqualTo("38");
          assertThat(e.indicator()).isEqualTo("gov_activity");
          assertThat(e.rawValue()).isEqualTo("0.9");
        })
        .withMessageContaining("duplicate observation").withMessageContaining("2023");
  }

  @Test
  void sameNameInNfcAndNfd_isOneUnit() {
    String nfc = Normalizer.normalize("Thanh Hóa", Normalizer.Form.NFC);
    String nfd = Normalizer.normalize("Thanh Hóa", Normalizer.Form.NFD);
    assertThat(nfc).isNotEqualTo(nfd);
    Dataset.Builder b = Dataset.builder().addUnit(Unit.of("38", nfc));
    assertThatExceptionOfType(InvalidDataException.class).isThrownBy(() -> b.addUnit(Unit.of("x", nfd)))
        .withMessageContaining("duplicate unit");
    Dataset d = b.put(nfd, "dti", 0.7314).build();
    assertThat(d.units()).hasSize(1);
    assertThat(d.findUnit("THANH HÓA")).isPresent();
    assertThat(d.observation("38", "dti", "")).isPresent();
  }

  @Test
  void ofPeriods_combinesOneDatasetPerPeriod() {
    Dataset y2023 = Dataset.builder().addUnit(Unit.of("38", "Thanh Hóa")).put("38", "dti", 0.5).put("01", "dti", 0.7)
        .build();
    Dataset y2024 = Dataset.builder().put("thanh hóa", "dti", 0.6).put("02", "dti", 0.4).build();
    java.util.Map<String, Dataset> byPeriod = new java.util.LinkedHashMap<>();
    byPeriod.put("2023", y2023);
    byPeriod.put("2024", y2024);
    Dataset d = Dataset.ofPeriods(byPeriod);
    assertThat(d.periods()).containsExactly("2023", "2024");
    assertThat(d.units()).extracting(Unit::code).containsExactly("38", "01", "02");
    assertThat(d.observation("38", "dti", "2023").orElseThrow().measure().value().getAsDouble()).isEqualTo(0.5);
    assertThat(d.observation("38", "dti", "2024").orElseThrow().measure().value().getAsDouble()).isEqualTo(0.6);
    assertThat(d.size()).isEqualTo(4);

    Dataset withPeriods = Dataset.builder().put("a", "dti", "2022", 0.1).build();
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Dataset.ofPeriods(java.util.Map.of("2023", withPeriods)))
        .withMessageContaining("'2023'").withMessageContaining("[2022]");
  }

  @Test
  void nonFiniteValue_isRejected() {
    assertThatExceptionOfType(InvalidDataException.class)
        .isThrownBy(() -> Dataset.builder().put("a", "dti", Double.NaN))
        .withMessageContaining("finite").withMessageContaining("NaN");
    assertThatExceptionOfType(InvalidDataException.class)
        .isThrownBy(() -> Dataset.builder().put("a", "dti", Double.POSITIVE_INFINITY))
        .withMessageContaining("Infinity");
  }

  @Test
  void observations_keepProvenanceEvidenceAndRatios() {
    Observation o = Observation.builder().unit("38").indicator("7").period("2023")
        .measure(Measure.ofRatio(1805, 2067)).provenance(Provenance.AUTOMATIC).evidence("QĐ 123/QĐ-UBND").build();
    Dataset d = Dataset.builder().add(o).add(Observation.of("38", "1", 0.9)).build();
    assertThat(d.periods()).containsExactly("2023", "");
    assertThat(d.observation("38", "7", "2023")).contains(o);
    assertThat(d.values("2023", "7")).containsExactly(1805.0 / 2067);
    assertThat(d.size()).isEqualTo(2);
    assertThat(d.observations()).hasSize(2);
    assertThat(d.period("2023").periods()).containsExactly("2023");
  }

  @Test
  void cells_showEveryKindOfCellAsTheObservationsDo() {
    Dataset d = Dataset.builder()
        .add(Observation.builder().unit("a").indicator("x").period("2023").measure(Measure.ofRatio(3, 4))
            .provenance(Provenance.AUTOMATIC).evidence("QĐ 1").build())
        .add(Observation.builder().unit("b").indicator("x").period("2023").measure(Measure.ofCategory("chairman"))
            .build())
        .add(Observation.builder().unit("c").indicator("x").period("2023").measure(Measure.ofValue(0.5)).build())
        .add(Observation.builder().unit("d").indicator("y").period("2023").measure(Measure.ofValue(7)).build())
        .build();
    Dataset.Cells x = d.cells("2023", "x");
    assertThat(x.size()).isEqualTo(4);
    assertThat(x.plainValuesOnly()).isFalse();
    for (int u = 0; u < x.size(); u++) {
      var o = d.observation(d.units().get(u).code(), "x", "2023");
      assertThat(x.present(u)).isEqualTo(o.isPresent());
      assertThat(x.value(u)).isEqualTo(o.map(ob -> ob.measure().value().orElse(Double.NaN)).orElse(Double.NaN));
      assertThat(x.numerator(u)).isEqualTo(o.map(ob -> ob.measure().numerator().orElse(Double.NaN)).orElse(Double.NaN));
      assertThat(x.denominator(u))
          .isEqualTo(o.map(ob -> ob.measure().denominator().orElse(Double.NaN)).orElse(Double.NaN));
      assertThat(x.category(u)).isEqualTo(o.flatMap(ob -> ob.measure().category()).orElse(""));
      assertThat(x.provenance(u)).isEqualTo(o.flatMap(Observation::provenance));
      assertThat(x.evidence(u)).isEqualTo(o.flatMap(Observation::evidence).orElse(""));
    }
    assertThat(x.present(3)).isFalse();
    assertThat(d.cells("2023", "y").plainValuesOnly()).isTrue();
    assertThat(d.cells("2023", "y").value(3)).isEqualTo(7.0);
    Dataset.Cells none = d.cells("2024", "x");
    assertThat(none.plainValuesOnly()).isTrue();
    assertThat(none.present(0)).isFalse();
    assertThat(none.value(0)).isNaN();
    assertThatExceptionOfType(IndexOutOfBoundsException.class).isThrownBy(() -> x.present(4));
  }

  @Test
  void unitNames_areNormalised() {
    Unit u = Unit.builder().code(" 38 ").name(Normalizer.normalize("Thanh Hoá", Normalizer.Form.NFD)).build();
    assertThat(u.code()).isEqualTo("38");
    assertThat(Normalizer.isNormalized(u.name(), Normalizer.Form.NFC)).isTrue();
  }
}
