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

final class ReportCliTest {
  /** The sample with every value lowered by 0.05 (floored at 0): an "earlier year" for rank moves. */
  static Path earlier(Path dir) throws IOException {
    List<String> lines = Files.readAllLines(sample(), StandardCharsets.UTF_8);
    StringBuilder sb = new StringBuilder(lines.get(0)).append('\n');
    int i = 0;
    for (String line : lines.subList(1, lines.size())) {
      String[] c = line.split(",", -1);
      double v = Math.max(0, Double.parseDouble(c[2]) - 0.05 * (i++ % 3));
      c[2] = String.format(java.util.Locale.ROOT, "%.4f", v);
      sb.append(String.join(",", c)).append('\n');
    }
    Path p = dir.resolve("earlier.csv");
    Files.writeString(p, sb, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void report_writesEverySection(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("report.html");
    DtiCommandTest.Run r = dti("report", "--framework", "pdti-2022", "--data", sample().toString(), "--compare",
        earlier(dir).toString(), "--uncertainty", "100", "--out", out.toString());
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.err()).contains("wrote " + out).contains("63 units");
    String html = Files.readString(out, StandardCharsets.UTF_8);
    for (String id : List.of("ranking", "map", "chart", "pillars", "indicators", "moves", "uncertainty", "groups",
        "profiles", "notes", "method")) {
      assertThat(html).contains("<section id=\"" + id + "\">");
    }
    assertThat(html).contains("lang=\"vi\"").contains("Hà Nội");
  }

  @Test
  void report_languageAndTitle(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("en.html");
    assertThat(dti("report", "--framework", "pdti-2022", "--data", sample().toString(), "--lang", "en", "--title",
        "Provinces <2023>", "--out", out.toString()).status()).isZero();
    String html = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(html).contains("lang=\"en\"").contains("<h1>Provinces &lt;2023&gt;</h1>").contains(">Ranking<")
        .doesNotContain("id=\"moves\"");
    DtiCommandTest.Run bad = dti("report", "--framework", "pdti-2022", "--data", sample().toString(), "--lang", "fr",
        "--out", out.toString());
    assertThat(bad.status()).isEqualTo(2);
    assertThat(bad.err()).contains("unknown language 'fr'");
  }

  @Test
  void report_refusesToOverwriteAnInputAndNeedsOut(@TempDir Path dir) throws IOException {
    Path in = dir.resolve("in.csv");
    Files.copy(sample(), in);
    DtiCommandTest.Run r = dti("report", "--framework", "pdti-2022", "--data", in.toString(), "--out", in.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("refusing to overwrite");
    assertThat(Files.readAllBytes(in)).isEqualTo(Files.readAllBytes(sample()));
    assertThat(dti("report", "--framework", "pdti-2022", "--data", in.toString()).status()).isEqualTo(2);
    assertThat(dti("report", "--framework", "pdti-2022", "--data", in.toString(), "--uncertainty", "0", "--out",
        dir.resolve("x.html").toString()).status()).isEqualTo(2);
  }

  @Test
  void everyCommandHasHelpAndTheTablesSpeakBothLanguages() {
    for (String cmd : List.of("score", "frameworks", "diff", "convert", "compare", "uncertainty", "plan", "report")) {
      DtiCommandTest.Run help = dti(cmd, "--help");
      assertThat(help.status()).as(cmd).isZero();
      assertThat(help.out()).as(cmd).contains("Usage: dti " + cmd);
    }
    for (String cmd : List.of("score", "frameworks", "compare", "uncertainty", "plan", "report")) {
      assertThat(dti(cmd, "--help").out()).as(cmd).contains("--lang");
    }
    assertThat(dti("--help").out()).contains("--lang").contains("report");
    DtiCommandTest.Run vi = dti("score", "--framework", "pdti-2022", "--data", sample().toString(), "--table");
    assertThat(vi.out()).contains("Hạng").contains("Chính quyền số").containsPattern("\\d,\\d{4}");
    DtiCommandTest.Run en = dti("score", "--framework", "pdti-2022", "--data", sample().toString(), "--table",
        "--lang", "en");
    assertThat(en.out()).contains("Rank").contains("Digital government").containsPattern("\\d\\.\\d{4}")
        .doesNotContain("Hạng");
    assertThat(dti("frameworks", "--lang", "en").out()).contains("Max points");
    assertThat(dti("frameworks").out()).contains("Điểm tối đa");
  }

  @Test
  void compareAndUncertaintyTables(@TempDir Path dir) throws IOException {
    DtiCommandTest.Run cmp = dti("compare", "--framework", "pdti-2022", "--from", earlier(dir).toString(), "--to",
        sample().toString(), "--table", "--lang", "en");
    assertThat(cmp.status()).as(cmp.err()).isZero();
    List<String> lines = cmp.out().lines().toList();
    assertThat(lines.get(0)).startsWith("Rank  Unit").contains("Places");
    assertThat(lines).hasSize(2 + 63);
    DtiCommandTest.Run mc = dti("uncertainty", "--framework", "pdti-2022", "--data", sample().toString(), "--runs",
        "20", "--table");
    assertThat(mc.status()).as(mc.err()).isZero();
    assertThat(mc.out().lines().findFirst().orElseThrow()).contains("Hạng gốc").contains("P95");
  }

  /** The sample as 2022 and the sample lowered by {@link #earlier} as 2021, in one long CSV with a period column. */
  static Path twoPeriods(Path dir) throws IOException {
    StringBuilder sb = new StringBuilder("unit,indicator,value,period\n");
    for (Object[] p : new Object[][] {{earlier(dir), "2021"}, {sample(), "2022"}}) {
      List<String> lines = Files.readAllLines((Path) p[0], StandardCharsets.UTF_8);
      for (String line : lines.subList(1, lines.size())) {
        String[] c = line.split(",", -1);
        sb.append(c[0]).append(',').append(c[1]).append(',').append(c[2]).append(',').append(p[1]).append('\n');
      }
    }
    Path out = dir.resolve("panel.csv");
    Files.writeString(out, sb, StandardCharsets.UTF_8);
    return out;
  }

  @Test
  void report_onePeriodOfAMultiPeriodFile(@TempDir Path dir) throws IOException {
    Path panel = twoPeriods(dir);
    Path out = dir.resolve("p.html");
    DtiCommandTest.Run r = dti("report", "--framework", "pdti-2022", "--data", panel.toString(), "--period", "2022",
        "--compare-period", "2021", "--lang", "en", "--out", out.toString());
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.err()).contains("63 units, period 2022");
    String html = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(html).contains("Period 2022").contains("<section id=\"moves\">").contains("Rank moves: 2021 → 2022");
    DtiCommandTest.Run unknown = dti("report", "--framework", "pdti-2022", "--data", panel.toString(), "--period",
        "2030", "--out", out.toString());
    assertThat(unknown.status()).isEqualTo(2);
    assertThat(unknown.err()).contains("unknown --period '2030'").contains("panel.csv").contains("[2021, 2022]");
    DtiCommandTest.Run none = dti("report", "--framework", "pdti-2022", "--data", panel.toString(), "--out",
        out.toString());
    assertThat(none.status()).isEqualTo(2);
    assertThat(none.err()).contains("2 periods [2021, 2022]").contains("choose one with --period");
    DtiCommandTest.Run single = dti("report", "--framework", "pdti-2022", "--data", sample().toString(), "--period",
        "2022", "--out", out.toString());
    assertThat(single.status()).isEqualTo(2);
    assertThat(single.err()).contains("unknown --period '2022'").contains("no period column");
  }

  @Test
  void report_mergedProvinces_34TilesMap(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("m.html");
    DtiCommandTest.Run r = dti("report", "--framework", "pdti-2022", "--data", sample().toString(), "--compare",
        earlier(dir).toString(), "--group-by", "merged-2025", "--uncertainty", "20", "--out", out.toString());
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.err()).contains("(34 units");
    String html = Files.readString(out, StandardCharsets.UTF_8);
    String map = html.substring(html.indexOf("<section id=\"map\">"), html.indexOf("<section id=\"chart\">"));
    assertThat(map).contains("34 tỉnh, thành phố từ ngày 1/7/2025");
    // the index map and one small map per pillar
    assertThat(map.split("<g class=\"tile\" data-unit=", -1)).hasSize(4 * 34 + 1);
    assertThat(map).doesNotContain("class=\"q0\"");
    assertThat(html.split("<tr data-unit=", -1).length - 1).isEqualTo(3 * 34);
    DtiCommandTest.Run bad = dti("report", "--framework", "pdti-2022", "--data", sample().toString(), "--group-by",
        "districts", "--out", out.toString());
    assertThat(bad.status()).isEqualTo(2);
    assertThat(bad.err()).contains("unknown --group-by 'districts'; expected merged-2025");
  }

