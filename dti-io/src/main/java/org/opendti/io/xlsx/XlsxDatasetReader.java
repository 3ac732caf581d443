package org.opendti.io.xlsx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.opendti.Dataset;
import org.opendti.DtiException;
import org.opendti.InvalidDataException;
import org.opendti.Observation;
import org.opendti.ProblemsException;
import org.opendti.Unit;
import org.opendti.io.DataFormatException;
import org.opendti.io.SourceLocation;
import org.opendti.io.csv.CsvDatasetReader;
import org.opendti.io.csv.CsvOptions;
import org.opendti.io.csv.WideCsvDatasetReader;
import org.opendti.io.table.TableReader;
import org.opendti.io.table.XlsxWorkbook;

/**
 * Reads datasets from XLSX workbooks: a sheet in the long layout ({@code unit, indicator, value, ...}) or the wide
 * layout ({@code unit} or {@code uCode}, then one column per indicator), exactly as the CSV readers define them. Numeric
 * cells are read exactly; text cells are read in the options' number style (officials often type "0,82" as text);
 * formula cells contribute their saved value, as Excel shows it; a formula without one, a boolean or an error value
 * is an error at its cell, never a number or a missing value. A hidden first sheet is passed over. Problems name the file, the sheet, the row and the
 * column.
 *
 * <pre>{@code
 * Dataset d = XlsxDatasetReader.of(CsvOptions.builder().numberStyle(NumberStyle.VIETNAMESE).build())
 *     .read(Path.of("dti.xlsx"));                        // first sheet
 * Dataset years = XlsxDatasetReader.of(options).readSheetPerPeriod(Path.of("dti-2021-2023.xlsx"));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class XlsxDatasetReader {
  private final CsvOptions options;

  private XlsxDatasetReader(CsvOptions options) {
    this.options = options;
  }

  /**
   * A reader.
   *
   * @param options number style and unit registry (the separator and encoding are not used), not null
   * @return the reader, not null
   */
  public static XlsxDatasetReader of(CsvOptions options) {
    return new XlsxDatasetReader(Objects.requireNonNull(options, "options"));
  }

  /**
   * Reads the first visible sheet (a hidden first sheet is passed over).
   *
   * @param file the workbook, not null
   * @return the dataset, not null
   * @throws IOException if the file cannot be read
   * @throws DtiException if the content is bad
   */
  public Dataset read(Path file) throws IOException {
    try (XlsxWorkbook wb = XlsxWorkbook.open(file)) {
      return read(wb, Optional.empty());
    }
  }

  /**
   * Reads one sheet, the first visible one when {@code sheet} is empty.
   *
   * @param source the name used in error messages, not null
   * @param content the workbook's bytes, not null
   * @param sheet the sheet name, if not the first, not null
   * @return the dataset, not null
   * @throws DtiException if the content is bad or the sheet does not exist
   */
  public Dataset read(String source, byte[] content, Optional<String> sheet) {
    try (XlsxWorkbook wb = XlsxWorkbook.open(source, new ByteArrayInputStream(content))) {
      return read(wb, sheet);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads one sheet of an open workbook, the first visible one when {@code sheet} is empty. Cells are read by their
   * stored type: numbers as numbers, text in the options' number style, and a boolean, an error value or a formula
   * without saved value is an error at its cell.
   *
   * @param workbook the workbook, not null; not closed
   * @param sheet the sheet name, if not the first visible one, not null
   * @return the dataset, not null
   * @throws IOException if the workbook cannot be read
   * @throws DtiException if the content is bad or the sheet does not exist
   */
  public Dataset read(XlsxWorkbook workbook, Optional<String> sheet) throws IOException {
    try (TableReader t = sheet.isPresent() ? workbook.sheet(sheet.get()) : workbook.firstVisibleSheet()) {
      return sheet(t);
    }
  }

  /**
   * Reads every sheet, each sheet's name being the period of its observations (e.g. sheets "2022" and "2023").
   *
   * @param file the workbook, not null
   * @return the dataset, not null
   * @throws IOException if the file cannot be read
   * @throws DtiException if the content is bad
   */
  public Dataset readSheetPerPeriod(Path file) throws IOException {
    try (XlsxWorkbook wb = XlsxWorkbook.open(file)) {
      return readSheetPerPeriod(wb);
    }
  }

  /**
   * Reads every sheet, each sheet's name being the period of its observations.
   *
   * @param source the name used in error messages, not null
   * @param content the workbook's bytes, not null
   * @return the dataset, not null
   * @throws DtiException if the content is bad
   */
  public Dataset readSheetPerPeriod(String source, byte[] content) {
    try (XlsxWorkbook wb = XlsxWorkbook.open(source, new ByteArrayInputStream(content))) {
      return readSheetPerPeriod(wb);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads every visible sheet of an open workbook, each sheet's name being the period of its observations.
   *
   * @param workbook the workbook, not null; not closed
   * @return the dataset, not null
   * @throws IOException if the workbook cannot be read
   * @throws DtiException if the content is bad
   */
  public Dataset readSheetPerPeriod(XlsxWorkbook workbook) throws IOException {
    List<DtiException> problems = new ArrayList<>();
    Dataset.Builder b = Dataset.builder();
    java.util.Set<String> units = new java.util.HashSet<>();
    for (String name : workbook.visibleSheets()) {
      Dataset part;
      SourceLocation at;
      try (TableReader t = workbook.sheet(name)) {
        at = t.source();
        part = sheet(t);
      } catch (ProblemsException e) {
        problems.addAll(e.problems());
        continue;
      } catch (DtiException e) {
        problems.add(e);
        continue;
      }
      for (Unit u : part.units()) {
        if (units.add(u.code())) {
          b.addUnit(u);
        }
      }
      for (Observation o : part.observations()) {
        if (!o.period().isEmpty() && !o.period().equals(name)) {
          problems.add(new DataFormatException(at, o.period(), "a period column contradicts the sheet name '" + name
              + "'"));
          break;
        }
        try {
          b.add(o.inPeriod(name));
        } catch (InvalidDataException e) {
          problems.add(new DataFormatException(at, e.rawValue(), e.getMessage()));
        }
      }
    }
    ProblemsException.throwIfAny(problems);
    return b.build();
  }

  private Dataset sheet(TableReader t) throws IOException {
    return WideCsvDatasetReader.isWide(t.header()) ? WideCsvDatasetReader.of(options).read(t)
        : CsvDatasetReader.of(options).read(t);
  }
}
