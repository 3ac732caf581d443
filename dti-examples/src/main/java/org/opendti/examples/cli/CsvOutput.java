package org.opendti.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.opendti.io.Audience;
import org.opendti.io.OutputFiles;
import org.opendti.io.csv.CsvRowWriter;

/** Streams a command's CSV, row by row through {@link CsvRowWriter}, to a file or to standard output. */
final class CsvOutput {
  private CsvOutput() {}

  /** The rows of one CSV output. */
  @FunctionalInterface
  interface Rows {
    void writeTo(CsvRowWriter w);
  }

  /**
   * Writes to a file with {@link OutputFiles}, never over one of the inputs: UTF-8 for people (comparisons,
   * statistics, uncertainty ranks), so a regular file starts with the byte-order mark Excel needs and a pipe does not.
   */
  static void toFile(Path file, List<Path> inputs, Rows rows) throws IOException {
    OutputFiles.writeText(file, inputs, Audience.PEOPLE, out -> write(CsvRowWriter.of(out), rows));
  }

  /** Writes to the command's standard output, which is flushed but not closed. */
  static void toStdout(PrintWriter out, Rows rows) throws IOException {
    write(CsvRowWriter.of(out), rows);
  }

  private static void write(CsvRowWriter w, Rows rows) throws IOException {
    try {
      rows.writeTo(w);
      w.flush();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
