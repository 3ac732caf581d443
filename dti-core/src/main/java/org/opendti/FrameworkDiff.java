package org.opendti;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What changed between two frameworks, node by node, matched by code: nodes added and removed, renamed, re-weighted
 * (maximum points or weight), moved (other parents) or re-ruled. Between {@code pdti-2022} and {@code pdti-2025} the
 * eight scored main indicators keep their codes, so a time series can be mapped across the versions on them.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FrameworkDiff {
  /** The kind of a change. */
  public enum Kind {
    /** In the newer framework only. */
    ADDED,
    /** In the older framework only. */
    REMOVED,
    /** Same code, other name. */
    RENAMED,
    /** Same code, other maximum points or weight. */
    REWEIGHTED,
    /** Same code, other parents. */
    MOVED,
    /** Same code, other scoring rule. */
    RULE_CHANGED
  }

  /**
   * One change.
   *
   * @param kind what changed, not null
   * @param code the node code, not null
   * @param before the old state as text, empty for {@link Kind#ADDED}, not null
   * @param after the new state as text, empty for {@link Kind#REMOVED}, not null
   */
  public record Change(Kind kind, String code, String before, String after) {
    /**
     * Checks the parts.
     *
     * @param kind what changed
     * @param code the node code
     * @param before the old state
     * @param after the new state
     */
    public Change {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(before, "before");
      Objects.requireNonNull(after, "after");
    }

    @Override
    public String toString() {
      return kind + " " + code + (before.isEmpty() && after.isEmpty() ? "" : ": " + before + " → " + after);
    }
  }

  private final Framework older;
  private final Framework newer;
  private final ImmutableList<Change> changes;

  private FrameworkDiff(Framework older, Framework newer, List<Change> changes) {
    this.older = older;
    this.newer = newer;
    this.changes = ImmutableList.copyOf(changes);
  }

  /**
   * Compares two frameworks.
   *
   * @param older the earlier framework, not null
   * @param newer the later framework, not null
   * @return the differences, not null
   */
  public static FrameworkDiff between(Framework older, Framework newer) {
    List<Change> out = new ArrayList<>();
    for (Node n : older.nodes()) {
      if (newer.findNode(n.code()).filter(m -> m.code().equalsIgnoreCase(n.code())).isEmpty()) {
        out.add(new Change(Kind.REMOVED, n.code(), describe(older, n), ""));
      }
    }
    for (Node m : newer.nodes()) {
      var old = older.findNode(m.code()).filter(n -> n.code().equalsIgnoreCase(m.code()));
      if (old.isEmpty()) {
        out.add(new Change(Kind.ADDED, m.code(), "", describe(newer, m)));
        continue;
      }
      Node n = old.get();
      if (!n.nameVi().equals(m.nameVi()) || !n.nameEn().equals(m.nameEn())) {
        out.add(new Change(Kind.RENAMED, m.code(), n.nameVi(), m.nameVi()));
      }
      String wa = weightText(older, n);
      String wb = weightText(newer, m);
      if (!wa.equals(wb)) {
        out.add(new Change(Kind.REWEIGHTED, m.code(), wa, wb));
      }
      if (!lower(n.parents()).equals(lower(m.parents()))) {
        out.add(new Change(Kind.MOVED, m.code(), String.join(", ", n.parents()), String.join(", ", m.parents())));
      }
      String ra = n.scoringRule().map(ScoringRule::id).orElse("(method default)");
      String rb = m.scoringRule().map(ScoringRule::id).orElse("(method default)");
      if (!ra.equals(rb)) {
        out.add(new Change(Kind.RULE_CHANGED, m.code(), ra, rb));
      }
    }
    return new FrameworkDiff(older, newer, out);
  }

  private static Set<String> lower(List<String> codes) {
    Set<String> s = new HashSet<>();
    codes.forEach(c -> s.add(c.toLowerCase(Locale.ROOT)));
    return s;
  }

  private static String weightText(Framework f, Node n) {
    String max = f.maxPoints(n.code()).isPresent() ? Numbers.plain(f.maxPoints(n.code()).getAsDouble())
        + " points" : "points unknown";
    return n.weight().isPresent() ? max + ", weight " + Numbers.plain(n.weight().getAsDouble()) : max;
  }

  private static String describe(Framework f, Node n) {
    return n.nameVi() + " (" + weightText(f, n) + ")";
  }

  /**
   * Every change, removals first, then the newer framework's nodes in order.
   *
   * @return the changes, not null
   */
  public List<Change> changes() {
    return changes;
  }

  /**
   * The changes of one kind.
   *
   * @param kind the kind, not null
   * @return the changes, not null
   */
  public List<Change> changes(Kind kind) {
    return changes.stream().filter(c -> c.kind() == kind).collect(ImmutableList.toImmutableList());
  }

  /**
   * The codes present in both frameworks: the nodes a time series can follow across the versions.
   *
   * @return the codes, in the newer framework's order, not null
   */
  public List<String> common() {
    return newer.nodes().stream().map(Node::code)
        .filter(c -> older.findNode(c).filter(n -> n.code().equalsIgnoreCase(c)).isPresent())
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The changes as text, one per line.
   *
   * @return the report, not null
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(older.id() + " → " + newer.id() + ": " + changes.size() + " changes\n");
    changes.forEach(c -> sb.append(c).append('\n'));
    return sb.toString();
  }
}
