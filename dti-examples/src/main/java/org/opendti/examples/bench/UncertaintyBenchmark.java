package org.opendti.examples.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.opendti.Dataset;
import org.opendti.Framework;
import org.opendti.Node;
import org.opendti.NodeKind;
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
 * and 10,000 runs on 1 thread and on all processors. The set-up (scoring once and keeping the normalised columns) is
 * outside the measurement, as a user reruns analyses on one set-up; {@code baseline} passes once over the same
 * columns as many times as there are runs.
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
  private double[][] columns;

  /** Builds the framework, the data and the analysis. */
  @Setup
  public void setup() {
    SplittableRandom random = new SplittableRandom(42);
    List<Node> nodes = new ArrayList<>();
    nodes.add(Node.builder().code("idx").nameVi("idx").kind(NodeKind.INDEX).build());
    for (int p = 1; p <= 3; p++) {
      nodes.add(Node.builder().code("P" + p).nameVi("P" + p).kind(NodeKind.PILLAR).addParent("idx").build());
    }
    Dataset.Builder b = Dataset.builder();
    columns = new double[98][63];
    for (int i = 0; i < 98; i++) {
      String code = String.format("i%03d", i + 1);
      nodes.add(Node.builder().code(code).nameVi(code).kind(NodeKind.COMPONENT).addParent("P" + (1 + i % 3))
          .maxPoints(10).build());
      for (int u = 0; u < 63; u++) {
        columns[i][u] = random.nextDouble();
        b.put("U" + u, code, columns[i][u]);
      }
    }
    Framework f = Framework.builder().id("bench").version("1").nameVi("bench").addAllNodes(nodes).build();
    Uncertainty.Builder ub = Uncertainty.builder(f, b.build()).runs(runs).weightNoise(0.25).seed(1);
    if (threads > 0) {
      ub.threads(threads);
    }
    analysis = ub.build();
  }

  /**
   * The analysis.
   *
   * @return the result
   */
  @Benchmark
  public Uncertainty.Result monteCarlo() {
    return analysis.run();
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
