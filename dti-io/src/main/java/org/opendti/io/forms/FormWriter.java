package org.opendti.io.forms;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dhatim.fastexcel.DataValidationErrorStyle;
import org.dhatim.fastexcel.ProtectionOption;
import org.dhatim.fastexcel.Range;
import org.dhatim.fastexcel.VisibilityState;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;
import org.opendti.Dataset;
import org.opendti.Framework;
import org.opendti.Measure;
import org.opendti.Node;
import org.opendti.Numbers;
import org.opendti.Observation;
import org.opendti.Unit;
import org.opendti.io.xlsx.UndatedZip;

/** Writes one unit's form as a workbook (see {@link Forms} for the layout). */
final class FormWriter {
  /**
   * The sheets' protection password: no secret (protection guards against slips; the reader checks everything
   * again), given so the office can unprotect a form. The library's hash of the empty password is not Excel's, so an
   * empty one would lock the sheet for good.
   */
  static final String PASSWORD = "dti";
  private static final String INPUT_FILL = "FFF2CC";
  private static final String HEADING_FILL = "DDEBF7";
  private static final String HEADER_FILL = "BDD7EE";
  private static final String CLOSED_FILL = "F2F2F2";
  /** Column widths, by column. */
  private static final double[] WIDTHS = {7, 9, 48, 9, 40, 28, 20, 11, 10, 10, 18, 32, 28};

  private FormWriter() {}

  static void write(Framework f, Unit unit, String period, @Nullable Dataset prefill, String fingerprint,
      OutputStream out) throws IOException {
    List<FormLayout.Row> rows = FormLayout.rows(f, unit);
    BufferedOutputStream buffered = new BufferedOutputStream(out, 1 << 16);
    UndatedZip zip = new UndatedZip(buffered);
    Workbook wb = new Workbook(zip, "DTI SDK", "0.1");
    Worksheet ws = wb.newWorksheet(FormLayout.FORM_SHEET);
    Worksheet id = wb.newWorksheet(FormLayout.ID_SHEET);
    Worksheet lists = wb.newWorksheet(FormLayout.LIST_SHEET);
    id.setVisibilityState(VisibilityState.VERY_HIDDEN);
    lists.setVisibilityState(VisibilityState.VERY_HIDDEN);
    identification(id, f, unit, period, rows.size(), fingerprint);
    titleBlock(ws, f, unit, period);
    table(ws, lists, f, unit, rows, prefill);
    ws.protect(PASSWORD);
    ws.finish();
    id.finish();
    lists.finish();
    wb.finish();
    zip.finish();
  }

  /** The identification values in {@link FormLayout#KEYS} order, the seal last. */
  static List<String> identification(Framework f, Unit unit, String period, int rows, String fingerprint) {
    List<String> values = new ArrayList<>(List.of(FormLayout.FORMAT, FormLayout.FORMAT_VERSION, f.id(), f.version(),
        fingerprint, unit.code(), period, Integer.toString(rows)));
    values.add(FormLayout.seal(values));
    return values;
  }

  private static void identification(Worksheet id, Framework f, Unit unit, String period, int rows,
      String fingerprint) {
    id.value(0, 0, "khoá");
    id.value(0, 1, "giá trị");
    List<String> values = identification(f, unit, period, rows, fingerprint);
    for (int k = 0; k < values.size(); k++) {
      id.value(k + 1, 0, FormLayout.KEYS.get(k));
      id.value(k + 1, 1, values.get(k));
    }
    id.protect(PASSWORD);
  }

