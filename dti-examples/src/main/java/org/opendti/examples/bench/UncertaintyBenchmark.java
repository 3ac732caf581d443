package org.opendti.examples.bench;

import java.util.concurrent.TimeUnit;
import org.opendti.Dataset;
import org.opendti.Framework;
import org.opendti.analysis.Execution;
import org.opendti.analysis.Uncertainty;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Monte Carlo uncertainty analysis on 63 units × 98 indicators (3 pillars, official points), weights ±25%, for 1,000
 * and 10,000 runs on 1 thread and on all processors. The measurement includes the one scoring that keeps the normalised
 * columns (about 0.03 ms at this size, against tens of milliseconds of runs), since a set-up holds no data and each run
 * of it scores afresh; {@code baseline} passes once over the same columns as many times as there are runs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
public class UncertaintyBenchmark {
  /** The number of Monte Carlo runs. */
  @Param({"1000", "10000"})
  public int runs;

  /** Threads: 1, or 0 for all processors. */
  @Param({"1", "0"})
  public int threads;

  private Uncertainty analysis;
  private Framework framework;
  private Dataset dataset;
  private Execution execution;
  private double[][] columns;

  /** Builds the framework, the data and the analysis. */
  @Setup
  public void setup() {
    Synthetic data = Synthetic.of(63, 98, 42);
    columns = data.columns;
    framework = data.points;
    dataset = data.dataset;
    analysis = Uncertainty.builder().runs(runs).weightNoise(0.25).seed(1).build();
    execution = threads > 0 ? Execution.defaults().withThreads(threads) : Execution.defaults();
  }

  /**
   * The analysis.
   *
   * @return the result
   */
  @Benchmark
  public Uncertainty.Result monteCarlo() {
    return analysis.run(framework, dataset, execution);
  }

  /**
   * One pass over the 63 × 98 columns per run.
   *
   * @return a checksum
   */
  @Benchmark
  public double baseline() {
    double s = 0;
    for (int r = 0; r < runs; r++) {
      for (double[] col : columns) {
        for (double v : col) {
          s += v * r;
        }
      }
    }
    return s;
  }
}
