package org.opendti.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opendti.Language;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine;

final class CliLanguageTest {
  static DtiCommandTest.Run dti(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = DtiCommand.run(args, new PrintWriter(out), new PrintWriter(err), env);
    return new DtiCommandTest.Run(status, out.toString(), err.toString());
  }

  private static ResourceBundle bundle(Language l) {
    return Messages.of(l).bundle();
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ");
  }

  @Test
  void bothBundlesHaveTheSameKeysAndTheSamePlaceholders() {
    Set<String> en = new TreeSet<>(bundle(Language.EN).keySet());
    Set<String> vi = new TreeSet<>(bundle(Language.VI).keySet());
    assertThat(en).hasSizeGreaterThan(100);
    Set<String> onlyEn = new TreeSet<>(en);
    onlyEn.removeAll(vi);
    Set<String> onlyVi = new TreeSet<>(vi);
    onlyVi.removeAll(en);
    assertThat(onlyEn).as("keys missing from messages_vi.properties").isEmpty();
    assertThat(onlyVi).as("keys missing from messages.properties").isEmpty();
    Pattern placeholder = Pattern.compile("%[sn%]|\\$\\{[A-Z-]+}");
    for (String key : en) {
      String e = bundle(Language.EN).getString(key);
      String v = bundle(Language.VI).getString(key);
      assertThat(v).as(key).isNotBlank();
      assertThat(placeholders(placeholder, v)).as(key).isEqualTo(placeholders(placeholder, e));
    }
  }

  private static List<String> placeholders(Pattern p, String text) {
    List<String> found = new ArrayList<>();
    Matcher m = p.matcher(text);
    while (m.find()) {
      if (!m.group().equals("%n")) {
        found.add(m.group());
      }
    }
    return found;
  }

  @Test
  void everyCommandOptionAndParameterHasATextInTheBundle() {
    CommandLine cl = new CommandLine(new DtiCommand());
    List<String> undescribed = new ArrayList<>();
    Set<String> keys = bundle(Language.EN).keySet();
    walk(cl.getCommandSpec(), keys, undescribed);
    assertThat(undescribed).isEmpty();
  }

  private static void walk(CommandSpec spec, Set<String> keys, List<String> undescribed) {
    String q = spec.qualifiedName(".");
    if (!keys.contains(q + ".usage.description") && !keys.contains(q + ".usage.description.0")) {
      undescribed.add(q + ".usage.description");
    }
    for (OptionSpec o : spec.options()) {
      String name = o.longestName().replaceFirst("^-+", "");
      if (!keys.contains(q + "." + name) && !keys.contains(name) && !keys.contains(o.descriptionKey())) {
        undescribed.add(q + "." + name);
      }
    }
    for (PositionalParamSpec p : spec.positionalParameters()) {
      String key = p.paramLabel() + "[" + p.index() + "]";
      if (!keys.contains(q + "." + key) && !keys.contains(p.descriptionKey())) {
        undescribed.add(q + "." + key);
      }
    }
    for (CommandLine sub : spec.subcommands().values()) {
      walk(sub.getCommandSpec(), keys, undescribed);
    }
  }

  /**
   * The English bundle says what the annotations say, so the help reads the same with or without the bundle and an
   * annotation changed without its bundle entry is caught.
   */
  @Test
  void englishBundle_matchesTheAnnotations() {
    CommandLine cl = new CommandLine(new DtiCommand());
    List<String> drift = new ArrayList<>();
    compare(cl.getCommandSpec(), bundle(Language.EN), drift);
    assertThat(drift).isEmpty();
  }

