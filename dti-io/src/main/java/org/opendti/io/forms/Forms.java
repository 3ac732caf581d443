package org.opendti.io.forms;

import com.google.common.collect.ImmutableList;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.opendti.Dataset;
import org.opendti.DtiException;
import org.opendti.Framework;
import org.opendti.FrameworkGraph;
import org.opendti.Observation;
import org.opendti.Unit;
import org.opendti.io.DataFormatException;
import org.opendti.io.OutputFiles;
import org.opendti.io.SourceLocation;
import org.opendti.io.table.XlsxWorkbook;

/**
 * Assessment forms: one XLSX form per unit, written by the province's DTI office, filled by the unit
 * (self-assessment, with evidence) or by the appraisal council, and collected back into one long dataset.
 *
 * <h2>The form</h2>
 * One visible sheet, "Phiếu", in the layout of provincial decisions: a title and an identification block (framework
 * id, version and name, unit code and name, period), short instructions in Vietnamese, then the table. Its columns
 * are STT, code, name, maximum points, how the component is determined and scored (the node's description, else what
 * its rule expects), the evidence required, the data source, then the input columns: value, numerator, denominator,
 * category, evidence given ("tài liệu kiểm chứng") and a note. One row per node the unit is scored on
 * ({@link FrameworkGraph#appliesTo(Unit)}), in the order and with the numbers of the framework table: main indicators
 * and pillars as heading rows, components as input rows. Only the input cells a component takes are open (a value for
 * most rules, also a numerator and a denominator for {@code ratio}, a category for {@code categorical}); every other
 * cell is locked and the sheet protected with the password {@code dti}, which is no secret: protection guards against
 * slips, not against intent, and the reader checks everything again. A categorical rule gets a dropdown of its labels; a value with bounds gets a
 * numeric validation ({@code fraction} and {@code ratio} 0..1, {@code points} 0..max, {@code binary} 0 or 1,
 * {@code target} ≥ 0).
 *
 * <p>A very hidden sheet, "dti", identifies the form: the format and its version, the framework id and version, a
 * fingerprint of the framework's structure (SHA-256 of its codes, kinds, parents, maxima, rules and applicability),
 * the unit code, the period, the number of rows and a seal (SHA-256 of all these), so that a form filed under the
 * wrong unit, period or framework version, or whose identification was edited, is refused when collected. The same
 * inputs give the same bytes.
 *
 * <h2>Collecting</h2>
 * {@link #collect(Framework, List, List, CollectOptions)} reads each form with the SDK's bounded XLSX reader
 * ({@link XlsxWorkbook}) and checks it against the framework and the unit list: the identification, the title block,
 * the header, every row's code, and every input cell: numbers (number cells, or text in the options' number style,
 * Vietnamese by default: {@code 0,75}, {@code 75%}), the rule's bounds, categories, a numerator with its
 * denominator, one kind of answer per row, no formulas. Empty input cells are a missing observation, not a problem.
 * A form for a unit not in the list, two forms for one unit, and a form of another framework or version are problems
 * too. The result ({@link CollectedForms}) holds the good forms' dataset and every problem; the stage of the
 * observations (self-assessed or appraised) is the caller's to decide.
 *
 * <pre>{@code
 * List<Path> files = Forms.writeAll(framework, units, "2025", Path.of("forms"));
 * // ... the units fill their forms ...
 * Dataset self = Forms.collect(framework, units, Path.of("forms")).orThrow();     // strict
 * CollectedForms c = Forms.collect(framework, units, Path.of("forms"));           // partial
 * c.rejected().forEach((file, problems) -> problems.forEach(p -> System.err.println(p.getMessage())));
 * }</pre>
 *
 * <p>{@link #writeAll} and {@link #collect} work on as many threads as there are processors (at most 8), on a pool
 * of their own; what they give does not depend on the number of threads. This class is stateless and thread-safe.
 */
public final class Forms {
  private Forms() {}

