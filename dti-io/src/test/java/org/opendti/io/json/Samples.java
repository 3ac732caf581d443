package org.opendti.io.json;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.opendti.Dataset;
import org.opendti.Direction;
import org.opendti.DtiException;
import org.opendti.Framework;
import org.opendti.FrameworkStatus;
import org.opendti.Measure;
import org.opendti.Node;
import org.opendti.NodeKind;
import org.opendti.Observation;
import org.opendti.Provenance;
import org.opendti.ScoringRule;
import org.opendti.Unit;
import org.opendti.UnitKind;

/** Seeded random datasets and frameworks whose texts are the ones YAML and JSON readers get wrong. */
final class Samples {
  private Samples() {}

  /** Texts a YAML 1.1 reader turns into numbers, booleans or null, or that need quoting or escaping. */
  static final List<String> TRICKY = List.of("01", "0755", "1e3", "1E3", "true", "True", "yes", "Yes", "on", "off",
      "no", "y", "n", "null", "Null", "NULL", "~", "1_000", ".5", "-", "-1", "+1", "-0", "0x1F", "0o17", ".inf",
      ".NaN", "1:30", "2023", "2023-01-01", "=x", "=SUM(A1:A9)", "+cmd", "@x", "a: b", "x #y", "#c", "[a]", "{b}",
      "&a", "*a", "!t", "%p", "`x", "'q'", "\"dq\"", "? k", "<<", "a\rb", "lone\r", "a\tb", "a\nb", "line\r\nline",
      "a\u2028b", "\u0085x", "a\u00a0b", "\u200b", "\ufeffbom", "\\", "\\n", "Thanh Hóa", nfd("Thanh Hóa"),
      "Bà Rịa – Vũng Tàu", nfd("Đắk Lắk"), "Huế 😀", "🇻🇳", "Chủ tịch", "ức", "x".repeat(300));

  /** Node codes (letters, digits, '_', '.', '-') that a YAML reader would misread. */
  static final List<String> TRICKY_CODES = List.of("01", "0755", "1e3", "yes", "no", "on", "off", "null", "Null",
      "true", "y", "n", "1_000", "0x1F", "1.5", "2023", "007", "inf", "nan", "a-b", "a.b", "x_1", "1.2.3", "0");

  private static final List<String> RULES = List.of("fraction", "points", "raw", "ratio", "binary",
      "thresholds: 4=20; 3=15", "categorical: Chủ tịch=1; Phó Chủ tịch=0.5", "target: 90");

  private static final double[] NUMBERS = {0, -0.0, 1, -1, 0.1 + 0.2, 1e-7, 123456.789, 0.7314, Double.MIN_VALUE,
      Double.MAX_VALUE, -Double.MAX_VALUE, 1e300, 5e-324, 1805, 2067, 1e21, 1e22, 9007199254740993.0, 100, 0.5};

