package org.opendti.io.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opendti.Framework;
import org.opendti.Language;
import org.opendti.Node;
import org.opendti.NodeKind;
import org.opendti.analysis.Appraisal;
import org.opendti.io.Label;

/**
 * The report's appraisal section (issue 17): what the appraisal council changed in a round, read from an
 * {@link Appraisal}. A summary, the units by points lost with the components that lost most
 * ({@link Appraisal.UnitSummary#mostLost()}), a bar chart of the change by unit, the components where points were lost
 * across units, and each unit's changed components with both stages' evidence and notes.
 *
 * <p>A component is a node of kind {@link NodeKind#COMPONENT}, as in {@link Appraisal}; a difference counts as a loss
 * when it is below zero and as a gain when it is above, the same rule as {@link Appraisal.UnitSummary#mostLost()}. A
 * difference that is not a number (a unit missing from the self-assessment) is neither, and such units are counted
 * apart.
 */
final class AppraisalSection {
  private final Appraisal appraisal;
  private final Language lang;
  private final int decimals;

  AppraisalSection(Appraisal appraisal, Language lang) {
    this.appraisal = appraisal;
    this.lang = lang;
    Framework f = appraisal.appraised().framework();
    // points with two decimals, as the ranking shows them; values (a framework without points) as the method rounds
    this.decimals = f.maxPoints(f.root().code()).isPresent() ? 2 : appraisal.appraised().method().decimals();
  }

  /**
   * The summary's figures.
   *
   * @param units the units compared
   * @param compared the unit and component pairs with a difference
   * @param lowered the pairs whose points the appraisal lowered
   * @param raised the pairs whose points the appraisal raised
   * @param lost the points lost over the lowered pairs, positive
   * @param gained the points gained over the raised pairs, positive
   * @param net the index's difference summed over the units that have one
   * @param notSelfAssessed the units without self-assessed points for the index
   */
  record Summary(int units, int compared, int lowered, int raised, double lost, double gained, double net,
      int notSelfAssessed) {}

  Summary summary() {
    int compared = 0;
    int lowered = 0;
    int raised = 0;
    double lost = 0;
    double gained = 0;
    for (Appraisal.Row r : appraisal.rows()) {
      if (r.node().kind() != NodeKind.COMPONENT || Double.isNaN(r.difference())) {
        continue;
      }
      compared++;
      if (r.difference() < 0) {
        lowered++;
        lost -= r.difference();
      } else if (r.difference() > 0) {
        raised++;
        gained += r.difference();
      }
    }
    double net = 0;
    int missing = 0;
    for (Appraisal.UnitSummary u : appraisal.byUnit()) {
      if (Double.isNaN(u.lost())) {
        missing++;
      } else {
        net -= u.lost();
      }
    }
    return new Summary(appraisal.byUnit().size(), compared, lowered, raised, lost, gained, net, missing);
  }

  /** The units by points lost, most first (a unit that gained points comes after those that lost none), NaN last. */
  List<Appraisal.UnitSummary> unitsByLoss() {
    List<Appraisal.UnitSummary> units = new ArrayList<>(appraisal.byUnit());
    // a stable sort: equal losses keep the appraisal's unit order
    units.sort(Comparator.comparing((Appraisal.UnitSummary u) -> Double.isNaN(u.lost()))
        .thenComparing(u -> -u.lost()));
    return units;
  }

  /**
   * A component that lost points in some unit.
   *
   * @param node the component
   * @param units the units that lost points on it
   * @param lost the points lost, summed over those units, positive
   */
  record ComponentLoss(Node node, int units, double lost) {}

  /** The components that lost points, most points first, then most units, then framework order. */
  List<ComponentLoss> componentsByLoss() {
    Map<String, double[]> sums = new LinkedHashMap<>();
    Map<String, Node> nodes = new LinkedHashMap<>();
    for (Node n : appraisal.appraised().nodes()) {
      if (n.kind() == NodeKind.COMPONENT) {
        sums.put(n.code(), new double[2]);
        nodes.put(n.code(), n);
      }
    }
    for (Appraisal.Row r : appraisal.rows()) {
      double[] s = sums.get(r.node().code());
      if (s != null && r.difference() < 0) {
        s[0]++;
        s[1] -= r.difference();
      }
    }
    List<ComponentLoss> out = new ArrayList<>();
    sums.forEach((code, s) -> {
      if (s[0] > 0) {
        out.add(new ComponentLoss(nodes.get(code), (int) s[0], s[1]));
      }
    });
    out.sort(Comparator.comparing((ComponentLoss c) -> -c.lost()).thenComparing(c -> -c.units()));
    return out;
  }

