package org.opendti.io.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.opendti.Dataset;
import org.opendti.Framework;
import org.opendti.Language;
import org.opendti.Measure;
import org.opendti.Node;
import org.opendti.NodeKind;
import org.opendti.Observation;
import org.opendti.StagedDataset;
import org.opendti.Unit;
import org.opendti.analysis.Appraisal;
import org.opendti.io.Label;
import org.opendti.method.Method;

/** The report's appraisal section, its figures computed by hand (issue 17). */
final class HtmlReportAppraisalTest {
  private static final String P = Dataset.SINGLE_PERIOD;
  /** A unit name with a script tag, a right-to-left override and an unclosed isolate. */
  private static final String HOSTILE = "<script>alert(1)</script>\u202eSở Gamma\u2066";

  /** 100 points: m1 (60) = c1 (30) + c2 (30); m2 (40) = c3 (40). */
  private static Framework framework(String version) {
    return Framework.builder().id("dept").version(version).nameVi("Bộ chỉ số sở").addNodes(
        Node.builder().code("dti").nameVi("DTI").kind(NodeKind.INDEX).maxPoints(100).build(),
        Node.builder().code("m1").nameVi("Chính quyền số").kind(NodeKind.MAIN_INDICATOR).addParent("dti")
            .maxPoints(60).build(),
        Node.builder().code("m2").nameVi("Nền tảng").kind(NodeKind.MAIN_INDICATOR).addParent("dti").maxPoints(40)
            .build(),
        Node.builder().code("c1").nameVi("Dịch vụ công").nameEn("Public services").kind(NodeKind.COMPONENT)
            .addParent("m1").maxPoints(30).build(),
        Node.builder().code("c2").nameVi("Kế hoạch").nameEn("Plan").kind(NodeKind.COMPONENT).addParent("m1")
            .maxPoints(30).build(),
        Node.builder().code("c3").nameVi("Báo cáo").nameEn("Reports").kind(NodeKind.COMPONENT).addParent("m2")
            .maxPoints(40).build())
        .build();
  }

  private static Observation obs(String unit, String indicator, double v, String evidence) {
    return Observation.builder().unit(unit).indicator(indicator).period(P).measure(Measure.ofValue(v))
        .evidence(evidence).build();
  }

  private static Observation obs(String unit, String indicator, double v, String evidence, String note) {
    return Observation.builder().unit(unit).indicator(indicator).period(P).measure(Measure.ofValue(v))
        .evidence(evidence).note(note).build();
  }

  private static Dataset.Builder units() {
    return Dataset.builder().addUnit(Unit.builder().code("A").name("Sở Alpha").build())
        .addUnit(Unit.builder().code("B").name("Sở Beta").build())
        .addUnit(Unit.builder().code("C").name(HOSTILE).build());
  }

  /**
   * A: self 30 + 30 + 40 = 100, appraised c2 15 and c3 10, so 55: lost 45 (c3 -30, c2 -15). B: self 15 + 15 + 20 =
   * 50, appraised c1 30, so 65: gained 15 (c1 +15). C: self 30 + 15 + 40 = 85, appraised c3 20, so 65: lost 20
   * (c3 -20).
   */
  private static Appraisal appraisal(String version) {
    Dataset self = units()
        .add(obs("A", "c1", 1.0, "QĐ 1")).add(obs("A", "c2", 1.0, "KH 2")).add(obs("A", "c3", 1.0, "BC 3", "đã nộp"))
        .add(obs("B", "c1", 0.5, "x")).add(obs("B", "c2", 0.5, "y")).add(obs("B", "c3", 0.5, "z"))
        .add(obs("C", "c1", 1.0, "")).add(obs("C", "c2", 0.5, "")).add(obs("C", "c3", 1.0, "<b>BC</b>"))
        .build();
    Dataset appraised = units()
        .add(obs("A", "c2", 0.5, "no plan signed")).add(obs("A", "c3", 0.25, "report late", "nộp chậm 10 ngày"))
        .add(obs("B", "c1", 1.0, "evidence found"))
        .add(obs("C", "c3", 0.5, "thiếu \u202ebiên bản", "<i>x</i>"))
        .build();
    return Appraisal.of(framework(version), StagedDataset.of(self, appraised), Method.official(), P);
  }