  static String nfd(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD);
  }

  static String text(Random r) {
    return r.nextInt(3) == 0 ? "Tỉnh " + r.nextInt(100) : TRICKY.get(r.nextInt(TRICKY.size()));
  }

  private static double number(Random r) {
    return r.nextBoolean() ? NUMBERS[r.nextInt(NUMBERS.length)] : (r.nextDouble() - 0.3) * Math.pow(10,
        r.nextInt(12) - 6);
  }

  /**
   * A random dataset: units with tricky codes, names, groups and aliases; observations of every measure kind over
   * tricky indicators and periods.
   */
  static Dataset dataset(long seed) {
    Random r = new Random(seed);
    Dataset.Builder b = Dataset.builder();
    List<String> units = new ArrayList<>();
    int n = 1 + r.nextInt(25);
    for (int i = 0; i < n; i++) {
      Unit.Builder u = Unit.builder().code(text(r)).name(text(r)).kind(UnitKind.values()[r.nextInt(
          UnitKind.values().length)]);
      if (r.nextBoolean()) {
        u.group(text(r));
      }
      for (int a = r.nextInt(3); a > 0; a--) {
        u.addAliases(text(r));
      }
      if (r.nextInt(4) == 0) {
        u.validFrom(LocalDate.of(2025, 7, 1));
      }
      if (r.nextInt(4) == 0) {
        u.validUntil(LocalDate.of(2025, 6, 30));
      }
      try {
        Unit unit = u.build();
        b.addUnit(unit);
        units.add(unit.code());
      } catch (DtiException e) {
        // blank or colliding texts: try the next one
      }
    }
    if (units.isEmpty()) {
      b.addUnit(Unit.of("01", "Hà Nội"));
      units.add("01");
    }
    List<String> indicators = new ArrayList<>();
    for (int i = 1 + r.nextInt(8); i > 0; i--) {
      indicators.add(r.nextBoolean() ? "i" + i : text(r));
    }
    List<String> periods = List.of(Dataset.SINGLE_PERIOD, "2023", "01", "~", "yes", "1e3");
    int obs = r.nextInt(200);
    for (int i = 0; i < obs; i++) {
      Measure m = switch (r.nextInt(3)) {
        case 0 -> Measure.ofValue(number(r));
        case 1 -> Measure.ofRatio(number(r), number(r));
        default -> Measure.ofCategory(text(r));
      };
      Observation.Builder o = Observation.builder().unit(units.get(r.nextInt(units.size())))
          .indicator(indicators.get(r.nextInt(indicators.size()))).period(periods.get(r.nextInt(periods.size())))
          .measure(m);
      if (r.nextBoolean()) {
        o.provenance(Provenance.values()[r.nextInt(Provenance.values().length)]);
      }
      if (r.nextBoolean()) {
        o.evidence(text(r));
      }
      if (r.nextInt(3) == 0) {
        o.note(text(r));
      }
      try {
        b.add(o.build());
      } catch (DtiException | IllegalArgumentException e) {
        // a duplicate cell or a blank indicator: skip it
      }
    }
    return b.build();
  }

  /**
   * A random framework: an index over a random tree (each node's parents are earlier nodes), tricky codes, names in
   * every form, and every optional attribute.
   *
   * @param seed the seed
   * @param nodes the number of nodes below the index
   * @param withRules whether leaves get random scoring rules and the framework ranking groups (false for frameworks
   *     meant to be scored)
   */
  static Framework framework(long seed, int nodes, boolean withRules) {
    Random r = new Random(seed);
    Set<String> used = new HashSet<>();
    List<String> codes = new ArrayList<>();
    List<String> aliases = new ArrayList<>(TRICKY);
    java.util.Collections.shuffle(aliases, r);
    String index = code(r, used, 0);
    Framework.Builder fb = Framework.builder().id(TRICKY_CODES.get(r.nextInt(TRICKY_CODES.size()))).version(
        text(r)).nameVi(text(r)).nameEn(text(r)).unitKind(UnitKind.PROVINCE).status(FrameworkStatus.USER);
    if (r.nextBoolean()) {
      fb.instrument(text(r)).appliesTo(text(r));
    }
    if (withRules && r.nextBoolean()) {
      // ranking groups would oblige every scored unit to name one
      fb.addRankingGroups(text(r));
    }
    fb.addNodes(Node.builder().code(index).nameVi(text(r)).nameEn(text(r)).kind(NodeKind.INDEX).build());
    codes.add(index);
    int[] parent = new int[nodes + 1];
    boolean[] hasChildren = new boolean[nodes + 1];
    for (int i = 1; i <= nodes; i++) {
      parent[i] = r.nextInt(i);
      hasChildren[parent[i]] = true;
      codes.add(code(r, used, i));
    }
    // a node's maximum is the sum of its children's, so build the points bottom-up
    double[] points = new double[nodes + 1];
    for (int i = nodes; i >= 1; i--) {
      if (!hasChildren[i]) {
        points[i] = 20 + r.nextInt(100);
      }
      points[parent[i]] += points[i];
    }
    for (int i = 1; i <= nodes; i++) {
      Node.Builder n = Node.builder().code(codes.get(i)).nameVi(text(r)).kind(NodeKind.COMPONENT)
          .addParents(codes.get(parent[i])).maxPoints(points[i]);
      if (r.nextInt(3) == 0) {
        n.nameEn(text(r));
      }
      if (r.nextInt(4) == 0) {
        n.direction(Direction.NEGATIVE);
      }
      if (r.nextInt(4) == 0) {
        n.target(number(r));
      }
      if (withRules && !hasChildren[i] && r.nextInt(3) == 0) {
        n.scoringRule(ScoringRule.parse(RULES.get(r.nextInt(RULES.size()))));
      }
      if (r.nextInt(3) == 0 && !aliases.isEmpty()) {
        n.addAliases(aliases.remove(aliases.size() - 1) + " " + i);
      }
      if (r.nextBoolean()) {
        n.description(text(r)).evidence(text(r)).dataSource(text(r));
      }
      fb.addNodes(n.build());
    }
    return fb.build();
  }

  private static String code(Random r, Set<String> used, int i) {
    String c = TRICKY_CODES.get(r.nextInt(TRICKY_CODES.size()));
    if (!used.add(c.toLowerCase(Locale.ROOT))) {
      c = c + "-" + i;
      used.add(c.toLowerCase(Locale.ROOT));
    }
    return c;
  }

  /** A dataset of every leaf of a framework for some units with tricky codes and names, values in 0..1. */
  static Dataset data(Framework f, long seed) {
    Random r = new Random(seed);
    Dataset.Builder b = Dataset.builder();
    List<String> units = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      try {
        Unit u = Unit.of(text(r), text(r));
        b.addUnit(u);
        units.add(u.code());
      } catch (DtiException e) {
        // colliding texts
      }
    }
    for (Node leaf : f.leaves()) {
      for (String u : units) {
        b.put(u, leaf.code(), r.nextInt(10_001) / 10_000.0);
      }
    }
    return b.build();
  }
}