  /**
   * Writes a unit's empty form.
   *
   * @param framework the framework, not null
   * @param unit the unit, not null
   * @param period the period, e.g. "2025", not blank
   * @param out the stream, not null; flushed, not closed
   * @throws IOException if the stream cannot be written
   * @throws IllegalArgumentException if the period is blank
   * @throws DtiException if the unit is scored on no component of the framework
   */
  public static void write(Framework framework, Unit unit, String period, OutputStream out) throws IOException {
    check(framework, unit, period);
    FormWriter.write(framework, unit, period.strip(), null, FormLayout.fingerprint(framework),
        Objects.requireNonNull(out, "out"));
  }

  /**
   * Writes a unit's form with its input cells filled from a dataset, e.g. last year's values for the unit to
   * update: each of the unit's observations of a component gives the value, the numerator and denominator or the
   * category, the evidence and the note. Components the dataset does not have stay empty.
   *
   * @param framework the framework, not null
   * @param unit the unit, not null
   * @param period the period of the form, e.g. "2025", not blank
   * @param values the values to fill in, of one period (whichever: last year's values go into this year's form), not
   *     null
   * @param out the stream, not null; flushed, not closed
   * @throws IOException if the stream cannot be written
   * @throws IllegalArgumentException if the period is blank or the dataset has several periods
   * @throws DtiException if the unit is scored on no component of the framework
   */
  public static void write(Framework framework, Unit unit, String period, Dataset values, OutputStream out)
      throws IOException {
    check(framework, unit, period);
    FormWriter.write(framework, unit, period.strip(), onePeriod(values), FormLayout.fingerprint(framework),
        Objects.requireNonNull(out, "out"));
  }

  /**
   * A unit's empty form as bytes ({@link #write(Framework, Unit, String, OutputStream)}).
   *
   * @param framework the framework, not null
   * @param unit the unit, not null
   * @param period the period, e.g. "2025", not blank
   * @return the workbook's bytes, not null
   * @throws IllegalArgumentException if the period is blank
   * @throws DtiException if the unit is scored on no component of the framework
   */
  public static byte[] write(Framework framework, Unit unit, String period) {
    check(framework, unit, period);
    return bytes(framework, unit, period.strip(), null);
  }

  /**
   * A unit's form filled from a dataset, as bytes ({@link #write(Framework, Unit, String, Dataset, OutputStream)}).
   *
   * @param framework the framework, not null
   * @param unit the unit, not null
   * @param period the period of the form, not blank
   * @param values the values to fill in, of one period, not null
   * @return the workbook's bytes, not null
   * @throws IllegalArgumentException if the period is blank or the dataset has several periods
   * @throws DtiException if the unit is scored on no component of the framework
   */
  public static byte[] write(Framework framework, Unit unit, String period, Dataset values) {
    check(framework, unit, period);
    return bytes(framework, unit, period.strip(), onePeriod(values));
  }

