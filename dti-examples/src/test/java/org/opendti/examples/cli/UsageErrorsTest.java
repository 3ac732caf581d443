package org.opendti.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opendti.examples.cli.DtiCommandTest.dti;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class UsageErrorsTest {
  private static final String NL = System.lineSeparator();

  @Test
  void misspeltOption_oneLineWithTheSuggestion_exitTwo() {
    DtiCommandTest.Run r = dti("score", "--framwork", "pdti-2022");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("error: unknown option '--framwork'; did you mean --framework? (dti score --help"
        + " lists the options)" + NL);
    assertThat(r.out()).isEmpty();
  }

  @Test
  void misspeltCommand_oneLineWithTheSuggestion_exitTwo() {
    DtiCommandTest.Run r = dti("scor");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("error: unknown command 'scor'; did you mean score? (dti --help lists the"
        + " commands)" + NL);
    assertThat(dti("help", "frameworkz").err()).isEqualTo("error: unknown command 'frameworkz'; did you mean"
        + " frameworks? (dti --help lists the commands)" + NL);
  }

  @Test
  void misspeltOptionInVietnamese() {
    DtiCommandTest.Run r = CliLanguageTest.dti(Map.of("LANG", "vi_VN.UTF-8"), "compare", "--form", "a.csv");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("lỗi: không có tùy chọn '--form'; có phải ý bạn là --from? (dti compare --help"
        + " liệt kê các tùy chọn)" + NL);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = " => ", value = {
      "score --framework=pdti-2022 --dta=x.csv => error: unknown option '--dta'; did you mean --data? (dti score"
          + " --help lists the options)",
      "score --zzzzzz => error: unknown option '--zzzzzz' (dti score --help lists the options)",
      "uncertainty --alt-aggregator x => error: unknown option '--alt-aggregator'; did you mean --alt-aggregators?"
          + " (dti uncertainty --help lists the options)",
      "score --framework pdti-2022 --data x.csv --decimals four => error: invalid value 'four' for --decimals:"
          + " expected a whole number",
      "score => error: missing required option --framework=ID|FILE (dti score --help lists the options)",
      "score --framework => error: option --framework=ID|FILE needs a value (dti score --help lists the options)",
      "diff pdti-2022 => error: missing required parameter NEW (dti diff --help lists the options)",
      "frameworks extra => error: unexpected argument 'extra' (dti frameworks --help lists the options)",
      "xyz => error: unknown command 'xyz' (dti --help lists the commands)",
      "plan --framework pdti-2022 --data x.csv --unit A --target-rank 1 --effort a=lots => error: invalid value"
          + " 'lots' for --effort: expected a number",
      "frameworks --lang en --lang en => error: option --lang=vi|en given more than once (dti frameworks --help"
          + " lists the options)"})
  void usageErrors_areOneLine(String args, String expected) {
    DtiCommandTest.Run r = dti(args.strip().split(" +"));
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).isEqualTo(expected.strip() + NL);
    assertThat(r.out()).isEmpty();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(nullValues = "-", value = {
      "--framwork, --framework",
      "--Framework, --framework",
      "-framework, --framework",
      "--fram, --framework",
      "--decimal, --decimals",
      "--hepl, --help",
      "--x, -",
      "--outt, --out",
      "--timing, --timings",
      "--abcdefgh, -"})
  void closest_byEditDistanceOrUniquePrefix(String typed, String expected) {
    List<String> names = List.of("--framework", "--data", "--decimals", "--out", "-h", "--help", "-V", "--version",
        "--timings", "--table");
    assertThat(UsageErrors.closest(typed, names)).isEqualTo(Optional.ofNullable(expected));
  }

  @ParameterizedTest(name = "{0} {1} = {2}")
  @CsvSource({"'', '', 0", "a, '', 1", "score, scor, 1", "from, form, 1", "abc, cba, 2", "kitten, sitting, 3"})
  void distance_levenshteinWithSwaps(String a, String b, int d) {
    assertThat(UsageErrors.distance(a, b)).isEqualTo(d);
    assertThat(UsageErrors.distance(b, a)).isEqualTo(d);
  }

  @Test
  void hostileUnknownOption_isEscaped() {
    DtiCommandTest.Run r = dti("score", "--\u001b[2Jx");
    assertThat(r.err()).isEqualTo("error: unknown option '--\\u001b[2Jx' (dti score --help lists the options)"
        + NL);
  }
}
