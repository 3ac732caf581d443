package org.opendti.io.csv;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.opendti.DtiException;
import org.opendti.ProblemsException;
import org.opendti.Unit;
import org.opendti.UnitKind;
import org.opendti.io.DataFormatException;
import org.opendti.io.table.TableReader;
import org.opendti.io.table.Tables;

/**
 * Reads the list of units an office assesses: one row per unit with the columns {@code unit} (its code, required),
 * {@code name}, {@code kind} ({@code department}/{@code sở}, {@code district}/{@code huyện}, {@code commune}/{@code xã},
 * ... as {@link UnitKind#parse(String)} reads them), {@code group} (the block it is ranked in), {@code ranked}
 * ({@code yes}/{@code no}, {@code có}/{@code không}, {@code true}/{@code false}, {@code 1}/{@code 0}; empty is yes) and
 * {@code tags} (separated by ';'), in any order. Headers may also be written in Vietnamese ({@code mã}, {@code tên},
 * {@code loại}, {@code khối}, {@code xếp hạng}, {@code nhãn}), matched ignoring case and diacritics' normal form.
 *
 * <p>Every problem (a missing code, an unknown kind, a ranked cell that is not yes or no, a unit listed twice, an
 * unknown column) names its file, row and column with the value and what was expected, and all problems of a file are
 * reported together. Entirely empty rows are passed over (spreadsheets leave them between blocks); nothing else is.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class UnitListReader {
  private static final List<String> COLUMNS = List.of("unit", "name", "kind", "group", "ranked", "tags");
  /** The columns by their accepted headers, English first. */
  private static final Map<String, String> HEADERS = headers();
  private static final Map<String, Boolean> YES_NO = yesNo();

  private final CsvOptions options;

  private UnitListReader(CsvOptions options) {
    this.options = options;
  }

  /**
   * A reader with options (encoding, delimiter, field length of CSV files).
   *
   * @param options the options, not null
   * @return the reader, not null
   */
  public static UnitListReader of(CsvOptions options) {
    return new UnitListReader(Objects.requireNonNull(options, "options"));
  }

  /**
   * Reads a CSV file.
   *
   * @param file the file, not null
   * @return the units, in file order, not null
   * @throws IOException if the file cannot be read
   * @throws DtiException if the content is bad: every problem, located
   */
  public List<Unit> read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file);
        TableReader t = Tables.csv(file.getFileName().toString(), in, options.charset(), options.delimiter(),
            options.maxFieldLength())) {
      return read(t);
    }
  }

  /**
   * Reads a table: a CSV file or a workbook sheet, positioned after its header.
   *
   * @param table the table, not null; not closed
   * @return the units, in table order, not null
   * @throws IOException if the table cannot be read
   * @throws DtiException if the content is bad: every problem, located
   */
  public List<Unit> read(TableReader table) throws IOException {
    List<DtiException> problems = new ArrayList<>();
    int[] at = new int[COLUMNS.size()];
    java.util.Arrays.fill(at, -1);
    List<String> header = table.header();
    for (int c = 0; c < header.size(); c++) {
      String h = header.get(c);
      if (h.isBlank()) {
        continue;
      }
      String column = HEADERS.get(Unit.key(h));
      if (column == null) {
        problems.add(new DataFormatException(table.at(c), h, "unknown column; expected " + String.join(", ",
            COLUMNS) + " (or mã, tên, loại, khối, xếp hạng, nhãn)"));
        continue;
      }
      int k = COLUMNS.indexOf(column);
      if (at[k] >= 0) {
        problems.add(new DataFormatException(table.at(c), h, "the column '" + column + "' is given twice"));
      }
      at[k] = c;
    }
    if (at[0] < 0) {
      problems.add(new DataFormatException(table.atRow(), String.join(",", header), "expected a column 'unit' (or"
          + " 'mã') with each unit's code"));
    }
    ProblemsException.throwIfAny(problems);
    ImmutableList.Builder<Unit> out = ImmutableList.builder();
    Map<String, String> firstRow = new HashMap<>();
    while (table.next()) {
      if (emptyRow(table)) {
        continue;
      }
      String code = cell(table, at[0]);
      if (code.isEmpty()) {
        problems.add(new DataFormatException(table.at(at[0]), "", "expected the unit's code"));
        continue;
      }
      Unit.Builder b = Unit.builder().code(code);
      String name = cell(table, at[1]);
      b.name(name.isEmpty() ? code : name);
      String kind = cell(table, at[2]);
      if (!kind.isEmpty()) {
        try {
          b.kind(UnitKind.parse(kind));
        } catch (IllegalArgumentException e) {
          problems.add(new DataFormatException(table.at(at[2]), kind, e.getMessage()));
        }
      }
      String group = cell(table, at[3]);
      if (!group.isEmpty()) {
        b.group(group);
      }
      String ranked = cell(table, at[4]);
      if (!ranked.isEmpty()) {
        Boolean yes = YES_NO.get(Unit.key(ranked));
        if (yes == null) {
          problems.add(new DataFormatException(table.at(at[4]), ranked, "expected yes or no (có or không)"));
        } else {
          b.ranked(yes);
        }
      }
      for (String tag : cell(table, at[5]).split(";")) {
        if (!tag.isBlank()) {
          b.addTags(tag.strip());
        }
      }
      String location = table.atRow().toString();
      String previous = firstRow.putIfAbsent(Unit.key(code), location);
      if (previous != null) {
        problems.add(new DataFormatException(table.at(at[0]), code, "the unit is listed twice; first at " + previous));
        continue;
      }
      try {
        out.add(b.build());
      } catch (DtiException e) {
        problems.add(new DataFormatException(table.atRow(), code, e.getMessage()));
      }
    }
    problems.addAll(table.problems());
    ProblemsException.throwIfAny(problems);
    return out.build();
  }

  private static boolean emptyRow(TableReader t) {
    for (int c = 0; c < t.width(); c++) {
      if (!t.isEmpty(c) && !t.string(c).isBlank()) {
        return false;
      }
    }
    return true;
  }

  private static String cell(TableReader t, int column) {
    return column < 0 || column >= t.width() ? "" : t.string(column).strip();
  }

  private static Map<String, String> headers() {
    Map<String, String> m = new HashMap<>();
    String[][] names = {{"unit", "code", "mã", "mã đơn vị", "đơn vị"}, {"name", "tên", "tên đơn vị"},
        {"kind", "loại", "loại đơn vị"}, {"group", "khối", "nhóm"}, {"ranked", "xếp hạng"}, {"tags", "nhãn"}};
    for (int k = 0; k < names.length; k++) {
      for (String n : names[k]) {
        m.put(Unit.key(n), COLUMNS.get(k));
      }
    }
    return Map.copyOf(m);
  }

  private static Map<String, Boolean> yesNo() {
    Map<String, Boolean> m = new HashMap<>();
    for (String y : List.of("yes", "y", "true", "1", "có", "co", "x")) {
      m.put(Unit.key(y), true);
    }
    for (String n : List.of("no", "n", "false", "0", "không", "khong")) {
      m.put(Unit.key(n), false);
    }
    return Map.copyOf(m);
  }

  @Override
  public String toString() {
    return "UnitListReader{" + options + "}";
  }
}
