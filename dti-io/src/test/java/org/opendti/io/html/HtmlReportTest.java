package org.opendti.io.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendti.Dataset;
import org.opendti.Framework;
import org.opendti.Frameworks;
import org.opendti.Language;
import org.opendti.Node;
import org.opendti.NodeKind;
import org.opendti.Unit;
import org.opendti.analysis.Uncertainty;
import org.opendti.engine.Results;
import org.opendti.engine.ScoringEngine;
import org.opendti.io.Label;
import org.opendti.method.Method;

final class HtmlReportTest {
  private static final String EVIL = "<script>alert('x')</script> & \"Co\"";

  /** Random main-indicator fractions for {@code n} provinces of pdti-2022; unit 0 is named {@link #EVIL}. */
  static Dataset data(int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Dataset.Builder b = Dataset.builder();
    for (int u = 0; u < n; u++) {
      b.addUnit(Unit.builder().code("U" + u).name(u == 0 ? EVIL : "Tỉnh số " + u).build());
      for (Node leaf : Frameworks.pdti2022().leaves()) {
        b.put("U" + u, leaf.code(), Math.round(random.nextDouble() * 10000) / 10000.0);
      }
    }
    return b.build();
  }

  private static Results score(Dataset d) {
    return ScoringEngine.official().score(Frameworks.pdti2022(), d);
  }

  private static int count(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    int c = 0;
    while (m.find()) {
      c++;
    }
    return c;
  }

