package org.opendti.examples.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opendti.Dataset;
import org.opendti.DtiException;
import org.opendti.Framework;
import org.opendti.ProblemsException;
import org.opendti.Stage;
import org.opendti.StagedDataset;
import org.opendti.Unit;
import org.opendti.UnitRegistry;
import org.opendti.engine.Results;
import org.opendti.engine.Warning;
import org.opendti.io.NumberStyle;
import org.opendti.io.OutputFiles;
import org.opendti.io.TextDecoder;
import org.opendti.io.csv.CsvOptions;
import org.opendti.io.files.DataFile;
import org.opendti.io.files.DtiFiles;
import org.opendti.method.Method;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The framework and file-reading options shared by {@code score}, {@code compare}, {@code uncertainty} and {@code plan}. */
final class InputOptions {
  @Option(names = "--framework", required = true, paramLabel = "ID|FILE", description = "Framework id or file.")
  String framework;

  @Option(names = "--number-style", defaultValue = "default", paramLabel = "STYLE",
      description = "default (0.7314) or vi (0,7314; 9.056 = nine thousand; 98,5%%; ';' separated).")
  String numberStyle;

  @Option(names = "--encoding", defaultValue = "UTF-8", paramLabel = "NAME",
      description = "Encoding of files without a byte-order mark (default: ${DEFAULT-VALUE}).")
  String encoding;

  @Option(names = "--units", paramLabel = "REGISTRY",
      description = "Resolve unit names through a registry: before-2025 (the 63 provinces; the default for provincial"
          + " frameworks), after-2025 (the 34) or none (names as written).")
  String units;

  @Option(names = "--unit-list", paramLabel = "FILE",
      description = "The units assessed (CSV or XLSX: unit, name, kind, group, ranked, tags): their kinds, groups and"
          + " tags decide which components apply, ranked = no scores a unit without ranking it, and data for a unit"
          + " not on the list is an error.")
  Path unitList;

  @Option(names = "--stage", paramLabel = "STAGE",
      description = "For the file of an assessment round (a 'stage' column on each row): score self (the"
          + " self-assessment) or appraised (the default: the council's values, the unit's own where the council gave"
          + " none, each such value counted as a warning).")
  String stage;

  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  /** The units of {@code --unit-list}, once read ({@link #listed()}). */
  private List<Unit> listed;

  /** The rounds read, by data file, for their not-appraised warnings ({@link #noted(Results, Path)}). */
  private final Map<Path, StagedDataset> rounds = new HashMap<>();

  /** The framework {@link #loadFramework()} read; it decides the default registry. */
  private Framework loaded;

  Inputs.Loaded loadFramework() throws IOException {
    Inputs.Loaded l = Inputs.loadFramework(framework, Inputs.options(NumberStyle.byName(numberStyle),
        TextDecoder.charset(encoding)));
    loaded = l.framework();
    return l;
  }

  /** The registry unit names resolve through: {@code --units}, else the framework's ({@link Units}). */
  Optional<UnitRegistry> registry() {
    if (loaded == null) {
      throw new IllegalStateException("loadFramework() must come first: the framework decides the unit registry");
    }
    return Units.registry(units, loaded);
  }

  CsvOptions csvOptions() {
    CsvOptions.Builder b = CsvOptions.builder().numberStyle(NumberStyle.byName(numberStyle))
        .charset(TextDecoder.charset(encoding));
    registry().ifPresent(b::units);
    return b.build();
  }

  Dataset data(Path file) throws IOException {
    return data(file, Optional.empty(), false, Optional.empty());
  }

  /** {@link #data(Path)}, passing every byte read through a checksum. */
  Dataset data(Path file, Inputs.Checksum checksum) throws IOException {
    return data(file, Optional.empty(), false, Optional.of(checksum));
  }

  /**
   * Reads a data file: plain data as it is, or the stage {@code --stage} chooses of an assessment round (a file with
   * a {@code stage} column), remembering the round for {@link #noted(Results, Path)}. {@code --stage} given for a
   * file without stages is an error: it would silently mean nothing.
   */
  Dataset data(Path file, Optional<String> sheet, boolean sheetPerPeriod, Optional<Inputs.Checksum> checksum)
      throws IOException {
    Stage chosen = stage();
    return resolved(file.toString(), () -> {
      DataFile read = Inputs.dataFile(file, csvOptions(), sheet, sheetPerPeriod, checksum);
      if (read instanceof DataFile.Round r) {
        rounds.put(file, r.round());
        return r.round().forStage(chosen);
      }
      if (stage != null) {
        throw new IllegalArgumentException("--stage " + stage + ": " + file + " has no 'stage' column, so it holds"
            + " one set of values, not the stages of an assessment round; leave --stage out");
      }
      return ((DataFile.Plain) read).dataset();
    });
  }

