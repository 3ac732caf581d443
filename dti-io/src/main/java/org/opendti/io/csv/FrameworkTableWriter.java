package org.opendti.io.csv;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opendti.Framework;
import org.opendti.Node;
import org.opendti.Numbers;
import org.opendti.io.AtomicFiles;

/**
 * Writes a framework as the table provincial decisions publish ({@link FrameworkTableReader#HEADERS}), numbered from
 * the DAG (main indicators 1, 2, …; their components 1.1, 1.2, …), so an official can edit it in a spreadsheet and read
 * it back. A node that feeds several parents is written under its first one. Written with a UTF-8 byte-order mark so
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
    Map<String, Boolean> written = new HashMap<>();
    write(framework, framework.root(), "", sb, written);
    return sb.toString();
  }

  private static void write(Framework f, Node parent, String prefix, StringBuilder sb, Map<String, Boolean> written) {
    List<Node> kids = f.children(parent.code());
    int k = 0;
    for (Node n : kids) {
      if (!n.parents().get(0).equalsIgnoreCase(parent.code()) || written.putIfAbsent(n.code(), true) != null) {
        continue;
      }
      k++;
      String stt = prefix.isEmpty() ? String.valueOf(k) : prefix + "." + k;
      String max = f.maxPoints(n.code()).isPresent() ? Numbers.plain(f.maxPoints(n.code()).getAsDouble()) : "";
      sb.append(cell(stt)).append(',').append(cell(n.nameVi())).append(',').append(cell(max)).append(',')
          .append(cell(n.description().orElse(""))).append(',').append(cell(n.evidence().orElse(""))).append(',')
          .append(cell(n.dataSource().orElse(""))).append(',')
          .append(cell(n.scoringRule().map(r -> r.spec()).orElse(""))).append(',').append(cell(n.code()))
          .append('\n');
      write(f, n, stt, sb, written);
    }
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
    AtomicFiles.write(file, out);
  }
}
