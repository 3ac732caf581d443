package org.opendti.analysis;

import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.opendti.Unit;
import org.opendti.engine.Results;

/**
 * A unit's standing on each input that feeds a node (the main indicators of a provincial DTI, the components of a
 * sub-provincial one): value, points, maximum, points lost and rank. Its strengths are its best-ranked inputs, its
 * weaknesses its worst-ranked ones and those where it loses the most points, the two views officials use to choose
 * what to work on.
 *
 * @param unit the unit
 * @param node the node the inputs feed
 * @param standings one entry per input with a nonzero effective weight, in framework order
 */
public record Profile(Unit unit, String node, List<Standing> standings) {

  /**
   * A unit's standing on one input.
   *
   * @param indicator the input's code
   * @param name the input's Vietnamese name
   * @param value the unit's value, NaN if missing
   * @param points the unit's points, NaN without maximum points
   * @param maxPoints the input's maximum points, NaN if unknown
   * @param pointsLost maxPoints − points (0 for full points), NaN without maximum points
   * @param rank the unit's rank on this input
   * @param of the number of ranked units
   */
  public record Standing(String indicator, String name, double value, double points, double maxPoints,
      double pointsLost, double rank, int of) {}

  /**
   * The checks of a profile.
   *
   * @param unit not null
   * @param node not null
   * @param standings not null
   */
  public Profile {
    standings = ImmutableList.copyOf(standings);
  }

  /**
   * A unit's profile on the inputs of a node.
   *
   * @param results the results, not null
   * @param unit the unit's code or name, not null
   * @param node the aggregate's code or alias, usually the root, not null
   * @return the profile, not null
   * @throws IllegalArgumentException if the unit is unknown or the node was not aggregated
   */
  public static Profile of(Results results, String unit, String node) {
    Unit u = results.findUnit(unit).orElseThrow(() -> new IllegalArgumentException("unknown unit '" + unit + "'"));
    String code = results.framework().node(node).code();
    Map<String, Double> weights = results.effectiveWeights(code);
    ImmutableList.Builder<Standing> b = ImmutableList.builder();
    int ranked = (int) results.units().stream().filter(x -> x.group().equals(u.group())).count();
    weights.forEach((indicator, w) -> {
      if (w <= 0) {
        return;
      }
      double max = results.framework().maxPoints(indicator).orElse(Double.NaN);
      double points = results.points(u.code(), indicator);
      b.add(new Standing(indicator, results.framework().node(indicator).nameVi(), results.value(u.code(), indicator),
          points, max, max - points, results.rank(u.code(), indicator), ranked));
    });
    return new Profile(u, code, b.build());
  }

  /**
   * The n best-ranked inputs (ties: framework order).
   *
   * @param n how many, ≥ 0
   * @return the inputs, best first, not null
   */
  public List<Standing> strengths(int n) {
    return standings.stream().filter(s -> !Double.isNaN(s.rank()))
        .sorted(Comparator.comparingDouble(Standing::rank)).limit(n).collect(ImmutableList.toImmutableList());
  }

  /**
   * The n worst-ranked inputs (ties: framework order).
   *
   * @param n how many, ≥ 0
   * @return the inputs, worst first, not null
   */
  public List<Standing> weaknessesByRank(int n) {
    return standings.stream().filter(s -> !Double.isNaN(s.rank()))
        .sorted(Comparator.comparingDouble(Standing::rank).reversed()).limit(n)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The n inputs where the unit loses the most points (ties: framework order); inputs without maximum points are left
   * out.
   *
   * @param n how many, ≥ 0
   * @return the inputs, most points lost first, not null
   */
  public List<Standing> weaknessesByPointsLost(int n) {
    return standings.stream().filter(s -> !Double.isNaN(s.pointsLost()))
        .sorted(Comparator.comparingDouble(Standing::pointsLost).reversed()).limit(n)
        .collect(ImmutableList.toImmutableList());
  }
}
