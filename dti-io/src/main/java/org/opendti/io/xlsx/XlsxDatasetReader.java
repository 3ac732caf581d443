package org.opendti.io.xlsx;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
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

/**
 * Reads datasets from XLSX workbooks: a sheet in the long layout ({@code unit, indicator, value, ...}) or the wide
 * layout ({@code unit} or {@code uCode}, then one column per indicator), exactly as the CSV readers define them. Numeric
 * cells are read exactly; text cells are read in the options' number style (officials often type "0,82" as text);
 * formula cells contribute their cached value, as Excel shows it. Problems name the file, the sheet, the row and the
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
   * Reads the first sheet.
   *
   * @param file the workbook, not null
   * @return the dataset, not null
   * @throws IOException if the file cannot be read
   * @throws DtiException if the content is bad
   */
  public Dataset read(Path file) throws IOException {
    return read(file.getFileName().toString(), Files.readAllBytes(file), Optional.empty());
  }

  /**
   * Reads one sheet, the first when {@code sheet} is empty.
   *
   * @param source the name used in error messages, not null
   * @param content the workbook's bytes, not null
   * @param sheet the sheet name, if not the first, not null
   * @return the dataset, not null
   * @throws DtiException if the content is bad or the sheet does not exist
   */
  public Dataset read(String source, byte[] content, Optional<String> sheet) {
    XlsxLimits.check(source, content);
    try (ReadableWorkbook wb = new ReadableWorkbook(XlsxLimits.stream(content))) {
      Sheet s = sheet.isEmpty() ? wb.getFirstSheet() : wb.findSheet(sheet.get()).orElseThrow(
          () -> new DataFormatException(SourceLocation.of(source), sheet.get(), "no such sheet; the workbook has "
              + SheetText.names(wb.getSheets().toList())));
      return sheet(source, s);
    } catch (IOException | RuntimeException e) {
      throw wrap(source, e);
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
    return readSheetPerPeriod(file.getFileName().toString(), Files.readAllBytes(file));
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
    XlsxLimits.check(source, content);
    List<DtiException> problems = new ArrayList<>();
    Dataset.Builder b = Dataset.builder();
    java.util.Set<String> units = new java.util.HashSet<>();
    try (ReadableWorkbook wb = new ReadableWorkbook(XlsxLimits.stream(content))) {
      for (Sheet s : wb.getSheets().toList()) {
        Dataset part;
        try {
          part = sheet(source, s);
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
          if (!o.period().isEmpty() && !o.period().equals(s.getName())) {
            problems.add(new DataFormatException(SourceLocation.of(source).sheet(s.getName()), o.period(),
                "a period column contradicts the sheet name '" + s.getName() + "'"));
            break;
          }
          try {
            b.add(o.inPeriod(s.getName()));
          } catch (InvalidDataException e) {
            problems.add(new DataFormatException(SourceLocation.of(source).sheet(s.getName()), e.rawValue(),
                e.getMessage()));
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof DtiException d) {
        throw d;
      }
      throw wrap(source, e);
    }
    ProblemsException.throwIfAny(problems);
    return b.build();
  }

  private Dataset sheet(String source, Sheet s) throws IOException {
    String text = SheetText.of(s, options.numberStyle());
    String name = source + " [" + s.getName() + "]";
    CsvOptions.Builder o = CsvOptions.builder().numberStyle(options.numberStyle()).delimiter(';')
        .charset(StandardCharsets.UTF_8).maxFieldLength(options.maxFieldLength());
    options.units().ifPresent(o::units);
    CsvOptions csv = o.build();
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    String firstLine = text.lines().findFirst().orElse("");
    List<String> header = List.of(firstLine.split(";", -1));
    return WideCsvDatasetReader.isWide(header) ? WideCsvDatasetReader.of(csv).read(name, bytes)
        : CsvDatasetReader.of(csv).read(name, bytes);
  }

  static DtiException wrap(String source, Exception e) {
    if (e instanceof DtiException d) {
      return d;
    }
    return new DataFormatException(SourceLocation.of(source), "", "cannot read the workbook: " + e.getMessage());
  }
}