  private static void compare(CommandSpec spec, ResourceBundle en, List<String> drift) {
    if (spec.helpCommand()) {
      return;
    }
    spec.interpolateVariables(false);
    String q = spec.qualifiedName(".");
    List<String> described = new ArrayList<>();
    String key = q + ".usage.description";
    if (en.containsKey(key)) {
      described.add(en.getString(key));
    }
    for (int i = 0; en.containsKey(key + "." + i); i++) {
      described.add(en.getString(key + "." + i));
    }
    if (!described.equals(List.of(spec.usageMessage().description()))) {
      drift.add(key + " = " + String.join(" / ", spec.usageMessage().description()));
    }
    for (OptionSpec o : spec.options()) {
      if (o.usageHelp() || o.versionHelp()) {
        continue;
      }
      String name = o.longestName().replaceFirst("^-+", "");
      String k = en.containsKey(q + "." + name) ? q + "." + name : name;
      String annotated = String.join(" ", o.description());
      if (!en.containsKey(k) || !en.getString(k).equals(annotated)) {
        drift.add(k + " = " + annotated);
      }
    }
    for (PositionalParamSpec p : spec.positionalParameters()) {
      String k = q + "." + p.paramLabel() + "[" + p.index() + "]";
      if (!en.containsKey(k) || !en.getString(k).equals(String.join(" ", p.description()))) {
        drift.add(k + " = " + String.join(" ", p.description()));
      }
    }
    for (CommandLine sub : spec.subcommands().values()) {
      compare(sub.getCommandSpec(), en, drift);
    }
  }

  @Test
  void helpInVietnamese_describesEveryCommandInVietnamese() {
    DtiCommandTest.Run vi = dti(Map.of(), "--help", "--lang", "vi");
    assertThat(vi.status()).isZero();
    String help = oneLine(vi.out());
    assertThat(help).startsWith("Cách dùng: dti ").contains("Các lệnh:");
    ResourceBundle viText = bundle(Language.VI);
    ResourceBundle enText = bundle(Language.EN);
    for (String cmd : List.of("score", "frameworks", "diff", "convert", "compare", "uncertainty", "plan",
        "report", "appraisal", "status", "forms", "collect")) {
      String key = "dti." + cmd + ".usage.description";
      String first = viText.containsKey(key) ? viText.getString(key) : viText.getString(key + ".0");
      String english = enText.containsKey(key) ? enText.getString(key) : enText.getString(key + ".0");
      assertThat(help).as(cmd).contains(oneLine(first.substring(0, 40)))
          .doesNotContain(oneLine(english.substring(0, 40)));
    }
    assertThat(help).contains("luôn bằng tiếng Anh");
    DtiCommandTest.Run en = dti(Map.of(), "--help");
    assertThat(oneLine(en.out())).startsWith("Usage: dti ").contains("Commands:")
        .contains("come from the DTI library and are in English").doesNotContain("Cách dùng");
  }

  @Test
  void subcommandHelpInVietnamese_describesEachOption() {
    for (String cmd : List.of("score", "frameworks", "diff", "convert", "compare", "uncertainty", "plan", "report",
        "appraisal", "status", "forms", "collect", "help")) {
      DtiCommandTest.Run vi = dti(Map.of(), cmd, "--help", "--lang", "vi");
      assertThat(vi.status()).as(cmd + vi.err()).isZero();
      assertThat(vi.out()).as(cmd).contains("Cách dùng: dti " + cmd).contains("Hiện trợ giúp")
          .doesNotContain("Show this help message");
    }
    String score = oneLine(dti(Map.of(), "score", "--lang", "vi", "--help").out());
    assertThat(score).contains("Tệp dữ liệu: .csv (dạng dọc hoặc ngang)")
        .contains("Số chữ số thập phân của giá trị, làm tròn half-up (mặc định: 4)")
        .contains("Phương pháp chuẩn hóa: none, fraction-of-max");
    assertThat(oneLine(dti(Map.of(), "help", "plan", "--lang", "vi").out())).contains("Thứ hạng mục tiêu, ≥ 1.");
  }

