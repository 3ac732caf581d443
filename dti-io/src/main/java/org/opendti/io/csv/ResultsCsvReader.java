package org.opendti.io.csv;

import com.google.common.collect.ImmutableMap;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opendti.DtiException;
import org.opendti.ProblemsException;
import org.opendti.io.DataFormatException;
import org.opendti.io.NumberStyle;
import org.opendti.io.ResultTable;
import org.opendti.io.SourceLocation;
import org.opendti.io.table.CellType;
import org.opendti.io.table.TableReader;
import org.opendti.io.table.Tables;

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
    CsvOptions options = CsvOptions.defaults();
    try (TableReader t = Tables.csv(source, new ByteArrayInputStream(content), options.charset(),
        options.delimiter(), options.maxFieldLength())) {
      return read(t);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
  public static ResultTable read(TableReader table) throws IOException {
    List<String> header = table.header();
    if (header.isEmpty() || !header.get(0).equals("unit")) {
      // every row is read before the header is judged, so that a file broken further down fails as it always has
      return read(CsvTable.of(table));
    }
    List<DtiException> headerProblems = new ArrayList<>();
    List<String> nodes = nodes(header, table.source(), headerProblems);
    int[] columns = new int[nodes.size()];
    for (int k = 0; k < columns.length; k++) {
      columns[k] = table.column(nodes.get(k));
    }
    if (!headerProblems.isEmpty() || new HashSet<>(nodes).size() != nodes.size()
        || Arrays.stream(columns).anyMatch(c -> c < 0)) {
      return read(CsvTable.of(table));
    }
    return stream(table, nodes, columns);
  }

  /**
   * Reads the rows of a table with a valid header one at a time, parsing each number in the table's own buffer: the
   * same table, problems and exceptions as {@link #read(CsvTable)} on the whole table, without a string per cell.
   */
  private static ResultTable stream(TableReader t, List<String> nodes, int[] columns) throws IOException {
    int width = t.header().size();
    // the problems reading the table would find (cells that are not text or numbers, values outside the header)
    List<DtiException> cellProblems = new ArrayList<>();
    List<DtiException> numberProblems = new ArrayList<>();
    List<String> units = new ArrayList<>();
    Map<String, Map<String, ResultTable.Cell>> cells = new LinkedHashMap<>();
    while (t.next()) {
      for (int c = 0; c < width; c++) {
        CellType type = t.type(c);
        if (type == CellType.NUMBER) {
          t.number(c, NumberStyle.DEFAULT); // a number cell must be finite, as when the table is held in memory
        } else if (type != CellType.TEXT && type != CellType.EMPTY) {
          try {
            t.string(c);
          } catch (DataFormatException e) {
            cellProblems.add(e);
          }
        }
      }
      for (int c = width; c < t.width(); c++) {
        if (!t.isEmpty(c)) {
          cellProblems.add(new DataFormatException(t.at(c), t.text(c), "a value outside the table: the header"
              + " has " + width + " columns"));
          break;
        }
      }
      CellType unitType = t.type(0);
      String unit = unitType == CellType.TEXT || unitType == CellType.EMPTY || unitType == CellType.NUMBER
          ? t.text(0) : "";
      ImmutableMap.Builder<String, ResultTable.Cell> out = ImmutableMap.builderWithExpectedSize(nodes.size());
      for (int k = 0; k < columns.length; k++) {
        int c = columns[k];
        out.put(nodes.get(k), new ResultTable.Cell(number(t, c, numberProblems), number(t, c + 1,
            numberProblems)));
      }
      units.add(unit);
      cells.put(unit, out.buildOrThrow());
    }
    List<DtiException> problems = new ArrayList<>(t.problems());
    problems.addAll(cellProblems);
    ProblemsException.throwIfAny(problems);
    ProblemsException.throwIfAny(numberProblems);
    return ResultTable.of(units, nodes, cells);
  }

  /** A cell of the current row as a number: NaN when empty or not text or a number (already a problem). */
  private static double number(TableReader t, int c, List<DtiException> problems) {
    CellType type = t.type(c);
    if (type == CellType.NUMBER) {
      return t.number(c, NumberStyle.DEFAULT);
    }
    if (type != CellType.TEXT || t.textIs(c, "")) {
      return Double.NaN;
    }
    try {
      return t.number(c, NumberStyle.DEFAULT);
    } catch (DataFormatException e) {
      problems.add(e);
      return Double.NaN;
    }
  }

  /** The nodes of a header whose first column is {@code unit}, with a problem for each node without its rank. */
  private static List<String> nodes(List<String> header, SourceLocation source, List<DtiException> problems) {
    List<String> nodes = new ArrayList<>();
    for (int c = 1; c < header.size(); c++) {
      String h = header.get(c);
      if (c == 1 && h.equals("name")) {
        continue;
      }
      if (!h.endsWith("_rank") && !h.equals("dti_class")) {
        if (c + 1 >= header.size() || !header.get(c + 1).equals(h + "_rank")) {
          problems.add(new DataFormatException(source.row(1).column(h), h, "expected '" + h + "_rank' next"));
        }
        nodes.add(h);
      }
    }
    return nodes;
  }

  /** Reads a table held in memory: the route of tables whose header is not a valid results header. */
  static ResultTable read(CsvTable t) {
    List<DtiException> problems = new ArrayList<>(t.problems);
    if (t.header.isEmpty() || !t.header.get(0).equals("unit")) {
      throw new DataFormatException(t.source.row(1), String.join(",", t.header), "expected 'unit' first");
    }
    List<String> nodes = nodes(t.header, t.source, problems);
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
