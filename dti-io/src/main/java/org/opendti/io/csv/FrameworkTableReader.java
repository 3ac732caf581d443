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
import org.opendti.Direction;
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
 * Nguồn thu thập dữ liệu}, followed by optional columns the SDK adds (all may be left out or empty):
 * {@code Quy tắc} (a {@link ScoringRule#spec()}, e.g. {@code thresholds: 4=20; 3=15}), {@code Mã} (node code; the STT
 * otherwise), {@code Loại} (kind: {@code chỉ số tổng hợp}, {@code trụ cột}, {@code chỉ số chính}, {@code nhóm},
 * {@code chỉ số thành phần}, or the {@link NodeKind} name), {@code Thuộc} (all parents' codes, separated by ';', for a
 * node that feeds several), {@code Tên tiếng Anh}, {@code Trọng số} (weight), {@code Mục tiêu} (target),
 * {@code Chiều} (-1 when lower is better), {@code Tên khác} (aliases, separated by ';') and {@code Áp dụng} (the unit
 * kinds, groups or tags the node applies to, separated by ';' or ','; empty for all units: see
 * {@link Node#appliesTo()}). A maximum of "?" marks
 * one that is not published (see {@link Framework#unknownMaxima()}); an empty one is an error on a component.
 *
 * <p>The numbering gives the hierarchy: "1", "2" are main indicators under the index; "1.1", "1.2" are components of
 * "1"; deeper levels work the same way. Rows numbered I, II, III are nodes outside the index's tree (the pillars of
 * Decision 922, fed through {@code Thuộc}). A row whose STT is "Tổng cộng" (or "Tổng", "Tổng điểm") is the index;
 * without one the index is the node {@code dti}, named after the framework. Headers are matched ignoring case,
 * diacritics and spacing, so "Diem toi da" works too. Every problem names its row and column, and all problems of a
 * file are reported together.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FrameworkTableReader {
  /** The column headers: the six the decisions publish, then the SDK's optional ones. */
  public static final List<String> HEADERS = ImmutableList.of("STT", "Chỉ số / chỉ số thành phần", "Điểm tối đa",
      "Cách xác định và tính điểm", "Tài liệu kiểm chứng", "Nguồn thu thập dữ liệu", "Quy tắc", "Mã", "Loại",
      "Thuộc", "Tên tiếng Anh", "Trọng số", "Mục tiêu", "Chiều", "Tên khác", "Áp dụng");
  static final String TOTAL = "Tổng cộng";
  static final String UNKNOWN = "?";
  private static final Pattern STT = Pattern.compile("(\\d+|[IVXLCDM]+)(\\.\\d+)*\\.?");
  private static final Pattern ROMAN = Pattern.compile("[IVXLCDM]+");
  // compared with UnitRegistry.plain of the STT cell, which drops spaces and diacritics: "Tổng cộng" is "tongcong"
  private static final List<String> TOTALS = List.of("tong", "tongcong", "tongdiem", "tongsodiem");
  private static final String[] KIND_LABELS = {"chỉ số thành phần", "chỉ số chính", "trụ cột", "nhóm",
      "chỉ số tổng hợp"};
  private static final int STT_COL = 0;
  private static final int NAME = 1;
  private static final int MAX = 2;
  private static final int RULE = 6;
  private static final int CODE = 7;
  private static final int KIND = 8;
  private static final int PARENTS = 9;
  private static final int NAME_EN = 10;
  private static final int WEIGHT = 11;
  private static final int TARGET = 12;
  private static final int DIRECTION = 13;
  private static final int ALIASES = 14;
  private static final int APPLIES = 15;

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
    return read(id, title, CsvTable.parse(source, content, options));
  }

  /**
   * Reads the table layout from a table: a CSV file or a workbook sheet (number cells are numbers, text cells are
   * read in the options' number style).
   *
   * @param id the framework id, not null
   * @param title the framework's (Vietnamese) name, also the index's name, not null
   * @param table the table, positioned after its header, not null; not closed
   * @return the framework, not null
   * @throws IOException if the table cannot be read
   * @throws DtiException if the content is bad
   */
  public Framework read(String id, String title, org.opendti.io.table.TableReader table) throws IOException {
    return read(id, title, CsvTable.of(table));
  }

  private Framework read(String id, String title, CsvTable t) {
    Map<String, Integer> col = new HashMap<>();
    for (int c = 0; c < t.header.size(); c++) {
      col.put(UnitRegistry.plain(t.header.get(c)), c);
    }
    int[] at = new int[HEADERS.size()];
    List<DtiException> problems = new ArrayList<>(t.problems);
    for (int h = 0; h < HEADERS.size(); h++) {
      at[h] = col.getOrDefault(UnitRegistry.plain(HEADERS.get(h)), -1);
      if (at[h] < 0 && h <= MAX) {
        problems.add(new DataFormatException(t.source.row(1), String.join(",", t.header), "missing column '"
            + HEADERS.get(h) + "'"));
      }
    }
    ProblemsException.throwIfAny(problems);
    List<String> stts = new ArrayList<>();
    java.util.Set<String> numberedParents = new java.util.HashSet<>();
    int totalRow = -1;
    for (int r = 0; r < t.rows.size(); r++) {
      String[] row = t.rows.get(r);
      stts.add(row[at[STT_COL]].strip().replaceAll("\\.$", ""));
      if (TOTALS.contains(UnitRegistry.plain(row[at[STT_COL]])) || cell(row, at[KIND]).map(UnitRegistry::plain)
          .filter(k -> k.equals(UnitRegistry.plain(KIND_LABELS[NodeKind.INDEX.ordinal()])) || k.equals("index"))
          .isPresent()) {
        totalRow = r;
      }
    }
    String rootCode = totalRow >= 0 ? cell(t.rows.get(totalRow), at[CODE]).orElse("dti") : "dti";
    List<Node> nodes = new ArrayList<>();
    if (totalRow < 0) {
      nodes.add(Node.builder().code(rootCode).nameVi(title).kind(NodeKind.INDEX).build());
    }
    Map<String, String> codeByStt = new HashMap<>();
    List<String> codes = new ArrayList<>();
    for (int r = 0; r < t.rows.size(); r++) {
      String[] row = t.rows.get(r);
      codes.add(r == totalRow ? rootCode : cell(row, at[CODE]).orElse(stts.get(r)));
      codeByStt.put(stts.get(r), codes.get(r));
      // "1.2.3" makes "1.2" a row with children (one set, not a scan of every row per row)
      int dot = stts.get(r).lastIndexOf('.');
      if (dot > 0) {
        numberedParents.add(stts.get(r).substring(0, dot));
      }
    }
    java.util.Set<String> referenced = new java.util.HashSet<>();
    for (String[] row : t.rows) {
      cell(row, at[PARENTS]).ifPresent(p -> java.util.Arrays.stream(p.split(";")).map(String::strip)
          .forEach(referenced::add));
    }
    for (int r = 0; r < t.rows.size(); r++) {
      String[] row = t.rows.get(r);
      String stt = stts.get(r);
      boolean total = r == totalRow;
      if (!total && !STT.matcher(stt).matches()) {
        problems.add(new DataFormatException(t.at(r, at[STT_COL]), row[at[STT_COL]], "expected a number such as 1 or"
            + " 1.2, a Roman numeral such as II for a pillar, or '" + TOTAL + "' for the index"));
        continue;
      }
      String code = codes.get(r);
      String parentStt = stt.contains(".") ? stt.substring(0, stt.lastIndexOf('.')) : "";
      boolean topLevel = !total && parentStt.isEmpty();
      boolean romanRow = topLevel && ROMAN.matcher(stt).matches();
      String parent = total || romanRow ? null : parentStt.isEmpty() ? rootCode : codeByStt.get(parentStt);
      if (!total && !romanRow && parent == null) {
        problems.add(new DataFormatException(t.at(r, at[STT_COL]), row[at[STT_COL]], "no row " + parentStt
            + " for this row to be part of"));
        continue;
      }
      boolean hasChildren = numberedParents.contains(stt) || referenced.contains(code);
      try {
        NodeKind kind = kindOf(t, r, at).orElse(total ? NodeKind.INDEX : romanRow ? NodeKind.PILLAR
            : topLevel ? NodeKind.MAIN_INDICATOR : hasChildren ? NodeKind.AGGREGATE : NodeKind.COMPONENT);
        Node.Builder n = Node.builder().code(code).nameVi(row[at[NAME]].isBlank() && total ? title : row[at[NAME]])
            .kind(kind);
        java.util.Optional<String> parents = cell(row, at[PARENTS]);
        if (parents.isPresent()) {
          for (String p : parents.get().split(";")) {
            if (!p.isBlank()) {
              n.addParent(p.strip());
            }
          }
        } else if (parent != null) {
          n.addParent(parent);
        }
        cell(row, at[APPLIES]).ifPresent(a -> java.util.Arrays.stream(a.split("[;,]")).map(String::strip)
            .filter(x -> !x.isEmpty()).forEach(n::addAppliesTo));
        if (at[ALIASES] >= 0) {
          for (String a : row[at[ALIASES]].split(";")) {
            if (!a.isBlank()) {
              n.addAlias(a.strip());
            }
          }
        } else if (!code.equals(stt) && !total) {
          n.addAlias(stt);
        }
        boolean unknownMax = row[at[MAX]].strip().equals(UNKNOWN);
        if (!unknownMax) {
          number(t, r, at[MAX]).ifPresent(n::maxPoints);
        }
        number(t, r, at[WEIGHT]).ifPresent(n::weight);
        number(t, r, at[TARGET]).ifPresent(n::target);
        if (!total && !hasChildren && parents.isEmpty() && row[at[MAX]].isEmpty() && cell(row, at[WEIGHT]).isEmpty()) {
          throw new DataFormatException(t.at(r, at[MAX]), "", "a component needs its maximum points (a weight, or '"
              + UNKNOWN + "' when the maximum is not published)");
        }
        java.util.OptionalDouble direction = number(t, r, at[DIRECTION]);
        if (direction.isPresent()) {
          if (direction.getAsDouble() != 1 && direction.getAsDouble() != -1) {
            throw new DataFormatException(t.at(r, at[DIRECTION]), row[at[DIRECTION]], "expected 1 (higher is better)"
                + " or -1 (lower is better)");
          }
          n.direction(direction.getAsDouble() < 0 ? Direction.NEGATIVE : Direction.POSITIVE);
        }
        cell(row, at[NAME_EN]).ifPresent(n::nameEn);
        optional(row, at[3]).ifPresent(n::description);
        optional(row, at[4]).ifPresent(n::evidence);
        optional(row, at[5]).ifPresent(n::dataSource);
        if (at[RULE] >= 0 && !row[at[RULE]].isEmpty()) {
          try {
            n.scoringRule(ScoringRule.parse(row[at[RULE]]));
          } catch (IllegalArgumentException e) {
            throw new DataFormatException(t.at(r, at[RULE]), row[at[RULE]], e.getMessage());
          }
        }
        nodes.add(n.build());
      } catch (DataFormatException e) {
        problems.add(e);
      } catch (InvalidFrameworkException e) {
        problems.add(new DataFormatException(t.at(r, at[STT_COL]), row[at[STT_COL]], e.getMessage()));
      }
    }
    ProblemsException.throwIfAny(problems);
    try {
      return Framework.builder().id(id).version("1").nameVi(title).addAllNodes(nodes).unitKind(UnitKind.DEPARTMENT)
          .status(FrameworkStatus.USER).build();
    } catch (InvalidFrameworkException e) {
      for (int r = 0; r < t.rows.size(); r++) {
        if (codes.get(r).equals(e.node())) {
          throw new DataFormatException(t.at(r, at[MAX]), t.rows.get(r)[at[MAX]], e.getMessage());
        }
      }
      throw new DataFormatException(t.source, "", e.getMessage());
    }
  }

  private java.util.OptionalDouble number(CsvTable t, int r, int c) {
    if (c < 0 || t.rows.get(r)[c].isEmpty()) {
      return java.util.OptionalDouble.empty();
    }
    try {
      return java.util.OptionalDouble.of(t.number(r, c, options.numberStyle()));
    } catch (IllegalArgumentException e) {
      throw new DataFormatException(t.at(r, c), t.rows.get(r)[c], e.getMessage());
    }
  }

  private static java.util.Optional<String> cell(String[] row, int c) {
    return c >= 0 && !row[c].isBlank() ? java.util.Optional.of(row[c].strip()) : java.util.Optional.empty();
  }

  private static java.util.Optional<NodeKind> kindOf(CsvTable t, int r, int[] at) {
    java.util.Optional<String> k = cell(t.rows.get(r), at[KIND]);
    if (k.isEmpty()) {
      return java.util.Optional.empty();
    }
    String plain = UnitRegistry.plain(k.get());
    for (NodeKind kind : NodeKind.values()) {
      if (plain.equals(UnitRegistry.plain(KIND_LABELS[kind.ordinal()]))
          || plain.equals(UnitRegistry.plain(kind.name().replace('_', ' ')))) {
        return java.util.Optional.of(kind);
      }
    }
    throw new DataFormatException(t.at(r, at[KIND]), k.get(), "unknown kind; expected one of "
        + String.join(", ", KIND_LABELS) + " (or " + java.util.Arrays.toString(NodeKind.values()) + ")");
  }

  /**
   * The Vietnamese label of a node kind, as written in the {@code Loại} column.
   *
   * @param kind the kind, not null
   * @return the label, not null
   */
  static String kindLabel(NodeKind kind) {
    return KIND_LABELS[kind.ordinal()];
  }

  /** The Roman numeral of 1..3999. */
  static String roman(int n) {
    int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
    StringBuilder sb = new StringBuilder();
    int rest = n;
    for (int i = 0; i < values.length; i++) {
      while (rest >= values[i]) {
        sb.append(symbols[i]);
        rest -= values[i];
      }
    }
    return sb.toString();
  }

  private static java.util.Optional<String> optional(String[] row, int c) {
    return c >= 0 && !row[c].isEmpty() ? java.util.Optional.of(row[c]) : java.util.Optional.empty();
  }
}
