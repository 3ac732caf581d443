package org.opendti.examples;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.opendti.Dataset;
import org.opendti.DtiException;
import org.opendti.Frameworks;
import org.opendti.Numbers;
import org.opendti.engine.Results;
import org.opendti.engine.ScoringEngine;
import org.opendti.io.DataFormatException;
import org.opendti.io.NumberStyle;
import org.opendti.io.SourceLocation;
import org.opendti.io.csv.CsvOptions;
import org.opendti.io.xlsx.XlsxDatasetReader;

/**
 * A workbook as officials type it: one row per province, one column per main indicator, numbers typed as text in the
 * Vietnamese style ({@code 0,8253}, {@code 98,5%}). Read with {@link NumberStyle#VIETNAMESE} it scores; read in the
 * default style it is refused with the cell and a hint, never guessed. A copy with one bad cell ("chưa có", "not yet
 * available", typed where a number belongs) shows what an error names: the file, the sheet, the row and column, the
 * value as typed and what was expected ({@link DataFormatException#location()},
 * {@link DataFormatException#rawValue()}).
 */
public final class ReadVietnameseWorkbook {
  private ReadVietnameseWorkbook() {}

  private static final List<String> INDICATORS = List.of("awareness", "institutions", "infrastructure",
      "human_resources", "cybersecurity", "gov_activity", "econ_activity", "society_activity");

  /**
   * The workbook: sheet "DTI 2022", header {@code unit} and the eight main indicators, three provinces.
   *
   * @return the XLSX bytes, not null
   * @throws IOException if the workbook cannot be built
   */
  public static byte[] workbook() throws IOException {
    return workbook(ROWS);
  }

  /** The file name the bad workbook is read under, as a user's file would be. */
  static final String BAD_FILE = "dti-2022-tinh.xlsx";

  private static final String[][] ROWS = {
      {"TP. Đà Nẵng", "1", "90%", "0,8253", "0,8487", "0,7578", "0,8575", "0,7836", "0,5197"},
      {"Thanh Hoá", "0,75", "0,7", "0,65", "0,6", "0,55", "0,7", "0,6", "0,5"},
      {"Thừa Thiên - Huế", "0,9", "0,85", "0,8", "0,75", "0,7", "0,8", "0,7", "0,6"}};

  /**
   * The same workbook with one bad cell: Thanh Hoá's {@code cybersecurity} (row 3, column F) reads "chưa có" (not yet
   * available) instead of a number.
   *
   * @return the XLSX bytes, not null
   * @throws IOException if the workbook cannot be built
   */
  public static byte[] workbookWithABadCell() throws IOException {
    String[][] rows = new String[ROWS.length][];
    for (int r = 0; r < ROWS.length; r++) {
      rows[r] = ROWS[r].clone();
    }
    rows[1][INDICATORS.indexOf("cybersecurity") + 1] = "chưa có";
    return workbook(rows);
  }

  /**
   * Reads {@link #workbookWithABadCell()} in the Vietnamese number style and returns the error the reader gives.
   *
   * @return the error, naming file, sheet, row, column, raw value and what was expected, not null
   * @throws IOException if the workbook cannot be built
   */
  public static DataFormatException badCell() throws IOException {
    try {
      XlsxDatasetReader.of(CsvOptions.builder().numberStyle(NumberStyle.VIETNAMESE).build())
          .read(BAD_FILE, workbookWithABadCell(), Optional.empty());
    } catch (DataFormatException e) {
      return e;
    }
    throw new IllegalStateException("the reader accepted \"chưa có\" as a number");
  }

  private static byte[] workbook(String[][] rows) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Workbook wb = new Workbook(bytes, "DTI SDK example", "1.0");
    Worksheet ws = wb.newWorksheet("DTI 2022");
    ws.value(0, 0, "unit");
    for (int c = 0; c < INDICATORS.size(); c++) {
      ws.value(0, c + 1, INDICATORS.get(c));
    }
    for (int r = 0; r < rows.length; r++) {
      for (int c = 0; c < rows[r].length; c++) {
        ws.value(r + 1, c, rows[r][c]);
      }
    }
    wb.finish();
    return bytes.toByteArray();
  }

  /**
   * Reads the workbook in the Vietnamese number style and scores it.
   *
   * @return the results, not null
   * @throws IOException if the workbook cannot be built
   */
  public static Results score() throws IOException {
    Dataset d = XlsxDatasetReader.of(CsvOptions.builder().numberStyle(NumberStyle.VIETNAMESE).build())
        .read("dti-2022.xlsx", workbook(), Optional.empty());
    return ScoringEngine.official().score(Frameworks.pdti2022(), d);
  }

  /**
   * What the default number style says about the same workbook.
   *
   * @return the error message, not null
   * @throws IOException if the workbook cannot be built
   */
  public static String defaultStyleError() throws IOException {
    try {
      XlsxDatasetReader.of(CsvOptions.defaults()).read("dti-2022.xlsx", workbook(), Optional.empty());
      throw new IllegalStateException("the default style accepted Vietnamese numbers");
    } catch (DtiException e) {
      return e.getMessage();
    }
  }

  /**
   * Prints the ranking, the default style's first error, and the located error of the workbook with a bad cell.
   *
   * @param out where to print, not null
   * @throws IOException if the workbook cannot be built
   */
  public static void print(PrintStream out) throws IOException {
    Results r = score();
    r.ranking("dti").forEach(row -> out.printf("%s. %s  %s%n", Numbers.plain(row.rank()), row.unit().name(),
        Numbers.format(row.roundedValue(), 4)));
    List<String> lines = defaultStyleError().lines().toList();
    out.println("default style: " + lines.get(0));
    if (lines.size() > 1) {
      out.println("  first: " + lines.get(1));
    }
    DataFormatException e = badCell();
    SourceLocation at = e.location();
    out.printf("bad cell: file %s, sheet %s, row %d, column %s, value \"%s\"%n", at.source(),
        at.sheet().orElse("-"), at.row(), at.column().orElse("-"), e.rawValue());
    out.println("  message: " + e.getMessage());
  }

  /**
   * Runs the example.
   *
   * @param args ignored
   * @throws IOException if the workbook cannot be built
   */
  public static void main(String[] args) throws IOException {
    print(System.out);
  }
}
