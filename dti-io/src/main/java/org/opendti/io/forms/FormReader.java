package org.opendti.io.forms;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;
import org.opendti.DtiException;
import org.opendti.Framework;
import org.opendti.Measure;
import org.opendti.Node;
import org.opendti.NodeKind;
import org.opendti.Numbers;
import org.opendti.Observation;
import org.opendti.Unit;
import org.opendti.io.DataFormatException;
import org.opendti.io.SourceLocation;
import org.opendti.io.table.CellType;
import org.opendti.io.table.TableReader;
import org.opendti.io.table.XlsxWorkbook;

/** Reads filled forms: each one's identification, then its rows, collecting every problem. Thread-safe. */
final class FormReader {
  private final Framework framework;
  private final Map<String, Unit> units;
  private final CollectOptions options;
  private final String fingerprint;
  /** The rows of each unit's form, made once per unit. */
  private final Map<String, List<FormLayout.Row>> layouts = new java.util.concurrent.ConcurrentHashMap<>();

  /** What one form gave: the unit it is for (once identified), its observations and notes, its problems. */
  static final class Result {
    final Path file;
    @Nullable Unit unit;
    /** The identification sheet's location of the unit, for problems found across forms. */
    SourceLocation unitAt;
    final List<Observation> observations = new ArrayList<>();
    final List<DataFormatException> problems = new ArrayList<>();

    Result(Path file, String source) {
      this.file = file;
      this.unitAt = SourceLocation.of(source);
    }
  }

  FormReader(Framework framework, List<Unit> units, CollectOptions options) {
    this.framework = framework;
    this.options = options;
    this.fingerprint = FormLayout.fingerprint(framework);
    this.units = new HashMap<>();
    for (Unit u : units) {
      this.units.putIfAbsent(Unit.key(u.code()), u);
    }
  }

  Result read(Path file) throws IOException {
    Path name = file.getFileName();
    String source = name == null ? file.toString() : name.toString();
    Result res = new Result(file, source);
    try (XlsxWorkbook wb = XlsxWorkbook.open(file)) {
      read(wb, source, res);
    } catch (DataFormatException e) {
      res.problems.add(e);
    } catch (DtiException e) {
      res.problems.add(new DataFormatException(SourceLocation.of(source), "", e.getMessage()));
    }
    if (!res.problems.isEmpty()) {
      res.observations.clear();
    }
    return res;
  }

  private void read(XlsxWorkbook wb, String source, Result res) throws IOException {
    if (!wb.sheets().contains(FormLayout.ID_SHEET) || !wb.sheets().contains(FormLayout.FORM_SHEET)) {
      res.problems.add(new DataFormatException(SourceLocation.of(source), String.join(", ", wb.sheets()),
          "not a DTI form: expected the sheets '" + FormLayout.FORM_SHEET + "' and '" + FormLayout.ID_SHEET
          + "' (the identification, hidden) that 'dti forms' writes; the sheets are"));
      return;
    }
    Map<String, String> id = new HashMap<>();
    Map<String, SourceLocation> idAt = new HashMap<>();
    if (!identification(wb, source, id, idAt, res)) {
      return;
    }
    Unit unit = units.get(Unit.key(id.get("unit")));
    res.unitAt = idAt.get("unit");
    if (unit == null) {
      res.problems.add(new DataFormatException(idAt.get("unit"), id.get("unit"), "the form is for unit '"
          + id.get("unit") + "', which is not in the unit list; expected one of the " + units.size()
          + " units listed"));
      return;
    }
    res.unit = unit;
    String period = id.get("period");
    if (options.period().isPresent() && !options.period().get().equals(period)) {
      res.problems.add(new DataFormatException(idAt.get("period"), period, "the form is for period '" + period
          + "'; expected period '" + options.period().get() + "'"));
    }
    List<FormLayout.Row> rows = layouts.computeIfAbsent(Unit.key(unit.code()), k -> FormLayout.rows(framework, unit));
    if (!Integer.toString(rows.size()).equals(id.get("rows"))) {
      res.problems.add(new DataFormatException(idAt.get("rows"), id.get("rows"), "the form has " + id.get("rows")
          + " component rows; this framework gives unit '" + unit.code() + "' " + rows.size()
          + " (the form was made for another unit list or framework)"));
      return;
    }
    try (TableReader t = wb.sheet(FormLayout.FORM_SHEET)) {
      table(t, source, unit, period, rows, res);
    }
  }

