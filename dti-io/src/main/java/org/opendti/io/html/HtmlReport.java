package org.opendti.io.html;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.opendti.Change;
import org.opendti.Comparison;
import org.opendti.Framework;
import org.opendti.Node;
import org.opendti.NodeKind;
import org.opendti.RankedUnit;
import org.opendti.Results;
import org.opendti.Unit;
import org.opendti.analysis.GroupStats;
import org.opendti.analysis.Panel;
import org.opendti.analysis.Scale;
import org.opendti.analysis.Uncertainty;
import org.opendti.io.OutputFiles;
import org.opendti.io.html.Language.Label;

/**
 * A self-contained HTML report of one period's results: the ranking table, a bar chart of the index, rank moves since
 * an earlier period, rank intervals from an uncertainty analysis, group statistics, and each unit's profile over the
 * pillars and main indicators (bars, with the median of all units marked). Charts are inline SVG; the file has no
 * scripts and no links to other files, so it opens offline. Every name is escaped (a unit named {@code <script>} is
 * shown as text). The same inputs give the same bytes (no timestamps).
 *
 * <pre>{@code
 * HtmlReport.builder(results2023).previous(results2022).uncertainty(mc).build().write(Path.of("report.html"));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class HtmlReport {
  private final Results results;
  private final Optional<Results> previous;
  private final Optional<Uncertainty.Result> uncertainty;
  private final Language lang;
  private final String title;
  private final List<String> notes;

  private HtmlReport(Builder b) {
    this.results = b.results;
    this.previous = Optional.ofNullable(b.previous);
    this.uncertainty = Optional.ofNullable(b.uncertainty);
    this.lang = b.language != null ? b.language : Language.forFramework(b.results.framework());
    this.title = b.title != null ? b.title : lang.label(Label.REPORT) + ": " + lang.name(b.results.framework());
    this.notes = ImmutableList.copyOf(b.notes);
  }

  /**
   * Starts a report of these results.
   *
   * @param results the results shown, not null
   * @return a builder, not null
   */
  public static Builder builder(Results results) {
    return new Builder(Objects.requireNonNull(results, "results"));
  }

  /**
   * The language of the labels: the builder's, or {@link Language#forFramework} of the results' framework.
   *
   * @return the language, not null
   */
  public Language language() {
    return lang;
  }

  /**
   * The report as UTF-8 bytes.
   *
   * @return the bytes, not null
   */
  public byte[] toBytes() {
    return render().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Writes the report atomically (a temporary file in the same folder, then a rename).
   *
   * @param file the target, not null
   * @throws IOException if it cannot be written
   */
  public void write(Path file) throws IOException {
    OutputFiles.write(file, toBytes());
  }

  /**
   * The report as one HTML document.
   *
   * @return the document, not null
   */
  public String render() {
    Framework f = results.framework();
    int decimals = results.method().decimals();
    Html h = new Html();
    h.raw("<!DOCTYPE html>\n<html lang=\"").raw(lang.code()).raw("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    h.el("title", "", title).raw("\n<style>").raw(STYLE).raw("</style>\n</head>\n<body>\n<header>");
    h.el("h1", "", title);
    String period = results.period().isEmpty() ? "" : " · " + lang.label(Label.PERIOD) + " " + results.period();
    h.el("p", "class=\"meta\"", f.id() + " " + f.version() + period + " · " + results.units().size() + " "
        + lang.label(Label.UNIT).toLowerCase(java.util.Locale.ROOT) + " · " + lang.label(Label.METHOD) + ": "
        + results.method().describe());
    for (String n : notes) {
      h.el("p", "class=\"note\"", n);
    }
    h.raw("</header>\n<nav>");
    List<String[]> sections = new ArrayList<>();
    sections.add(new String[] {"ranking", lang.label(Label.RANKING)});
    sections.add(new String[] {"chart", lang.label(Label.CHART)});
    previous.ifPresent(p -> sections.add(new String[] {"moves", lang.label(Label.MOVES)}));
    uncertainty.ifPresent(u -> sections.add(new String[] {"uncertainty", lang.label(Label.UNCERTAINTY)}));
    sections.add(new String[] {"groups", lang.label(Label.GROUPS)});
    sections.add(new String[] {"profiles", lang.label(Label.PROFILES)});
    for (String[] s : sections) {
      h.raw("<a href=\"#").raw(s[0]).raw("\">").text(s[1]).raw("</a> ");
    }
    h.raw("</nav>\n");
    String root = f.root().code();
    List<Node> pillars = pillars(results);
    ranking(h, root, pillars, decimals);
    chart(h, root, decimals);
    if (previous.isPresent()) {
      moves(h, root, decimals);
    }
    uncertainty.ifPresent(u -> uncertainty(h, u));
    groups(h, root, pillars, decimals);
    profiles(h, root, pillars, decimals);
    h.raw("</body>\n</html>\n");
    return h.toString();
  }

  /**
   * The nodes a ranking table shows beside the index: every computed node of kind {@link NodeKind#PILLAR} (in the
   * provincial DTI since Decision 922 the pillars are computed beside the index from shared main indicators, not
   * under it), or the index's children when the framework has no pillar.
   *
   * @param results the results, not null
   * @return the nodes, in framework order, not null
   */
  public static List<Node> pillars(Results results) {
    List<Node> pillars = results.nodes().stream().filter(n -> n.kind() == NodeKind.PILLAR).toList();
    return pillars.isEmpty() ? present(results, results.framework().children(results.framework().root().code()))
        : pillars;
  }

  private List<Node> present(List<Node> nodes) {
    return present(results, nodes);
  }

  private static List<Node> present(Results results, List<Node> nodes) {
    List<Node> out = new ArrayList<>();
    for (Node n : nodes) {
      if (results.nodes().stream().anyMatch(m -> m.code().equals(n.code()))) {
        out.add(n);
      }
    }
    return out;
  }

  private String nodeLabel(Node n) {
    return n.code() + " " + lang.name(n);
  }

  private void ranking(Html h, String root, List<Node> pillars, int decimals) {
    boolean points = results.framework().maxPoints(root).isPresent();
    Optional<Comparison> cmp = previous.map(p -> Comparison.between(p, results));
    h.raw("<section id=\"ranking\">");
    h.el("h2", "", lang.label(Label.RANKING));
    h.raw("<table class=\"ranking\"><thead><tr>");
    h.el("th", "class=\"num\"", lang.label(Label.RANK)).el("th", "", lang.label(Label.UNIT));
    h.el("th", "class=\"num\"", lang.name(results.framework().root()));
    if (points) {
      h.el("th", "class=\"num\"", lang.label(Label.POINTS));
    }
    for (Node p : pillars) {
      h.el("th", "class=\"num\" title=\"" + Html.esc(p.code()) + "\"", lang.name(p));
    }
    if (cmp.isPresent()) {
      h.el("th", "class=\"num\"", lang.label(Label.MOVE));
    }
    h.raw("</tr></thead>\n<tbody>\n");
    for (RankedUnit row : results.ranking(root)) {
      Unit u = row.unit();
      h.raw("<tr data-unit=\"").text(u.code()).raw("\">");
      h.el("td", "class=\"num rank\"", rank(row.rank())).el("td", "class=\"unit\"", u.name());
      h.el("td", "class=\"num value\"", lang.number(row.value(), decimals));
      if (points) {
        h.el("td", "class=\"num\"", lang.number(row.points(), 2));
      }
      for (Node p : pillars) {
        h.el("td", "class=\"num\"", lang.number(results.value(u.code(), p.code()), decimals));
      }
      cmp.ifPresent(c -> {
        Change ch = c.change(u.code(), root);
        h.el("td", "class=\"num move " + moveClass(ch.rankMove()) + "\"", move(ch.rankMove()));
      });
      h.raw("</tr>\n");
    }
    h.raw("</tbody></table></section>\n");
  }

  private static String moveClass(double m) {
    return Double.isNaN(m) ? "new" : m > 0 ? "up" : m < 0 ? "down" : "same";
  }

  private String move(double m) {
    if (Double.isNaN(m)) {
      return lang.label(Label.NEW);
    }
    return m > 0 ? "▲ " + rank(m) : m < 0 ? "▼ " + rank(-m) : "=";
  }

  /** A rank: whole ranks as integers; interpolated quantiles with up to two decimals, trailing zeros dropped. */
  private String rank(double r) {
    if (Double.isNaN(r)) {
      return "–";
    }
    if (r == Math.rint(r)) {
      return Long.toString((long) r);
    }
    String s = lang.number(r, 2);
    return s.endsWith("0") ? s.substring(0, s.length() - 1) : s;
  }

  private void chart(Html h, String root, int decimals) {
    List<Charts.Bar> bars = new ArrayList<>();
    double max = 0;
    double min = 0;
    for (RankedUnit row : results.ranking(root)) {
      bars.add(new Charts.Bar(rank(row.rank()) + ". " + row.unit().name(), row.value(),
          lang.number(row.value(), decimals), Double.NaN));
      if (Double.isFinite(row.value())) {
        max = Math.max(max, row.value());
        min = Math.min(min, row.value());
      }
    }
    h.raw("<section id=\"chart\">");
    h.el("h2", "", lang.label(Label.CHART) + ": " + lang.name(results.framework().root()));
    Charts.bars(h, lang, "chart chart-index", lang.name(results.framework().root()), bars,
        min < 0 ? -Charts.niceMax(-min) : 0, Charts.niceMax(max), "");
    h.raw("</section>\n");
  }

  private void moves(Html h, String root, int decimals) {
    Results before = previous.orElseThrow();
    Comparison c = Comparison.between(before, results);
    List<Change> changes = new ArrayList<>(c.changes(root));
    changes.sort((a, b) -> Double.compare(a.rankAfter(), b.rankAfter()));
    h.raw("<section id=\"moves\">");
    h.el("h2", "", lang.label(Label.MOVES) + (before.period().isEmpty() || results.period().isEmpty() ? ""
        : ": " + before.period() + " → " + results.period()));
    List<Charts.Bar> bars = new ArrayList<>();
    double extent = 1;
    for (Change ch : changes) {
      double m = ch.rankMove();
      bars.add(new Charts.Bar(ch.unit().name(), Double.isNaN(m) ? Double.NaN : m, move(m), Double.NaN));
      if (!Double.isNaN(m)) {
        extent = Math.max(extent, Math.abs(m));
      }
    }
    double axis = Charts.niceMax(extent);
    Charts.bars(h, lang, "chart chart-moves", lang.label(Label.MOVES), bars, -axis, axis, "");
    h.raw("<table class=\"moves\"><thead><tr>");
    h.el("th", "", lang.label(Label.UNIT)).el("th", "class=\"num\"", lang.label(Label.FROM))
        .el("th", "class=\"num\"", lang.label(Label.TO)).el("th", "class=\"num\"", lang.label(Label.CHANGE))
        .el("th", "class=\"num\"", lang.label(Label.RANK) + " " + lang.label(Label.FROM).toLowerCase(
            java.util.Locale.ROOT))
        .el("th", "class=\"num\"", lang.label(Label.RANK) + " " + lang.label(Label.TO).toLowerCase(
            java.util.Locale.ROOT))
        .el("th", "class=\"num\"", lang.label(Label.MOVE));
    h.raw("</tr></thead>\n<tbody>\n");
    for (Change ch : changes) {
      h.raw("<tr>").el("td", "", ch.unit().name()).el("td", "class=\"num\"", lang.number(ch.before(), decimals))
          .el("td", "class=\"num\"", lang.number(ch.after(), decimals))
          .el("td", "class=\"num\"", signed(ch.delta(), decimals))
          .el("td", "class=\"num\"", rank(ch.rankBefore())).el("td", "class=\"num\"", rank(ch.rankAfter()))
          .el("td", "class=\"num move " + moveClass(ch.rankMove()) + "\"", move(ch.rankMove())).raw("</tr>\n");
    }
    h.raw("</tbody></table></section>\n");
  }

  private String signed(double v, int decimals) {
    String s = lang.number(v, decimals);
    return v > 0 ? "+" + s : s;
  }

  private void uncertainty(Html h, Uncertainty.Result u) {
    List<Uncertainty.RankStats> rows = new ArrayList<>(u.units());
    rows.sort((a, b) -> Double.compare(a.nominal(), b.nominal()));
    h.raw("<section id=\"uncertainty\">");
    h.el("h2", "", lang.label(Label.UNCERTAINTY));
    h.el("p", "", lang.label(Label.RUNS) + ": " + u.runs() + " · " + lang.label(Label.NODE) + ": " + u.node()
        + " · " + lang.label(Label.Q5) + "–" + lang.label(Label.Q95) + ", ● " + lang.label(Label.NOMINAL) + ", | "
        + lang.label(Label.MEDIAN));
    List<Charts.Interval> intervals = new ArrayList<>();
    for (Uncertainty.RankStats s : rows) {
      intervals.add(new Charts.Interval(s.unit().name(), s.nominal(), s.median(), s.q5(), s.q95(),
          rank(s.q5()) + "–" + rank(s.q95())));
    }
    Charts.intervals(h, lang, "chart chart-uncertainty", lang.label(Label.UNCERTAINTY), intervals, rows.size());
    h.raw("<table class=\"uncertainty\"><thead><tr>");
    h.el("th", "", lang.label(Label.UNIT)).el("th", "class=\"num\"", lang.label(Label.NOMINAL))
        .el("th", "class=\"num\"", lang.label(Label.MEAN)).el("th", "class=\"num\"", lang.label(Label.MEDIAN))
        .el("th", "class=\"num\"", lang.label(Label.Q5)).el("th", "class=\"num\"", lang.label(Label.Q95));
    h.raw("</tr></thead>\n<tbody>\n");
    for (Uncertainty.RankStats s : rows) {
      h.raw("<tr>").el("td", "", s.unit().name()).el("td", "class=\"num\"", rank(s.nominal()))
          .el("td", "class=\"num\"", lang.number(s.mean(), 2)).el("td", "class=\"num\"", rank(s.median()))
          .el("td", "class=\"num\"", rank(s.q5())).el("td", "class=\"num\"", rank(s.q95())).raw("</tr>\n");
    }
    h.raw("</tbody></table></section>\n");
  }

  private void groups(Html h, String root, List<Node> pillars, int decimals) {
    Panel panel = Panel.of(List.of(results));
    List<Node> nodes = new ArrayList<>();
    nodes.add(results.framework().root());
    nodes.addAll(pillars);
    h.raw("<section id=\"groups\">");
    h.el("h2", "", lang.label(Label.GROUPS));
    h.raw("<table class=\"groups\"><thead><tr>");
    h.el("th", "", lang.label(Label.NODE)).el("th", "", lang.label(Label.GROUP));
    for (Label l : List.of(Label.COUNT, Label.MEAN, Label.MEDIAN, Label.MIN, Label.MAX, Label.SPREAD, Label.SD)) {
      h.el("th", "class=\"num\"", lang.label(l));
    }
    h.el("th", "", lang.label(Label.BEST)).el("th", "", lang.label(Label.WORST));
    h.raw("</tr></thead>\n<tbody>\n");
    for (Node n : nodes) {
      for (GroupStats s : panel.stats(results.period(), n.code(), Scale.VALUE)) {
        h.raw("<tr>").el("td", "", nodeLabel(n))
            .el("td", "", s.group().equals(Panel.ALL) ? lang.label(Label.ALL) : s.group())
            .el("td", "class=\"num\"", Integer.toString(s.count()))
            .el("td", "class=\"num\"", lang.number(s.mean(), decimals))
            .el("td", "class=\"num\"", lang.number(s.median(), decimals))
            .el("td", "class=\"num\"", lang.number(s.min(), decimals))
            .el("td", "class=\"num\"", lang.number(s.max(), decimals))
            .el("td", "class=\"num\"", lang.number(s.spread(), decimals))
            .el("td", "class=\"num\"", lang.number(s.standardDeviation(), decimals))
            .el("td", "", s.best().map(Unit::name).orElse("–"))
            .el("td", "", s.worst().map(Unit::name).orElse("–")).raw("</tr>\n");
      }
    }
    h.raw("</tbody></table></section>\n");
  }

  private void profiles(Html h, String root, List<Node> pillars, int decimals) {
    Map<String, Node> shown = new LinkedHashMap<>();
    for (Node p : pillars) {
      shown.put(p.code(), p);
    }
    for (Node p : pillars) {
      for (Node m : present(results.framework().children(p.code()))) {
        shown.putIfAbsent(m.code(), m);
      }
    }
    for (Node m : present(results.framework().children(root))) {
      shown.putIfAbsent(m.code(), m);
    }
    Map<String, Double> medians = new LinkedHashMap<>();
    double max = 0;
    double min = 0;
    for (Node n : shown.values()) {
      double[] v = results.values(n.code());
      medians.put(n.code(), median(v));
      for (double x : v) {
        if (Double.isFinite(x)) {
          max = Math.max(max, x);
          min = Math.min(min, x);
        }
      }
    }
    double hi = Charts.niceMax(max);
    double lo = min < 0 ? -Charts.niceMax(-min) : 0;
    h.raw("<section id=\"profiles\">");
    h.el("h2", "", lang.label(Label.PROFILES));
    h.el("p", "", "| = " + lang.label(Label.ALL_MEDIAN));
    for (RankedUnit row : results.ranking(root)) {
      Unit u = row.unit();
      h.raw("<details class=\"profile\" data-unit=\"").text(u.code()).raw("\"><summary>");
      h.text(rank(row.rank()) + ". " + u.name() + " — " + lang.number(row.value(), decimals)).raw("</summary>");
      List<Charts.Bar> bars = new ArrayList<>();
      for (Node n : shown.values()) {
        double v = results.value(u.code(), n.code());
        bars.add(new Charts.Bar(nodeLabel(n), v, lang.number(v, decimals), medians.get(n.code())));
      }
      Charts.bars(h, lang, "chart chart-profile", u.name(), bars, lo, hi, lang.label(Label.ALL_MEDIAN));
      h.raw("</details>\n");
    }
    h.raw("</section>\n");
  }

  private static double median(double[] values) {
    double[] v = java.util.Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
    if (v.length == 0) {
      return Double.NaN;
    }
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }

  private static final String STYLE = """
      body{font-family:system-ui,"Segoe UI",Roboto,Arial,sans-serif;margin:1.5rem auto;max-width:60rem;\
      padding:0 1rem;color:#1b1f24;line-height:1.4}
      h1{font-size:1.5rem;margin:0 0 .3rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #d0d7de}
      .meta,.note{color:#57606a;font-size:.9rem;margin:.2rem 0}.note{font-weight:600;color:#9a6700}
      nav a{margin-right:.8rem;font-size:.9rem}
      table{border-collapse:collapse;font-size:.85rem;margin:.5rem 0}th,td{padding:.2rem .5rem;\
      border-bottom:1px solid #eaeef2;text-align:left}th{background:#f6f8fa;position:sticky;top:0}
      .num{text-align:right;font-variant-numeric:tabular-nums}.up{color:#1a7f37}.down{color:#cf222e}\
      .new{color:#57606a}
      svg{display:block;max-width:100%;height:auto;font-size:11px}svg .label{text-anchor:end;fill:#1b1f24}
      svg .value{fill:#57606a}svg .tick{text-anchor:middle;fill:#57606a}svg .grid{stroke:#eaeef2}
      svg .bar{fill:#0969da}svg .bar.negative{fill:#cf222e}svg .marker{stroke:#1b1f24;stroke-width:2}
      svg .interval{stroke:#0969da;stroke-width:4}svg .median{stroke:#1b1f24;stroke-width:2}\
      svg .nominal{fill:#cf222e}
      details{margin:.3rem 0}summary{cursor:pointer}
      @media print{nav{display:none}details{break-inside:avoid}}
      """;

  /** Builds an {@link HtmlReport}; not thread-safe. */
  public static final class Builder {
    private final Results results;
    private Results previous;
    private Uncertainty.Result uncertainty;
    private Language language;
    private String title;
    private final List<String> notes = new ArrayList<>();

    private Builder(Results results) {
      this.results = results;
    }

    /**
     * Adds the rank moves since an earlier period, matched by unit code (a unit absent before is "new").
     *
     * @param earlier the earlier results of the same framework, not null
     * @return this builder
     */
    public Builder previous(Results earlier) {
      this.previous = Objects.requireNonNull(earlier, "earlier");
      return this;
    }

    /**
     * Adds the rank intervals of an uncertainty analysis.
     *
     * @param result the analysis result, not null
     * @return this builder
     */
    public Builder uncertainty(Uncertainty.Result result) {
      this.uncertainty = Objects.requireNonNull(result, "result");
      return this;
    }

    /**
     * Sets the language of labels (default: {@link Language#forFramework}).
     *
     * @param language the language, not null
     * @return this builder
     */
    public Builder language(Language language) {
      this.language = Objects.requireNonNull(language, "language");
      return this;
    }

    /**
     * Sets the title (default: "report: framework name" in the report's language).
     *
     * @param title the title, not null
     * @return this builder
     */
    public Builder title(String title) {
      this.title = Objects.requireNonNull(title, "title");
      return this;
    }

    /**
     * Adds a note shown under the title, for example that the data are synthetic.
     *
     * @param note the note, not null
     * @return this builder
     */
    public Builder note(String note) {
      notes.add(Objects.requireNonNull(note, "note"));
      return this;
    }

    /**
     * Builds the report.
     *
     * @return the report, not null
     */
    public HtmlReport build() {
      return new HtmlReport(this);
    }
  }
}
