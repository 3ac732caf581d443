package org.opendti.io.html;

import java.util.List;
import org.opendti.Language;

/** Inline SVG charts drawn from plain numbers; every label is escaped. */
final class Charts {
  private Charts() {}

  /** One labelled bar. */
  record Bar(String label, double value, String valueText, double marker) {}

  /** The width of the plotting area between the labels and the value texts. */
  private static final double PLOT = 480;
  private static final double VALUE_TEXT = 70;
  /** The label column's width bounds; labels wider than the upper bound are cut with "…" (the tooltip has all). */
  private static final double LABEL_MIN = 120;
  private static final double LABEL_MAX = 360;
  /** The average advance of one character of the 11 px chart font, a little generous so labels are never clipped. */
  private static final double CHAR = 6.4;
  private static final double ROW = 18;
  private static final double TOP = 22;

  /** The upper end of an axis: 1 for fractions, else the next 1, 2 or 5 times a power of ten. */
  static double niceMax(double max) {
    if (!(max > 1)) {
      return 1;
    }
    double p = Math.pow(10, Math.floor(Math.log10(max)));
    for (double step : new double[] {1, 2, 5, 10}) {
      if (step * p >= max) {
        return step * p;
      }
    }
    return 10 * p;
  }

  /**
   * Horizontal bars, one row per entry, on an axis from {@code lo} to {@code hi}; a bar with a finite
   * {@code marker} also gets a thin reference line (for example the median of all units).
   */
  static void bars(Html h, Language lang, String cssClass, String title, List<Bar> bars, double lo, double hi, String markerTitle) {
    double label = labelWidth(bars.stream().map(Bar::label).toList());
    double plot = PLOT;
    double width = label + plot + VALUE_TEXT;
    double height = TOP + bars.size() * ROW + 6;
    h.raw("<svg class=\"").raw(cssClass).raw("\" role=\"img\" viewBox=\"0 0 ").raw(Html.px(width)).raw(" ")
        .raw(Html.px(height)).raw("\" width=\"").raw(Html.px(width)).raw("\" height=\"").raw(Html.px(height))
        .raw("\">");
    h.el("title", "", title);
    axis(h, lang, label, lo, hi, plot, height, false);
    double zero = label + scale(Math.max(lo, Math.min(0, hi)), lo, hi, plot);
    for (int i = 0; i < bars.size(); i++) {
      Bar b = bars.get(i);
      double y = TOP + i * ROW;
      h.el("text", "class=\"label\" x=\"" + Html.px(label - 6) + "\" y=\"" + Html.px(y + 13) + "\"", fit(b.label(), label));
      if (Double.isFinite(b.value())) {
        double x = label + scale(b.value(), lo, hi, plot);
        double left = Math.min(x, zero);
        h.raw("<rect class=\"bar").raw(b.value() < 0 ? " negative" : "").raw("\" x=\"").raw(Html.px(left))
            .raw("\" y=\"").raw(Html.px(y + 3)).raw("\" width=\"").raw(Html.px(Math.abs(x - zero)))
            .raw("\" height=\"").raw(Html.px(ROW - 5)).raw("\">");
        h.el("title", "", b.label() + ": " + b.valueText());
        h.raw("</rect>");
      }
      h.el("text", "class=\"value\" x=\"" + Html.px(label + plot + 6) + "\" y=\"" + Html.px(y + 13) + "\"",
          b.valueText());
      if (Double.isFinite(b.marker())) {
        double mx = label + scale(b.marker(), lo, hi, plot);
        h.raw("<line class=\"marker\" x1=\"").raw(Html.px(mx)).raw("\" x2=\"").raw(Html.px(mx)).raw("\" y1=\"")
            .raw(Html.px(y + 1)).raw("\" y2=\"").raw(Html.px(y + ROW - 1)).raw("\">");
        h.el("title", "", markerTitle);
        h.raw("</line>");
      }
    }
    h.raw("</svg>");
  }

  /** One rank interval: from {@code q5} to {@code q95}, the nominal rank as a dot, the median as a tick. */
  record Interval(String label, double nominal, double median, double q5, double q95, String text) {}

