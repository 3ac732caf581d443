package org.opendti.io.forms;

import com.google.common.collect.ImmutableList;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.opendti.Framework;
import org.opendti.FrameworkGraph;
import org.opendti.Node;
import org.opendti.NodeKind;
import org.opendti.Unit;
import org.opendti.io.csv.FrameworkTableReader;
import org.opendti.io.csv.FrameworkTableRows;

/**
 * The layout of a form, shared by the writer and the reader: the sheets, the title block, the instructions, the
 * columns and the rows a unit gets; and the fingerprint and seal that identify a form.
 */
final class FormLayout {
  /** The format written in the identification sheet, and its version; a reader refuses any other. */
  static final String FORMAT = "dti-form";
  static final String FORMAT_VERSION = "1";

  /** The visible sheet, the hidden identification sheet and the hidden sheet of category lists. */
  static final String FORM_SHEET = "Phiếu";
  static final String ID_SHEET = "dti";
  static final String LIST_SHEET = "danh_muc";

  /** Rows of the title block (0-based). */
  static final int TITLE = 0;
  static final int FRAMEWORK_NAME = 1;
  static final int FRAMEWORK_ID = 2;
  static final int FRAMEWORK_VERSION = 3;
  static final int UNIT_CODE = 4;
  static final int UNIT_NAME = 5;
  static final int PERIOD = 6;
  static final int GUIDE = 7;

  /** The instructions, in Vietnamese: which cells to fill, what evidence is, that the rest is locked. */
  static final List<String> GUIDE_LINES = ImmutableList.of(
      "1. Chỉ nhập vào các ô nền vàng (cột Giá trị, Tử số, Mẫu số, Phân loại, Tài liệu kiểm chứng, Ghi chú); các ô"
          + " khác đã được khóa, không sửa, chèn hay xóa dòng, cột.",
      "2. Mỗi chỉ số thành phần: nhập Giá trị theo cột \"Cách xác định và tính điểm\"; chỉ số tính theo tỷ lệ có"
          + " thể nhập Tử số và Mẫu số thay cho Giá trị (không nhập cả hai); chỉ số có danh sách thì chọn ở cột"
          + " Phân loại.",
      "3. Số thập phân dùng dấu phẩy (0,75); tỷ lệ nhập từ 0 đến 1 hoặc dạng phần trăm (75%).",
      "4. Tài liệu kiểm chứng: số, ký hiệu, ngày của văn bản hoặc đường dẫn tới tài liệu chứng minh số liệu đã"
          + " nhập; Ghi chú: giải thích thêm nếu cần.",
      "5. Ô để trống được hiểu là chưa có số liệu. Không đổi tên tệp, không sao chép phiếu này cho đơn vị khác.");

  /** The header row of the table and the first row of components (0-based). */
  static final int HEADER = GUIDE + GUIDE_LINES.size() + 2;
  static final int FIRST = HEADER + 1;

  /** Columns (0-based). */
  static final int STT = 0;
  static final int CODE = 1;
  static final int NAME = 2;
  static final int MAX = 3;
  static final int HOW = 4;
  static final int EVIDENCE_REQUIRED = 5;
  static final int SOURCE = 6;
  static final int VALUE = 7;
  static final int NUMERATOR = 8;
  static final int DENOMINATOR = 9;
  static final int CATEGORY = 10;
  static final int EVIDENCE = 11;
  static final int NOTE = 12;

  /** The headers of the table, in column order; the first seven follow the framework table of decisions. */
  static final List<String> HEADERS = ImmutableList.of(FrameworkTableReader.HEADERS.get(0), "Mã",
      FrameworkTableReader.HEADERS.get(1), FrameworkTableReader.HEADERS.get(2), FrameworkTableReader.HEADERS.get(3),
      FrameworkTableReader.HEADERS.get(4) + " (yêu cầu)", FrameworkTableReader.HEADERS.get(5), "Giá trị", "Tử số",
      "Mẫu số", "Phân loại", "Tài liệu kiểm chứng (đơn vị ghi)", "Ghi chú");

