package org.opendti.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendti.Dataset;
import org.opendti.Framework;
import org.opendti.Frameworks;
import org.opendti.method.Aggregator;
import org.opendti.method.Method;
import org.opendti.method.MissingValuePolicy;
import org.opendti.method.Normaliser;

/**
 * The set-up of an uncertainty analysis is a value apart from its run: equal set-ups give equal results on any data,
 * the ranges are checked on build with messages that name the attribute and the bad value, and the figures are
 * those the analysis computed before the set-up became a value (recorded from the old {@code builder(framework,
 * data)…build().run()} with the same inputs and seeds, and compared bit for bit).
 */
final class UncertaintyTest {

  private static Uncertainty.RankStats unit(Uncertainty.Result r, String code) {
    return r.units().stream().filter(s -> s.unit().code().equals(code)).findFirst().orElseThrow();
  }

  private static void pinned(Uncertainty.RankStats s, double nominal, double mean, double median, double q5,
      double q95) {
    assertThat(new double[] {s.nominal(), s.mean(), s.median(), s.q5(), s.q95()}).as(s.unit().code())
        .isEqualTo(new double[] {nominal, mean, median, q5, q95});
  }

  @Test
  void monteCarlo_figuresAreThoseOfTheOldApi() {
    Uncertainty a = Uncertainty.builder().runs(300).seed(42).weightNoise(0.3).weightNoise(2, 0.1)
        .addNormalisers(Normaliser.fractionOfMax(), Normaliser.minMax(0.1, 1))
        .addAggregators(Aggregator.weightedArithmeticMean(), Aggregator.weightedGeometricMean())
        .addMissing(MissingValuePolicy.zeroPoints(), MissingValuePolicy.skip()).build();
    Uncertainty.Result ra = a.run(Frameworks.pdti2022(), RobustnessTest.provinces(5),
        Execution.defaults().withThreads(2));
    pinned(unit(ra, "P0"), 40.0, 40.04666666666667, 40.0, 40.0, 41.0);
    pinned(unit(ra, "P17"), 51.0, 50.876666666666665, 51.0, 50.0, 51.0);
    pinned(unit(ra, "P62"), 25.0, 25.236666666666668, 25.0, 24.0, 26.0);

    Uncertainty b = Uncertainty.builder().runs(200).seed(7).node("gov").method(Method.coinr()).weightNoise(0.2)
        .build();
    Uncertainty.Result rb = b.run(Frameworks.pdti2022(), RobustnessTest.provinces(8));
    assertThat(rb.node()).isEqualTo("gov");
    assertThat(rb.runs()).isEqualTo(200);
    pinned(unit(rb, "P3"), 43.0, 43.385, 43.0, 40.95, 46.0);
    pinned(unit(rb, "P40"), 11.0, 11.1, 11.0, 9.0, 13.0);
  }

  @Test
  void sensitivity_figuresAreThoseOfTheOldApi() {
    Uncertainty s = Uncertainty.builder().seed(11).weightNoise(0.4)
        .addNormalisers(Normaliser.fractionOfMax(), Normaliser.minMax(0.1, 1))
        .addAggregators(Aggregator.weightedArithmeticMean(), Aggregator.weightedGeometricMean()).build();
    Sensitivity.Result c = Sensitivity.analyse(s, Frameworks.pdti2022(), RobustnessTest.provinces(9), 64, 50);
    assertThat(c.variance()).isEqualTo(0.03468187043335891);
    assertThat(c.evaluations()).isEqualTo(320);
    assertThat(c.indices()).containsExactly(
        new Sensitivity.Index("weights (level 2)", 0.7170464542126544, -1.0374074467255872, 2.2162289353246996,
            0.9142711200658262, 0.6182885092280236, 1.211612735597163),
        new Sensitivity.Index("normaliser", 0.07582508016685974, -0.32525900283010983, 0.43199302888310703,
            0.05357700275263145, 0.03340199756631303, 0.09955581898181136),
        new Sensitivity.Index("aggregator", 0.20727035386929027, -0.20754780250126464, 0.8912905868674471,
            0.1328641561905828, 0.056022963040115885, 0.20308950551622765));
  }

