package org.opendti.engine;

import java.util.Locale;
import java.util.Objects;
import org.opendti.Language;
import org.opendti.Numbers;
import org.opendti.Unit;

/**
 * How one unit moved on one node between two periods: the published values, their difference and the rank move, as
 * reports quote them ("up 4 places, +0.0964", methodology §6).
 *
 * <p>The delta is taken between the rounded, published values, so it matches what a reader computes from the two
 * tables (Thanh Hóa 2023: 0.7314 − 0.6350 = +0.0964). This class is immutable and thread-safe.
 */
public final class Change {
  private final Unit unit;
  private final String node;
  private final double before;
  private final double after;
  private final double delta;
  private final double rankBefore;
  private final double rankAfter;
  private final int decimals;

  Change(Unit unit, String node, double before, double after, double rankBefore, double rankAfter, int decimals) {
    this.unit = unit;
    this.node = node;
    this.before = before;
    this.after = after;
    this.delta = Numbers.round(after - before, decimals);
    this.rankBefore = rankBefore;
    this.rankAfter = rankAfter;
    this.decimals = decimals;
  }

  /**
   * The unit.
   *
   * @return the unit (as in the later period), not null
   */
  public Unit unit() {
    return unit;
  }

  /**
   * The node's code.
   *
   * @return the code, not null
   */
  public String node() {
    return node;
  }

  /**
   * The published value in the earlier period.
   *
   * @return the value, NaN if none
   */
  public double before() {
    return before;
  }

  /**
   * The published value in the later period.
   *
   * @return the value, NaN if none
   */
  public double after() {
    return after;
  }

  /**
   * after − before, rounded to the method's decimals.
   *
   * @return the delta, NaN if either value is missing
   */
  public double delta() {
    return delta;
  }

  /**
   * The rank in the earlier period.
   *
   * @return the rank, NaN if none
   */
  public double rankBefore() {
    return rankBefore;
  }

  /**
   * The rank in the later period.
   *
   * @return the rank, NaN if none
   */
  public double rankAfter() {
    return rankAfter;
  }

  /**
   * Places gained: rank before − rank after; positive means up ("tăng 4 bậc").
   *
   * @return the move, NaN if either rank is missing
   */
  public double rankMove() {
    return rankBefore - rankAfter;
  }

  /**
   * The change in words: {@code "up 4 places, +0.0964"} in English, {@code "tăng 4 bậc, +0,0964"} in Vietnamese.
   *
   * @param language the language, not null; Vietnamese writes the decimal comma ({@link Language#number})
   * @return the text, not null
   */
  public String describe(Language language) {
    boolean vietnamese = Objects.requireNonNull(language, "language") == Language.VI;
    String places;
    double move = rankMove();
    if (Double.isNaN(move)) {
      places = vietnamese ? "không có thứ hạng" : "no rank";
    } else if (move == 0) {
      places = vietnamese ? "giữ nguyên thứ hạng" : "same rank";
    } else {
      String k = Numbers.plain(Math.abs(move));
      places = vietnamese ? (move > 0 ? "tăng " : "giảm ") + k + " bậc"
          : (move > 0 ? "up " : "down ") + k + (Math.abs(move) == 1 ? " place" : " places");
    }
    String d = Double.isNaN(delta) ? "" : (delta >= 0 ? "+" : "") + Numbers.format(delta, decimals);
    d = language.decimalSeparator(d);
    return d.isEmpty() ? places : places + ", " + d;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s %s: %s", unit.name(), node, describe(Language.EN));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Change c && unit.equals(c.unit) && node.equals(c.node)
        && Double.compare(before, c.before) == 0 && Double.compare(after, c.after) == 0
        && Double.compare(rankBefore, c.rankBefore) == 0 && Double.compare(rankAfter, c.rankAfter) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(unit, node, before, after, rankBefore, rankAfter);
  }
}
