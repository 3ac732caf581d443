package org.opendti.io.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.opendti.Dataset;
import org.opendti.Numbers;
import org.opendti.Observation;
import org.opendti.Stage;
import org.opendti.StagedDataset;
import org.opendti.Unit;
import org.opendti.io.Audience;
import org.opendti.io.FormulaGuard;
import org.opendti.io.OutputFiles;

/**
 * Writes datasets as CSV, in the long form {@link CsvDatasetReader} reads (every observation with its period, ratio
 * parts, category, source, evidence and note) or the wide form {@link WideCsvDatasetReader} reads ({@code unit, uName,
 * period, group}, then one column per indicator; plain values only). Numbers are written exactly (the shortest text
 * that reads back as the same double, {@link Numbers#plain(double)}), '.' as the separator. Rows end in '\n'.
 *
 * <p>Text goes through {@link CsvRowWriter}: quoted when it holds a separator, a quote or a line break, and guarded
 * against spreadsheet formulas ({@link FormulaGuard#guard(String)}), which the readers undo, so a written dataset
 * reads back equal. Output is streamed row by row.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CsvDatasetWriter {
  private static final CsvDatasetWriter INSTANCE = new CsvDatasetWriter();

  private CsvDatasetWriter() {}

  /**
   * The writer.
   *
   * @return the writer, not null
   */
  public static CsvDatasetWriter of() {
    return INSTANCE;
  }

  /**
   * The long form as text, for small datasets.
   *
   * @param d the dataset, not null
   * @return the text, not null
   */
  public String toLongCsv(Dataset d) {
    StringBuilder sb = new StringBuilder();
    try {
      writeLong(d, sb);
    } catch (IOException e) {
      throw new UncheckedIOException("a StringBuilder cannot fail", e);
    }
    return sb.toString();
  }

  /**
   * The wide form as text, for small datasets: one row per unit and period.
   *
   * @param d the dataset, not null
   * @return the text, not null
   * @throws IllegalArgumentException if an observation is a ratio or a category (write the long form instead)
   */
  public String toWideCsv(Dataset d) {
    StringBuilder sb = new StringBuilder();
    try {
      writeWide(d, sb);
    } catch (IOException e) {
      throw new UncheckedIOException("a StringBuilder cannot fail", e);
    }
    return sb.toString();
  }

  /**
   * Writes the long form to an output, a row per observation (by period, then indicator, then unit). The output is
   * flushed at the end if it is {@link java.io.Flushable}, and never closed.
   *
   * @param d the dataset, not null
   * @param out where the text goes, not null
   * @throws IOException if the output fails
   */
  public void writeLong(Dataset d, Appendable out) throws IOException {
    Objects.requireNonNull(d, "d");
    printLong(d, CsvRowWriter.of(Objects.requireNonNull(out, "out")));
  }

  /**
   * Writes the long form as UTF-8 bytes to a stream, a row per observation (by period, then indicator, then unit).
   * The stream is flushed at the end and never closed.
   *
   * @param d the dataset, not null
   * @param out where the bytes go, not null
   * @throws IOException if the stream fails
   */
  public void writeLong(Dataset d, OutputStream out) throws IOException {
    Objects.requireNonNull(d, "d");
    printLong(d, CsvRowWriter.of(Objects.requireNonNull(out, "out")));
  }

  /**
   * Writes both stages of an assessment round in the long form with a {@link CsvDatasetReader#STAGE} column, which
   * {@link CsvDatasetReader#readStaged(Path)} reads back: the self-assessed observations ({@code self}), then the
   * council's ({@code appraised}), each as {@link #writeLong(Dataset, OutputStream)} orders them. The stream is
   * flushed, not closed.
   *
   * @param round the round, not null
   * @param out where the bytes go, not null
   * @throws IOException if the stream fails
   */
  public void writeStaged(StagedDataset round, OutputStream out) throws IOException {
    Objects.requireNonNull(round, "round");
    CsvRowWriter w = CsvRowWriter.of(Objects.requireNonNull(out, "out"));
    try {
      header(w, true);
      for (Stage stage : Stage.values()) {
        rows(round.given(stage), w, stage.id());
      }
      w.flush();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * Writes both stages of a round to a file ({@link #writeStaged(StagedDataset, OutputStream)}) with
   * {@link OutputFiles}: atomically for a regular file; data for programs, so no byte-order mark.
   *
   * @param round the round, not null
   * @param file the target, not null
   * @throws IOException if the file cannot be written
   */
  public void writeStaged(StagedDataset round, Path file) throws IOException {
    Objects.requireNonNull(round, "round");
    OutputFiles.write(file, out -> writeStaged(round, out));
  }

  private static void header(CsvRowWriter w, boolean staged) {
    for (String column : CsvDatasetReader.COLUMNS) {
      w.text(column);
    }
    if (staged) {
      w.text(CsvDatasetReader.STAGE);
    }
    w.endRow();
  }

  private static void printLong(Dataset d, CsvRowWriter w) throws IOException {
    try {
      header(w, false);
      rows(d, w, null);
      w.flush();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** The observations, one row each; with a stage, that stage in the last column. */
  private static void rows(Dataset d, CsvRowWriter w, String stage) {
    int units = d.units().size();
    for (String period : d.periods()) {
      for (String indicator : d.indicators(period)) {
        Dataset.Cells cells = d.cells(period, indicator);
        for (int u = 0; u < units; u++) {
          if (!cells.present(u)) {
            continue;
          }
          w.text(d.units().get(u).code()).text(indicator);
          w.plain(cells.value(u));
          w.text(period);
          w.plain(cells.numerator(u));
          w.plain(cells.denominator(u));
          w.text(cells.category(u));
          w.text(cells.provenance(u).map(p -> p.name().toLowerCase(Locale.ROOT)).orElse(""));
          w.text(cells.evidence(u)).text(cells.note(u));
          if (stage != null) {
            w.text(stage);
          }
          w.endRow();
        }
      }
    }
  }

  /**
   * Writes the wide form to an output: one row per unit and period that has a value, the indicators of every period
   * as columns, in the order they first appear. The output is flushed at the end if it is
   * {@link java.io.Flushable}, and never closed.
   *
   * @param d the dataset, not null
   * @param out where the text goes, not null
   * @throws IOException if the output fails
   * @throws IllegalArgumentException if an observation is a ratio or a category (write the long form instead);
   *     nothing is written then
   */
  public void writeWide(Dataset d, Appendable out) throws IOException {
    Objects.requireNonNull(d, "d");
    Objects.requireNonNull(out, "out");
    checkWide(d);
    printWide(d, CsvRowWriter.of(out));
  }

  /**
   * Writes the wide form as UTF-8 bytes to a stream (see {@link #writeWide(Dataset, Appendable)}). The stream is
   * flushed at the end and never closed.
   *
   * @param d the dataset, not null
   * @param out where the bytes go, not null
   * @throws IOException if the stream fails
   * @throws IllegalArgumentException if an observation is a ratio or a category (write the long form instead);
   *     nothing is written then
   */
  public void writeWide(Dataset d, OutputStream out) throws IOException {
    Objects.requireNonNull(d, "d");
    Objects.requireNonNull(out, "out");
    checkWide(d);
    printWide(d, CsvRowWriter.of(out));
  }

  private static void checkWide(Dataset d) {
    for (String period : d.periods()) {
      for (String indicator : d.indicators(period)) {
        Dataset.Cells cells = d.cells(period, indicator);
        if (cells.plainValuesOnly()) {
          continue;
        }
        for (int u = 0; u < cells.size(); u++) {
          if (cells.present(u) && Double.isNaN(cells.value(u))) {
            Observation o = d.observation(d.units().get(u).code(), indicator, period).orElseThrow();
            throw new IllegalArgumentException("unit '" + o.unit() + "', indicator '" + o.indicator() + "': the"
                + " wide form holds plain values only, not " + o.measure() + "; write the long form");
          }
        }
      }
    }
  }

  private static void printWide(Dataset d, CsvRowWriter w) throws IOException {
    Set<String> union = new LinkedHashSet<>();
    for (String p : d.periods()) {
      union.addAll(d.indicators(p));
    }
    List<String> indicators = new ArrayList<>(union);
    boolean periods = !(d.periods().size() == 1 && d.periods().get(0).isEmpty());
    boolean groups = d.units().stream().anyMatch(u -> u.group().isPresent());
    try {
      w.text("unit").text("uName");
      if (periods) {
        w.text("period");
      }
      if (groups) {
        w.text("group");
      }
      for (String i : indicators) {
        w.text(i);
      }
      w.endRow();
      double[][] columns = new double[indicators.size()][];
      for (String p : d.periods()) {
        // Plain values only (checked above), so the value columns say everything: NaN is no observation.
        for (int i = 0; i < columns.length; i++) {
          columns[i] = d.values(p, indicators.get(i));
        }
        for (int u = 0; u < d.units().size(); u++) {
          if (!any(columns, u)) {
            continue;
          }
          Unit unit = d.units().get(u);
          w.text(unit.code()).text(unit.name());
          if (periods) {
            w.text(p);
          }
          if (groups) {
            w.text(unit.group().orElse(""));
          }
          for (double[] column : columns) {
            w.plain(column[u]);
          }
          w.endRow();
        }
      }
      w.flush();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * Writes the long form to a file (UTF-8) with {@link OutputFiles}: atomically for a regular file, in place for a
   * device or a pipe. A dataset is data for programs ({@link Audience#PROGRAMS}): no byte-order mark.
   *
   * @param d the dataset, not null
   * @param file the target, not null
   * @throws IOException if the file cannot be written
   */
  public void writeLong(Dataset d, Path file) throws IOException {
    Objects.requireNonNull(d, "d");
    OutputFiles.writeText(file, List.of(), Audience.PROGRAMS, out -> writeLong(d, out));
  }

  /**
   * Writes the wide form to a file (UTF-8) with {@link OutputFiles}: atomically for a regular file, in place for a
   * device or a pipe. A dataset is data for programs ({@link Audience#PROGRAMS}): no byte-order mark.
   *
   * @param d the dataset, not null
   * @param file the target, not null
   * @throws IOException if the file cannot be written
   * @throws IllegalArgumentException if an observation is a ratio or a category (write the long form instead); the
   *     file is left as it was
   */
  public void writeWide(Dataset d, Path file) throws IOException {
    Objects.requireNonNull(d, "d");
    OutputFiles.writeText(file, List.of(), Audience.PROGRAMS, out -> writeWide(d, out));
  }

  private static boolean any(double[][] columns, int u) {
    for (double[] column : columns) {
      if (!Double.isNaN(column[u])) {
        return true;
      }
    }
    return false;
  }
}
