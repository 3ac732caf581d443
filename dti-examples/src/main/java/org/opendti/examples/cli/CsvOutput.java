package org.opendti.examples.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
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

  /** Writes to a file with {@link OutputFiles} (UTF-8), never over one of the inputs. */
  static void toFile(Path file, List<Path> inputs, Rows rows) throws IOException {
    OutputFiles.write(file, inputs, out -> {
      Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
      write(text, rows);
    });
  }

  /** Writes to the command's standard output, which is flushed but not closed. */
  static void toStdout(PrintWriter out, Rows rows) throws IOException {
    write(out, rows);
  }

  private static void write(Writer out, Rows rows) throws IOException {
    CsvRowWriter w = CsvRowWriter.of(out);
    try {
      rows.writeTo(w);
      w.flush();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
