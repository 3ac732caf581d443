package org.opendti;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class FrameworkDiffTest {

  @Test
  void decision922To405() {
    FrameworkDiff d = FrameworkDiff.between(Frameworks.pdti2022(), Frameworks.pdti2025());
    assertThat(d.changes(FrameworkDiff.Kind.REMOVED)).extracting(FrameworkDiff.Change::code)
        .containsExactlyInAnyOrder("gov", "econ", "society", "smart_city");
    assertThat(d.changes(FrameworkDiff.Kind.ADDED)).extracting(FrameworkDiff.Change::code)
        .containsExactly("foundation", "activity");
    assertThat(d.common()).containsExactly("dti", "awareness", "institutions", "infrastructure", "human_resources",
        "cybersecurity", "gov_activity", "econ_activity", "society_activity");
    assertThat(d.changes(FrameworkDiff.Kind.REWEIGHTED)).anySatisfy(c -> {
      assertThat(c.code()).isEqualTo("gov_activity");
      assertThat(c.before()).isEqualTo("200 points");
      assertThat(c.after()).isEqualTo("points unknown");
    });
    assertThat(d.changes(FrameworkDiff.Kind.MOVED)).anySatisfy(c -> assertThat(c.code()).isEqualTo("awareness"));
    assertThat(d.toString()).startsWith("pdti-2022 → pdti-2025");
  }

  @Test
  void identical_hasNoChanges() {
    assertThat(FrameworkDiff.between(Frameworks.pdti2022(), Frameworks.pdti2022()).changes()).isEmpty();
  }
}