  /** Keys of the identification sheet, in order; the seal covers all before it. */
  static final List<String> KEYS = ImmutableList.of("format", "format_version", "framework_id", "framework_version",
      "fingerprint", "unit", "period", "rows", "seal");

  private FormLayout() {}

  /**
   * One row of a unit's table.
   *
   * @param node the node's position in the framework
   * @param stt the row number of the framework table ("1", "1.2")
   * @param code the node's code
   * @param input what the row takes, empty for a heading (a main indicator, a pillar)
   */
  record Row(int node, String stt, String code, Optional<Input> input) {}

  /**
   * The rows of a unit's form, in the order of the framework table ({@link FrameworkTableRows}): the nodes of the
   * index's tree the unit is scored on ({@link FrameworkGraph#appliesTo(Unit)}) that have an input below them, the
   * index itself left out. Inputs are the leaves; the others are headings.
   */
  static List<Row> rows(Framework f, Unit unit) {
    FrameworkGraph g = f.graph();
    boolean[] applies = g.appliesTo(unit);
    boolean[] inTree = new boolean[g.size()];
    Deque<Integer> todo = new ArrayDeque<>();
    todo.push(g.root());
    inTree[g.root()] = true;
    while (!todo.isEmpty()) {
      for (int c : g.children(todo.pop())) {
        if (!inTree[c]) {
          inTree[c] = true;
          todo.push(c);
        }
      }
    }
    boolean[] hasInput = new boolean[g.size()];
    for (int i : g.bottomUp()) {
      if (!applies[i]) {
        continue;
      }
      if (g.childCount(i) == 0) {
        hasInput[i] = true;
      } else {
        for (int c : g.children(i)) {
          hasInput[i] |= hasInput[c];
        }
      }
    }
    ImmutableList.Builder<Row> b = ImmutableList.builder();
    int codeColumn = FrameworkTableReader.HEADERS.indexOf("Mã");
    for (FrameworkTableRows.Row row : FrameworkTableRows.of(f)) {
      String code = row.cells().get(codeColumn).text();
      int i = g.index(code);
      Node n = g.node(i);
      if (n.kind() == NodeKind.INDEX || !inTree[i] || !hasInput[i]) {
        continue;
      }
      b.add(new Row(i, row.cells().get(0).text(), n.code(),
          g.childCount(i) == 0 ? Optional.of(Input.of(n)) : Optional.empty()));
    }
    return b.build();
  }

  /**
   * The fingerprint of a framework's structure: SHA-256 over its id, version and, per node in definition order, the
   * code, kind, parents, maximum, scoring rule and applicability. Names and texts are left out, so correcting a typo in
   * a name keeps the forms valid; anything that changes how a form is filled or scored does not.
   */
  static String fingerprint(Framework f) {
    StringBuilder sb = new StringBuilder(64 * f.nodes().size());
    sb.append(f.id()).append('\n').append(f.version()).append('\n');
    for (Node n : f.nodes()) {
      sb.append(n.code()).append('\t').append(n.kind()).append('\t').append(String.join(",", n.parents()))
          .append('\t').append(n.maxPoints().isPresent() ? Double.toString(n.maxPoints().getAsDouble()) : "")
          .append('\t').append(n.scoringRule().map(r -> r.spec()).orElse("")).append('\t')
          .append(String.join(",", n.appliesTo())).append('\n');
    }
    return sha256(sb.toString());
  }

  /** The seal over the identification values (all keys but the seal, in order). */
  static String seal(List<String> values) {
    return sha256(String.join("\n", values));
  }

  static String sha256(String text) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** A column's name in locations: its letter and header, {@code H 'Giá trị'} reads "column 'H (Giá trị)'". */
  static String column(int c) {
    return letter(c) + " (" + (c < HEADERS.size() ? HEADERS.get(c) : "") + ")";
  }

  static String letter(int c) {
    StringBuilder sb = new StringBuilder();
    for (int n = c + 1; n > 0; n = (n - 1) / 26) {
      sb.insert(0, (char) ('A' + (n - 1) % 26));
    }
    return sb.toString();
  }
}
