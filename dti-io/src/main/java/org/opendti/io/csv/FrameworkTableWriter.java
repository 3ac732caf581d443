package org.opendti.io.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import org.opendti.Framework;
import org.opendti.io.Audience;
import org.opendti.io.OutputFiles;

/**
 * Writes a framework as the table provincial decisions publish ({@link FrameworkTableReader#HEADERS}), so an official
 * can edit it in a spreadsheet and read it back with {@link FrameworkTableReader}.
 *
 * <p>The rows are {@link FrameworkTableRows}: the index first as "Tổng cộng", then the DAG numbered 1, 1.1, …, nodes
 * that feed several parents once under their first parent with all parents in "Thuộc", the pillars of Decision 922
 * numbered I, II, III, and "?" as the maximum of an indicator whose maximum is not published. The SDK's optional
 * columns (rule, code, kind, parents, English name, weight, target, direction, aliases) carry everything else a node
 * holds, so {@code read(write(f))} has the same nodes as {@code f}. Framework-level facts (instrument, years, ranking
 * groups) are not part of this layout; JSON and YAML definitions carry them.
 *
 * <p>Every field goes through {@link CsvRowWriter}: text that a spreadsheet would run as a formula is guarded, and
 * numbers are written in their shortest exact form. A table is for people ({@link Audience#PEOPLE}): a file starts
 * with the UTF-8 byte-order mark so Excel shows Vietnamese correctly; a stream or a pipe gets the text alone.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class FrameworkTableWriter {
  private FrameworkTableWriter() {}

  /**
   * The table as CSV text (without the byte-order mark).
   *
   * @param framework the framework, not null
   * @return the text, not null
   */
  public static String toCsv(Framework framework) {
    StringBuilder sb = new StringBuilder();
    CsvRowWriter csv = CsvRowWriter.of(sb);
    print(framework, csv);
    try {
      csv.flush();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("a StringBuilder cannot fail", e);
    }
    return sb.toString();
  }

  /**
   * Writes the table as UTF-8 CSV, row by row, without a byte-order mark (files get one:
   * {@link #write(Framework, Path)}).
   *
   * @param framework the framework, not null
   * @param out the stream, not null; flushed, not closed
   * @throws IOException if the stream cannot be written
   */
  public static void write(Framework framework, OutputStream out) throws IOException {
    CsvRowWriter csv = CsvRowWriter.of(out);
    try {
      print(framework, csv);
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    }
    csv.flush();
  }

  /**
   * Writes the table to a file for people ({@link OutputFiles#writeText}, {@link Audience#PEOPLE}): a regular file
   * starts with the UTF-8 byte-order mark; a device or a pipe is written in place without it.
   *
   * @param framework the framework, not null
   * @param file the target, not null
   * @throws IOException if the file cannot be written
   */
  public static void write(Framework framework, Path file) throws IOException {
    OutputFiles.writeText(file, List.of(), Audience.PEOPLE, out -> write(framework, out));
  }

  private static void print(Framework framework, CsvRowWriter csv) {
    for (String h : FrameworkTableReader.HEADERS) {
      csv.text(h);
    }
    csv.endRow();
    for (FrameworkTableRows.Row row : FrameworkTableRows.of(framework)) {
      for (FrameworkTableRows.Cell cell : row.cells()) {
        switch (cell.type()) {
          case TEXT -> csv.text(cell.text());
          case NUMBER -> csv.plain(cell.number());
          default -> csv.empty();
        }
      }
      csv.endRow();
    }
  }
}
