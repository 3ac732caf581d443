package org.opendti.examples.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.opendti.Dataset;
import org.opendti.engine.Results;
import org.opendti.engine.ScoringEngine;
import org.opendti.io.csv.CsvDatasetReader;
import org.opendti.io.csv.CsvDatasetWriter;
import org.opendti.io.csv.CsvOptions;
import org.opendti.io.csv.ResultsCsvReader;
import org.opendti.io.csv.ResultsCsvWriter;
import org.opendti.io.csv.WideCsvDatasetReader;
import org.opendti.io.xlsx.XlsxDatasetReader;
import org.opendti.io.xlsx.XlsxWriter;
import org.opendti.method.Method;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
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
 * Reading and writing files through the public dti-io API, in megabytes per second of file bytes, each format with
 * its byte-pass baselines in the same run.
 *
 * <p>The files ({@link #format}):
 * <ul>
 *   <li>{@code long-csv}: a 1,000,000-row long CSV ({@code unit,indicator,value,...}; 10,000 units × 100 indicators),
 *       read by {@link CsvDatasetReader}, written by {@link CsvDatasetWriter#writeLong};</li>
 *   <li>{@code wide-csv}: a 10,000 × 98 wide CSV (COINr's iData layout), read by {@link WideCsvDatasetReader},
 *       written by {@link CsvDatasetWriter#writeWide};</li>
 *   <li>{@code results-csv}: the results of COINr's method on that dataset (102 nodes, value and rank each) at 12
 *       decimals, as {@code dti score --decimals 12} writes them, written by {@link ResultsCsvWriter} and read back
 *       by {@link ResultsCsvReader};</li>
 *   <li>{@code xlsx}: a 100,000-row workbook (100,000 units × 10 indicators, wide), read by
 *       {@link XlsxDatasetReader}, written by {@link XlsxWriter}.</li>
 * </ul>
 *
 * <p>The baselines touch the same bytes once: {@code baselineRead} reads the file and counts its line feeds,
 * {@code baselineWrite} writes the same bytes, already encoded, to a file. Every benchmark adds the size of the file it
 * read or wrote to the {@code megabytes} counter, which JMH reports as a rate: the {@code :megabytes} rows are MB/s
 * (10<sup>6</sup> bytes per second, one thread, so per core); the primary score is operations per second. Run with
 * {@code java -jar dti-examples/target/dti-bench.jar IoBenchmark} (add {@code -p format=wide-csv} for
 * one file, {@code -prof gc} for allocation).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g", "-XX:+AlwaysPreTouch"})
public class IoBenchmark {
  /** The file: {@code long-csv}, {@code wide-csv}, {@code results-csv} or {@code xlsx}. */
  @Param({"long-csv", "wide-csv", "results-csv", "xlsx"})
  public String format;

  /**
   * An existing file in the layout of {@link #format} to use instead of the synthetic one ({@code long-csv},
   * {@code wide-csv} or {@code xlsx} only), e.g. {@code -p format=xlsx -p input=/tmp/dti-bench/data_100000x10.xlsx}
   * to time the file R's readxl reads in {@code dti-examples/bench/compare-xlsx.sh}; empty for the synthetic file.
   */
  @Param({""})
  public String input;

  /**
   * Significant digits of the synthetic values: 10 (the default) as in the files {@code GenerateCoinrData} writes for
   * the COINr comparison (COINr's ASEM data have 1 to 15), or 17 for doubles drawn at full precision, the hardest case
   * for writing the shortest text that reads back ({@code -p digits=17}).
   */
  @Param({"10"})
  public int digits;

  private Path dir;
  private Path file;
  private Path target;
  private Dataset dataset;
  private Results results;
  private byte[] bytes;

  /** The benchmark state; JMH creates it and sets {@link #format} and {@link #input} before {@link #setup}. */
  public IoBenchmark() {}

  /**
   * The bytes each benchmark read or wrote, reported by JMH per second: MB/s.
   *
   * <p>Not thread-safe: one instance per benchmark thread.
   */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Bytes {
    /** Megabytes (10<sup>6</sup> bytes) read or written in this iteration. */
    public double megabytes;

    /** A counter at zero; JMH creates one per thread. */
    public Bytes() {}

    /** Starts each iteration at zero. */
    @Setup(Level.Iteration)
    public void reset() {
      megabytes = 0;
    }

    void add(long n) {
      megabytes += n / 1e6;
    }
  }

  /**
   * Writes the input file once.
   *
   * @throws IOException if the temporary directory cannot be written
   */
  @Setup
  public void setup() throws IOException {
    dir = Files.createTempDirectory("dti-io-bench");
    if (!input.isEmpty()) {
      file = Path.of(input);
      dataset = switch (format) {
        case "long-csv" -> CsvDatasetReader.of(CsvOptions.defaults()).read(file);
        case "wide-csv" -> WideCsvDatasetReader.of(CsvOptions.defaults()).read(file);
        case "xlsx" -> XlsxDatasetReader.of(CsvOptions.defaults()).read(file);
        default -> throw new IllegalArgumentException("input is for long-csv, wide-csv and xlsx, not " + format);
      };
      bytes = Files.readAllBytes(file);
      target = dir.resolve("out-" + file.getFileName());
      return;
    }
    switch (format) {
      case "long-csv" -> {
        dataset = Synthetic.of(10_000, 100, 42, digits).dataset;
        file = dir.resolve("long.csv");
        CsvDatasetWriter.of().writeLong(dataset, file);
      }
      case "wide-csv" -> {
        dataset = Synthetic.of(10_000, 98, 42, digits).dataset;
        file = dir.resolve("wide.csv");
        CsvDatasetWriter.of().writeWide(dataset, file);
      }
      case "results-csv" -> {
        Synthetic s = Synthetic.of(10_000, 98, 42, digits);
        results = ScoringEngine.of(Method.coinr()).score(s.weighted, s.dataset);
        file = dir.resolve("results.csv");
        ResultsCsvWriter.of(12).write(results, file);
      }
      case "xlsx" -> {
        dataset = Synthetic.of(100_000, 10, 42, digits).dataset;
        file = dir.resolve("data.xlsx");
        XlsxWriter.write(XlsxWriter.dataset(dataset), file);
      }
      default -> throw new IllegalArgumentException("unknown format " + format);
    }
    bytes = Files.readAllBytes(file);
    target = dir.resolve("out-" + file.getFileName());
  }

  /** Deletes the temporary files (never the {@link #input}). */
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
   * @param counter the byte counter, not null
   * @return what was read, so the read is not optimised away
   * @throws IOException if reading fails
   */
  @Benchmark
  public Object read(Bytes counter) throws IOException {
    Object read = switch (format) {
      case "long-csv" -> CsvDatasetReader.of(CsvOptions.defaults()).read(file);
      case "wide-csv" -> WideCsvDatasetReader.of(CsvOptions.defaults()).read(file);
      case "results-csv" -> ResultsCsvReader.read(file.toString(), Files.readAllBytes(file));
      default -> XlsxDatasetReader.of(CsvOptions.defaults()).read(file);
    };
    counter.add(bytes.length);
    return read;
  }

  /**
   * Writes the dataset (or the results) in the same format, atomically, as the SDK always writes.
   *
   * @param counter the byte counter, not null
   * @return the written file's size
   * @throws IOException if writing fails
   */
  @Benchmark
  public long write(Bytes counter) throws IOException {
    switch (format) {
      case "long-csv" -> CsvDatasetWriter.of().writeLong(dataset, target);
      case "wide-csv" -> CsvDatasetWriter.of().writeWide(dataset, target);
      case "results-csv" -> ResultsCsvWriter.of(12).write(results, target);
      default -> XlsxWriter.write(dataset, target);
    }
    long size = Files.size(target);
    counter.add(size);
    return size;
  }

  /**
   * Writes the same file as {@link #write} into memory (a stream that counts and drops the bytes): the writer's own
   * cost per core, without the file system's (the atomic write's fsync and rename, about a quarter of
   * {@link #write} on this machine's disk).
   *
   * @param counter the byte counter, not null
   * @return the bytes written
   * @throws IOException never, in practice
   */
  @Benchmark
  public long writeToMemory(Bytes counter) throws IOException {
    CountingSink sink = new CountingSink();
    switch (format) {
      case "long-csv" -> CsvDatasetWriter.of().writeLong(dataset, sink);
      case "wide-csv" -> CsvDatasetWriter.of().writeWide(dataset, sink);
      case "results-csv" -> ResultsCsvWriter.of(12).write(results, sink);
      default -> XlsxWriter.dataset(dataset, sink);
    }
    counter.add(sink.count);
    return sink.count;
  }

  /** Counts the bytes written to it and drops them. */
  private static final class CountingSink extends java.io.OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }

  /**
   * Reads the file's bytes and counts its line feeds: one pass over the input.
   *
   * @param counter the byte counter, not null
   * @return the number of line feeds
   * @throws IOException if reading fails
   */
  @Benchmark
  public long baselineRead(Bytes counter) throws IOException {
    byte[] content = Files.readAllBytes(file);
    long lines = 0;
    for (byte b : content) {
      if (b == '\n') {
        lines++;
      }
    }
    counter.add(content.length);
    return lines;
  }

  /**
   * Writes the same number of already-encoded bytes: one pass over the output.
   *
   * @param counter the byte counter, not null
   * @return the written file's size
   * @throws IOException if writing fails
   */
  @Benchmark
  public long baselineWrite(Bytes counter) throws IOException {
    Files.write(target, bytes);
    long size = Files.size(target);
    counter.add(size);
    return size;
  }
}
