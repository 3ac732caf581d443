package org.opendti.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendti.Dataset;
import org.opendti.Frameworks;
import org.opendti.Unit;
import org.opendti.engine.Change;
import org.opendti.engine.Results;
import org.opendti.engine.ScoringEngine;

final class PanelTest {
  static Dataset groups() {
    return Dataset.builder()
        .addUnit(Unit.builder().code("a").name("Sở A").group("departments").build())
        .addUnit(Unit.builder().code("b").name("Sở B").group("departments").build())
        .addUnit(Unit.builder().code("c").name("Sở C").group("departments").build())
        .addUnit(Unit.builder().code("x").name("Huyện X").group("districts").build())
        .addUnit(Unit.builder().code("y").name("Huyện Y").group("districts").build())
        .put("a", "dti", "2021", 0.5).put("b", "dti", "2021", 0.6).put("c", "dti", "2021", 0.7)
        .put("x", "dti", "2021", 0.8).put("y", "dti", "2021", 0.4)
        .put("a", "dti", "2023", 0.72).put("b", "dti", "2023", 0.6).put("c", "dti", "2023", 0.9)
        .put("x", "dti", "2023", 0.85).put("y", "dti", "2023", 0.41)
        .build();
  }

  @Test
  void groupStatistics_handComputed() {
    Panel p = Panel.score(ScoringEngine.official(), Frameworks.pdti2022(), groups());
    assertThat(p.periods()).containsExactly("2021", "2023");
    assertThat(p.groups("2023")).containsExactly(Panel.ALL, "departments", "districts");
    GroupStats d = p.stats("2023", "dti", "departments", Scale.POINTS);
    assertThat(d.count()).isEqualTo(3);
    assertThat(d.mean()).isCloseTo(740, offset(1e-9));
    assertThat(d.median()).isCloseTo(720, offset(1e-9));
    assertThat(d.min()).isCloseTo(600, offset(1e-9));
    assertThat(d.max()).isCloseTo(900, offset(1e-9));
    assertThat(d.spread()).isCloseTo(300, offset(1e-9));
    // sample SD of 720, 600, 900: sqrt((400 + 19600 + 25600) / 2)
    assertThat(d.standardDeviation()).isCloseTo(Math.sqrt(22800), offset(1e-9));
    assertThat(d.best().orElseThrow().name()).isEqualTo("Sở C");
    assertThat(d.worst().orElseThrow().name()).isEqualTo("Sở B");
    GroupStats all = p.stats("2023", "dti", Panel.ALL, Scale.VALUE);
    assertThat(all.count()).isEqualTo(5);
    assertThat(all.median()).isCloseTo(0.72, offset(1e-12));
    Panel.GroupChange change = p.statsChange("dti", "2021", "2023", Scale.POINTS).get(1);
    assertThat(change.to().group()).isEqualTo("departments");
    assertThat(change.delta("mean")).isCloseTo(140, offset(1e-9));
    assertThat(change.delta("spread")).isCloseTo(100, offset(1e-9));
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> p.stats("2023", "dti", "communes", Scale.VALUE)).withMessageContaining("communes");
  }

  @Test
  void changesAndCagr() {
    Panel p = Panel.score(ScoringEngine.official(), Frameworks.pdti2022(), groups());
    Change a = p.change("Sở A", "dti", "2021", "2023");
    assertThat(a.delta()).isCloseTo(0.22, offset(1e-12));
    // units are ranked within their group: Sở A is 3rd of 3 departments in 2021, 2nd in 2023
    assertThat(a.rankBefore()).isEqualTo(3);
    assertThat(a.rankAfter()).isEqualTo(2);
    assertThat(a.rankMove()).isEqualTo(1);
    // two years between 2021 and 2023: (0.72 / 0.5)^(1/2) − 1 = 0.2
    assertThat(p.cagr("a", "dti", "2021", "2023")).isCloseTo(0.2, offset(1e-12));
    assertThat(p.previous("2023")).contains("2021");
    assertThat(p.previous("2021")).isEmpty();
    List<Change> all = p.changes("dti", "2021", "2023");
    assertThat(all).hasSize(5);
  }

  @Test
  void mixedFrameworksOrRepeatedPeriods_areRejected() {
    Results r = ScoringEngine.official().score(Frameworks.pdti2022(), groups(), "2021");
    assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> Panel.of(List.of(r, r)))
        .withMessageContaining("2021");
    assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> Panel.of(List.of()));
  }
}