  @Test
  void everySectionIsThereWithOneBarAndOneRowPerUnit() {
    Results now = score(data(20, 1));
    Uncertainty.Result mc = Uncertainty.builder().runs(50).seed(3).build().run(Frameworks.pdti2022(), data(20, 1));
    String html = HtmlReport.builder(now).previous(score(data(20, 2))).uncertainty(mc).note("SYNTHETIC").build()
        .render();
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"vi\">").endsWith("</html>\n");
    for (String id : new String[] {"ranking", "chart", "moves", "uncertainty", "groups", "profiles"}) {
      assertThat(html).contains("<section id=\"" + id + "\">").contains("href=\"#" + id + "\"");
    }
    String ranking = html.substring(html.indexOf("<table class=\"ranking\">"), html.indexOf("</table>"));
    assertThat(count(ranking, "<tr data-unit=")).isEqualTo(20);
    String chart = html.substring(html.indexOf("<svg class=\"chart chart-index\""));
    chart = chart.substring(0, chart.indexOf("</svg>"));
    assertThat(count(chart, "<rect class=\"bar")).isEqualTo(20);
    assertThat(count(html, "<details class=\"profile\"")).isEqualTo(20);
    assertThat(count(html, "<line class=\"interval\"")).isEqualTo(20);
    assertThat(html).contains("SYNTHETIC").contains("Bảng xếp hạng").contains("Thay đổi thứ hạng");
    // the first row is the rank-1 unit, with its value written with a decimal comma
    var first = now.ranking("dti").get(0);
    String row = ranking.substring(ranking.indexOf("<tr data-unit="));
    assertThat(row).startsWith("<tr data-unit=\"" + first.unit().code() + "\"><td class=\"num rank\">1</td>");
    assertThat(row).contains(">" + org.opendti.Numbers.format(first.value(), 4).replace('.', ',') + "<");
  }

  @Test
  void namesAreEscapedEverywhere() {
    String html = HtmlReport.builder(score(data(5, 1))).previous(score(data(5, 2))).title(EVIL).build().render();
    assertThat(html).doesNotContain("<script").doesNotContain("alert('x')").doesNotContain("\"Co\"");
    assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Co&quot;");
    // body, title, SVG labels and tooltips all escape it
    assertThat(count(html, Pattern.quote("&lt;script&gt;"))).isGreaterThanOrEqualTo(6);
  }

  @Test
  void selfContained_noScriptsNoExternalReferences() {
    String html = HtmlReport.builder(score(data(10, 1))).previous(score(data(10, 2))).build().render();
    assertThat(html).doesNotContain("http://").doesNotContain("https://").doesNotContain(" src=")
        .doesNotContain("<link").doesNotContain("@import").doesNotContain("url(");
    assertThat(count(html, "href=\"")).isEqualTo(count(html, "href=\"#"));
  }

  @Test
  void optionalSectionsOnlyWhenAsked() {
    String html = HtmlReport.builder(score(data(5, 1))).build().render();
    assertThat(html).doesNotContain("id=\"moves\"").doesNotContain("id=\"uncertainty\"").contains("id=\"groups\"");
  }

  @Test
  void sameInputsSameBytes(@TempDir Path dir) throws IOException {
    Results r = score(data(30, 7));
    Path a = dir.resolve("a.html");
    Path b = dir.resolve("b.html");
    HtmlReport.builder(r).previous(score(data(30, 8))).build().write(a);
    HtmlReport.builder(score(data(30, 7))).previous(score(data(30, 8))).build().write(b);
    assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
    if (Files.getFileStore(a).supportsFileAttributeView("posix")) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(a))).isEqualTo("rw-r--r--");
    }
  }

  @Test
  void englishLabelsAndDecimalPoint() {
    Results r = score(data(5, 1));
    HtmlReport report = HtmlReport.builder(r).language(Language.EN).build();
    String html = report.render();
    assertThat(report.language()).isEqualTo(Language.EN);
    assertThat(html).contains("<html lang=\"en\">").contains("Ranking").contains("Digital government")
        .doesNotContain("Bảng xếp hạng");
    var first = r.ranking("dti").get(0);
    assertThat(html).contains(">" + org.opendti.Numbers.format(first.value(), 4) + "<");
  }

  @Test
  void negativeValuesDrawLeftOfZero() {
    Framework f = Framework.builder().id("z").version("1").nameVi("Z")
        .addNodes(Node.builder().code("idx").nameVi("Z").kind(NodeKind.INDEX).build(),
            Node.builder().code("a").nameVi("A").kind(NodeKind.COMPONENT).addParent("idx").weight(1).build())
        .build();
    Dataset d = Dataset.builder().put("p", "a", 1).put("q", "a", 2).put("r", "a", 6).build();
    Results r = ScoringEngine.of(Method.builder().from(Method.coinr())
        .normaliser(org.opendti.method.Strategies.normaliser("z-score")).build()).score(f, d);
    String html = HtmlReport.builder(r).build().render();
    assertThat(html).contains("class=\"bar negative\"");
  }

  /** The 63 provinces of pdti-2022 with random main-indicator fractions; {@code missing} values left out. */
  static Dataset provinces(long seed, int missing) {
    SplittableRandom random = new SplittableRandom(seed);
    Dataset.Builder b = Dataset.builder();
    int left = missing;
    for (Unit p : org.opendti.Provinces.before2025().units()) {
      b.addUnit(Unit.builder().code(p.code()).name(p.name()).build());
      for (Node leaf : Frameworks.pdti2022().leaves()) {
        if (left > 0 && !leaf.code().equals("smart_city")) {
          left--;
          continue;
        }
        b.put(p.code(), leaf.code(), Math.round(random.nextDouble() * 10000) / 10000.0);
      }
    }
    return b.build();
  }

  /** The large map of a map section (the index's), without the pillars' small maps. */
  private static String mainMap(String section) {
    int s = section.indexOf("<svg class=\"tilemap\"");
    assertThat(s).isNotNegative();
    return section.substring(s, section.indexOf("</svg>", s));
  }

  private static String section(String html, String id) {
    int s = html.indexOf("<section id=\"" + id + "\">");
    assertThat(s).as(id).isNotNegative();
    return html.substring(s, html.indexOf("</section>", s));
  }

  @Test
  void provinces_getATileMapColouredByQuintile() {
    Results r = score(provinces(5, 0));
    String html = HtmlReport.builder(r).build().render();
    String section = section(html, "map");
    String map = mainMap(section);
    assertThat(html).contains("href=\"#map\"");
    assertThat(count(map, "<g class=\"tile\" data-unit=")).isEqualTo(63);
    int[] perGroup = new int[6];
    Matcher m = Pattern.compile("<rect class=\"q(\\d)\"").matcher(map);
    while (m.find()) {
      perGroup[Integer.parseInt(m.group(1))]++;
    }
    assertThat(perGroup[0]).as("no grey tile").isZero();
    for (int g = 1; g <= 5; g++) {
      assertThat(perGroup[g]).as("group %d", g).isBetween(12, 13);
    }
    // the legend: five groups, highest first
    assertThat(count(section, "<span class=\"swatch q")).isEqualTo(5);
    assertThat(section.indexOf("swatch q5")).isLessThan(section.indexOf("swatch q1"));
    // a small map per pillar, each unit's tile coloured by its group on that pillar
    assertThat(count(section, "<svg class=\"tilemap mini\"")).isEqualTo(3);
    assertThat(count(section, "<g class=\"tile\" data-unit=")).isEqualTo(4 * 63);
    var bestEconomy = r.ranking("econ").get(0);
    assertThat(section).contains("<figcaption>Kinh tế số</figcaption>").containsPattern("data-unit=\""
        + bestEconomy.unit().code() + "\"><rect class=\"q5\"[^>]*><title>" + Pattern.quote(bestEconomy.unit().name())
        + " · Kinh tế số: [0-9,]+ · Hạng 1</title>");
    // the rank-1 province's tile is in the top group and says so
    var first = r.ranking("dti").get(0);
    assertThat(map).containsPattern("data-unit=\"" + first.unit().code() + "\"><rect class=\"q5\"[^>]*><title>"
        + Pattern.quote(first.unit().name()) + " · Chỉ số DTI cấp tỉnh: [0-9,]+ · Hạng 1</title>");
  }

  @Test
  void aSubsetOfProvinces_greyTilesForTheOthers_andNoMapForOtherUnits() {
    Dataset all = provinces(6, 0);
    Dataset.Builder b = Dataset.builder();
    for (org.opendti.Observation o : all.observations()) {
      if (o.unit().compareTo("20") < 0) {
        b.add(o);
      }
    }
    String map = mainMap(section(HtmlReport.builder(score(b.build())).build().render(), "map"));
    assertThat(count(map, "<rect class=\"q0\"")).isEqualTo(63 - 12);
    assertThat(map).contains("không có số liệu");
    String none = HtmlReport.builder(score(data(8, 1))).build().render();
    assertThat(none).doesNotContain("id=\"map\"").doesNotContain("href=\"#map\"");
  }

  @Test
  void aUnitTheMapCannotPlace_isNamedUnderTheMap() {
    Dataset all = provinces(6, 0);
    Dataset.Builder b = Dataset.builder();
    for (Unit u : all.units()) {
      b.addUnit(Unit.builder().code(u.code()).name(u.code().equals("01") ? EVIL : u.name()).build());
    }
    all.observations().forEach(b::add);
    String section = section(HtmlReport.builder(score(b.build())).build().render(), "map");
    String map = mainMap(section);
    assertThat(count(map, "<g class=\"tile\" data-unit=")).isEqualTo(62);
    assertThat(count(map, "<rect class=\"q0\"")).isEqualTo(1);
    assertThat(section).contains("<p class=\"note unplaced\">Không có trên bản đồ").contains("(1): &lt;script&gt;");
  }

  @Test
  void pillarAndMainIndicatorTables_oneRowPerUnit_withACharteach() {
    Results r = score(provinces(7, 0));
    String html = HtmlReport.builder(r).build().render();
    String pillars = section(html, "pillars");
    assertThat(count(pillars, "<tr data-unit=")).isEqualTo(63);
    assertThat(count(pillars, "<th class=\"num node\"")).isEqualTo(3);
    assertThat(count(pillars, "<figure class=\"node-chart\"")).isEqualTo(3);
    assertThat(pillars).contains("Chính quyền số").contains("Kinh tế số").contains("Xã hội số");
    String indicators = section(html, "indicators");
    // nine main indicators, of which smart city carries no points (Decision 922) and is not shown
    assertThat(count(indicators, "<tr data-unit=")).isEqualTo(63);
    assertThat(count(indicators, "<th class=\"num node\"")).isEqualTo(8);
    assertThat(indicators).doesNotContain("<th class=\"num node\" title=\"smart_city\"").contains("Nhận thức số")
        .contains("<p class=\"note unscored\">smart_city Đô thị thông minh: không có giá trị trong lần tính này");
    assertThat(count(indicators, "<details class=\"node-chart\"")).isEqualTo(8);
    assertThat(count(indicators, "<rect class=\"bar")).isEqualTo(8 * 63);
    // each cell: value and the unit's rank on that indicator
    var best = r.ranking("awareness").get(0);
    assertThat(indicators).containsPattern("<tr data-unit=\"" + best.unit().code() + "\">.*?<td class=\"num q5\">"
        + Pattern.quote(Language.VI.number(best.value(), 4)) + " <span class=\"r\">\\(1\\)</span>");
  }

  @Test
  void profiles_barsForPillarsAndScoredMainIndicators_labelledByName() {
    String profiles = section(HtmlReport.builder(score(provinces(4, 0))).language(Language.EN).build().render(),
        "profiles");
    String first = profiles.substring(profiles.indexOf("<svg class=\"chart chart-profile\""));
    first = first.substring(0, first.indexOf("</svg>"));
    assertThat(count(first, "<text class=\"label\"")).isEqualTo(3 + 8);
    assertThat(first).contains(">Digital government</text>").contains(">Digital society activity</text>")
        .doesNotContain("Smart city").doesNotContain(">gov Digital government<");
  }

  @Test
  void quintiles_splitIntoFifths_tiesTogether_missingIsZero() {
    double[] v = new double[20];
    for (int i = 0; i < v.length; i++) {
      v[i] = i;
    }
    int[] g = HtmlReport.quintiles(v);
    assertThat(g).containsExactly(1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5);
    assertThat(HtmlReport.quintiles(new double[] {0.5, 0.5, 0.5, Double.NaN})).containsExactly(5, 5, 5, 0);
    assertThat(HtmlReport.quintiles(new double[] {1, 2, 3, 3, 9})).containsExactly(1, 2, 4, 4, 5);
  }

  @Test
  void rankIntervalsAreWholeRanks() {
    Results now = score(data(40, 1));
    Uncertainty.Result mc = Uncertainty.builder().runs(200).seed(9).build().run(Frameworks.pdti2022(), data(40, 1));
    assertThat(mc.units()).anyMatch(s -> s.q95() != Math.rint(s.q95()) || s.q5() != Math.rint(s.q5()));
    String u = section(HtmlReport.builder(now).uncertainty(mc).build().render(), "uncertainty");
    assertThat(u).doesNotContainPattern("\\d–\\d+,\\d").containsPattern(">\\d+–\\d+<");
    String table = u.substring(u.indexOf("<table"));
    assertThat(table).doesNotContainPattern("<td class=\"num\">\\d+,\\d{2}</td><td class=\"num\">\\d+,\\d");
    for (Uncertainty.RankStats s : mc.units()) {
      long a = Math.round(s.q5());
      long b = Math.round(s.q95());
      assertThat(u).contains(">" + (a == b ? Long.toString(a) : a + "–" + b) + "</text>");
    }
    // the rank axis ticks at whole ranks
    assertThat(u).contains("class=\"tick\"").doesNotContainPattern("class=\"tick\"[^>]*>\\d+,\\d");
  }

  @Test
  void countsArePluralInEnglish() {
    assertThat(HtmlReport.builder(score(data(5, 1))).language(Language.EN).build().render()).contains(" · 5 units · ");
    assertThat(HtmlReport.builder(score(data(1, 1))).language(Language.EN).build().render()).contains(" · 1 unit · ");
    assertThat(HtmlReport.builder(score(data(5, 1))).build().render()).contains(" · 5 đơn vị · ");
    assertThat(Label.WARNING.count(Language.EN, 2)).isEqualTo("2 warnings");
    assertThat(Label.WARNING.count(Language.VI, 2)).isEqualTo("2 cảnh báo");
  }

  @Test
  void dataNotes_countWarningsByKind_andListTheFirstTwenty() {
    Results r = score(provinces(3, 25));
    assertThat(r.warnings()).hasSize(25);
    String notes = section(HtmlReport.builder(r).language(Language.EN).build().render(), "notes");
    assertThat(notes).contains("25 warnings.").contains("<div class=\"warnings\" data-kind=\"MISSING_VALUE\">")
        .contains("<h3>Missing values filled by the missing-value policy: 25</h3>").contains("and 5 more.");
    assertThat(count(notes.substring(notes.indexOf("<tbody>")), "<tr>")).isEqualTo(HtmlReport.LISTED);
    // the first warning names its province and its indicator in words
    assertThat(notes).contains("<tr><td>Hà Nội</td><td>awareness Digital awareness</td>");
    String vi = section(HtmlReport.builder(r).build().render(), "notes");
    assertThat(vi).contains("25 cảnh báo.").contains("Giá trị thiếu, được xử lý theo quy tắc thiếu dữ liệu: 25")
        .contains("và 5 mục khác.");
    String clean = section(HtmlReport.builder(score(provinces(3, 0))).build().render(), "notes");
    assertThat(clean).contains("không có cảnh báo nào").doesNotContain("<table");
  }

  @Test
  void theMethodInPlainWords_withItsDecision() {
    Results r = score(data(5, 1));
    String en = section(HtmlReport.builder(r).language(Language.EN).build().render(), "method");
    assertThat(en).contains("Decision 922/QĐ-BTTTT").contains("the points obtained divided by its maximum points")
        .contains("Provincial DTI = total points / 1000").contains("share a rank and the next rank is skipped")
        .contains("0 points");
    String vi = section(HtmlReport.builder(r).build().render(), "method");
    assertThat(vi).contains("Quyết định 922/QĐ-BTTTT").contains("đồng hạng").contains("tổng điểm / 1000");
    Results coinr = ScoringEngine.of(Method.coinr()).score(Frameworks.pdti2022(), data(5, 1));
    String other = section(HtmlReport.builder(coinr).language(Language.EN).build().render(), "method");
    assertThat(other).contains("min-max: the lowest unit gets 0, the highest 1").doesNotContain("total points / 1000")
        .contains(Method.coinr().describe());
    Method scaled = Method.builder().from(Method.coinr())
        .normaliser(org.opendti.method.Strategies.normaliser("min-max:1,100")).build();
    Results scaledResults = ScoringEngine.of(scaled).score(Frameworks.pdti2022(), data(5, 1));
    String scaledText = section(HtmlReport.builder(scaledResults).build().render(), "method");
    assertThat(scaledText).contains("đơn vị thấp nhất nhận 1, cao nhất nhận 100");
  }

  @Test
  void inputsAndRunStamp_shownWhenGiven_bytesFixedWhenTheStampIs() {
    Results r = score(data(10, 3));
    String sha = "0123456789abcdef".repeat(4);
    java.time.OffsetDateTime at = java.time.OffsetDateTime.parse("2026-11-29T10:15:30+07:00");
    byte[] a = HtmlReport.builder(r).input("dữ liệu <2023>.csv", sha.toUpperCase(java.util.Locale.ROOT))
        .generated("dti 0.1.0", at).build().toBytes();
    byte[] b = HtmlReport.builder(score(data(10, 3))).input("dữ liệu <2023>.csv", sha).generated("dti 0.1.0", at)
        .build().toBytes();
    assertThat(a).isEqualTo(b);
    String html = new String(a, java.nio.charset.StandardCharsets.UTF_8);
    assertThat(html).contains("dữ liệu &lt;2023&gt;.csv").contains("SHA-256 " + sha).contains("dti 0.1.0")
        .contains("2026-11-29 10:15:30 +07:00").contains("Decision 922/QĐ-BTTTT");
    String unstamped = HtmlReport.builder(r).build().render();
    assertThat(unstamped).doesNotContain("Thời điểm tạo").doesNotContain("Phần mềm").doesNotContain("SHA-256");
    assertThat(HtmlReport.builder(r).generated("dti 0.1.0", at.plusSeconds(1)).build().toBytes()).isNotEqualTo(a);
    assertThatThrownBy(() -> HtmlReport.builder(r).input("a.csv", "abc")).isInstanceOf(
        IllegalArgumentException.class).hasMessageContaining("'a.csv'").hasMessageContaining("64 hexadecimal")
        .hasMessageContaining("'abc'");
    assertThatThrownBy(() -> HtmlReport.builder(r).input(" ", sha)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("blank");
  }

  @Test
  void hostileNamesInUnitsCodesNodesAndFiles_areText() {
    String hostile = "<script>x</script> \"q\" 'a' & \u0007bell\u0000\u0085\u202e\u2067";
    Framework f = Framework.builder().id("h").version("1").nameVi(hostile).instrument(hostile)
        .addNodes(Node.builder().code("idx").nameVi(hostile).kind(NodeKind.INDEX).build(),
            Node.builder().code("p").nameVi(hostile).kind(NodeKind.PILLAR).addParent("idx").weight(1).build(),
            Node.builder().code("a").nameVi(hostile).kind(NodeKind.MAIN_INDICATOR).addParent("p").weight(1)
                .build())
        .build();
    Dataset d = Dataset.builder().addUnit(Unit.builder().code(hostile).name(hostile).build())
        .addUnit(Unit.builder().code("b").name("B").build()).put(hostile, "a", 0.5).put("b", "a", 0.7).build();
    Results r = ScoringEngine.of(Method.coinr()).score(f, d);
    String html = HtmlReport.builder(r).previous(r).input(hostile, "a".repeat(64)).title(hostile).build().render();
    assertThat(html).doesNotContain("<script").doesNotContain("\"q\"").doesNotContain("'a'")
        .doesNotContain("\u0007").doesNotContain("\u0000").doesNotContain("\u0085").doesNotContain("& ")
        .doesNotContain("\u202e").doesNotContain("\u2067");
    assertThat(count(html, Pattern.quote("&lt;script&gt;x&lt;/script&gt; &quot;q&quot; &#39;a&#39; &amp;")))
        .isGreaterThanOrEqualTo(10);
    assertThat(html).contains("data-unit=\"&lt;script&gt;");
  }

  @Test
  void printAndPhoneStyles() {
    String html = HtmlReport.builder(score(data(5, 1))).build().render();
    assertThat(html).contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .contains("@media print{").contains("break-after:avoid").contains("thead{display:table-header-group}")
        .contains(".scroll{overflow-x:auto");
    // every table sits in a scrolling wrapper
    assertThat(count(html, "<div class=\"scroll\"><table")).isEqualTo(count(html, "<table"));
  }
}
