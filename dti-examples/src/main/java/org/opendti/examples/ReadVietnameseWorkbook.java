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
import org.opendti.Results;
import org.opendti.ScoringEngine;
import org.opendti.io.NumberStyle;
import org.opendti.io.csv.CsvOptions;
import org.opendti.io.xlsx.XlsxDatasetReader;

/**
 * A workbook as officials type it: one row per province, one column per main indicator, numbers typed as text in the
 * Vietnamese style ({@code 0,8253}, {@code 98,5%}). Read with {@link NumberStyle#VIETNAMESE} it scores; read in the
 * default style it is refused with the cell and a hint, never guessed.
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
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Workbook wb = new Workbook(bytes, "DTI SDK example", "1.0");
    Worksheet ws = wb.newWorksheet("DTI 2022");
    ws.value(0, 0, "unit");
    for (int c = 0; c < INDICATORS.size(); c++) {
      ws.value(0, c + 1, INDICATORS.get(c));
    }
    String[][] rows = {
        {"TP. Đà Nẵng", "1", "90%", "0,8253", "0,8487", "0,7578", "0,8575", "0,7836", "0,5197"},
        {"Thanh Hoá", "0,75", "0,7", "0,65", "0,6", "0,55", "0,7", "0,6", "0,5"},
        {"Thừa Thiên - Huế", "0,9", "0,85", "0,8", "0,75", "0,7", "0,8", "0,7", "0,6"}};
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
   * Prints the ranking and the default style's error.
   *
   * @param out where to print, not null
   * @throws IOException if the workbook cannot be built
   */
  public static void print(PrintStream out) throws IOException {
    Results r = score();
    r.ranking("dti").forEach(row -> out.printf("%s. %s  %s%n", Numbers.plain(row.rank()), row.unit().name(),
        Numbers.format(row.roundedValue(), 4)));
    out.println("default style: " + defaultStyleError().lines().findFirst().orElse(""));
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
