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
    try (InputStream in = Files.newInputStream(file)) {
      return read(file.getFileName().toString(), in);
    }
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
   * Reads a stream row by row.
   *
   * @param source the name used in error messages, not null
   * @param in the stream, not closed by this method, not null
   * @return the dataset, not null
   * @throws IOException if the stream cannot be read
   * @throws DtiException if the content is bad
   */
  public Dataset read(String source, InputStream in) throws IOException {
    try (CsvStream t = CsvStream.open(source, in, options)) {
      return read(t);
    }
  }

  private Dataset read(CsvStream t) {
    int unit = t.column("unit", "uCode");
    if (unit < 0) {
      throw new DataFormatException(t.source.row(1), String.join(",", t.header), "missing the unit column ('unit' or"
          + " 'uCode')");
    }
    int name = t.column("uName", "name");
    int period = t.column("period", "Time");
    int group = t.column("group");
    List<Integer> indicators = new ArrayList<>();
    for (int c = 0; c < t.header.size(); c++) {
      if (!ATTRIBUTES.contains(t.header.get(c).toLowerCase(Locale.ROOT))) {
        indicators.add(c);
      }
    }
    if (indicators.isEmpty()) {
      throw new DataFormatException(t.source.row(1), String.join(",", t.header), "no indicator columns");
    }
    for (int c : indicators) {
      if (t.header.get(c).isBlank()) {
        throw new DataFormatException(t.source.row(1).column("#" + (c + 1)), String.join(",", t.header),
            "column " + (c + 1) + " has no header; name the indicator it holds");
      }
    }
    List<DtiException> problems = new ArrayList<>();
    Dataset.Builder b = Dataset.builder();
    java.util.Map<String, String> seen = new java.util.HashMap<>();
    java.util.Set<String> known = new java.util.HashSet<>();
    int rows = 0;
    for (CsvStream.Row r = t.next(); r != null; r = t.next()) {
      rows++;
      String[] row = r.fields();
      if (row[unit].isEmpty()) {
        problems.add(new DataFormatException(t.at(r, unit), "", "empty unit"));
        continue;
      }
      String code;
      try {
        code = t.unit(b, seen, r, unit);
      } catch (DataFormatException e) {
        problems.add(e);
        continue;
      }
      String p = period >= 0 ? row[period] : Dataset.SINGLE_PERIOD;
      if (options.units().isEmpty() && known.add(Unit.nfc(code).toLowerCase(Locale.ROOT))) {
        Unit.Builder u = Unit.builder().code(code).name(name >= 0 && !row[name].isEmpty() ? row[name] : code);
        if (group >= 0 && !row[group].isEmpty()) {
          u.group(row[group]);
        }
        try {
          b.addUnit(u.build());
        } catch (InvalidDataException e) {
          problems.add(new DataFormatException(t.at(r, unit), code, e.getMessage()));
          continue;
        }
      }
      for (int c : indicators) {
        String cell = row[c];
        if (cell.isEmpty() || cell.equals("NA")) {
          continue;
        }
        double v;
        try {
          v = options.numberStyle().parse(cell);
        } catch (IllegalArgumentException e) {
          problems.add(new DataFormatException(t.at(r, c), cell, e.getMessage()));
          continue;
        }
        try {
          b.put(code, t.header.get(c), p, v);
        } catch (InvalidDataException e) {
          problems.add(new DataFormatException(t.at(r, c), cell, e.getMessage()));
        }
      }
      if (problems.size() + t.problems.size() > CsvDatasetReader.MAX_PROBLEMS) {
        break;
      }
    }
    problems.addAll(0, t.problems);
    ProblemsException.throwIfAny(problems);
    if (rows == 0) {
      throw new DataFormatException(t.source, "", "the file has a header but no data rows");
    }
    return b.build();
  }
}
