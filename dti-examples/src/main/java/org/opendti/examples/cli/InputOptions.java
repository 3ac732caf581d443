package org.opendti.examples.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.opendti.Dataset;
import org.opendti.io.NumberStyle;
import org.opendti.io.OutputFiles;
import org.opendti.io.TextDecoder;
import org.opendti.io.csv.CsvOptions;
import picocli.CommandLine.Option;

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
      description = "Resolve unit names through a registry: before-2025 (the 63 provinces) or after-2025 (the 34).")
  String units;

  Inputs.Loaded loadFramework() throws IOException {
    return Inputs.loadFramework(framework, Inputs.options(NumberStyle.byName(numberStyle),
        TextDecoder.charset(encoding)));
  }

  CsvOptions csvOptions() {
    return Inputs.options(NumberStyle.byName(numberStyle), TextDecoder.charset(encoding), units);
  }

  Dataset data(Path file) throws IOException {
    return Inputs.dataset(file, csvOptions(), Optional.empty(), false);
  }

  /** Refuses, before any work is done, an output that is one of the data files or the framework file. */
  void refuseInput(Path out, List<Path> data) throws IOException {
    List<Path> inputs = new ArrayList<>(data);
    inputs.add(Path.of(framework));
    OutputFiles.requireNotInput(out, inputs);
  }
}
