package org.opendti.analysis;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opendti.Numbers;
import org.opendti.Unit;
import org.opendti.engine.Results;
import org.opendti.method.Aggregator;
import org.opendti.method.RankBasis;

/**
 * The way up to a target rank ("top 10 by 2025", seed S4): for a unit, a node (the DTI or a pillar) and a rank k, the
 * fewest additional points in that node that reach rank k with every other unit fixed, and a plan of where to find
 * them.
 *
 * <p>The answer is exact for linear models: every aggregate between the node and its inputs uses the weighted
 * arithmetic mean (the official method of Decisions 922 and 405, where a node's points are the sum of its inputs'
 * points). Rank k is reached when at most k − 1 units of the unit's ranking group are strictly ahead, on the values
 * the ranks are computed from (published values rounded half-up to the method's decimals by default), so a tie with
 * the k-th unit counts as reached. The needed points are infeasible when even full points on every input that may
 * change would not reach k.
 *
 * <p>The plan orders the inputs by headroom (maximum − achieved points) or, when effort costs are given (the effort
 * to bring an input to full points), by node points gained per unit of effort, and takes points from them in that
 * order until the need is covered (optimal for the continuous problem). Immutable and thread-safe.
 */
public final class TargetPlanner {
  private final Results results;
  private final ImmutableMap<String, Double> effort;
  private final ImmutableSet<String> fixed;

  private TargetPlanner(Results results, ImmutableMap<String, Double> effort, ImmutableSet<String> fixed) {
    this.results = results;
    this.effort = effort;
    this.fixed = fixed;
  }

  /**
   * A planner on one period's results.
   *
   * @param results the results, not null
   * @return the planner, not null
   */
  public static TargetPlanner of(Results results) {
    return new TargetPlanner(results, ImmutableMap.of(), ImmutableSet.of());
  }

  /**
   * A planner that orders the inputs by node points gained per unit of effort.
   *
   * @param effortToFull the effort to bring each input to full points (any unit: money, months); inputs not named
   *     cannot change; each effort must be positive and finite, not null
   * @return the planner, not null
   * @throws IllegalArgumentException for an effort that is not positive and finite
   */
  public TargetPlanner withEffort(Map<String, Double> effortToFull) {
    ImmutableMap.Builder<String, Double> b = ImmutableMap.builder();
    effortToFull.forEach((k, v) -> {
      if (!(v > 0) || Double.isInfinite(v)) {
        throw new IllegalArgumentException("effort of '" + k + "' must be positive and finite, was " + v);
      }
      b.put(results.framework().node(k).code(), v);
    });
    return new TargetPlanner(results, b.buildKeepingLast(), fixed);
  }

  /**
   * A planner that keeps some inputs as they are (they cannot change before the target date).
   *
   * @param indicators the inputs' codes or aliases, not null
   * @return the planner, not null
   */
  public TargetPlanner withFixed(Collection<String> indicators) {
    return new TargetPlanner(results, effort, indicators.stream().map(c -> results.framework().node(c).code())
        .collect(ImmutableSet.toImmutableSet()));
  }

