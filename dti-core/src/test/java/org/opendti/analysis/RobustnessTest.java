package org.opendti.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.opendti.Dataset;
import org.opendti.Framework;
import org.opendti.Frameworks;
import org.opendti.Node;
import org.opendti.NodeKind;
import org.opendti.engine.Results;
import org.opendti.engine.ScoringEngine;
import org.opendti.method.Aggregator;
import org.opendti.method.Method;
import org.opendti.method.Normaliser;
import org.opendti.method.WeightingScheme;

final class RobustnessTest {
  static Dataset provinces(long seed) {
    String[] mains = {"awareness", "institutions", "infrastructure", "human_resources", "cybersecurity",
        "gov_activity", "econ_activity", "society_activity"};
    SplittableRandom rng = new SplittableRandom(seed);
    Dataset.Builder b = Dataset.builder();
    for (int u = 0; u < 63; u++) {
      double level = rng.nextDouble();
      for (String m : mains) {
        b.put("P" + u, m, Math.min(1, Math.max(0.01, level * 0.6 + rng.nextDouble() * 0.4)));
      }
    }
    return b.build();
  }

  private static Uncertainty.Builder setup() {
    return Uncertainty.builder().runs(400).weightNoise(0.3)
        .addNormalisers(Normaliser.fractionOfMax(), Normaliser.minMax(0.1, 1))
        .addAggregators(Aggregator.weightedArithmeticMean(), Aggregator.weightedGeometricMean());
  }

  @Test
  void uncertainty_isTheSameForAnyThreadCount() {
    Uncertainty setup = setup().seed(99).build();
    Uncertainty.Result one = setup.run(Frameworks.pdti2022(), provinces(3), Execution.defaults().withThreads(1));
    Uncertainty.Result four = setup.run(Frameworks.pdti2022(), provinces(3), Execution.defaults().withThreads(4));
    assertThat(four).isEqualTo(one);
    Uncertainty.Result otherSeed = setup().seed(100).build().run(Frameworks.pdti2022(), provinces(3));
    assertThat(otherSeed).isNotEqualTo(one);
  }

  @Test
  void uncertainty_statistics() {
    List<int[]> progress = new ArrayList<>();
    Uncertainty.Result r = setup().seed(99).build().run(Frameworks.pdti2022(), provinces(3),
        Execution.defaults().withProgress((d, t) -> {
          synchronized (progress) {
            progress.add(new int[] {d, t});
          }
        }));
    Results nominal = ScoringEngine.official().score(Frameworks.pdti2022(), provinces(3));
    assertThat(r.node()).isEqualTo("dti");
    assertThat(r.runs()).isEqualTo(400);
    assertThat(r.units()).hasSize(63);
    boolean anySpread = false;
    for (Uncertainty.RankStats s : r.units()) {
      assertThat(s.nominal()).isEqualTo(nominal.rank(s.unit().code(), "dti"));
      assertThat(s.q5()).isLessThanOrEqualTo(s.median());
      assertThat(s.median()).isLessThanOrEqualTo(s.q95());
      assertThat(s.mean()).isBetween(1.0, 63.0);
      anySpread |= s.q95() > s.q5();
    }
    assertThat(anySpread).isTrue();
    assertThat(progress).anySatisfy(p -> assertThat(p).containsExactly(400, 400));
    assertThat(progress.size()).isBetween(90, 101);
  }

  @Test
  void withoutNoiseOrAlternatives_everyRunIsTheNominalRanking() {
    Uncertainty.Result r = Uncertainty.builder().runs(50).weightNoise(0).build().run(Frameworks.pdti2022(),
        provinces(5));
    for (Uncertainty.RankStats s : r.units()) {
      assertThat(s.mean()).isEqualTo(s.nominal());
      assertThat(s.q5()).isEqualTo(s.nominal());
      assertThat(s.q95()).isEqualTo(s.nominal());
    }
  }

