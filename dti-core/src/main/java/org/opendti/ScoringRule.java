package org.opendti;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Turns the raw measure of one observation into points (methodology §7: the rule styles of frameworks modelled on
 * Decision 922). Built-ins come from the static factories; users implement their own the same way.
 *
 * <h2>Implementation requirements</h2>
 * Implementations are immutable and thread-safe, and must not keep the measure. A measure that the rule cannot
 * score (out of range, wrong kind, unknown category) is rejected with an {@link IllegalArgumentException} whose
 * message says what was expected; the engine adds the unit, the indicator and the value.
 */
public interface ScoringRule {

  /**
   * A stable identifier, used by files and the command line: {@code "fraction"}, {@code "ratio"}.
   *
   * @return the id, not null
   */
  String id();

  /**
   * Scores one measure.
   *
   * @param measure the raw measure, not null
   * @param maxPoints the node's maximum points; NaN when the framework gives none (analysis frameworks)
   * @return the points (or, for {@link #raw()}, the value unchanged), finite
   * @throws IllegalArgumentException if the measure cannot be scored by this rule
   */
  double points(Measure measure, double maxPoints);

  /**
   * Whether this rule scores a plain value on its own (the built-in {@code fraction}, {@code points} and {@code raw}),
   * so that a whole column of plain values can be scored with {@link #pointsOfValue(double, double)} without a
   * {@link Measure} per cell. False by default.
   *
   * @return true if {@link #pointsOfValue(double, double)} is supported
   */
  default boolean scoresPlainValues() {
    return false;
  }

  /**
   * The points of a plain value, for rules that {@link #scoresPlainValues() score plain values}: the same number as
   * {@link #points(Measure, double)} of {@link Measure#ofValue(double)}, with no object created.
   *
   * @param value the value, finite
   * @param maxPoints the node's maximum points, NaN when unknown
   * @return the points
   * @throws IllegalArgumentException if the value is outside what the rule accepts; the message says what it expects
   * @throws UnsupportedOperationException if this rule does not score plain values
   */
  default double pointsOfValue(double value, double maxPoints) {
    throw new UnsupportedOperationException("rule '" + id() + "' does not score plain values alone");
  }

  /**
   * The rule as text that {@link #parse(String)} reads back: {@code ratio}, {@code thresholds: 4=20; 3=15},
   * {@code categorical: Chủ tịch=1; Phó Chủ tịch=0.5}, {@code target: 90}. Used in framework tables and files.
   *
   * @return the text, not null
   */
  default String spec() {
    return id();
  }

  /**
   * Reads a rule from its {@link #spec()} text: {@code fraction}, {@code points}, {@code raw}, {@code ratio},
   * {@code binary}, {@code thresholds: V=P; ...} (value at least V earns P points), {@code categorical: LABEL=F; ...}
   * (fraction F of the maximum), {@code target: T}. Numbers use '.' as the decimal separator.
   *
   * @param spec the text, not null
   * @return the rule, not null
   * @throws IllegalArgumentException if the text is not a rule; the message says what was expected
   */
  static ScoringRule parse(String spec) {
    return Rules.parse(spec);
  }

  /**
   * Checks that the rule fits the node it is attached to; called when a framework is built.
   *
   * @param node the node code, not null
   * @param maxPoints the node's maximum points, empty if the node has none
   * @throws InvalidFrameworkException if it does not fit
   */
  default void validate(String node, OptionalDouble maxPoints) {}

  /**
   * The value is already a fraction 0..1 of the node's maximum; points = value × max. The default rule of the
   * official method: the ministry publishes main-indicator values as fractions (methodology §3). For a node whose
   * maximum is unknown the fraction is kept as it is.
   *
   * @return the rule, not null
   */
  static ScoringRule fraction() {
    return ValueRule.FRACTION;
  }

  /**
   * The value is already in points, 0..max.
   *
   * @return the rule, not null
   */
  static ScoringRule points() {
    return ValueRule.POINTS;
  }

  /**
   * The value is used as it is, with no range; for analysis methods that normalise raw data (COINr).
   *
   * @return the rule, not null
   */
  static ScoringRule raw() {
    return ValueRule.RAW;
  }

  /**
   * Ratio: points = (a / b) × max, e.g. the share of procedures handled online (methodology §7). A measure given as
   * a single value is taken as the ratio itself and must lie in 0..1; a &gt; b, a &lt; 0 and b ≤ 0 are errors.
   *
   * @return the rule, not null
   */
  static ScoringRule ratio() {
    return Rules.Ratio.INSTANCE;
  }

  /**
   * Thresholds: the highest threshold the value reaches gives its points; below every threshold gives 0 points.
   * Example (methodology §7): steering-committee meetings per year 4 → 20, 3 → 15, 2 → 10, 1 → 5.
   *
   * <pre>{@code
   * ScoringRule.thresholds(Map.of(4.0, 20.0, 3.0, 15.0, 2.0, 10.0, 1.0, 5.0))
   * }</pre>
   *
   * @param pointsAtLeast map from the lowest qualifying value to the points it gives, not empty, not null
   * @return the rule, not null
   * @throws IllegalArgumentException if the map is empty or holds a negative or non-finite number
   */
  static ScoringRule thresholds(Map<Double, Double> pointsAtLeast) {
    return Rules.Thresholds.of(pointsAtLeast);
  }

  /**
   * Categorical: each label gives a fraction of the maximum, e.g. committee headed by the chairman → 1, by a deputy →
   * 0.5, none → 0 (methodology §7). Labels are compared after trimming, ignoring case; an unknown label is an error
   * listing the known ones.
   *
   * @param fractionByCategory map from label to fraction 0..1, not empty, not null
   * @return the rule, not null
   * @throws IllegalArgumentException if the map is empty or a fraction is outside 0..1
   */
  static ScoringRule categorical(Map<String, Double> fractionByCategory) {
    return Rules.Categorical.of(ImmutableMap.copyOf(fractionByCategory));
  }

  /**
   * Binary: 1 (done, e.g. "has issued the plan") gives the maximum, 0 gives 0 points; any other value is an error.
   *
   * @return the rule, not null
   */
  static ScoringRule binary() {
    return Rules.Binary.INSTANCE;
  }

  /**
   * Against a target: points = min(value / target, 1) × max. Reaching the target earns the maximum, e.g. electronic
   * health records at 94.3% against a 90% target (methodology §7). A negative value is an error.
   *
   * @param target the target, positive and finite
   * @return the rule, not null
   * @throws IllegalArgumentException if the target is not positive and finite
   */
  static ScoringRule target(double target) {
    return new Rules.Target(target);
  }

  /**
   * The identifiers of the rules that can be named without parameters in files and on the command line.
   *
   * @return the ids, not null
   */
  static List<String> simpleIds() {
    return ImmutableList.of("fraction", "points", "raw", "ratio", "binary");
  }
}
