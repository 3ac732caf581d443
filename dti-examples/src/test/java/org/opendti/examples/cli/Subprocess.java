package org.opendti.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a command the way a user would, for the integration tests: in a given folder, with this test's java first on
 * the PATH and none of the launcher's variables inherited, standard input closed, and a time limit.
 */
final class Subprocess {
  /** The java running the tests. */
  static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

  /** A finished run. */
  record Run(int status, String out, String err) {
    /** The run as text for assertion messages. */
    String describe() {
      return "exit " + status + "\nstdout:\n" + out + "\nstderr:\n" + err;
    }
  }

  private Subprocess() {}

  /**
   * Runs a command.
   *
   * @param command the program and its arguments
   * @param dir the working directory
   * @param scratch a folder for the output files and the launcher's class-data cache
   * @param env variables to set on top of the cleaned environment
   */
  static Run run(List<String> command, Path dir, Path scratch, Map<String, String> env)
      throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
    Map<String, String> e = pb.environment();
    for (String name : List.of("JAVA", "JAVA_HOME", "DTI_JAVA_OPTS", "DTI_CDS", "JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS",
        "_JAVA_OPTIONS")) {
      e.remove(name);
    }
    e.put("PATH", JAVA.getParent() + java.io.File.pathSeparator + e.getOrDefault("PATH", "/usr/bin:/bin"));
    e.put("XDG_CACHE_HOME", scratch.resolve("cache").toString());
    e.putAll(env);
    Path out = Files.createTempFile(scratch, "out", ".txt");
    Path err = Files.createTempFile(scratch, "err", ".txt");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process p = pb.start();
    p.getOutputStream().close();
    if (!p.waitFor(300, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      p.waitFor();
    }
    assertThat(p.isAlive()).as("still running after 300 s: " + command).isFalse();
    Run r = new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
    Files.delete(out);
    Files.delete(err);
    return r;
  }

  /** Runs a command line with {@code sh -c}, as a user types it. */
  static Run shell(String commandLine, Path dir, Path scratch, Map<String, String> env)
      throws IOException, InterruptedException {
    return run(List.of("sh", "-c", commandLine), dir, scratch, env);
  }

  /**
   * The commands a main job suggests in its output: on each line with the program followed by a subcommand, the text
   * from the program to the line's end.
   */
  static List<String> suggestions(String out, String program) {
    java.util.regex.Pattern start = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(program)
        + " (score|report) ");
    List<String> commands = new java.util.ArrayList<>();
    for (String line : out.lines().toList()) {
      java.util.regex.Matcher m = start.matcher(line);
      if (m.find()) {
        commands.add(line.substring(m.start()));
      }
    }
    return commands;
  }
}
