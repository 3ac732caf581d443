package org.opendti.engine;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import org.opendti.Unit;

/**
 * Year over year: for every unit and node, the value delta and the rank move between two results. Units are matched
 * by code; nodes by code.
 *
 * <pre>{@code
 * Comparison c = Comparison.between(results2022, results2023);
 * c.change("38", "dti").describe(Language.EN);   // "up 4 places, +0.0964"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Comparison {
  private final Results before;
  private final Results after;

  private Comparison(Results before, Results after) {
    this.before = before;
    this.after = after;
  }

  /**
   * Compares two results, usually two periods scored with the same framework.
   *
   * @param before the earlier results, not null
   * @param after the later results, not null
   * @return the comparison, not null
   */
  public static Comparison between(Results before, Results after) {
    return new Comparison(Objects.requireNonNull(before, "before"), Objects.requireNonNull(after, "after"));
  }

  /**
   * The change of one unit on one node. A unit or node absent from the earlier results gives NaN before-values.
   *
   * @param unit the unit's code or name, present in the later results, not null
   * @param node the node's code or alias, computed in the later results, not null
   * @return the change, not null
   * @throws IllegalArgumentException if the unit or node is not in the later results
   */
  public Change change(String unit, String node) {
    Unit u = after.findUnit(unit).orElseThrow(() -> new IllegalArgumentException("unknown unit '" + unit + "'"));
    String code = after.framework().node(node).code();
    double b = Double.NaN;
    double rb = Double.NaN;
    if (before.findUnit(u.code()).isPresent() && before.framework().findNode(code).isPresent()
        && before.nodes().stream().anyMatch(n -> n.code().equals(code))) {
      b = before.roundedValue(u.code(), code);
      rb = before.rank(u.code(), code);
    }
    return new Change(u, code, b, after.roundedValue(u.code(), code), rb, after.rank(u.code(), code),
        after.method().decimals());
  }

  /**
   * The changes of every unit of the later results on one node, in the later results' unit order.
   *
   * @param node the node's code or alias, not null
   * @return the changes, not null
   */
  public List<Change> changes(String node) {
    return after.units().stream().map(u -> change(u.code(), node)).collect(ImmutableList.toImmutableList());
  }
}
