package org.opendti;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opendti.analysis.Merger;
import org.opendti.engine.Results;
import org.opendti.engine.ScoringEngine;

final class MergerTest {
  static final List<String> MAINS = List.of("awareness", "institutions", "infrastructure", "human_resources",
      "cybersecurity", "gov_activity", "econ_activity", "society_activity");

  /** All 63 provinces under their pre-merger names (some in other spellings), value = f(code). */
  static Dataset data63(boolean dropOne) {
    Dataset.Builder b = Dataset.builder();
    for (Unit u : Provinces.before2025().units()) {
      if (dropOne && u.code().equals("74")) {
        continue;
      }
      String name = u.code().equals("46") ? "Thừa Thiên - Huế" : u.code().equals("38") ? "Thanh Hoá" : u.name();
      for (int k = 0; k < MAINS.size(); k++) {
        b.put(name, MAINS.get(k), "2024", value(u.code(), k));
      }
    }
    return b.build();
  }

  static double value(String code, int k) {
    return (Integer.parseInt(code) % 17) / 20.0 + k / 100.0;
  }

  @Test
  void mean_ofConstituents_thenScored() {
    Results r63 = ScoringEngine.official().score(Frameworks.pdti2022(), data63(false));
    Results r34 = Merger.merge2025(r63, Merger.Rule.mean(), ScoringEngine.official());
    assertThat(r34.units()).hasSize(34);
    // Hồ Chí Minh after the merger = HCM (79) + Bình Dương (74) + Bà Rịa - Vũng Tàu (77).
    double expected = (value("79", 0) + value("74", 0) + value("77", 0)) / 3;
    assertThat(r34.value("79", "awareness")).isCloseTo(expected, within(1e-12));
    assertThat(r34.value("Huế", "dti")).isCloseTo(r63.value("Thừa Thiên - Huế", "dti"), within(1e-12));
    double dti = 0;
    for (int k = 0; k < MAINS.size(); k++) {
      double mean = (value("79", k) + value("74", k) + value("77", k)) / 3;
      dti += mean * Frameworks.pdti2022().maxPoints(MAINS.get(k)).getAsDouble() / 1000;
    }
    assertThat(r34.value("79", "dti")).isCloseTo(dti, within(1e-12));
    assertThat(r34.ranking("dti")).hasSize(34);
    assertThat(r34.rank(r34.ranking("dti").get(0).unit().code(), "dti")).isEqualTo(1);
  }

  @Test
  void weightedRule_isAStrategy() {
    Results r63 = ScoringEngine.official().score(Frameworks.pdti2022(), data63(false));
    Map<String, Double> population = new HashMap<>();
    Provinces.before2025().units().forEach(u -> population.put(u.name(), 1.0));
    population.put("Hồ Chí Minh", 2.0);
    Map<String, Double> byCode = new HashMap<>();
    Provinces.before2025().units().forEach(u -> byCode.put(u.code(), population.get(u.name())));
    Results r34 = Merger.merge2025(r63, Merger.Rule.weighted(byCode), ScoringEngine.official());
    double expected = (2 * value("79", 0) + value("74", 0) + value("77", 0)) / 4;
    assertThat(r34.value("79", "awareness")).isCloseTo(expected, within(1e-12));
  }

  @Test
  void missingConstituent_isAnErrorNamingIt() {
    Results r62 = ScoringEngine.official().score(Frameworks.pdti2022(), data63(true));
    assertThatExceptionOfType(DtiException.class)
        .isThrownBy(() -> Merger.merge2025(r62, Merger.Rule.mean(), ScoringEngine.official()))
        .withMessageContaining("Hồ Chí Minh").withMessageContaining("Bình Dương");
  }

  @Test
  void unknownUnit_isAnError() {
    Dataset d = Dataset.builder().put("Tỉnh Không Có", "awareness", 0.5).build();
    Results r = ScoringEngine.official().score(Frameworks.pdti2022(), d);
    assertThatExceptionOfType(UnknownUnitException.class)
        .isThrownBy(() -> Merger.merge2025(r, Merger.Rule.mean(), ScoringEngine.official()))
        .withMessageContaining("Tỉnh Không Có");
  }
}
