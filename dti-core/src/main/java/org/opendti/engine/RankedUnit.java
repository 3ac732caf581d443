package org.opendti.engine;

import java.util.Objects;
import org.opendti.Numbers;
import org.opendti.Unit;

/**
 * One row of a ranking table.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RankedUnit {
  private final Unit unit;
  private final double rank;
  private final double value;
  private final double roundedValue;
  private final double points;

  RankedUnit(Unit unit, double rank, double value, double roundedValue, double points) {
    this.unit = unit;
    this.rank = rank;
    this.value = value;
    this.roundedValue = roundedValue;
    this.points = points;
  }

  /**
   * The unit.
   *
   * @return the unit, not null
   */
  public Unit unit() {
    return unit;
  }

  /**
   * The rank, 1 is best.
   *
   * @return the rank, NaN if unranked
   */
  public double rank() {
    return rank;
  }

  /**
   * The unrounded value.
   *
   * @return the value, NaN if none
   */
  public double value() {
    return value;
  }

  /**
   * The value rounded as published.
   *
   * @return the rounded value, NaN if none
   */
  public double roundedValue() {
    return roundedValue;
  }

  /**
   * The points.
   *
   * @return the points, NaN when the node has no maximum
   */
  public double points() {
    return points;
  }

  @Override
  public String toString() {
    return (Double.isNaN(rank) ? "-" : Numbers.plain(rank)) + ". " + unit.name() + " " + roundedValue;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RankedUnit r && unit.equals(r.unit) && Double.compare(rank, r.rank) == 0
        && Double.compare(value, r.value) == 0 && Double.compare(points, r.points) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(unit, rank, value, points);
  }
}
