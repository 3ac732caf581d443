package org.opendti.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.opendti.Dataset;
import org.opendti.Framework;
import org.opendti.Provinces;
import org.opendti.analysis.Execution;
import org.opendti.analysis.Merger;
import org.opendti.analysis.Uncertainty;
import org.opendti.engine.Results;
import org.opendti.engine.ScoringEngine;
import org.opendti.io.html.HtmlReport;
import org.opendti.method.Method;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dti report}: one self-contained HTML report. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = {"Write one self-contained HTML report (no network needed to view it): the ranking, a tile map of"
        + " the provinces (63 or 34), a bar chart of the index, a table and charts per pillar and main indicator,"
        + " rank moves since --compare, rank intervals from --uncertainty runs, group statistics, each unit's"
        + " profile, data notes (the run's warnings) and the method in plain words. The header names the input"
        + " files with their SHA-256, the software version and the time of the run. Charts are inline SVG.",
        "For the file of an assessment round (a stage column), the report shows the appraised stage and a section on"
            + " what appraisal changed: points lost by unit and the components that lost most (--stage self reports"
            + " the self-assessment alone)."})
final class ReportCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  InputOptions input;

  @Mixin
  MethodOptions methodOptions;

  @Mixin
  WarningsOutput warnings;

  @Mixin
  LangOption lang;

  @Option(names = "--data", required = true, paramLabel = "FILE", description = "The data to report.")
  Path data;

  @Option(names = "--period", paramLabel = "P",
      description = "The period to report when --data holds several (an unknown one is an error that lists them).")
  String period;

  @Option(names = "--compare", paramLabel = "FILE", description = "An earlier period's data: adds rank moves.")
  Path compare;

  @Option(names = "--compare-period", paramLabel = "P",
      description = "The earlier period to compare with: a period of --compare, or of --data without --compare.")
  String comparePeriod;

  @Option(names = "--group-by", paramLabel = "GROUPING",
      description = "merged-2025: report the 34 provinces after the 1 July 2025 merger, each from the unweighted"
          + " mean of its constituents' main indicators (the ministry's rule for DTI 2024).")
  String groupBy;

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
    warnings.refuse(inputs, out);
    if (uncertaintyRuns != null && uncertaintyRuns < 1) {
      throw new IllegalArgumentException("--uncertainty must be at least 1, was " + uncertaintyRuns);
    }
    boolean merged = false;
    if (groupBy != null) {
      if (!groupBy.equalsIgnoreCase("merged-2025")) {
        throw new IllegalArgumentException("unknown --group-by '" + groupBy + "'; expected merged-2025");
      }
      merged = true;
    }
    if (comparePeriod != null && compare == null && period == null) {
      throw new IllegalArgumentException("--compare-period without --compare needs --period: both periods come"
          + " from --data");
    }
    Method method = methodOptions.method(f, loaded.method(), 4);
    ScoringEngine engine = ScoringEngine.of(method);
    Inputs.Checksum dataSum = new Inputs.Checksum();
    Dataset all = input.data(data, dataSum);
    String dataSha = dataSum.hex();
    Inputs.Checksum compareSum = new Inputs.Checksum();
    Dataset d = onePeriod(all, period, "--period", data);
    Results r = input.noted(engine.score(f, d), data);
    Results before = null;
    if (compare != null || comparePeriod != null) {
      Dataset earlier = onePeriod(compare != null ? input.data(compare, compareSum) : all, comparePeriod, "--compare-period",
          compare != null ? compare : data);
      before = input.noted(engine.score(f, earlier), compare != null ? compare : data);
    }
    if (merged) {
      d = Merger.mergedInputs(r, Provinces.before2025(), Provinces.after2025(), Provinces.merger2025(),
          Merger.Rule.mean());
      r = engine.score(f, d);
      if (before != null) {
        before = Merger.merge2025(before, Merger.Rule.mean(), engine);
      }
    }
    HtmlReport.Builder b = HtmlReport.builder(r).language(lang.resolve(f));
    if (before != null) {
      b.previous(before);
    }
    b.input(data.getFileName().toString(), dataSha);
    java.util.Optional<org.opendti.StagedDataset> round = input.round(data);
    if (round.isPresent() && input.stage() == org.opendti.Stage.APPRAISED && !merged) {
      // a round's file: the report shows the appraised stage and what appraisal changed
      b.appraisal(org.opendti.analysis.Appraisal.of(f, round.get(), method, r.period()));
    }
    if (compare != null) {
      b.input(compare.getFileName().toString(), compareSum.hex());
    }
    b.generated(spec.root().version()[0], OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS));
    PrintWriter err = spec.commandLine().getErr();
    List<WarningsOutput.Source> sources = new java.util.ArrayList<>();
    sources.add(new WarningsOutput.Source(before == null ? "" : "data", r));
    if (before != null) {
      sources.add(new WarningsOutput.Source("compare", before));
    }
    warnings.report(sources, err, inputs);
    if (uncertaintyRuns != null) {
      Uncertainty setup = monteCarlo.apply(Uncertainty.builder()).method(method).runs(uncertaintyRuns).build();
      b.uncertainty(ProgressBar.run(setup, f, d, Execution.defaults(), err));
    }
    if (title != null) {
      b.title(title);
    }
    b.build().write(out);
    err.println("wrote " + out + " (" + r.units().size() + " units" + (r.period().isEmpty() ? "" : ", period "
        + r.period()) + ")");
    return DtiCommand.OK;
  }

  /** The dataset's one period: the one named, or the only one; an unknown or missing choice lists the periods. */
  private static Dataset onePeriod(Dataset d, String wanted, String option, Path file) {
    List<String> periods = d.periods();
    if (wanted == null) {
      if (periods.size() > 1) {
        throw new IllegalArgumentException(file + " holds " + periods.size() + " periods " + periods
            + "; choose one with " + option);
      }
      return d;
    }
    if (!periods.contains(wanted)) {
      throw new IllegalArgumentException("unknown " + option + " '" + wanted + "': " + file + " holds "
          + (periods.size() == 1 && periods.get(0).isEmpty() ? "no period column (one unnamed period)"
              : "the periods " + periods));
    }
    return d.period(wanted);
  }
}
