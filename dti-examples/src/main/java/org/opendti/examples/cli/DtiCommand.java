package org.opendti.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.opendti.DtiException;
import org.opendti.Frameworks;
import org.opendti.Language;
import org.opendti.ProblemsException;
import org.opendti.engine.Results;
import org.opendti.engine.ScoringEngine;
import org.opendti.io.html.HtmlReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

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
        CompareCommand.class, UncertaintyCommand.class, PlanCommand.class, ReportCommand.class, AppraisalCommand.class,
        StatusCommand.class, FormsCommand.class, CollectCommand.class,
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
   * Runs the command line and exits with its status. Standard output and standard error are written in UTF-8
   * whatever the locale (files and pipes get the same bytes everywhere); help and messages follow {@code --lang} or
   * the locale (LC_ALL, LC_MESSAGES, LANG), and {@code COLUMNS} sets the width of wrapped text.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    PrintWriter out = Terminal.stdout(System.console() != null);
    PrintWriter err = Terminal.stderr();
    System.exit(run(args, out, err, System.getenv()));
  }

  /**
   * Runs the command line with the given output streams. Help and messages are in English unless the arguments say
   * {@code --lang vi}; the locale of the process is not consulted (see {@link #main}). What is written to
   * {@code err} has its control characters escaped.
   *
   * @param args the arguments, not null
   * @param out standard output, not null
   * @param err standard error, not null
   * @return the exit status
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, out, err, java.util.Map.of());
  }

  /** Runs the command line in an environment: its locale variables and COLUMNS. */
  static int run(String[] args, PrintWriter out, PrintWriter err, java.util.Map<String, String> env) {
    PrintWriter safeErr = Terminal.escaping(err);
    Messages messages;
    try {
      messages = Messages.of(Messages.forArguments(args, env));
    } catch (IllegalArgumentException e) {
      safeErr.println(Messages.of(Messages.fromLocale(env)).error(e.getMessage()));
      safeErr.flush();
      return BAD_INPUT;
    }
    DtiCommand root = new DtiCommand();
    root.terminal = Terminal.of(env);
    CommandLine cl = new CommandLine(root);
    // 'dti help score --lang vi' is as valid as 'dti score --help --lang vi'
    cl.getSubcommands().get("help").getCommandSpec().addMixin("lang",
        CommandSpec.forAnnotatedObject(new LangOption()));
    cl.setResourceBundle(messages.bundle());
    // picocli needs at least 55 columns; wider than 120 is hard to read
    cl.setUsageHelpWidth(Math.max(55, Math.min(120, root.terminal.width())));
    cl.setOut(out);
    cl.setErr(safeErr);
    cl.setParameterExceptionHandler(new UsageErrors());
    cl.setExecutionExceptionHandler((ex, line, parsed) -> report(ex, line.getErr(),
        Messages.of(line.getCommandSpec())));
    int status = cl.execute(args);
    out.flush();
    safeErr.flush();
    return status;
  }

  /** The terminal of the command line a command runs in (its width); the default one outside {@link #run}. */
  static Terminal terminal(CommandSpec spec) {
    return spec.root().userObject() instanceof DtiCommand d && d.terminal != null ? d.terminal
        : Terminal.of(java.util.Map.of());
  }

  private Terminal terminal;

  /**
   * One problem, one line: a message that spans lines (a parser's, say) is joined with spaces, and the control
   * characters left are escaped ({@link Terminal#escape}).
   */
  static String line(String message) {
    return Terminal.escape(String.valueOf(message).replaceAll("[ \\t]*\\r?\\n[ \\t]*", " ")
        .replaceAll("^[ \\t]+|[ \\t]+$", ""));
  }

  static int report(Exception ex, PrintWriter err) {
    return report(ex, err, Messages.of(Language.EN));
  }

  /** Reports an exception on stderr, one line per problem, and returns the exit status. */
  static int report(Exception ex, PrintWriter err, Messages m) {
    if (ex instanceof ProblemsException p) {
      for (DtiException e : p.problems()) {
        err.println(m.error(e.getMessage()));
      }
      return BAD_INPUT;
    }
    if (ex instanceof DtiException) {
      err.println(m.error(ex.getMessage()));
      return BAD_INPUT;
    }
    if (ex instanceof NoSuchFileException e) {
      err.println(m.error(e.getReason() == null ? m.get("msg.noSuchFile", e.getFile())
          : m.get("msg.noSuchFileBecause", e.getFile(), e.getReason())));
      return BAD_INPUT;
    }
    if (ex instanceof IllegalArgumentException) {
      err.println(m.error(ex.getMessage()));
      return BAD_INPUT;
    }
    if (ex instanceof IOException) {
      err.println(m.error(ex.getMessage()));
      return BAD_INPUT;
    }
    err.println(m.get("msg.internalError", line(String.valueOf(ex))));
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
    byte[] sample = Inputs.sampleBytes();
    Results r = ScoringEngine.official().score(Frameworks.pdti2022(), Inputs.sample(sample));
    WarningsOutput.print(r, spec.commandLine().getErr(), Messages.of(spec));
    Language language = lang.resolve(r.framework());
    Messages m = Messages.of(spec);
    out.println(m.get("msg.main.title"));
    out.println(m.get("msg.main.sample", Inputs.SAMPLE));
    out.println(m.get("msg.main.framework", r.framework().instrument().orElse("")));
    out.println();
    out.print(Tables.ranking(r, language));
    out.println();
    HtmlReport.builder(r).language(language)
        .note(language == Language.VI ? "Dữ liệu MẪU TỔNG HỢP cho 63 tỉnh/thành phố, không phải kết quả DTI chính thức."
            : "SYNTHETIC sample data for the 63 provinces, not official DTI results.")
        .input(Inputs.SAMPLE, Inputs.Checksum.of(sample))
        .generated(spec.version()[0], java.time.OffsetDateTime.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS))
        .build().write(report);
    out.println(m.get("msg.main.report", report.toAbsolutePath().normalize()));
    Hints hints = Hints.current();
    out.println(m.get("msg.main.scoreHint", hints.score()));
    out.println(m.get("msg.main.reportHint", hints.report()));
    return OK;
  }
}
