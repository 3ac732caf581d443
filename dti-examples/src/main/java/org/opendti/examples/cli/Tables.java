package org.opendti.examples.cli;

import java.util.ArrayList;
import java.util.List;
import org.opendti.Framework;
import org.opendti.Language;
import org.opendti.Node;
import org.opendti.Numbers;
import org.opendti.engine.RankedUnit;
import org.opendti.engine.Results;
import org.opendti.io.Label;
import org.opendti.io.html.HtmlReport;

/** Aligned tables for people, with labels in the chosen language. */
final class Tables {
  private Tables() {}

  /** Rank, unit, the root's value (and points when the framework has them), then each pillar's value. */
  static String ranking(Results r, Language lang) {
    Framework f = r.framework();
    String root = f.root().code();
    boolean points = f.maxPoints(root).isPresent();
    List<Node> pillars = HtmlReport.pillars(r);
    List<String> header = new ArrayList<>(List.of(Label.RANK.in(lang), Label.UNIT.in(lang),
        lang.name(f.root())));
    List<Boolean> right = new ArrayList<>(List.of(true, false, true));
    if (points) {
      header.add(Label.POINTS.in(lang));
      right.add(true);
    }
    for (Node p : pillars) {
      header.add(lang.name(p));
      right.add(true);
    }
    boolean[] align = new boolean[right.size()];
    for (int i = 0; i < align.length; i++) {
      align[i] = right.get(i);
    }
    Table t = new Table(header, align);
    int d = r.method().decimals();
    for (RankedUnit row : r.ranking(root)) {
      String u = row.unit().code();
      List<String> cells = new ArrayList<>(List.of(Double.isNaN(row.rank()) ? "-" : Numbers.plain(row.rank()),
          row.unit().name(), lang.number(row.value(), d)));
      if (points) {
        cells.add(lang.number(row.points(), 2));
      }
      for (Node p : pillars) {
        cells.add(lang.number(r.value(u, p.code()), d));
      }
      t.add(cells);
    }
    return t.render();
  }
}
