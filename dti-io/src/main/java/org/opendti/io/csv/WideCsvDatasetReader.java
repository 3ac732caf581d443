package org.opendti.io.csv;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.opendti.Dataset;
import org.opendti.DtiException;
import org.opendti.InvalidDataException;
import org.opendti.ProblemsException;
import org.opendti.Unit;
import org.opendti.io.DataFormatException;
import org.opendti.io.NumberStyle;
import org.opendti.io.table.CellType;
import org.opendti.io.table.TableReader;
import org.opendti.io.table.Tables;

/**
 * Reads a dataset in wide form: one row per unit (and period), one column per indicator; COINr's iData layout.
 *
 * <p>The unit column is {@code unit} or {@code uCode}; optional columns are {@code uName} or {@code name} (the unit's
 * display name), {@code period} or {@code Time}, and {@code group} (the ranking group). Every other column is an
 * indicator code. An empty cell, or R's {@code NA}, is a missing value; anything else must be a number in the chosen
 * style.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class WideCsvDatasetReader {
  private static final Set<String> ATTRIBUTES = Set.of("unit", "ucode", "uname", "name", "period", "time", "group");

  private final CsvOptions options;

  private WideCsvDatasetReader(CsvOptions options) {
    this.options = options;
  }

  /**
   * A reader.
   *
   * @param options the options, not null
   * @return the reader, not null
   */
  public static WideCsvDatasetReader of(CsvOptions options) {
    return new WideCsvDatasetReader(Objects.requireNonNull(options, "options"));
  }

  private static final Set<String> LONG_ONLY = Set.of("indicator", "value", "numerator", "denominator", "category");

  /**
   * Whether a header looks like a wide table: it has a {@code unit} or {@code uCode} column and none of the long
   * layout's {@code indicator}, {@code value}, {@code numerator}, {@code denominator} or {@code category} columns (a
   * long table that lacks its {@code indicator} column is a long table with an error, not a wide one).
   *
   * @param header the header fields, not null
   * @return true for a wide table
   */
  public static boolean isWide(List<String> header) {
    boolean unit = false;
    for (String h : header) {
      String k = h.strip().toLowerCase(Locale.ROOT);
      if (LONG_ONLY.contains(k)) {
        return false;
      }
      unit |= k.equals("unit") || k.equals("ucode");
    }
    return unit;
  }

  /**
   * Reads a file, streaming: memory holds the dataset's columns, not the file.
   *
   * @param file the file, not null
   * @return the dataset, not null
   * @throws IOException if the file cannot be read
   * @throws DtiException if the content is bad, naming each row and column
   */
  public Dataset read(Path file) throws IOException {
    return read(file.getFileName().toString(), org.opendti.io.InputFiles.open(file));
  }

  /**
   * Reads bytes.
   *
   * @param source the name used in error messages, not null
   * @param content the bytes, not null
   * @return the dataset, not null
   * @throws DtiException if the content is bad
   */
  public Dataset read(String source, byte[] content) {
    try {
      return read(source, new ByteArrayInputStream(content));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a stream row by row; the stream is read once (pipes and {@code /dev/stdin} work) and closed.
   *
   * @param source the name used in error messages, not null
   * @param in the stream, not null
   * @return the dataset, not null
   * @throws IOException if the stream cannot be read
   * @throws DtiException if the content is bad
   */
  public Dataset read(String source, InputStream in) throws IOException {
    try (TableReader t = Tables.csv(source, in, options.charset(), options.delimiter(), options.maxFieldLength())) {
      return read(t);
    }
  }

  /**
   * Reads the wide layout from a table: a CSV file or a workbook sheet. An empty cell, or R's {@code NA}, is a
   * missing value; a number cell is a number; a text cell is parsed in the options' number style; a boolean, an error
   * value or a formula without saved value is an error at its cell.
   *
   * @param t the table, positioned after its header, not null; not closed
   * @return the dataset, not null
   * @throws IOException if the table cannot be read
   * @throws DtiException if the content is bad, naming each row and column
   */
  public Dataset read(TableReader t) throws IOException {
    List<String> header = t.header();
    int unit = t.column("unit", "uCode");
    if (unit < 0) {
      throw new DataFormatException(t.source().row(1), String.join(",", header), "missing the unit column ('unit' or"
          + " 'uCode')");
    }
    int name = t.column("uName", "name");
    int period = t.column("period", "Time");
    int group = t.column("group");
    List<Integer> indicators = new ArrayList<>();
    for (int c = 0; c < header.size(); c++) {
      if (!ATTRIBUTES.contains(header.get(c).toLowerCase(Locale.ROOT))) {
        indicators.add(c);
      }
    }
    if (indicators.isEmpty()) {
      throw new DataFormatException(t.source().row(1), String.join(",", header), "no indicator columns");
    }
    for (int c : indicators) {
      if (header.get(c).isBlank()) {
        throw new DataFormatException(t.source().row(1).column("#" + (c + 1)), String.join(",", header),
            "column " + (c + 1) + " has no header; name the indicator it holds");
      }
    }
    int[] columns = indicators.stream().mapToInt(Integer::intValue).toArray();
    List<DtiException> problems = new ArrayList<>();
    Dataset.Builder b = Dataset.builder();
    UnitNames names = new UnitNames(options, b);
    // one column writer per indicator and period; the period of the previous row is the usual one
    java.util.Map<String, Dataset.Builder.ColumnWriter[]> byPeriod = new java.util.HashMap<>();
    String lastPeriod = null;
    Dataset.Builder.ColumnWriter[] writers = null;
    NumberStyle style = options.numberStyle();
    int rows = 0;
    while (t.next()) {
      rows++;
      String code;
      String p;
      int u;
      try {
        String unitName = t.string(unit);
        if (unitName.isEmpty()) {
          problems.add(new DataFormatException(t.at(unit), "", "empty unit"));
          continue;
        }
        code = names.code(t, unit, unitName);
        p = period >= 0 ? t.string(period) : Dataset.SINGLE_PERIOD;
        java.util.OptionalInt found = b.findUnit(code);
        if (found.isPresent()) {
          u = found.getAsInt();
        } else if (names.registry()) {
          u = b.unitPosition(code);
        } else {
          String display = name >= 0 ? t.string(name) : "";
          Unit.Builder ub = Unit.builder().code(code).name(display.isEmpty() ? code : display);
          if (group >= 0 && !t.isEmpty(group)) {
            ub.group(t.string(group));
          }
          try {
            b.addUnit(ub.build());
          } catch (InvalidDataException e) {
            problems.add(new DataFormatException(t.at(unit), code, e.getMessage()));
            continue;
          }
          u = b.unitPosition(code);
        }
      } catch (DataFormatException e) {
        problems.add(e);
        continue;
      }
      if (!p.equals(lastPeriod)) {
        String key = p;
        writers = byPeriod.computeIfAbsent(key, k -> {
          Dataset.Builder.ColumnWriter[] w = new Dataset.Builder.ColumnWriter[columns.length];
          for (int i = 0; i < columns.length; i++) {
            w[i] = b.column(header.get(columns[i]), k);
          }
          return w;
        });
        lastPeriod = p;
      }
      for (int i = 0; i < columns.length; i++) {
        int c = columns[i];
        CellType type = t.type(c);
        if (type == CellType.EMPTY || type == CellType.TEXT && isNa(t, c)) {
          continue;
        }
        double v;
        try {
          v = t.number(c, style);
        } catch (DataFormatException e) {
          problems.add(e);
          continue;
        }
        try {
          writers[i].put(u, v);
        } catch (InvalidDataException e) {
          problems.add(new DataFormatException(t.at(c), t.text(c), e.getMessage()));
        }
      }
      if (problems.size() + t.problems().size() > CsvDatasetReader.MAX_PROBLEMS) {
        break;
      }
    }
    problems.addAll(0, t.problems());
    ProblemsException.throwIfAny(problems);
    if (rows == 0) {
      throw new DataFormatException(t.source(), "", "the file has a header but no data rows");
    }
    return b.build();
  }

  private static boolean isNa(TableReader t, int column) {
    return t.textIs(column, "NA");
  }
}
