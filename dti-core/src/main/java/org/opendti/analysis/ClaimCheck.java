package org.opendti.analysis;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Predicate;
import org.opendti.analysis.Claim.Measure;
import org.opendti.analysis.Verdict.Status;
import org.opendti.engine.Change;
import org.opendti.engine.Results;

/**
 * Checks the figures a report states. Reports are often inconsistent (the seed articles are: see
 * {@code seeds/README.md}), so there are two checks:
 *
 * <ul>
 *   <li>{@link #against(Panel, List)}: each figure against the data. Values compare at the stated decimals (a value
 *       stated as 0.7314 is supported by 0.73143), deltas and rank moves against the previous period of the panel.
 *   <li>{@link #consistency(List)}: the figures against each other, when there is no data: a stated delta against
 *       the two stated values, a rank move against two ranks, a mean change against two means, a spread against the
 *       maximum and minimum, and a group's maximum and minimum against the values stated for its units.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class ClaimCheck {
  private ClaimCheck() {}

  /**
   * Checks each claim against the data.
   *
   * @param panel the results, not null
   * @param claims the claims, not null
   * @return one verdict per claim, in order, not null
   */
  public static List<Verdict> against(Panel panel, List<Claim> claims) {
    return claims.stream().map(c -> check(panel, c)).collect(ImmutableList.toImmutableList());
  }

  private static Verdict check(Panel panel, Claim c) {
    if (!panel.periods().contains(c.period())) {
      return uncheckable(c, "no results for period '" + c.period() + "'; the data have " + panel.periods());
    }
    Results r = panel.results(c.period());
    if (r.framework().findNode(c.node()).isEmpty()
        || r.nodes().stream().noneMatch(n -> n.code().equals(r.framework().node(c.node()).code()))) {
      return uncheckable(c, "node '" + c.node() + "' is not in the results");
    }
    String node = r.framework().node(c.node()).code();
    if (c.measure().ofUnit() && r.findUnit(c.subject()).isEmpty()) {
      return uncheckable(c, "no unit '" + c.subject() + "' in the data of " + c.period());
    }
    if (!c.measure().ofUnit() && !panel.groups(c.period()).contains(c.subject())) {
      return uncheckable(c, "no group '" + c.subject() + "' in " + c.period() + "; the groups are "
          + panel.groups(c.period()));
    }
    double scale = c.scale() == Scale.POINTS ? r.framework().maxPoints(node).orElse(Double.NaN) : 1;
    if (Double.isNaN(scale)) {
      return uncheckable(c, "node '" + node + "' has no maximum points");
    }
    Optional<String> previous = panel.previous(c.period());
    switch (c.measure()) {
      case VALUE:
        return Verdict.compare(c, r.value(c.subject(), node) * scale, "the data's value");
      case RANK:
        return Verdict.compare(c, r.rank(c.subject(), node), "the data's rank");
      case DELTA:
      case RANK_MOVE: {
        if (previous.isEmpty()) {
          return uncheckable(c, "no period before " + c.period() + " in the data");
        }
        Change ch = panel.change(c.subject(), node, previous.get(), c.period());
        return c.measure() == Measure.DELTA
            ? Verdict.compare(c, ch.delta() * scale, "published values " + previous.get() + " → " + c.period())
            : Verdict.compare(c, ch.rankMove(), "ranks " + previous.get() + " → " + c.period());
      }
      case MEAN_CHANGE: {
        if (previous.isEmpty()) {
          return uncheckable(c, "no period before " + c.period() + " in the data");
        }
        if (!panel.groups(previous.get()).contains(c.subject())) {
          return uncheckable(c, "no group '" + c.subject() + "' in " + previous.get());
        }
        double before = panel.stats(previous.get(), node, c.subject(), c.scale()).mean();
        double after = panel.stats(c.period(), node, c.subject(), c.scale()).mean();
        return Verdict.compare(c, after - before, "the data's means " + previous.get() + " → " + c.period());
      }
      default:
        String statistic = c.measure() == Measure.SD ? "sd" : c.measure().name().toLowerCase(java.util.Locale.ROOT);
        return Verdict.compare(c, panel.stats(c.period(), node, c.subject(), c.scale()).get(statistic),
            "the data's group " + statistic);
    }
  }

  private static Verdict uncheckable(Claim c, String why) {
    return new Verdict(c, Status.UNCHECKABLE, OptionalDouble.empty(), why);
  }

  /**
   * Checks the claims against each other. Each claim that other claims determine gets a verdict; claims nothing else
   * determines get none. The tolerance is the sum of the tolerances of the figures involved.
   *
   * @param claims the claims of one report, not null
   * @return the verdicts, not null
   */
  public static List<Verdict> consistency(List<Claim> claims) {
    List<Verdict> out = new ArrayList<>();
    for (Claim c : claims) {
      switch (c.measure()) {
        case DELTA -> difference(c, claims, Measure.VALUE, false).ifPresent(out::add);
        case RANK_MOVE -> difference(c, claims, Measure.RANK, true).ifPresent(out::add);
        case MEAN_CHANGE -> difference(c, claims, Measure.MEAN, false).ifPresent(out::add);
        case SPREAD -> {
          Optional<Claim> max = find(claims, c, Measure.MAX);
          Optional<Claim> min = find(claims, c, Measure.MIN);
          if (max.isPresent() && min.isPresent()) {
            out.add(within(c, max.get().stated().subtract(min.get().stated()).doubleValue(),
                c.tolerance() + max.get().tolerance() + min.get().tolerance(), "stated max "
                    + max.get().stated().toPlainString() + " − min " + min.get().stated().toPlainString()));
          }
        }
        case MAX, MIN -> bound(c, claims).ifPresent(out::add);
        default -> { }
      }
    }
    return ImmutableList.copyOf(out);
  }

  private static Optional<Claim> find(List<Claim> claims, Claim like, Measure m) {
    return claims.stream().filter(o -> o.measure() == m && same(o, like) && o.period().equals(like.period()))
        .findFirst();
  }

  private static boolean same(Claim a, Claim b) {
    return a.subject().equals(b.subject()) && a.node().equals(b.node()) && a.scale() == b.scale();
  }

  /** A change claim against the stated figures of its period and the latest earlier stated period. */
  private static Optional<Verdict> difference(Claim c, List<Claim> claims, Measure of, boolean reversed) {
    Predicate<Claim> sameSeries = o -> o.measure() == of && same(o, c);
    Optional<Claim> now = claims.stream().filter(sameSeries).filter(o -> o.period().equals(c.period())).findFirst();
    Optional<Claim> before = claims.stream().filter(sameSeries).filter(o -> earlier(o.period(), c.period()))
        .max((x, y) -> earlier(x.period(), y.period()) ? -1 : earlier(y.period(), x.period()) ? 1 : 0);
    if (now.isEmpty() || before.isEmpty()) {
      return Optional.empty();
    }
    double d = reversed ? before.get().stated().subtract(now.get().stated()).doubleValue()
        : now.get().stated().subtract(before.get().stated()).doubleValue();
    return Optional.of(within(c, d, c.tolerance() + now.get().tolerance() + before.get().tolerance(), "stated "
        + of.name().toLowerCase(java.util.Locale.ROOT) + " " + before.get().period() + " "
        + before.get().stated().toPlainString() + " → " + now.get().period() + " " + now.get().stated().toPlainString()));
  }

  private static boolean earlier(String a, String b) {
    try {
      return Integer.parseInt(a.strip()) < Integer.parseInt(b.strip());
    } catch (NumberFormatException e) {
      return a.compareTo(b) < 0;
    }
  }

  /** A group's stated maximum (minimum) against the values stated for units of that group. */
  private static Optional<Verdict> bound(Claim c, List<Claim> claims) {
    boolean max = c.measure() == Measure.MAX;
    Optional<Claim> extreme = claims.stream().filter(o -> o.measure() == Measure.VALUE && o.scale() == c.scale()
        && o.node().equals(c.node()) && o.period().equals(c.period())
        && o.group().map(g -> g.equals(c.subject())).orElse(false))
        .max((x, y) -> max ? x.stated().compareTo(y.stated()) : y.stated().compareTo(x.stated()));
    if (extreme.isEmpty()) {
      return Optional.empty();
    }
    double v = extreme.get().stated().doubleValue();
    double stated = c.stated().doubleValue();
    double tol = c.tolerance() + extreme.get().tolerance();
    boolean ok = max ? v <= stated + tol : v >= stated - tol;
    return Optional.of(new Verdict(c, ok ? Status.SUPPORTED : Status.CONTRADICTED,
        ok ? OptionalDouble.empty() : OptionalDouble.of(v), "unit " + extreme.get().subject() + " of the group is"
            + " stated at " + extreme.get().stated().toPlainString() + (ok ? ", consistent" : max
            ? ", above the stated maximum" : ", below the stated minimum")));
  }

  private static Verdict within(Claim c, double derived, double tolerance, String how) {
    boolean ok = Math.abs(derived - c.stated().doubleValue()) <= tolerance + 1e-9;
    return new Verdict(c, ok ? Status.SUPPORTED : Status.CONTRADICTED, OptionalDouble.of(derived), how);
  }
}