  /** Reads and checks the identification sheet; false when the form cannot be read further. */
  private boolean identification(XlsxWorkbook wb, String source, Map<String, String> id,
      Map<String, SourceLocation> idAt, Result res) throws IOException {
    SourceLocation sheet = SourceLocation.of(source).sheet(FormLayout.ID_SHEET);
    try (TableReader t = wb.sheet(FormLayout.ID_SHEET)) {
      while (t.next()) {
        SourceLocation at = sheet.row(t.row()).column("B (giá trị)");
        String key = text(t, 0, sheet.row(t.row()).column("A (khoá)"), res);
        String value = text(t, 1, at, res);
        if (key == null || value == null) {
          continue;
        }
        if (!FormLayout.KEYS.contains(key) || id.putIfAbsent(key, value) != null) {
          res.problems.add(new DataFormatException(sheet.row(t.row()).column("A (khoá)"), key,
              "identification changed: expected each of the keys " + FormLayout.KEYS + " once"));
          return false;
        }
        idAt.put(key, at);
      }
    }
    for (String k : FormLayout.KEYS) {
      if (!id.containsKey(k)) {
        res.problems.add(new DataFormatException(sheet, k, "identification incomplete: the key '" + k
            + "' is missing; expected the keys " + FormLayout.KEYS + " (use the form as 'dti forms' wrote it)"));
        return false;
      }
    }
    if (!FormLayout.FORMAT.equals(id.get("format")) || !FormLayout.FORMAT_VERSION.equals(id.get("format_version"))) {
      res.problems.add(new DataFormatException(idAt.get("format_version"), id.get("format") + " "
          + id.get("format_version"), "form format not readable: expected " + FormLayout.FORMAT + " version "
          + FormLayout.FORMAT_VERSION));
      return false;
    }
    List<String> sealed = new ArrayList<>();
    for (String k : FormLayout.KEYS.subList(0, FormLayout.KEYS.size() - 1)) {
      sealed.add(id.get(k));
    }
    if (!FormLayout.seal(sealed).equals(id.get("seal"))) {
      res.problems.add(new DataFormatException(idAt.get("seal"), id.get("seal"), "identification changed: the"
          + " seal does not match the framework, unit and period written beside it; expected the identification"
          + " as 'dti forms' wrote it (make a new form for this unit rather than editing one)"));
      return false;
    }
    boolean ok = true;
    if (!framework.id().equals(id.get("framework_id"))) {
      res.problems.add(new DataFormatException(idAt.get("framework_id"), id.get("framework_id"), "the form is for"
          + " framework '" + id.get("framework_id") + "'; expected framework '" + framework.id() + "'"));
      ok = false;
    } else if (!framework.version().equals(id.get("framework_version"))) {
      res.problems.add(new DataFormatException(idAt.get("framework_version"), id.get("framework_version"),
          "the form is for version '" + id.get("framework_version") + "' of framework '" + framework.id()
          + "'; expected version '" + framework.version() + "'"));
      ok = false;
    } else if (!fingerprint.equals(id.get("fingerprint"))) {
      res.problems.add(new DataFormatException(idAt.get("fingerprint"), id.get("fingerprint"), "the form was made"
          + " for another structure of framework '" + framework.id() + "' version '" + framework.version()
          + "' (codes, parents, maxima, rules or applicability differ); expected fingerprint " + fingerprint
          + " (make the forms again from this framework)"));
      ok = false;
    }
    return ok;
  }

