package org.opendti;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opendti.engine.Results;
import org.opendti.engine.ScoringEngine;
import org.opendti.engine.Warning;

final class BuiltInFrameworksTest {

  @Test
  void all_haveStableIdsAndOfficialStatus() {
    assertThat(Frameworks.all()).extracting(Framework::id).containsExactly("pdti-2020", "pdti-2022", "pdti-2025",
        "mdti-2022", "mdti-2025", "national-2025", "example-subprovincial");
    assertThat(Frameworks.all()).filteredOn(f -> f.status() == FrameworkStatus.OFFICIAL).hasSize(6)
        .allMatch(f -> f.instrument().isPresent() && f.appliesTo().isPresent());
    assertThat(Frameworks.all()).filteredOn(f -> f.status() != FrameworkStatus.OFFICIAL)
        .containsExactly(Frameworks.exampleSubProvincial());
    for (Framework f : Frameworks.all()) {
      assertThat(Frameworks.byId(" " + f.id().toUpperCase(java.util.Locale.ROOT) + " ")).containsSame(f);
    }
    assertThat(Frameworks.byId("example-subprovincial")).containsSame(Frameworks.exampleSubProvincial());
    assertThat(Frameworks.byId("example")).isEmpty();
    assertThat(Frameworks.byId("PDTI-2025")).contains(Frameworks.pdti2025());
    assertThat(Frameworks.pdti2022().unknownMaxima()).isEmpty();
  }

  @Test
  void pdti2020_pillarInputs_giveDtiAsWeightedPillars() {
    Framework f = Frameworks.pdti2020();
    assertThat(f.maxPoints("dti").getAsDouble()).isEqualTo(1000);
    assertThat(f.children("gov")).hasSize(7);
    assertThat(f.unknownMaxima()).hasSize(21).contains("gov_awareness", "society_human_resources");
    Dataset d = Dataset.builder().put("A", "gov", 0.5).put("A", "econ", 0.3).put("A", "society", 0.2).build();
    Results r = ScoringEngine.official().score(f, d);
    assertThat(r.value("A", "dti")).isCloseTo(0.4 * 0.5 + 0.3 * 0.3 + 0.3 * 0.2, within(1e-15));
    assertThat(Frameworks.valueClass2020(r.value("A", "dti"))).isEqualTo(2);
  }

  @ParameterizedTest
  @CsvSource({"0.4001, 1", "0.4000, 2", "0.3250, 2", "0.3249, 3", "0.2500, 3", "0.2499, 4", "0.40004, 2",
      "0.40005, 1"})
  void valueClasses2020(double dti, int expected) {
    assertThat(Frameworks.valueClass2020(dti)).isEqualTo(expected);
  }

  @Test
  void valueClass2020_rejectsOutOfRange() {
    assertThatIllegalArgumentException().isThrownBy(() -> Frameworks.valueClass2020(1.2));
  }

  @Test
  void pdti2025_readsFractionsButRefusesTheDtiNamingTheUnknownMaxima() {
    Framework f = Frameworks.pdti2025();
    assertThat(f.unknownMaxima()).containsExactly("foundation", "activity", "awareness", "institutions",
        "infrastructure", "human_resources", "cybersecurity", "gov_activity", "econ_activity", "society_activity");
    Dataset d = Dataset.builder().put("A", "awareness", 0.9).put("B", "awareness", 0.7).put("A", "gov_activity", 0.5)
        .put("B", "gov_activity", 0.6).build();
    Results r = ScoringEngine.official().score(f, d);
    assertThat(r.value("A", "awareness")).isEqualTo(0.9);
    assertThat(r.rank("B", "gov_activity")).isEqualTo(1);
    assertThatIllegalArgumentException().isThrownBy(() -> r.value("A", "dti"))
        .withMessageContaining("not computed").withMessageContaining("awareness").withMessageContaining("withMaxPoints");
    assertThat(r.warnings()).extracting(Warning::indicator).contains("foundation", "activity", "dti");
    assertThat(r.warnings()).filteredOn(w -> w.indicator().equals("dti")).extracting(Warning::kind)
        .containsExactly(Warning.Kind.NOT_COMPUTED);
  }

  @Test
  void pdti2025_scoresOnceTheMaximaAreSupplied() {
    Framework f = Frameworks.pdti2025().withMaxPoints(Map.of("awareness", 100.0, "institutions", 100.0,
        "infrastructure", 100.0, "human_resources", 100.0, "cybersecurity", 100.0, "gov_activity", 200.0,
        "econ_activity", 150.0, "society_activity", 150.0));
    assertThat(f.unknownMaxima()).isEmpty();
    assertThat(f.maxPoints("foundation").getAsDouble()).isEqualTo(500);
    Dataset.Builder b = Dataset.builder();
    for (Node n : f.leaves()) {
      b.put("A", n.code(), 0.5);
    }
    assertThat(ScoringEngine.official().score(f, b.build()).value("A", "dti")).isCloseTo(0.5, within(1e-15));
    assertThatExceptionOfType(InvalidFrameworkException.class)
        .isThrownBy(() -> Frameworks.pdti2025().withMaxPoints(Map.of("awareness", 600.0, "institutions", 600.0,
            "infrastructure", 0.0, "human_resources", 0.0, "cybersecurity", 0.0, "gov_activity", 0.0,
            "econ_activity", 0.0, "society_activity", 0.0)))
        .withMessageContaining("'dti'").withMessageContaining("1000");
  }

