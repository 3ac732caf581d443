package org.opendti.io;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.opendti.Node;
import org.opendti.Numbers;
import org.opendti.Unit;
import org.opendti.engine.Results;

/**
 * Results as they appear in a written file: for every unit and node, the published value (rounded) and the rank.
 * What the result writers write and the result readers read back, so a round trip can be checked:
 * {@code ResultTable.of(results, 4).equals(read(write(results)))}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ResultTable {
  /**
   * One cell.
   *
   * @param value the published value, NaN if none
   * @param rank the rank, NaN if none
   */
  public record Cell(double value, double rank) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Cell c && Double.compare(value, c.value) == 0 && Double.compare(rank, c.rank) == 0;
    }

    @Override
    public int hashCode() {
      return Objects.hash(value, rank);
    }
  }

  private final ImmutableList<String> units;
  private final ImmutableList<String> nodes;
  private final ImmutableMap<String, ImmutableMap<String, Cell>> cells;

  private ResultTable(List<String> units, List<String> nodes, Map<String, Map<String, Cell>> cells) {
    this.units = ImmutableList.copyOf(units);
    this.nodes = ImmutableList.copyOf(nodes);
    ImmutableMap.Builder<String, ImmutableMap<String, Cell>> b = ImmutableMap.builder();
    cells.forEach((u, m) -> b.put(u, ImmutableMap.copyOf(m)));
    this.cells = b.buildOrThrow();
  }

  /**
   * The table of some results, values rounded half-up to {@code decimals}.
   *
   * @param results the results, not null
   * @param decimals decimals, 0..12
   * @return the table, not null
   */
  public static ResultTable of(Results results, int decimals) {
    List<String> nodes = results.nodes().stream().map(Node::code).toList();
    Map<String, Map<String, Cell>> cells = new LinkedHashMap<>();
    for (Unit u : results.units()) {
      Map<String, Cell> row = new LinkedHashMap<>();
      for (String n : nodes) {
        row.put(n, new Cell(Numbers.round(results.value(u.code(), n), decimals), results.rank(u.code(), n)));
      }
      cells.put(u.code(), row);
    }
    return new ResultTable(results.units().stream().map(Unit::code).toList(), nodes, cells);
  }

  /**
   * A table from its parts, as readers build it.
   *
   * @param units the unit codes in order, not null
   * @param nodes the node codes in order, not null
   * @param cells unit → node → cell, not null
   * @return the table, not null
   */
  public static ResultTable of(List<String> units, List<String> nodes, Map<String, Map<String, Cell>> cells) {
    return new ResultTable(units, nodes, cells);
  }

  /**
   * The units, in order.
   *
   * @return the unit codes, not null
   */
  public List<String> units() {
    return units;
  }

  /**
   * The nodes, in order.
   *
   * @return the node codes, not null
   */
  public List<String> nodes() {
    return nodes;
  }

  /**
   * One cell.
   *
   * @param unit the unit code, not null
   * @param node the node code, not null
   * @return the cell, not null
   * @throws IllegalArgumentException if the unit or node is not in the table
   */
  public Cell cell(String unit, String node) {
    Map<String, Cell> row = cells.get(unit);
    if (row == null || !row.containsKey(node)) {
      throw new IllegalArgumentException("no cell for unit '" + unit + "', node '" + node + "'");
    }
    return row.get(node);
  }

  /**
   * Tables are equal when they hold the same nodes (in order) and the same cells, whatever the order of the units
   * (a ranking sheet lists them by rank).
   *
   * @param o the other object
   * @return whether they are equal
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof ResultTable t && nodes.equals(t.nodes) && cells.equals(t.cells);
  }

  @Override
  public int hashCode() {
    return Objects.hash(nodes, cells);
  }

  @Override
  public String toString() {
    return "ResultTable{" + units.size() + " units × " + nodes.size() + " nodes}";
  }
}
