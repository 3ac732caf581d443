package org.opendti.io.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.opendti.Frameworks;
import org.opendti.Node;
import org.opendti.Numbers;
import org.opendti.engine.Results;
import org.opendti.io.Audience;
import org.opendti.io.FormulaGuard;
import org.opendti.io.OutputFiles;

/**
 * Writes results as CSV: a {@code unit} column, then for every computed node (in framework order: the index, the
 * pillars, the main indicators, the components) a column {@code <code>} with its value and {@code <code>_rank} with
 * its rank. Values have a fixed number of decimals (half-up, {@link Numbers#format(double, int)}), '.' as the
 * separator; a missing value or rank is an empty cell. Rows end in '\n'.
 *
 * <p>Text goes through {@link CsvRowWriter}: quoted when it holds a separator, a quote or a line break, and guarded
 * against spreadsheet formulas ({@link FormulaGuard#guard(String)}; {@link ResultsCsvReader} reads it back as it
 * was). The output is streamed row by row, reading the results by position
 * ({@link Results#value(int, int)}), so writing costs no lookup by name and no copy of the whole text.
 *
 * <pre>{@code
 * ResultsCsvWriter.of(4).write(results, Path.of("results.csv"));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ResultsCsvWriter {
  private static final String INDEX = "dti";

  private final int decimals;
  private final boolean valueClasses2020;

  private ResultsCsvWriter(int decimals, boolean valueClasses2020) {
    this.decimals = decimals;
    this.valueClasses2020 = valueClasses2020;
  }

  /**
   * A writer.
   *
   * @param decimals decimals of values, 0..12
   * @return the writer, not null
   * @throws IllegalArgumentException if decimals is outside 0..12
   */
  public static ResultsCsvWriter of(int decimals) {
    if (decimals < 0 || decimals > 12) {
      throw new IllegalArgumentException("decimals must be in 0..12, was " + decimals);
    }
    return new ResultsCsvWriter(decimals, false);
  }

  /**
   * The writer a framework's results are published with: {@link #of(int)}, with the 2020 value classes when the
   * framework publishes them ({@link Frameworks#publishesValueClasses2020(org.opendti.Framework)}).
   *
   * @param framework the framework, not null
   * @param decimals decimals of values, 0..12
   * @return the writer, not null
   * @throws IllegalArgumentException if decimals is outside 0..12
   */
  public static ResultsCsvWriter forFramework(org.opendti.Framework framework, int decimals) {
    ResultsCsvWriter w = of(decimals);
    return Frameworks.publishesValueClasses2020(framework) ? w.withValueClasses2020() : w;
  }

  /**
   * A copy that adds a {@code dti_class} column after {@code dti_rank}: the 2020 value class of each unit
   * ({@link Frameworks#valueClass2020(double)}), for {@code pdti-2020} results. Results without a {@code dti} node
   * get no such column.
   *
   * @return the writer, not null
   */
  public ResultsCsvWriter withValueClasses2020() {
    return new ResultsCsvWriter(decimals, true);
  }

  /**
   * The CSV text, for small results; {@link #write(Results, Path)} and {@link #write(Results, Appendable)} stream
   * instead.
   *
   * @param results the results, not null
   * @return the text, with '\n' line ends, not null
   */
  public String toCsv(Results results) {
    StringBuilder sb = new StringBuilder();
    try {
      write(results, sb);
    } catch (IOException e) {
      throw new UncheckedIOException("a StringBuilder cannot fail", e);
    }
    return sb.toString();
  }

  /**
   * Writes the CSV text to an output, row by row. The output is flushed at the end if it is
   * {@link java.io.Flushable}, and never closed; the text arrives in blocks of up to 64 KB.
   *
   * @param results the results, not null
   * @param out where the text goes, not null
   * @throws IOException if the output fails
   */
  public void write(Results results, Appendable out) throws IOException {
    Objects.requireNonNull(results, "results");
    print(results, CsvRowWriter.of(Objects.requireNonNull(out, "out")));
  }

  /**
   * Writes the CSV as UTF-8 bytes (no byte-order mark) to a stream, row by row. The stream is flushed at the end and
   * never closed.
   *
   * @param results the results, not null
   * @param out where the bytes go, not null
   * @throws IOException if the stream fails
   */
  public void write(Results results, OutputStream out) throws IOException {
    Objects.requireNonNull(results, "results");
    print(results, CsvRowWriter.of(Objects.requireNonNull(out, "out")));
  }

  private void print(Results results, CsvRowWriter w) throws IOException {
    try {
      List<Node> nodes = results.nodes();
      int classes = valueClasses2020 ? indexColumn(nodes) : -1;
      w.text("unit");
      for (int n = 0; n < nodes.size(); n++) {
        String code = nodes.get(n).code();
        w.text(code).text(code + "_rank");
        if (n == classes) {
          w.text("dti_class");
        }
      }
      w.endRow();
      int units = results.units().size();
      rankInParallel(results, nodes.size(), units);
      for (int u = 0; u < units; u++) {
        w.text(results.units().get(u).code());
        for (int n = 0; n < nodes.size(); n++) {
          double value = results.value(u, n);
          w.number(value, decimals).plain(results.rank(u, n));
          if (n == classes) {
            if (Double.isNaN(value)) {
              w.empty();
            } else {
              w.integer(Frameworks.valueClass2020(value));
            }
          }
        }
        w.endRow();
      }
      w.flush();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * Writes the CSV to a file with {@link OutputFiles}, for people ({@link Audience#PEOPLE}): UTF-8, and a regular
   * file starts with the byte-order mark so that Excel shows Vietnamese names; written atomically. A device or a pipe
   * ({@code /dev/stdout}) is written in place, without the mark.
   *
   * @param results the results, not null
   * @param file the target, not null
   * @throws IOException if the file cannot be written
   */
  public void write(Results results, Path file) throws IOException {
    write(results, file, List.of());
  }

  /**
   * Writes the CSV to a file that must not be one of the inputs, as {@link #write(Results, Path)} does.
   *
   * @param results the results, not null
   * @param file the target, not null
   * @param inputs the files the run read, not null
   * @throws IOException if the file cannot be written
   * @throws IllegalArgumentException if the target is one of the inputs
   */
  public void write(Results results, Path file, Collection<Path> inputs) throws IOException {
    Objects.requireNonNull(results, "results");
    OutputFiles.writeText(file, inputs, Audience.PEOPLE, out -> write(results, out));
  }

  /**
   * Has the results rank every node before the rows are written, one node per task on the common fork-join pool:
   * ranks are computed on first use, a sort per node, so a large file would otherwise rank on one core while writing.
   */
  private static void rankInParallel(Results results, int nodes, int units) {
    if (units >= PARALLEL_RANK_UNITS && nodes > 1) {
      java.util.stream.IntStream.range(0, nodes).parallel().forEach(n -> results.rank(0, n));
    }
  }

  /** Below this many units, ranking on the writing thread costs less than starting the parallel tasks. */
  private static final int PARALLEL_RANK_UNITS = 5_000;

  private static int indexColumn(List<Node> nodes) {
    for (int n = 0; n < nodes.size(); n++) {
      if (nodes.get(n).code().equals(INDEX)) {
        return n;
      }
    }
    return -1;
  }
}
