package org.opendti.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.opendti.Unit;
import org.opendti.io.forms.Forms;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dti forms}: one assessment form per unit of the unit list ({@link Forms#writeAll}). */
@Command(name = "forms", mixinStandardHelpOptions = true,
    description = {"Write one XLSX assessment form per unit of --unit-list into --out: only the components that apply"
        + " to the unit, input columns (value, numerator, denominator, category, evidence, note), a dropdown for"
        + " categories, numeric validation, structure cells locked, instructions in Vietnamese, and the unit, period"
        + " and framework version sealed in the file so that 'dti collect' refuses a form filed under another.",
        "Existing files are never overwritten: a form that is already in --out is an error."})
final class FormsCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  InputOptions input;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder for the forms (created if"
      + " missing).")
  Path out;

  @Option(names = "--period", required = true, paramLabel = "P", description = "The period the forms are for, e.g."
      + " 2025.")
  String period;

  @Override
  public Integer call() throws IOException {
    input.refuseStage("dti forms writes the forms both stages fill in");
    Inputs.Loaded loaded = input.loadFramework();
    List<Unit> units = input.requiredUnitList("dti forms");
    Files.createDirectories(out);
    List<Path> written = Forms.writeAll(loaded.framework(), units, period, out);
    PrintWriter err = spec.commandLine().getErr();
    err.println("wrote " + written.size() + " forms to " + Terminal.escape(out.toString()) + " ("
        + Terminal.escape(loaded.framework().id()) + " " + Terminal.escape(loaded.framework().version()) + ", period "
        + Terminal.escape(period) + ")");
    err.flush();
    return DtiCommand.OK;
  }
}
