package org.opendti.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.opendti.Dataset;
import org.opendti.Framework;
import org.opendti.Results;
import org.opendti.ScoringEngine;
import org.opendti.analysis.Uncertainty;
import org.opendti.io.html.HtmlReport;
import org.opendti.method.Method;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dti report}: one self-contained HTML report. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = {"Write one self-contained HTML report (no network needed to view it): the ranking, a bar chart of"
        + " the index, rank moves since --compare, rank intervals from --uncertainty runs, group statistics, and"
        + " each unit's pillar and main-indicator profile. Charts are inline SVG."})
final class ReportCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  InputOptions input;

  @Mixin
  MethodOptions methodOptions;

  @Mixin
  LangOption lang;

  @Option(names = "--data", required = true, paramLabel = "FILE", description = "The data to report.")
  Path data;

  @Option(names = "--compare", paramLabel = "FILE", description = "An earlier period's data: adds rank moves.")
  Path compare;

  @Option(names = "--uncertainty", paramLabel = "N",
      description = "Run N Monte Carlo runs (weights ±--weight-noise) and add each unit's rank interval.")
  Integer uncertaintyRuns;

  @Mixin
  MonteCarloOptions monteCarlo;

  @Option(names = "--title", paramLabel = "TEXT", description = "The report's title.")
  String title;

  @Option(names = "--out", required = true, paramLabel = "FILE.html", description = "The report file.")
  Path out;

  @Override
  public Integer call() throws IOException {
    Inputs.Loaded loaded = input.loadFramework();
    Framework f = loaded.framework();
    List<Path> inputs = new ArrayList<>(List.of(data));
    if (compare != null) {
      inputs.add(compare);
    }
    input.refuseInput(out, inputs);
    if (uncertaintyRuns != null && uncertaintyRuns < 1) {
      throw new IllegalArgumentException("--uncertainty must be at least 1, was " + uncertaintyRuns);
    }
    Method method = methodOptions.method(f, loaded.method(), 4);
    ScoringEngine engine = ScoringEngine.of(method);
    Dataset d = input.data(data);
    Results r = engine.score(f, d);
    HtmlReport.Builder b = HtmlReport.builder(r).language(lang.resolve(f));
    if (compare != null) {
      b.previous(engine.score(f, input.data(compare)));
    }
    PrintWriter err = spec.commandLine().getErr();
    if (uncertaintyRuns != null) {
      Uncertainty.Builder ub = monteCarlo.apply(Uncertainty.builder(f, d).method(method).runs(uncertaintyRuns));
      b.uncertainty(ProgressBar.run(ub, err));
    }
    if (title != null) {
      b.title(title);
    }
    b.build().write(out);
    err.println("wrote " + out + " (" + r.units().size() + " units)");
    return DtiCommand.OK;
  }
}
