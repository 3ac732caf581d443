package org.opendti.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.opendti.Dataset;
import org.opendti.DtiException;
import org.opendti.Stage;
import org.opendti.StagedDataset;
import org.opendti.Unit;
import org.opendti.io.DataFormatException;
import org.opendti.io.OutputFiles;
import org.opendti.io.csv.CsvDatasetWriter;
import org.opendti.io.files.DtiFiles;
import org.opendti.io.forms.CollectOptions;
import org.opendti.io.forms.CollectedForms;
import org.opendti.io.forms.Forms;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dti collect}: every filled form of a folder into one long dataset ({@link Forms#collect}). */
@Command(name = "collect", mixinStandardHelpOptions = true,
    description = {"Read every filled form (*.xlsx) of a folder into one long dataset: unit, indicator, value or"
        + " numerator and denominator or category, period, evidence, note. Every problem of every form is reported"
        + " (file, sheet, row, column, value, what was expected); by default nothing is written if any form is wrong,"
        + " with --partial the good forms are collected and the others listed.",
        "A form for a unit not on --unit-list, two forms for one unit, and a form of another framework, version or"
            + " period are errors. With --stage the output is a round's file (a stage column on every row); --add-to"
            + " takes the other stage collected before, so that one file holds both. Numbers typed as text are read in"
            + " the Vietnamese style (0,75; 75%%) unless --number-style is given."})
final class CollectCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  InputOptions input;

  @Parameters(index = "0", paramLabel = "DIR", description = "The folder of filled forms.")
  Path dir;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "The collected data: CSV (or .json,"
      + " .yaml, .xlsx without --stage).")
  Path out;

  @Option(names = "--period", paramLabel = "P", description = "Require every form to be for this period.")
  String period;

  @Option(names = "--partial", description = "Collect the good forms even when others have problems (listed on"
      + " stderr).")
  boolean partial;

  @Option(names = "--add-to", paramLabel = "FILE", description = "A round's file collected before (with --stage) whose"
      + " other stage goes into --out beside this one.")
  Path addTo;

  @Override
  public Integer call() throws IOException {
    Inputs.Loaded loaded = input.loadFramework();
    List<Path> inputs = new ArrayList<>(List.of(dir, Path.of(input.framework)));
    if (input.unitList != null) {
      inputs.add(input.unitList);
    }
    if (addTo != null) {
      if (input.stage == null) {
        throw new IllegalArgumentException("--add-to " + addTo + " needs --stage: it joins the stages of a round");
      }
      inputs.add(addTo);
    }
    OutputFiles.requireNotInput(out, inputs);
    Stage stage = input.stage == null ? null : input.stage();
    if (stage != null && !out.toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
      throw new IllegalArgumentException("--out " + out + ": a round's file (with --stage) is written as CSV; name"
          + " it .csv");
    }
    List<Unit> units = input.requiredUnitList("dti collect");
    // forms are typed in Vietnamese (0,75; 75%) unless --number-style says otherwise
    CollectOptions options = spec.commandLine().getParseResult().hasMatchedOption("--number-style")
        ? CollectOptions.defaults().withNumberStyle(input.numberStyle()) : CollectOptions.defaults();
    if (period != null) {
      options = options.withPeriod(period);
    }
    CollectedForms collected = Forms.collect(loaded.framework(), units, dir, options);
    PrintWriter err = spec.commandLine().getErr();
    if (collected.hasProblems()) {
      if (!partial) {
        collected.orThrow();
      }
      for (Map.Entry<Path, List<DataFormatException>> e : collected.rejected().entrySet()) {
        err.println("rejected " + Terminal.escape(e.getKey().toString()) + ":");
        for (DataFormatException p : e.getValue()) {
          err.println("  " + Terminal.escape(p.getMessage()));
        }
      }
    }
    Dataset data = collected.dataset();
    if (stage == null) {
      Inputs.writeDataset(data, out, inputs);
    } else {
      CsvDatasetWriter.of().writeStaged(round(stage, data), out);
    }
    if (!collected.missing().isEmpty()) {
      List<String> codes = collected.missing().stream().map(Unit::code).toList();
      err.println("warning: no form from " + codes.size() + " units of the list: "
          + Terminal.escape(String.join(", ", codes.subList(0, Math.min(10, codes.size()))))
          + (codes.size() > 10 ? ", ..." : ""));
    }
    err.println("collected " + collected.forms().size() + " forms (" + data.size() + " values)"
        + (collected.hasProblems() ? ", rejected " + collected.rejected().size() : "") + "; wrote "
        + Terminal.escape(out.toString()));
    err.flush();
    return DtiCommand.OK;
  }

  /** The collected stage, with the other stage of {@code --add-to} when given. */
  private StagedDataset round(Stage stage, Dataset data) throws IOException {
    Dataset empty = Dataset.builder().build();
    if (addTo == null) {
      return stage == Stage.SELF ? StagedDataset.of(data, empty) : StagedDataset.of(empty, data);
    }
    StagedDataset before = DtiFiles.readStagedDataset(addTo, input.csvOptions());
    if (before.given(stage).size() > 0) {
      throw new DtiException("--add-to " + addTo + " already holds " + before.given(stage).size() + " values of the "
          + stage.id() + " stage; collect into a new file, or add to the file of the other stage");
    }
    return stage == Stage.SELF ? StagedDataset.of(data, before.given(Stage.APPRAISED))
        : StagedDataset.of(before.given(Stage.SELF), data);
  }
}
