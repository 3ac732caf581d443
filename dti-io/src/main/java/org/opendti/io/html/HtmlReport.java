package org.opendti.io.html;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.opendti.Framework;
import org.opendti.Language;
import org.opendti.Node;
import org.opendti.NodeKind;
import org.opendti.Unit;
import org.opendti.analysis.Appraisal;
import org.opendti.analysis.GroupStats;
import org.opendti.analysis.Panel;
import org.opendti.analysis.Scale;
import org.opendti.analysis.Uncertainty;
import org.opendti.engine.Change;
import org.opendti.engine.Comparison;
import org.opendti.engine.RankedUnit;
import org.opendti.engine.Results;
import org.opendti.engine.Warning;
import org.opendti.io.Label;
import org.opendti.io.OutputFiles;

/**
 * A self-contained HTML report of one period's results, for the people who read DTI rankings: the ranking table,
 * a tile map of the provinces coloured by the index (63 before the merger of 1 July 2025 or 34 after it; units that
 * are not provinces get no map), a bar chart of the index, one chart and one table per pillar, a table of every main
 * indicator, what appraisal changed in an assessment round ({@link Builder#appraisal}), rank moves since an earlier
 * period, rank intervals from an uncertainty analysis, group statistics, each unit's profile over the pillars and
 * main indicators, data notes (the run's {@link Results#warnings() warnings} counted by kind) and the method in plain
 * words with the instrument it follows ({@link Framework#instrument()}).
 *
 * <p>Charts and the map are inline SVG; the file has no scripts and no links to other files, so it opens offline,
 * prints (a print stylesheet keeps headings with their content) and reads on a phone (wide tables scroll sideways).
 * Every name is escaped (a unit named {@code <script>} is shown as text, and bidirectional formatting characters in
 * it cannot turn the text after it around). The same inputs give the same bytes: the
 * input files' names and checksums ({@link Builder#input}) are part of the inputs, while the software version and the
 * time of the run appear only when {@link Builder#generated} sets them.
 *
 * <pre>{@code
 * HtmlReport.builder(results2023).previous(results2022).uncertainty(mc).build().write(Path.of("report.html"));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class HtmlReport {
  /** How many units or indicators a data note names before it says "and N more". */
  static final int LISTED = 20;

  private final Results results;
  private final Optional<Results> previous;
  private final Optional<Uncertainty.Result> uncertainty;
  private final Optional<Appraisal> appraisal;
  private final Language lang;
  private final String title;
  private final List<String> notes;
  private final List<String[]> inputs;
  private final Optional<String> software;
  private final Optional<OffsetDateTime> generatedAt;

  private HtmlReport(Builder b) {
    this.results = b.results;
    this.previous = Optional.ofNullable(b.previous);
    this.uncertainty = Optional.ofNullable(b.uncertainty);
    this.appraisal = Optional.ofNullable(b.appraisal);
    this.lang = b.language != null ? b.language : Language.forFramework(b.results.framework());
    this.title = b.title != null ? b.title : Label.REPORT.in(lang) + ": " + lang.name(b.results.framework());
    this.notes = ImmutableList.copyOf(b.notes);
    this.inputs = ImmutableList.copyOf(b.inputs);
    this.software = Optional.ofNullable(b.software);
    this.generatedAt = Optional.ofNullable(b.generatedAt);
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
    String root = f.root().code();
    List<Node> pillars = pillars(results);
    List<Node> indicators = mainIndicators();
    Optional<TileMap> map = TileMap.forUnits(results.units());
    Html h = new Html();
    h.raw("<!DOCTYPE html>\n<html lang=\"").raw(lang.code()).raw("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    h.el("title", "", title).raw("\n<style>").raw(STYLE).raw("</style>\n</head>\n<body>\n<header>");
    h.el("h1", "", title);
    String period = results.period().isEmpty() ? "" : " · " + Label.PERIOD.in(lang) + " " + results.period();
    h.el("p", "class=\"meta\"", f.id() + " " + f.version() + period + " · "
        + Label.UNIT.count(lang, results.units().size()) + " · " + Label.METHOD.in(lang) + ": "
        + results.method().describe());
    for (String n : notes) {
      h.el("p", "class=\"note\"", n);
    }
    provenance(h, f);
    h.raw("</header>\n<nav>");
    List<String[]> sections = new ArrayList<>();
    sections.add(new String[] {"ranking", Label.RANKING.in(lang)});
    if (map.isPresent()) {
      sections.add(new String[] {"map", Label.MAP.in(lang)});
    }
    sections.add(new String[] {"chart", Label.CHART.in(lang)});
    if (!pillars.isEmpty()) {
      sections.add(new String[] {"pillars", Label.PILLARS.in(lang)});
    }
    if (!indicators.isEmpty()) {
      sections.add(new String[] {"indicators", Label.INDICATORS.in(lang)});
    }
    appraisal.ifPresent(a -> sections.add(new String[] {"appraisal", Label.APPRAISAL.in(lang)}));
    previous.ifPresent(p -> sections.add(new String[] {"moves", Label.MOVES.in(lang)}));
    uncertainty.ifPresent(u -> sections.add(new String[] {"uncertainty", Label.UNCERTAINTY.in(lang)}));
    sections.add(new String[] {"groups", Label.GROUPS.in(lang)});
    sections.add(new String[] {"profiles", Label.PROFILES.in(lang)});
    sections.add(new String[] {"notes", Label.DATA_NOTES.in(lang)});
    sections.add(new String[] {"method", Label.METHOD_EXPLAINED.in(lang)});
    for (String[] s : sections) {
      h.raw("<a href=\"#").raw(s[0]).raw("\">").text(s[1]).raw("</a> ");
    }
    h.raw("</nav>\n");
    ranking(h, root, pillars, decimals);
    map.ifPresent(m -> map(h, m, f.root(), pillars, decimals));
    chart(h, root, decimals);
    if (!pillars.isEmpty()) {
      nodeTables(h, "pillars", Label.PILLARS, pillars, decimals, true);
    }
    if (!indicators.isEmpty()) {
      nodeTables(h, "indicators", Label.INDICATORS, indicators, decimals, false);
    }
    appraisal.ifPresent(a -> new AppraisalSection(a, lang).render(h));
    if (previous.isPresent()) {
      moves(h, root, decimals);
    }
    uncertainty.ifPresent(u -> uncertainty(h, u));
    groups(h, root, pillars, decimals);
    profiles(h, root, pillars, decimals);
    dataNotes(h);
    method(h, f);
    h.raw("</body>\n</html>\n");
    return h.toString();
  }

  /** The instrument, the input files with their checksums, and (when set) the software and the time of the run. */
  private void provenance(Html h, Framework f) {
    h.raw("<dl class=\"provenance\">");
    h.el("dt", "", Label.DECISION.in(lang)).el("dd", "", f.instrument().orElse(Label.UNKNOWN.in(lang)));
    for (String[] in : inputs) {
      h.el("dt", "", Label.INPUT_FILE.in(lang)).raw("<dd>").text(in[0]).raw(" <span class=\"sha\">SHA-256 ")
          .text(in[1]).raw("</span></dd>");
    }
    software.ifPresent(v -> h.el("dt", "", Label.SOFTWARE.in(lang)).el("dd", "", v));
    generatedAt.ifPresent(t -> h.el("dt", "", Label.GENERATED.in(lang)).el("dd", "", STAMP.format(t)));
    h.raw("</dl>");
  }

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx",
      java.util.Locale.ROOT);

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

  /**
   * The main indicators: the computed nodes of kind {@link NodeKind#MAIN_INDICATOR} that have a value for some unit
   * (Decision 922's smart city, collected with 0 points, has none: {@link #unscored} names it), else the computed
   * children of the pillars that are not pillars themselves.
   */
  private List<Node> mainIndicators() {
    Framework f = results.framework();
    List<Node> main = results.nodes().stream().filter(n -> n.kind() == NodeKind.MAIN_INDICATOR)
        .filter(this::hasValues).toList();
    if (!main.isEmpty()) {
      return main;
    }
    Map<String, Node> below = new LinkedHashMap<>();
    List<Node> pillars = pillars(results);
    for (Node p : pillars) {
      for (Node c : present(f.children(p.code()))) {
        if (!pillars.contains(c)) {
          below.putIfAbsent(c.code(), c);
        }
      }
    }
    return List.copyOf(below.values());
  }

  private boolean hasValues(Node n) {
    return java.util.Arrays.stream(results.values(n.code())).anyMatch(Double::isFinite);
  }

  /** The main indicators in the framework that have no value for any unit (not scored, or no data). */
  private List<Node> unscored() {
    return results.framework().nodes().stream().filter(n -> n.kind() == NodeKind.MAIN_INDICATOR)
        .filter(n -> results.nodes().stream().noneMatch(m -> m.code().equals(n.code())) || !hasValues(n)).toList();
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

  /** A node's code and name, or its code alone when the name only repeats it (a COINr indicator "i013"). */
  private String nodeLabel(Node n) {
    return nodeLabel(lang, n);
  }

  /** A node's code and name in a language, or its code alone when the name only repeats it. */
  static String nodeLabel(Language lang, Node n) {
    String name = lang.name(n);
    return name.equals(n.code()) ? name : n.code() + " " + name;
  }

  private void ranking(Html h, String root, List<Node> pillars, int decimals) {
    boolean points = results.framework().maxPoints(root).isPresent();
    Optional<Comparison> cmp = previous.map(p -> Comparison.between(p, results));
    h.raw("<section id=\"ranking\">");
    h.el("h2", "", Label.RANKING.in(lang));
    h.raw("<div class=\"scroll\"><table class=\"ranking\"><thead><tr>");
    h.el("th", "class=\"num\"", Label.RANK.in(lang)).el("th", "", Label.UNIT.in(lang));
    h.el("th", "class=\"num\"", lang.name(results.framework().root()));
    if (points) {
      h.el("th", "class=\"num\"", Label.POINTS.in(lang));
    }
    for (Node p : pillars) {
      h.el("th", "class=\"num\" title=\"" + Html.esc(p.code()) + "\"", lang.name(p));
    }
    if (cmp.isPresent()) {
      h.el("th", "class=\"num\"", Label.MOVE.in(lang));
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
    h.raw("</tbody></table></div></section>\n");
  }

  private static String moveClass(double m) {
    return Double.isNaN(m) ? "new" : m > 0 ? "up" : m < 0 ? "down" : "same";
  }

  private String move(double m) {
    if (Double.isNaN(m)) {
      return Label.NEW.in(lang);
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

  /**
   * A percentile of ranks as a whole rank, the nearest one (half up): a rank interval is read in places, and the
   * interpolated 39.05 of a 95th percentile means place 39.
   */
  private static String wholeRank(double r) {
    return Double.isNaN(r) ? "–" : Long.toString(Math.round(r));
  }

  /** A rank interval in whole ranks, "26–30", or one rank, "7", when both ends round to it. */
  private static String rankRange(double q5, double q95) {
    String a = wholeRank(q5);
    String b = wholeRank(q95);
    return a.equals(b) ? a : a + "–" + b;
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
    h.el("h2", "", Label.CHART.in(lang) + ": " + lang.name(results.framework().root()));
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
    h.el("h2", "", Label.MOVES.in(lang) + (before.period().isEmpty() || results.period().isEmpty() ? ""
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
    Charts.bars(h, lang, "chart chart-moves", Label.MOVES.in(lang), bars, -axis, axis, "");
    h.raw("<div class=\"scroll\"><table class=\"moves\"><thead><tr>");
    h.el("th", "", Label.UNIT.in(lang)).el("th", "class=\"num\"", Label.FROM.in(lang))
        .el("th", "class=\"num\"", Label.TO.in(lang)).el("th", "class=\"num\"", Label.CHANGE.in(lang))
        .el("th", "class=\"num\"", Label.RANK.in(lang) + " " + Label.FROM.in(lang).toLowerCase(
            java.util.Locale.ROOT))
        .el("th", "class=\"num\"", Label.RANK.in(lang) + " " + Label.TO.in(lang).toLowerCase(
            java.util.Locale.ROOT))
        .el("th", "class=\"num\"", Label.MOVE.in(lang));
    h.raw("</tr></thead>\n<tbody>\n");
    for (Change ch : changes) {
      h.raw("<tr>").el("td", "", ch.unit().name()).el("td", "class=\"num\"", lang.number(ch.before(), decimals))
          .el("td", "class=\"num\"", lang.number(ch.after(), decimals))
          .el("td", "class=\"num\"", signed(ch.delta(), decimals))
          .el("td", "class=\"num\"", rank(ch.rankBefore())).el("td", "class=\"num\"", rank(ch.rankAfter()))
          .el("td", "class=\"num move " + moveClass(ch.rankMove()) + "\"", move(ch.rankMove())).raw("</tr>\n");
    }
    h.raw("</tbody></table></div></section>\n");
  }

  private String signed(double v, int decimals) {
    return signed(lang, v, decimals);
  }

  /** A number with a plus sign when it is above zero ("+15,00"); below zero it has its minus, and NaN is "–". */
  static String signed(Language lang, double v, int decimals) {
    String s = lang.number(v, decimals);
    return v > 0 ? "+" + s : s;
  }

  private void uncertainty(Html h, Uncertainty.Result u) {
    List<Uncertainty.RankStats> rows = new ArrayList<>(u.units());
    rows.sort((a, b) -> Double.compare(a.nominal(), b.nominal()));
    h.raw("<section id=\"uncertainty\">");
    h.el("h2", "", Label.UNCERTAINTY.in(lang));
    h.el("p", "", Label.RUNS.in(lang) + ": " + u.runs() + " · " + Label.NODE.in(lang) + ": " + u.node()
        + " · " + Label.Q5.in(lang) + "–" + Label.Q95.in(lang) + ", ● " + Label.NOMINAL.in(lang) + ", | "
        + Label.MEDIAN.in(lang));
    List<Charts.Interval> intervals = new ArrayList<>();
    for (Uncertainty.RankStats s : rows) {
      intervals.add(new Charts.Interval(s.unit().name(), s.nominal(), s.median(), s.q5(), s.q95(),
          rankRange(s.q5(), s.q95())));
    }
    Charts.intervals(h, lang, "chart chart-uncertainty", Label.UNCERTAINTY.in(lang), intervals, rows.size());
    h.raw("<div class=\"scroll\"><table class=\"uncertainty\"><thead><tr>");
    h.el("th", "", Label.UNIT.in(lang)).el("th", "class=\"num\"", Label.NOMINAL.in(lang))
        .el("th", "class=\"num\"", Label.MEAN.in(lang)).el("th", "class=\"num\"", Label.MEDIAN.in(lang))
        .el("th", "class=\"num\"", Label.Q5.in(lang)).el("th", "class=\"num\"", Label.Q95.in(lang));
    h.raw("</tr></thead>\n<tbody>\n");
    for (Uncertainty.RankStats s : rows) {
      h.raw("<tr>").el("td", "", s.unit().name()).el("td", "class=\"num\"", rank(s.nominal()))
          .el("td", "class=\"num\"", lang.number(s.mean(), 2)).el("td", "class=\"num\"", wholeRank(s.median()))
          .el("td", "class=\"num\"", wholeRank(s.q5())).el("td", "class=\"num\"", wholeRank(s.q95()))
          .raw("</tr>\n");
    }
    h.raw("</tbody></table></div></section>\n");
  }

  private void groups(Html h, String root, List<Node> pillars, int decimals) {
    Panel panel = Panel.of(List.of(results));
    List<Node> nodes = new ArrayList<>();
    nodes.add(results.framework().root());
    nodes.addAll(pillars);
    h.raw("<section id=\"groups\">");
    h.el("h2", "", Label.GROUPS.in(lang));
    h.raw("<div class=\"scroll\"><table class=\"groups\"><thead><tr>");
    h.el("th", "", Label.NODE.in(lang)).el("th", "", Label.GROUP.in(lang));
    for (Label l : List.of(Label.COUNT, Label.MEAN, Label.MEDIAN, Label.MIN, Label.MAX, Label.SPREAD, Label.SD)) {
      h.el("th", "class=\"num\"", l.in(lang));
    }
    h.el("th", "", Label.BEST.in(lang)).el("th", "", Label.WORST.in(lang));
    h.raw("</tr></thead>\n<tbody>\n");
    for (Node n : nodes) {
      for (GroupStats s : panel.stats(results.period(), n.code(), Scale.VALUE)) {
        h.raw("<tr>").el("td", "", nodeLabel(n))
            .el("td", "", s.group().equals(Panel.ALL) ? Label.ALL.in(lang) : s.group())
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
    h.raw("</tbody></table></div></section>\n");
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
    // a node without any value (Decision 922's smart city, 0 points) would be an empty row in every profile
    shown.values().removeIf(n -> !hasValues(n));
    // names alone read best; codes are added only when two shown nodes share a name
    boolean uniqueNames = shown.values().stream().map(lang::name).distinct().count() == shown.size();
    Map<String, Double> medians = new LinkedHashMap<>();
    double max = 0;
    double min = 0;
    for (Node n : shown.values()) {
      double[] v = results.values(n.code());
      medians.put(n.code(), org.opendti.method.Stats.median(v));
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
    h.el("h2", "", Label.PROFILES.in(lang));
    h.el("p", "", "| = " + Label.ALL_MEDIAN.in(lang));
    for (RankedUnit row : results.ranking(root)) {
      Unit u = row.unit();
      h.raw("<details class=\"profile\" data-unit=\"").text(u.code()).raw("\"><summary>");
      h.text(rank(row.rank()) + ". " + u.name() + " — " + lang.number(row.value(), decimals)).raw("</summary>");
      List<Charts.Bar> bars = new ArrayList<>();
      for (Node n : shown.values()) {
        double v = results.value(u.code(), n.code());
        bars.add(new Charts.Bar(uniqueNames ? lang.name(n) : nodeLabel(n), v, lang.number(v, decimals),
            medians.get(n.code())));
      }
      Charts.bars(h, lang, "chart chart-profile", u.name(), bars, lo, hi, Label.ALL_MEDIAN.in(lang));
      h.raw("</details>\n");
    }
    h.raw("</section>\n");
  }

  /**
   * Quintile groups of a column: group 5 holds the highest fifth of the units, group 1 the lowest; equal values
   * share a group, and a missing value is group 0. The breaks are the values at 1/5, 2/5, 3/5 and 4/5 of the sorted
   * column.
   */
  static int[] quintiles(double[] values) {
    double[] sorted = java.util.Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
    int[] out = new int[values.length];
    for (int u = 0; u < values.length; u++) {
      if (!Double.isFinite(values[u])) {
        continue;
      }
      int group = 1;
      for (int j = 1; j <= 4; j++) {
        if (values[u] >= sorted[(int) Math.floor(j * sorted.length / 5.0)]) {
          group++;
        }
      }
      out[u] = group;
    }
    return out;
  }

  /** The legend of quintile groups: highest first, each group's range and count, then "no data" if any. */
  private void legend(Html h, double[] values, int[] groups, int decimals) {
    h.raw("<ul class=\"legend\">");
    for (int g = 5; g >= 1; g--) {
      double lo = Double.POSITIVE_INFINITY;
      double hi = Double.NEGATIVE_INFINITY;
      int n = 0;
      for (int u = 0; u < values.length; u++) {
        if (groups[u] == g) {
          lo = Math.min(lo, values[u]);
          hi = Math.max(hi, values[u]);
          n++;
        }
      }
      if (n == 0) {
        continue;
      }
      String extreme = g == 5 ? " (" + Label.HIGHEST.in(lang) + ")" : g == 1 ? " (" + Label.LOWEST.in(lang)
          + ")" : "";
      h.raw("<li><span class=\"swatch q").raw(Integer.toString(g)).raw("\"></span>")
          .text(lang.number(lo, decimals) + "–" + lang.number(hi, decimals) + extreme + " · "
              + Label.UNIT.count(lang, n)).raw("</li>");
    }
    long missing = java.util.Arrays.stream(groups).filter(g -> g == 0).count();
    if (missing > 0) {
      h.raw("<li><span class=\"swatch q0\"></span>").text(Label.NO_DATA.in(lang) + " · "
          + Label.UNIT.count(lang, missing)).raw("</li>");
    }
    h.raw("</ul>");
  }

  private static final double TILE_W = 72;
  private static final double TILE_H = 38;
  private static final double TILE_GAP = 3;

  /** The tile map of the provinces, coloured by the quintile group of a node's value. */
  private void map(Html h, TileMap m, Node node, List<Node> pillars, int decimals) {
    Map<Integer, TileMap.Tile> placed = m.place(results.units());
    h.raw("<section id=\"map\">");
    h.el("h2", "", Label.MAP.in(lang) + ": " + lang.name(node));
    h.el("p", "", (m == TileMap.before2025() ? Label.TILES_BEFORE : Label.TILES_AFTER).format(lang, m.tiles().size())
        + ". " + Label.QUINTILES.in(lang) + ".");
    h.raw("<div class=\"map\">");
    double[] values = results.values(node.code());
    int[] groups = quintiles(values);
    tiles(h, m, placed, node, "tilemap", TILE_W, TILE_H, decimals);
    legend(h, values, groups, decimals);
    h.raw("</div>");
    List<String> missing = new ArrayList<>();
    for (int u = 0; u < results.units().size(); u++) {
      if (!placed.containsKey(u)) {
        missing.add(results.units().get(u).name());
      }
    }
    if (!missing.isEmpty()) {
      h.el("p", "class=\"note unplaced\"", Label.NOT_ON_MAP.in(lang) + " (" + missing.size() + "): "
          + String.join(", ", missing.subList(0, Math.min(LISTED, missing.size())))
          + (missing.size() > LISTED ? ", " + Label.MORE.format(lang, missing.size() - LISTED) : "") + ".");
    }
    // one small map per pillar, the same colours by each pillar's own quintiles: where each pillar is strong or weak
    if (!pillars.isEmpty()) {
      h.raw("<div class=\"minimaps\">");
      for (Node p : pillars) {
        h.raw("<figure class=\"minimap\" data-node=\"").text(p.code()).raw("\">");
        tiles(h, m, placed, p, "tilemap mini", TILE_W / 3, TILE_H / 3, decimals);
        h.el("figcaption", "", lang.name(p));
        h.raw("</figure>");
      }
      h.raw("</div>");
    }
    h.raw("</section>\n");
  }

  /**
   * The tiles of one node: each placed unit's tile in its quintile colour with its full name, value and rank as a
   * tooltip; labelled with the short name and the rank when the tiles are large enough to read.
   */
  private void tiles(Html h, TileMap m, Map<Integer, TileMap.Tile> placed, Node node, String cssClass, double w,
      double ht, int decimals) {
    double[] values = results.values(node.code());
    int[] groups = quintiles(values);
    double[] ranks = results.ranks(node.code());
    Map<String, Integer> unitOfTile = new java.util.HashMap<>();
    placed.forEach((u, t) -> unitOfTile.put(t.name(), u));
    boolean labels = w >= TILE_W;
    double gap = labels ? TILE_GAP : 1;
    double width = m.columns() * (w + gap);
    double height = m.rows() * (ht + gap);
    h.raw("<svg class=\"").raw(cssClass).raw("\" role=\"img\" viewBox=\"0 0 ").raw(Html.px(width)).raw(" ")
        .raw(Html.px(height)).raw("\" width=\"").raw(Html.px(width)).raw("\" height=\"").raw(Html.px(height))
        .raw("\">");
    h.el("title", "", Label.MAP.in(lang) + ": " + lang.name(node));
    for (TileMap.Tile t : m.tiles()) {
      double x = t.column() * (w + gap);
      double y = t.row() * (ht + gap);
      Integer u = unitOfTile.get(t.name());
      int g = u == null ? 0 : groups[u];
      String tip = u == null ? t.name() + ": " + Label.NO_DATA.in(lang)
          : results.units().get(u).name() + " · " + lang.name(node) + ": " + lang.number(values[u], decimals)
              + " · " + Label.RANK.in(lang) + " " + rank(ranks[u]);
      h.raw("<g class=\"tile\"").raw(u == null ? "" : " data-unit=\"" + Html.esc(results.units().get(u).code())
          + "\"").raw(">");
      h.raw("<rect class=\"q").raw(Integer.toString(g)).raw("\" x=\"").raw(Html.px(x)).raw("\" y=\"")
          .raw(Html.px(y)).raw("\" width=\"").raw(Html.px(w)).raw("\" height=\"").raw(Html.px(ht))
          .raw(labels ? "\" rx=\"3\">" : "\">");
      h.el("title", "", tip);
      h.raw("</rect>");
      if (labels) {
        String ink = g >= 4 ? "ink light" : "ink";
        h.el("text", "class=\"" + ink + " name\" x=\"" + Html.px(x + w / 2) + "\" y=\"" + Html.px(y + 16) + "\"",
            t.label());
        h.el("text", "class=\"" + ink + " rank\" x=\"" + Html.px(x + w / 2) + "\" y=\"" + Html.px(y + 30) + "\"",
            u == null ? "–" : "#" + rank(ranks[u]));
      }
      h.raw("</g>");
    }
    h.raw("</svg>");
  }

  /**
   * One table of several nodes (a column each: value and rank, shaded by quintile group), units in the index's
   * order, then one bar chart per node in that node's own order; the charts of many nodes fold away.
   */
  private void nodeTables(Html h, String id, Label heading, List<Node> nodes, int decimals, boolean open) {
    String root = results.framework().root().code();
    List<int[]> groups = new ArrayList<>();
    for (Node n : nodes) {
      groups.add(quintiles(results.values(n.code())));
    }
    h.raw("<section id=\"").raw(id).raw("\">");
    h.el("h2", "", heading.in(lang));
    h.el("p", "", Label.QUINTILES.in(lang) + ". " + Label.VALUE.in(lang) + " (" + Label.RANK.in(lang)
        .toLowerCase(java.util.Locale.ROOT) + ").");
    h.raw("<div class=\"scroll\"><table class=\"nodes ").raw(id).raw("\"><thead><tr>");
    h.el("th", "class=\"num\"", Label.RANK.in(lang)).el("th", "", Label.UNIT.in(lang));
    for (Node n : nodes) {
      h.el("th", "class=\"num node\" title=\"" + Html.esc(n.code()) + "\"", lang.name(n));
    }
    h.raw("</tr></thead>\n<tbody>\n");
    for (RankedUnit row : results.ranking(root)) {
      Unit u = row.unit();
      int ui = results.unitIndex(u.code());
      h.raw("<tr data-unit=\"").text(u.code()).raw("\">");
      h.el("td", "class=\"num rank\"", rank(row.rank())).el("td", "class=\"unit\"", u.name());
      for (int k = 0; k < nodes.size(); k++) {
        Node n = nodes.get(k);
        h.raw("<td class=\"num q").raw(Integer.toString(groups.get(k)[ui])).raw("\">")
            .text(lang.number(results.value(u.code(), n.code()), decimals)).raw(" <span class=\"r\">(")
            .text(rank(results.rank(u.code(), n.code()))).raw(")</span></td>");
      }
      h.raw("</tr>\n");
    }
    h.raw("</tbody></table></div>\n");
    if (!open) {
      for (Node n : unscored()) {
        h.el("p", "class=\"note unscored\"", n.code() + " " + lang.name(n) + ": " + Label.NOT_SCORED.in(lang) + " ("
            + Label.MAX_POINTS.in(lang).toLowerCase(java.util.Locale.ROOT) + " " + results.framework()
                .maxPoints(n.code()).stream().mapToObj(v -> lang.number(v, 0)).findFirst()
                .orElse(Label.UNKNOWN.in(lang)) + ").");
      }
    }
    for (Node n : nodes) {
      List<Charts.Bar> bars = new ArrayList<>();
      double max = 0;
      double min = 0;
      for (RankedUnit row : results.ranking(n.code())) {
        bars.add(new Charts.Bar(rank(row.rank()) + ". " + row.unit().name(), row.value(),
            lang.number(row.value(), decimals), Double.NaN));
        if (Double.isFinite(row.value())) {
          max = Math.max(max, row.value());
          min = Math.min(min, row.value());
        }
      }
      String caption = Label.CHART_OF.in(lang) + ": " + lang.name(n);
      if (open) {
        h.raw("<figure class=\"node-chart\" data-node=\"").text(n.code()).raw("\">");
        h.el("h3", "", caption);
      } else {
        h.raw("<details class=\"node-chart\" data-node=\"").text(n.code()).raw("\"><summary>").text(caption)
            .raw("</summary>");
      }
      Charts.bars(h, lang, "chart chart-node", caption, bars, min < 0 ? -Charts.niceMax(-min) : 0,
          Charts.niceMax(max), "");
      h.raw(open ? "</figure>\n" : "</details>\n");
    }
    h.raw("</section>\n");
  }

  /** The run's warnings counted by kind, each kind with the first {@link #LISTED} units and indicators concerned. */
  private void dataNotes(Html h) {
    List<Warning> warnings = results.warnings();
    h.raw("<section id=\"notes\">");
    h.el("h2", "", Label.DATA_NOTES.in(lang));
    if (warnings.isEmpty()) {
      h.el("p", "", Label.NO_WARNINGS.in(lang));
    } else {
      h.el("p", "", Label.WARNING.count(lang, warnings.size()) + ".");
    }
    for (Warning.Kind kind : Warning.Kind.values()) {
      List<Warning> some = warnings.stream().filter(w -> w.kind() == kind).toList();
      if (some.isEmpty()) {
        continue;
      }
      String described = kind.describe(lang);
      h.raw("<div class=\"warnings\" data-kind=\"").raw(kind.name()).raw("\">");
      h.el("h3", "", Character.toUpperCase(described.charAt(0)) + described.substring(1) + ": " + some.size());
      h.raw("<div class=\"scroll\"><table class=\"warnings\"><thead><tr>");
      h.el("th", "", Label.UNIT.in(lang)).el("th", "", Label.NODE.in(lang)).el("th", "", "");
      h.raw("</tr></thead>\n<tbody>\n");
      for (Warning w : some.subList(0, Math.min(LISTED, some.size()))) {
        String unit = results.findUnit(w.unit()).map(Unit::name).orElse(w.unit().startsWith("(")
            ? Label.ALL.in(lang) : w.unit());
        String node = results.framework().findNode(w.indicator()).map(this::nodeLabel).orElse(w.indicator());
        h.raw("<tr>").el("td", "", unit).el("td", "", node).el("td", "lang=\"en\" class=\"message\"", w.message())
            .raw("</tr>\n");
      }
      h.raw("</tbody></table></div>");
      if (some.size() > LISTED) {
        h.el("p", "class=\"more\"", Label.MORE.format(lang, some.size() - LISTED) + ".");
      }
      h.raw("</div>\n");
    }
    h.raw("</section>\n");
  }

  /** The method in plain words, with the instrument the framework follows. */
  private void method(Html h, Framework f) {
    h.raw("<section id=\"method\">");
    h.el("h2", "", Label.METHOD_EXPLAINED.in(lang));
    h.el("p", "", Label.DECISION.in(lang) + ": " + f.instrument().orElse(Label.UNKNOWN.in(lang)) + " ("
        + lang.name(f) + ", " + f.id() + " " + f.version() + ").");
    for (MethodText.Step step : MethodText.steps(f, results.method(), lang)) {
      h.el("h3", "", step.heading()).el("p", "", step.text());
    }
    h.el("p", "class=\"meta\"", Label.METHOD.in(lang) + ": " + results.method().describe());
    h.raw("</section>\n");
  }

  private static final String STYLE = """
      body{font-family:system-ui,"Segoe UI",Roboto,Arial,sans-serif;margin:1.5rem auto;max-width:72rem;\
      padding:0 1rem;color:#1b1f24;line-height:1.4}
      h1{font-size:1.5rem;margin:0 0 .3rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #d0d7de}
      h3{font-size:1rem;margin:1.2rem 0 .3rem}
      .meta,.note{color:#57606a;font-size:.9rem;margin:.2rem 0}.note{font-weight:600;color:#9a6700}
      .provenance{display:grid;grid-template-columns:max-content 1fr;gap:.1rem .8rem;font-size:.85rem;\
      color:#57606a;margin:.4rem 0}.provenance dt{font-weight:600}.provenance dd{margin:0;overflow-wrap:anywhere}
      .sha{font-family:ui-monospace,monospace;font-size:.8rem}
      nav a{margin-right:.8rem;font-size:.9rem;display:inline-block}
      .scroll{overflow-x:auto;max-width:100%}
      table{border-collapse:collapse;font-size:.85rem;margin:.5rem 0}th,td{padding:.2rem .5rem;\
      border-bottom:1px solid #eaeef2;text-align:left}th{background:#f6f8fa;position:sticky;top:0}
      th.node{min-width:6rem;vertical-align:bottom}td.unit{white-space:nowrap}.r{color:#57606a;font-size:.8em}
      .num{text-align:right;font-variant-numeric:tabular-nums}.up{color:#1a7f37}.down{color:#cf222e}\
      .new{color:#57606a}
      svg{display:block;max-width:100%;height:auto;font-size:11px}svg .label{text-anchor:end;fill:#1b1f24}
      svg .value{fill:#57606a}svg .tick{text-anchor:middle;fill:#57606a}svg .grid{stroke:#eaeef2}
      svg .bar{fill:#0969da}svg .bar.negative{fill:#cf222e}svg .marker{stroke:#1b1f24;stroke-width:2}
      svg .interval{stroke:#0969da;stroke-width:4}svg .median{stroke:#1b1f24;stroke-width:2}\
      svg .nominal{fill:#cf222e}
      .q0{background:#f6f8fa;fill:#eaeef2}.q1{background:#ffffcc;fill:#ffffcc}.q2{background:#c7e9b4;\
      fill:#c7e9b4}.q3{background:#7fcdbb;fill:#7fcdbb}.q4{background:#2c7fb8;fill:#2c7fb8}\
      .q5{background:#253494;fill:#253494}
      td.q1{background:#ffffe5}td.q2{background:#e5f5d5}td.q3{background:#c2e6dc}td.q4{background:#97cbe6}\
      td.q5{background:#6aa5d8}td.q0{background:none}.nodes td{padding:.2rem .35rem}
      .map{display:flex;flex-wrap:wrap;gap:1rem;align-items:flex-start}.tilemap{flex:0 1 auto}
      .tilemap rect{stroke:#8c959f;stroke-width:.5}.tilemap .ink{text-anchor:middle;fill:#1b1f24;font-size:10.5px}
      .tilemap .ink.light{fill:#fff}.tilemap .rank{font-size:10px}
      .minimaps{display:flex;flex-wrap:wrap;gap:1.5rem;margin-top:1rem}.minimap figcaption{font-size:.85rem;\
      text-align:center}.tilemap.mini rect{stroke-width:.3}
      .legend{list-style:none;padding:0;margin:0;font-size:.85rem}.legend li{margin:.2rem 0}
      .swatch{display:inline-block;width:1.1rem;height:.8rem;margin-right:.4rem;vertical-align:middle;\
      border:1px solid #8c959f}
      figure{margin:0}details{margin:.3rem 0}summary{cursor:pointer}.message{color:#57606a}.more{font-style:italic}
      .appraisal-summary{font-size:.9rem;margin:.4rem 0;padding-left:1.2rem}td.most-lost{min-width:18rem}\
      td.most-lost span{display:block}td.component{min-width:10rem}\
      td.evidence{min-width:10rem;max-width:24rem;overflow-wrap:anywhere}td.evidence span{display:block}\
      .remark{color:#57606a}
      @media (max-width:40rem){body{margin:.8rem auto;padding:0 .6rem}h1{font-size:1.25rem}}
      @media print{nav{display:none}body{max-width:none;margin:0}h2,h3,summary{break-after:avoid}\
      h2{break-before:auto}figure,details,.legend,.map,.warnings,#map{break-inside:avoid}\
      svg.tilemap{height:19cm;width:auto}\
      tr,svg{break-inside:avoid}thead{display:table-header-group}th{position:static}\
      .scroll{overflow:visible}*{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
      """;


  /** Builds an {@link HtmlReport}; not thread-safe. */
  public static final class Builder {
    private final Results results;
    private Results previous;
    private Uncertainty.Result uncertainty;
    private Appraisal appraisal;
    private Language language;
    private String title;
    private final List<String> notes = new ArrayList<>();
    private final List<String[]> inputs = new ArrayList<>();
    private String software;
    private OffsetDateTime generatedAt;

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
     * Adds a section on what appraisal changed in the round (issue 17): a summary, the units by points lost with the
     * components that lost most, a bar chart of the change by unit, the components where points were lost across
     * units, and each unit's changed components with both stages' evidence and notes. The report's ranking and other
     * sections still show the results the builder was given; for a round, pass the appraised stage's results
     * ({@link Appraisal#appraised()}).
     *
     * @param appraisal the comparison of the round's two stages, of the same framework (id and version) and period
     *     as the report's results, not null
     * @return this builder
     * @throws IllegalArgumentException if the appraisal is of another framework or period than the results
     */
    public Builder appraisal(Appraisal appraisal) {
      Objects.requireNonNull(appraisal, "appraisal");
      Framework ours = results.framework();
      Framework theirs = appraisal.appraised().framework();
      String period = appraisal.appraised().period();
      if (!ours.id().equals(theirs.id()) || !ours.version().equals(theirs.version())
          || !results.period().equals(period)) {
        throw new IllegalArgumentException("the appraisal is of framework '" + theirs.id() + "' version '"
            + theirs.version() + "', period '" + period + "', but the report shows framework '" + ours.id()
            + "' version '" + ours.version() + "', period '" + results.period()
            + "': compare the round scored with the report's framework and period");
      }
      this.appraisal = appraisal;
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
     * Names an input file and its SHA-256 checksum in the report's header, so a reader can tell which file the
     * figures come from (repeat for several files, for example the data and the earlier period). The name and the
     * checksum depend only on the input, so they keep the report reproducible.
     *
     * @param fileName the file's name as the reader should see it, not null, not blank
     * @param sha256 the file's SHA-256 checksum, 64 hexadecimal digits (either case), not null
     * @return this builder
     * @throws IllegalArgumentException if the name is blank or the checksum is not 64 hexadecimal digits
     */
    public Builder input(String fileName, String sha256) {
      Objects.requireNonNull(fileName, "fileName");
      Objects.requireNonNull(sha256, "sha256");
      if (fileName.isBlank()) {
        throw new IllegalArgumentException("input file name is blank");
      }
      if (!sha256.matches("[0-9a-fA-F]{64}")) {
        throw new IllegalArgumentException("SHA-256 of input '" + fileName + "' must be 64 hexadecimal digits, was '"
            + sha256 + "' (" + sha256.length() + " characters)");
      }
      inputs.add(new String[] {fileName, sha256.toLowerCase(java.util.Locale.ROOT)});
      return this;
    }

    /**
     * Stamps the report with the software that made it and the time of the run, shown in the header. Without it the
     * report carries neither, so that the same inputs give the same bytes; a command-line tool sets it, and a test
     * that compares bytes fixes the time or leaves the stamp out.
     *
     * @param softwareVersion the software and its version, e.g. {@code "dti 0.1.0"}, not null
     * @param at the time of the run, shown with its offset, not null
     * @return this builder
     */
    public Builder generated(String softwareVersion, OffsetDateTime at) {
      this.software = Objects.requireNonNull(softwareVersion, "softwareVersion");
      this.generatedAt = Objects.requireNonNull(at, "at");
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
