package org.opendti.io.xlsx;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.opendti.DtiException;
import org.opendti.Framework;
import org.opendti.io.NumberStyle;
import org.opendti.io.ResultTable;
import org.opendti.io.SourceLocation;
import org.opendti.io.DataFormatException;
import org.opendti.io.csv.CsvOptions;
import org.opendti.io.csv.FrameworkTableReader;
import org.opendti.io.csv.ResultsCsvReader;

/**
 * Reads back framework tables and results from workbooks, with the same checks and locations as
 * {@link XlsxDatasetReader}.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class XlsxReaders {
  private XlsxReaders() {}

  private static String sheetText(String source, byte[] content, Optional<String> sheet, NumberStyle style) {
    XlsxLimits.check(source, content);
    try (ReadableWorkbook wb = new ReadableWorkbook(XlsxLimits.stream(content))) {
      Sheet s = sheet.isEmpty() ? wb.getFirstSheet() : wb.findSheet(sheet.get()).orElseThrow(
          () -> new DataFormatException(SourceLocation.of(source), sheet.get(), "no such sheet; the workbook has "
              + SheetText.names(wb.getSheets().toList())));
      return SheetText.of(s, style);
    } catch (IOException | RuntimeException e) {
      throw XlsxDatasetReader.wrap(source, e);
    }
  }

  /**
   * Reads a framework table from the first sheet (or a named one).
   *
   * @param source the name used in error messages, not null
   * @param id the framework id, not null
   * @param title the framework's name, not null
   * @param content the workbook's bytes, not null
   * @param sheet the sheet, if not the first, not null
   * @return the framework, not null
   * @throws DtiException if the content is bad
   */
  public static Framework framework(String source, String id, String title, byte[] content, Optional<String> sheet) {
    String text = sheetText(source, content, sheet, NumberStyle.DEFAULT);
    return FrameworkTableReader.of(CsvOptions.builder().delimiter(';').build())
        .read(source, id, title, text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Reads the ranking sheet of a results workbook back into a table of published values and ranks.
   *
   * @param source the name used in error messages, not null
   * @param content the workbook's bytes, not null
   * @return the table, not null
   * @throws DtiException if the content is bad
   */
  public static ResultTable results(String source, byte[] content) {
    String text = sheetText(source, content, Optional.of("ranking"), NumberStyle.DEFAULT);
    StringBuilder csv = new StringBuilder();
    // The ranking sheet has unit, name, then value and rank columns; drop the name to get the CSV layout.
    for (String line : text.split("\n", -1)) {
      if (line.isEmpty()) {
        continue;
      }
      var fields = new java.util.ArrayList<>(java.util.List.of(parse(line)));
      fields.remove(1);
      csv.append(String.join(",", fields.stream().map(XlsxReaders::quote).toList())).append('\n');
    }
    return ResultsCsvReader.read(source, csv.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static String[] parse(String line) {
    try (var p = org.apache.commons.csv.CSVParser.parse(line, org.apache.commons.csv.CSVFormat.DEFAULT.builder()
        .setDelimiter(';').get())) {
      return p.getRecords().get(0).values();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String quote(String s) {
    return s.contains(",") || s.contains("\"") ? '"' + s.replace("\"", "\"\"") + '"' : s;
  }
}
