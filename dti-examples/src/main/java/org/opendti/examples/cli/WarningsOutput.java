package org.opendti.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opendti.Language;
import org.opendti.engine.Results;
import org.opendti.engine.Warning;
import org.opendti.io.OutputFiles;
import picocli.CommandLine.Option;

/**
 * The one home of a scoring run's warnings on the command line. Every command that scores prints, on stderr, one line
 * per {@link Warning.Kind} that occurred: the count, the kind in words and the first example. {@code --warnings FILE}
 * (this class is also that option, as a picocli mixin) writes all of them as CSV: {@code kind,unit,indicator,message}.
 */
final class WarningsOutput {
  /** The CSV header of a warnings file. */
  static final List<String> HEADER = List.of("kind", "unit", "indicator", "message");

  @Option(names = "--warnings", paramLabel = "FILE",
      description = "Write every warning to this CSV file (kind,unit,indicator,message), atomically; stderr always"
          + " gets the count of each kind with its first example.")
  Path file;

  @picocli.CommandLine.Spec(picocli.CommandLine.Spec.Target.MIXEE)
  picocli.CommandLine.Model.CommandSpec command;

  /** Warnings of one scoring run, with a label when a command scores several (compare's "from" and "to"). */
  record Source(String label, Results results) {
    Source {
      java.util.Objects.requireNonNull(label, "label");
      java.util.Objects.requireNonNull(results, "results");
    }
  }

  /** Refuses, before any work is done, a warnings file that is an input or another output of the command. */
  void refuse(List<Path> inputs, Path... outputs) throws IOException {
    if (file == null) {
      return;
    }
    List<Path> others = new ArrayList<>(inputs);
    for (Path o : outputs) {
      if (o != null) {
        others.add(o);
        if (o.toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize())) {
          throw new IllegalArgumentException("--warnings " + file + " is also the command's output " + o
              + "; give it its own file");
        }
      }
    }
    OutputFiles.requireNotInput(file, others);
  }

  /** {@link #report(List, PrintWriter, List)} for one scoring run. */
  void report(Results results, PrintWriter err, List<Path> inputs) throws IOException {
    report(List.of(new Source("", results)), err, inputs);
  }

  /**
   * Prints the summary lines on {@code err} and, with {@code --warnings FILE}, writes every warning there (never over
   * an input) and says so.
   */
  void report(List<Source> sources, PrintWriter err, List<Path> inputs) throws IOException {
    Messages m = Messages.of(command);
    print(sources, err, file == null, m);
    if (file != null) {
      int n = sources.stream().mapToInt(s -> s.results().warnings().size()).sum();
      CsvOutput.toFile(file, inputs, w -> {
        HEADER.forEach(w::text);
        w.endRow();
        for (Source s : sources) {
          for (Warning x : s.results().warnings()) {
            w.text(x.kind().name()).text(x.unit()).text(x.indicator())
                .text(s.label().isEmpty() ? x.message() : s.label() + ": " + x.message()).endRow();
          }
        }
      });
      err.println(m.get(n == 1 ? "msg.warnings.wroteOne" : "msg.warnings.wrote", file, n));
    }
  }

  /** Prints the summary lines of a run that has no {@code --warnings} option (the main job). */
  static void print(Results results, PrintWriter err, Messages m) {
    print(List.of(new Source("", results)), err, false, m);
  }

  private static void print(List<Source> sources, PrintWriter err, boolean hint, Messages m) {
    for (Source s : sources) {
      for (Line line : lines(s.results(), m.language(), m)) {
        err.println(m.warning((s.label().isEmpty() ? "" : s.label() + ": ") + line.text()
            + (hint && line.count() > 1 ? m.get("msg.warnings.allHint") : "")));
      }
    }
  }

  /** One summary line and the number of warnings it counts. */
  private record Line(int count, String text) {}

  /**
   * One line per kind that occurred, in {@link Warning.Kind} order: {@code 12 missing values filled by the
   * missing-value policy 'zero' (first: unit 'A', indicator 'x': ...)}. The missing-value line names the policies
   * that filled the gaps (the method's, per node).
   *
   * @param results the scoring run
   * @param language the language of the kinds' words ({@link Warning.Kind#describe(Language)})
   * @return the lines, without a prefix; empty when there are no warnings
   */
  private static List<Line> lines(Results results, Language language, Messages m) {
    Map<Warning.Kind, List<Warning>> byKind = new EnumMap<>(Warning.Kind.class);
    for (Warning w : results.warnings()) {
      byKind.computeIfAbsent(w.kind(), k -> new ArrayList<>()).add(w);
    }
    List<Line> lines = new ArrayList<>();
    for (Map.Entry<Warning.Kind, List<Warning>> e : byKind.entrySet()) {
      List<Warning> ws = e.getValue();
      StringBuilder line = new StringBuilder().append(ws.size()).append(' ').append(e.getKey().describe(language));
      if (e.getKey() == Warning.Kind.MISSING_VALUE) {
        Set<String> policies = new LinkedHashSet<>();
        for (Warning w : ws) {
          policies.add("'" + results.method().missingFor(w.indicator()).id() + "'");
        }
        line.append(' ').append(String.join(", ", policies));
      }
      lines.add(new Line(ws.size(), line.append(' ').append(m.get("msg.warnings.first",
          DtiCommand.line(ws.get(0).toString()))).toString()));
    }
    return lines;
  }
}
