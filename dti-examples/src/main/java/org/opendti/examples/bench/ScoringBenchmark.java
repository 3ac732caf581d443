package org.opendti.examples.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.opendti.Dataset;
import org.opendti.Framework;
import org.opendti.Node;
import org.opendti.NodeKind;
import org.opendti.Results;
import org.opendti.ScoringEngine;
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
 * {@code java -cp dti-examples/target/dti.jar org.openjdk.jmh.Main ScoringBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
public class ScoringBenchmark {
  /** The number of units. */
  @Param({"63", "10000"})
  public int units;

  private Framework framework;
  private Dataset dataset;
  private double[][] columns;
  private ScoringEngine coinr;
  private ScoringEngine official;
  private Framework pointsFramework;

  /** Builds a synthetic framework and dataset. */
  @Setup
  public void setup() {
    SplittableRandom random = new SplittableRandom(42);
    List<Node> nodes = new ArrayList<>();
    List<Node> pointNodes = new ArrayList<>();
    nodes.add(Node.builder().code("idx").nameVi("idx").kind(NodeKind.INDEX).build());
    pointNodes.add(nodes.get(0));
    for (int p = 1; p <= 3; p++) {
      nodes.add(Node.builder().code("P" + p).nameVi("P" + p).kind(NodeKind.PILLAR).addParent("idx").weight(1)
          .build());
      pointNodes.add(nodes.get(p));
    }
    Dataset.Builder b = Dataset.builder();
    columns = new double[98][units];
    for (int i = 0; i < 98; i++) {
      String code = String.format("i%03d", i + 1);
      String parent = "P" + (1 + i % 3);
      nodes.add(Node.builder().code(code).nameVi(code).kind(NodeKind.COMPONENT).addParent(parent).weight(1).build());
      pointNodes.add(Node.builder().code(code).nameVi(code).kind(NodeKind.COMPONENT).addParent(parent).maxPoints(10)
          .build());
      for (int u = 0; u < units; u++) {
        double v = random.nextDouble();
        columns[i][u] = v;
        b.put("U" + u, code, v);
      }
    }
    framework = Framework.builder().id("bench").version("1").nameVi("bench").addAllNodes(nodes).build();
    pointsFramework = Framework.builder().id("bench-points").version("1").nameVi("bench").addAllNodes(pointNodes)
        .build();
    dataset = b.build();
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
    return coinr.score(framework, dataset);
  }

  /**
   * The official method: fraction of max, points as weights, rounding, ranks on rounded values.
   *
   * @return the results
   */
  @Benchmark
  public Results officialPipeline() {
    return official.score(pointsFramework, dataset);
  }

  /**
   * The baseline: one plain pass over the same primitive data.
   *
   * @return the sum, so the pass is not optimised away
   */
  @Benchmark
  public double baseline() {
    double s = 0;
    for (double[] col : columns) {
      for (double v : col) {
        s += v;
      }
    }
    return s;
  }
}
