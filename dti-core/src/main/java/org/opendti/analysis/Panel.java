package org.opendti.analysis;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.opendti.Dataset;
import org.opendti.Framework;
import org.opendti.Unit;
import org.opendti.engine.Change;
import org.opendti.engine.Comparison;
import org.opendti.engine.Results;
import org.opendti.engine.ScoringEngine;

/**
 * Results of one framework over several periods: per unit and node the change between two periods (value delta and
 * rank move, as "up 4 places, +0.0964" in seed S0) and the compound annual growth rate; per group and period the
 * statistics reports give ({@link GroupStats}) and their change.
 *
 * <p>Statistics use full-precision values; published figures are rounded, so compare them with a tolerance (as
 * {@link ClaimCheck} does). Immutable and thread-safe.
 */
public final class Panel {
  /** The group name that stands for every unit. */
  public static final String ALL = "(all)";

  private final ImmutableList<Results> results;

  private Panel(ImmutableList<Results> results) {
    this.results = results;
  }

  /**
   * A panel of results, one per period, in period order.
   *
   * @param results the results, not empty, one framework, distinct periods, not null
   * @return the panel, not null
   * @throws IllegalArgumentException if the results are empty, mix frameworks or repeat a period
   */
  public static Panel of(List<Results> results) {
    if (results.isEmpty()) {
      throw new IllegalArgumentException("a panel needs at least one period's results");
    }
    Set<String> periods = new LinkedHashSet<>();
    String framework = results.get(0).framework().id();
    for (Results r : results) {
      if (!r.framework().id().equals(framework)) {
        throw new IllegalArgumentException("a panel holds one framework; got '" + framework + "' and '"
            + r.framework().id() + "'");
      }
      if (!periods.add(r.period())) {
        throw new IllegalArgumentException("period '" + r.period() + "' appears twice");
      }
    }
    return new Panel(ImmutableList.copyOf(results));
  }

  /**
   * Scores every period of a dataset.
   *
   * @param engine the engine, not null
   * @param framework the framework, not null
   * @param dataset the dataset, not null
   * @return the panel, in the dataset's period order, not null
   */
  public static Panel score(ScoringEngine engine, Framework framework, Dataset dataset) {
    return of(engine.scoreAll(framework, dataset));
  }

  /**
   * The periods, in order.
   *
   * @return the periods, not null
   */
  public List<String> periods() {
    return results.stream().map(Results::period).collect(ImmutableList.toImmutableList());
  }

  /**
   * One period's results.
   *
   * @param period the period, not null
   * @return the results, not null
   * @throws IllegalArgumentException if the period is not in the panel
   */
  public Results results(String period) {
    return results.stream().filter(r -> r.period().equals(period)).findFirst().orElseThrow(
        () -> new IllegalArgumentException("unknown period '" + period + "'; the panel has " + periods()));
  }

  /**
   * The period before another, if any.
   *
   * @param period a period of the panel, not null
   * @return the previous period, empty for the first
   */
  public Optional<String> previous(String period) {
    int i = periods().indexOf(period);
    if (i < 0) {
      throw new IllegalArgumentException("unknown period '" + period + "'; the panel has " + periods());
    }
    return i == 0 ? Optional.empty() : Optional.of(periods().get(i - 1));
  }

  /**
   * A unit's change in a node between two periods: published (rounded) values, delta and rank move.
   *
   * @param unit the unit's code or name, not null
   * @param node the node's code or alias, not null
   * @param from the earlier period, not null
   * @param to the later period, not null
   * @return the change, not null
   */
  public Change change(String unit, String node, String from, String to) {
    return Comparison.between(results(from), results(to)).change(unit, node);
  }

  /**
   * Every unit's change in a node between two periods.
   *
   * @param node the node's code or alias, not null
   * @param from the earlier period, not null
   * @param to the later period, not null
   * @return one change per unit of the later period, not null
   */
  public List<Change> changes(String node, String from, String to) {
    return Comparison.between(results(from), results(to)).changes(node);
  }

  /**
   * The compound annual growth rate of a unit's value: {@code (to / from)^(1/n) − 1}, where n is the difference of
   * the periods when both are years (2021 → 2023: 2) and the number of steps between them in the panel otherwise.
   *
   * @param unit the unit's code or name, not null
   * @param node the node's code or alias, not null
   * @param from the earlier period, not null
   * @param to the later period, not null
   * @return the rate (0.05 = 5% a year); NaN when a value is missing or the first is not positive
   */
  public double cagr(String unit, String node, String from, String to) {
    double a = results(from).value(unit, node);
    double b = results(to).value(unit, node);
    double n = steps(from, to);
    if (!(a > 0) || Double.isNaN(b) || n <= 0) {
      return Double.NaN;
    }
    return Math.pow(b / a, 1 / n) - 1;
  }

