package org.opendti.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two jars the build makes from this module: {@code dti.jar}, the command, without the benchmarks and without
 * JMH (GPLv2 with the Classpath Exception) or its dependencies; and {@code dti-bench.jar}, the benchmarks with JMH,
 * whose runner is its main class. The benchmark scripts must use the second for everything but the command.
 */
final class JarsIT {
  private static final Path DTI = Path.of("target", "dti.jar");
  private static final Path BENCH = Path.of("target", "dti-bench.jar");

  @TempDir
  Path tmp;

  private static List<String> entries(Path jar) throws IOException {
    try (JarFile f = new JarFile(jar.toFile())) {
      return f.stream().map(java.util.zip.ZipEntry::getName).toList();
    }
  }

  private static String mainClass(Path jar) throws IOException {
    try (JarFile f = new JarFile(jar.toFile())) {
      return f.getManifest().getMainAttributes().getValue("Main-Class");
    }
  }

  @Test
  void dtiJar_hasNoJmhAndNoBenchmarks_hasTheCommandAndTheSamples() throws IOException {
    List<String> names = entries(DTI);
    assertThat(names).filteredOn(n -> n.startsWith("org/openjdk/jmh/") || n.startsWith("joptsimple/")
        || n.startsWith("org/apache/commons/math3/") || n.startsWith("org/opendti/examples/bench/")
        || n.equals("META-INF/BenchmarkList") || n.equals("META-INF/CompilerHints")
        || n.contains("jmh_generated")).isEmpty();
    assertThat(names).contains("org/opendti/examples/cli/DtiCommand.class", "org/opendti/examples/ScoreSample.class",
        "org/opendti/Framework.class", "org/opendti/io/csv/CsvDatasetReader.class", "picocli/CommandLine.class",
        // dti-core's numerics, needed at run time (PCA, Kendall's tau, moments), unlike JMH's commons-math3
        "org/hipparchus/linear/EigenDecompositionSymmetric.class",
        "org/hipparchus/stat/correlation/KendallsCorrelation.class",
        "org/apache/commons/statistics/descriptive/Quantile.class");
    try (Stream<Path> samples = Files.list(Path.of("samples"))) {
      assertThat(names).containsAll(samples.map(p -> "samples/" + p.getFileName()).toList());
    }
    assertThat(mainClass(DTI)).isEqualTo(DtiCommand.class.getName());
  }

  @Test
  void benchJar_hasTheBenchmarksAndJmh_runsJmh() throws Exception {
    List<String> names = entries(BENCH);
    assertThat(names).contains("org/openjdk/jmh/Main.class", "META-INF/BenchmarkList",
        "org/opendti/examples/bench/ScoringBenchmark.class", "org/opendti/examples/bench/GenerateCoinrData.class",
        "org/opendti/examples/cli/DtiCommand.class");
    assertThat(names).anyMatch(n -> n.startsWith("org/opendti/examples/bench/jmh_generated/"));
    assertThat(mainClass(BENCH)).isEqualTo("org.openjdk.jmh.Main");
    Subprocess.Run list = Subprocess.run(List.of(Subprocess.JAVA.toString(), "-jar", BENCH.toAbsolutePath().toString(),
        "-l"), tmp, tmp, Map.of());
    assertThat(list.status()).as(list.describe()).isZero();
    assertThat(list.out()).contains("ScoringBenchmark", "UncertaintyBenchmark", "IoBenchmark", "NumbersBenchmark");
  }

  @Test
  void benchScripts_generateDataWithTheBenchJar() throws Exception {
    // the generator as common.sh runs it: from the repository root, with the COINr reference pair as template
    Path root = Path.of("..").toAbsolutePath().normalize();
    Subprocess.Run r = Subprocess.run(List.of(Subprocess.JAVA.toString(), "-cp", BENCH.toAbsolutePath().toString(),
        "org.opendti.examples.bench.GenerateCoinrData", "--units", "5", "--indicators", "4", "--out-dir",
        tmp.toString()), root, tmp, Map.of());
    assertThat(r.status()).as(r.describe()).isZero();
    assertThat(Files.readAllLines(tmp.resolve("data_5x4.csv"), StandardCharsets.UTF_8)).hasSize(6);

    String common = Files.readString(Path.of("bench", "common.sh"), StandardCharsets.UTF_8);
    assertThat(common).contains("BENCH_JAR=${DTI_BENCH_JAR:-$ROOT/dti-examples/target/dti-bench.jar}",
        "JAR=${DTI_JAR:-$ROOT/dti-examples/target/dti.jar}");
    try (Stream<Path> scripts = Files.list(Path.of("bench"))) {
      for (Path script : scripts.filter(p -> p.toString().endsWith(".sh")).toList()) {
        for (String line : Files.readAllLines(script, StandardCharsets.UTF_8)) {
          if (line.contains("org.opendti.examples.bench.") || line.contains("Benchmark")
              || line.contains("org.openjdk.jmh")) {
            if (!line.strip().startsWith("#")) {
              assertThat(line).as(script + ": " + line).contains("$BENCH_JAR").doesNotContain("$JAR\"");
            }
          }
        }
      }
    }
  }
}
