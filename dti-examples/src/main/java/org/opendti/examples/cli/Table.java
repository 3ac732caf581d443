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
   * The table in lines of at most {@code width} columns: as it is when it fits; else the last column goes under
   * each row, indented and wrapped; else each row becomes a block of {@code header: value} lines.
   */
  String render(int width) {
    String all = aligned(header.size());
    if (fits(all, width)) {
      return all;
    }
    int last = header.size() - 1;
    if (last >= 1) {
      String narrow = aligned(last);
      if (fits(narrow, width)) {
        return underneath(narrow, last, width);
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

  /** The first columns as a table, each row followed by its last cell, indented by 4 and wrapped. */
  private String underneath(String narrow, int last, int width) {
    List<String> lines = narrow.lines().toList();
    StringBuilder sb = new StringBuilder();
    sb.append(lines.get(0)).append('\n');
    appendWrapped(sb, header.get(last), width);
    sb.append(lines.get(1)).append('\n');
    for (int i = 0; i < rows.size(); i++) {
      sb.append(lines.get(i + 2)).append('\n');
      if (!rows.get(i).get(last).isEmpty()) {
        appendWrapped(sb, rows.get(i).get(last), width);
      }
    }
    return sb.toString();
  }

  private static void appendWrapped(StringBuilder sb, String text, int width) {
    for (String l : Terminal.wrap("    " + text, width, "    ")) {
      sb.append(l).append('\n');
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
        for (String l : Terminal.wrap("  " + header.get(c) + ": " + r.get(c), width, "      ")) {
          sb.append(l.stripTrailing()).append('\n');
        }
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