  private void table(TableReader t, String source, Unit unit, String period, List<FormLayout.Row> rows,
      Result res) throws IOException {
    SourceLocation sheet = SourceLocation.of(source).sheet(FormLayout.FORM_SHEET);
    String[] block = new String[FormLayout.PERIOD + 1];
    block[FormLayout.FRAMEWORK_ID] = framework.id();
    block[FormLayout.FRAMEWORK_VERSION] = framework.version();
    block[FormLayout.UNIT_CODE] = unit.code();
    block[FormLayout.PERIOD] = period;
    boolean[] seen = new boolean[rows.size()];
    boolean header = false;
    boolean more = true;
    while (more) {
      int r = t.row() - 1;
      if (r < block.length && block[r] != null) {
        SourceLocation at = sheet.row(t.row()).column(FormLayout.column(FormLayout.NAME));
        String found = text(t, FormLayout.NAME, at, res);
        if (found != null && !found.equals(block[r])) {
          res.problems.add(new DataFormatException(at, found, "identification changed: the title block says '"
              + found + "' where the form's identification says '" + block[r] + "'; expected '" + block[r]
              + "' (a form must not be copied or edited for another unit, framework or period)"));
        }
      } else if (r == FormLayout.HEADER) {
        header = headerRow(t, sheet, res);
        if (!header) {
          return;
        }
      } else if (r >= FormLayout.FIRST) {
        int k = r - FormLayout.FIRST;
        if (!header) {
          res.problems.add(new DataFormatException(sheet.row(FormLayout.HEADER + 1), "", "the header row of the"
              + " table is missing; expected " + FormLayout.HEADERS));
          return;
        }
        if (k >= rows.size()) {
          res.problems.add(new DataFormatException(sheet.row(t.row()), firstText(t), "a row below the last"
              + " component of the form (the form has " + rows.size() + " rows, ending at row "
              + (FormLayout.FIRST + rows.size()) + "); expected nothing here"));
        } else {
          seen[k] = true;
          row(t, sheet, unit, period, rows.get(k), res);
        }
      }
      more = t.next();
    }
    for (int k = 0; k < rows.size(); k++) {
      if (!seen[k]) {
        res.problems.add(new DataFormatException(sheet.row(FormLayout.FIRST + k + 1).column(
            FormLayout.column(FormLayout.CODE)), "", "the row of component '" + rows.get(k).code()
            + "' is empty or missing; expected code '" + rows.get(k).code() + "' (rows must not be deleted)"));
      }
    }
  }

  private boolean headerRow(TableReader t, SourceLocation sheet, Result res) {
    for (int c = 0; c < FormLayout.HEADERS.size(); c++) {
      String h = t.type(c) == CellType.TEXT ? t.text(c) : "";
      if (!h.equals(FormLayout.HEADERS.get(c))) {
        res.problems.add(new DataFormatException(sheet.row(t.row()).column(FormLayout.letter(c)), h, "the table's"
            + " columns changed: expected the header '" + FormLayout.HEADERS.get(c) + "' (columns must not be"
            + " inserted, deleted or renamed)"));
        return false;
      }
    }
    if (t.width() > FormLayout.HEADERS.size()) {
      res.problems.add(new DataFormatException(sheet.row(t.row()).column(FormLayout.letter(
          FormLayout.HEADERS.size())), t.text(FormLayout.HEADERS.size()), "the table's columns changed: expected"
          + " nothing after column " + FormLayout.column(FormLayout.NOTE)));
      return false;
    }
    return true;
  }

