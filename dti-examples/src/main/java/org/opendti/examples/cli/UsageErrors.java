package org.opendti.examples.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Usage errors in one line instead of picocli's message and the whole usage: what is wrong, the closest option or
 * command by edit distance when one is close, and which {@code --help} lists the valid ones. For example
 * {@code error: unknown option '--framwork'; did you mean --framework? (dti score --help lists the options)}.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {
  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine c = ex.getCommandLine();
    Messages m = Messages.of(c.getCommandSpec());
    PrintWriter err = c.getErr();
    err.println(m.error(describe(ex, m)));
    err.flush();
    return c.getCommandSpec().exitCodeOnInvalidInput();
  }

  /** The text of the error line, without the {@code error:} prefix. */
  static String describe(ParameterException ex, Messages m) {
    CommandSpec spec = ex.getCommandLine().getCommandSpec();
    String name = spec.qualifiedName();
    String optionsHint = m.get("msg.optionsHint", name);
    // picocli checks required options before it reports unmatched arguments, but a misspelt option is the cause of
    // the missing one: report it first
    List<String> unmatched = ex instanceof UnmatchedArgumentException u ? u.getUnmatched()
        : ex.getCommandLine().getUnmatchedArguments();
    if (!unmatched.isEmpty()) {
      String arg = unmatched.get(0);
      if (arg.length() > 1 && arg.startsWith("-") && !arg.matches("-[\\d.].*")) {
        String option = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
        return m.get("msg.unknownOption", option) + suggestion(option, optionNames(spec), m) + optionsHint;
      }
      if (!spec.subcommands().isEmpty() && spec.positionalParameters().isEmpty()) {
        return unknownCommand(arg, spec, m);
      }
      return m.get("msg.unexpectedArgument", arg) + optionsHint;
    }
    String message = String.valueOf(ex.getMessage());
    if (message.startsWith("Unknown subcommand") && ex.getValue() != null) {
      // from 'dti help NAME'
      return unknownCommand(ex.getValue(), spec, m);
    }
    if (ex instanceof CommandLine.OverwrittenOptionException o && o.getOverwritten() instanceof OptionSpec opt) {
      return m.get("msg.repeatedOption", opt.longestName() + (opt.arity().max() > 0 ? "=" + opt.paramLabel() : ""))
          + optionsHint;
    }
    if (ex instanceof MissingParameterException missing) {
      List<String> names = new ArrayList<>();
      boolean options = false;
      for (ArgSpec a : missing.getMissing()) {
        if (a instanceof OptionSpec o) {
          options = true;
          names.add(o.longestName() + (o.arity().max() > 0 ? "=" + o.paramLabel() : ""));
        } else {
          names.add(a.paramLabel());
        }
      }
      if (message.startsWith("Missing required parameter for option") && options) {
        return m.get("msg.missingValue", names.get(0)) + optionsHint;
      }
      return m.get(options ? "msg.missingOption" : "msg.missingParameter", String.join(", ", names)) + optionsHint;
    }
    if (ex.getCause() instanceof TypeConversionException && ex.getArgSpec() != null && ex.getValue() != null) {
      ArgSpec a = ex.getArgSpec();
      String arg = a instanceof OptionSpec o ? o.longestName() : a.paramLabel();
      return m.get("msg.invalidValue", ex.getValue(), arg, expected(a, ex.getCause().getMessage(), m));
    }
    return message + optionsHint;
  }

  private static String unknownCommand(String arg, CommandSpec spec, Messages m) {
    return m.get("msg.unknownCommand", arg) + suggestion(arg, spec.subcommands().keySet(), m)
        + m.get("msg.commandsHint", spec.qualifiedName());
  }

  private static String expected(ArgSpec a, String detail, Messages m) {
    Class<?> type = a.type();
    if (Map.class.isAssignableFrom(type) || Collection.class.isAssignableFrom(type)) {
      Class<?>[] aux = a.auxiliaryTypes();
      type = aux.length == 0 ? String.class : aux[aux.length - 1];
    }
    if (Arrays.asList(int.class, Integer.class, long.class, Long.class, short.class, Short.class).contains(type)) {
      return m.get("msg.expected.integer");
    }
    if (Arrays.asList(double.class, Double.class, float.class, Float.class, java.math.BigDecimal.class)
        .contains(type)) {
      return m.get("msg.expected.number");
    }
    return m.get("msg.expected.other", detail);
  }

  private static List<String> optionNames(CommandSpec spec) {
    List<String> names = new ArrayList<>();
    for (OptionSpec o : spec.options()) {
      if (!o.hidden()) {
        names.addAll(Arrays.asList(o.names()));
      }
    }
    return names;
  }

  /** {@code ; did you mean X?} for the closest candidate, or nothing when none is close. */
  private static String suggestion(String typed, Collection<String> candidates, Messages m) {
    return closest(typed, candidates).map(c -> m.get("msg.didYouMean", c)).orElse("");
  }

  /**
   * The candidate nearest to what was typed, if it is near enough: within an edit distance (insertions, deletions,
   * substitutions and swaps of neighbours) of 1 for names of 3 to 5 letters, 2 up to 9 letters and 3 beyond; or
   * the only candidate that starts with at least 3 typed letters. Leading dashes and case do not count.
   */
  static Optional<String> closest(String typed, Collection<String> candidates) {
    String t = bare(typed);
    int allowed = t.length() < 3 ? 0 : t.length() <= 5 ? 1 : t.length() <= 9 ? 2 : 3;
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    List<String> prefixed = new ArrayList<>();
    for (String c : candidates) {
      String b = bare(c);
      int d = distance(t, b);
      if (d < bestDistance || (d == bestDistance && c.startsWith("--") && !best.startsWith("--"))) {
        bestDistance = d;
        best = c;
      }
      if (t.length() >= 3 && b.startsWith(t) && !prefixed.contains(c)) {
        prefixed.add(c);
      }
    }
    if (best != null && bestDistance <= allowed) {
      return Optional.of(best);
    }
    return prefixed.size() == 1 ? Optional.of(prefixed.get(0)) : Optional.empty();
  }

  private static String bare(String name) {
    return name.replaceFirst("^-+", "").toLowerCase(java.util.Locale.ROOT);
  }

  /** Optimal string alignment distance: Levenshtein plus the swap of two neighbouring characters. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
