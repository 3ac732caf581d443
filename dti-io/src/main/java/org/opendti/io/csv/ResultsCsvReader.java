package org.opendti.io.csv;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opendti.DtiException;
import org.opendti.ProblemsException;
import org.opendti.io.DataFormatException;
import org.opendti.io.NumberStyle;
import org.opendti.io.ResultTable;

/**
 * Reads back what {@link ResultsCsvWriter} writes: {@code unit}, then {@code <code>} and {@code <code>_rank} per node
 * (a {@code dti_class} column is accepted and ignored).
 *
 * <p>This class is stateless and thread-safe.
 */
public final class ResultsCsvReader {
  private ResultsCsvReader() {}

  /**
   * Reads a results table.
   *
   * @param source the name used in error messages, not null
   * @param content the bytes, not null
   * @return the table, not null
   * @throws DtiException if the content is not a results table
   */
  public static ResultTable read(String source, byte[] content) {
    return read(CsvTable.parse(source, content, CsvOptions.defaults()));
  }

  /**
   * Reads a results table from a table: a CSV file, or the ranking sheet of a results workbook (its {@code name}
   * column, if any, is ignored).
   *
   * @param table the table, positioned after its header, not null; not closed
   * @return the table, not null
   * @throws IOException if the table cannot be read
   * @throws DtiException if the content is not a results table
   */
  public static ResultTable read(org.opendti.io.table.TableReader table) throws IOException {
    return read(CsvTable.of(table));
  }

  private static ResultTable read(CsvTable t) {
    List<DtiException> problems = new ArrayList<>(t.problems);
    if (t.header.isEmpty() || !t.header.get(0).equals("unit")) {
      throw new DataFormatException(t.source.row(1), String.join(",", t.header), "expected 'unit' first");
    }
    List<String> nodes = new ArrayList<>();
    for (int c = 1; c < t.header.size(); c++) {
      String h = t.header.get(c);
      if (c == 1 && h.equals("name")) {
        continue;
      }
      if (!h.endsWith("_rank") && !h.equals("dti_class")) {
        if (c + 1 >= t.header.size() || !t.header.get(c + 1).equals(h + "_rank")) {
          problems.add(new DataFormatException(t.source.row(1).column(h), h, "expected '" + h + "_rank' next"));
        }
        nodes.add(h);
      }
    }
    ProblemsException.throwIfAny(problems);
    List<String> units = new ArrayList<>();
    Map<String, Map<String, ResultTable.Cell>> cells = new LinkedHashMap<>();
    for (int r = 0; r < t.rows.size(); r++) {
      String[] row = t.rows.get(r);
      Map<String, ResultTable.Cell> out = new LinkedHashMap<>();
      for (String n : nodes) {
        int c = t.column(n);
        out.put(n, new ResultTable.Cell(number(t, r, c, row[c], problems), number(t, r, c + 1, row[c + 1],
            problems)));
      }
      units.add(row[0]);
      cells.put(row[0], out);
    }
    ProblemsException.throwIfAny(problems);
    return ResultTable.of(units, nodes, cells);
  }

  private static double number(CsvTable t, int r, int c, String cell, List<DtiException> problems) {
    if (cell.isEmpty()) {
      return Double.NaN;
    }
    try {
      return t.number(r, c, NumberStyle.DEFAULT);
    } catch (IllegalArgumentException e) {
      problems.add(new DataFormatException(t.at(r, c), cell, e.getMessage()));
      return Double.NaN;
    }
  }

}
