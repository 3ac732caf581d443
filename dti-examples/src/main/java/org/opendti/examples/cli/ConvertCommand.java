package org.opendti.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.opendti.Dataset;
import org.opendti.io.NumberStyle;
import org.opendti.io.OutputFiles;
import org.opendti.io.TextDecoder;
import org.opendti.io.csv.CsvOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dti convert}: converts datasets and frameworks between formats. */
@Command(name = "convert", mixinStandardHelpOptions = true,
    description = {"Convert a dataset or a framework between formats, chosen by the file extensions.",
        "Datasets: .csv (long), .wide.csv, .json, .yaml, .xlsx. Frameworks: .json, .yaml, .csv/.xlsx tables in the"
            + " layout of provincial decisions; a built-in id can be the source (e.g. --from pdti-2022).",
        "The output is written atomically and never over the input."})
final class ConvertCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--from", required = true, paramLabel = "FILE|ID", description = "The input file or framework id.")
  String from;

  @Option(names = "--to", required = true, paramLabel = "FILE", description = "The output file.")
  Path to;

  @Option(names = "--number-style", defaultValue = "default", paramLabel = "STYLE",
      description = "default (0.7314) or vi (0,7314; 9.056; 98,5%%) for the input.")
  String numberStyle;

  @Option(names = "--encoding", defaultValue = "UTF-8", paramLabel = "NAME",
      description = "Encoding of an input without a byte-order mark.")
  String encoding;

  @picocli.CommandLine.Mixin
  LangOption lang;

  @Option(names = "--sheet-per-period", description = "Read every XLSX sheet, each sheet's name being its period.")
  boolean sheetPerPeriod;

  @Override
  public Integer call() throws IOException {
    CsvOptions options = Inputs.options(NumberStyle.byName(numberStyle), TextDecoder.charset(encoding));
    Path named = Path.of(from);
    OutputFiles.requireNotInput(to, List.of(named));
    // convert looks at its input twice (framework or dataset?); a pipe delivers once, so it is read into a
    // private copy first, under the same name so the format is detected the same way
    Path in = Files.exists(named) && !Files.isRegularFile(named) ? spool(named) : named;
    boolean framework = !Files.exists(in) || Inputs.isFrameworkFile(in);
    if (framework) {
      Inputs.Loaded f = Inputs.loadFramework(in == named ? from : in.toString(), options);
      Inputs.writeFramework(f, to, java.util.List.of(in));
      spec.commandLine().getErr().println("wrote framework " + f.framework().id() + " (" + f.framework().nodes()
          .size() + " nodes) to " + to);
    } else {
      Dataset d = Inputs.dataset(in, options, Optional.empty(), sheetPerPeriod);
      Inputs.writeDataset(d, to, java.util.List.of(in));
      spec.commandLine().getErr().println("wrote " + d.size() + " observations of " + d.units().size() + " units to "
          + to);
    }
    return DtiCommand.OK;
  }

  /** Copies a pipe or device into a private temporary file of the same name, removed when the JVM exits. */
  private static Path spool(Path named) throws IOException {
    Path dir = Files.createTempDirectory("dti-convert");
    Path copy = dir.resolve(named.getFileName() == null ? "input" : named.getFileName().toString());
    try (java.io.InputStream source = org.opendti.io.InputFiles.open(named)) {
      Files.copy(source, copy);
    }
    copy.toFile().deleteOnExit();
    dir.toFile().deleteOnExit();
    return copy;
  }
}
