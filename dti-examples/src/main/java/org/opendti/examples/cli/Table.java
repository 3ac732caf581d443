package org.opendti.examples.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table with aligned columns; numbers right-aligned, text left-aligned. Every cell is shown with its
 * control characters escaped ({@link Terminal#escape}), so a hostile unit name cannot move the cursor or reorder the
 * text on a terminal.
 */
final class Table {
  private final List<String> header;
  private final boolean[] right;
  private final List<List<String>> rows = new ArrayList<>();

  Table(List<String> header, boolean... rightAligned) {
    this.header = escaped(header);
    this.right = rightAligned;
  }

  void add(List<String> row) {
    rows.add(escaped(row));
  }

  private static List<String> escaped(List<String> cells) {
    return cells.stream().map(Terminal::escape).toList();
  }

  private static String pad(String s, int w, boolean right) {
    String fill = " ".repeat(Math.max(0, w - Terminal.displayWidth(s)));
    return right ? fill + s : s + fill;
  }

  /** The table with every column as wide as its widest cell, however wide that is. */
  String render() {
    return aligned(header.size());
  }

  /**
   * The table in lines of at most {@code width} columns: as it is when it fits; else the first columns that fit as a
   * table, each row followed by its other cells as indented, wrapped {@code header: value} lines; else each row as a
   * block of such lines.
   */
  String render(int width) {
    for (int keep = header.size(); keep >= 1; keep--) {
      String table = aligned(keep);
      if (fits(table, width)) {
        return keep == header.size() ? table : underneath(table, keep, width);
      }
    }
    return records(width);
  }

  private static boolean fits(String text, int width) {
    return widest(text) <= width;
  }

  private static int widest(String text) {
    return text.lines().mapToInt(Terminal::displayWidth).max().orElse(0);
  }

  private String aligned(int columns) {
    int[] w = new int[columns];
    for (int c = 0; c < w.length; c++) {
      w[c] = Terminal.displayWidth(header.get(c));
      for (List<String> r : rows) {
        w[c] = Math.max(w[c], Terminal.displayWidth(r.get(c)));
      }
    }
    StringBuilder sb = new StringBuilder();
    line(sb, header, w);
    for (int c = 0; c < w.length; c++) {
      sb.append(c == 0 ? "" : "  ").append("-".repeat(w[c]));
    }
    sb.append('\n');
    for (List<String> r : rows) {
      line(sb, r, w);
    }
    return sb.toString();
  }

  /** The first {@code keep} columns as a table, each row followed by its other cells as labelled lines. */
  private String underneath(String table, int keep, int width) {
    List<String> lines = table.lines().toList();
    StringBuilder sb = new StringBuilder();
    sb.append(lines.get(0)).append('\n').append(lines.get(1)).append('\n');
    for (int i = 0; i < rows.size(); i++) {
      sb.append(lines.get(i + 2)).append('\n');
      for (int c = keep; c < header.size(); c++) {
        labelled(sb, c, rows.get(i).get(c), "    ", width);
      }
    }
    return sb.toString();
  }

  /** {@code header: value}, indented and wrapped; nothing for an empty cell, as in the table. */
  private void labelled(StringBuilder sb, int column, String value, String indent, int width) {
    if (value.isEmpty()) {
      return;
    }
    for (String l : Terminal.wrap(indent + header.get(column) + ": " + value, width, indent + "  ")) {
      sb.append(l.stripTrailing()).append('\n');
    }
  }

  /** One block per row: its first cell, then {@code header: value} lines, indented and wrapped. */
  private String records(int width) {
    StringBuilder sb = new StringBuilder();
    for (List<String> r : rows) {
      if (sb.length() > 0) {
        sb.append('\n');
      }
      for (String l : Terminal.wrap(r.get(0), width, "    ")) {
        sb.append(l).append('\n');
      }
      for (int c = 1; c < header.size(); c++) {
        labelled(sb, c, r.get(c), "  ", width);
      }
    }
    return sb.toString();
  }

  private void line(StringBuilder sb, List<String> cells, int[] w) {
    StringBuilder l = new StringBuilder();
    for (int c = 0; c < w.length; c++) {
      l.append(c == 0 ? "" : "  ").append(pad(cells.get(c), w[c], c < right.length && right[c]));
    }
    sb.append(l.toString().stripTrailing()).append('\n');
  }
}
