package org.opendti.examples.bench;

import java.util.concurrent.TimeUnit;
import org.opendti.engine.Results;
import org.opendti.engine.ScoringEngine;
import org.opendti.method.Method;
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
 * The scoring pipeline (normalise, weigh, aggregate, round, rank) on units × 98 indicators in 3 pillars, against a
 * baseline that reads every value once from the primitive columns. Run with
 * {@code java -jar dti-examples/target/dti-bench.jar ScoringBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
public class ScoringBenchmark {
  /** The number of units. */
  @Param({"63", "10000", "100000"})
  public int units;

  private Synthetic data;
  private ScoringEngine coinr;
  private ScoringEngine official;

  /** Builds a synthetic framework and dataset. */
  @Setup
  public void setup() {
    data = Synthetic.of(units, 98, 42);
    coinr = ScoringEngine.of(Method.coinr());
    official = ScoringEngine.official();
  }

  /**
   * COINr's method: min-max, meta weights, arithmetic mean, skip missing, exact ranks.
   *
   * @return the results
   */
  @Benchmark
  public Results coinrPipeline() {
    return coinr.score(data.weighted, data.dataset);
  }

  /**
   * The official method: fraction of max, points as weights, rounding, ranks on rounded values.
   *
   * @return the results
   */
  @Benchmark
  public Results officialPipeline() {
    return official.score(data.points, data.dataset);
  }

  /**
   * The baseline: one plain pass over the same primitive data.
   *
   * @return the sum, so the pass is not optimised away
   */
  @Benchmark
  public double baseline() {
    return data.pass();
  }
}
