package org.opendti.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.opendti.Frameworks;
import org.opendti.method.Aggregator;
import org.opendti.method.Normaliser;

/**
 * Monte Carlo runs in blocks: run r draws from a generator seeded by (seed, r) alone, so a block of runs computed on
 * its own, from an equal set-up applied to the same framework and data (as another machine would), gives exactly the ranks those
 * runs have inside one whole analysis, and the statistics of the blocks put together are the statistics of one run.
 */
final class MonteCarloBlocksTest {
  private static final int RUNS = 300;

  private static Uncertainty setup() {
    return Uncertainty.builder().runs(RUNS).seed(42).weightNoise(0.3)
        .addNormalisers(Normaliser.fractionOfMax(), Normaliser.minMax(0.1, 1))
        .addAggregators(Aggregator.weightedArithmeticMean(), Aggregator.weightedGeometricMean()).build();
  }

  /** The set-up applied to the data, as each machine does with the set-up it received and its copy of the data. */
  private static Uncertainty.Runs prepared(Uncertainty setup) {
    return setup.prepare(Frameworks.pdti2022(), RobustnessTest.provinces(5));
  }

  @Test
  void blocksComputedApart_equalTheRunsOfOneAnalysis_andCombineToItsStatistics() {
    Uncertainty setup = setup();
    Uncertainty.Runs whole = prepared(setup);
    Uncertainty.Result one = setup.run(Frameworks.pdti2022(), RobustnessTest.provinces(5),
        Execution.defaults().withThreads(2));
    // three blocks, each on a separately built instance, computed in reverse order
    int[][] blocks = {{200, 300}, {75, 200}, {0, 75}};
    double[][] combined = new double[RUNS][];
    for (int[] block : blocks) {
      Uncertainty received = setup();
      assertThat(received).isEqualTo(setup).hasSameHashCodeAs(setup);
      Uncertainty.Runs apart = prepared(received);
      for (int r = block[1] - 1; r >= block[0]; r--) {
        combined[r] = apart.ranksOfRun(r);
      }
    }
    for (int r = 0; r < RUNS; r++) {
      assertThat(combined[r]).as("run %d", r).isEqualTo(whole.ranksOfRun(r));
    }
    assertThat(whole.statistics(combined)).isEqualTo(one);
    // the runs do vary, so the equality above is not that of constant ranks
    assertThat(combined[0]).isNotEqualTo(combined[1]);
    assertThat(one.units()).anySatisfy(s -> assertThat(s.q95()).isGreaterThan(s.q5()));
  }
}
