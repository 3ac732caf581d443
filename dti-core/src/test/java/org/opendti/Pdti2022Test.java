package org.opendti;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendti.engine.Results;
import org.opendti.engine.ScoringEngine;

/** Golden tests from the published DTI 2022 main-indicator table (methodology §3). */
final class Pdti2022Test {

  /** rank, code, name, main indicators 1, 2, 3, 4, 5, 7, 8, 9, published DTI. */
  static final Object[][] TOP_FIVE = {
      {1, "48", "TP. Đà Nẵng", new double[] {1.0000, 0.9000, 0.8253, 0.8487, 0.7578, 0.8575, 0.7836, 0.5197}, 0.8002},
      {2, "79", "TP. Hồ Chí Minh", new double[] {0.8917, 0.9000, 0.8258, 0.6267, 0.5580, 0.8406, 0.7611, 0.3590},
          0.7163},
      {3, "22", "Quảng Ninh", new double[] {0.9581, 0.9000, 0.7648, 0.6250, 0.5382, 0.8385, 0.5904, 0.4505}, 0.7024},
      {4, "46", "Thừa Thiên - Huế", new double[] {0.9500, 0.9000, 0.6823, 0.6794, 0.6423, 0.8262, 0.6787, 0.3001},
          0.6975},
      {5, "92", "TP. Cần Thơ", new double[] {0.9000, 0.8000, 0.7233, 0.7376, 0.7226, 0.7325, 0.7556, 0.2947}, 0.6924},
  };
  static final List<String> NUMBERS = List.of("1", "2", "3", "4", "5", "7", "8", "9");

  static Dataset topFive() {
    Dataset.Builder b = Dataset.builder();
    for (Object[] row : TOP_FIVE) {
      b.addUnit(Unit.builder().code((String) row[1]).name((String) row[2]).kind(UnitKind.PROVINCE).build());
      double[] v = (double[]) row[3];
      for (int k = 0; k < v.length; k++) {
        b.put((String) row[1], NUMBERS.get(k), "2022", v[k]);
      }
      b.put((String) row[1], "smart_city", "2022", 0.5);
    }
    return b.build();
  }

  @Test
  void framework_hasThePublishedMaxima() {
    Framework f = Frameworks.pdti2022();
    assertThat(f.maxPoints("dti").getAsDouble()).isEqualTo(1000);
    assertThat(f.maxPoints("gov").getAsDouble()).isEqualTo(700);
    assertThat(f.maxPoints("econ").getAsDouble()).isEqualTo(650);
    assertThat(f.maxPoints("society").getAsDouble()).isEqualTo(650);
    assertThat(f.node("7").code()).isEqualTo("gov_activity");
    assertThat(f.node("6").scored()).isFalse();
    assertThat(f.children("gov")).extracting(Node::code).containsExactly("awareness", "institutions",
        "infrastructure", "human_resources", "cybersecurity", "smart_city", "gov_activity");
    assertThat(f.root().code()).isEqualTo("dti");
    assertThat(f.leaves()).hasSize(9);
  }

  @Test
  void topFive2022_reproducesPublishedDtiAndOrder() {
    Results r = ScoringEngine.official().score(Frameworks.pdti2022(), topFive(), "2022");
    int exact = 0;
    for (Object[] row : TOP_FIVE) {
      String unit = (String) row[1];
      double published = (double) row[4];
      // Inputs are published rounded to 4 decimals; with weights summing to 1 the recomputed value is within 0.00005
      // of the true one, which is itself within 0.00005 of the published figure.
      assertThat(r.value(unit, "dti")).isCloseTo(published, within(0.0001));
      assertThat(r.rank(unit, "dti")).isEqualTo(((Integer) row[0]).doubleValue());
      if (r.roundedValue(unit, "dti") == published) {
        exact++;
      }
    }
    assertThat(exact).isEqualTo(4);
    // HCM: 0.716355 from rounded inputs, 0.7163 published: the ministry rounded once from unrounded points.
    assertThat(r.value("79", "dti")).isCloseTo(0.716355, within(1e-12));
    assertThat(r.roundedValue("TP. Hồ Chí Minh", "dti")).isEqualTo(0.7164);
    assertThat(r.points("48", "dti")).isCloseTo(800.175, within(1e-9));
  }

  @Test
  void pillars_followTheDecision922Formula() {
    Results r = ScoringEngine.official().score(Frameworks.pdti2022(), topFive(), "2022");
    for (Object[] row : TOP_FIVE) {
      String unit = (String) row[1];
      double[] v = (double[]) row[3];
      double foundation = (v[0] + v[1] + v[2] + v[3] + v[4]) * 100;
      assertThat(r.value(unit, "gov")).isCloseTo((foundation + v[5] * 200) / 700, within(1e-12));
      assertThat(r.value(unit, "econ")).isCloseTo((foundation + v[6] * 150) / 650, within(1e-12));
      assertThat(r.value(unit, "society")).isCloseTo((foundation + v[7] * 150) / 650, within(1e-12));
      assertThat(r.value(unit, "gov_activity")).isCloseTo(v[5], within(1e-15));
    }
    assertThat(r.value("48", "gov")).isCloseTo(0.8638285714285714, within(1e-12));
    assertThat(r.value("48", "smart_city")).isNaN();
    assertThat(r.rank("48", "smart_city")).isNaN();
  }

  @Test
  void dtiIsNotTheMeanOfPillars() {
    Results r = ScoringEngine.official().score(Frameworks.pdti2022(), topFive(), "2022");
    double meanOfPillars = 0.4 * r.value("48", "gov") + 0.3 * r.value("48", "econ") + 0.3 * r.value("48", "society");
    assertThat(Math.abs(meanOfPillars - r.value("48", "dti"))).isGreaterThan(0.01);
  }
}
