package org.opendti.io.csv;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.opendti.Node;
import org.opendti.Numbers;
import org.opendti.Results;
import org.opendti.Unit;
import org.opendti.io.AtomicFiles;

/**
 * Writes results as CSV: a {@code unit} column, then for every computed node (in framework order: the index, the
 * pillars, the main indicators, the components) a column {@code <code>} with its value and {@code <code>_rank} with
 * its rank. Values have a fixed number of decimals (half-up), '.' as the separator; a missing value is an empty cell.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ResultsCsvWriter {
  private final int decimals;
  private final boolean neutraliseFormulas;
  private final boolean valueClasses2020;

  private ResultsCsvWriter(int decimals, boolean neutraliseFormulas, boolean valueClasses2020) {
    this.decimals = decimals;
    this.neutraliseFormulas = neutraliseFormulas;
    this.valueClasses2020 = valueClasses2020;
  }

  /**
   * A copy that adds a {@code dti_class} column after {@code dti_rank}: the 2020 value class of each unit
   * ({@link org.opendti.Frameworks#valueClass2020(double)}), for {@code pdti-2020} results.
   *
   * @return the writer, not null
   */
  public ResultsCsvWriter withValueClasses2020() {
    return new ResultsCsvWriter(decimals, neutraliseFormulas, true);
  }

  /**
   * A writer.
   *
   * @param decimals decimals of values, 0..12
   * @param neutraliseFormulas whether text cells that a spreadsheet would run as a formula (starting with '=', '+',
   *     '-' or '@') get a leading apostrophe
   * @return the writer, not null
   * @throws IllegalArgumentException if decimals is outside 0..12
   */
  public static ResultsCsvWriter of(int decimals, boolean neutraliseFormulas) {
    if (decimals < 0 || decimals > 12) {
      throw new IllegalArgumentException("decimals must be in 0..12, was " + decimals);
    }
    return new ResultsCsvWriter(decimals, neutraliseFormulas, false);
  }

  /**
   * The CSV text.
   *
   * @param results the results, not null
   * @return the text, with '\n' line ends, not null
   */
  public String toCsv(Results results) {
    StringBuilder sb = new StringBuilder("unit");
    boolean classes = valueClasses2020 && results.nodes().stream().anyMatch(n -> n.code().equals("dti"));
    for (Node n : results.nodes()) {
      sb.append(',').append(n.code()).append(',').append(n.code()).append("_rank");
      if (classes && n.code().equals("dti")) {
        sb.append(",dti_class");
      }
    }
    sb.append('\n');
    for (Unit u : results.units()) {
      sb.append(escape(u.code()));
      for (Node n : results.nodes()) {
        double rank = results.rank(u.code(), n.code());
        double value = results.value(u.code(), n.code());
        sb.append(',').append(Numbers.format(value, decimals)).append(',')
            .append(Double.isNaN(rank) ? "" : Numbers.plain(rank));
        if (classes && n.code().equals("dti")) {
          sb.append(',').append(Double.isNaN(value) ? "" : org.opendti.Frameworks.valueClass2020(value));
        }
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  /**
   * Writes the CSV to a file atomically (UTF-8, no byte-order mark).
   *
   * @param results the results, not null
   * @param file the target, not null
   * @throws IOException if the file cannot be written
   */
  public void write(Results results, Path file) throws IOException {
    AtomicFiles.write(file, toCsv(results).getBytes(StandardCharsets.UTF_8));
  }

  String escape(String text) {
    String t = text;
    if (neutraliseFormulas && !t.isEmpty() && "=+-@".indexOf(t.charAt(0)) >= 0) {
      t = "'" + t;
    }
    if (t.contains(",") || t.contains("\"") || t.contains("\n") || t.contains("\r")) {
      return '"' + t.replace("\"", "\"\"") + '"';
    }
    return t;
  }
}