  private static void titleBlock(Worksheet ws, Framework f, Unit unit, String period) {
    for (int c = 0; c < WIDTHS.length; c++) {
      ws.width(c, WIDTHS[c]);
    }
    ws.value(FormLayout.TITLE, 0, "PHIẾU ĐÁNH GIÁ CHỈ SỐ CHUYỂN ĐỔI SỐ");
    ws.style(FormLayout.TITLE, 0).bold().fontSize(14).set();
    ws.value(FormLayout.FRAMEWORK_NAME, 0, f.nameVi());
    ws.style(FormLayout.FRAMEWORK_NAME, 0).bold().set();
    String[][] block = {
        {"Bộ chỉ số", f.id()},
        {"Phiên bản", f.version()},
        {"Mã đơn vị", unit.code()},
        {"Tên đơn vị", unit.name()},
        {"Kỳ đánh giá", period}};
    for (int k = 0; k < block.length; k++) {
      int r = FormLayout.FRAMEWORK_ID + k;
      ws.value(r, 0, block[k][0]);
      ws.style(r, 0).bold().set();
      ws.value(r, FormLayout.NAME, block[k][1]);
    }
    ws.value(FormLayout.GUIDE, 0, "HƯỚNG DẪN");
    ws.style(FormLayout.GUIDE, 0).bold().set();
    for (int k = 0; k < FormLayout.GUIDE_LINES.size(); k++) {
      int r = FormLayout.GUIDE + 1 + k;
      // no merged cells: the library writes merges in an order that changes from run to run; the text overflows
      ws.value(r, 0, FormLayout.GUIDE_LINES.get(k));
    }
  }

  private static void table(Worksheet ws, Worksheet lists, Framework f, Unit unit, List<FormLayout.Row> rows,
      @Nullable Dataset prefill) {
    int h = FormLayout.HEADER;
    for (int c = 0; c < FormLayout.HEADERS.size(); c++) {
      ws.value(h, c, FormLayout.HEADERS.get(c));
    }
    ws.range(h, 0, h, FormLayout.VALUE - 1).style().bold().wrapText(true).fillColor(HEADER_FILL)
        .horizontalAlignment("center").verticalAlignment("center").borderStyle("thin").set();
    ws.range(h, FormLayout.VALUE, h, FormLayout.NOTE).style().bold().wrapText(true).fillColor(INPUT_FILL)
        .horizontalAlignment("center").verticalAlignment("center").borderStyle("thin").set();
    ws.freezePane(FormLayout.VALUE, FormLayout.FIRST);
    String prefillPeriod = prefill == null ? "" : prefill.periods().get(0);
    int listColumn = 0;
    for (int k = 0; k < rows.size(); k++) {
      FormLayout.Row row = rows.get(k);
      int r = FormLayout.FIRST + k;
      Node n = f.graph().node(row.node());
      ws.value(r, FormLayout.STT, row.stt());
      ws.value(r, FormLayout.CODE, n.code());
      ws.value(r, FormLayout.NAME, n.nameVi());
      double max = f.graph().maxPoints(row.node());
      if (!Double.isNaN(max)) {
        ws.value(r, FormLayout.MAX, max);
      }
      if (row.input().isEmpty()) {
        ws.range(r, 0, r, FormLayout.NOTE).style().bold().fillColor(HEADING_FILL).wrapText(true).borderStyle("thin")
            .set();
        continue;
      }
      Input in = row.input().get();
      ws.value(r, FormLayout.HOW, n.description().orElse(in.hintVi()));
      n.evidence().ifPresent(e -> ws.value(r, FormLayout.EVIDENCE_REQUIRED, e));
      n.dataSource().ifPresent(s -> ws.value(r, FormLayout.SOURCE, s));
      // one style per run of like cells (a range's style is made once; a cell's style each time)
      ws.range(r, 0, r, FormLayout.VALUE - 1).style().wrapText(true).verticalAlignment("top").borderStyle("thin")
          .set();
      boolean[] open = new boolean[FormLayout.NOTE + 1];
      open[FormLayout.VALUE] = in.takesValue();
      open[FormLayout.NUMERATOR] = in.takesRatio();
      open[FormLayout.DENOMINATOR] = in.takesRatio();
      open[FormLayout.CATEGORY] = in.takesCategory();
      for (int c = FormLayout.VALUE; c < FormLayout.EVIDENCE; ) {
        int end = c;
        while (end + 1 < FormLayout.EVIDENCE && open[end + 1] == open[c]) {
          end++;
        }
        if (open[c]) {
          ws.range(r, c, r, end).style().fillColor(INPUT_FILL).borderStyle("thin")
              .protectionOption(ProtectionOption.LOCKED, false).set();
        } else {
          ws.range(r, c, r, end).style().fillColor(CLOSED_FILL).borderStyle("thin").set();
        }
        c = end + 1;
      }
      ws.range(r, FormLayout.EVIDENCE, r, FormLayout.NOTE).style().fillColor(INPUT_FILL).wrapText(true)
          .borderStyle("thin").protectionOption(ProtectionOption.LOCKED, false).set();
      validations(ws, r, in);
      if (in.kind() == Input.Kind.CATEGORY) {
        List<String> labels = in.categories();
        for (int j = 0; j < labels.size(); j++) {
          lists.value(j, listColumn, labels.get(j));
        }
        Range source = lists.range(0, listColumn, labels.size() - 1, listColumn);
        ws.range(r, FormLayout.CATEGORY, r, FormLayout.CATEGORY).validateWithList(source).allowBlank(true)
            .showErrorMessage(true).errorStyle(DataValidationErrorStyle.STOP).errorTitle("Phân loại")
            .error(xml("Chọn một mục trong danh sách"));
        listColumn++;
      }
      if (prefill != null) {
        prefill(ws, r, prefill, unit, n, prefillPeriod);
      }
    }
  }

