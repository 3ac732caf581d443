package org.opendti.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.opendti.Dataset;
import org.opendti.Language;
import org.opendti.Numbers;
import org.opendti.analysis.Execution;
import org.opendti.analysis.Uncertainty;
import org.opendti.engine.Results;
import org.opendti.engine.ScoringEngine;
import org.opendti.io.Label;
import org.opendti.method.Method;
import org.opendti.method.Strategies;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dti uncertainty}: Monte Carlo rank statistics under weight noise and alternative methods. */
@Command(name = "uncertainty", mixinStandardHelpOptions = true,
    description = {"Monte Carlo uncertainty of a node's ranks: weights vary uniformly by ±X of their value, and the"
        + " alternatives given are drawn uniformly in each run.",
        "Output CSV: unit,nominal,mean,median,q5,q95 (ranks; quantiles as R's type 7). The same --seed gives the same"
            + " numbers whatever --threads."})
final class UncertaintyCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  InputOptions input;

  @Mixin
  MethodOptions methodOptions;

  @Mixin
  LangOption lang;

  @Mixin
  TableOption table;

  @Option(names = "--data", required = true, paramLabel = "FILE", description = "Data file.")
  Path data;

  @Option(names = "--period", paramLabel = "P", description = "The period (default: the first).")
  String period;

  @Option(names = "--runs", defaultValue = "1000", paramLabel = "N", description = "Runs (default ${DEFAULT-VALUE}).")
  int runs;

  @Mixin
  MonteCarloOptions monteCarlo;

  @Option(names = "--threads", paramLabel = "N", description = "Threads (default: all processors).")
  Integer threads;

  @Option(names = "--node", paramLabel = "CODE", description = "The node whose ranks are analysed (default: root).")
  String node;

  @Option(names = "--alt-normaliser", paramLabel = "ID",
      description = "An alternative normaliser drawn in runs; repeat the option, e.g. --alt-normaliser fraction-of-max"
          + " --alt-normaliser min-max:0.1,1.")
  List<String> altNormalisers = List.of();

  @Option(names = "--alt-aggregators", split = ",", paramLabel = "ID", description = "Alternative aggregators.")
  List<String> altAggregators = List.of();

  @Option(names = "--alt-missing", split = ",", paramLabel = "ID", description = "Alternative missing-value policies.")
  List<String> altMissing = List.of();

  @Option(names = "--out", paramLabel = "FILE", description = "Write the CSV here instead of stdout.")
  Path out;

  @Mixin
  WarningsOutput warnings;

  @Override
  public Integer call() throws IOException {
    Inputs.Loaded loaded = input.loadFramework();
    List<Path> inputs = List.of(data, Path.of(input.framework));
    if (out != null) {
      input.refuseInput(out, List.of(data));
    }
    warnings.refuse(inputs, out);
    Dataset d = input.data(data);
    Method method = input.referenceIn(methodOptions.method(loaded.framework(), loaded.method(), 4), d);
    // the runs' nominal scoring, whose warnings are the ones a user must know about (the alternatives are drawn)
    Results nominal = input.noted(ScoringEngine.of(method).score(loaded.framework(), d, period == null
        ? d.periods().get(0) : period), data);
    Uncertainty.Builder b = monteCarlo.apply(Uncertainty.builder())
        .method(method).runs(runs)
        .addAllNormalisers(altNormalisers.stream().map(Strategies::normaliser).toList())
        .addAllAggregators(altAggregators.stream().map(Strategies::aggregator).toList())
        .addAllMissing(altMissing.stream().map(Strategies::missing).toList());
    if (node != null) {
      b.node(node);
    }
    if (period != null) {
      b.period(period);
    }
    Uncertainty setup = b.build();
    Execution execution = threads == null ? Execution.defaults() : Execution.defaults().withThreads(threads);
    PrintWriter err = spec.commandLine().getErr();
    warnings.report(nominal, err, inputs);
    Uncertainty.Result r = ProgressBar.run(setup, loaded.framework(), d, execution, err);
    CsvOutput.Rows rows = w -> {
      for (String h : List.of("unit", "nominal", "mean", "median", "q5", "q95")) {
        w.text(h);
      }
      w.endRow();
      for (Uncertainty.RankStats s : r.units()) {
        w.text(s.unit().name()).plain(s.nominal()).number(s.mean(), 2).plain(s.median()).plain(s.q5())
            .plain(s.q95()).endRow();
      }
    };
    if (out == null) {
      if (table.table()) {
        spec.commandLine().getOut().print(aligned(r, lang.resolve(loaded.framework())));
      } else {
        CsvOutput.toStdout(spec.commandLine().getOut(), rows);
      }
    } else {
      CsvOutput.toFile(out, List.of(data), rows);
      err.println("wrote " + out + " (" + r.units().size() + " units, " + r.runs() + " runs of node " + r.node()
          + ")");
    }
    return DtiCommand.OK;
  }

  private static String aligned(Uncertainty.Result r, Language l) {
    Table t = new Table(List.of(Label.UNIT.in(l), Label.NOMINAL.in(l), Label.MEAN.in(l),
        Label.MEDIAN.in(l), Label.Q5.in(l), Label.Q95.in(l)), false, true, true, true, true, true);
    for (Uncertainty.RankStats s : r.units().stream()
        .sorted(java.util.Comparator.comparingDouble(Uncertainty.RankStats::nominal)).toList()) {
      t.add(List.of(s.unit().name(), Numbers.plain(s.nominal()), l.number(s.mean(), 2), Numbers.plain(s.median()),
          Numbers.plain(s.q5()), Numbers.plain(s.q95())));
    }
    return t.render();
  }
}
