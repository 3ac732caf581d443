package org.opendti.io.xlsx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.opendti.DtiException;
import org.opendti.Framework;
import org.opendti.io.ResultTable;
import org.opendti.io.csv.CsvOptions;
import org.opendti.io.csv.FrameworkTableReader;
import org.opendti.io.csv.ResultsCsvReader;
import org.opendti.io.table.TableReader;
import org.opendti.io.table.XlsxWorkbook;

/**
 * Reads back framework tables and results from workbooks, with the same checks and locations as
 * {@link XlsxDatasetReader}.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class XlsxReaders {
  private XlsxReaders() {}

  /**
   * Reads a framework table from the first visible sheet (or a named one).
   *
   * @param source the name used in error messages, not null
   * @param id the framework id, not null
   * @param title the framework's name, not null
   * @param content the workbook's bytes, not null
   * @param sheet the sheet, if not the first visible one, not null
   * @return the framework, not null
   * @throws DtiException if the content is bad
   */
  public static Framework framework(String source, String id, String title, byte[] content, Optional<String> sheet) {
    try (XlsxWorkbook wb = XlsxWorkbook.open(source, new ByteArrayInputStream(content));
        TableReader t = sheet.isPresent() ? wb.sheet(sheet.get()) : wb.firstVisibleSheet()) {
      return FrameworkTableReader.of(CsvOptions.defaults()).read(id, title, t);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
    try (XlsxWorkbook wb = XlsxWorkbook.open(source, new ByteArrayInputStream(content));
        TableReader t = wb.sheet("ranking")) {
      return ResultsCsvReader.read(t);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
