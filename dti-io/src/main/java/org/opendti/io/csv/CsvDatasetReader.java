package org.opendti.io.csv;

import com.google.common.collect.ImmutableList;
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
import org.opendti.Dataset;
import org.opendti.DtiException;
import org.opendti.InvalidDataException;
import org.opendti.Measure;
import org.opendti.Observation;
import org.opendti.ProblemsException;
import org.opendti.Provenance;
import org.opendti.io.DataFormatException;
import org.opendti.io.SourceLocation;

/**
 * Reads a dataset in long form: one row per observation.
 *
 * <p>Columns (headers compared ignoring case): {@code unit} and {@code indicator} (required), {@code value}, or
 * {@code numerator} and {@code denominator}, or {@code category} (one of them per row), and optionally
 * {@code period}, {@code source} (report, automatic, survey or expert) and {@code evidence}. Any other column is an
 * error naming it, so a misspelt {@code perod} is not silently ignored. An empty value with neither a ratio nor a
 * category is an error: leave the row out when a unit has no observation.
 *
 * <pre>{@code
 * Dataset d = CsvDatasetReader.of(CsvOptions.defaults()).read(Path.of("dti2022.csv"));
 * }</pre>
 *
 * <p>Every problem of the file is collected and thrown together ({@link ProblemsException}, or the single
 * {@link DataFormatException}). This class is immutable and thread-safe.
 */
public final class CsvDatasetReader {
  /** The columns this reader understands. */
  public static final List<String> COLUMNS = ImmutableList.of("unit", "indicator", "value", "period", "numerator",
      "denominator", "category", "source", "evidence");

  private final CsvOptions options;

  private CsvDatasetReader(CsvOptions options) {
    this.options = options;
  }

  /**
   * A reader.
   *
   * @param options the options, not null
   * @return the reader, not null
   */
  public static CsvDatasetReader of(CsvOptions options) {
    return new CsvDatasetReader(Objects.requireNonNull(options, "options"));
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
    List<DtiException> problems = new ArrayList<>();
    for (int c = 0; c < t.header.size(); c++) {
      String h = t.header.get(c).toLowerCase(Locale.ROOT);
      if (!COLUMNS.contains(h) && !h.isEmpty()) {
        problems.add(new DataFormatException(t.source.row(1).column(t.header.get(c)), t.header.get(c),
            "unknown column; expected the columns " + COLUMNS));
      }
    }
    int unit = t.column("unit");
    int indicator = t.column("indicator");
    int value = t.column("value");
    int numerator = t.column("numerator");
    int denominator = t.column("denominator");
    int category = t.column("category");
    int period = t.column("period");
    int prov = t.column("source");
    int evidence = t.column("evidence");
    for (String need : new String[] {"unit", "indicator"}) {
      if (t.column(need) < 0) {
        problems.add(new DataFormatException(t.source.row(1), String.join(",", t.header), "missing required column '"
            + need + "'"));
      }
    }
    if (value < 0 && numerator < 0 && category < 0) {
      problems.add(new DataFormatException(t.source.row(1), String.join(",", t.header), "missing column 'value' (or"
          + " 'numerator' and 'denominator', or 'category')"));
    }
    if ((numerator < 0) != (denominator < 0)) {
      problems.add(new DataFormatException(t.source.row(1), String.join(",", t.header), "'numerator' and"
          + " 'denominator' must come together"));
    }
    if (!problems.isEmpty()) {
      problems.addAll(t.problems);
      ProblemsException.throwIfAny(problems);
    }
    Dataset.Builder b = Dataset.builder();
    java.util.Map<String, String> seen = new java.util.HashMap<>();
    int rows = 0;
    for (CsvStream.Row r = t.next(); r != null; r = t.next()) {
      rows++;
      String[] row = r.fields();
      try {
        if (row[unit].isEmpty()) {
          throw new DataFormatException(t.at(r, unit), "", "empty unit");
        }
        String code = t.unit(b, seen, r, unit);
        Observation o = observation(t, r, code, unit, indicator, value, numerator, denominator, category, period,
            prov, evidence);
        try {
          b.add(o);
        } catch (InvalidDataException e) {
          problems.add(new DataFormatException(t.at(r, value >= 0 ? value : indicator), e.rawValue(),
              e.getMessage()));
        }
      } catch (DataFormatException e) {
        problems.add(e);
      }
      if (problems.size() + t.problems.size() > MAX_PROBLEMS) {
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

  /** Reading stops after this many problems: a file with more has a systematic fault. */
  static final int MAX_PROBLEMS = 1000;

  private Observation observation(CsvStream t, CsvStream.Row r, String unitCode, int unit, int indicator, int value,
      int numerator, int denominator, int category, int period, int prov, int evidence) {
    String[] row = r.fields();
    if (row[indicator].isEmpty()) {
      throw new DataFormatException(t.at(r, indicator), "", "empty indicator");
    }
    Measure m;
    boolean hasValue = value >= 0 && !row[value].isEmpty();
    boolean hasRatio = numerator >= 0 && (!row[numerator].isEmpty() || !row[denominator].isEmpty());
    boolean hasCategory = category >= 0 && !row[category].isEmpty();
    int given = (hasValue ? 1 : 0) + (hasRatio ? 1 : 0) + (hasCategory ? 1 : 0);
    if (given == 0) {
      throw new DataFormatException(t.at(r, value >= 0 ? value : indicator), "", "no value; give a value, a"
          + " numerator and denominator, or a category (leave the row out if the unit has no observation)");
    }
    if (given > 1) {
      throw new DataFormatException(t.at(r, indicator), "", "give only one of value, numerator/denominator and"
          + " category");
    }
    try {
      if (hasValue) {
        m = Measure.ofValue(number(t, r, value));
      } else if (hasRatio) {
        m = Measure.ofRatio(number(t, r, numerator), number(t, r, denominator));
      } else {
        m = Measure.ofCategory(row[category]);
      }
    } catch (IllegalArgumentException e) {
      // the measure's own checks (e.g. a denominator of 0), located at the row
      int at = hasValue ? value : hasRatio ? denominator : category;
      throw new DataFormatException(t.at(r, at), row[at], e.getMessage());
    }
    Observation.Builder o = Observation.builder().unit(unitCode).indicator(row[indicator]).measure(m);
    if (period >= 0) {
      o.period(row[period]);
    }
    if (prov >= 0 && !row[prov].isEmpty()) {
      o.provenance(provenance(t.at(r, prov), row[prov]));
    }
    if (evidence >= 0 && !row[evidence].isEmpty()) {
      o.evidence(row[evidence]);
    }
    return o.build();
  }

  private double number(CsvStream t, CsvStream.Row r, int c) {
    String cell = r.fields()[c];
    SourceLocation at = t.at(r, c);
    if (cell.isEmpty()) {
      throw new DataFormatException(at, "", "empty; expected a number");
    }
    try {
      return options.numberStyle().parse(cell);
    } catch (IllegalArgumentException e) {
      throw new DataFormatException(at, cell, e.getMessage());
    }
  }

  static Provenance provenance(SourceLocation at, String text) {
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "report", "báo cáo", "bao cao" -> Provenance.REPORT;
      case "automatic", "auto", "tự động", "tu dong", "đo lường tự động" -> Provenance.AUTOMATIC;
      case "survey", "khảo sát", "khao sat" -> Provenance.SURVEY;
      case "expert", "chuyên gia", "chuyen gia" -> Provenance.EXPERT;
      default -> throw new DataFormatException(at, text, "unknown source; expected report, automatic, survey"
          + " or expert");
    };
  }
}
