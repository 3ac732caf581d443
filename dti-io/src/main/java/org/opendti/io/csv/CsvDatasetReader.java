package org.opendti.io.csv;

import com.google.common.collect.ImmutableList;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
import org.opendti.Stage;
import org.opendti.StagedDataset;
import org.opendti.io.DataFormatException;
import org.opendti.io.NumberStyle;
import org.opendti.io.SourceLocation;
import org.opendti.io.table.CellType;
import org.opendti.io.table.TableReader;
import org.opendti.io.table.Tables;
import org.opendti.io.table.TextIds;

/**
 * Reads a dataset in long form: one row per observation.
 *
 * <p>Columns (headers compared ignoring case): {@code unit} and {@code indicator} (required), {@code value}, or
 * {@code numerator} and {@code denominator}, or {@code category} (one of them per row), and optionally
 * {@code period}, {@code source} (report, automatic, survey or expert), {@code evidence} and {@code note}. Any other
 * column is an
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
  /** The columns of the long layout, as the writer writes them. */
  public static final List<String> COLUMNS = ImmutableList.of("unit", "indicator", "value", "period", "numerator",
      "denominator", "category", "source", "evidence", "note");
  /** The column of a staged file, read by {@link #readStaged(TableReader)}: self or appraised on each row. */
  public static final String STAGE = "stage";

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
   * Reads the long layout from a table: a CSV file or a workbook sheet. Cells are read by type: a number cell is a
   * number, a text cell is parsed in the options' number style, and a boolean, an error value or a formula without
   * saved value is an error at its cell.
   *
   * @param t the table, positioned after its header, not null; not closed
   * @return the dataset, not null
   * @throws IOException if the table cannot be read
   * @throws DtiException if the content is bad, naming each row and column
   */
  public Dataset read(TableReader t) throws IOException {
    if (t.column(STAGE) >= 0) {
      throw new DataFormatException(t.source().row(1).column(STAGE), STAGE, "this file has a 'stage' column"
          + " (self-assessed and appraised values of an assessment round): read it as a round (in Java"
          + " CsvDatasetReader.readStaged or DtiFiles.readDataFile; 'dti score --data FILE --stage self|appraised'"
          + " scores one stage, 'dti appraisal' compares them), or remove the column");
    }
    return body(t, false)[0];
  }

  /**
   * Reads the long layout of an assessment round from a table: the {@code stage} column says whether a row is the
   * unit's self-assessment ({@code self}, {@code tự đánh giá}) or the appraisal council's value ({@code appraised},
   * {@code thẩm định}); see {@link StagedDataset}. A row without a stage is an error at its cell, as is a value given
   * twice in one stage.
   *
   * @param t the table, positioned after its header, not null; not closed
   * @return both stages, not null
   * @throws IOException if the table cannot be read
   * @throws DtiException if the content is bad, naming each row and column; a table without a {@code stage} column
   *     is one
   */
  public StagedDataset readStaged(TableReader t) throws IOException {
    if (t.column(STAGE) < 0) {
      throw new DataFormatException(t.source().row(1), String.join(",", t.header()), "missing column 'stage' (self"
          + " or appraised on each row)");
    }
    Dataset[] both = body(t, true);
    return StagedDataset.of(both[0], both[1]);
  }

  /**
   * Reads a file of an assessment round, streaming ({@link #readStaged(TableReader)}).
   *
   * @param file the file, not null
   * @return both stages, not null
   * @throws IOException if the file cannot be read
   * @throws DtiException if the content is bad, naming each row and column
   */
  public StagedDataset readStaged(Path file) throws IOException {
    try (TableReader t = Tables.csv(file.getFileName().toString(), org.opendti.io.InputFiles.open(file),
        options.charset(), options.delimiter(), options.maxFieldLength())) {
      return readStaged(t);
    }
  }

  /** The rows of a table into one dataset, or (staged) into the self-assessed and the appraised one. */
  private Dataset[] body(TableReader t, boolean staged) throws IOException {
    List<DtiException> problems = new ArrayList<>();
    List<String> header = t.header();
    for (String name : header) {
      String h = name.toLowerCase(Locale.ROOT);
      if (!COLUMNS.contains(h) && !h.isEmpty() && !h.equals(STAGE)) {
        problems.add(new DataFormatException(t.source().row(1).column(name), name,
            "unknown column; expected the columns " + COLUMNS + " (and " + STAGE + " in a staged file)"));
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
    int note = t.column("note");
    int stage = t.column(STAGE);
    for (String need : new String[] {"unit", "indicator"}) {
      if (t.column(need) < 0) {
        problems.add(new DataFormatException(t.source().row(1), String.join(",", header), "missing required column '"
            + need + "'"));
      }
    }
    if (value < 0 && numerator < 0 && category < 0) {
      problems.add(new DataFormatException(t.source().row(1), String.join(",", header), "missing column 'value' (or"
          + " 'numerator' and 'denominator', or 'category')"));
    }
    if ((numerator < 0) != (denominator < 0)) {
      problems.add(new DataFormatException(t.source().row(1), String.join(",", header), "'numerator' and"
          + " 'denominator' must come together"));
    }
    if (!problems.isEmpty()) {
      problems.addAll(0, t.problems());
      ProblemsException.throwIfAny(problems);
    }
    int stages = staged ? 2 : 1;
    Dataset.Builder[] builders = new Dataset.Builder[stages];
    UnitNames[] unitNames = new UnitNames[stages];
    PlainRows[] plains = new PlainRows[stages];
    for (int k = 0; k < stages; k++) {
      builders[k] = Dataset.builder();
      unitNames[k] = new UnitNames(options, builders[k]);
      plains[k] = new PlainRows(builders[k], unitNames[k], options.numberStyle());
    }
    int rows = 0;
    while (t.next()) {
      rows++;
      try {
        int k = 0;
        if (staged) {
          String word = t.string(stage);
          Stage s = Stage.find(word).orElseThrow(() -> new DataFormatException(t.at(stage), word, "expected the"
              + " stage: self or appraised (tự đánh giá or thẩm định)"));
          k = s == Stage.SELF ? 0 : 1;
        }
        Dataset.Builder b = builders[k];
        UnitNames names = unitNames[k];
        if (plains[k].read(t, unit, indicator, value, numerator, denominator, category, period, prov, evidence, note)) {
          if (problems.size() + t.problems().size() > MAX_PROBLEMS) {
            break;
          }
          continue;
        }
        String name = t.string(unit);
        if (name.isEmpty()) {
          throw new DataFormatException(t.at(unit), "", "empty unit");
        }
        String code = names.code(t, unit, name);
        Observation o = observation(t, code, indicator, value, numerator, denominator, category, period, prov,
            evidence, note);
        try {
          b.add(o);
        } catch (InvalidDataException e) {
          problems.add(new DataFormatException(t.at(value >= 0 ? value : indicator), e.rawValue(),
              e.getMessage()));
        }
      } catch (DataFormatException e) {
        problems.add(e);
      }
      if (problems.size() + t.problems().size() > MAX_PROBLEMS) {
        break;
      }
    }
    problems.addAll(0, t.problems());
    ProblemsException.throwIfAny(problems);
    if (rows == 0) {
      throw new DataFormatException(t.source(), "", "the file has a header but no data rows");
    }
    Dataset[] out = new Dataset[stages];
    for (int k = 0; k < stages; k++) {
      out[k] = builders[k].build();
    }
    return out;
  }

  /**
   * The usual row, read without an object per row: a plain value in text cells, no ratio, category, source or
   * evidence. Each distinct spelling of a unit, an indicator and a period is resolved once, as the general route
   * resolves it (the same unit code, unit position and column), and recognised by its number afterwards, so a row
   * costs no string and no Unicode normalisation; the checks run in the general route's order and fail with its
   * errors. A row it declines (a duplicate, a blank code) is left to the general route, which reports it as always.
   */
  private static final class PlainRows {
    private final Dataset.Builder builder;
    private final UnitNames names;
    private final NumberStyle style;
    private final TextIds units = new TextIds();
    private final TextIds indicators = new TextIds();
    private final TextIds periods = new TextIds();
    /** Per unit spelling: its code (null until resolved) and its position in the builder (−1 until known). */
    private String[] codes = new String[64];
    private int[] positions = new int[64];
    /** Per period spelling (0 for none or empty, else its number + 1), per indicator spelling: the column. */
    private Dataset.Builder.ColumnWriter[][] columns = new Dataset.Builder.ColumnWriter[4][];

    PlainRows(Dataset.Builder builder, UnitNames names, NumberStyle style) {
      this.builder = builder;
      this.names = names;
      this.style = style;
      java.util.Arrays.fill(positions, -1);
    }

    /**
     * Reads the current row if it is a plain value.
     *
     * @return true if the row was read and stored; false to read it by the general route (nothing stored)
     * @throws DataFormatException where the general route would throw it, for the same reason
     */
    boolean read(TableReader t, int unit, int indicator, int value, int numerator, int denominator, int category,
        int period, int prov, int evidence, int note) {
      if (value < 0 || t.type(unit) != CellType.TEXT || t.type(indicator) != CellType.TEXT || t.isEmpty(value)
          || numerator >= 0 && (!t.isEmpty(numerator) || !t.isEmpty(denominator))
          || category >= 0 && !t.isEmpty(category) || prov >= 0 && !t.isEmpty(prov)
          || evidence >= 0 && !t.isEmpty(evidence) || note >= 0 && !t.isEmpty(note)
          || period >= 0 && t.type(period) != CellType.TEXT && t.type(period) != CellType.EMPTY) {
        return false;
      }
      int u = units.id(t, unit);
      String name = units.text(u);
      if (name.isEmpty()) {
        throw new DataFormatException(t.at(unit), "", "empty unit");
      }
      if (u >= codes.length) {
        int n = codes.length;
        codes = java.util.Arrays.copyOf(codes, n * 2);
        positions = java.util.Arrays.copyOf(positions, n * 2);
        java.util.Arrays.fill(positions, n, n * 2, -1);
      }
      String code = codes[u];
      if (code == null) {
        code = names.code(t, unit, name);
        codes[u] = code;
      }
      int i = indicators.id(t, indicator);
      String ind = indicators.text(i);
      if (ind.isEmpty()) {
        throw new DataFormatException(t.at(indicator), "", "empty indicator");
      }
      double v = t.number(value, style);
      if (code.isBlank() || ind.isBlank()) {
        return false;
      }
      int p = period < 0 || t.type(period) == CellType.EMPTY ? 0 : periods.id(t, period) + 1;
      try {
        int position = positions[u];
        if (position < 0) {
          position = builder.unitPosition(code);
          positions[u] = position;
        }
        column(p, i, ind).put(position, v);
      } catch (InvalidDataException e) {
        return false;
      }
      return true;
    }

    private Dataset.Builder.ColumnWriter column(int p, int i, String indicator) {
      if (p >= columns.length) {
        columns = java.util.Arrays.copyOf(columns, Math.max(p + 1, columns.length * 2));
      }
      Dataset.Builder.ColumnWriter[] byIndicator = columns[p];
      if (byIndicator == null || i >= byIndicator.length) {
        byIndicator = byIndicator == null ? new Dataset.Builder.ColumnWriter[Math.max(16, i + 1)]
            : java.util.Arrays.copyOf(byIndicator, Math.max(i + 1, byIndicator.length * 2));
        columns[p] = byIndicator;
      }
      Dataset.Builder.ColumnWriter w = byIndicator[i];
      if (w == null) {
        w = builder.column(indicator, p == 0 ? Dataset.SINGLE_PERIOD : periods.text(p - 1));
        byIndicator[i] = w;
      }
      return w;
    }
  }

  /** Reading stops after this many problems: a file with more has a systematic fault. */
  static final int MAX_PROBLEMS = 1000;

  private Observation observation(TableReader t, String unitCode, int indicator, int value, int numerator,
      int denominator, int category, int period, int prov, int evidence, int note) {
    String ind = t.string(indicator);
    if (ind.isEmpty()) {
      throw new DataFormatException(t.at(indicator), "", "empty indicator");
    }
    Measure m;
    boolean hasValue = value >= 0 && !t.isEmpty(value);
    boolean hasRatio = numerator >= 0 && (!t.isEmpty(numerator) || !t.isEmpty(denominator));
    boolean hasCategory = category >= 0 && !t.isEmpty(category);
    int given = (hasValue ? 1 : 0) + (hasRatio ? 1 : 0) + (hasCategory ? 1 : 0);
    if (given == 0) {
      throw new DataFormatException(t.at(value >= 0 ? value : indicator), "", "no value; give a value, a"
          + " numerator and denominator, or a category (leave the row out if the unit has no observation)");
    }
    if (given > 1) {
      throw new DataFormatException(t.at(indicator), "", "give only one of value, numerator/denominator and"
          + " category");
    }
    NumberStyle style = options.numberStyle();
    try {
      if (hasValue) {
        m = Measure.ofValue(t.number(value, style));
      } else if (hasRatio) {
        m = Measure.ofRatio(t.number(numerator, style), t.number(denominator, style));
      } else {
        m = Measure.ofCategory(t.string(category));
      }
    } catch (IllegalArgumentException e) {
      // the measure's own checks (e.g. a denominator of 0), located at the row
      int at = hasValue ? value : hasRatio ? denominator : category;
      throw new DataFormatException(t.at(at), t.text(at), e.getMessage());
    }
    Observation.Builder o = Observation.builder().unit(unitCode).indicator(ind).measure(m);
    if (period >= 0) {
      o.period(t.string(period));
    }
    if (prov >= 0 && !t.isEmpty(prov)) {
      o.provenance(provenance(t.at(prov), t.string(prov)));
    }
    if (evidence >= 0 && !t.isEmpty(evidence)) {
      o.evidence(t.string(evidence));
    }
    if (note >= 0 && !t.isEmpty(note)) {
      o.note(t.string(note));
    }
    return o.build();
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
