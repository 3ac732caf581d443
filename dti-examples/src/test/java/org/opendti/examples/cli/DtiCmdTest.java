package org.opendti.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Windows launcher {@code dti.cmd}, checked statically: no Windows machine runs it here. It must keep CRLF line
 * endings (cmd.exe misreads labels and jumps in a file with bare LF), be plain ASCII, pass the JVM the same options as
 * the POSIX launcher {@code dti}, honour the same environment variables, and jump only to labels it defines.
 */
final class DtiCmdTest {
  private static final Path CMD = Path.of("dti.cmd");
  private static final Path SH = Path.of("dti");

  private static String cmd() throws IOException {
    return Files.readString(CMD, StandardCharsets.US_ASCII);
  }

  /** The lines that cmd.exe executes: no comments, no blank lines. */
  private static List<String> code() throws IOException {
    return cmd().lines().map(String::strip)
        .filter(l -> !l.isEmpty() && !l.toLowerCase(Locale.ROOT).startsWith("rem ")).toList();
  }

  @Test
  void crlfLineEndings_asciiOnly() throws IOException {
    byte[] bytes = Files.readAllBytes(CMD);
    assertThat(bytes).isNotEmpty();
    assertThat(bytes[bytes.length - 2]).as("ends with CRLF").isEqualTo((byte) '\r');
    assertThat(bytes[bytes.length - 1]).isEqualTo((byte) '\n');
    for (int i = 0; i < bytes.length; i++) {
      assertThat(bytes[i] & 0xff).as("byte %d is ASCII", i).isLessThan(0x80);
      if (bytes[i] == '\n') {
        assertThat(i > 0 && bytes[i - 1] == '\r').as("LF at byte %d follows a CR", i).isTrue();
      }
      if (bytes[i] == '\r') {
        assertThat(i + 1 < bytes.length && bytes[i + 1] == '\n').as("CR at byte %d precedes an LF", i).isTrue();
      }
    }
  }

  @Test
  void sameJvmOptionsAsThePosixLauncher() throws IOException {
    Set<String> shOptions = new LinkedHashSet<>();
    Matcher m = Pattern.compile("'?(-X[^\\s'\"]+)'?").matcher(Files.readString(SH, StandardCharsets.UTF_8).lines()
        .filter(l -> l.contains("\"$java\" -")).findFirst().orElseThrow());
    while (m.find()) {
      shOptions.add(m.group(1));
    }
    assertThat(shOptions).contains("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xlog:disable",
        "-Xlog:all=warning:stderr", "-Xlog:cds*=off:stderr");
    String run = code().stream().filter(l -> l.startsWith("\"%DTI_JAVA%\"")).findFirst().orElseThrow();
    for (String option : shOptions) {
      assertThat(run).contains(option);
    }
    // the same order as dti: the launcher's options, then the program's name, the user's, the jar and the arguments
    assertThat(run).containsSubsequence("-XX:+UseSerialGC", "%DTI_CDS_OPTS%", "\"-Ddti.program=%DTI_PROGRAM%\"",
        "%DTI_JAVA_OPTS%", "-jar \"%DTI_JAR%\" %*");
    assertThat(code()).containsSubsequence(run, "exit /b %ERRORLEVEL%");
  }

  @Test
  void sameEnvironmentVariablesAndJarPlaces() throws IOException {
    String sh = Files.readString(SH, StandardCharsets.UTF_8);
    String cmd = cmd();
    for (String variable : List.of("JAVA", "JAVA_HOME", "DTI_JAVA_OPTS", "DTI_CDS")) {
      assertThat(sh).containsPattern("\\$\\{?" + variable + "\\b");
      assertThat(cmd).contains("%" + variable + "%");
    }
    assertThat(sh).contains("$here/../lib/dti.jar", "$here/target/dti.jar", "-Ddti.program=");
    assertThat(cmd).contains("%DTI_HERE%..\\lib\\dti.jar", "%DTI_HERE%target\\dti.jar",
        "set \"DTI_PROGRAM=%~0\"", "if /i \"%DTI_CDS%\"==\"off\" goto :run");
    // the class-data archive: in the user's local application data, one per java version and jar path
    assertThat(cmd).contains("set \"DTI_CDS_DIR=%LOCALAPPDATA%\\dti\"",
        "-XX:SharedArchiveFile=%DTI_CDS_DIR%\\dti-%DTI_JAVA_VERSION%-%DTI_KEY%.jsa", "-XX:+AutoCreateSharedArchive");
  }

  @Test
  void everyJumpHasItsLabel_noParenthesisedBlocks_localVariables() throws IOException {
    List<String> code = code();
    assertThat(code.get(0)).isEqualToIgnoringCase("@echo off");
    assertThat(code).contains("setlocal");
    Set<String> labels = new LinkedHashSet<>();
    for (String line : code) {
      if (line.startsWith(":")) {
        labels.add(line.substring(1).toLowerCase(Locale.ROOT));
      }
    }
    Matcher jump = Pattern.compile("(?i)\\b(?:goto|call) :(\\w+)").matcher(String.join("\n", code));
    int jumps = 0;
    while (jump.find()) {
      assertThat(labels).as("label of " + jump.group()).contains(jump.group(1).toLowerCase(Locale.ROOT));
      jumps++;
    }
    assertThat(jumps).isGreaterThan(5);
    // a block would end at the first ')' of an expanded path such as C:\Program Files (x86)\; for-loops keep the
    // parentheses of their list only, on one line
    for (String line : code) {
      if (!line.startsWith("for ") && !line.contains("echo ")) {
        assertThat(line).as(line).doesNotContain("(", ")");
      }
      assertThat(line).as(line).doesNotEndWith("(");
    }
  }
}
