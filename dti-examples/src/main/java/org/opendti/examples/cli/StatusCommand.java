package org.opendti.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.opendti.Dataset;
import org.opendti.Framework;
import org.opendti.Language;
import org.opendti.Node;
import org.opendti.Stage;
import org.opendti.StagedDataset;
import org.opendti.Unit;
import org.opendti.analysis.Status;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dti status}: what is still missing in an assessment round, by unit and by data source (issue 17: "so the
 * office knows who owes what"), computed by {@link Status}. It is a report, so it exits 0 however much is missing;
 * {@code --fail-if-missing} makes it exit {@link #INCOMPLETE} when anything is still owed, for scripts that check a
 * round before scoring it.
 */
@Command(name = "status", mixinStandardHelpOptions = true,
    description = {"Show what is still missing in an assessment round, so the office knows who owes what: a table by"
        + " unit (expected, given and missing values, the first missing components) and one by data source (the"
        + " framework's 'Nguồn thu thập dữ liệu'), then the totals. A unit is only expected to give the components"
        + " that apply to it.",
        "Data: any layout 'dti score' reads; a long file with a stage column is a round in two stages, where"
            + " missing means missing in the self-assessment and the values not yet appraised are counted too. Give"
            + " --unit-list so that units that sent nothing are listed.",
        "Exit status: 0 even when values are missing (it is a report); 3 with --fail-if-missing when any value is"
            + " still owed; 2 on bad input."})
final class StatusCommand implements Callable<Integer> {
  /** Exit status with {@code --fail-if-missing} when a value is missing or not yet appraised. */
  static final int INCOMPLETE = 3;

  /** The most missing components the table by unit names per unit. */
  static final int FIRST_MISSING = 5;

  /** The header of the {@code --out} table. */
  static final List<String> COLUMNS = List.of("unit", "unit_name", "kind", "group", "indicator", "indicator_name",
      "data_source", "stage");

  @Spec
  CommandSpec spec;

  @Mixin
  InputOptions input;

  @Option(names = "--data", required = true, paramLabel = "FILE",
      description = "The round's data so far (with or without a stage column).")
  Path data;

  @Option(names = "--period", paramLabel = "P", description = "The period (default: the data's only one).")
  String period;

  @Option(names = "--out", paramLabel = "FILE.csv", description = "Write every value still owed, one CSV row each:"
      + " unit, unit_name, kind, group, indicator, indicator_name, data_source, stage (self: missing in the"
      + " self-assessment, appraised: not yet appraised, empty without stages).")
  Path out;

  @Option(names = "--fail-if-missing", description = "Exit with status 3 when any value is still owed (missing, or"
      + " not yet appraised).")
  boolean failIfMissing;

  @Mixin
  LangOption lang;

  @Override
  public Integer call() throws IOException {
    Inputs.Loaded loaded = input.loadFramework();
    Framework framework = loaded.framework();
    List<Path> inputs = new ArrayList<>(List.of(data, Path.of(input.framework)));
    if (input.unitList != null) {
      inputs.add(input.unitList);
    }
    if (out != null) {
      String name = String.valueOf(out.getFileName()).toLowerCase(Locale.ROOT);
      if (name.matches(".*\\.(xlsx|xls|json|ya?ml)")) {
        throw new IllegalArgumentException("--out " + out + ": dti status writes CSV; name the file .csv");
      }
      org.opendti.io.OutputFiles.requireNotInput(out, inputs);
    }
    Status status = status(framework);
    Messages m = Messages.of(spec);
    PrintWriter o = spec.commandLine().getOut();
    int width = DtiCommand.terminal(spec).width();
    for (String line : Terminal.wrap(Terminal.escape(summary(status, m)), width, "")) {
      o.println(line);
    }
    o.println();
    o.println(m.get("msg.status.byUnit"));
    o.print(byUnit(status, m).render(width));
    o.println();
    o.println(m.get("msg.status.bySource"));
    o.print(bySource(status, m).render(width));
    o.flush();
    PrintWriter err = spec.commandLine().getErr();
    if (input.unitList == null) {
      err.println(m.warning(m.get("msg.status.noUnitList")));
    }
    if (status.notApplicable() > 0) {
      Status.UnitStatus first = status.units().stream().filter(u -> !u.notApplicable().isEmpty()).findFirst()
          .orElseThrow();
      err.println(m.warning(m.get("msg.status.notApplicable", status.notApplicable(), first.unit().code(),
          first.notApplicable().get(0).code())));
    }
    if (out != null) {
      Language language = lang.resolve(framework);
      CsvOutput.toFile(out, inputs, w -> {
        COLUMNS.forEach(w::text);
        w.endRow();
        for (Status.Item item : status.items()) {
          Unit u = item.unit();
          w.text(u.code()).text(u.name()).text(u.kind().name().toLowerCase(Locale.ROOT)).text(u.group().orElse(""))
              .text(item.node().code()).text(language.name(item.node()))
              .text(item.source().equals(Status.NO_SOURCE) ? "" : item.source())
              .text(item.stage().map(Stage::id).orElse(""));
          w.endRow();
        }
      });
      err.println(m.get("msg.status.wrote", out, status.items().size()));
    }
    err.flush();
    boolean owed = status.missing() + status.notAppraised() > 0;
    return failIfMissing && owed ? INCOMPLETE : DtiCommand.OK;
  }

  /**
   * Reads the data once and computes the status: of a round in two stages for a file with a {@code stage} column
   * (what is missing in the self-assessment and what is not yet appraised), else of the data as they are.
   */
  private Status status(Framework framework) throws IOException {
    input.refuseStage("dti status counts what is missing in both stages of a round");
    Dataset d = input.data(data);
    java.util.Optional<StagedDataset> round = input.round(data);
    return round.isPresent() ? Status.of(framework, round.get(), period(d)) : Status.of(framework, d, period(d));
  }

  /** {@code --period}, else the data's only period (the single unnamed one for data without observations). */
  private String period(Dataset d) {
    if (period != null) {
      return period;
    }
    if (d.periods().size() > 1) {
      throw new IllegalArgumentException("the data have " + d.periods().size() + " periods " + d.periods()
          + "; name one with --period");
    }
    return d.periods().isEmpty() ? Dataset.SINGLE_PERIOD : d.periods().get(0);
  }

  private static String summary(Status s, Messages m) {
    StringBuilder sb = new StringBuilder();
    if (!s.period().isEmpty()) {
      sb.append(m.get("msg.status.period", s.period())).append(' ');
    }
    sb.append(m.get(s.staged() ? "msg.status.summaryStaged" : "msg.status.summary", s.units().size(), s.expected(),
        s.given(), s.missing(), s.complete().size(), s.incomplete().size()));
    if (s.staged()) {
      sb.append(' ').append(m.get("msg.status.notAppraisedTotal", s.notAppraised()));
    }
    return sb.toString();
  }

  private static Table byUnit(Status s, Messages m) {
    List<String> header = new ArrayList<>(List.of(m.get("msg.status.col.unit"), m.get("msg.status.col.name"),
        m.get("msg.status.col.expected"), m.get("msg.status.col.given"), m.get("msg.status.col.missing")));
    if (s.staged()) {
      header.add(m.get("msg.status.col.notAppraised"));
    }
    header.add(m.get("msg.status.col.firstMissing"));
    boolean[] right = s.staged() ? new boolean[] {false, false, true, true, true, true, false}
        : new boolean[] {false, false, true, true, true, false};
    Table t = new Table(header, right);
    for (Status.UnitStatus u : s.units()) {
      List<String> row = new ArrayList<>(List.of(u.unit().code(), u.unit().name(), String.valueOf(u.expected()),
          String.valueOf(u.given()), String.valueOf(u.missing().size())));
      if (s.staged()) {
        row.add(String.valueOf(u.notAppraised().size()));
      }
      row.add(first(u.missing(), m)); // empty for a complete unit: its missing count says 0
      t.add(row);
    }
    return t;
  }

  /** The first {@link #FIRST_MISSING} codes, then how many more. */
  private static String first(List<Node> missing, Messages m) {
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < Math.min(FIRST_MISSING, missing.size()); k++) {
      sb.append(k == 0 ? "" : ", ").append(missing.get(k).code());
    }
    if (missing.size() > FIRST_MISSING) {
      sb.append(' ').append(m.get("msg.status.more", missing.size() - FIRST_MISSING));
    }
    return sb.toString();
  }

  private static Table bySource(Status s, Messages m) {
    List<String> header = new ArrayList<>(List.of(m.get("msg.status.col.source"), m.get("msg.status.col.unitsOwing"),
        m.get("msg.status.col.valuesMissing")));
    if (s.staged()) {
      header.add(m.get("msg.status.col.notAppraised"));
    }
    boolean[] right = s.staged() ? new boolean[] {false, true, true, true} : new boolean[] {false, true, true};
    Table t = new Table(header, right);
    for (Status.SourceStatus src : s.bySource()) {
      List<String> row = new ArrayList<>(List.of(src.source().equals(Status.NO_SOURCE) ? m.get("msg.status.noSource")
          : src.source(), String.valueOf(src.owing().size()), String.valueOf(src.missing())));
      if (s.staged()) {
        row.add(String.valueOf(src.notAppraised()));
      }
      t.add(row);
    }
    return t;
  }
}
