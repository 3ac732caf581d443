package org.opendti.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command line of the README's {@code bash} blocks (and of the samples' README), read at test time so that
 * commands added later are covered, run as written from the root of a fresh copy of the repository's layout: the
 * built {@code dti.jar}, the samples and the launcher, nothing else. Each must exit 0, or the status its comment
 * names ({@code # exit 2}). The commands that run the dti command's main job also print two commands to try next;
 * those run as printed too. Lines that need Maven or R are not run: they are listed below with the reason, and the
 * list must match the README exactly, so a new command is either run or consciously excluded.
 */
final class ReadmeCommandsIT {
  private static final List<Path> READMES = List.of(Path.of("../README.md"), Path.of("samples/README.md"));
  private static final String JAR = "java -jar dti-examples/target/dti.jar";
  private static final String LAUNCHER = "dti-examples/dti";

  /** Command lines not run here, each with the reason. */
  private static final Map<String, String> EXCLUDED = Map.of(
      "mvn -B -q package -DskipTests && java -jar dti-examples/target/dti.jar",
      "builds the project with Maven (the jar it then runs is the one this test copies)",
      "mvn -B verify", "runs the whole build with Maven");

  private static final Pattern EXIT = Pattern.compile("\\bexit(?:s| status)? (\\d+)\\b");

  @TempDir
  Path tmp;

  /** A command line of a bash block, and the exit status it should have. */
  record Command(String line, int status, Path readme) {}

  /** The logical lines of every bash block: continuations joined, comments dropped. */
  static List<Command> commands(Path readme) throws IOException {
    List<Command> commands = new ArrayList<>();
    boolean inBash = false;
    StringBuilder pending = new StringBuilder();
    for (String raw : Files.readAllLines(readme, StandardCharsets.UTF_8)) {
      String line = raw.strip();
      if (!inBash) {
        inBash = line.equals("```bash");
        continue;
      }
      if (line.startsWith("```")) {
        assertThat(pending.toString()).as(readme + ": a block ends in a continuation").isEmpty();
        inBash = false;
        continue;
      }
      String[] codeAndComment = splitComment(line);
      String code = codeAndComment[0].strip();
      if (code.endsWith("\\")) {
        pending.append(code, 0, code.length() - 1).append(' ');
        continue;
      }
      pending.append(code);
      String command = pending.toString().strip().replaceAll("\\s+", " ");
      pending.setLength(0);
      if (!command.isEmpty()) {
        Matcher exit = EXIT.matcher(codeAndComment[1]);
        commands.add(new Command(command, exit.find() ? Integer.parseInt(exit.group(1)) : 0, readme));
      }
    }
    assertThat(inBash).as(readme + ": a bash block is not closed").isFalse();
    return commands;
  }

  /** The line split at its first {@code #} that starts a shell comment (outside quotes, after a blank or first). */
  static String[] splitComment(String line) {
    char quote = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
        return new String[] {line.substring(0, i), line.substring(i)};
      }
    }
    return new String[] {line, ""};
  }

  private static boolean runnable(String command) {
    return command.equals(JAR) || command.startsWith(JAR + " ") || command.equals(LAUNCHER)
        || command.startsWith(LAUNCHER + " ");
  }

  /** A fresh copy of what the README's commands use, laid out as in the repository. */
  private Path repository() throws IOException {
    Path root = Files.createDirectories(tmp.resolve("repo"));
    Path module = Files.createDirectories(root.resolve("dti-examples/target")).getParent();
    Files.copy(Path.of("target/dti.jar"), module.resolve("target/dti.jar"));
    Files.copy(Path.of("dti"), module.resolve("dti"), StandardCopyOption.COPY_ATTRIBUTES);
    Files.setPosixFilePermissions(module.resolve("dti"), PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.createDirectories(module.resolve("samples"));
    try (Stream<Path> samples = Files.list(Path.of("samples"))) {
      for (Path p : samples.toList()) {
        Files.copy(p, module.resolve("samples").resolve(p.getFileName().toString()));
      }
    }
    return root;
  }

  @Test
  void splitComment_keepsQuotedHashes() {
    assertThat(splitComment("a \"b # c\" # d")).containsExactly("a \"b # c\" ", "# d");
    assertThat(splitComment("x --y=a#b")).containsExactly("x --y=a#b", "");
    assertThat(splitComment("# only")).containsExactly("", "# only");
  }

  @Test
  void everyReadmeCommandRunsAsWritten_inAFreshCopy() throws Exception {
    List<Command> all = new ArrayList<>();
    for (Path readme : READMES) {
      all.addAll(commands(readme));
    }
    Map<String, String> excluded = new LinkedHashMap<>();
    List<Command> run = new ArrayList<>();
    for (Command c : all) {
      if (runnable(c.line())) {
        run.add(c);
      } else {
        excluded.put(c.line(), EXCLUDED.getOrDefault(c.line(), "NOT LISTED: run it or list it with a reason"));
      }
    }
    assertThat(excluded).as("the commands not run").isEqualTo(EXCLUDED);
    assertThat(run).as("commands to run").hasSizeGreaterThanOrEqualTo(10);
    assertThat(run).extracting(Command::line).anyMatch(l -> l.startsWith(LAUNCHER + " ")).contains(JAR);

    Path root = repository();
    List<String> failures = new ArrayList<>();
    int suggestions = 0;
    for (Command c : run) {
      Subprocess.Run r = Subprocess.shell(c.line(), root, tmp, Map.of());
      if (r.status() != c.status()) {
        failures.add(c.readme() + ": " + c.line() + "\n" + r.describe());
        continue;
      }
      String program = c.line().startsWith(JAR) ? JAR : LAUNCHER;
      if (c.line().equals(program)) {
        // the main job: the two commands it suggests run as printed
        List<String> suggested = Subprocess.suggestions(r.out(), program);
        assertThat(suggested).as(r.describe()).hasSize(2)
            .allMatch(s -> s.contains(" --data dti-examples/samples/pdti-2022-sample-63.csv "));
        for (String s : suggested) {
          Subprocess.Run sr = Subprocess.shell(s, root, tmp, Map.of());
          suggestions++;
          if (sr.status() != 0) {
            failures.add("suggested by " + c.line() + ": " + s + "\n" + sr.describe());
          }
        }
      }
    }
    assertThat(failures).as(String.join("\n\n", failures)).isEmpty();
    assertThat(suggestions).isEqualTo(2 * run.stream().filter(c -> c.line().equals(JAR)
        || c.line().equals(LAUNCHER)).count());
  }

  @Test
  void launcherMainJob_suggestsTheLauncher_andItsSuggestionsRun() throws Exception {
    Path root = repository();
    Subprocess.Run r = Subprocess.shell(LAUNCHER + " --out main.html", root, tmp, Map.of());
    assertThat(r.status()).as(r.describe()).isZero();
    List<String> suggested = Subprocess.suggestions(r.out(), LAUNCHER);
    assertThat(suggested).containsExactly(
        LAUNCHER + " score --framework pdti-2022 --data dti-examples/samples/pdti-2022-sample-63.csv --out results.csv",
        LAUNCHER + " report --framework pdti-2022 --data dti-examples/samples/pdti-2022-sample-63.csv"
            + " --out report.html");
    for (String s : suggested) {
      Subprocess.Run sr = Subprocess.shell(s, root, tmp, Map.of());
      assertThat(sr.status()).as(s + "\n" + sr.describe()).isZero();
    }
    assertThat(root.resolve("results.csv")).isNotEmptyFile();
    assertThat(root.resolve("report.html")).isNotEmptyFile();
  }
}
