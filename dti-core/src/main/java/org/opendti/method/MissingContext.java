package org.opendti.method;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.opendti.Node;

/**
 * What a {@link MissingValuePolicy} may know: the indicator, the units with their groups, the period being scored and
 * the same indicator's scores in the dataset's other periods.
 *
 * <p>This class is immutable and thread-safe if the history function is.
 */
public final class MissingContext {
  private final Node node;
  private final List<String> units;
  private final List<Optional<String>> groups;
  private final List<String> periods;
  private final String period;
  private final Function<String, double[]> history;

  private MissingContext(Node node, List<String> units, List<Optional<String>> groups, List<String> periods,
      String period, Function<String, double[]> history) {
    this.node = node;
    this.units = ImmutableList.copyOf(units);
    this.groups = ImmutableList.copyOf(groups);
    this.periods = ImmutableList.copyOf(periods);
    this.period = period;
    this.history = history;
  }

  /**
   * A context.
   *
   * @param node the indicator, not null
   * @param units the unit codes, not null
   * @param groups each unit's ranking group, not null
   * @param periods the dataset's periods in time order, not null
   * @param period the period being scored, one of {@code periods}, not null
   * @param history the indicator's scores (before treatment, NaN when missing) in another period, not null
   * @return the context, not null
   */
  public static MissingContext of(Node node, List<String> units, List<Optional<String>> groups, List<String> periods,
      String period, Function<String, double[]> history) {
    return new MissingContext(Objects.requireNonNull(node, "node"), units, groups, periods, period,
        Objects.requireNonNull(history, "history"));
  }

  /**
   * The indicator.
   *
   * @return the node, not null
   */
  public Node node() {
    return node;
  }

  /**
   * The unit codes.
   *
   * @return the codes, not null
   */
  public List<String> units() {
    return units;
  }

  /**
   * Each unit's ranking group.
   *
   * @return the groups, not null
   */
  public List<Optional<String>> groups() {
    return groups;
  }

  /**
   * The dataset's periods in time order.
   *
   * @return the periods, not null
   */
  public List<String> periods() {
    return periods;
  }

  /**
   * The period being scored.
   *
   * @return the period, not null
   */
  public String period() {
    return period;
  }

  /**
   * The indicator's scores in another period, NaN when missing.
   *
   * @param otherPeriod one of {@link #periods()}, not null
   * @return the scores over {@link #units()}, not null
   */
  public double[] scores(String otherPeriod) {
    return history.apply(otherPeriod);
  }
}
