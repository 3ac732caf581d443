package org.opendti.examples.cli;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table with aligned columns; numbers right-aligned, text left-aligned. */
final class Table {
  private final List<String> header;
  private final boolean[] right;
  private final List<List<String>> rows = new ArrayList<>();

  Table(List<String> header, boolean... rightAligned) {
    this.header = header;
    this.right = rightAligned;
  }

  void add(List<String> row) {
    rows.add(row);
  }

  private static int width(String s) {
    return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC).codePointCount(0, s.length());
  }

  private static String pad(String s, int w, boolean right) {
    String fill = " ".repeat(Math.max(0, w - width(s)));
    return right ? fill + s : s + fill;
  }

  String render() {
    int[] w = new int[header.size()];
    for (int c = 0; c < w.length; c++) {
      w[c] = width(header.get(c));
      for (List<String> r : rows) {
        w[c] = Math.max(w[c], width(r.get(c)));
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

  private void line(StringBuilder sb, List<String> cells, int[] w) {
    StringBuilder l = new StringBuilder();
    for (int c = 0; c < w.length; c++) {
      l.append(c == 0 ? "" : "  ").append(pad(cells.get(c), w[c], c < right.length && right[c]));
    }
    sb.append(l.toString().stripTrailing()).append('\n');
  }
}
