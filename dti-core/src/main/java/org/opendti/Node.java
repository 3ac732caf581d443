package org.opendti;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * One node of a framework: a component, a main indicator, a pillar or the index itself.
 *
 * <p>A node names its parents; a node may feed several parents (Decision 922: the foundation indicators feed all three
 * pillars, methodology §3). Leaves carry their maximum points (official frameworks) or a weight (analysis frameworks,
 * COINr), and optionally a {@link ScoringRule} that turns a raw measure into points. An aggregate's maximum is the sum
 * of its children's unless declared.
 *
 * <pre>{@code
 * Node meetings = Node.builder().code("1.1").nameVi("Số cuộc họp của Ban chỉ đạo").kind(NodeKind.COMPONENT)
 *     .maxPoints(20).addParent("awareness")
 *     .scoringRule(ScoringRule.thresholds(Map.of(4.0, 20.0, 3.0, 15.0, 2.0, 10.0, 1.0, 5.0))).build();
 * }</pre>
 *
 * <p>Lists keep their definition order. This class is immutable and thread-safe.
 */
@Value.Immutable
@WithersStyle
public interface Node {
  /** Codes: letters, digits, '_', '.', '-'; start with a letter or digit. */
  Pattern CODE = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}_.\\-]{0,63}");

  /**
   * The code, unique in its framework ignoring case: {@code gov_activity}, {@code 1.1}.
   *
   * @return the code, not null
   */
  String code();

  /**
   * The Vietnamese name, e.g. "Hoạt động chính quyền số".
   *
   * @return the name, not null
   */
  String nameVi();

  /**
   * The English name; the Vietnamese one when none is given.
   *
   * @return the name, not null
   */
  @Value.Default
  default String nameEn() {
    return nameVi();
  }

  /**
   * The node's role.
   *
   * @return the kind, not null
   */
  NodeKind kind();

  /**
   * Maximum points ("điểm tối đa"), ≥ 0. Zero means collected but not scored (smart city in Decision 922).
   *
   * @return the maximum, empty if not given (analysis frameworks; aggregates derive it from their children)
   */
  OptionalDouble maxPoints();

  /**
   * The weight of this node inside each of its parents, ≥ 0, for weighted methods (COINr's iMeta {@code Weight}).
   *
   * @return the weight, empty if not given
   */
  OptionalDouble weight();

  /**
   * A target value for the raw measure (COINr's iMeta {@code Target}), used by
   * {@link org.opendti.method.Normaliser#distanceToTarget()}.
   *
   * @return the target, empty if none
   */
  OptionalDouble target();

  /**
   * The codes of the nodes this node feeds, in definition order; empty only for the index and for parentless
   * pillars.
   *
   * @return the parent codes, not null
   */
  List<String> parents();

  /**
   * Whether higher raw values are better.
   *
   * @return the direction, {@link Direction#POSITIVE} unless set
   */
  @Value.Default
  default Direction direction() {
    return Direction.POSITIVE;
  }

  /**
   * The rule that turns a raw measure into points; the method's default rule applies when empty.
   *
   * @return the rule, if any
   */
  Optional<ScoringRule> scoringRule();

  /**
   * Other codes that name this node, e.g. the official number {@code "7"} for {@code gov_activity}.
   *
   * @return the aliases, not null
   */
  List<String> aliases();

  /**
   * How the node is determined and scored ("Cách xác định và tính điểm").
   *
   * @return the description, if any
   */
  Optional<String> description();

  /**
   * The evidence required ("Tài liệu kiểm chứng").
   *
   * @return the evidence, if any
   */
  Optional<String> evidence();

  /**
   * Where the data come from ("Nguồn thu thập dữ liệu").
   *
   * @return the data source, if any
   */
  Optional<String> dataSource();

  /**
   * The units this node applies to ("Áp dụng"): unit kinds ({@code sở}, {@code department}, ... as
   * {@link UnitKind#find(String)} reads them), groups or tags ({@link Unit#tags()}); empty when it applies to every
   * unit. A unit the node does not apply to is not scored on it, and the points of the node's parents are rescaled
   * over the children that apply (see {@link org.opendti.method.Method#rescaleForApplicability()}). Frameworks of
   * this kind are published by provinces for their departments and districts, e.g. a component scored only for the
   * departments with digital-economy tasks.
   *
   * @return the kinds, groups or tags, not null
   */
  List<String> appliesTo();

  /**
   * Whether this node applies to a unit: {@link #appliesTo()} is empty, or names the unit's kind, its group or one of
   * its tags (compared as {@link Unit#key(String)} does).
   *
   * @param unit the unit, not null
   * @return true if the unit is scored on this node
   */
  default boolean appliesTo(Unit unit) {
    java.util.Objects.requireNonNull(unit, "unit");
    if (appliesTo().isEmpty()) {
      return true;
    }
    for (String a : appliesTo()) {
      String k = Unit.key(a);
      if (UnitKind.find(a).map(kind -> kind == unit.kind()).orElse(false)
          || unit.group().map(g -> Unit.key(g).equals(k)).orElse(false)
          || unit.tags().stream().anyMatch(t -> Unit.key(t).equals(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the node is scored at all: false for a node whose maximum is exactly 0 (collected, not scored, like
   * smart city under Decision 922).
   *
   * @return false when the maximum is exactly 0
   */
  @Value.Derived
  default boolean scored() {
    return maxPoints().isEmpty() || maxPoints().getAsDouble() > 0;
  }

  /**
   * Checks the node on its own; the framework checks the structure.
   */
  @Value.Check
  default void check() {
    if (!CODE.matcher(code()).matches()) {
      throw new InvalidFrameworkException(code(), "code must be 1-64 letters, digits, '_', '.' or '-', starting with"
          + " a letter or digit");
    }
    if (nameVi().isBlank()) {
      throw new InvalidFrameworkException(code(), "name must not be blank");
    }
    if (maxPoints().isPresent()) {
      double max = maxPoints().getAsDouble();
      if (!(max >= 0) || Double.isInfinite(max)) {
        throw new InvalidFrameworkException(code(), "max points must be a finite number ≥ 0, was "
            + Numbers.plain(max));
      }
    }
    if (weight().isPresent()) {
      double w = weight().getAsDouble();
      if (!(w >= 0) || Double.isInfinite(w)) {
        throw new InvalidFrameworkException(code(), "weight must be a finite number ≥ 0, was " + Numbers.plain(w));
      }
    }
    Set<String> seen = new HashSet<>();
    for (String p : parents()) {
      if (p.equalsIgnoreCase(code())) {
        throw new InvalidFrameworkException(code(), "a node cannot be its own parent");
      }
      if (!seen.add(p.toLowerCase(java.util.Locale.ROOT))) {
        throw new InvalidFrameworkException(code(), "parent '" + p + "' is listed twice");
      }
    }
    if ((kind() == NodeKind.INDEX) && !parents().isEmpty()) {
      throw new InvalidFrameworkException(code(), "the index is the root and cannot have parents, has " + parents());
    }
    if (!parents().isEmpty() || kind() == NodeKind.INDEX || kind() == NodeKind.PILLAR) {
      return;
    }
    throw new InvalidFrameworkException(code(), "a " + kind() + " must name at least one parent");
  }

  /**
   * A new builder.
   *
   * @return the builder, not null
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Node}; each attribute may be set once. */
  class Builder extends ImmutableNode.Builder {
    /** An empty builder; {@link Node#builder()} returns the same. */
    public Builder() {}
  }
}
