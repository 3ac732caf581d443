package org.opendti.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opendti.examples.cli.DtiCommandTest.dti;
import static org.opendti.examples.cli.DtiCommandTest.sample;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendti.Dataset;
import org.opendti.Framework;
import org.opendti.Measure;
import org.opendti.Node;
import org.opendti.NodeKind;
import org.opendti.Observation;
import org.opendti.StagedDataset;
import org.opendti.Unit;
import org.opendti.analysis.Appraisal;
import org.opendti.io.html.HtmlReport;
import org.opendti.method.Method;

/**
 * Renders the report in headless Chromium and checks the rendered DOM and a screenshot. {@code .ci/run} installs
 * Debian's {@code chromium} and sets {@code DTI_REQUIRE_BROWSER=1}, so on CI a missing browser fails the test; on a
 * developer machine without Chromium it is skipped.
 */
final class ReportBrowserTest {
  private static final String EVIL = "<script>document.title='pwned'</script>";

  @TempDir
  static Path dir;

  private static String browser;
  private static Path report;
  private static String dom;

  static Optional<String> findBrowser() {
    String env = System.getenv("CHROME_BIN");
    List<String> candidates = new ArrayList<>();
    if (env != null && !env.isBlank()) {
      candidates.add(env);
    }
    for (String dirName : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
        candidates.add(Path.of(dirName, name).toString());
      }
    }
    return candidates.stream().filter(c -> Files.isExecutable(Path.of(c))).findFirst();
  }

  @BeforeAll
  static void render() throws Exception {
    Optional<String> found = findBrowser();
    if (found.isEmpty()) {
      assertThat(System.getenv("DTI_REQUIRE_BROWSER")).as("Chromium is required on CI but was not found").isNull();
      Assumptions.abort("no chromium on PATH (CI installs it)");
    }
    browser = found.get();
    // the sample with Hà Nội renamed to a script tag (no province: names as written), and an earlier year
    String text = Files.readString(sample(), StandardCharsets.UTF_8).replace("Hà Nội,", EVIL + ",");
    Path data = dir.resolve("data.csv");
    Files.writeString(data, text, StandardCharsets.UTF_8);
    report = dir.resolve("report.html");
    DtiCommandTest.Run r = dti("report", "--framework", "pdti-2022", "--data", data.toString(), "--compare",
        ReportCliTest.earlier(dir).toString(), "--uncertainty", "200", "--out", report.toString(), "--units", "none");
    assertThat(r.status()).as(r.err()).isZero();
    dom = chromium("--dump-dom", report.toUri().toString());
  }

  private static String chromium(String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(browser, "--headless", "--no-sandbox", "--disable-gpu",
        "--user-data-dir=" + dir.resolve("profile"), "--no-first-run", "--disable-extensions"));
    cmd.addAll(List.of(args));
    Path log = dir.resolve("chromium.log");
    Process p = new ProcessBuilder(cmd).redirectError(log.toFile()).start();
    byte[] out = p.getInputStream().readAllBytes();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("chromium finished").isTrue();
    assertThat(p.exitValue()).as(Files.readString(log)).isZero();
    return new String(out, StandardCharsets.UTF_8);
  }

  private static int count(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    int c = 0;
    while (m.find()) {
      c++;
    }
    return c;
  }

  private static String between(String text, String start, String end) {
    int s = text.indexOf(start);
    assertThat(s).as(start).isNotNegative();
    return text.substring(s, text.indexOf(end, s));
  }

  @Test
  void renderedDomHasTheRankingInOrder() {
    String table = between(dom, "<table class=\"ranking\">", "</table>");
    assertThat(count(table, "<tr data-unit=")).isEqualTo(63);
    List<Integer> ranks = new ArrayList<>();
    Matcher m = Pattern.compile("<td class=\"num rank\">(\\d+)</td>").matcher(table);
    while (m.find()) {
      ranks.add(Integer.parseInt(m.group(1)));
    }
    assertThat(ranks).hasSize(63).isSorted().startsWith(1);
  }

  @Test
  void renderedDomHasTheCharts() {
    String index = between(dom, "<svg class=\"chart chart-index\"", "</svg>");
    assertThat(count(index, "<rect class=\"bar")).isEqualTo(63);
    assertThat(count(between(dom, "<svg class=\"chart chart-moves\"", "</svg>"), "<text class=\"label\""))
        .isEqualTo(63);
    assertThat(count(between(dom, "<svg class=\"chart chart-uncertainty\"", "</svg>"), "<line class=\"interval\""))
        .isEqualTo(63);
    assertThat(count(dom, "<svg class=\"chart chart-profile\"")).isEqualTo(63);
    assertThat(dom).contains("<section id=\"groups\">");
  }

  @Test
  void aUnitNamedScriptIsTextNotCode() {
    // the name is shown as text, and the page title was not changed by it
    assertThat(dom).contains("&lt;script&gt;document.title='pwned'&lt;/script&gt;")
        .contains("<title>Báo cáo chỉ số chuyển đổi số");
    assertThat(count(dom, "<script")).isZero();
  }

  @Test
  void renderedDomHasTheMapAndThePillarAndIndicatorTables() {
    String section = between(dom, "<section id=\"map\">", "</section>");
    String map = between(section, "<svg class=\"tilemap\"", "</svg>");
    // Hà Nội, renamed to a script tag, is no province: its tile is grey and the name is listed under the map
    assertThat(count(map, "<g class=\"tile\" data-unit=")).isEqualTo(62);
    assertThat(count(map, "<rect class=\"q[1-5]\"")).isEqualTo(62);
    assertThat(count(map, "<rect class=\"q0\"")).isEqualTo(1);
    assertThat(section).contains("(1): &lt;script&gt;document.title='pwned'&lt;/script&gt;.");
    assertThat(count(section, "<span class=\"swatch q")).isEqualTo(5);
    assertThat(count(section, "<svg class=\"tilemap mini\"")).isEqualTo(3);
    String pillars = between(dom, "<table class=\"nodes pillars\">", "</table>");
    assertThat(count(pillars, "<tr data-unit=")).isEqualTo(63);
    assertThat(count(pillars, "<th class=\"num node\"")).isEqualTo(3);
    String indicators = between(dom, "<table class=\"nodes indicators\">", "</table>");
    assertThat(count(indicators, "<tr data-unit=")).isEqualTo(63);
    assertThat(count(indicators, "<td class=\"num q[1-5]\">")).isEqualTo(63 * 8);
    assertThat(dom).contains("<section id=\"notes\">").contains("<section id=\"method\">")
        .contains("Quyết định 922/QĐ-BTTTT");
  }

  /**
   * Lays the report out in Chromium at a given width and measures it: a test-only page holds the report in a frame
   * and a script reads the layout (the report itself has no script). Returns the measurements as JSON.
   */
  private static String layout(int width) throws Exception {
    return layout("report.html", width);
  }

  /** {@link #layout(int)} of another report in the test folder. */
  private static String layout(String file, int width) throws Exception {
    Path probe = dir.resolve("probe-" + file + "-" + width + ".html");
    Files.writeString(probe, """
        <!DOCTYPE html><html><body style="margin:0"><iframe id="f" src="%s" style="border:0" width="%d"
        height="900"></iframe><pre id="out">pending</pre><script>
        document.getElementById('f').addEventListener('load', function () {
          var d = this.contentDocument;
          var out = {scrollWidth: d.documentElement.scrollWidth, clientWidth: d.documentElement.clientWidth};
          var wide = 0;
          d.querySelectorAll('.scroll').forEach(function (s) { if (s.scrollWidth > s.clientWidth) wide++; });
          out.scrollingTables = wide;
          d.querySelectorAll('details').forEach(function (x) { x.open = true; });
          out.scrollWidthOpen = d.documentElement.scrollWidth;
          var appraisal = 0;
          d.querySelectorAll('#appraisal .scroll').forEach(function (s) {
            if (s.scrollWidth > s.clientWidth) appraisal++;
          });
          out.appraisalScrollingTables = appraisal;
          out.appraisalTables = d.querySelectorAll('#appraisal table').length;
          var labels = 0, clipped = 0;
          d.querySelectorAll('svg.chart text.label').forEach(function (t) {
            labels++;
            if (t.getBBox().x < -0.5) clipped++;
          });
          out.labels = labels;
          out.clipped = clipped;
          var fills = {};
          d.querySelectorAll('svg.tilemap:not(.mini) rect').forEach(function (r) {
            var c = getComputedStyle(r).fill;
            fills[c] = (fills[c] || 0) + 1;
          });
          out.fills = Object.keys(fills).length;
          out.tiles = d.querySelectorAll('svg.tilemap:not(.mini) rect').length;
          var greyTiles = 0;
          d.querySelectorAll('svg.tilemap:not(.mini) rect').forEach(function (r) {
            if (getComputedStyle(r).fill === 'rgb(234, 238, 242)') greyTiles++;
          });
          out.greyTiles = greyTiles;
          document.getElementById('out').textContent = JSON.stringify(out);
        });
        </script></body></html>
        """.formatted(file, width), StandardCharsets.UTF_8);
    String probed = chromium("--allow-file-access-from-files", "--virtual-time-budget=20000", "--dump-dom",
        probe.toUri().toString());
    return between(probed, "<pre id=\"out\">", "</pre>");
  }

  private static int field(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\":(\\d+)").matcher(json);
    assertThat(m.find()).as(name + " in " + json).isTrue();
    return Integer.parseInt(m.group(1));
  }

  @Test
  void onAPhone_thePageDoesNotScrollSideways_wideTablesDo_andNoLabelIsClipped() throws Exception {
    String phone = layout(390);
    assertThat(field(phone, "scrollWidth")).as(phone).isLessThanOrEqualTo(field(phone, "clientWidth"));
    assertThat(field(phone, "scrollingTables")).as(phone).isPositive();
    assertThat(field(phone, "labels")).as(phone).isGreaterThan(63 * 12);
    assertThat(field(phone, "clipped")).as(phone).isZero();
    assertThat(field(phone, "tiles")).isEqualTo(63);
    assertThat(field(phone, "fills")).as("five quintile colours and grey").isEqualTo(6);
    assertThat(field(phone, "greyTiles")).isEqualTo(1);
    String desktop = layout(1200);
    assertThat(field(desktop, "scrollWidth")).as(desktop).isLessThanOrEqualTo(field(desktop, "clientWidth"));
    assertThat(field(desktop, "clipped")).as(desktop).isZero();
  }

  /**
   * A round of 12 departments with long names, long component names and long evidence, appraised, as the report's
   * appraisal section shows it (built in Java: the report command takes no round yet).
   */
  private static Path appraisalReport() throws IOException {
    List<Node> nodes = new ArrayList<>();
    nodes.add(Node.builder().code("dti").nameVi("Chỉ số chuyển đổi số cấp sở").kind(NodeKind.INDEX).maxPoints(100)
        .build());
    nodes.add(Node.builder().code("m1").nameVi("Chính quyền số").kind(NodeKind.MAIN_INDICATOR).addParent("dti")
        .maxPoints(100).build());
    for (int c = 1; c <= 5; c++) {
      nodes.add(Node.builder().code("c" + c).nameVi("Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến toàn trình"
          + " số " + c).kind(NodeKind.COMPONENT).addParent("m1").maxPoints(20).build());
    }
    Framework f = Framework.builder().id("so").version("1").nameVi("Bộ chỉ số sở").addAllNodes(nodes).build();
    Dataset.Builder self = Dataset.builder();
    Dataset.Builder appraised = Dataset.builder();
    for (int u = 0; u < 12; u++) {
      String code = "S" + u;
      Unit unit = Unit.builder().code(code).name(u == 0 ? EVIL + "\u202e" : "Sở Thông tin và Truyền thông số " + u)
          .build();
      self.addUnit(unit);
      appraised.addUnit(unit);
      for (int c = 1; c <= 5; c++) {
        self.add(Observation.builder().unit(code).indicator("c" + c).period(Dataset.SINGLE_PERIOD)
            .measure(Measure.ofValue(1)).evidence("Quyết định số " + u + c + "/QĐ-UBND ban hành kế hoạch").build());
        if ((u + c) % 3 == 0) {
          appraised.add(Observation.builder().unit(code).indicator("c" + c).period(Dataset.SINGLE_PERIOD)
              .measure(Measure.ofValue(0.25 * (c % 4))).evidence("Biên bản thẩm định: tài liệu kiểm chứng không"
                  + " khớp với số liệu trên hệ thống thông tin giải quyết thủ tục hành chính")
              .note("Hội đồng đề nghị bổ sung báo cáo tháng; https://example.invalid/" + "x".repeat(60)).build());
        }
      }
    }
    Appraisal a = Appraisal.of(f, StagedDataset.of(self.build(), appraised.build()), Method.official(),
        Dataset.SINGLE_PERIOD);
    Path file = dir.resolve("appraisal.html");
    HtmlReport.builder(a.appraised()).appraisal(a).build().write(file);
    return file;
  }

  @Test
  void onAPhone_theAppraisalTablesScrollInside_notThePage() throws Exception {
    appraisalReport();
    String phone = layout("appraisal.html", 390);
    // the units, the components and one table of changes per unit with a change; with every one open
    assertThat(field(phone, "appraisalTables")).as(phone).isEqualTo(2 + 12);
    assertThat(field(phone, "scrollWidth")).as(phone).isLessThanOrEqualTo(field(phone, "clientWidth"));
    assertThat(field(phone, "scrollWidthOpen")).as(phone).isLessThanOrEqualTo(field(phone, "clientWidth"));
    assertThat(field(phone, "appraisalScrollingTables")).as(phone).isGreaterThanOrEqualTo(2);
    assertThat(field(phone, "clipped")).as(phone).isZero();
  }

  /** Pixels of exactly this colour, on a 2-pixel grid. */
  private static int pixels(BufferedImage img, int rgb) {
    int n = 0;
    for (int y = 0; y < img.getHeight(); y += 2) {
      for (int x = 0; x < img.getWidth(); x += 2) {
        if ((img.getRGB(x, y) & 0xFFFFFF) == rgb) {
          n++;
        }
      }
    }
    return n;
  }

  @Test
  void screenshotAtPhoneWidthShowsTheColouredMap() throws Exception {
    Path png = dir.resolve("report-phone.png");
    chromium("--screenshot=" + png, "--window-size=390,5000", "--hide-scrollbars", report.toUri().toString());
    BufferedImage img = ImageIO.read(png.toFile());
    assertThat(img.getWidth()).isEqualTo(390);
    // the darkest and the lightest quintile colours of the map (#253494, #ffffcc) are both drawn
    assertThat(pixels(img, 0x253494)).as("top-fifth tiles").isGreaterThan(300);
    assertThat(pixels(img, 0xFFFFCC)).as("bottom-fifth tiles").isGreaterThan(300);
  }

  @Test
  void screenshotShowsTheReport() throws Exception {
    Path png = dir.resolve("report.png");
    chromium("--screenshot=" + png, "--window-size=1200,4000", "--hide-scrollbars", report.toUri().toString());
    BufferedImage img = ImageIO.read(png.toFile());
    assertThat(img).isNotNull();
    assertThat(img.getWidth()).isEqualTo(1200);
    assertThat(img.getHeight()).isEqualTo(4000);
    // the bars are drawn in blue (#0969da): a real chart is visible, not a blank page
    int blue = 0;
    for (int y = 0; y < img.getHeight(); y += 2) {
      for (int x = 0; x < img.getWidth(); x += 2) {
        int rgb = img.getRGB(x, y) & 0xFFFFFF;
        int r = rgb >> 16;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        if (b > 180 && r < 60 && g > 80 && g < 140) {
          blue++;
        }
      }
    }
    assertThat(blue).as("blue bar pixels").isGreaterThan(500);
    assertThat(pixels(img, 0x253494)).as("top-fifth map tiles").isGreaterThan(1000);
    assertThat(pixels(img, 0xC7E9B4)).as("second-fifth map tiles").isGreaterThan(1000);
  }
}
