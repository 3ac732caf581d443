package org.opendti.io.files;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.opendti.Dataset;
import org.opendti.Framework;
import org.opendti.Frameworks;
import org.opendti.Language;
import org.opendti.StagedDataset;
import org.opendti.Unit;
import org.opendti.engine.Results;
import org.opendti.io.DataFormatException;
import org.opendti.io.InputFiles;
import org.opendti.io.OutputFiles;
import org.opendti.io.SourceLocation;
import org.opendti.io.csv.CoinrMetaReader;
import org.opendti.io.csv.CsvDatasetReader;
import org.opendti.io.csv.CsvDatasetWriter;
import org.opendti.io.csv.CsvOptions;
import org.opendti.io.csv.FrameworkTableReader;
import org.opendti.io.csv.FrameworkTableWriter;
import org.opendti.io.csv.ResultsCsvWriter;
import org.opendti.io.csv.UnitListReader;
import org.opendti.io.csv.WideCsvDatasetReader;
import org.opendti.io.json.DatasetJson;
import org.opendti.io.json.Format;
import org.opendti.io.json.FrameworkJson;
import org.opendti.io.json.ResultsJson;
import org.opendti.io.table.TableReader;
import org.opendti.io.table.Tables;
import org.opendti.io.table.XlsxWorkbook;
import org.opendti.io.xlsx.XlsxDatasetReader;
import org.opendti.io.xlsx.XlsxWriter;
import org.opendti.method.Method;

