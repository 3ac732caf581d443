package org.opendti.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.opendti.Node;
import org.opendti.NodeKind;

final class OutlierTreatmentTest {
  static final Node X = Node.builder().code("x").nameVi("x").kind(NodeKind.COMPONENT).addParent("p").build();

  @Test
  void skewnessAndKurtosis_matchExcelsDefinitions() {
    double[] x = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 100};
    assertThat(Stats.skewness(x)).isCloseTo(3.0632410342394985, within(1e-12));
    assertThat(Stats.kurtosis(x)).isCloseTo(9.741390834569144, within(1e-12));
  }

  @Test
  void coinrDefault_winsorisesTheHighestPoint() {
    double[] x = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 100, Double.NaN};
    OutlierTreatment.Treated t = OutlierTreatment.coinr().treat(x, X);
    assertThat(t.values()[11]).isEqualTo(30);
    assertThat(t.values()[12]).isNaN();
    assertThat(t.description()).isEqualTo("winsorised 1 high and 0 low points");
    assertThat(x[11]).isEqualTo(100);
  }

  @Test
  void fallback_logTransformsTheOriginal() {
    double[] x = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 100};
    OutlierTreatment.Treated t = OutlierTreatment.winsorise(2, 3.5, 0, OutlierTreatment.Fallback.LOG, 0).treat(x, X);
    assertThat(t.description()).startsWith("log-transformed");
    assertThat(t.values()[0]).isCloseTo(Math.log(0.99), within(1e-12));
    assertThat(t.values()[11]).isCloseTo(Math.log(99 + 0.99), within(1e-12));
    OutlierTreatment.Treated b = OutlierTreatment.winsorise(2, 3.5, 0, OutlierTreatment.Fallback.BOX_COX, 0.5)
        .treat(x, X);
    assertThat(b.values()[11]).isCloseTo((Math.sqrt(100) - 1) / 0.5, within(1e-12));
  }

  @Test
  void wellBehavedData_isUntouched() {
    double[] x = {1, 2, 3, 4, 5};
    OutlierTreatment.Treated t = OutlierTreatment.coinr().treat(x, X);
    assertThat(t.values()).containsExactly(x);
    assertThat(t.description()).isEmpty();
  }
}