  @Test
  void report_headerNamesTheInputWithItsChecksum_andTheRun(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("h.html");
    assertThat(dti("report", "--framework", "pdti-2022", "--data", sample().toString(), "--out", out.toString())
        .status()).isZero();
    String html = Files.readString(out, StandardCharsets.UTF_8);
    String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
        .digest(Files.readAllBytes(sample())));
    assertThat(html).contains(sample().getFileName() + " <span class=\"sha\">SHA-256 " + sha + "</span>")
        .contains("<dt>Phần mềm</dt><dd>dti ").containsPattern("<dt>Thời điểm tạo</dt><dd>\\d{4}-\\d\\d-\\d\\d"
            + " \\d\\d:\\d\\d:\\d\\d [+-]\\d\\d:\\d\\d</dd>");
  }

  @Test
  @org.junit.jupiter.api.Timeout(60)
  void report_readsANamedPipeOnce_andStillNamesItsChecksum(@TempDir Path dir) throws Exception {
    Path fifo = dir.resolve("data.csv");
    Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
    org.junit.jupiter.api.Assumptions.assumeTrue(mk.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)
        && mk.exitValue() == 0, "mkfifo is not available");
    byte[] content = Files.readAllBytes(sample());
    Thread writer = new Thread(() -> {
      try (java.io.OutputStream o = Files.newOutputStream(fifo)) {
        o.write(content);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    writer.start();
    Path out = dir.resolve("p.html");
    DtiCommandTest.Run r = dti("report", "--framework", "pdti-2022", "--data", fifo.toString(), "--out",
        out.toString());
    writer.join();
    assertThat(r.status()).as(r.err()).isZero();
    String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
        .digest(content));
    assertThat(Files.readString(out, StandardCharsets.UTF_8))
        .contains("data.csv <span class=\"sha\">SHA-256 " + sha + "</span>");
  }

  @Test
  void report_printsTheRunsWarningsByKind_andWritesThemWithWarningsFile(@TempDir Path dir) throws IOException {
    Path data = dir.resolve("gaps.csv");
    List<String> lines = Files.readAllLines(sample(), StandardCharsets.UTF_8);
    // Hà Nội loses its first indicator row: one missing value, filled by the official policy
    int first = 1;
    while (!lines.get(first).startsWith("Hà Nội,")) {
      first++;
    }
    lines.remove(first);
    Files.write(data, lines, StandardCharsets.UTF_8);
    Path out = dir.resolve("w.html");
    Path warnings = dir.resolve("w.csv");
    DtiCommandTest.Run r = dti("report", "--framework", "pdti-2022", "--data", data.toString(), "--out",
        out.toString(), "--warnings", warnings.toString());
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.err()).contains("warning: 1 missing values filled by the missing-value policy 'zero' (first: unit"
        + " 'Hà Nội'");
    assertThat(Files.readAllLines(warnings, StandardCharsets.UTF_8)).hasSize(2)
        .first().isEqualTo("\uFEFFkind,unit,indicator,message");
    DtiCommandTest.Run overData = dti("report", "--framework", "pdti-2022", "--data", data.toString(), "--out",
        out.toString(), "--warnings", data.toString());
    assertThat(overData.status()).isEqualTo(2);
  }
}
