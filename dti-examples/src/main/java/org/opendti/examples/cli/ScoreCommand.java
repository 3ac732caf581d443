package org.opendti.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.opendti.Dataset;
import org.opendti.Framework;
import org.opendti.engine.Results;
import org.opendti.engine.ScoringEngine;
import org.opendti.io.csv.CsvOptions;
import org.opendti.io.csv.ResultsCsvWriter;
import org.opendti.method.Method;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dti score}: scores a data file with a framework and writes one row per unit. */
@Command(name = "score", mixinStandardHelpOptions = true,
    description = {"Score a data file and write one CSV row per unit: unit, then <code> and <code>_rank for every node.",
        "Data: long CSV (unit,indicator,value[,period,numerator,denominator,category,source,evidence,note]), wide CSV"
            + " (unit or uCode, then one column per indicator; COINr's iData), .json/.yaml, or .xlsx (same layouts).",
        "Framework: a built-in id (see 'dti frameworks'), a .json/.yaml definition (its method is used), a framework"
            + " table (.csv/.xlsx: STT, Chỉ số, Điểm tối đa, ...) or a COINr iMeta CSV.",
        "Output: --out FILE.csv, .json, .yaml or .xlsx (a formatted ranking workbook); stdout gets CSV.",
        "Method: official for frameworks with points; COINr's (min-max, meta weights, arithmetic, skip) otherwise."})
final class ScoreCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--data", paramLabel = "FILE",
      description = "Data file: .csv (long or wide), .json, .yaml or .xlsx.")
  Path data;

  @Option(names = "--period-data", paramLabel = "PERIOD=FILE", mapFallbackValue = "",
      description = "One data file per period (repeat: --period-data 2023=a.csv --period-data 2024=b.csv), instead"
          + " of --data.")
  java.util.LinkedHashMap<String, Path> periodData;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the results here (atomically) instead of stdout.")
  Path out;

  @Option(names = "--decimals", defaultValue = "4", paramLabel = "N",
      description = "Decimals of values, half-up (default: ${DEFAULT-VALUE}).")
  int decimals;

  @Option(names = "--period", paramLabel = "P", description = "The period to score when the data have several.")
  String period;

  @picocli.CommandLine.Mixin
  InputOptions input;

  @picocli.CommandLine.Mixin
  MethodOptions methodOptions;

  @picocli.CommandLine.Mixin
  LangOption lang;

  @picocli.CommandLine.Mixin
  TableOption table;

  @Option(names = "--group-by", paramLabel = "GROUPING",
      description = "merged-2025: score the 63 provinces, then the 34 merged ones from the unweighted mean of their"
          + " constituents' main indicators (the ministry's rule for DTI 2024).")
  String groupBy;

  @Option(names = "--sheet", paramLabel = "NAME", description = "The XLSX sheet to read (default: the first).")
  String sheet;

  @Option(names = "--sheet-per-period", description = "Read every XLSX sheet, each sheet's name being its period.")
  boolean sheetPerPeriod;

  @Option(names = "--timings",
      description = "Print read_seconds=, compute_seconds= and write_seconds= lines on stderr (wall-clock time of"
          + " reading the inputs, scoring, and writing the output).")
  boolean timings;

  @picocli.CommandLine.Mixin
  WarningsOutput warnings;

  @Override
  public Integer call() throws IOException {
    long t0 = System.nanoTime();
    Inputs.Loaded loaded = input.loadFramework();
    CsvOptions options = input.csvOptions();
    Framework f = loaded.framework();
    if ((data == null) == (periodData == null || periodData.isEmpty())) {
      throw new IllegalArgumentException("give either --data FILE or one"
          + " --period-data PERIOD=FILE per period");
    }
    List<Path> dataFiles = data != null ? List.of(data) : List.copyOf(periodData.values());
    if (out != null) {
      input.refuseInput(out, dataFiles);
    }
    List<Path> inputs = new java.util.ArrayList<>(dataFiles);
    inputs.add(Path.of(input.framework));
    warnings.refuse(inputs, out);
    Dataset d = data != null
        ? input.data(data, java.util.Optional.ofNullable(sheet), sheetPerPeriod, java.util.Optional.empty())
        : input.resolved(String.join(", ", periodData.values().stream().map(Path::toString).toList()),
            () -> Inputs.perPeriod(periodData, options, java.util.Optional.ofNullable(sheet)));
    long t1 = System.nanoTime();
    Method method = input.referenceIn(methodOptions.method(f, loaded.method(), decimals), d);
    ScoringEngine engine = ScoringEngine.of(method);
    if (groupBy != null && !groupBy.equalsIgnoreCase("merged-2025")) {
      throw new IllegalArgumentException("unknown --group-by '" + groupBy + "'; expected merged-2025");
    }
    Results r = period == null ? engine.score(f, d) : engine.score(f, d, period);
    if (data != null) {
      r = input.noted(r, data);
    }
    List<WarningsOutput.Source> sources = new java.util.ArrayList<>(List.of(new WarningsOutput.Source("", r)));
    if (groupBy != null) {
      r = org.opendti.analysis.Merger.merge2025(r, org.opendti.analysis.Merger.Rule.mean(), engine);
      // the 63 provinces' warnings stay visible: the merged scoring only sees their main indicators
      sources.add(new WarningsOutput.Source("merged-2025", r));
    }
    long t2 = System.nanoTime();
    PrintWriter err = spec.commandLine().getErr();
    warnings.report(sources, err, inputs);
    if (out == null) {
      PrintWriter stdout = spec.commandLine().getOut();
      if (table.table()) {
        stdout.print(Tables.ranking(r, lang.resolve(f)));
      } else {
        ResultsCsvWriter.forFramework(f, decimals).write(r, stdout);
      }
      stdout.flush();
      printTimings(err, t0, t1, t2, System.nanoTime());
      return DtiCommand.OK;
    }
    Inputs.writeResults(r, out, ResultsCsvWriter.forFramework(f, decimals), lang.resolve(f), inputs);
    long t3 = System.nanoTime();
    err.println("wrote " + out + " (" + r.units().size() + " units, " + r.nodes().size() + " nodes)");
    printTimings(err, t0, t1, t2, t3);
    return DtiCommand.OK;
  }

  private void printTimings(PrintWriter err, long start, long read, long computed, long written) {
    if (timings) {
      err.println("read_seconds=" + seconds(read - start));
      err.println("compute_seconds=" + seconds(computed - read));
      err.println("write_seconds=" + seconds(written - computed));
    }
  }

  private static String seconds(long nanos) {
    return String.format(java.util.Locale.ROOT, "%.6f", nanos / 1e9);
  }
}