  private void row(TableReader t, SourceLocation sheet, Unit unit, String period, FormLayout.Row row, Result res) {
    SourceLocation codeAt = sheet.row(t.row()).column(FormLayout.column(FormLayout.CODE));
    String code = text(t, FormLayout.CODE, codeAt, res);
    if (code == null) {
      return;
    }
    if (!code.equals(row.code())) {
      Optional<Node> other = framework.findNode(code);
      String why;
      if (other.isEmpty()) {
        why = "no component of framework '" + framework.id() + "' has this code";
      } else if (!framework.graph().appliesTo(unit)[framework.graph().index(code)]) {
        why = "component '" + other.get().code() + "' does not apply to unit '" + unit.code() + "'"
            + (other.get().appliesTo().isEmpty() ? "" : " (it applies to: " + String.join(", ",
            other.get().appliesTo()) + ")");
      } else {
        why = "the row of component '" + other.get().code() + "' is elsewhere in the form";
      }
      res.problems.add(new DataFormatException(codeAt, code, why + "; expected code '" + row.code()
          + "' in this row (codes and rows of the form must not be changed)"));
      return;
    }
    if (row.input().isEmpty()) {
      for (int c = FormLayout.VALUE; c <= FormLayout.NOTE; c++) {
        if (!t.isEmpty(c)) {
          res.problems.add(new DataFormatException(sheet.row(t.row()).column(FormLayout.column(c)), t.text(c),
              "a heading row (" + kind(framework.node(code).kind()) + ") takes no input; expected an empty cell (fill the rows of its components)"));
        }
      }
      return;
    }
    Input in = row.input().get();
    Cells cells = new Cells(t, sheet, in, res);
    OptionalDouble value = cells.number(FormLayout.VALUE, in.takesValue());
    OptionalDouble numerator = cells.number(FormLayout.NUMERATOR, in.takesRatio());
    OptionalDouble denominator = cells.number(FormLayout.DENOMINATOR, in.takesRatio());
    String category = cells.text(FormLayout.CATEGORY, in.takesCategory());
    String evidence = cells.text(FormLayout.EVIDENCE, true);
    String note = cells.text(FormLayout.NOTE, true);
    if (cells.bad) {
      return;
    }
    SourceLocation at = sheet.row(t.row());
    Measure measure = null;
    boolean ratio = numerator.isPresent() || denominator.isPresent();
    int given = (value.isPresent() ? 1 : 0) + (ratio ? 1 : 0) + (category.isEmpty() ? 0 : 1);
    if (given > 1) {
      res.problems.add(new DataFormatException(at.column(FormLayout.column(FormLayout.VALUE)),
          value.isPresent() ? Numbers.plain(value.getAsDouble()) : category, "more than one kind of answer"
          + (value.isPresent() && ratio ? " (both a value and a numerator or denominator)" : "")
          + "; expected either the value, or the numerator and denominator, or the category"));
      return;
    }
    if (ratio) {
      if (numerator.isEmpty() || denominator.isEmpty()) {
        int missing = numerator.isEmpty() ? FormLayout.NUMERATOR : FormLayout.DENOMINATOR;
        double other = numerator.isEmpty() ? denominator.getAsDouble() : numerator.getAsDouble();
        res.problems.add(new DataFormatException(at.column(FormLayout.column(missing)), "", (numerator.isEmpty()
            ? "a denominator (" + Numbers.plain(other) + ") without a numerator" : "a numerator ("
            + Numbers.plain(other) + ") without a denominator") + "; expected both, or neither and the value"));
        return;
      }
      double a = numerator.getAsDouble();
      double b = denominator.getAsDouble();
      if (in.kind() == Input.Kind.RATIO && (a < 0 || b <= 0 || a > b)) {
        res.problems.add(new DataFormatException(at.column(FormLayout.column(b <= 0 ? FormLayout.DENOMINATOR
            : FormLayout.NUMERATOR)), Numbers.plain(a) + "/" + Numbers.plain(b), "expected a numerator ≥ 0 and"
            + " a denominator > 0 with numerator ≤ denominator (rule 'ratio')"));
        return;
      }
      measure = Measure.ofRatio(a, b);
    } else if (value.isPresent()) {
      measure = Measure.ofValue(value.getAsDouble());
    } else if (!category.isEmpty()) {
      Optional<String> label = in.kind() == Input.Kind.CATEGORY ? in.category(category) : Optional.of(category);
      if (label.isEmpty()) {
        res.problems.add(new DataFormatException(at.column(FormLayout.column(FormLayout.CATEGORY)), category,
            "unknown category; expected one of " + in.categories()));
        return;
      }
      measure = Measure.ofCategory(label.get());
    }
    if (measure == null) {
      if (!evidence.isEmpty() || !note.isEmpty()) {
        res.problems.add(new DataFormatException(at.column(FormLayout.column(evidence.isEmpty() ? FormLayout.NOTE
            : FormLayout.EVIDENCE)), evidence.isEmpty() ? note : evidence, "evidence or a note without an"
            + " answer; expected the " + (in.kind() == Input.Kind.CATEGORY ? "category" : "value") + " as well"
            + " (or clear the cell)"));
      }
      return;
    }
    Observation.Builder o = Observation.builder().unit(unit.code()).indicator(row.code()).period(period)
        .measure(measure);
    if (!evidence.isEmpty()) {
      o.evidence(evidence);
    }
    if (!note.isEmpty()) {
      o.note(note);
    }
    res.observations.add(o.build());
  }

