package org.opendti.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opendti.examples.cli.DtiCommandTest.dti;
import static org.opendti.examples.cli.DtiCommandTest.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dti compare}, {@code dti uncertainty} and {@code dti plan} on the bundled sample. */
final class AnalysisCliTest {

  /** The sample with Hà Giang's gov_activity raised to 1, as a "next year". */
  static Path nextYear(Path dir) throws IOException {
    List<String> lines = Files.readAllLines(sample(), StandardCharsets.UTF_8);
    Path p = dir.resolve("next.csv");
    Files.write(p, lines.stream().map(l -> l.startsWith("Hà Giang,gov_activity,") ? "Hà Giang,gov_activity,1,report" : l)
        .toList(), StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void compare_givesDeltasAndRankMovesPerNode_andGroupStatistics(@TempDir Path dir) throws IOException {
    Path stats = dir.resolve("stats.csv");
    DtiCommandTest.Run r = dti("compare", "--framework", "pdti-2022", "--from", sample().toString(), "--to",
        nextYear(dir).toString(), "--stats", stats.toString());
    assertThat(r.status()).as(r.err()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(64);
    assertThat(lines.get(0)).startsWith("unit,dti_from,dti_to,dti_delta,dti_rank_from,dti_rank_to,dti_rank_move,");
    String[] haGiang = lines.stream().filter(l -> l.startsWith("Hà Giang,")).findFirst().orElseThrow().split(",");
    double from = Double.parseDouble(haGiang[1]);
    double to = Double.parseDouble(haGiang[2]);
    assertThat(Double.parseDouble(haGiang[3])).isCloseTo(to - from, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(Integer.parseInt(haGiang[6])).isEqualTo(Integer.parseInt(haGiang[4])
        - Integer.parseInt(haGiang[5]));
    assertThat(Integer.parseInt(haGiang[6])).isPositive();
    List<String> s = Files.readAllLines(stats, StandardCharsets.UTF_8);
    assertThat(s.get(0)).isEqualTo("\uFEFFgroup,node,statistic,from,to,change"); // a file for people
    assertThat(s).anyMatch(l -> l.startsWith("(all),dti,count,63,63,0"));
    assertThat(s).anyMatch(l -> l.startsWith("(all),dti,mean,"));
    assertThat(s).anyMatch(l -> l.startsWith("(all),dti,best,"));
  }

  @Test
  void uncertainty_writesRankStatistics_sameForAnyThreadCount(@TempDir Path dir) {
    DtiCommandTest.Run one = dti("uncertainty", "--framework", "pdti-2022", "--data", sample().toString(), "--runs",
        "300", "--weight-noise", "0.3", "--seed", "7", "--threads", "1", "--alt-aggregators",
        "arithmetic,geometric");
    assertThat(one.status()).as(one.err()).isZero();
    List<String> lines = one.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("unit,nominal,mean,median,q5,q95");
    assertThat(lines).hasSize(64);
    DtiCommandTest.Run two = dti("uncertainty", "--framework", "pdti-2022", "--data", sample().toString(), "--runs",
        "300", "--weight-noise", "0.3", "--seed", "7", "--threads", "2", "--alt-aggregators",
        "arithmetic,geometric");
    assertThat(two.out()).isEqualTo(one.out());
    // no terminal: no progress bar
    assertThat(one.err()).doesNotContain("[#");
    DtiCommandTest.Run pillar = dti("uncertainty", "--framework", "pdti-2022", "--data", sample().toString(),
        "--runs", "50", "--node", "gov");
    assertThat(pillar.status()).as(pillar.err()).isZero();
  }

  @Test
  void plan_firstLineIsTheNeededPoints() {
    DtiCommandTest.Run score = dti("score", "--framework", "pdti-2022", "--data", sample().toString());
    String last = score.out().lines().skip(1).filter(l -> l.split(",")[2].equals("63")).findFirst().orElseThrow()
        .split(",")[0];
    DtiCommandTest.Run r = dti("plan", "--framework", "pdti-2022", "--data", sample().toString(), "--unit", last,
        "--target-rank", "10");
    assertThat(r.status()).as(r.err()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(0)).matches("needed_points=\\d+\\.\\d{2}");
    assertThat(Double.parseDouble(lines.get(0).substring("needed_points=".length()))).isPositive();
    assertThat(lines.get(1)).contains("current_rank=63").contains("target_rank=10");
    assertThat(r.out()).contains("gov_activity");

    String first = score.out().lines().skip(1).filter(l -> l.split(",")[2].equals("1")).findFirst().orElseThrow()
        .split(",")[0];
    assertThat(dti("plan", "--framework", "pdti-2022", "--data", sample().toString(), "--unit", first,
        "--target-rank", "1").out().lines().findFirst().orElseThrow()).isEqualTo("needed_points=0.00");
    DtiCommandTest.Run infeasible = dti("plan", "--framework", "pdti-2022", "--data", sample().toString(), "--unit",
        last, "--target-rank", "1", "--effort", "awareness=1");
    assertThat(infeasible.out().lines().findFirst().orElseThrow()).isEqualTo("needed_points=infeasible");
    DtiCommandTest.Run unknown = dti("plan", "--framework", "pdti-2022", "--data", sample().toString(), "--unit",
        "Atlantis", "--target-rank", "1");
    assertThat(unknown.status()).isEqualTo(2);
    assertThat(unknown.err()).contains("Atlantis");
  }
}