  /**
   * The round {@link #data(Path)} read from a file with a {@code stage} column, over the unit list when one is given;
   * empty for a file without stages or not read.
   */
  Optional<StagedDataset> round(Path file) throws IOException {
    StagedDataset round = rounds.get(file);
    if (round == null) {
      return Optional.empty();
    }
    if (unitList != null) {
      round = round.withUnits(listed());
      rounds.put(file, round); // once over the list is enough: it is the list's units then
    }
    return Optional.of(round);
  }

  /** Refuses {@code --stage} for a command it means nothing to, saying why. */
  void refuseStage(String why) {
    if (stage != null) {
      throw new IllegalArgumentException("--stage " + stage + ": " + why + "; leave --stage out");
    }
  }

  /** The units of {@code --unit-list}, which the command cannot do without. */
  List<Unit> requiredUnitList(String command) throws IOException {
    if (unitList == null) {
      throw new IllegalArgumentException(command + " needs --unit-list FILE: the units assessed (CSV or XLSX: unit,"
          + " name, kind, group, ranked, tags)");
    }
    return listed();
  }

  /**
   * The units of {@code --unit-list}, read once however many times a command asks (the list may be a pipe, and
   * reading it again would cost a second parse).
   */
  private List<Unit> listed() throws IOException {
    if (listed == null) {
      listed = DtiFiles.readUnitList(unitList, csvOptions());
    }
    return listed;
  }

  /** The style of numbers typed as text ({@code --number-style}). */
  NumberStyle numberStyle() {
    return NumberStyle.byName(numberStyle);
  }

  /** The stage to score of a round: {@code --stage}, appraised by default. */
  Stage stage() {
    if (stage == null) {
      return Stage.APPRAISED;
    }
    return Stage.find(stage).orElseThrow(() -> new IllegalArgumentException("--stage '" + stage + "': expected self"
        + " or appraised (tự đánh giá or thẩm định)"));
  }

  /**
   * The results of a round's appraised stage with a {@link Warning.Kind#NOT_APPRAISED} warning for each input the
   * council did not appraise (the unit's own value was scored); other results as they are.
   *
   * @param results the results scored from {@code file}'s data
   * @param file the data file
   */
  Results noted(Results results, Path file) throws IOException {
    Optional<StagedDataset> round = round(file);
    if (round.isEmpty() || stage() != Stage.APPRAISED) {
      return results;
    }
    List<Warning> more = new ArrayList<>();
    for (StagedDataset.Cell c : round.get().notAppraised(results.period())) {
      more.add(new Warning(Warning.Kind.NOT_APPRAISED, c.unit(), c.indicator(), "the council gave no value, so the"
          + " unit's self-assessed value is scored"));
    }
    return results.withWarnings(more);
  }

  /**
   * Reads both stages of an assessment round (a long file with a {@code stage} column), names the units through the
   * registry as every reader does, and takes them over the unit list when {@code --unit-list} is given.
   */
  StagedDataset staged(Path file) throws IOException {
    StagedDataset round = DtiFiles.readStagedDataset(file, csvOptions());
    return unitList == null ? round : round.withUnits(listed());
  }

  /** Reads data of a file or files, then names their units as the registry does (JSON and YAML readers take none). */
  Dataset resolved(String source, Read read) throws IOException {
    Optional<UnitRegistry> r = registry();
    try {
      Dataset d = read.read();
      Dataset named = r.isPresent() ? Units.canonical(d, r.get(), source) : d;
      return unitList == null ? named : named.withUnits(listed());
    } catch (DtiException e) {
      if (units == null && r.isPresent() && mentionsUnknownUnit(e)) {
        command.commandLine().getErr().println("hint: " + loaded.id() + " scores provinces, so unit names resolve"
            + " through " + Units.describe(r.get()) + "; --units none takes them as written");
      }
      throw e;
    }
  }

  /** Reads a dataset. */
  @FunctionalInterface
  interface Read {
    Dataset read() throws IOException;
  }

  private static boolean mentionsUnknownUnit(DtiException e) {
    List<DtiException> all = e instanceof ProblemsException p ? p.problems() : List.of(e);
    return all.stream().anyMatch(x -> String.valueOf(x.getMessage()).contains("unknown unit '"));
  }

  /**
   * The method with its reference unit ({@code referenceUnit} of a framework file's method, for
   * {@code distance-to-reference}) resolved in the data as every unit name is ({@link Units}).
   */
  Method referenceIn(Method method, Dataset d) {
    if (method.referenceUnit().isEmpty()) {
      return method;
    }
    String name = method.referenceUnit().get();
    Unit u = Units.resolve("the method's referenceUnit", name, d.units(), registry());
    return method.withReferenceUnit(u.code()); // the same method when the name is already the code
  }

  /** The unit of the results a unit option names, resolved as the data's units were ({@link Units}). */
  Unit unit(String option, String name, Results results) {
    return Units.resolve(option, name, results.units(), registry());
  }

  /** Refuses, before any work is done, an output that is one of the data files or the framework file. */
  void refuseInput(Path out, List<Path> data) throws IOException {
    List<Path> inputs = new ArrayList<>(data);
    inputs.add(Path.of(framework));
    OutputFiles.requireNotInput(out, inputs);
  }
}
