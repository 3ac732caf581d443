package org.opendti.io.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendti.Dataset;
import org.opendti.Framework;
import org.opendti.Frameworks;
import org.opendti.Node;
import org.opendti.analysis.Execution;
import org.opendti.analysis.Uncertainty;
import org.opendti.engine.Results;
import org.opendti.engine.ScoringEngine;
import org.opendti.io.csv.CsvDatasetWriter;
import org.opendti.io.csv.ResultsCsvWriter;
import org.opendti.io.html.HtmlReport;
import org.opendti.io.json.DatasetJson;
import org.opendti.io.json.Format;
import org.opendti.io.json.ResultsJson;
import org.opendti.io.xlsx.XlsxWriter;
import org.opendti.method.Method;
import org.opendti.method.WeightingScheme;

/** Same inputs, same bytes; shared frameworks and methods give the same results on many threads. */
final class DeterminismAndConcurrencyTest {
  static Dataset data(long seed, int units) {
    SplittableRandom r = new SplittableRandom(seed);
    Dataset.Builder b = Dataset.builder();
    for (int u = 0; u < units; u++) {
      for (Node leaf : Frameworks.pdti2022().leaves()) {
        b.put("Tỉnh " + u, leaf.code(), r.nextInt(10_001) / 10_000.0);
      }
    }
    return b.build();
  }

  /** Every writer, twice, from two independent scorings of equal inputs, into two folders. */
  private static void writeAll(Path dir) throws IOException {
    Files.createDirectories(dir);
    Dataset d = data(5, 63);
    Results r = ScoringEngine.official().score(Frameworks.pdti2022(), d);
    Results before = ScoringEngine.official().score(Frameworks.pdti2022(), data(6, 63));
    ResultsCsvWriter.of(4).write(r, dir.resolve("r.csv"));
    ResultsJson.of(Format.JSON).write(r, dir.resolve("r.json"));
    ResultsJson.of(Format.YAML).write(r, dir.resolve("r.yaml"));
    XlsxWriter.write(XlsxWriter.results(r), dir.resolve("r.xlsx"));
    XlsxWriter.write(XlsxWriter.dataset(d), dir.resolve("d.xlsx"));
    XlsxWriter.write(XlsxWriter.framework(Frameworks.pdti2022()), dir.resolve("f.xlsx"));
    CsvDatasetWriter.of().writeLong(d, dir.resolve("d.csv"));
    CsvDatasetWriter.of().writeWide(d, dir.resolve("d.wide.csv"));
    DatasetJson.of(Format.JSON).write(d, dir.resolve("d.json"));
    Uncertainty.Result mc = Uncertainty.builder().runs(100).seed(4).build().run(Frameworks.pdti2022(), d);
    HtmlReport.builder(r).previous(before).uncertainty(mc).build().write(dir.resolve("r.html"));
  }

  @Test
  void sameInputsGiveByteIdenticalFiles(@TempDir Path tmp) throws Exception {
    writeAll(tmp.resolve("a"));
    Thread.sleep(2100); // a timestamp written into a file (XLSX metadata, zip entries) would now differ
    writeAll(tmp.resolve("b"));
    List<String> names;
    try (var files = Files.list(tmp.resolve("a"))) {
      names = files.map(p -> p.getFileName().toString()).sorted().toList();
    }
    assertThat(names).hasSize(10);
    for (String name : names) {
      assertThat(Files.readAllBytes(tmp.resolve("b").resolve(name))).as(name)
          .isEqualTo(Files.readAllBytes(tmp.resolve("a").resolve(name)));
    }
  }

  @Test
  void sharedFrameworkAndMethodOnManyThreadsGiveTheSingleThreadedResults() throws Exception {
    Framework f = Frameworks.pdti2022();
    List<Method> methods = List.of(Method.official(), Method.coinr(),
        Method.builder().from(Method.official()).weighting(WeightingScheme.entropy()).build());
    List<Dataset> datasets = new ArrayList<>();
    List<List<Results>> expected = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      Dataset d = data(100 + i, 20 + 10 * i);
      datasets.add(d);
      List<Results> row = new ArrayList<>();
      for (Method m : methods) {
        row.add(ScoringEngine.of(m).score(f, d));
      }
      expected.add(row);
    }
    List<ScoringEngine> engines = methods.stream().map(ScoringEngine::of).toList();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> futures = new ArrayList<>();
      for (int task = 0; task < 400; task++) {
        int i = task % datasets.size();
        int m = (task / datasets.size()) % methods.size();
        Callable<Boolean> c = () -> {
          Results got = engines.get(m).score(f, datasets.get(i));
          Results want = expected.get(i).get(m);
          for (Node n : want.nodes()) {
            // ranks are computed lazily on first use: ask for them from many threads at once
            if (!java.util.Arrays.equals(got.values(n.code()), want.values(n.code()))
                || !java.util.Arrays.equals(got.ranks(n.code()), want.ranks(n.code()))) {
              return false;
            }
          }
          return got.ranking("dti").equals(want.ranking("dti"));
        };
        futures.add(pool.submit(c));
      }
      // one shared Results read by many threads at once (lazy ranks and points)
      Results shared = ScoringEngine.official().score(f, datasets.get(5));
      Results fresh = ScoringEngine.official().score(f, datasets.get(5));
      List<Future<Boolean>> readers = new ArrayList<>();
      for (int t = 0; t < 16; t++) {
        readers.add(pool.submit(() -> {
          for (Node n : fresh.nodes()) {
            if (!java.util.Arrays.equals(shared.ranks(n.code()), fresh.ranks(n.code()))) {
              return false;
            }
          }
          return shared.points("Tỉnh 3", "dti") == fresh.points("Tỉnh 3", "dti");
        }));
      }
      for (Future<Boolean> fu : futures) {
        assertThat(fu.get()).isTrue();
      }
      for (Future<Boolean> fu : readers) {
        assertThat(fu.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void uncertaintyIsIndependentOfTheThreadCount() {
    Dataset d = data(9, 40);
    List<Uncertainty.Result> results = new ArrayList<>();
    Uncertainty setup = Uncertainty.builder().runs(300).seed(11).weightNoise(0.3).build();
    for (int threads : new int[] {1, 2, 3, 8}) {
      results.add(setup.run(Frameworks.pdti2022(), d, Execution.defaults().withThreads(threads)));
    }
    for (Uncertainty.Result r : results) {
      assertThat(r).isEqualTo(results.get(0));
    }
  }
}