  /** Reads the input cells of one row, noting problems; {@link #bad} once any cell is wrong. */
  private final class Cells {
    private final TableReader t;
    private final SourceLocation row;
    private final Input in;
    private final Result res;
    boolean bad;

    Cells(TableReader t, SourceLocation sheet, Input in, Result res) {
      this.t = t;
      this.row = sheet.row(t.row());
      this.in = in;
      this.res = res;
    }

    private SourceLocation at(int c) {
      return row.column(FormLayout.column(c));
    }

    /** A number cell; empty when blank. */
    OptionalDouble number(int c, boolean allowed) {
      if (!usable(c, allowed)) {
        return OptionalDouble.empty();
      }
      double v;
      switch (t.type(c)) {
        case NUMBER -> v = t.number(c, options.numberStyle());
        case TEXT -> {
          try {
            v = options.numberStyle().parse(t.text(c));
          } catch (IllegalArgumentException e) {
            problem(c, t.text(c), e.getMessage());
            return OptionalDouble.empty();
          }
        }
        case BOOLEAN -> {
          problem(c, t.text(c), "a TRUE/FALSE cell; expected a number");
          return OptionalDouble.empty();
        }
        default -> {
          problem(c, t.text(c), "an error value; expected a number");
          return OptionalDouble.empty();
        }
      }
      if (c == FormLayout.VALUE && in.kind() != Input.Kind.ANY && !in.accepts(v)) {
        problem(c, t.text(c), "out of range; expected " + in.bounds() + " (rule '" + in.rule() + "')");
        return OptionalDouble.empty();
      }
      return OptionalDouble.of(v);
    }

    /** A text cell, "" when blank. */
    String text(int c, boolean allowed) {
      if (!usable(c, allowed)) {
        return "";
      }
      if (t.type(c) != CellType.TEXT && t.type(c) != CellType.NUMBER) {
        problem(c, t.text(c), "expected text, not a " + (t.type(c) == CellType.BOOLEAN ? "TRUE/FALSE" : "error")
            + " cell");
        return "";
      }
      return t.text(c);
    }

    /** Whether a cell holds something to read: not blank, no formula, and a cell this row takes. */
    private boolean usable(int c, boolean allowed) {
      if (t.isEmpty(c)) {
        return false;
      }
      if (t.type(c) == CellType.FORMULA || t.formula(c)) {
        problem(c, t.text(c), "a formula; expected the value itself (forms take values typed in, not formulas)");
        return false;
      }
      if (!allowed) {
        problem(c, t.text(c), "this component does not take a " + FormLayout.HEADERS.get(c).toLowerCase(
            java.util.Locale.ROOT) + "; expected " + (in.kind() == Input.Kind.CATEGORY ? "a category in column "
            + FormLayout.column(FormLayout.CATEGORY) : "a value in column " + FormLayout.column(FormLayout.VALUE)
            + (in.takesRatio() ? " or a numerator and denominator" : "")));
        return false;
      }
      return true;
    }

    private void problem(int c, String raw, String what) {
      bad = true;
      res.problems.add(new DataFormatException(at(c), raw, what));
    }
  }

  /** A cell as text, or null (with a problem) for a boolean, error or formula cell. */
  private static @Nullable String text(TableReader t, int c, SourceLocation at, Result res) {
    try {
      return t.string(c);
    } catch (DataFormatException e) {
      res.problems.add(new DataFormatException(at, t.text(c), "expected text"));
      return null;
    }
  }

  private static String firstText(TableReader t) {
    for (int c = 0; c < t.width(); c++) {
      if (!t.isEmpty(c)) {
        return t.text(c);
      }
    }
    return "";
  }

  /** The kind of a node as a word, for messages. */
  static String kind(NodeKind k) {
    return k.toString().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }
}
