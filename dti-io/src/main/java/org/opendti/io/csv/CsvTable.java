package org.opendti.io.csv;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.opendti.DtiException;
import org.opendti.io.DataFormatException;
import org.opendti.io.NumberStyle;
import org.opendti.io.SourceLocation;
import org.opendti.io.table.CellType;
import org.opendti.io.table.TableReader;
import org.opendti.io.table.Tables;

/**
 * A small table held in memory for the layouts that look at rows more than once (framework tables, iMeta, results):
 * every row's text with its row number, and the value of number cells (workbooks), read from a {@link TableReader}.
 * Booleans, error values and formulas without value are errors at their cell as they are read.
 */
final class CsvTable {
  final SourceLocation source;
  final List<String> header;
  final List<String[]> rows = new ArrayList<>();
  final List<Integer> rowNumbers = new ArrayList<>();
  /** Per row, the value of each number cell (NaN for other cells), or null when the row has no number cell. */
  private final List<double[]> numbers = new ArrayList<>();
  /** Shape problems (ragged rows, bad headers, unreadable cells); readers add their own and throw them together. */
  final List<DtiException> problems = new ArrayList<>();
  private final TableReader table;

  private CsvTable(TableReader table) throws IOException {
    this.table = table;
    this.source = table.source();
    this.header = table.header();
    int width = header.size();
    while (table.next()) {
      String[] row = new String[width];
      double[] nums = null;
      for (int c = 0; c < width; c++) {
        try {
          row[c] = table.string(c);
        } catch (DataFormatException e) {
          problems.add(e);
          row[c] = "";
        }
        if (table.type(c) == CellType.NUMBER) {
          if (nums == null) {
            nums = new double[width];
            java.util.Arrays.fill(nums, Double.NaN);
          }
          nums[c] = table.number(c, NumberStyle.DEFAULT);
        }
      }
      for (int c = width; c < table.width(); c++) {
        if (!table.isEmpty(c)) {
          problems.add(new DataFormatException(table.at(c), table.text(c), "a value outside the table: the header"
              + " has " + width + " columns"));
          break;
        }
      }
      rows.add(row);
      rowNumbers.add(table.row());
      numbers.add(nums);
    }
    problems.addAll(0, table.problems());
  }

  /** Reads every row of a table (a CSV file or a workbook sheet). */
  static CsvTable of(TableReader table) throws IOException {
    return new CsvTable(table);
  }

  static CsvTable parse(String sourceName, byte[] bytes, CsvOptions options) {
    try (TableReader t = Tables.csv(sourceName, new ByteArrayInputStream(bytes), options.charset(),
        options.delimiter(), options.maxFieldLength())) {
      return new CsvTable(t);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The position of a column by header (ignoring case), or −1. */
  int column(String... names) {
    return table.column(names);
  }

  /**
   * A cell as a number: a number cell's value, a text cell parsed in the style.
   *
   * @throws IllegalArgumentException with the style's message if the text is not a number
   */
  double number(int row, int column, NumberStyle style) {
    double[] nums = numbers.get(row);
    if (nums != null && !Double.isNaN(nums[column])) {
      return nums[column];
    }
    return style.parse(rows.get(row)[column]);
  }

  SourceLocation at(int row, int column) {
    String name = column < header.size() && !header.get(column).isEmpty() ? header.get(column) : "#" + (column + 1);
    return source.row(rowNumbers.get(row)).column(name);
  }
}
