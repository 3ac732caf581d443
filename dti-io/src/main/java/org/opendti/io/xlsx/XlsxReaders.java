package org.opendti.io.xlsx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.opendti.DtiException;
import org.opendti.Framework;
import org.opendti.Language;
import org.opendti.io.Label;
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
   * Reads the ranking sheet of a results workbook back into a table of published values and ranks. The ranking sheet
   * is the first sheet named as {@link XlsxWriter} names it in any {@link Language} ("Bảng xếp hạng", "Ranking"), or
   * "ranking" as the SDK named it before, ignoring case; a workbook without such a sheet (a user renamed it) is read
   * from its first visible sheet, where the writer puts the ranking. Either way the sheet must have the results
   * layout ({@code unit}, then a value and a {@code _rank} column per node), or the error names the sheet, row and
   * column.
   *
   * @param source the name used in error messages, not null
   * @param content the workbook's bytes, not null
   * @return the table, not null
   * @throws DtiException if the content is bad
   */
  public static ResultTable results(String source, byte[] content) {
    try (XlsxWorkbook wb = XlsxWorkbook.open(source, new ByteArrayInputStream(content));
        TableReader t = rankingSheet(wb)) {
      return ResultsCsvReader.read(t);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static TableReader rankingSheet(XlsxWorkbook wb) throws IOException {
    Set<String> names = new HashSet<>();
    names.add("ranking");
    for (Language l : Language.values()) {
      names.add(Label.RANKING.in(l).toLowerCase(Locale.ROOT));
    }
    for (String sheet : wb.sheets()) {
      if (names.contains(sheet.toLowerCase(Locale.ROOT))) {
        return wb.sheet(sheet);
      }
    }
    return wb.firstVisibleSheet();
  }
}