/**
 * Reads and writes DTI files whatever their format, so that a program (the {@code dti} command among them) never
 * chooses a reader itself.
 *
 * <ul>
 *   <li><b>Format</b>: from the first bytes, then the extension. A ZIP archive is a workbook (a workbook saved as
 *       {@code .csv} is read as one); a document starting with <code>{</code> or {@code [} is JSON; otherwise
 *       {@code .json}, {@code .yaml}/{@code .yml}, {@code .xlsx}, and CSV for {@code .csv}, {@code .txt},
 *       {@code .tsv} or a name without extension (such as {@code /dev/stdin}). A text file named {@code .xlsx} stays
 *       XLSX, so it fails with the workbook reader's "not a workbook" error instead of being guessed at.
 *   <li><b>Layout</b>: a CSV or sheet with a {@code unit}/{@code uCode} column and no {@code indicator} column is
 *       wide, else long; a framework table is COINr's iMeta or the layout of provincial decisions.
 *   <li><b>Once</b>: every input is opened and read once, so named pipes and {@code /dev/stdin} work.
 *   <li><b>Writing</b>: by the target's extension ({@code .csv}, {@code .wide.csv}, {@code .json}, {@code .yaml},
 *       {@code .xlsx}), atomically for regular files, and never over one of the inputs, by whatever path it is
 *       named. CSV for people (results, framework tables) starts with a UTF-8 byte-order mark in a regular file,
 *       never in a pipe or on standard output; datasets never do ({@link org.opendti.io.Audience}).
 * </ul>
 *
 * <pre>{@code
 * Dataset d = DtiFiles.readDataset(Path.of("dti-2023.xlsx"), CsvOptions.defaults());
 * FrameworkJson.Definition f = DtiFiles.readFramework("pdti-2022", CsvOptions.defaults());
 * DtiFiles.writeResults(ScoringEngine.of(Method.official()).score(f.framework(), d), Path.of("out.xlsx"),
 *     ResultsCsvWriter.of(4), List.of(Path.of("dti-2023.xlsx")));
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class DtiFiles {
  private DtiFiles() {}

  /** The formats a file can be in. */
  enum Kind { CSV, XLSX, JSON, YAML }

  /**
   * Reads a dataset from the first visible sheet or from a file without sheets.
   *
   * @param file the file, not null
   * @param options number style, encoding, separator and unit registry, not null
   * @return the dataset, not null
   * @throws IOException if the file cannot be read
   * @throws org.opendti.DtiException if the content is bad, naming file, sheet, row, column and value
   */
  public static Dataset readDataset(Path file, CsvOptions options) throws IOException {
    return readDataset(file, options, SheetChoice.first());
  }

  /**
   * Reads a dataset.
   *
   * @param file the file, not null
   * @param options number style, encoding, separator and unit registry, not null
   * @param sheets which sheets of a workbook to read, not null
   * @return the dataset, not null
   * @throws IOException if the file cannot be read
   * @throws org.opendti.DtiException if the content is bad
   */
  public static Dataset readDataset(Path file, CsvOptions options, SheetChoice sheets) throws IOException {
    return readDataset(name(file), InputFiles.open(file), options, sheets);
  }

  /**
   * Reads a dataset from a stream, read once and closed.
   *
   * @param name the file name, for the format and for error messages, not null
   * @param in the stream, not null
   * @param options number style, encoding, separator and unit registry, not null
   * @param sheets which sheets of a workbook to read, not null
   * @return the dataset, not null
   * @throws IOException if the stream cannot be read
   * @throws org.opendti.DtiException if the content is bad
   */
  public static Dataset readDataset(String name, InputStream in, CsvOptions options, SheetChoice sheets)
      throws IOException {
    return ((DataFile.Plain) read(name, in, options, sheets, false)).dataset();
  }

  /**
   * Reads a data file that may be an assessment round: a long table (CSV or a sheet) with a
   * {@link CsvDatasetReader#STAGE} column is read as both stages ({@link CsvDatasetReader#readStaged(TableReader)}),
   * anything else as {@link #readDataset(String, InputStream, CsvOptions, SheetChoice)} reads it. The stream is read
   * once, so a pipe works.
   *
   * @param name the file name, for the format and for error messages, not null
   * @param in the stream, not null; closed
   * @param options number style, encoding, separator and unit registry, not null
   * @param sheets which sheets of a workbook to read, not null (a round is one sheet, never one sheet per period)
   * @return the plain data or the round, not null
   * @throws IOException if the stream cannot be read
   * @throws org.opendti.DtiException if the content is bad: every problem, located
   */
  public static DataFile readDataFile(String name, InputStream in, CsvOptions options, SheetChoice sheets)
      throws IOException {
    return read(name, in, options, sheets, true);
  }

  private static DataFile read(String name, InputStream in, CsvOptions options, SheetChoice sheets,
      boolean rounds) throws IOException {
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(sheets, "sheets");
    try (BufferedInputStream b = new BufferedInputStream(in, 1 << 16)) {
      switch (kind(name, b)) {
        case JSON:
          return new DataFile.Plain(DatasetJson.of(Format.JSON).read(name, b));
        case YAML:
          return new DataFile.Plain(DatasetJson.of(Format.YAML).read(name, b));
        case XLSX: {
          try (XlsxWorkbook wb = XlsxWorkbook.open(name, b)) {
            if (sheets.isPerPeriod()) {
              return new DataFile.Plain(XlsxDatasetReader.of(options).readSheetPerPeriod(wb));
            }
            try (TableReader t = sheets.name().isPresent() ? wb.sheet(sheets.name().get()) : wb.firstVisibleSheet()) {
              return table(t, options, rounds);
            }
          }
        }
        default: {
          try (TableReader t = Tables.csv(name, b, options.charset(), options.delimiter(), options.maxFieldLength())) {
            return table(t, options, rounds);
          }
        }
      }
    }
  }

  /** One table of data: wide, long, or (when rounds are wanted) a round's long table with a stage column. */
  private static DataFile table(TableReader t, CsvOptions options, boolean rounds) throws IOException {
    if (rounds && t.column(CsvDatasetReader.STAGE) >= 0) {
      return new DataFile.Round(CsvDatasetReader.of(options).readStaged(t));
    }
    return new DataFile.Plain(WideCsvDatasetReader.isWide(t.header()) ? WideCsvDatasetReader.of(options).read(t)
        : CsvDatasetReader.of(options).read(t));
  }

  /**
   * Reads one file per period and combines them ({@link Dataset#ofPeriods(Map)}).
   *
   * @param files period → file, in order, not null
   * @param options number style, encoding, separator and unit registry, not null
   * @param sheets which sheet of each workbook to read (not per period), not null
   * @return the dataset, not null
   * @throws IOException if a file cannot be read
   * @throws IllegalArgumentException if a period is blank
   */
  public static Dataset readDatasets(Map<String, Path> files, CsvOptions options, SheetChoice sheets)
      throws IOException {
    Map<String, Dataset> byPeriod = new LinkedHashMap<>();
    for (Map.Entry<String, Path> e : files.entrySet()) {
      if (e.getKey().isBlank()) {
        throw new IllegalArgumentException(e.getValue() + ": expected PERIOD=FILE, e.g. 2024=dti-2024.csv");
      }
      byPeriod.put(e.getKey(), readDataset(e.getValue(), options, sheets));
    }
    return Dataset.ofPeriods(byPeriod);
  }

  /**
   * Reads a framework: a built-in id ({@link Frameworks#byId(String)}, ignoring case), a {@code .json}/{@code .yaml}
   * definition (with its method), a framework table ({@code .csv}/{@code .xlsx}, the layout of provincial decisions)
   * or COINr's iMeta CSV.
   *
   * @param idOrFile a built-in id or a file path, not null
   * @param options number style and encoding of tables, not null
   * @return the framework and the method its definition names, if any, not null
   * @throws IOException if the file cannot be read, or it is neither a built-in id nor a file
   * @throws org.opendti.DtiException if the content is bad
   */
  public static FrameworkJson.Definition readFramework(String idOrFile, CsvOptions options) throws IOException {
    Optional<Framework> builtIn = Frameworks.byId(idOrFile);
    if (builtIn.isPresent()) {
      return new FrameworkJson.Definition(builtIn.get(), Optional.empty());
    }
    Path p = Path.of(idOrFile);
    if (!Files.exists(p)) {
      throw new NoSuchFileException(idOrFile, null, "not a built-in framework id "
          + Frameworks.all().stream().map(Framework::id).toList() + " and not a file");
    }
    String name = name(p);
    String id = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
    try (BufferedInputStream b = new BufferedInputStream(InputFiles.open(p), 1 << 16)) {
      switch (kind(name, b)) {
        case JSON:
          return FrameworkJson.of(Format.JSON).read(name, b);
        case YAML:
          return FrameworkJson.of(Format.YAML).read(name, b);
        case XLSX:
          try (XlsxWorkbook wb = XlsxWorkbook.open(name, b); TableReader t = wb.firstVisibleSheet()) {
            return new FrameworkJson.Definition(FrameworkTableReader.of(options).read(id, id, t), Optional.empty());
          }
        default: {
          try (TableReader t = Tables.csv(name, b, options.charset(), options.delimiter(),
              options.maxFieldLength())) {
            if (CoinrMetaReader.isMeta(t.header())) {
              return new FrameworkJson.Definition(CoinrMetaReader.of(options).read(id, t), Optional.empty());
            }
            if (FrameworkTableReader.isTable(t.header())) {
              return new FrameworkJson.Definition(FrameworkTableReader.of(options).read(id, id, t),
                  Optional.empty());
            }
            throw new DataFormatException(SourceLocation.of(name).row(1), String.join(",", t.header()),
                "not a framework file: expected COINr's iMeta columns (iCode, Level, Parent, Weight, Direction), a"
                    + " framework table (STT, Chỉ số / chỉ số thành phần, Điểm tối đa, ...) or a .json/.yaml"
                    + " definition");
          }
        }
      }
    }
  }

  /**
   * Reads the long layout of an assessment round, with a {@code stage} column on every row
   * ({@link CsvDatasetReader#readStaged(TableReader)}), from a CSV file or the first visible sheet of a workbook.
   *
   * @param file the file, not null
   * @param options the options (number style, encoding, unit registry), not null
   * @return both stages, not null
   * @throws IOException if the file cannot be read
   * @throws org.opendti.DtiException if the content is bad: every problem, located
   */
  public static StagedDataset readStagedDataset(Path file, CsvOptions options) throws IOException {
    return readTable(file, options, CsvDatasetReader.of(options)::readStaged);
  }

  /**
   * Reads the unit list of an assessment round ({@link UnitListReader}: unit, name, kind, group, ranked, tags) from a
   * CSV file or the first visible sheet of a workbook.
   *
   * @param file the file, not null
   * @param options the options for CSV files, not null
   * @return the units, in file order, not null
   * @throws IOException if the file cannot be read
   * @throws org.opendti.DtiException if the content is bad: every problem, located
   */
  public static List<Unit> readUnitList(Path file, CsvOptions options) throws IOException {
    return readTable(file, options, UnitListReader.of(options)::read);
  }

  /** A layout reader of one table. */
  @FunctionalInterface
  private interface TableLayout<T> {
    T read(TableReader table) throws IOException;
  }

  /** Reads one table with a layout: the first visible sheet of a workbook, else the file as CSV. */
  private static <T> T readTable(Path file, CsvOptions options, TableLayout<T> layout) throws IOException {
    String name = name(file);
    try (BufferedInputStream b = new BufferedInputStream(InputFiles.open(file), 1 << 16)) {
      if (kind(name, b) == Kind.XLSX) {
        try (XlsxWorkbook wb = XlsxWorkbook.open(name, b); TableReader t = wb.firstVisibleSheet()) {
          return layout.read(t);
        }
      }
      try (TableReader t = Tables.csv(name, b, options.charset(), options.delimiter(), options.maxFieldLength())) {
        return layout.read(t);
      }
    }
  }

  /**
   * Whether a file holds a framework rather than a dataset: a JSON/YAML document with {@code nodes}, or a table with
   * COINr's iMeta columns or the columns of a framework table. Reads at most the first 64 KB.
   *
   * @param file the file, not null
   * @return true for a framework file
   * @throws IOException if the file cannot be read
   */
  public static boolean isFramework(Path file) throws IOException {
    String name = name(file);
    try (BufferedInputStream b = new BufferedInputStream(InputFiles.open(file), 1 << 16)) {
      Kind kind = kind(name, b);
      b.mark(1 << 16);
      byte[] head = b.readNBytes(1 << 16);
      String text = new String(head, StandardCharsets.UTF_8);
      switch (kind) {
        case JSON:
        case YAML:
          return text.contains("\"nodes\"") || text.contains("nodes:");
        case XLSX:
          return false;
        default: {
          b.reset();
          try (TableReader t = Tables.csv(name, b, CsvOptions.defaults().charset(), Optional.empty(), 1 << 16)) {
            return CoinrMetaReader.isMeta(t.header()) || FrameworkTableReader.isTable(t.header());
          } catch (DataFormatException e) {
            return false;
          }
        }
      }
    }
  }

  /**
   * Writes results by the target's extension: {@code .json}, {@code .yaml}, {@code .xlsx} (a ranking sheet and one
   * sheet per pillar, named in the framework's language: {@link Language#forFramework(Framework)}), else CSV with the
   * given writer (a regular file starts with the UTF-8 byte-order mark: {@link org.opendti.io.Audience#PEOPLE}).
   *
   * @param results the results, not null
   * @param target the file, not null
   * @param csv the CSV writer (decimals, value classes), not null
   * @param inputs the files the run read, never overwritten, not null
   * @throws IOException if the file cannot be written
   * @throws IllegalArgumentException if the target is one of the inputs
   */
  public static void writeResults(Results results, Path target, ResultsCsvWriter csv, Collection<Path> inputs)
      throws IOException {
    writeResults(results, target, csv, Language.forFramework(results.framework()), inputs);
  }

  /**
   * Writes results by the target's extension, as {@link #writeResults(Results, Path, ResultsCsvWriter, Collection)}
   * does, with the sheets of a workbook named in the given language ("Bảng xếp hạng", "Chính quyền số" or "Ranking",
   * "Digital government": {@link XlsxWriter#results(Results, Language, java.io.OutputStream)}). CSV, JSON and YAML
   * do not depend on the language.
   *
   * @param results the results, not null
   * @param target the file, not null
   * @param csv the CSV writer (decimals, value classes), not null
   * @param language the language of sheet names, not null
   * @param inputs the files the run read, never overwritten, not null
   * @throws IOException if the file cannot be written
   * @throws IllegalArgumentException if the target is one of the inputs
   */
  public static void writeResults(Results results, Path target, ResultsCsvWriter csv, Language language,
      Collection<Path> inputs) throws IOException {
    Objects.requireNonNull(language, "language");
    refuseInputs(target, inputs);
    switch (extension(target)) {
      case "json", "yaml", "yml" -> ResultsJson.of(Format.of(name(target))).write(results, target);
      case "xlsx" -> XlsxWriter.write(results, language, target);
      default -> csv.write(results, target);
    }
  }

  /**
   * Writes a dataset by the target's extension: {@code .json}, {@code .yaml}, {@code .xlsx}, {@code .wide.csv} (plain
   * values only) or {@code .csv} (the long layout).
   *
   * @param dataset the dataset, not null
   * @param target the file, not null
   * @param inputs the files the run read, never overwritten, not null
   * @throws IOException if the file cannot be written
   * @throws IllegalArgumentException if the target is one of the inputs or its extension is not a dataset format
   */
  public static void writeDataset(Dataset dataset, Path target, Collection<Path> inputs) throws IOException {
    refuseInputs(target, inputs);
    switch (extension(target)) {
      case "json", "yaml", "yml" -> DatasetJson.of(Format.of(name(target))).write(dataset, target);
      case "xlsx" -> XlsxWriter.write(dataset, target);
      case "csv" -> {
        boolean plain = dataset.observations().stream().allMatch(o -> o.measure().value().isPresent());
        if (plain && name(target).toLowerCase(Locale.ROOT).endsWith(".wide.csv")) {
          CsvDatasetWriter.of().writeWide(dataset, target);
        } else {
          CsvDatasetWriter.of().writeLong(dataset, target);
        }
      }
      default -> throw new IllegalArgumentException("cannot write a dataset to '" + target + "'; use .csv, .wide.csv,"
          + " .json, .yaml or .xlsx");
    }
  }

  /**
   * Writes a framework by the target's extension: {@code .json}/{@code .yaml} (with the method, if any), or a
   * framework table in {@code .csv} or {@code .xlsx}.
   *
   * @param definition the framework and its method, not null
   * @param target the file, not null
   * @param inputs the files the run read, never overwritten, not null
   * @throws IOException if the file cannot be written
   * @throws IllegalArgumentException if the target is one of the inputs or its extension is not a framework format
   */
  public static void writeFramework(FrameworkJson.Definition definition, Path target, Collection<Path> inputs)
      throws IOException {
    refuseInputs(target, inputs);
    Framework f = definition.framework();
    Optional<Method> m = definition.method();
    switch (extension(target)) {
      case "json", "yaml", "yml" -> FrameworkJson.of(Format.of(name(target))).write(f, m, target);
      case "xlsx" -> XlsxWriter.write(f, target);
      case "csv" -> FrameworkTableWriter.write(f, target);
      default -> throw new IllegalArgumentException("cannot write a framework to '" + target + "'; use .json, .yaml,"
          + " .csv or .xlsx");
    }
  }

  /**
   * Refuses a target that is one of the inputs, by any path naming the same file (links, {@code ..},
   * {@code /proc/self/fd/N}): {@link OutputFiles#requireNotInput(Path, Collection)}. Devices and pipes are never
   * refused (a terminal may be both {@code /dev/stdin} and {@code /dev/stdout}).
   *
   * @param target the output, not null
   * @param inputs the inputs, not null
   * @throws IOException if a path cannot be examined, or the target is a directory
   * @throws IllegalArgumentException if the target is an input
   */
  public static void refuseInputs(Path target, Collection<Path> inputs) throws IOException {
    OutputFiles.requireNotInput(target, inputs);
  }

  /** The format, from the first bytes and the name; the stream is reset to its start. */
  static Kind kind(String name, BufferedInputStream in) throws IOException {
    in.mark(16);
    byte[] head = in.readNBytes(8);
    in.reset();
    String ext = extension(name);
    if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
      return Kind.XLSX;
    }
    int i = head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF
        ? 3 : 0;
    while (i < head.length && Character.isWhitespace(head[i])) {
      i++;
    }
    if (!ext.equals("xlsx") && i < head.length && (head[i] == '{' || head[i] == '[')) {
      return Kind.JSON;
    }
    return switch (ext) {
      case "json" -> Kind.JSON;
      case "yaml", "yml" -> Kind.YAML;
      case "xlsx" -> Kind.XLSX;
      case "csv", "txt", "tsv", "" -> Kind.CSV;
      default -> throw new DataFormatException(SourceLocation.of(name), "", "unsupported file type; expected .csv,"
          + " .txt, .tsv, .json, .yaml or .xlsx");
    };
  }

  static String name(Path p) {
    Path n = p.getFileName();
    return n == null ? p.toString() : n.toString();
  }

  static String extension(Path p) {
    return extension(name(p));
  }

  static String extension(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    int dot = n.lastIndexOf('.');
    return dot < 0 ? "" : n.substring(dot + 1);
  }
}