  /** Rank intervals on an axis of ranks 1..n, best on the left. */
  static void intervals(Html h, Language lang, String cssClass, String title, List<Interval> rows, int n) {
    double label = labelWidth(rows.stream().map(Interval::label).toList());
    double plot = PLOT;
    double width = label + plot + VALUE_TEXT;
    double height = TOP + rows.size() * ROW + 6;
    h.raw("<svg class=\"").raw(cssClass).raw("\" role=\"img\" viewBox=\"0 0 ").raw(Html.px(width)).raw(" ")
        .raw(Html.px(height)).raw("\" width=\"").raw(Html.px(width)).raw("\" height=\"").raw(Html.px(height))
        .raw("\">");
    h.el("title", "", title);
    double lo = 1;
    double hi = Math.max(2, n);
    axis(h, lang, label, lo, hi, plot, height, true);
    for (int i = 0; i < rows.size(); i++) {
      Interval r = rows.get(i);
      double y = TOP + i * ROW + ROW / 2;
      h.el("text", "class=\"label\" x=\"" + Html.px(label - 6) + "\" y=\"" + Html.px(y + 4) + "\"", fit(r.label(), label));
      double x1 = label + scale(r.q5(), lo, hi, plot);
      double x2 = label + scale(r.q95(), lo, hi, plot);
      h.raw("<line class=\"interval\" x1=\"").raw(Html.px(x1)).raw("\" x2=\"").raw(Html.px(Math.max(x2, x1 + 1)))
          .raw("\" y1=\"").raw(Html.px(y)).raw("\" y2=\"").raw(Html.px(y)).raw("\">");
      h.el("title", "", r.label() + ": " + r.text());
      h.raw("</line>");
      double xm = label + scale(r.median(), lo, hi, plot);
      h.raw("<line class=\"median\" x1=\"").raw(Html.px(xm)).raw("\" x2=\"").raw(Html.px(xm)).raw("\" y1=\"")
          .raw(Html.px(y - 5)).raw("\" y2=\"").raw(Html.px(y + 5)).raw("\"/>");
      h.raw("<circle class=\"nominal\" cx=\"").raw(Html.px(label + scale(r.nominal(), lo, hi, plot)))
          .raw("\" cy=\"").raw(Html.px(y)).raw("\" r=\"3.5\"/>");
      h.el("text", "class=\"value\" x=\"" + Html.px(label + plot + 6) + "\" y=\"" + Html.px(y + 4) + "\"", r.text());
    }
    h.raw("</svg>");
  }

  private static void axis(Html h, Language lang, double label, double lo, double hi, double plot, double height,
      boolean whole) {
    for (int t = 0; t <= 4; t++) {
      // an axis of ranks ticks at whole ranks
      double v = whole ? Math.round(lo + (hi - lo) * t / 4) : lo + (hi - lo) * t / 4;
      double x = label + scale(v, lo, hi, plot);
      h.raw("<line class=\"grid\" x1=\"").raw(Html.px(x)).raw("\" x2=\"").raw(Html.px(x)).raw("\" y1=\"")
          .raw(Html.px(TOP - 4)).raw("\" y2=\"").raw(Html.px(height - 4)).raw("\"/>");
      h.el("text", "class=\"tick\" x=\"" + Html.px(x) + "\" y=\"" + Html.px(TOP - 8) + "\"", tick(v, lang));
    }
  }

  private static String tick(double v, Language lang) {
    double r = Math.round(v * 100) / 100.0;
    String s = r == Math.rint(r) ? Long.toString((long) r) : Html.px(r);
    return lang.decimalSeparator(s);
  }

  /** The label column wide enough for the longest label, within {@link #LABEL_MIN} and {@link #LABEL_MAX}. */
  static double labelWidth(List<String> labels) {
    int longest = labels.stream().mapToInt(String::length).max().orElse(0);
    return Math.max(LABEL_MIN, Math.min(LABEL_MAX, longest * CHAR + 12));
  }

  /** The label itself when it fits the column, else its start and "…". */
  static String fit(String text, double width) {
    int room = (int) ((width - 12) / CHAR);
    return text.length() <= room ? text : text.substring(0, Math.max(1, room - 1)).stripTrailing() + "…";
  }

  private static double scale(double v, double lo, double hi, double plot) {
    double c = Math.max(lo, Math.min(hi, v));
    return (c - lo) / (hi - lo) * plot;
  }
}
