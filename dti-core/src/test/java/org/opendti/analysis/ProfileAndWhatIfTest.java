package org.opendti.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;
import org.opendti.Dataset;
import org.opendti.Frameworks;
import org.opendti.engine.Change;
import org.opendti.engine.Results;
import org.opendti.engine.ScoringEngine;

final class ProfileAndWhatIfTest {
  static Dataset three() {
    String[] mains = {"awareness", "institutions", "infrastructure", "human_resources", "cybersecurity",
        "gov_activity", "econ_activity", "society_activity"};
    double[][] v = {
        {0.9, 0.2, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5},
        {0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5},
        {0.1, 0.9, 0.6, 0.6, 0.6, 0.6, 0.6, 0.6}};
    Dataset.Builder b = Dataset.builder();
    for (int u = 0; u < v.length; u++) {
      for (int m = 0; m < mains.length; m++) {
        b.put("U" + u, mains[m], v[u][m]);
      }
    }
    return b.build();
  }

  @Test
  void profile_ranksAndPointsLost() {
    Results r = ScoringEngine.official().score(Frameworks.pdti2022(), three());
    Profile p = Profile.of(r, "U0", "dti");
    // smart_city carries 0 points in Decision 922 and is left out
    assertThat(p.standings()).extracting(Profile.Standing::indicator).doesNotContain("smart_city").hasSize(8);
    assertThat(p.strengths(1).get(0).indicator()).isEqualTo("awareness");
    assertThat(p.strengths(1).get(0).rank()).isEqualTo(1);
    assertThat(p.weaknessesByRank(1).get(0).indicator()).isEqualTo("institutions");
    // gov_activity has 200 points: half of them lost is 100, the most
    Profile.Standing lost = p.weaknessesByPointsLost(1).get(0);
    assertThat(lost.indicator()).isEqualTo("gov_activity");
    assertThat(lost.pointsLost()).isCloseTo(100, offset(1e-9));
  }

  @Test
  void whatIf_changesOnlyTheScenario() {
    Dataset d = three();
    WhatIf.Outcome o = WhatIf.of(ScoringEngine.official(), Frameworks.pdti2022(), d, "")
        .set("U1", "gov_activity", 1.0).set("U1", "econ_activity", 1.0).run();
    Change u1 = o.changes("dti").get(1);
    // +100 points of gov_activity (200 points) and +75 of econ_activity (150 points): +0.175 of the DTI
    assertThat(u1.delta()).isCloseTo(0.175, offset(1e-12));
    assertThat(u1.rankAfter()).isEqualTo(1);
    assertThat(o.moved("dti")).extracting(c -> c.unit().code()).contains("U1");
    assertThat(o.before().value("U1", "dti")).isCloseTo(0.5, offset(1e-12));
    assertThat(d.observation("U1", "gov_activity", "").orElseThrow().measure().value().getAsDouble())
        .isEqualTo(0.5);
  }
}