  @Test
  void mdti_ranksTheTwoGroupsSeparately_andRequiresAGroup() {
    Framework f = Frameworks.mdti2025();
    assertThat(f.rankingGroups()).containsExactly(Frameworks.WITH_PUBLIC_SERVICES, Frameworks.WITHOUT_PUBLIC_SERVICES);
    assertThat(f.leaves()).hasSize(6);
    Dataset d = Dataset.builder()
        .addUnit(Unit.builder().code("VAST").name("Viện Hàn lâm KH&CN").kind(UnitKind.MINISTRY)
            .group(Frameworks.WITH_PUBLIC_SERVICES).build())
        .addUnit(Unit.builder().code("MOF").name("Bộ Tài chính").kind(UnitKind.MINISTRY)
            .group(Frameworks.WITH_PUBLIC_SERVICES).build())
        .addUnit(Unit.builder().code("X").name("Cơ quan X").kind(UnitKind.MINISTRY)
            .group(Frameworks.WITHOUT_PUBLIC_SERVICES).build())
        .put("VAST", "1", 0.9).put("MOF", "1", 0.8).put("X", "1", 0.1).build();
    Results r = ScoringEngine.official().score(f, d);
    assertThat(r.rank("VAST", "m1")).isEqualTo(1);
    assertThat(r.rank("X", "m1")).isEqualTo(1);
    Dataset ungrouped = Dataset.builder().put("Y", "m1", 0.5).build();
    assertThatExceptionOfType(InvalidDataException.class)
        .isThrownBy(() -> ScoringEngine.official().score(f, ungrouped))
        .withMessageContaining("unit 'Y'").withMessageContaining(Frameworks.WITH_PUBLIC_SERVICES);
  }

  @Test
  void national2025_pillarsOf400_300_300() {
    Framework f = Frameworks.national2025();
    assertThat(f.children("gov")).hasSize(4);
    assertThat(f.children("econ")).hasSize(3);
    assertThat(f.children("society")).hasSize(5);
    assertThat(f.maxPoints("dti").getAsDouble()).isEqualTo(1000);
    Dataset d = Dataset.builder().put("VN", "gov", 0.8).put("VN", "econ", 0.75).put("VN", "society", 0.8333).build();
    assertThat(ScoringEngine.official().score(f, d).value("VN", "dti"))
        .isCloseTo(0.4 * 0.8 + 0.3 * 0.75 + 0.3 * 0.8333, within(1e-15));
    assertThat(f.unknownMaxima()).hasSize(12);
  }

  @Test
  void everyBuiltIn_listsItsCounts() {
    for (Framework f : Frameworks.all()) {
      assertThat(f.nodes()).isNotEmpty();
      assertThat(f.leaves().size()).isLessThan(f.nodes().size());
    }
    assertThat(List.of(Frameworks.pdti2022().leaves().size(), Frameworks.pdti2025().leaves().size()))
        .containsExactly(9, 8);
  }

  @Test
  void exampleSubProvincial_isAWorkedExampleOf1000PointsInSixMainIndicators() {
    Framework f = Frameworks.exampleSubProvincial();
    assertThat(f.status()).isEqualTo(FrameworkStatus.EXAMPLE);
    assertThat(f.instrument()).isEmpty();
    assertThat(f.unitKind()).isEqualTo(UnitKind.DEPARTMENT);
    assertThat(f.nameEn()).contains("not an official document");
    assertThat(f.nodes().stream().filter(n -> n.kind() == NodeKind.MAIN_INDICATOR)).hasSize(6);
    assertThat(f.leaves()).hasSize(17).allMatch(n -> n.scoringRule().isPresent() && n.evidence().isPresent()
        && n.dataSource().isPresent() && n.description().isPresent());
    assertThat(f.maxPoints("dti")).hasValue(1000);
    assertThat(f.node("1.2").scoringRule().orElseThrow().spec()).isEqualTo("thresholds: 4=40; 3=30; 2=20; 1=10");
    assertThat(f.node("6.2").parents()).containsExactly("6");
    assertThat(f.leaves().stream().map(n -> n.scoringRule().orElseThrow().spec().replaceAll(":.*", "")).distinct())
        .containsExactlyInAnyOrder("categorical", "thresholds", "binary", "ratio", "target");
    assertThat(org.opendti.method.Method.defaultFor(f)).isEqualTo(org.opendti.method.Method.official());
  }
}