  /**
   * Plans the way to rank k.
   *
   * @param unit the unit's code or name, not null
   * @param node the node's code or alias (the DTI or a pillar), not null
   * @param targetRank k ≥ 1
   * @return the plan, not null
   * @throws IllegalArgumentException for an unknown unit, a node without maximum points, a model that is not linear
   *     between the node and its inputs, or a missing value of the unit on one of the node's inputs
   */
  public Plan plan(String unit, String node, int targetRank) {
    if (targetRank < 1) {
      throw new IllegalArgumentException("the target rank must be ≥ 1, was " + targetRank);
    }
    Unit u = results.findUnit(unit).orElseThrow(() -> new IllegalArgumentException("unknown unit '" + unit + "'"));
    String code = results.framework().node(node).code();
    double max = results.framework().maxPoints(code).orElseThrow(() -> new IllegalArgumentException("node '" + code
        + "' has no maximum points; the planner counts points"));
    checkLinear(code);
    double[] values = results.values(code);
    int me = results.units().indexOf(u);
    List<Double> others = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      if (i != me && results.units().get(i).group().equals(u.group()) && !Double.isNaN(values[i])) {
        others.add(basis(values[i]));
      }
    }
    others.sort(Comparator.reverseOrder());
    double current = values[me];
    double rankNow = 1 + others.stream().filter(o -> o > basis(current)).count();
    Profile profile = Profile.of(results, u.code(), code);
    Map<String, Double> eff = results.effectiveWeights(code);
    List<Step> candidates = new ArrayList<>();
    double capacity = 0;
    for (Profile.Standing s : profile.standings()) {
      if (Double.isNaN(s.value())) {
        throw new IllegalArgumentException("unit '" + u.code() + "' has no value for '" + s.indicator() + "'; the"
            + " planner needs every input of '" + code + "'");
      }
      boolean canChange = !fixed.contains(s.indicator()) && (effort.isEmpty() || effort.containsKey(s.indicator()));
      if (!canChange || !(s.pointsLost() > 0)) {
        continue;
      }
      double rate = max * eff.get(s.indicator()) / s.maxPoints();
      capacity += s.pointsLost() * rate;
      candidates.add(new Step(s.indicator(), s.name(), s.pointsLost(), rate, 0, 0,
          effort.getOrDefault(s.indicator(), Double.NaN)));
    }
    if (rankNow <= targetRank || others.size() < targetRank) {
      return new Plan(u, code, targetRank, rankNow, current, current, 0, capacity, ImmutableList.of());
    }
    double threshold = others.get(targetRank - 1);
    double needValue = results.method().rankBasis() == RankBasis.ROUNDED
        ? threshold - 0.5 * Math.pow(10, -results.method().decimals()) : threshold;
    double delta = Math.max(0, needValue - current);
    while (basis(current + delta) < threshold) {
      delta = Math.nextUp(delta);
    }
    double needed = delta * max;
    if (needed > capacity * (1 + 1e-12) + 1e-9) {
      return new Plan(u, code, targetRank, rankNow, current, current + delta, Double.POSITIVE_INFINITY, capacity,
          ImmutableList.of());
    }
    Comparator<Step> order = effort.isEmpty()
        ? Comparator.comparingDouble((Step s) -> s.headroom() * s.nodePointsPerPoint()).reversed()
        : Comparator.comparingDouble((Step s) -> s.headroom() * s.nodePointsPerPoint() / s.effortToFull()).reversed();
    candidates.sort(order);
    ImmutableList.Builder<Step> steps = ImmutableList.builder();
    double remaining = needed;
    for (Step s : candidates) {
      if (remaining <= 0) {
        break;
      }
      double take = Math.min(s.headroom(), remaining / s.nodePointsPerPoint());
      remaining -= take * s.nodePointsPerPoint();
      steps.add(new Step(s.indicator(), s.name(), s.headroom(), s.nodePointsPerPoint(), take,
          take * s.nodePointsPerPoint(), s.effortToFull()));
    }
    return new Plan(u, code, targetRank, rankNow, current, current + delta, needed, capacity, steps.build());
  }

  private double basis(double v) {
    return results.method().rankBasis() == RankBasis.ROUNDED ? Numbers.round(v, results.method().decimals()) : v;
  }

  private void checkLinear(String code) {
    Set<String> seen = new java.util.HashSet<>();
    java.util.ArrayDeque<String> todo = new java.util.ArrayDeque<>(List.of(code));
    List<String> aggregates = results.aggregates();
    while (!todo.isEmpty()) {
      String n = todo.pop();
      if (!seen.add(n) || !aggregates.contains(n)) {
        continue;
      }
      Aggregator a = results.method().aggregatorFor(n, results.framework().level(n));
      if (!a.id().equals(Aggregator.weightedArithmeticMean().id())) {
        throw new IllegalArgumentException("the target planner is exact for the weighted arithmetic mean; node '" + n
            + "' uses aggregator '" + a.id() + "'");
      }
      results.framework().children(n).forEach(c -> todo.push(c.code()));
    }
  }

  /**
   * One input of a plan.
   *
   * @param indicator the input's code
   * @param name the input's Vietnamese name
   * @param headroom maximum − achieved points of the input
   * @param nodePointsPerPoint node points gained per point of this input (1 under the official method)
   * @param pointsToAdd the input points the plan takes here
   * @param nodePoints the node points they give
   * @param effortToFull the effort to full points, NaN when no efforts were given
   */
  public record Step(String indicator, String name, double headroom, double nodePointsPerPoint, double pointsToAdd,
      double nodePoints, double effortToFull) {}

  /**
   * A plan to reach a target rank.
   *
   * @param unit the unit
   * @param node the node's code
   * @param targetRank k
   * @param currentRank the unit's rank now (1 + units strictly ahead)
   * @param currentValue the unit's value now
   * @param targetValue the smallest value that reaches rank k
   * @param neededPoints the fewest additional node points: 0 when already there, +∞ when infeasible
   * @param capacityPoints the most node points the changeable inputs can add
   * @param steps where the points come from, empty when none are needed or the target is infeasible
   */
  public record Plan(Unit unit, String node, int targetRank, double currentRank, double currentValue,
      double targetValue, double neededPoints, double capacityPoints, List<Step> steps) {

    /**
     * Whether rank k can be reached.
     *
     * @return false when even full points on every changeable input fall short
     */
    public boolean feasible() {
      return !Double.isInfinite(neededPoints);
    }

    /**
     * The needed points as the command line prints them: a number with 2 decimals, or {@code infeasible}.
     *
     * @return the text, not null
     */
    public String neededText() {
      return feasible() ? Numbers.format(neededPoints, 2) : "infeasible";
    }
  }
}