  @ParameterizedTest(name = "LC_ALL={0} LC_MESSAGES={1} LANG={2} --lang {3} -> {4}")
  @CsvSource(nullValues = "-", value = {
      "-, -, vi_VN.UTF-8, -, vi",
      "-, -, en_US.UTF-8, -, en",
      "-, -, -, -, en",
      "C, -, vi_VN.UTF-8, -, en",
      "vi_VN, -, en_US.UTF-8, -, vi",
      "'', vi_VN.UTF-8, C, -, vi",
      "-, -, vi_VN.UTF-8, en, en",
      "C, C, C, vi, vi",
      "-, -, vi, -, vi",
      "-, -, VI_VN, -, vi"})
  void languageComesFromLangElseTheLocale(String lcAll, String lcMessages, String lang, String option,
      String expected) {
    Map<String, String> env = new HashMap<>();
    if (lcAll != null) {
      env.put("LC_ALL", lcAll);
    }
    if (lcMessages != null) {
      env.put("LC_MESSAGES", lcMessages);
    }
    if (lang != null) {
      env.put("LANG", lang);
    }
    String[] args = option == null ? new String[] {"scor"} : new String[] {"--lang", option, "scor"};
    DtiCommandTest.Run r = dti(env, args);
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).startsWith(expected.equals("vi") ? "lỗi: không có lệnh 'scor'" : "error: unknown command");
    assertThat(Messages.forArguments(args, env)).isEqualTo(Language.of(expected));
  }

  @Test
  void langEqualsFormAndTheLastOneBeforeDoubleDash() {
    assertThat(Messages.forArguments(new String[] {"--lang=vi", "score"}, Map.of())).isEqualTo(Language.VI);
    assertThat(Messages.forArguments(new String[] {"--", "--lang", "vi"}, Map.of())).isEqualTo(Language.EN);
    assertThat(Messages.forArguments(new String[] {"--lang"}, Map.of("LANG", "vi_VN"))).isEqualTo(Language.VI);
  }

  @Test
  void unknownLanguage_isOneLineAndExitTwo() {
    DtiCommandTest.Run r = dti(Map.of(), "frameworks", "--lang", "fr");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("error: unknown language 'fr' for --lang; expected vi or en"
        + System.lineSeparator());
    assertThat(r.out()).isEmpty();
    assertThat(dti(Map.of("LANG", "vi_VN.UTF-8"), "--lang=xx").err())
        .startsWith("lỗi: ngôn ngữ 'xx' không hợp lệ cho --lang");
  }

  @Test
  void mainJobAndErrors_inVietnamese_libraryMessagesStayEnglish(@TempDir Path dir) {
    DtiCommandTest.Run main = dti(Map.of("LANG", "vi_VN.UTF-8"), "--out", dir.resolve("r.html").toString());
    assertThat(main.status()).as(main.err()).isZero();
    assertThat(main.out()).contains("DTI SDK: tác vụ chính trên dữ liệu mẫu đi kèm.")
        .contains("giá trị TỔNG HỢP cho 63 tỉnh, thành phố").contains("Báo cáo: " + dir.resolve("r.html"))
        .doesNotContain("main job");
    DtiCommandTest.Run bad = dti(Map.of(), "--lang", "vi", "score", "--framework", "pdti-1999", "--data",
        DtiCommandTest.sample().toString());
    assertThat(bad.status()).isEqualTo(2);
    assertThat(bad.err()).startsWith("lỗi: ").contains("not a built-in framework id");
    DtiCommandTest.Run missing = dti(Map.of(), "--lang", "vi", "score", "--framework", "pdti-2022", "--data",
        "không-có.csv");
    assertThat(missing.err()).isEqualTo("lỗi: không-có.csv: không có tệp này" + System.lineSeparator());
  }

  @Test
  void everyCommandAcceptsLang() {
    for (String cmd : List.of("score", "frameworks", "diff", "convert", "compare", "uncertainty", "plan", "report",
        "appraisal", "status", "forms", "collect", "help")) {
      for (String l : List.of("vi", "en")) {
        assertThat(dti(Map.of(), cmd, "--lang", l, "--help").status()).as(cmd + " --lang " + l).isZero();
      }
    }
  }
}
