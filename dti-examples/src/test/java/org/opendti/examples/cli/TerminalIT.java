package org.opendti.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built jar in a process of its own: standard output and standard error are UTF-8 whatever the locale (with
 * {@code LC_ALL=C} the JVM would otherwise print {@code H? N?i}), the locale picks the language of messages, and a
 * hostile unit name reaches stderr escaped.
 */
final class TerminalIT {
  private static final Path JAR = Path.of("target", "dti.jar").toAbsolutePath();
  private static final Path SAMPLE = Path.of("samples/pdti-2022-sample-63.csv").toAbsolutePath();

  @TempDir
  Path dir;

  private record Run(int status, byte[] out, byte[] err) {
    String outText() throws CharacterCodingException {
      return strictUtf8(out);
    }

    String errText() throws CharacterCodingException {
      return strictUtf8(err);
    }
  }

  private static String strictUtf8(byte[] bytes) throws CharacterCodingException {
    return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
  }

  private Run java(Map<String, String> env, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-jar", JAR.toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
    pb.environment().keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANG") || k.equals("LANGUAGE")
        || k.equals("JAVA_TOOL_OPTIONS") || k.equals("COLUMNS"));
    pb.environment().putAll(env);
    Path out = Files.createTempFile(dir, "out", ".bin");
    Path err = Files.createTempFile(dir, "err", ".bin");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process p = pb.start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("dti finished").isTrue();
    return new Run(p.exitValue(), Files.readAllBytes(out), Files.readAllBytes(err));
  }

  private static final Map<String, String> C_LOCALE = Map.of("LC_ALL", "C", "LANG", "C");

  @Test
  void cLocale_stdoutIsUtf8_forVietnameseAndAsciiOutput() throws Exception {
    Run csv = java(C_LOCALE, "score", "--framework", "pdti-2022", "--data", SAMPLE.toString());
    assertThat(csv.status()).as(new String(csv.err(), StandardCharsets.UTF_8)).isZero();
    assertThat(csv.outText().lines().skip(1).findFirst().orElseThrow()).startsWith("Hà Nội,");
    assertThat(csv.out()).doesNotContain((byte) '?');
    Run table = java(C_LOCALE, "--out", "r.html");
    assertThat(table.status()).isZero();
    assertThat(table.outText()).contains("Hạng").contains("Hà Nội").contains("main job");
    Run ascii = java(C_LOCALE, "--version");
    assertThat(ascii.status()).isZero();
    assertThat(ascii.outText()).isEqualTo("dti 0.1.0" + System.lineSeparator());
  }

  @Test
  void locale_picksTheLanguage_andStderrIsUtf8() throws Exception {
    Run vi = java(Map.of("LANG", "vi_VN.UTF-8"), "scor");
    assertThat(vi.status()).isEqualTo(2);
    assertThat(vi.errText()).isEqualTo("lỗi: không có lệnh 'scor'; có phải ý bạn là score? (dti --help liệt kê"
        + " các lệnh)" + System.lineSeparator());
    Run viInC = java(Map.of("LC_ALL", "C", "LC_MESSAGES", "vi_VN.UTF-8"), "--help", "--lang", "vi");
    assertThat(viInC.outText()).startsWith("Cách dùng: dti");
    Run en = java(C_LOCALE, "score", "--framwork", "x");
    assertThat(en.errText()).startsWith("error: unknown option '--framwork'; did you mean --framework?");
  }

  @Test
  void hostileUnitName_reachesStderrEscaped() throws Exception {
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "unit,indicator,value\n\"\u001b[2JHà Nội\u0007\",awareness,\u001b[31mx\n",
        StandardCharsets.UTF_8);
    Run r = java(C_LOCALE, "score", "--framework", "pdti-2022", "--units", "none", "--data", bad.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).doesNotContain((byte) 0x1b, (byte) 0x07);
    assertThat(r.errText()).contains("\\u001b[31mx");
  }
}