  private static byte[] bytes(Framework framework, Unit unit, String period, @Nullable Dataset values) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
    try {
      FormWriter.write(framework, unit, period, values, FormLayout.fingerprint(framework), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * Writes one empty form per unit into a folder, named by {@link #fileName(Unit)}. Every name is checked before
   * anything is written: two units whose file names are equal ignoring case (as on Windows and macOS), a code that
   * cannot name a file safely, and a file that already exists are refused, so no form is ever overwritten (a filled
   * form may be in the folder already): write to a new folder, or remove the old forms first. Files are written
   * through {@link OutputFiles} (each one whole or not at all); the folder is created if needed.
   *
   * @param framework the framework, not null
   * @param units the units, in the order to write, not null
   * @param period the period, e.g. "2025", not blank
   * @param dir the folder, not null
   * @return the files written, in unit order, not null
   * @throws IOException if a file cannot be written, {@code dir} is not a folder, or a form file already exists
   *     ({@link FileAlreadyExistsException}, naming it)
   * @throws IllegalArgumentException if the period is blank
   * @throws DtiException if a unit's code cannot name a file, two units' file names collide, or a unit is scored on
   *     no component; the message names the units
   */
  public static List<Path> writeAll(Framework framework, List<Unit> units, String period, Path dir)
      throws IOException {
    return writeForms(framework, units, period, null, dir);
  }

  /**
   * Writes one form per unit into a folder ({@link #writeAll(Framework, List, String, Path)}), each filled from a
   * dataset as {@link #write(Framework, Unit, String, Dataset, OutputStream)} does.
   *
   * @param framework the framework, not null
   * @param units the units, in the order to write, not null
   * @param period the period, e.g. "2025", not blank
   * @param values the values to fill in, of one period, not null
   * @param dir the folder, not null
   * @return the files written, in unit order, not null
   * @throws IOException if a file cannot be written, {@code dir} is not a folder, or a form file already exists
   * @throws IllegalArgumentException if the period is blank or the dataset has several periods
   * @throws DtiException if a unit's code cannot name a file, two units' file names collide, or a unit is scored on
   *     no component
   */
  public static List<Path> writeAll(Framework framework, List<Unit> units, String period, Dataset values, Path dir)
      throws IOException {
    return writeForms(framework, units, period, onePeriod(values), dir);
  }

  private static List<Path> writeForms(Framework framework, List<Unit> units, String period,
      @Nullable Dataset values, Path dir) throws IOException {
    Objects.requireNonNull(dir, "dir");
    List<String> names = new ArrayList<>(units.size());
    Map<String, Unit> byName = new HashMap<>();
    List<String> faults = new ArrayList<>();
    for (Unit u : units) {
      check(framework, u, period);
      String name;
      try {
        name = FileNames.of(u);
      } catch (DtiException e) {
        faults.add(e.getMessage());
        continue;
      }
      Unit prev = byName.putIfAbsent(name.toLowerCase(Locale.ROOT), u);
      if (prev != null) {
        faults.add("units '" + prev.code() + "' and '" + u.code() + "' would both have the form file '" + name
            + "' (file names are compared ignoring case); expected unit codes that differ in more than case and"
            + " punctuation");
      }
      names.add(name);
    }
    if (!faults.isEmpty()) {
      throw new DtiException(faults.size() == 1 ? faults.get(0) : faults.size() + " problems with the unit list:\n"
          + String.join("\n", faults));
    }
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new NotDirectoryException(dir.toString());
    }
    List<Path> targets = new ArrayList<>(names.size());
    List<Path> existing = new ArrayList<>();
    for (String name : names) {
      Path target = dir.resolve(name);
      if (!Objects.equals(target.getParent(), dir) || !target.getFileName().toString().equals(name)) {
        throw new IllegalStateException("form file " + target + " is not in " + dir);
      }
      if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
        existing.add(target);
      }
      targets.add(target);
    }
    if (!existing.isEmpty()) {
      throw new FileAlreadyExistsException(existing.get(0).toString(), null, (existing.size() == 1 ? ""
          : "and " + (existing.size() - 1) + " more form files ") + "already exist; forms are never overwritten"
          + " (a unit may have filled one): write to a new folder, or remove the old forms first");
    }
    String fingerprint = FormLayout.fingerprint(framework);
    Work.forEach(targets.size(), i -> OutputFiles.write(targets.get(i),
        out -> FormWriter.write(framework, units.get(i), period.strip(), values, fingerprint, out)));
    return ImmutableList.copyOf(targets);
  }

  /**
   * The file name {@link #writeAll} gives a unit's form: the code in Unicode NFC with every character other than a
   * letter, a digit, '-', '_' or '.' replaced by '_', then {@code .xlsx}; e.g. {@code "SO TTTT"} gives
   * {@code SO_TTTT.xlsx}.
   *
   * @param unit the unit, not null
   * @return the file name, not null
   * @throws DtiException if the code cannot name a file safely on every system: it holds '/', '\' or a control
   *     character, starts or ends with '.', is a Windows device name ({@code CON}, {@code NUL}, {@code COM1}, ...), or
   *     is longer than 80 characters
   */
  public static String fileName(Unit unit) {
    return FileNames.of(Objects.requireNonNull(unit, "unit"));
  }

  /**
   * Collects filled forms ({@link #collect(Framework, List, List, CollectOptions)} with the default options).
   *
   * @param framework the framework the forms were made from, not null
   * @param units the unit list, not null
   * @param forms the form files, not null
   * @return what was collected and every problem, not null
   * @throws IOException if a file cannot be read (a file that is not an XLSX workbook is a problem, not an error)
   */
  public static CollectedForms collect(Framework framework, List<Unit> units, List<Path> forms) throws IOException {
    return collect(framework, units, forms, CollectOptions.defaults());
  }

  /**
   * Collects filled forms: reads every file, checks it (see the class description) and gathers the observations of
   * the forms without problems. Each file is read whole, whatever is wrong, so every problem of every form is
   * reported at once; a form with any problem gives no observation. Two forms for the same unit are both refused.
   *
   * @param framework the framework the forms were made from, not null
   * @param units the unit list: forms for other units are refused, not null
   * @param forms the form files, in the order to read, not null
   * @param options the options, not null
   * @return what was collected and every problem, not null
   * @throws IOException if a file cannot be read (a file that is not an XLSX workbook is a problem, not an error)
   */
  public static CollectedForms collect(Framework framework, List<Unit> units, List<Path> forms,
      CollectOptions options) throws IOException {
    return collect(framework, units, forms, options, List.of(), Map.of());
  }

  /**
   * Collects the forms of a folder ({@link #collect(Framework, List, Path, CollectOptions)} with the default
   * options).
   *
   * @param framework the framework the forms were made from, not null
   * @param units the unit list, not null
   * @param dir the folder, not null
   * @return what was collected and every problem, not null
   * @throws IOException if the folder or a file cannot be read
   */
  public static CollectedForms collect(Framework framework, List<Unit> units, Path dir) throws IOException {
    return collect(framework, units, dir, CollectOptions.defaults());
  }

  /**
   * Collects the forms of a folder: every {@code *.xlsx} file in it (not in its subfolders), in name order, as
   * {@link #collect(Framework, List, List, CollectOptions)} does. Files that look like a form in another format
   * ({@code .xls}, {@code .xlsm}, {@code .xlsb}, {@code .ods}, {@code .csv}, ...) are problems: the form must be
   * saved as an Excel workbook ({@code .xlsx}). Excel's lock files ({@code ~$name.xlsx}, left while a form is open),
   * hidden files, folders and other files are not read, and are listed in {@link CollectedForms#ignored()}.
   *
   * @param framework the framework the forms were made from, not null
   * @param units the unit list, not null
   * @param dir the folder, not null
   * @param options the options, not null
   * @return what was collected and every problem, not null
   * @throws IOException if the folder or a file cannot be read, or {@code dir} is not a folder
   */
  public static CollectedForms collect(Framework framework, List<Unit> units, Path dir, CollectOptions options)
      throws IOException {
    Objects.requireNonNull(dir, "dir");
    if (!Files.isDirectory(dir)) {
      throw new NotDirectoryException(dir.toString());
    }
    List<Path> entries;
    try (Stream<Path> s = Files.list(dir)) {
      entries = s.sorted(Comparator.comparing(p -> String.valueOf(p.getFileName()))).toList();
    }
    List<Path> forms = new ArrayList<>();
    List<Path> ignored = new ArrayList<>();
    Map<Path, List<DataFormatException>> refused = new LinkedHashMap<>();
    for (Path p : entries) {
      String name = String.valueOf(p.getFileName());
      String lower = name.toLowerCase(Locale.ROOT);
      if (name.startsWith("~$") || name.startsWith(".") || Files.isDirectory(p)) {
        ignored.add(p);
      } else if (lower.endsWith(".xlsx")) {
        forms.add(p);
      } else if (OTHER_FORMATS.stream().anyMatch(lower::endsWith)) {
        refused.put(p, List.of(new DataFormatException(SourceLocation.of(name), "", "not read: a form must be an"
            + " Excel workbook (.xlsx); expected the file as 'dti forms' wrote it, or saved again as .xlsx")));
      } else {
        ignored.add(p);
      }
    }
    return collect(framework, units, forms, options, ignored, refused);
  }

  /** Spreadsheet and table formats a form might have been saved in by mistake. */
  private static final List<String> OTHER_FORMATS = List.of(".xls", ".xlsm", ".xlsb", ".xltx", ".xltm", ".ods",
      ".fods", ".csv", ".numbers");

  private static CollectedForms collect(Framework framework, List<Unit> units, List<Path> forms,
      CollectOptions options, List<Path> ignored, Map<Path, List<DataFormatException>> refused) throws IOException {
    Objects.requireNonNull(framework, "framework");
    Objects.requireNonNull(options, "options");
    FormReader reader = new FormReader(framework, units, options);
    List<Path> paths = List.copyOf(forms);
    FormReader.Result[] read = new FormReader.Result[paths.size()];
    Work.forEach(read.length, i -> read[i] = reader.read(paths.get(i)));
    List<FormReader.Result> results = List.of(read);
    Map<String, List<FormReader.Result>> byUnit = new HashMap<>();
    for (FormReader.Result r : results) {
      if (r.unit != null) {
        byUnit.computeIfAbsent(Unit.key(r.unit.code()), k -> new ArrayList<>()).add(r);
      }
    }
    for (List<FormReader.Result> same : byUnit.values()) {
      if (same.size() > 1) {
        for (FormReader.Result r : same) {
          List<String> others = same.stream().filter(o -> o != r).map(o -> o.file.toString()).toList();
          r.problems.add(new DataFormatException(r.unitAt, Objects.requireNonNull(r.unit).code(), "a second form"
              + " for unit '" + r.unit.code() + "' (also " + String.join(", ", others) + "); expected one form"
              + " per unit: remove the forms that are not to be collected"));
          r.observations.clear();
        }
      }
    }
    Map<Path, List<DataFormatException>> rejected = new LinkedHashMap<>(refused);
    Map<String, Path> good = new HashMap<>();
    Map<String, List<Observation>> observations = new HashMap<>();
    for (FormReader.Result r : results) {
      if (!r.problems.isEmpty()) {
        rejected.computeIfAbsent(r.file, k -> new ArrayList<>()).addAll(r.problems);
      } else if (r.unit != null) {
        good.put(Unit.key(r.unit.code()), r.file);
        observations.put(Unit.key(r.unit.code()), r.observations);
      }
    }
    Dataset.Builder data = Dataset.builder();
    Map<String, Path> files = new LinkedHashMap<>();
    List<Unit> missing = new ArrayList<>();
    for (Unit u : units) {
      String k = Unit.key(u.code());
      Path file = good.remove(k);
      if (file != null) {
        data.addUnit(u);
        files.put(u.code(), file);
        observations.get(k).forEach(data::add);
      } else if (!byUnit.containsKey(k)) {
        missing.add(u);
      }
    }
    return new CollectedForms(data.build(), files, rejected, ignored, missing);
  }

  private static void check(Framework framework, Unit unit, String period) {
    Objects.requireNonNull(framework, "framework");
    Objects.requireNonNull(unit, "unit");
    if (period.isBlank()) {
      throw new IllegalArgumentException("period must not be blank");
    }
    boolean[] applies = framework.graph().appliesTo(unit);
    FrameworkGraph g = framework.graph();
    for (int i = 0; i < applies.length; i++) {
      if (applies[i] && g.childCount(i) == 0) {
        return;
      }
    }
    throw new DtiException("unit '" + unit.code() + "' (" + unit.name() + ") is scored on no component of framework '"
        + framework.id() + "'; expected at least one component that applies to it (check its kind, group and tags"
        + " against the framework's 'Áp dụng' column)");
  }

  private static Dataset onePeriod(Dataset values) {
    if (values.periods().size() != 1) {
      throw new IllegalArgumentException("the values to fill in must be of one period, e.g. data.period(\"2024\");"
          + " the dataset has periods " + values.periods());
    }
    return values;
  }
}
