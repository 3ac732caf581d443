package org.opendti.io.html;

import java.util.List;

/** Inline SVG charts drawn from plain numbers; every label is escaped. */
final class Charts {
  private Charts() {}

  /** One labelled bar. */
  record Bar(String label, double value, String valueText, double marker) {}

  private static final double WIDTH = 760;
  private static final double LABEL = 210;
  private static final double VALUE_TEXT = 70;
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
    double plot = WIDTH - LABEL - VALUE_TEXT;
    double height = TOP + bars.size() * ROW + 6;
    h.raw("<svg class=\"").raw(cssClass).raw("\" role=\"img\" viewBox=\"0 0 ").raw(Html.px(WIDTH)).raw(" ")
        .raw(Html.px(height)).raw("\" width=\"").raw(Html.px(WIDTH)).raw("\" height=\"").raw(Html.px(height))
        .raw("\">");
    h.el("title", "", title);
    axis(h, lang, lo, hi, plot, height);
    double zero = LABEL + scale(Math.max(lo, Math.min(0, hi)), lo, hi, plot);
    for (int i = 0; i < bars.size(); i++) {
      Bar b = bars.get(i);
      double y = TOP + i * ROW;
      h.el("text", "class=\"label\" x=\"" + Html.px(LABEL - 6) + "\" y=\"" + Html.px(y + 13) + "\"", b.label());
      if (Double.isFinite(b.value())) {
        double x = LABEL + scale(b.value(), lo, hi, plot);
        double left = Math.min(x, zero);
        h.raw("<rect class=\"bar").raw(b.value() < 0 ? " negative" : "").raw("\" x=\"").raw(Html.px(left))
            .raw("\" y=\"").raw(Html.px(y + 3)).raw("\" width=\"").raw(Html.px(Math.abs(x - zero)))
            .raw("\" height=\"").raw(Html.px(ROW - 5)).raw("\">");
        h.el("title", "", b.label() + ": " + b.valueText());
        h.raw("</rect>");
      }
      h.el("text", "class=\"value\" x=\"" + Html.px(LABEL + plot + 6) + "\" y=\"" + Html.px(y + 13) + "\"",
          b.valueText());
      if (Double.isFinite(b.marker())) {
        double mx = LABEL + scale(b.marker(), lo, hi, plot);
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
    double plot = WIDTH - LABEL - VALUE_TEXT;
    double height = TOP + rows.size() * ROW + 6;
    h.raw("<svg class=\"").raw(cssClass).raw("\" role=\"img\" viewBox=\"0 0 ").raw(Html.px(WIDTH)).raw(" ")
        .raw(Html.px(height)).raw("\" width=\"").raw(Html.px(WIDTH)).raw("\" height=\"").raw(Html.px(height))
        .raw("\">");
    h.el("title", "", title);
    double lo = 1;
    double hi = Math.max(2, n);
    axis(h, lang, lo, hi, plot, height);
    for (int i = 0; i < rows.size(); i++) {
      Interval r = rows.get(i);
      double y = TOP + i * ROW + ROW / 2;
      h.el("text", "class=\"label\" x=\"" + Html.px(LABEL - 6) + "\" y=\"" + Html.px(y + 4) + "\"", r.label());
      double x1 = LABEL + scale(r.q5(), lo, hi, plot);
      double x2 = LABEL + scale(r.q95(), lo, hi, plot);
      h.raw("<line class=\"interval\" x1=\"").raw(Html.px(x1)).raw("\" x2=\"").raw(Html.px(Math.max(x2, x1 + 1)))
          .raw("\" y1=\"").raw(Html.px(y)).raw("\" y2=\"").raw(Html.px(y)).raw("\">");
      h.el("title", "", r.label() + ": " + r.text());
      h.raw("</line>");
      double xm = LABEL + scale(r.median(), lo, hi, plot);
      h.raw("<line class=\"median\" x1=\"").raw(Html.px(xm)).raw("\" x2=\"").raw(Html.px(xm)).raw("\" y1=\"")
          .raw(Html.px(y - 5)).raw("\" y2=\"").raw(Html.px(y + 5)).raw("\"/>");
      h.raw("<circle class=\"nominal\" cx=\"").raw(Html.px(LABEL + scale(r.nominal(), lo, hi, plot)))
          .raw("\" cy=\"").raw(Html.px(y)).raw("\" r=\"3.5\"/>");
      h.el("text", "class=\"value\" x=\"" + Html.px(LABEL + plot + 6) + "\" y=\"" + Html.px(y + 4) + "\"", r.text());
    }
    h.raw("</svg>");
  }

  private static void axis(Html h, Language lang, double lo, double hi, double plot, double height) {
    for (int t = 0; t <= 4; t++) {
      double v = lo + (hi - lo) * t / 4;
      double x = LABEL + scale(v, lo, hi, plot);
      h.raw("<line class=\"grid\" x1=\"").raw(Html.px(x)).raw("\" x2=\"").raw(Html.px(x)).raw("\" y1=\"")
          .raw(Html.px(TOP - 4)).raw("\" y2=\"").raw(Html.px(height - 4)).raw("\"/>");
      h.el("text", "class=\"tick\" x=\"" + Html.px(x) + "\" y=\"" + Html.px(TOP - 8) + "\"", tick(v, lang));
    }
  }

  private static String tick(double v, Language lang) {
    double r = Math.round(v * 100) / 100.0;
    String s = r == Math.rint(r) ? Long.toString((long) r) : Html.px(r);
    return lang == Language.VI ? s.replace('.', ',') : s;
  }

  private static double scale(double v, double lo, double hi, double plot) {
    double c = Math.max(lo, Math.min(hi, v));
    return (c - lo) / (hi - lo) * plot;
  }
}
