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
import org.opendti.Node;
import org.opendti.NodeKind;
import org.opendti.Results;
import org.opendti.ScoringEngine;
import org.opendti.Unit;
import org.opendti.analysis.Uncertainty;
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
    Uncertainty.Result mc = Uncertainty.builder(Frameworks.pdti2022(), data(20, 1)).runs(50).seed(3).build().run();
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
  void languageDefaultsAndParsing() {
    assertThat(Language.forFramework(Frameworks.pdti2022())).isEqualTo(Language.VI);
    Framework english = Framework.builder().id("x").version("1").nameVi("Index")
        .addNodes(Node.builder().code("idx").nameVi("Index").kind(NodeKind.INDEX).build(),
            Node.builder().code("a").nameVi("Alpha").kind(NodeKind.COMPONENT).addParent("idx").weight(1).build())
        .build();
    assertThat(Language.forFramework(english)).isEqualTo(Language.EN);
    assertThat(Language.of(" VI ")).isEqualTo(Language.VI);
    assertThat(Language.of("en")).isEqualTo(Language.EN);
    assertThatThrownBy(() -> Language.of("fr")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'fr'").hasMessageContaining("vi or en");
    assertThat(Language.VI.number(0.80015, 4)).isEqualTo("0,8002");
    assertThat(Language.EN.number(Double.NaN, 4)).isEqualTo("–");
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
}
