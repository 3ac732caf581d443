package org.opendti.io.xlsx;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.opendti.Dataset;
import org.opendti.DtiException;
import org.opendti.Framework;
import org.opendti.Language;
import org.opendti.Measure;
import org.opendti.Node;
import org.opendti.NodeKind;
import org.opendti.Numbers;
import org.opendti.Observation;
import org.opendti.Unit;
import org.opendti.engine.RankedUnit;
import org.opendti.engine.Results;
import org.opendti.io.Label;
import org.opendti.io.OutputFiles;
import org.opendti.io.csv.FrameworkTableReader;
import org.opendti.io.csv.FrameworkTableRows;

/**
 * Writes workbooks people open in Excel or LibreOffice: datasets (wide, one sheet per period, or long when there are
 * ratios, categories, sources, evidence or notes), results (a ranking sheet with every node, values with the method's decimals and ranks, then
 * one sheet per pillar sorted by its rank, the sheets named in Vietnamese or English), and framework tables in the
 * layout of provincial decisions. Text is always written as text, never as a formula, so a name like
 * {@code =HYPERLINK(...)} stays harmless.
 *
 * <p>Workbooks are streamed: each sheet's rows go to the output in batches as they are made, so memory does not grow
 * with the number of rows beyond what the inputs already hold (and the workbook's table of distinct texts). The same
 * inputs give the same bytes: the creation time the XLSX library records is left out. Files are written through
 * {@link OutputFiles}. Content that does not fit a sheet (1,048,576 rows, 16,384 columns: results of more than 8,191
 * nodes, say) is refused with a {@link DtiException} before anything is written.
 *
 * <pre>{@code
 * XlsxWriter.write(results, Path.of("dti-2024.xlsx"));
 * try (OutputStream out = ...) {
 *   XlsxWriter.results(results, out);
 * }
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class XlsxWriter {
  /** Rows held before a sheet is flushed to the output. */
  private static final int BATCH = 1024;

  private XlsxWriter() {}

  private interface Body {
    void write(Workbook wb) throws IOException;
  }

  private static void workbook(OutputStream out, Body body) throws IOException {
    BufferedOutputStream buffered = new BufferedOutputStream(out, 1 << 16);
    UndatedZip zip = new UndatedZip(buffered);
    Workbook wb = new Workbook(zip, "DTI SDK", "0.1");
    body.write(wb);
    wb.finish();
    zip.finish();
  }

  private static byte[] bytes(Body body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      workbook(out, body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void header(Worksheet ws, List<String> names) {
    for (int c = 0; c < names.size(); c++) {
      ws.value(0, c, names.get(c));
      ws.style(0, c).bold().fillColor("DDEBF7").set();
      ws.width(c, Math.max(10, Math.min(40, names.get(c).length() + 4)));
    }
    ws.freezePane(1, 1);
  }

  /**
   * Refuses, before anything is written, a sheet larger than XLSX allows (1,048,576 rows, 16,384 columns).
   *
   * @throws DtiException naming what does not fit
   */
  private static void fits(String what, long rows, long columns) {
    if (rows > Worksheet.MAX_ROWS || columns > Worksheet.MAX_COLS) {
      throw new DtiException(String.format(Locale.ROOT, "%s need a sheet of %,d rows and %,d columns; an XLSX sheet"
          + " holds at most %,d rows and %,d columns (write CSV or JSON instead)", what, rows, columns,
          Worksheet.MAX_ROWS, Worksheet.MAX_COLS));
    }
  }

  /** Called after each row: sends full batches of rows to the output. */
  private static void rowDone(Worksheet ws, int rowsWritten) throws IOException {
    if (rowsWritten % BATCH == 0) {
      ws.flush();
    }
  }

  /**
   * Writes a dataset as a workbook: the wide layout, one sheet per period (named after it, "data" for an unnamed
   * period), or the long layout on one sheet "data" when an observation is a ratio or a category or has a source, evidence or a note, or when a period
   * cannot be a sheet name as it is (longer than 31 characters, with one of {@code : \ / ? * [ ]}, "History", or
   * equal to another ignoring case).
   *
   * @param d the dataset, not null
   * @param out the stream, not null; flushed, not closed
   * @throws IOException if the stream cannot be written
   * @throws DtiException if a sheet would exceed the rows or columns an XLSX sheet holds (nothing is written)
   */
  public static void dataset(Dataset d, OutputStream out) throws IOException {
    checkDataset(d);
    workbook(out, wb -> dataset(wb, d));
  }

  private static void dataset(Workbook wb, Dataset d) throws IOException {
    if (!plain(d) || !periodsNameSheets(d)) {
      longSheet(wb, d);
      return;
    }
    for (String period : d.periods()) {
      wideSheet(wb, d, period);
    }
  }

  private static void checkDataset(Dataset d) {
    if (!plain(d) || !periodsNameSheets(d)) {
      fits("the dataset's " + d.size() + " observations", d.size() + 1L, 10);
      return;
    }
    for (String period : d.periods()) {
      fits("the dataset's " + d.indicators(period).size() + " indicators", d.units().size() + 1L,
          d.indicators(period).size() + 3L);
    }
  }

  /**
   * Whether every period can name its sheet exactly as it is under Excel's rules ({@link SheetNames}): else a period
   * such as "2023/24" would come back from {@link XlsxDatasetReader#readSheetPerPeriod} as another period, so the
   * dataset is written in the long layout, which keeps periods in a column.
   */
  private static boolean periodsNameSheets(Dataset d) {
    SheetNames names = new SheetNames();
    for (String period : d.periods()) {
      String wanted = period.isEmpty() ? "data" : period;
      if (!names.next(wanted).equals(wanted)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether every observation is a plain value (no ratio, no category) with nothing else to keep (no source, evidence
   * or note, which only the long layout has columns for).
   */
  private static boolean plain(Dataset d) {
    for (String period : d.periods()) {
      for (String indicator : d.indicators(period)) {
        for (Unit u : d.units()) {
          Optional<Observation> o = d.observation(u.code(), indicator, period);
          if (o.isPresent() && (o.get().measure().value().isEmpty() || o.get().provenance().isPresent()
              || o.get().evidence().isPresent() || o.get().note().isPresent())) {
            return false;
          }
        }
      }
    }
    return true;
  }

  /** Every observation, by period, then indicator, then unit (the order of {@link Dataset#observations()}). */
  private static void longSheet(Workbook wb, Dataset d) throws IOException {
    Worksheet ws = wb.newWorksheet("data");
    header(ws, List.of("unit", "indicator", "value", "period", "numerator", "denominator", "category", "source",
        "evidence", "note"));
    int row = 1;
    for (String period : d.periods()) {
      for (String indicator : d.indicators(period)) {
        for (Unit u : d.units()) {
          Optional<Observation> found = d.observation(u.code(), indicator, period);
          if (found.isEmpty()) {
            continue;
          }
          Observation o = found.get();
          Measure m = o.measure();
          ws.value(row, 0, o.unit());
          ws.value(row, 1, o.indicator());
          if (m.value().isPresent()) {
            ws.value(row, 2, m.value().getAsDouble());
          }
          if (!o.period().isEmpty()) {
            ws.value(row, 3, o.period());
          }
          if (m.numerator().isPresent()) {
            ws.value(row, 4, m.numerator().getAsDouble());
            ws.value(row, 5, m.denominator().getAsDouble());
          }
          if (m.category().isPresent()) {
            ws.value(row, 6, m.category().get());
          }
          if (o.provenance().isPresent()) {
            ws.value(row, 7, o.provenance().get().name().toLowerCase(Locale.ROOT));
          }
          if (o.evidence().isPresent()) {
            ws.value(row, 8, o.evidence().get());
          }
          if (o.note().isPresent()) {
            ws.value(row, 9, o.note().get());
          }
          row++;
          rowDone(ws, row);
        }
      }
    }
    ws.finish();
  }

  private static void wideSheet(Workbook wb, Dataset d, String period) throws IOException {
    Worksheet ws = wb.newWorksheet(period.isEmpty() ? "data" : period);
    List<String> indicators = d.indicators(period);
    boolean groups = d.units().stream().anyMatch(u -> u.group().isPresent());
    List<String> head = new ArrayList<>(List.of("unit", "uName"));
    if (groups) {
      head.add("group");
    }
    head.addAll(indicators);
    header(ws, head);
    int r = 1;
    for (Unit u : d.units()) {
      if (indicators.stream().noneMatch(i -> d.observation(u.code(), i, period).isPresent())) {
        continue;
      }
      ws.value(r, 0, u.code());
      ws.value(r, 1, u.name());
      int c = 2;
      if (groups) {
        ws.value(r, c++, u.group().orElse(""));
      }
      for (String i : indicators) {
        Optional<Observation> o = d.observation(u.code(), i, period);
        if (o.isPresent()) {
          ws.value(r, c, o.get().measure().value().getAsDouble());
        }
        c++;
      }
      r++;
      rowDone(ws, r);
    }
    ws.finish();
  }

  /**
   * A dataset as workbook bytes ({@link #dataset(Dataset, OutputStream)}).
   *
   * @param d the dataset, not null
   * @return the bytes, not null
   * @throws DtiException if a sheet would exceed the rows or columns an XLSX sheet holds
   */
  public static byte[] dataset(Dataset d) {
    checkDataset(d);
    return bytes(wb -> dataset(wb, d));
  }

  /**
   * Writes results as a workbook in the framework's language ({@link Language#forFramework(Framework)}: Vietnamese
   * for every built-in framework): {@link #results(Results, Language, OutputStream)}.
   *
   * @param results the results, not null
   * @param out the stream, not null; flushed, not closed
   * @throws IOException if the stream cannot be written
   * @throws DtiException if a sheet would exceed the rows or columns an XLSX sheet holds (nothing is written)
   */
  public static void results(Results results, OutputStream out) throws IOException {
    results(results, Language.forFramework(results.framework()), out);
  }

  /**
   * Writes results as a workbook: first the ranking sheet, named "Bảng xếp hạng" or "Ranking" (unit, name, then
   * value and rank of every node, by the index's rank), then one sheet per pillar named after the pillar in the
   * language, e.g. "Chính quyền số" or "Digital government" (unit, name, value, rank, sorted by the pillar's rank).
   * Sheet names follow Excel's rules (at most 31 characters, none of {@code : \ / ? * [ ]}, unique ignoring case;
   * a pillar whose name is blank once cleaned is named by its code); the header cells keep the node codes
   * ({@code gov}, {@code gov_rank}), which is what {@link XlsxReaders#results(String, byte[])} reads.
   *
   * @param results the results, not null
   * @param language the language of the sheet names, not null
   * @param out the stream, not null; flushed, not closed
   * @throws IOException if the stream cannot be written
   * @throws DtiException if a sheet would exceed the rows or columns an XLSX sheet holds (nothing is written)
   */
  public static void results(Results results, Language language, OutputStream out) throws IOException {
    Objects.requireNonNull(language, "language");
    checkResults(results);
    workbook(out, wb -> results(wb, results, language));
  }

  /**
   * Results as workbook bytes in the framework's language ({@link #results(Results, OutputStream)}).
   *
   * @param results the results, not null
   * @return the bytes, not null
   * @throws DtiException if a sheet would exceed the rows or columns an XLSX sheet holds
   */
  public static byte[] results(Results results) {
    return results(results, Language.forFramework(results.framework()));
  }

  /**
   * Results as workbook bytes ({@link #results(Results, Language, OutputStream)}).
   *
   * @param results the results, not null
   * @param language the language of the sheet names, not null
   * @return the bytes, not null
   * @throws DtiException if a sheet would exceed the rows or columns an XLSX sheet holds
   */
  public static byte[] results(Results results, Language language) {
    Objects.requireNonNull(language, "language");
    checkResults(results);
    return bytes(wb -> results(wb, results, language));
  }

  private static void checkResults(Results results) {
    fits("results of " + results.units().size() + " units and " + results.nodes().size() + " nodes",
        results.units().size() + 1L, 2L + 2L * results.nodes().size());
  }

  private static void results(Workbook wb, Results results, Language language) throws IOException {
    int decimals = results.method().decimals();
    String format = decimals == 0 ? "0" : "0." + "0".repeat(decimals);
    List<Node> nodes = results.nodes();
    SheetNames names = new SheetNames();
    ranking(wb, names.next(Label.RANKING.in(language)), results, nodes, decimals, format);
    for (Node n : nodes) {
      if (n.kind() != NodeKind.PILLAR) {
        continue;
      }
      Worksheet p = wb.newWorksheet(names.next(language.name(n), n.code()));
      header(p, List.of("unit", "name", n.code(), n.code() + "_rank"));
      int pr = 1;
      for (RankedUnit row : results.ranking(n.code())) {
        p.value(pr, 0, row.unit().code());
        p.value(pr, 1, row.unit().name());
        cell(p, pr, 2, row.roundedValue(), format);
        cell(p, pr, 3, row.rank(), "0");
        pr++;
        rowDone(p, pr);
      }
      p.finish();
    }
  }

  /** The ranking sheet: units by the index's rank (else the first node's), every node's value and rank. */
  private static void ranking(Workbook wb, String name, Results results, List<Node> nodes, int decimals,
      String format) throws IOException {
    String root = results.framework().root().code();
    Worksheet ws = wb.newWorksheet(name);
    List<String> head = new ArrayList<>(List.of("unit", "name"));
    boolean hasRoot = false;
    for (Node n : nodes) {
      head.add(n.code());
      head.add(n.code() + "_rank");
      hasRoot |= n.code().equals(root);
    }
    header(ws, head);
    int r = 1;
    for (RankedUnit row : results.ranking(hasRoot ? root : nodes.get(0).code())) {
      // cells by position: no lookup by name per cell
      int u = results.unitIndex(row.unit().code());
      ws.value(r, 0, row.unit().code());
      ws.value(r, 1, row.unit().name());
      int c = 2;
      for (int k = 0; k < nodes.size(); k++) {
        cell(ws, r, c, Numbers.round(results.value(u, k), decimals), format);
        cell(ws, r, c + 1, results.rank(u, k), "0");
        c += 2;
      }
      r++;
      rowDone(ws, r);
    }
    ws.finish();
  }

  private static void cell(Worksheet ws, int r, int c, double v, String format) {
    if (!Double.isNaN(v)) {
      ws.value(r, c, v);
      ws.style(r, c).format(format).set();
    }
  }

  /**
   * Writes a framework as a workbook with one sheet, "khung", in the table layout of provincial decisions
   * ({@link FrameworkTableReader#HEADERS}, rows from {@link FrameworkTableRows}): numbers (maxima, weights, targets,
   * directions) as numbers, everything else as text, including the "?" of a maximum that is not published.
   *
   * @param framework the framework, not null
   * @param out the stream, not null; flushed, not closed
   * @throws IOException if the stream cannot be written
   * @throws DtiException if a sheet would exceed the rows or columns an XLSX sheet holds (nothing is written)
   */
  public static void framework(Framework framework, OutputStream out) throws IOException {
    fits("the framework's " + framework.nodes().size() + " nodes", framework.nodes().size() + 1L, 15);
    workbook(out, wb -> framework(wb, framework));
  }

  /**
   * A framework as workbook bytes ({@link #framework(Framework, OutputStream)}).
   *
   * @param framework the framework, not null
   * @return the bytes, not null
   * @throws DtiException if a sheet would exceed the rows or columns an XLSX sheet holds
   */
  public static byte[] framework(Framework framework) {
    fits("the framework's " + framework.nodes().size() + " nodes", framework.nodes().size() + 1L, 15);
    return bytes(wb -> framework(wb, framework));
  }

  private static void framework(Workbook wb, Framework framework) throws IOException {
    Worksheet ws = wb.newWorksheet("khung");
    header(ws, FrameworkTableReader.HEADERS);
    ws.width(1, 60);
    ws.width(3, 60);
    int r = 1;
    for (FrameworkTableRows.Row row : FrameworkTableRows.of(framework)) {
      int c = 0;
      for (FrameworkTableRows.Cell cell : row.cells()) {
        switch (cell.type()) {
          case NUMBER -> ws.value(r, c, cell.number());
          case TEXT -> ws.value(r, c, cell.text());
          default -> {
            // an empty cell is left out
          }
        }
        c++;
      }
      r++;
      rowDone(ws, r);
    }
    ws.finish();
  }

  /**
   * Writes results to a file in the framework's language ({@link #results(Results, OutputStream)}).
   *
   * @param results the results, not null
   * @param file the target, not null
   * @throws IOException if the file cannot be written
   */
  public static void write(Results results, Path file) throws IOException {
    OutputFiles.write(file, out -> results(results, out));
  }

  /**
   * Writes results to a file ({@link #results(Results, Language, OutputStream)}).
   *
   * @param results the results, not null
   * @param language the language of the sheet names, not null
   * @param file the target, not null
   * @throws IOException if the file cannot be written
   */
  public static void write(Results results, Language language, Path file) throws IOException {
    Objects.requireNonNull(language, "language");
    OutputFiles.write(file, out -> results(results, language, out));
  }

  /**
   * Writes a dataset to a file ({@link #dataset(Dataset, OutputStream)}).
   *
   * @param d the dataset, not null
   * @param file the target, not null
   * @throws IOException if the file cannot be written
   */
  public static void write(Dataset d, Path file) throws IOException {
    OutputFiles.write(file, out -> dataset(d, out));
  }

  /**
   * Writes a framework table to a file ({@link #framework(Framework, OutputStream)}).
   *
   * @param framework the framework, not null
   * @param file the target, not null
   * @throws IOException if the file cannot be written
   */
  public static void write(Framework framework, Path file) throws IOException {
    OutputFiles.write(file, out -> framework(framework, out));
  }

  /**
   * Writes bytes from one of the methods above to a file.
   *
   * @param content the workbook bytes, not null
   * @param file the target, not null
   * @throws IOException if the file cannot be written
   */
  public static void write(byte[] content, Path file) throws IOException {
    OutputFiles.write(file, out -> out.write(content));
  }
}
