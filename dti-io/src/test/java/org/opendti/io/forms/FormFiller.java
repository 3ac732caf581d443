package org.opendti.io.forms;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.opendti.Framework;
import org.opendti.Measure;
import org.opendti.Numbers;
import org.opendti.Observation;
import org.opendti.Unit;

/**
 * Fills a generated form as a user would, by editing the sheet XML inside the workbook: numbers, text (e.g. "0,75"),
 * booleans and formulas in any cell; and free edits of the form and identification sheets for malformed forms.
 */
final class FormFiller {
  static final String FORM_PART = "xl/worksheets/sheet1.xml";
  static final String ID_PART = "xl/worksheets/sheet2.xml";

  private final Map<String, byte[]> parts = new LinkedHashMap<>();
  private final Framework framework;
  private final List<FormLayout.Row> rows;

  private FormFiller(byte[] xlsx, Framework framework, Unit unit) {
    this.framework = framework;
    this.rows = FormLayout.rows(framework, unit);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        parts.put(e.getName(), in.readAllBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static FormFiller of(byte[] xlsx, Framework framework, Unit unit) {
    return new FormFiller(xlsx, framework, unit);
  }

  /** The 1-based sheet row of a component's row in the unit's form. */
  int row(String code) {
    for (int k = 0; k < rows.size(); k++) {
      if (rows.get(k).code().equals(code)) {
        return FormLayout.FIRST + k + 1;
      }
    }
    throw new IllegalArgumentException("no row for " + code);
  }

  static String ref(int column, int row) {
    return FormLayout.letter(column) + row;
  }

  /** Fills an observation's measure and evidence into its component's row, numbers as number cells. */
  FormFiller fill(Observation o) {
    int r = row(framework.node(o.indicator()).code());
    Measure m = o.measure();
    m.value().ifPresent(v -> number(ref(FormLayout.VALUE, r), v));
    m.numerator().ifPresent(v -> number(ref(FormLayout.NUMERATOR, r), v));
    m.denominator().ifPresent(v -> number(ref(FormLayout.DENOMINATOR, r), v));
    m.category().ifPresent(v -> text(ref(FormLayout.CATEGORY, r), v));
    o.evidence().ifPresent(v -> text(ref(FormLayout.EVIDENCE, r), v));
    o.note().ifPresent(v -> text(ref(FormLayout.NOTE, r), v));
    return this;
  }

  FormFiller number(String ref, double v) {
    return cell(FORM_PART, ref, "", "<v>" + Numbers.plain(v) + "</v>");
  }

  FormFiller text(String ref, String text) {
    return cell(FORM_PART, ref, " t=\"inlineStr\"", "<is><t>" + escape(text) + "</t></is>");
  }

  FormFiller bool(String ref, boolean b) {
    return cell(FORM_PART, ref, " t=\"b\"", "<v>" + (b ? 1 : 0) + "</v>");
  }

  FormFiller formula(String ref, String formula, String cachedValue) {
    return cell(FORM_PART, ref, "", "<f>" + escape(formula) + "</f>" + (cachedValue.isEmpty() ? ""
        : "<v>" + cachedValue + "</v>"));
  }

  FormFiller textIn(String part, String ref, String text) {
    return cell(part, ref, " t=\"inlineStr\"", "<is><t>" + escape(text) + "</t></is>");
  }

  /** Replaces a cell's content, keeping its style; the cell must exist (the writer writes every cell it styles). */
  FormFiller cell(String part, String ref, String type, String content) {
    String xml = xml(part);
    Pattern p = Pattern.compile("<c r=\"" + ref + "\"( s=\"\\d+\")?[^>]*?(/>|>.*?</c>)");
    Matcher m = p.matcher(xml);
    if (!m.find()) {
      throw new IllegalArgumentException("no cell " + ref + " in " + part);
    }
    String style = m.group(1) == null ? "" : m.group(1);
    String repl = "<c r=\"" + ref + "\"" + style + type + ">" + content + "</c>";
    parts.put(part, (xml.substring(0, m.start()) + repl + xml.substring(m.end())).getBytes(StandardCharsets.UTF_8));
    return this;
  }

  /** A free edit of a part's XML. */
  FormFiller edit(String part, UnaryOperator<String> edit) {
    parts.put(part, edit.apply(xml(part)).getBytes(StandardCharsets.UTF_8));
    return this;
  }

  String xml(String part) {
    return new String(parts.get(part), StandardCharsets.UTF_8);
  }

  byte[] bytes() {
    return org.opendti.io.table.TestWorkbooks.zip(parts);
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