  /**
   * Each unit's components whose points changed, by unit code: most lost first, then those raised; ties in framework
   * order.
   */
  private Map<String, List<Appraisal.Row>> changedByUnit() {
    Map<String, List<Appraisal.Row>> out = new LinkedHashMap<>();
    for (Appraisal.Row r : appraisal.rows()) {
      if (r.node().kind() == NodeKind.COMPONENT && (r.difference() < 0 || r.difference() > 0)) {
        out.computeIfAbsent(r.unit().code(), k -> new ArrayList<>()).add(r);
      }
    }
    out.values().forEach(rows -> rows.sort(Comparator.comparingDouble(Appraisal.Row::difference)));
    return out;
  }

  private String number(double v) {
    return lang.number(v, decimals);
  }

  private String count(long n) {
    return lang.number(n, 0);
  }

  /** A difference with its sign: "+15,00", "-30,00", "0,00". */
  private String signed(double v) {
    return HtmlReport.signed(lang, v, decimals);
  }

  void render(Html h) {
    Summary s = summary();
    List<Appraisal.UnitSummary> units = unitsByLoss();
    h.raw("<section id=\"appraisal\">");
    h.el("h2", "", Label.APPRAISAL.in(lang));
    h.el("p", "", Label.APPRAISAL_INTRO.in(lang));
    h.raw("<ul class=\"appraisal-summary\">");
    figure(h, "units", Label.UNITS.in(lang), count(s.units()));
    figure(h, "compared", Label.COMPONENTS_COMPARED.in(lang), count(s.compared()));
    figure(h, "changed", Label.COMPONENTS_CHANGED.in(lang), count(s.lowered() + s.raised()) + " ("
        + Label.LOWERED.in(lang) + " " + count(s.lowered()) + ", " + Label.RAISED.in(lang) + " " + count(s.raised())
        + ")");
    figure(h, "lost", Label.TOTAL_LOST.in(lang), number(s.lost()));
    figure(h, "gained", Label.TOTAL_GAINED.in(lang), number(s.gained()));
    figure(h, "net", Label.NET_CHANGE.in(lang), signed(s.net()));
    if (s.notSelfAssessed() > 0) {
      figure(h, "not-self-assessed", Label.NOT_SELF_ASSESSED.in(lang), count(s.notSelfAssessed()));
    }
    h.raw("</ul>\n");
    unitTable(h, units);
    chart(h, units);
    componentTable(h);
    changes(h, units);
    h.raw("</section>\n");
  }

  private static void figure(Html h, String name, String label, String value) {
    h.raw("<li data-figure=\"").raw(name).raw("\">").text(label + ": ").raw("<b>").text(value).raw("</b></li>");
  }

  private void unitTable(Html h, List<Appraisal.UnitSummary> units) {
    h.el("h3", "", Label.BY_UNIT.in(lang));
    h.raw("<div class=\"scroll\"><table class=\"appraisal-units\"><thead><tr>");
    h.el("th", "", Label.UNIT.in(lang)).el("th", "class=\"num\"", Label.SELF_ASSESSED.in(lang))
        .el("th", "class=\"num\"", Label.APPRAISED.in(lang)).el("th", "class=\"num\"", Label.LOST.in(lang))
        .el("th", "", Label.MOST_LOST.in(lang) + " (" + Label.DIFFERENCE.in(lang).toLowerCase(lang.locale()) + ")");
    h.raw("</tr></thead>\n<tbody>\n");
    for (Appraisal.UnitSummary u : units) {
      h.raw("<tr data-unit=\"").text(u.unit().code()).raw("\">");
      h.el("td", "class=\"unit\"", u.unit().name()).el("td", "class=\"num\"", number(u.selfPoints()))
          .el("td", "class=\"num\"", number(u.appraisedPoints()))
          .el("td", "class=\"num lost" + (u.lost() > 0 ? " down" : u.lost() < 0 ? " up" : "") + "\"",
              number(u.lost()));
      h.raw("<td class=\"most-lost\">");
      for (Appraisal.Row r : u.mostLost()) {
        // one line each (the style makes the spans blocks)
        h.raw("<span data-node=\"").text(r.node().code()).raw("\">")
            .text(HtmlReport.nodeLabel(lang, r.node()) + " " + signed(r.difference())).raw("</span>");
      }
      h.raw("</td></tr>\n");
    }
    h.raw("</tbody></table></div>\n");
  }

