package org.opendti.io.csv;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.opendti.DtiException;
import org.opendti.Framework;
import org.opendti.FrameworkStatus;
import org.opendti.InvalidFrameworkException;
import org.opendti.Node;
import org.opendti.NodeKind;
import org.opendti.ProblemsException;
import org.opendti.ScoringRule;
import org.opendti.UnitKind;
import org.opendti.UnitRegistry;
import org.opendti.io.DataFormatException;

/**
 * Reads a framework table in the layout provincial decisions publish:
 * {@code STT | Chỉ số / chỉ số thành phần | Điểm tối đa | Cách xác định và tính điểm | Tài liệu kiểm chứng |
 * Nguồn thu thập dữ liệu}, with an optional machine-readable {@code Quy tắc} column (a {@link ScoringRule#spec()},
 * e.g. {@code thresholds: 4=20; 3=15}) and an optional {@code Mã} column (node code; the STT otherwise).
 *
 * <p>The numbering gives the hierarchy: "1", "2" are main indicators under the index; "1.1", "1.2" are components of
 * "1"; deeper levels work the same way. The index is the node {@code dti}, named after the framework. Headers are
 * matched ignoring case, diacritics and spacing, so "Diem toi da" works too. Each problem names the row and column.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FrameworkTableReader {
  /** The column headers, in the published order, then the SDK's two optional ones. */
  public static final List<String> HEADERS = ImmutableList.of("STT", "Chỉ số / chỉ số thành phần", "Điểm tối đa",
      "Cách xác định và tính điểm", "Tài liệu kiểm chứng", "Nguồn thu thập dữ liệu", "Quy tắc", "Mã");
  private static final Pattern STT = Pattern.compile("\\d+(\\.\\d+)*\\.?");

  private final CsvOptions options;

  private FrameworkTableReader(CsvOptions options) {
    this.options = options;
  }

  /**
   * A reader.
   *
   * @param options the options (the number style reads "Điểm tối đa"), not null
   * @return the reader, not null
   */
  public static FrameworkTableReader of(CsvOptions options) {
    return new FrameworkTableReader(Objects.requireNonNull(options, "options"));
  }

  /**
   * Whether a header is a framework table's: it has an STT column and a maximum-points column.
   *
   * @param header the header fields, not null
   * @return true for a framework table
   */
  public static boolean isTable(List<String> header) {
    List<String> plain = header.stream().map(UnitRegistry::plain).toList();
    return plain.contains("stt") && plain.contains(UnitRegistry.plain(HEADERS.get(2)));
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
    return read(name, id, id, Files.readAllBytes(file));
  }

  /**
   * Reads bytes.
   *
   * @param source the name used in error messages, not null
   * @param id the framework id, not null
   * @param title the framework's (Vietnamese) name, also the index's name, not null
   * @param content the bytes, not null
   * @return the framework, not null
   * @throws DtiException if the content is bad
   */
  public Framework read(String source, String id, String title, byte[] content) {
    CsvTable t = CsvTable.parse(source, content, options);
    Map<String, Integer> col = new HashMap<>();
    for (int c = 0; c < t.header.size(); c++) {
      col.put(UnitRegistry.plain(t.header.get(c)), c);
    }
    int[] at = new int[HEADERS.size()];
    List<DtiException> problems = new ArrayList<>(t.problems);
    for (int h = 0; h < HEADERS.size(); h++) {
      at[h] = col.getOrDefault(UnitRegistry.plain(HEADERS.get(h)), -1);
      if (at[h] < 0 && h < 3) {
        problems.add(new DataFormatException(t.source.row(1), String.join(",", t.header), "missing column '"
            + HEADERS.get(h) + "'"));
      }
    }
    ProblemsException.throwIfAny(problems);
    List<Node> nodes = new ArrayList<>();
    nodes.add(Node.builder().code("dti").nameVi(title).kind(NodeKind.INDEX).build());
    Map<String, String> codeByStt = new HashMap<>();
    List<String> stts = new ArrayList<>();
    for (String[] row : t.rows) {
      stts.add(row[at[0]].replaceAll("\\.$", ""));
    }
    for (int r = 0; r < t.rows.size(); r++) {
      String[] row = t.rows.get(r);
      String stt = stts.get(r);
      if (!STT.matcher(row[at[0]]).matches()) {
        problems.add(new DataFormatException(t.at(r, at[0]), row[at[0]], "expected a number such as 1 or 1.2"));
        continue;
      }
      String code = at[7] >= 0 && !row[at[7]].isEmpty() ? row[at[7]] : stt;
      codeByStt.put(stt, code);
      String parentStt = stt.contains(".") ? stt.substring(0, stt.lastIndexOf('.')) : "";
      String parent = parentStt.isEmpty() ? "dti" : codeByStt.get(parentStt);
      if (parent == null) {
        problems.add(new DataFormatException(t.at(r, at[0]), row[at[0]], "row " + parentStt + " must come before its"
            + " part " + stt));
        continue;
      }
      boolean hasChildren = stts.stream().anyMatch(s -> s.startsWith(stt + "."));
      NodeKind kind = parentStt.isEmpty() ? NodeKind.MAIN_INDICATOR : hasChildren ? NodeKind.AGGREGATE
          : NodeKind.COMPONENT;
      try {
        Node.Builder n = Node.builder().code(code).nameVi(row[at[1]]).kind(kind).addParent(parent);
        if (!code.equals(stt)) {
          n.addAlias(stt);
        }
        if (!row[at[2]].isEmpty()) {
          try {
            n.maxPoints(options.numberStyle().parse(row[at[2]]));
          } catch (IllegalArgumentException e) {
            throw new DataFormatException(t.at(r, at[2]), row[at[2]], e.getMessage());
          }
        } else if (!hasChildren) {
          throw new DataFormatException(t.at(r, at[2]), "", "a component needs its maximum points");
        }
        optional(row, at[3]).ifPresent(n::description);
        optional(row, at[4]).ifPresent(n::evidence);
        optional(row, at[5]).ifPresent(n::dataSource);
        if (at[6] >= 0 && !row[at[6]].isEmpty()) {
          try {
            n.scoringRule(ScoringRule.parse(row[at[6]]));
          } catch (IllegalArgumentException e) {
            throw new DataFormatException(t.at(r, at[6]), row[at[6]], e.getMessage());
          }
        }
        nodes.add(n.build());
      } catch (DataFormatException e) {
        problems.add(e);
      } catch (InvalidFrameworkException e) {
        problems.add(new DataFormatException(t.at(r, at[0]), row[at[0]], e.getMessage()));
      }
    }
    ProblemsException.throwIfAny(problems);
    try {
      return Framework.builder().id(id).version("1").nameVi(title).addAllNodes(nodes).unitKind(UnitKind.DEPARTMENT)
          .status(FrameworkStatus.USER).build();
    } catch (InvalidFrameworkException e) {
      for (int r = 0; r < t.rows.size(); r++) {
        String code = at[7] >= 0 && !t.rows.get(r)[at[7]].isEmpty() ? t.rows.get(r)[at[7]] : stts.get(r);
        if (code.equals(e.node())) {
          throw new DataFormatException(t.at(r, at[2]), t.rows.get(r)[at[2]], e.getMessage());
        }
      }
      throw new DataFormatException(t.source, "", e.getMessage());
    }
  }

  private static java.util.Optional<String> optional(String[] row, int c) {
    return c >= 0 && !row[c].isEmpty() ? java.util.Optional.of(row[c]) : java.util.Optional.empty();
  }
}
