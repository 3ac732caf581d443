package org.opendti.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.opendti.Dataset;
import org.opendti.Numbers;
import org.opendti.StagedDataset;
import org.opendti.analysis.Appraisal;
import org.opendti.io.csv.AppraisalCsvWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dti appraisal}: what the appraisal council changed, by unit and node. */
@Command(name = "appraisal", mixinStandardHelpOptions = true,
    description = {"Compare the self-assessed and appraised stages of an assessment round: one CSV row per unit and"
        + " scored node (unit, unit_name, node, node_name, self_points, appraised_points, difference, self_evidence,"
        + " appraised_evidence, self_note, appraised_note) to --out; stdout gets one line per unit with the points"
        + " lost and the components that lost most.",
        "Data: long CSV or XLSX with a stage column (self or appraised; tự đánh giá or thẩm định) on every row. The"
            + " appraised stage takes the council's value where it gave one and the unit's own elsewhere; stderr"
            + " counts those."})
final class AppraisalCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  InputOptions input;

  @Mixin
  MethodOptions methodOptions;

  @Option(names = "--data", required = true, paramLabel = "FILE", description = "The round's data, with a stage"
      + " column.")
  Path data;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "The appraisal table (CSV).")
  Path out;

  @Option(names = "--period", paramLabel = "P", description = "The period (default: the data's only one).")
  String period;

  @Option(names = "--decimals", defaultValue = "2", paramLabel = "N",
      description = "Decimals of points in the table (default: ${DEFAULT-VALUE}).")
  int decimals;

  @Mixin
  LangOption lang;

  @Override
  public Integer call() throws IOException {
    input.refuseStage("dti appraisal compares both stages of the round (score, compare, plan, uncertainty and"
        + " report take it)");
    Inputs.Loaded loaded = input.loadFramework();
    List<Path> inputs = new ArrayList<>(List.of(data, Path.of(input.framework)));
    if (input.unitList != null) {
      inputs.add(input.unitList);
    }
    org.opendti.io.OutputFiles.requireNotInput(out, inputs);
    StagedDataset round = input.staged(data);
    Dataset appraised = round.forStage(org.opendti.Stage.APPRAISED);
    String p = period != null ? period : onlyPeriod(appraised);
    Appraisal a = Appraisal.of(loaded.framework(), round, methodOptions.method(loaded.framework(), loaded.method(),
        4), p);
    AppraisalCsvWriter.of(decimals).write(a, out, inputs);
    PrintWriter o = spec.commandLine().getOut();
    for (Appraisal.UnitSummary s : a.byUnit()) {
      StringBuilder line = new StringBuilder(Terminal.escape(s.unit().code())).append(": ")
          .append(Numbers.plain(Numbers.round(s.selfPoints(), decimals))).append(" -> ")
          .append(Numbers.plain(Numbers.round(s.appraisedPoints(), decimals))).append(", lost ")
          .append(Numbers.plain(Numbers.round(s.lost(), decimals)));
      if (!s.mostLost().isEmpty()) {
        line.append(" (");
        for (int k = 0; k < s.mostLost().size(); k++) {
          Appraisal.Row r = s.mostLost().get(k);
          line.append(k == 0 ? "" : ", ").append(Terminal.escape(r.node().code())).append(' ')
              .append(Numbers.plain(Numbers.round(r.difference(), decimals)));
        }
        line.append(')');
      }
      o.println(line);
    }
    o.flush();
    PrintWriter err = spec.commandLine().getErr();
    List<StagedDataset.Cell> own = round.notAppraised(p);
    if (!own.isEmpty()) {
      err.println("warning: " + own.size() + " values were not appraised and keep the unit's own value (first: unit '"
          + Terminal.escape(own.get(0).unit()) + "', indicator '" + Terminal.escape(own.get(0).indicator()) + "')");
    }
    err.println("wrote " + Terminal.escape(out.toString()) + " (" + a.rows().size() + " rows)");
    err.flush();
    return DtiCommand.OK;
  }

  private static String onlyPeriod(Dataset d) {
    if (d.periods().size() != 1) {
      throw new IllegalArgumentException("the data has " + d.periods().size() + " periods " + d.periods()
          + "; name one with --period");
    }
    return d.periods().get(0);
  }
}
