package org.opendti.io.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.opendti.analysis.Appraisal;
import org.opendti.io.Audience;
import org.opendti.io.OutputFiles;

/**
 * Writes an {@link Appraisal} as CSV, one row per unit and scored node: {@code unit, unit_name, node, node_name,
 * self_points, appraised_points, difference, self_evidence, appraised_evidence, self_note, appraised_note}
 * (difference = appraised − self),
 * numbers with a fixed number of decimals and '.' as the decimal separator, text guarded against spreadsheet formulas
 * ({@link org.opendti.io.FormulaGuard}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AppraisalCsvWriter {
  /** The header row. */
  public static final List<String> COLUMNS = List.of("unit", "unit_name", "node", "node_name", "self_points",
      "appraised_points", "difference", "self_evidence", "appraised_evidence", "self_note", "appraised_note");

  private final int decimals;

  private AppraisalCsvWriter(int decimals) {
    this.decimals = decimals;
  }

  /**
   * A writer.
   *
   * @param decimals the decimals of points, 0..12
   * @return the writer, not null
   * @throws IllegalArgumentException if the decimals are out of range
   */
  public static AppraisalCsvWriter of(int decimals) {
    if (decimals < 0 || decimals > 12) {
      throw new IllegalArgumentException("decimals must be 0..12, was " + decimals);
    }
    return new AppraisalCsvWriter(decimals);
  }

  /**
   * Writes to a stream, which is flushed and not closed.
   *
   * @param appraisal the appraisal, not null
   * @param out the stream, not null
   * @throws IOException if writing fails
   */
  public void write(Appraisal appraisal, OutputStream out) throws IOException {
    Objects.requireNonNull(appraisal, "appraisal");
    CsvRowWriter w = CsvRowWriter.of(Objects.requireNonNull(out, "out"));
    try {
      COLUMNS.forEach(w::text);
      w.endRow();
      for (Appraisal.Row r : appraisal.rows()) {
        w.text(r.unit().code()).text(r.unit().name()).text(r.node().code()).text(r.node().nameVi())
            .number(r.selfPoints(), decimals).number(r.appraisedPoints(), decimals).number(r.difference(), decimals)
            .text(r.selfEvidence()).text(r.appraisedEvidence()).text(r.selfNote()).text(r.appraisedNote());
        w.endRow();
      }
      w.flush();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * Writes to a file for people ({@link Audience#PEOPLE}: a UTF-8 byte-order mark so that Excel reads the Vietnamese
   * right), atomically, never over one of the inputs.
   *
   * @param appraisal the appraisal, not null
   * @param file the file, not null
   * @param inputs the command's input files, which must not be overwritten, not null
   * @throws IOException if writing fails or the file is one of the inputs
   */
  public void write(Appraisal appraisal, Path file, Collection<Path> inputs) throws IOException {
    OutputFiles.writeText(file, inputs, Audience.PEOPLE, out -> write(appraisal, out));
  }

  @Override
  public String toString() {
    return "AppraisalCsvWriter{" + decimals + " decimals}";
  }
}
