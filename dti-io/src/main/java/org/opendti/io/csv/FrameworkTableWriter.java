package org.opendti.io.csv;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.opendti.Direction;
import org.opendti.Framework;
import org.opendti.Node;
import org.opendti.Numbers;
import org.opendti.io.OutputFiles;

/**
 * Writes a framework as the table provincial decisions publish ({@link FrameworkTableReader#HEADERS}), so an official
 * can edit it in a spreadsheet and read it back with {@link FrameworkTableReader}.
 *
 * <p>Rows follow the DAG from the index: main indicators are numbered 1, 2, …; their components 1.1, 1.2, … . A node
 * that feeds several parents is written once, under its first parent, and its column "Thuộc" lists all its parents.
 * Nodes outside the index's tree (the pillars of Decision 922, which are computed from main indicators that also feed
 * the index directly) are numbered I, II, III. An indicator whose maximum is not published is written with "?" as
 * its maximum. The first row, "Tổng cộng", is the index itself. The SDK's optional
 * columns (rule, code, kind, parents, English name, weight, target, direction, aliases) carry everything else a node
 * holds, so {@code read(write(f))} has the same nodes as {@code f}. Framework-level facts (instrument, years, ranking
 * groups) are not part of this layout; JSON and YAML definitions carry them. Written with a UTF-8 byte-order mark so
 * Excel shows Vietnamese correctly.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class FrameworkTableWriter {
  private FrameworkTableWriter() {}

  /**
   * The table as CSV text (without the byte-order mark).
   *
   * @param framework the framework, not null
   * @return the text, not null
   */
  public static String toCsv(Framework framework) {
    StringBuilder sb = new StringBuilder(String.join(",", FrameworkTableReader.HEADERS)).append('\n');
    Node root = framework.root();
    row(framework, root, FrameworkTableReader.TOTAL, false, sb);
    Set<String> written = new HashSet<>();
    written.add(root.code());
    write(framework, root, "", sb, written);
    int roman = 0;
    for (Node n : framework.nodes()) {
      if (n.parents().isEmpty() && written.add(n.code())) {
        roman++;
        String stt = FrameworkTableReader.roman(roman);
        row(framework, n, stt, false, sb);
        write(framework, n, stt, sb, written);
      }
    }
    return sb.toString();
  }

  private static void write(Framework f, Node parent, String prefix, StringBuilder sb, Set<String> written) {
    int k = 0;
    for (Node n : f.children(parent.code())) {
      if (!n.parents().get(0).equalsIgnoreCase(parent.code()) || !written.add(n.code())) {
        continue;
      }
      k++;
      String stt = prefix.isEmpty() ? String.valueOf(k) : prefix + "." + k;
      row(f, n, stt, !(n.parents().size() == 1 && n.parents().get(0).equalsIgnoreCase(parent.code())), sb);
      write(f, n, stt, sb, written);
    }
  }

  private static void row(Framework f, Node n, String stt, boolean listParents, StringBuilder sb) {
    String max = n.maxPoints().isPresent() ? Numbers.plain(n.maxPoints().getAsDouble())
        : f.children(n.code()).isEmpty() && n.weight().isEmpty() ? FrameworkTableReader.UNKNOWN : "";
    List<String> cells = List.of(stt, n.nameVi(), max, n.description().orElse(""), n.evidence().orElse(""),
        n.dataSource().orElse(""), n.scoringRule().map(r -> r.spec()).orElse(""), n.code(),
        FrameworkTableReader.kindLabel(n.kind()), listParents ? String.join("; ", n.parents()) : "",
        n.nameEn().equals(n.nameVi()) ? "" : n.nameEn(),
        n.weight().isPresent() ? Numbers.plain(n.weight().getAsDouble()) : "",
        n.target().isPresent() ? Numbers.plain(n.target().getAsDouble()) : "",
        n.direction() == Direction.NEGATIVE ? "-1" : "",
        String.join("; ", n.aliases()));
    for (int i = 0; i < cells.size(); i++) {
      sb.append(i == 0 ? "" : ",").append(cell(cells.get(i)));
    }
    sb.append('\n');
  }

  private static String cell(String s) {
    if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains(";")) {
      return '"' + s.replace("\"", "\"\"") + '"';
    }
    return s;
  }

  /**
   * Writes the table to a file atomically, with a UTF-8 byte-order mark.
   *
   * @param framework the framework, not null
   * @param file the target, not null
   * @throws IOException if the file cannot be written
   */
  public static void write(Framework framework, Path file) throws IOException {
    byte[] body = toCsv(framework).getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[body.length + 3];
    out[0] = (byte) 0xEF;
    out[1] = (byte) 0xBB;
    out[2] = (byte) 0xBF;
    System.arraycopy(body, 0, out, 3, body.length);
    OutputFiles.write(file, out);
  }
}