  /** The change of the index by unit, in the table's order: losses drawn left of zero in red, gains right. */
  private void chart(Html h, List<Appraisal.UnitSummary> units) {
    List<Charts.Bar> bars = new ArrayList<>();
    double lowest = 0;
    double highest = 0;
    for (Appraisal.UnitSummary u : units) {
      double change = -u.lost();
      bars.add(new Charts.Bar(u.unit().name(), change, signed(change), Double.NaN));
      if (Double.isFinite(change)) {
        lowest = Math.min(lowest, change);
        highest = Math.max(highest, change);
      }
    }
    double lo = lowest < 0 ? -Charts.niceMax(-lowest) : 0;
    double hi = highest > 0 ? Charts.niceMax(highest) : lo == 0 ? 1 : 0;
    String caption = Label.APPRAISAL_CHART.in(lang);
    h.raw("<figure class=\"appraisal-chart\">");
    h.el("h3", "", caption);
    Charts.bars(h, lang, "chart chart-appraisal", caption, bars, lo, hi, "");
    h.raw("</figure>\n");
  }

  private void componentTable(Html h) {
    List<ComponentLoss> losses = componentsByLoss();
    h.el("h3", "", Label.BY_COMPONENT.in(lang));
    if (losses.isEmpty()) {
      h.el("p", "class=\"no-loss\"", Label.NO_LOSS.in(lang));
      return;
    }
    h.raw("<div class=\"scroll\"><table class=\"appraisal-components\"><thead><tr>");
    h.el("th", "", Label.COMPONENT.in(lang)).el("th", "class=\"num\"", Label.UNITS_LOSING.in(lang))
        .el("th", "class=\"num\"", Label.TOTAL_LOST.in(lang));
    h.raw("</tr></thead>\n<tbody>\n");
    for (ComponentLoss c : losses) {
      h.raw("<tr data-node=\"").text(c.node().code()).raw("\">");
      h.el("td", "class=\"component\"", HtmlReport.nodeLabel(lang, c.node()))
          .el("td", "class=\"num\"", count(c.units())).el("td", "class=\"num\"", number(c.lost()));
      h.raw("</tr>\n");
    }
    h.raw("</tbody></table></div>\n");
  }

  /** A stage's evidence and note in one cell, each on its own line; the note marked as one. */
  private void evidence(Html h, String evidence, String note) {
    h.raw("<td class=\"evidence\">");
    if (!evidence.isEmpty()) {
      h.el("span", "class=\"ref\"", evidence);
    }
    if (!note.isEmpty()) {
      h.el("span", "class=\"remark\"", Label.NOTE.in(lang) + ": " + note);
    }
    h.raw("</td>");
  }

  /** Per unit with a change, in the table's order, its changed components with both stages' evidence and notes. */
  private void changes(Html h, List<Appraisal.UnitSummary> units) {
    h.el("h3", "", Label.CHANGES_BY_UNIT.in(lang));
    Map<String, List<Appraisal.Row>> changed = changedByUnit();
    for (Appraisal.UnitSummary u : units) {
      List<Appraisal.Row> rows = changed.getOrDefault(u.unit().code(), List.of());
      if (rows.isEmpty()) {
        continue;
      }
      h.raw("<details class=\"appraisal-unit\" data-unit=\"").text(u.unit().code()).raw("\"><summary>")
          .text(u.unit().name() + " — " + Label.LOST.in(lang).toLowerCase(lang.locale()) + " " + number(u.lost()))
          .raw("</summary>");
      h.raw("<div class=\"scroll\"><table class=\"appraisal-changes\"><thead><tr>");
      h.el("th", "", Label.COMPONENT.in(lang)).el("th", "class=\"num\"", Label.SELF_ASSESSED.in(lang))
          .el("th", "class=\"num\"", Label.APPRAISED.in(lang)).el("th", "class=\"num\"", Label.DIFFERENCE.in(lang))
          .el("th", "", Label.SELF_EVIDENCE.in(lang)).el("th", "", Label.APPRAISED_EVIDENCE.in(lang));
      h.raw("</tr></thead>\n<tbody>\n");
      for (Appraisal.Row r : rows) {
        h.raw("<tr data-node=\"").text(r.node().code()).raw("\">");
        h.el("td", "class=\"component\"", HtmlReport.nodeLabel(lang, r.node()))
            .el("td", "class=\"num\"", number(r.selfPoints())).el("td", "class=\"num\"", number(r.appraisedPoints()))
            .el("td", "class=\"num " + (r.difference() < 0 ? "down" : "up") + "\"", signed(r.difference()));
        evidence(h, r.selfEvidence(), r.selfNote());
        evidence(h, r.appraisedEvidence(), r.appraisedNote());
        h.raw("</tr>\n");
      }
      h.raw("</tbody></table></div></details>\n");
    }
  }
}
