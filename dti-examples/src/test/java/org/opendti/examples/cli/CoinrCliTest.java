package org.opendti.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** COINr users run their iMeta and iData files directly; the output agrees with COINr's own scores. */
final class CoinrCliTest {
  /** COINr's reference files, copied from dti-io's test-jar (class path {@code reference/}) to a folder. */
  @TempDir
  static Path REF;

  @BeforeAll
  static void copyReferenceFiles() throws IOException {
    for (String name : List.of("ref63_meta.csv", "ref63_data.csv", "ref63_coinr_scores.csv", "ref63_missing_meta.csv",
        "ref63_missing_data.csv", "ref63_missing_coinr_scores.csv")) {
      try (InputStream in = CoinrCliTest.class.getClassLoader().getResourceAsStream("reference/" + name)) {
        assertThat(in).as("reference/%s on the class path (dti-io's test-jar)", name).isNotNull();
        Files.copy(in, REF.resolve(name));
      }
    }
  }

  static List<String[]> csv(String text) {
    return text.lines().map(l -> l.replace("\"", "").split(",", -1)).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {"ref63", "ref63_missing"})
  void coinrFiles_giveCoinrScores(String name) throws IOException {
    DtiCommandTest.Run r = DtiCommandTest.dti("score", "--framework", REF.resolve(name + "_meta.csv").toString(),
        "--data", REF.resolve(name + "_data.csv").toString(), "--decimals", "12");
    assertThat(r.status()).as(r.err()).isZero();
    List<String[]> got = csv(r.out());
    List<String[]> want = csv(Files.readString(REF.resolve(name + "_coinr_scores.csv"), StandardCharsets.UTF_8));
    List<String> header = List.of(got.get(0));
    List<String> wantHeader = List.of(want.get(0));
    assertThat(got).hasSize(64);
    int checked = 0;
    for (int row = 1; row < 64; row++) {
      assertThat(got.get(row)[0]).isEqualTo(want.get(row)[0]);
      for (int c = 1; c < wantHeader.size(); c++) {
        String col = wantHeader.get(c).startsWith("Rank_") ? wantHeader.get(c).substring(5) + "_rank"
            : wantHeader.get(c);
        String mine = got.get(row)[header.indexOf(col)];
        String theirs = want.get(row)[c];
        if (theirs.isEmpty() || theirs.equals("NA")) {
          assertThat(mine).isEmpty();
        } else {
          assertThat(Double.parseDouble(mine)).as("%s %s", got.get(row)[0], col)
              .isCloseTo(Double.parseDouble(theirs), within(1e-9));
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(12_000);
  }

  @Test
  void otherMethods_runFromTheCommandLine() {
    for (String[] opts : new String[][] {{"--normalise", "z-score", "--aggregate", "arithmetic"},
        {"--normalise", "min-max:1,100", "--aggregate", "geometric", "--weights", "entropy"},
        {"--weights", "pca", "--missing", "mean"}, {"--weights", "critic", "--outliers", "coinr"},
        {"--normalise", "rank", "--aggregate", "copeland"}, {"--weights", "balance"}}) {
      String[] args = new String[4 + opts.length];
      args[0] = "score";
      args[1] = "--framework";
      args[2] = REF.resolve("ref63_meta.csv").toString();
      args[3] = "--data=" + REF.resolve("ref63_data.csv");
      System.arraycopy(opts, 0, args, 4, opts.length);
      DtiCommandTest.Run r = DtiCommandTest.dti(args);
      assertThat(r.status()).as(String.join(" ", opts) + ": " + r.err()).isZero();
      assertThat(r.out().lines()).hasSize(64);
    }
  }

  @Test
  void geometricOnMinMaxZero_isBadInputNamingUnitAndIndicator() {
    DtiCommandTest.Run r = DtiCommandTest.dti("score", "--framework", REF.resolve("ref63_meta.csv").toString(),
        "--data", REF.resolve("ref63_data.csv").toString(), "--aggregate", "geometric");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).startsWith("error: unit '").contains("needs positive values");
  }
}
