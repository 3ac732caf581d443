package org.opendti;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class ScoringRuleTest {

  @Test
  void ratio_scalesShareToMax() {
    // Seed S2: 43.73% of 2,067 procedures at level 4 -> about 904/2067.
    assertThat(ScoringRule.ratio().points(Measure.ofRatio(904, 2067), 20)).isCloseTo(904.0 / 2067 * 20,
        within(1e-12));
    assertThat(ScoringRule.ratio().points(Measure.ofValue(0.5), 20)).isEqualTo(10);
  }

  @Test
  void ratio_numeratorAboveDenominator_isAnError() {
    // Seed S0 prints "9.056/1.805" full-process online services: rejected, never clamped.
    assertThatIllegalArgumentException().isThrownBy(() -> ScoringRule.ratio().points(Measure.ofRatio(9056, 1805), 10))
        .withMessageContaining("numerator must not exceed the denominator");
    assertThatIllegalArgumentException().isThrownBy(() -> ScoringRule.ratio().points(Measure.ofRatio(1, 0), 10))
        .withMessageContaining("denominator must be positive");
  }

  @ParameterizedTest
  @CsvSource({"4, 20", "5, 20", "3, 15", "2, 10", "1, 5", "0, 0", "3.5, 15"})
  void thresholds_steeringCommitteeMeetings(double meetings, double expected) {
    ScoringRule rule = ScoringRule.thresholds(Map.of(4.0, 20.0, 3.0, 15.0, 2.0, 10.0, 1.0, 5.0));
    assertThat(rule.points(Measure.ofValue(meetings), 20)).isEqualTo(expected);
  }

  @Test
  void categorical_mapsLabelsAndRejectsUnknown() {
    ScoringRule rule = ScoringRule.categorical(Map.of("chủ tịch", 1.0, "phó chủ tịch", 0.5, "không", 0.0));
    assertThat(rule.points(Measure.ofCategory("Chủ tịch"), 10)).isEqualTo(10);
    assertThat(rule.points(Measure.ofCategory(" phó chủ tịch "), 10)).isEqualTo(5);
    assertThatIllegalArgumentException().isThrownBy(() -> rule.points(Measure.ofCategory("giám đốc"), 10))
        .withMessageContaining("unknown category");
    assertThatIllegalArgumentException().isThrownBy(() -> rule.points(Measure.ofValue(1), 10))
        .withMessageContaining("expects one of");
  }

  @Test
  void binary_acceptsOnlyZeroAndOne() {
    assertThat(ScoringRule.binary().points(Measure.ofValue(1), 15)).isEqualTo(15);
    assertThat(ScoringRule.binary().points(Measure.ofValue(0), 15)).isZero();
    assertThatIllegalArgumentException().isThrownBy(() -> ScoringRule.binary().points(Measure.ofValue(0.5), 15));
  }

  @Test
  void target_fullPointsWhenReached() {
    // Seed S0: electronic health records 94.3% against a 90% target.
    assertThat(ScoringRule.target(90).points(Measure.ofValue(94.3), 10)).isEqualTo(10);
    assertThat(ScoringRule.target(90).points(Measure.ofValue(45), 10)).isEqualTo(5);
    assertThatIllegalArgumentException().isThrownBy(() -> ScoringRule.target(0));
    assertThatIllegalArgumentException().isThrownBy(() -> ScoringRule.target(90).points(Measure.ofValue(-1), 10));
  }

  @Test
  void fractionAndPoints_checkTheirRange() {
    assertThat(ScoringRule.fraction().points(Measure.ofValue(0.25), 200)).isEqualTo(50);
    assertThatIllegalArgumentException().isThrownBy(() -> ScoringRule.fraction().points(Measure.ofValue(1.2), 200))
        .withMessageContaining("0..1");
    assertThat(ScoringRule.points().points(Measure.ofValue(150), 200)).isEqualTo(150);
    assertThatIllegalArgumentException().isThrownBy(() -> ScoringRule.points().points(Measure.ofValue(201), 200));
    assertThat(ScoringRule.raw().points(Measure.ofValue(-16231.5), Double.NaN)).isEqualTo(-16231.5);
  }

  @Test
  void measure_rejectsNonFinite() {
    assertThatIllegalArgumentException().isThrownBy(() -> Measure.ofValue(Double.NaN));
    assertThatIllegalArgumentException().isThrownBy(() -> Measure.ofRatio(1, Double.POSITIVE_INFINITY));
    assertThat(Measure.ofRatio(1805, 2067)).hasToString("1805/2067");
  }
}