  /** Numeric validation of the value, numerator and denominator cells, for the bounds the rule has. */
  private static void validations(Worksheet ws, int r, Input in) {
    if (in.takesValue()) {
      String cell = FormLayout.letter(FormLayout.VALUE) + (r + 1);
      String rule;
      if (in.whole()) {
        rule = "OR(" + cell + "=0," + cell + "=1)";
      } else {
        StringBuilder sb = new StringBuilder("AND(ISNUMBER(").append(cell).append(')');
        if (in.min() != Double.NEGATIVE_INFINITY) {
          sb.append(',').append(cell).append("&gt;=").append(Numbers.plain(in.min()));
        }
        if (in.max() != Double.POSITIVE_INFINITY) {
          sb.append(',').append(cell).append("&lt;=").append(Numbers.plain(in.max()));
        }
        rule = sb.append(')').toString();
      }
      numeric(ws, r, FormLayout.VALUE, rule, "Giá trị: " + in.hintVi());
    }
    if (in.takesRatio()) {
      String a = FormLayout.letter(FormLayout.NUMERATOR) + (r + 1);
      String b = FormLayout.letter(FormLayout.DENOMINATOR) + (r + 1);
      numeric(ws, r, FormLayout.NUMERATOR, "AND(ISNUMBER(" + a + ")," + a + "&gt;=0)", "Tử số: một số không âm");
      numeric(ws, r, FormLayout.DENOMINATOR, "AND(ISNUMBER(" + b + ")," + b + "&gt;0)", "Mẫu số: một số dương");
    }
  }

  private static void numeric(Worksheet ws, int r, int c, String formula, String message) {
    ws.range(r, c, r, c).validateWithFormula(formula).allowBlank(true).showErrorMessage(true)
        .errorStyle(DataValidationErrorStyle.STOP).errorTitle("Giá trị không hợp lệ").error(xml(message));
  }

  /** The library writes validation messages into the XML as they are: escape them. */
  private static String xml(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  /** Writes a unit's observation of a node from the prefill dataset into the row's input cells. */
  private static void prefill(Worksheet ws, int r, Dataset data, Unit unit, Node n, String period) {
    Optional<Observation> o = data.observation(unit.code(), n.code(), period);
    for (int a = 0; o.isEmpty() && a < n.aliases().size(); a++) {
      o = data.observation(unit.code(), n.aliases().get(a), period);
    }
    if (o.isEmpty()) {
      return;
    }
    Measure m = o.get().measure();
    m.value().ifPresent(v -> ws.value(r, FormLayout.VALUE, v));
    m.numerator().ifPresent(v -> ws.value(r, FormLayout.NUMERATOR, v));
    m.denominator().ifPresent(v -> ws.value(r, FormLayout.DENOMINATOR, v));
    m.category().ifPresent(v -> ws.value(r, FormLayout.CATEGORY, v));
    o.get().evidence().ifPresent(v -> ws.value(r, FormLayout.EVIDENCE, v));
    o.get().note().ifPresent(v -> ws.value(r, FormLayout.NOTE, v));
  }
}
