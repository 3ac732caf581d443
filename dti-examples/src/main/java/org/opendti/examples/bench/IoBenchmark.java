package org.opendti.examples.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.opendti.Dataset;
import org.opendti.io.csv.CsvDatasetReader;
import org.opendti.io.csv.CsvDatasetWriter;
import org.opendti.io.csv.CsvOptions;
import org.opendti.io.csv.WideCsvDatasetReader;
import org.opendti.io.xlsx.XlsxDatasetReader;
import org.opendti.io.xlsx.XlsxWriter;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading and writing datasets: a 1,000,000-row long CSV (10,000 units × 100 indicators), a 10,000 × 98 wide CSV and
 * a 100,000-row XLSX (100,000 units × 10 indicators, wide layout, as {@code XlsxWriter.dataset} writes it). The
 * baselines touch the same bytes once: {@code baselineRead} reads the file and sums its bytes, {@code baselineWrite}
 * writes the same number of bytes, already encoded, to a file. Run with
 * {@code java -cp dti-examples/target/dti.jar org.openjdk.jmh.Main IoBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g", "-XX:+AlwaysPreTouch"})
public class IoBenchmark {
  /** The file: {@code long-csv}, {@code wide-csv} or {@code xlsx}. */
  @Param({"long-csv", "wide-csv", "xlsx"})
  public String format;

  private Path dir;
  private Path file;
  private Path target;
  private Dataset dataset;
  private byte[] bytes;

  /**
   * Writes the input file once.
   *
   * @throws IOException if the temporary directory cannot be written
   */
  @Setup
  public void setup() throws IOException {
    dir = Files.createTempDirectory("dti-io-bench");
    switch (format) {
      case "long-csv" -> {
        dataset = Synthetic.of(10_000, 100, 42).dataset;
        file = dir.resolve("long.csv");
        CsvDatasetWriter.of(false).writeLong(dataset, file);
      }
      case "wide-csv" -> {
        dataset = Synthetic.of(10_000, 98, 42).dataset;
        file = dir.resolve("wide.csv");
        CsvDatasetWriter.of(false).writeWide(dataset, file);
      }
      case "xlsx" -> {
        dataset = Synthetic.of(100_000, 10, 42).dataset;
        file = dir.resolve("data.xlsx");
        XlsxWriter.write(XlsxWriter.dataset(dataset), file);
      }
      default -> throw new IllegalArgumentException("unknown format " + format);
    }
    bytes = Files.readAllBytes(file);
    target = dir.resolve("out-" + file.getFileName());
  }

  /** Deletes the temporary files. */
  @TearDown
  public void tearDown() {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads the file with the SDK's reader for its layout.
   *
   * @return the dataset
   * @throws IOException if reading fails
   */
  @Benchmark
  public Dataset read() throws IOException {
    return switch (format) {
      case "long-csv" -> CsvDatasetReader.of(CsvOptions.defaults()).read(file);
      case "wide-csv" -> WideCsvDatasetReader.of(CsvOptions.defaults()).read(file);
      default -> XlsxDatasetReader.of(CsvOptions.defaults()).read(file);
    };
  }

  /**
   * Writes the dataset in the same format (atomically, as the SDK always writes).
   *
   * @return the written file's size, so the write is not optimised away
   * @throws IOException if writing fails
   */
  @Benchmark
  public long write() throws IOException {
    switch (format) {
      case "long-csv" -> CsvDatasetWriter.of(false).writeLong(dataset, target);
      case "wide-csv" -> CsvDatasetWriter.of(false).writeWide(dataset, target);
      default -> XlsxWriter.write(XlsxWriter.dataset(dataset), target);
    }
    return Files.size(target);
  }

  /**
   * Reads the file's bytes and sums them: the cost of touching the input once.
   *
   * @return the sum
   * @throws IOException if reading fails
   */
  @Benchmark
  public long baselineRead() throws IOException {
    long s = 0;
    for (byte b : Files.readAllBytes(file)) {
      s += b;
    }
    return s;
  }

  /**
   * Writes the same number of already-encoded bytes: the cost of touching the output once.
   *
   * @return the written file's size
   * @throws IOException if writing fails
   */
  @Benchmark
  public long baselineWrite() throws IOException {
    Files.write(target, bytes);
    return Files.size(target);
  }
}
