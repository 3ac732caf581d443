package org.opendti.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.opendti.DtiException;
import org.opendti.Frameworks;
import org.opendti.ProblemsException;
import org.opendti.Results;
import org.opendti.ScoringEngine;
import org.opendti.io.html.HtmlReport;
import org.opendti.io.html.Language;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code dti} command. With no arguments it runs the main job: the bundled synthetic 63-province sample scored
 * with {@code pdti-2022}, printing the ranking.
 *
 * <p>Exit status: 0 on success; 2 on bad input (one line per problem on stderr, naming the file, row and column or
 * the unit and indicator, and the offending value; no stack trace); 1 on anything else.
 */
@Command(name = "dti", mixinStandardHelpOptions = true, version = "dti 0.1.0",
    description = "Score, check and explain Vietnam's Digital Transformation Index (DTI).%n"
        + "With no command: score the bundled synthetic sample with pdti-2022, print the ranking and write an HTML"
        + " report (--out, default dti-report.html).",
    subcommands = {ScoreCommand.class, FrameworksCommand.class, DiffCommand.class, ConvertCommand.class,
        CompareCommand.class, UncertaintyCommand.class, PlanCommand.class, ReportCommand.class,
        CommandLine.HelpCommand.class},
    exitCodeOnInvalidInput = 2)
public final class DtiCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  /** Exit status on success. */
  static final int OK = 0;
  /** Exit status on bad input. */
  static final int BAD_INPUT = 2;
  /** Exit status on anything else. */
  static final int FAILURE = 1;

  /**
   * Runs the command line and exits with its status.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /**
   * Runs the command line with the given output streams.
   *
   * @param args the arguments, not null
   * @param out standard output, not null
   * @param err standard error, not null
   * @return the exit status
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new DtiCommand());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler((ex, line, parsed) -> report(ex, line.getErr()));
    int status = cl.execute(args);
    out.flush();
    err.flush();
    return status;
  }

  /** One problem, one line: a message that spans lines (a parser's, say) is joined with spaces. */
  static String line(String message) {
    return String.valueOf(message).replaceAll("\\s*\\R\\s*", " ").strip();
  }

  static int report(Exception ex, PrintWriter err) {
    if (ex instanceof ProblemsException p) {
      for (DtiException e : p.problems()) {
        err.println("error: " + line(e.getMessage()));
      }
      return BAD_INPUT;
    }
    if (ex instanceof DtiException) {
      err.println("error: " + line(ex.getMessage()));
      return BAD_INPUT;
    }
    if (ex instanceof NoSuchFileException e) {
      err.println("error: " + e.getFile() + ": no such file" + (e.getReason() == null ? "" : " (" + e.getReason()
          + ")"));
      return BAD_INPUT;
    }
    if (ex instanceof IllegalArgumentException) {
      err.println("error: " + line(ex.getMessage()));
      return BAD_INPUT;
    }
    if (ex instanceof IOException) {
      err.println("error: " + line(ex.getMessage()));
      return BAD_INPUT;
    }
    err.println("internal error: " + ex);
    return FAILURE;
  }

  @picocli.CommandLine.Mixin
  LangOption lang;

  @picocli.CommandLine.Option(names = "--out", defaultValue = "dti-report.html", paramLabel = "FILE.html",
      description = "Where the main job writes its HTML report (default: ${DEFAULT-VALUE}).")
  Path report;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Results r = ScoringEngine.official().score(Frameworks.pdti2022(), Inputs.sample());
    WarningsOutput.print(r, spec.commandLine().getErr());
    Language language = lang.resolve(r.framework());
    out.println("DTI SDK: main job on the bundled sample.");
    out.println("Sample data: SYNTHETIC values for the 63 provinces (not official DTI results), file "
        + Inputs.SAMPLE + ".");
    out.println("Framework: pdti-2022 (" + r.framework().instrument().orElse("") + "); method: official.");
    out.println();
    out.print(Tables.ranking(r, language));
    out.println();
    HtmlReport.builder(r).language(language)
        .note(language == Language.VI ? "Dữ liệu MẪU TỔNG HỢP cho 63 tỉnh/thành phố, không phải kết quả DTI chính thức."
            : "SYNTHETIC sample data for the 63 provinces, not official DTI results.")
        .build().write(report);
    out.println("Report: " + report.toAbsolutePath().normalize());
    Hints hints = Hints.current();
    out.println("Score a file: " + hints.score());
    out.println("Report on a file: " + hints.report());
    return OK;
  }
}