  @Test
  void aSetUpIsAValue_equalSetUpsGiveEqualResults_andOneSetUpRunsOnOtherData() {
    Uncertainty one = Uncertainty.builder().runs(60).seed(3).weightNoise(2, 0.5).build();
    Uncertainty same = Uncertainty.builder().seed(3).weightNoise(2, 0.5).runs(60).build();
    new EqualsTester()
        .addEqualityGroup(one, same)
        .addEqualityGroup(Uncertainty.builder().runs(60).seed(4).weightNoise(2, 0.5).build())
        .addEqualityGroup(Uncertainty.builder().runs(61).seed(3).weightNoise(2, 0.5).build())
        .addEqualityGroup(Uncertainty.builder().runs(60).seed(3).weightNoise(3, 0.5).build())
        .addEqualityGroup(Uncertainty.builder().runs(60).seed(3).weightNoise(2, 0.5).node("gov").build())
        .addEqualityGroup(Uncertainty.builder().runs(60).seed(3).weightNoise(2, 0.5).method(Method.coinr()).build())
        .addEqualityGroup(Uncertainty.builder().runs(60).seed(3).weightNoise(2, 0.5)
            .addAggregator(Aggregator.weightedGeometricMean()).build())
        .addEqualityGroup(Uncertainty.builder().build(), Uncertainty.builder().runs(1000).seed(1).weightNoise(0.25)
            .build())
        .testEquals();
    assertThat(one.toString()).contains("runs=60", "seed=3", "weightNoiseByLevel={2=0.5}");
    assertThat(one.weightNoise(2)).isEqualTo(0.5);
    assertThat(one.weightNoise(3)).isEqualTo(0.25);

    Framework f = Frameworks.pdti2022();
    Dataset first = RobustnessTest.provinces(21);
    Dataset second = RobustnessTest.provinces(22);
    Uncertainty.Result onFirst = one.run(f, first);
    assertThat(same.run(f, first)).isEqualTo(onFirst);
    Uncertainty.Result onSecond = one.run(f, second);
    assertThat(onSecond).isNotEqualTo(onFirst);
    assertThat(onSecond).isEqualTo(same.run(f, second, Execution.defaults().withThreads(1)));
  }

  @Test
  void build_checksTheRanges_namingTheAttributeAndTheValue() {
    assertThatIllegalArgumentException().isThrownBy(() -> Uncertainty.builder().runs(0).build())
        .withMessage("Uncertainty: runs must be ≥ 1, was 0");
    assertThatIllegalArgumentException().isThrownBy(() -> Uncertainty.builder().weightNoise(1.5).build())
        .withMessage("Uncertainty: weight noise must be a fraction in [0, 1], was 1.5");
    assertThatIllegalArgumentException().isThrownBy(() -> Uncertainty.builder().weightNoise(Double.NaN).build())
        .withMessage("Uncertainty: weight noise must be a fraction in [0, 1], was NaN");
    assertThatIllegalArgumentException().isThrownBy(() -> Uncertainty.builder().weightNoise(3, -0.1).build())
        .withMessage("Uncertainty: weight noise of level 3 must be a fraction in [0, 1], was -0.1");
    assertThatIllegalArgumentException().isThrownBy(() -> Uncertainty.builder().weightNoise(1, 0.1).build())
        .withMessageContaining("levels are ≥ 2").withMessageContaining("level 1 was given");
    assertThat(Uncertainty.builder().runs(1).weightNoise(0).weightNoise(2, 1).build().runs()).isEqualTo(1);
  }

  @Test
  void run_refusesANoiseLevelTheFrameworkHasNot() {
    Uncertainty setup = Uncertainty.builder().runs(5).weightNoise(9, 0.1).build();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> setup.run(Frameworks.pdti2022(), RobustnessTest.provinces(1)))
        .withMessage("Uncertainty: weight noise is set for level 9, but framework pdti-2022 has no aggregate at that"
            + " level");
  }

  @Test
  void executionAndSensitivity_checkTheirArguments() {
    assertThatIllegalArgumentException().isThrownBy(() -> Execution.defaults().withThreads(0))
        .withMessage("Execution: threads must be ≥ 1, was 0");
    Execution.Progress p = (d, t) -> { };
    Execution e = Execution.defaults().withThreads(3).withProgress(p);
    assertThat(e.threads()).isEqualTo(3);
    assertThat(e.progress()).isSameAs(p);
    assertThat(e.withThreads(1).progress()).isSameAs(p);
    assertThat(e.toString()).isEqualTo("Execution{threads=3, with progress}");
    assertThatIllegalArgumentException().isThrownBy(() -> Sensitivity.analyse(Uncertainty.builder().build(),
        Frameworks.pdti2022(), RobustnessTest.provinces(1), 1, 10))
        .withMessage("Sensitivity: need samples ≥ 2 and bootstrap ≥ 1, got samples 1 and bootstrap 10");
  }

  @Test
  void publicMethods_refuseNull() {
    NullPointerTester t = new NullPointerTester()
        .setDefault(Framework.class, Frameworks.pdti2022())
        .setDefault(Dataset.class, RobustnessTest.provinces(1))
        .setDefault(Method.class, Method.official())
        .setDefault(Uncertainty.class, Uncertainty.builder().runs(2).build())
        .setDefault(Execution.class, Execution.defaults());
    t.testAllPublicInstanceMethods(Uncertainty.builder().runs(2).build());
    t.testAllPublicInstanceMethods(Uncertainty.builder());
    t.testAllPublicInstanceMethods(Execution.defaults());
    t.testAllPublicStaticMethods(Sensitivity.class);
    assertThat(List.of(Uncertainty.builder().build().normalisers(), Uncertainty.builder().build().aggregators()))
        .allSatisfy(l -> assertThat(l).isEmpty());
  }
}