  @Test
  void sensitivity_aFactorWithoutEffectHasZeroIndices() {
    Uncertainty setup = Uncertainty.builder().seed(5).weightNoise(0.5)
        .addAggregators(Aggregator.weightedArithmeticMean(), Aggregator.weightedArithmeticMean()).build();
    Sensitivity.Result r = Sensitivity.analyse(setup, Frameworks.pdti2022(), provinces(7), 256, 200);
    assertThat(r.indices()).extracting(Sensitivity.Index::factor).containsExactly("weights (level 2)", "aggregator");
    assertThat(r.evaluations()).isEqualTo(256 * 4);
    Sensitivity.Index weights = r.indices().get(0);
    Sensitivity.Index aggregator = r.indices().get(1);
    assertThat(aggregator.total()).isZero();
    assertThat(aggregator.firstOrder()).isZero();
    // weights are the only source of variance: their total index is 1 and their first-order index close to it
    assertThat(weights.total()).isCloseTo(1.0, offset(0.15));
    assertThat(weights.firstOrder()).isCloseTo(1.0, offset(0.3));
    assertThat(weights.totalLow()).isLessThanOrEqualTo(weights.totalHigh());
    Sensitivity.Result again = Sensitivity.analyse(setup, Frameworks.pdti2022(), provinces(7), 256, 200,
        Execution.defaults().withThreads(1));
    assertThat(again).isEqualTo(r);
  }

  @Test
  void agreement_rankCorrelationsAndCoherence() {
    Results official = ScoringEngine.official().score(Frameworks.pdti2022(), provinces(3));
    assertThat(Agreement.spearman(official, official, "dti")).isCloseTo(1, offset(1e-12));
    assertThat(Agreement.kendall(official, official, "dti")).isCloseTo(1, offset(1e-12));
    Results entropy = ScoringEngine.of(Method.builder().from(Method.official()).weighting(WeightingScheme.entropy())
        .build()).score(Frameworks.pdti2022(), provinces(3));
    assertThat(Agreement.spearman(official, entropy, "dti")).isBetween(0.5, 1.0);
    // x = 1,2,3,4 against y = 1,3,2,4: 5 concordant pairs, 1 discordant, tau = 4/6
    assertThat(org.opendti.method.Stats.kendall(new double[] {1, 2, 3, 4}, new double[] {1, 3, 2, 4}))
        .isCloseTo(4.0 / 6, offset(1e-12));
    // a tie in x: pairs (1,2) tied in x only; tau-b = (C − D) / sqrt((C + D + Tx)(C + D + Ty)) = 5 / sqrt(30)
    assertThat(org.opendti.method.Stats.kendall(new double[] {1, 1, 2, 3}, new double[] {1, 2, 3, 4}))
        .isCloseTo(5 / Math.sqrt(30), offset(1e-12));

    Framework two = Framework.builder().id("two").version("1").nameVi("two")
        .addNodes(Node.builder().code("root").nameVi("root").kind(NodeKind.INDEX).build(),
            Node.builder().code("c0").nameVi("c0").kind(NodeKind.COMPONENT).weight(1).addParent("root").build(),
            Node.builder().code("c1").nameVi("c1").kind(NodeKind.COMPONENT).weight(1).addParent("root").build())
        .build();
    Dataset d = Dataset.builder().put("a", "c0", 1).put("b", "c0", 2).put("c", "c0", 3)
        .put("a", "c1", 2).put("b", "c1", 4).put("c", "c1", 7).build();
    Results raw = ScoringEngine.of(Method.builder().from(Method.coinr()).normaliser(Normaliser.none()).build())
        .score(two, d);
    Agreement.Coherence c = Agreement.coherence(raw).get(0);
    assertThat(c.children()).containsExactly("c0", "c1");
    // variances 1 and 19/3, variance of the sums 37/3: alpha = 2 (1 − (22/3) / (37/3)) = 30/37
    assertThat(c.cronbachAlpha()).isCloseTo(30.0 / 37, offset(1e-12));
    double r01 = c.correlations()[0][1];
    assertThat(c.varianceExplained()[0]).isCloseTo((1 + r01) / 2, offset(1e-12));
    assertThat(c.varianceExplained()[1]).isCloseTo((1 - r01) / 2, offset(1e-12));
  }
}