  private static String render(Language lang) {
    Appraisal a = appraisal("1");
    return HtmlReport.builder(a.appraised()).appraisal(a).language(lang).build().render();
  }

  private static String between(String text, String start, String end) {
    int s = text.indexOf(start);
    assertThat(s).as(start).isNotNegative();
    return text.substring(s, text.indexOf(end, s) + end.length());
  }

  private static List<String> all(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    List<String> out = new ArrayList<>();
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  private static String figure(String html, String name) {
    Matcher m = Pattern.compile("<li data-figure=\"" + name + "\">[^<]*<b>([^<]*)</b></li>").matcher(html);
    assertThat(m.find()).as(name).isTrue();
    return m.group(1);
  }

  @Test
  void summary_figuresByHand() {
    String html = render(Language.VI);
    assertThat(html).contains("<section id=\"appraisal\"><h2>Thẩm định</h2>").contains("href=\"#appraisal\"");
    assertThat(figure(html, "units")).isEqualTo("3");
    // 3 units × 3 components, all with both stages
    assertThat(figure(html, "compared")).isEqualTo("9");
    // A c2 and c3, C c3 lowered; B c1 raised
    assertThat(figure(html, "changed")).isEqualTo("4 (giảm 3, tăng 1)");
    // 15 + 30 + 20 lost, 15 gained, and the index: -45 + 15 - 20
    assertThat(figure(html, "lost")).isEqualTo("65,00");
    assertThat(figure(html, "gained")).isEqualTo("15,00");
    assertThat(figure(html, "net")).isEqualTo("-50,00");
    assertThat(html).doesNotContain("data-figure=\"not-self-assessed\"");
  }

  @Test
  void unitTable_mostLostFirst_withTheComponentsThatLostMost() {
    String table = between(render(Language.VI), "<table class=\"appraisal-units\">", "</table>");
    assertThat(all(table, "<tr data-unit=\"([^\"]*)\"")).containsExactly("A", "C", "B");
    assertThat(all(table, "<td class=\"num lost[^\"]*\">([^<]*)</td>")).containsExactly("45,00", "20,00", "-15,00");
    String a = between(table, "<tr data-unit=\"A\">", "</tr>");
    assertThat(a).contains("<td class=\"unit\">Sở Alpha</td><td class=\"num\">100,00</td>"
        + "<td class=\"num\">55,00</td>")
        .contains("<span data-node=\"c3\">c3 Báo cáo -30,00</span><span data-node=\"c2\">c2 Kế hoạch -15,00</span>");
    assertThat(between(table, "<tr data-unit=\"C\">", "</tr>")).contains(">85,00<").contains(">65,00<")
        .contains("<span data-node=\"c3\">c3 Báo cáo -20,00</span></td>");
    // B gained points: nothing lost, no component named
    assertThat(between(table, "<tr data-unit=\"B\">", "</tr>")).contains("<td class=\"most-lost\"></td>");
  }

  @Test
  void componentTable_whereUnitsLostMost() {
    String html = render(Language.VI);
    String table = between(html, "<table class=\"appraisal-components\">", "</table>");
    // c3: A -30 and C -20; c2: A -15; c1 only gained (B), so it is not listed
    assertThat(all(table, "<tr data-node=\"([^\"]*)\"")).containsExactly("c3", "c2");
    assertThat(table).contains("<td class=\"component\">c3 Báo cáo</td><td class=\"num\">2</td>"
        + "<td class=\"num\">50,00</td>")
        .contains("<td class=\"component\">c2 Kế hoạch</td><td class=\"num\">1</td><td class=\"num\">15,00</td>");
  }

  @Test
  void chart_oneBarPerUnit_lossesLeftOfZero() {
    String chart = between(render(Language.VI), "<svg class=\"chart chart-appraisal\"", "</svg>");
    assertThat(all(chart, "<rect class=\"(bar[^\"]*)\"")).containsExactly("bar negative", "bar negative", "bar");
    assertThat(all(chart, "<text class=\"value\"[^>]*>([^<]*)<")).containsExactly("-45,00", "-20,00", "+15,00");
    // the axis runs from -50 (the loss of 45 rounded out) to 20 (the gain of 15 rounded out)
    assertThat(all(chart, "<text class=\"tick\"[^>]*>([^<]*)<")).containsExactly("-50", "-32,5", "-15", "2,5",
        "20");
  }

  @Test
  void changesByUnit_withBothStagesEvidenceAndNotes() {
    String html = render(Language.VI);
    List<String> details = all(html, "<details class=\"appraisal-unit\" data-unit=\"([^\"]*)\"");
    assertThat(details).containsExactly("A", "C", "B");
    String a = between(html, "<details class=\"appraisal-unit\" data-unit=\"A\">", "</details>");
    assertThat(a).contains("<summary>Sở Alpha — bị trừ 45,00</summary>");
    assertThat(all(a, "<tr data-node=\"([^\"]*)\"")).containsExactly("c3", "c2");
    assertThat(a).contains("<td class=\"component\">c3 Báo cáo</td><td class=\"num\">40,00</td>"
        + "<td class=\"num\">10,00</td><td class=\"num down\">-30,00</td><td class=\"evidence\">"
        + "<span class=\"ref\">BC 3</span><span class=\"remark\">Ghi chú: đã nộp</span></td>"
        + "<td class=\"evidence\"><span class=\"ref\">report late</span>"
        + "<span class=\"remark\">Ghi chú: nộp chậm 10 ngày</span></td>");
    // a stage without a note shows its evidence alone
    assertThat(a).contains("<td class=\"evidence\"><span class=\"ref\">KH 2</span></td>"
        + "<td class=\"evidence\"><span class=\"ref\">no plan signed</span></td>");
    String b = between(html, "<details class=\"appraisal-unit\" data-unit=\"B\">", "</details>");
    assertThat(b).contains("<td class=\"num up\">+15,00</td><td class=\"evidence\"><span class=\"ref\">x</span></td>"
        + "<td class=\"evidence\"><span class=\"ref\">evidence found</span></td>");
    String c = between(html, "<details class=\"appraisal-unit\" data-unit=\"C\">", "</details>");
    assertThat(c).contains("<td class=\"evidence\"><span class=\"ref\">&lt;b&gt;BC&lt;/b&gt;</span></td>"
        + "<td class=\"evidence\"><span class=\"ref\">thiếu \uFFFDbiên bản</span>"
        + "<span class=\"remark\">Ghi chú: &lt;i&gt;x&lt;/i&gt;</span></td>");
  }

  @Test
  void hostileUnitName_isTextWithoutBidiControls() {
    String html = render(Language.VI);
    assertThat(html).doesNotContain("<script").doesNotContain("<b>BC").doesNotContain("<i>").doesNotContain("\u202e")
        .doesNotContain("\u2066");
    String shown = "&lt;script&gt;alert(1)&lt;/script&gt;\uFFFDSở Gamma\uFFFD";
    String section = between(html, "<section id=\"appraisal\">", "</section>");
    // the unit table, the chart's label and tooltip, and the changes' summary
    assertThat(section.split(Pattern.quote(shown), -1).length - 1).isEqualTo(4);
    // every table sits in a scrolling wrapper, as in the rest of the report
    assertThat(section.split("<div class=\"scroll\"><table", -1).length)
        .isEqualTo(section.split("<table", -1).length).isEqualTo(1 + 1 + 1 + 3);
  }

  @Test
  void english_wordsAndDecimalPoint() {
    String html = render(Language.EN);
    assertThat(html).contains("<section id=\"appraisal\"><h2>Appraisal</h2>")
        .contains(Html.esc(Label.APPRAISAL_INTRO.in(Language.EN)))
        .doesNotContain(Html.esc(Label.APPRAISAL_INTRO.in(Language.VI)))
        .contains("<th>Components that lost most (difference)</th>");
    assertThat(html).contains("<li data-figure=\"units\">Units: <b>3</b></li>");
    assertThat(figure(html, "changed")).isEqualTo("4 (lowered 3, raised 1)");
    assertThat(figure(html, "lost")).isEqualTo("65.00");
    assertThat(figure(html, "net")).isEqualTo("-50.00");
    String table = between(html, "<table class=\"appraisal-units\">", "</table>");
    assertThat(table).contains("<span data-node=\"c3\">c3 Reports -30.00</span>");
    assertThat(html).contains("<summary>Sở Alpha — lost 45.00</summary>")
        .contains("<span class=\"remark\">Note: nộp chậm 10 ngày</span>")
        .contains("<th>Self-assessment evidence and note</th><th>Appraisal evidence and note</th>");
  }

  @Test
  void withoutAnAppraisal_noSection_andTheRankingIsTheResultsGiven() {
    Appraisal a = appraisal("1");
    String plain = HtmlReport.builder(a.appraised()).build().render();
    assertThat(plain).doesNotContain("id=\"appraisal\"").doesNotContain("#appraisal")
        .doesNotContain(Html.esc(Label.APPRAISAL_INTRO.in(Language.VI))).doesNotContain("class=\"appraisal-");
    String with = HtmlReport.builder(a.appraised()).appraisal(a).build().render();
    String ranking = between(plain, "<section id=\"ranking\">", "</section>");
    assertThat(between(with, "<section id=\"ranking\">", "</section>")).isEqualTo(ranking);
    // the appraised points rank: B and C 65, A 55
    assertThat(all(ranking, "<tr data-unit=\"([^\"]*)\"")).last().isEqualTo("A");
  }

  @Test
  void aUnitMissingFromTheSelfAssessment_isCountedApart_andListedLast() {
    Dataset self = Dataset.builder().add(obs("A", "c1", 1.0, "")).add(obs("A", "c2", 1.0, ""))
        .add(obs("A", "c3", 1.0, "")).add(obs("B", "c1", 1.0, "")).add(obs("B", "c2", 1.0, ""))
        .add(obs("B", "c3", 1.0, "")).build();
    // the council scored D, which did not assess itself; A lost 10 on c1, B is unchanged
    Dataset appraised = Dataset.builder().add(obs("A", "c1", 2.0 / 3, "")).add(obs("D", "c1", 1.0, ""))
        .add(obs("D", "c2", 1.0, "")).add(obs("D", "c3", 1.0, "")).build();
    Appraisal a = Appraisal.of(framework("1"), StagedDataset.of(self, appraised), Method.official(), P);
    String html = HtmlReport.builder(a.appraised()).appraisal(a).build().render();
    assertThat(figure(html, "units")).isEqualTo("3");
    assertThat(figure(html, "not-self-assessed")).isEqualTo("1");
    // A and B: 6 pairs; D has none to compare
    assertThat(figure(html, "compared")).isEqualTo("6");
    assertThat(figure(html, "changed")).isEqualTo("1 (giảm 1, tăng 0)");
    assertThat(figure(html, "lost")).isEqualTo("10,00");
    assertThat(figure(html, "net")).isEqualTo("-10,00");
    String table = between(html, "<table class=\"appraisal-units\">", "</table>");
    assertThat(all(table, "<tr data-unit=\"([^\"]*)\"")).containsExactly("A", "B", "D");
    assertThat(all(table, "<td class=\"num lost[^\"]*\">([^<]*)</td>")).containsExactly("10,00", "0,00", "–");
    // only A changed; D's bar is left out of the chart, its row says "–"
    assertThat(all(html, "<details class=\"appraisal-unit\" data-unit=\"([^\"]*)\"")).containsExactly("A");
    String chart = between(html, "<svg class=\"chart chart-appraisal\"", "</svg>");
    assertThat(all(chart, "<text class=\"value\"[^>]*>([^<]*)<")).containsExactly("-10,00", "0,00", "–");
    assertThat(all(chart, "<rect class=\"(bar[^\"]*)\"")).containsExactly("bar negative", "bar");
  }

  @Test
  void anAppraisalOfAnotherFrameworkOrPeriod_isRefused() {
    Appraisal a = appraisal("1");
    Appraisal other = appraisal("2");
    assertThatIllegalArgumentException().isThrownBy(() -> HtmlReport.builder(a.appraised()).appraisal(other))
        .withMessageContaining("framework 'dept' version '2'").withMessageContaining("framework 'dept' version '1'");
  }
}