  private double steps(String from, String to) {
    try {
      return Integer.parseInt(to.strip()) - Integer.parseInt(from.strip());
    } catch (NumberFormatException e) {
      return periods().indexOf(to) - periods().indexOf(from);
    }
  }

  /**
   * The groups of a period's units: {@link #ALL}, then each unit group in order of first appearance.
   *
   * @param period the period, not null
   * @return the group names, not null
   */
  public List<String> groups(String period) {
    Set<String> groups = new LinkedHashSet<>();
    groups.add(ALL);
    results(period).units().forEach(u -> u.group().ifPresent(groups::add));
    return ImmutableList.copyOf(groups);
  }

  /**
   * The statistics of a node for every group of a period ({@link #groups}).
   *
   * @param period the period, not null
   * @param node the node's code or alias, not null
   * @param scale values or points, not null
   * @return one entry per group, not null
   */
  public List<GroupStats> stats(String period, String node, Scale scale) {
    return groups(period).stream().map(g -> stats(period, node, g, scale)).collect(ImmutableList.toImmutableList());
  }

  /**
   * The statistics of a node over the ranked units of one group of a period. A unit that is scored but not ranked
   * ({@link Unit#ranked()}, e.g. a department that provides no public services) stands outside its group's
   * comparison, so it is not counted, as it is not ranked (issue 17).
   *
   * @param period the period, not null
   * @param node the node's code or alias, not null
   * @param group a group name or {@link #ALL}, not null
   * @param scale values or points, not null
   * @return the statistics, not null
   * @throws IllegalArgumentException if no unit is in the group
   */
  public GroupStats stats(String period, String node, String group, Scale scale) {
    Results r = results(period);
    String code = r.framework().node(node).code();
    double[] v = scale == Scale.POINTS ? points(r, code) : r.values(code);
    List<Unit> units = r.units();
    List<Integer> members = new ArrayList<>();
    boolean inGroup = false;
    for (int u = 0; u < units.size(); u++) {
      boolean member = group.equals(ALL) || units.get(u).group().map(group::equals).orElse(false);
      inGroup |= member;
      if (member && units.get(u).ranked() && !Double.isNaN(v[u])) {
        members.add(u);
      }
    }
    if (!inGroup) {
      throw new IllegalArgumentException("no unit of period '" + period + "' is in group '" + group + "'; the groups"
          + " are " + groups(period));
    }
    int n = members.size();
    if (n == 0) {
      return new GroupStats(group, period, code, scale, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
          Double.NaN, Double.NaN, Optional.empty(), Optional.empty());
    }
    double[] x = new double[n];
    int best = members.get(0);
    int worst = members.get(0);
    double sum = 0;
    for (int k = 0; k < n; k++) {
      int u = members.get(k);
      x[k] = v[u];
      sum += v[u];
      if (v[u] > v[best]) {
        best = u;
      }
      if (v[u] < v[worst]) {
        worst = u;
      }
    }
    double mean = sum / n;
    double ss = 0;
    for (double xi : x) {
      ss += (xi - mean) * (xi - mean);
    }
    Arrays.sort(x);
    double median = org.opendti.method.Stats.median(x);
    return new GroupStats(group, period, code, scale, n, mean, median, x[0], x[n - 1], x[n - 1] - x[0],
        n < 2 ? Double.NaN : Math.sqrt(ss / (n - 1)), Optional.of(units.get(best)), Optional.of(units.get(worst)));
  }

  static double[] points(Results r, String code) {
    double max = r.framework().maxPoints(code).orElseThrow(() -> new IllegalArgumentException("node '" + code
        + "' has no maximum points, so its figures have no points scale; use Scale.VALUE"));
    double[] v = r.values(code);
    for (int u = 0; u < v.length; u++) {
      v[u] *= max;
    }
    return v;
  }

  /**
   * The statistics of a node for every group in two periods, and their change.
   *
   * @param node the node's code or alias, not null
   * @param from the earlier period, not null
   * @param to the later period, not null
   * @param scale values or points, not null
   * @return one entry per group of the later period that also has units in the earlier one, not null
   */
  public List<GroupChange> statsChange(String node, String from, String to, Scale scale) {
    List<String> before = groups(from);
    return groups(to).stream().filter(before::contains)
        .map(g -> new GroupChange(stats(from, node, g, scale), stats(to, node, g, scale)))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * One group's statistics in two periods.
   *
   * @param from the statistics in the earlier period
   * @param to the statistics in the later period
   */
  public record GroupChange(GroupStats from, GroupStats to) {
    /**
     * The checks of a group change.
     *
     * @param from the statistics in the earlier period, not null
     * @param to the statistics in the later period, not null
     */
    public GroupChange {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
    }

    /**
     * The change of one statistic ({@link GroupStats#get}), e.g. {@code delta("mean")}.
     *
     * @param statistic the statistic's name, not null
     * @return to − from
     */
    public double delta(String statistic) {
      return to.get(statistic) - from.get(statistic);
    }
  }
}
