package org.opendti.io.csv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.opendti.Direction;
import org.opendti.DtiException;
import org.opendti.Framework;
import org.opendti.InvalidFrameworkException;
import org.opendti.Node;
import org.opendti.NodeKind;
import org.opendti.ProblemsException;
import org.opendti.io.DataFormatException;

/**
 * Reads a framework from COINr's iMeta table: {@code iCode, Level, Parent, Weight, Direction}, optionally
 * {@code iName, Type, Unit, Target}. Level 1 rows are indicators (leaves); the one row with an empty parent is the
 * index; the level below it holds the pillars. Weights become node weights (used by
 * {@link org.opendti.method.WeightingScheme#official()} in a framework without points), Direction −1 marks a
 * lower-is-better indicator, and Target feeds the distance-to-target normaliser.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CoinrMetaReader {
  private final CsvOptions options;

  private CoinrMetaReader(CsvOptions options) {
    this.options = options;
  }

  /**
   * A reader.
   *
   * @param options the options, not null
   * @return the reader, not null
   */
  public static CoinrMetaReader of(CsvOptions options) {
    return new CoinrMetaReader(Objects.requireNonNull(options, "options"));
  }

  /**
   * Whether a header is an iMeta header: it has {@code iCode}, {@code Level} and {@code Parent} columns.
   *
   * @param header the header fields, not null
   * @return true for an iMeta table
   */
  public static boolean isMeta(List<String> header) {
    List<String> lower = header.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
    return lower.contains("icode") && lower.contains("level") && lower.contains("parent");
  }

  /**
   * Reads a file; the framework id is the file name without extension.
   *
   * @param file the file, not null
   * @return the framework, not null
   * @throws IOException if the file cannot be read
   * @throws DtiException if the content is bad
   */
  public Framework read(Path file) throws IOException {
    String name = file.getFileName().toString();
    String id = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
    return read(name, id, Files.readAllBytes(file));
  }

  /**
   * Reads bytes.
   *
   * @param source the name used in error messages, not null
   * @param id the framework id, not null
   * @param content the bytes, not null
   * @return the framework, not null
   * @throws DtiException if the content is bad
   */
  public Framework read(String source, String id, byte[] content) {
    return read(id, CsvTable.parse(source, content, options));
  }

  /**
   * Reads iMeta from a table: a CSV file or a workbook sheet.
   *
   * @param id the framework id, not null
   * @param table the table, positioned after its header, not null; not closed
   * @return the framework, not null
   * @throws IOException if the table cannot be read
   * @throws DtiException if the content is bad
   */
  public Framework read(String id, org.opendti.io.table.TableReader table) throws IOException {
    return read(id, CsvTable.of(table));
  }

  private Framework read(String id, CsvTable t) {
    List<DtiException> problems = new ArrayList<>();
    int code = t.column("iCode");
    int level = t.column("Level");
    int parent = t.column("Parent");
    int weight = t.column("Weight");
    int direction = t.column("Direction");
    int name = t.column("iName");
    int type = t.column("Type");
    int unit = t.column("Unit");
    int target = t.column("Target");
    for (String[] need : new String[][] {{"iCode"}, {"Level"}, {"Parent"}, {"Weight"}, {"Direction"}}) {
      if (t.column(need) < 0) {
        problems.add(new DataFormatException(t.source.row(1), String.join(",", t.header), "missing required column '"
            + need[0] + "'"));
      }
    }
    if (!problems.isEmpty()) {
      problems.addAll(t.problems);
      ProblemsException.throwIfAny(problems);
    }
    problems = t.problems;
    if (t.rows.isEmpty()) {
      throw new DataFormatException(t.source, "", "the file has a header but no rows");
    }
    int[] levels = new int[t.rows.size()];
    int top = 0;
    for (int r = 0; r < t.rows.size(); r++) {
      String cell = t.rows.get(r)[level];
      try {
        levels[r] = Integer.parseInt(cell);
        if (levels[r] < 1) {
          throw new NumberFormatException();
        }
        top = Math.max(top, levels[r]);
      } catch (NumberFormatException e) {
        problems.add(new DataFormatException(t.at(r, level), cell, "expected a level 1, 2, 3, ..."));
      }
    }
    ProblemsException.throwIfAny(problems);
    List<Node> nodes = new ArrayList<>();
    for (int r = 0; r < t.rows.size(); r++) {
      String[] row = t.rows.get(r);
      try {
        if (type >= 0 && !row[type].isEmpty() && !row[type].equalsIgnoreCase("Indicator")
            && !row[type].equalsIgnoreCase("Aggregate")) {
          throw new DataFormatException(t.at(r, type), row[type], "only Indicator and Aggregate rows are supported");
        }
        NodeKind kind = row[parent].isEmpty() ? NodeKind.INDEX : levels[r] == 1 ? NodeKind.COMPONENT
            : levels[r] == top - 1 ? NodeKind.PILLAR : NodeKind.AGGREGATE;
        Node.Builder n = Node.builder().code(row[code]).nameVi(name >= 0 && !row[name].isEmpty() ? row[name]
            : row[code]).kind(kind).weight(number(t, r, weight, row[weight])).direction(direction(t, r, direction,
            row[direction]));
        if (!row[parent].isEmpty()) {
          n.addParent(row[parent]);
        }
        if (target >= 0 && !row[target].isEmpty() && !row[target].equals("NA")) {
          n.target(number(t, r, target, row[target]));
        }
        if (unit >= 0 && !row[unit].isEmpty()) {
          n.description("Unit: " + row[unit]);
        }
        nodes.add(n.build());
      } catch (DataFormatException e) {
        problems.add(e);
      } catch (InvalidFrameworkException e) {
        problems.add(new DataFormatException(t.at(r, code), row[code], e.getMessage()));
      }
    }
    ProblemsException.throwIfAny(problems);
    try {
      return Framework.builder().id(id).version("1").nameVi(id).nameEn(id).addAllNodes(nodes).build();
    } catch (InvalidFrameworkException e) {
      for (int r = 0; r < t.rows.size(); r++) {
        if (t.rows.get(r)[code].equals(e.node())) {
          throw new DataFormatException(t.at(r, code), e.node(), e.getMessage());
        }
      }
      throw new DataFormatException(t.source, "", e.getMessage());
    }
  }

  private double number(CsvTable t, int r, int c, String cell) {
    try {
      return t.number(r, c, options.numberStyle());
    } catch (IllegalArgumentException e) {
      throw new DataFormatException(t.at(r, c), cell, e.getMessage());
    }
  }

  private static Direction direction(CsvTable t, int r, int c, String cell) {
    return switch (cell.strip()) {
      case "1" -> Direction.POSITIVE;
      case "-1" -> Direction.NEGATIVE;
      default -> throw new DataFormatException(t.at(r, c), cell, "expected 1 (higher is better) or -1 (lower is"
          + " better)");
    };
  }
}
