package org.opendti;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class NumbersTest {

  @ParameterizedTest
  @CsvSource({"0.800175, 4, 0.8002", "0.716355, 4, 0.7164", "0.71635, 4, 0.7164", "0.71634999, 4, 0.7163",
      "783.515, 2, 783.52", "-0.00005, 4, -0.0001", "0.5, 0, 1"})
  void round_isHalfUpOnTheDecimalValue(double value, int decimals, double expected) {
    assertThat(Numbers.round(value, decimals)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"0.7314, 4, 0.7314", "0.7, 4, 0.7000", "970, 2, 970.00"})
  void format_usesDotAndFixedDecimals(double value, int decimals, String expected) {
    assertThat(Numbers.format(value, decimals)).isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  void sumOfFourDecimalInputs_roundsAsDecimalArithmeticWould() {
    double sum = 0.1 * 100 + 0.2 * 100 + 0.30015 * 1000;
    assertThat(Numbers.round(sum / 1000, 4)).isEqualTo(0.3302);
    assertThat(Numbers.format(Double.NaN, 4)).isEmpty();
  }
}
