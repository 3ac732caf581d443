package org.opendti.method;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.opendti.Framework;
import org.opendti.ScoringRule;

/**
 * Every methodological choice of a scoring run, in one immutable value that the results carry, so that any result
 * can be reproduced.
 *
 * <p>Settings may differ per node (by code) and, for aggregators and weights, per level (1 = leaves): a node setting
 * wins over a level setting, which wins over the default.
 *
 * <pre>{@code
 * Method official = Method.official();                       // the ministry's rules
 * Method coinr = Method.coinr();                             // min-max, meta weights, arithmetic, skip missing
 * Method zScores = official.withNormaliser(Normaliser.zScore());   // a copy with one choice changed
 * Method mine = Method.builder().from(official).normaliser(Normaliser.zScore())
 *     .putAggregatorByLevel(3, Aggregator.weightedGeometricMean()).build();
 * }</pre>
 *
 * <p>Each {@code with} method returns a copy with one attribute replaced and every other kept; it returns this very
 * method when the new value is the one it holds (the same instance; for the decimals and the reference unit, an equal
 * value), and it runs the same checks as {@link #builder()}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@MethodStyle
public interface Method {

  /**
   * The default normaliser.
   *
   * @return the normaliser, {@link Normaliser#fractionOfMax()} unless set
   */
  @Value.Default
  default Normaliser normaliser() {
    return Normaliser.fractionOfMax();
  }

  /**
   * The default weighting scheme.
   *
   * @return the scheme, {@link WeightingScheme#official()} unless set
   */
  @Value.Default
  default WeightingScheme weighting() {
    return WeightingScheme.official();
  }

  /**
   * The default aggregator.
   *
   * @return the aggregator, {@link Aggregator#weightedArithmeticMean()} unless set
   */
  @Value.Default
  default Aggregator aggregator() {
    return Aggregator.weightedArithmeticMean();
  }

  /**
   * The default missing-value policy.
   *
   * @return the policy, {@link MissingValuePolicy#zeroPoints()} unless set
   */
  @Value.Default
  default MissingValuePolicy missing() {
    return MissingValuePolicy.zeroPoints();
  }

  /**
   * The outlier treatment applied to each input indicator after missing values and before normalisation.
   *
   * @return the treatment, {@link OutlierTreatment#none()} unless set
   */
  @Value.Default
  default OutlierTreatment outliers() {
    return OutlierTreatment.none();
  }

  /**
   * The scoring rule of input nodes that have none.
   *
   * @return the rule, {@link ScoringRule#fraction()} unless set
   */
  @Value.Default
  default ScoringRule defaultRule() {
    return ScoringRule.fraction();
  }

  /**
   * How tied values share ranks.
   *
   * @return the strategy, {@link TiesStrategy#MINIMUM} unless set
   */
  @Value.Default
  default TiesStrategy ties() {
    return TiesStrategy.MINIMUM;
  }

  /**
   * Which values ranks are computed from.
   *
   * @return the basis, {@link RankBasis#ROUNDED} unless set
   */
  @Value.Default
  default RankBasis rankBasis() {
    return RankBasis.ROUNDED;
  }

  /**
   * How nodes that apply to some units only ({@link org.opendti.Node#appliesTo()}) are scored. True (the default):
   * a unit is scored over what applies to it, so units stay comparable and every main indicator keeps its weight: a
   * node's points are the sum of its applicable children's points times its maximum over the sum of those children's
   * maxima, and a node none of whose children apply does not apply either (under other methods, the aggregator
   * leaves out the children that do not apply and re-weights the rest). This is how provinces' sub-provincial
   * frameworks treat components that concern only some departments (issue 17 of this project cites one city's 2025
   * framework: 33 components for all 17 departments, a 34th for the 8 with digital-economy tasks). False: a node that
   * does not apply earns nothing (0, the worst normalised value), and the unit's maximum is not reduced.
   *
   * @return true unless set
   */
  @Value.Default
  default boolean rescaleForApplicability() {
    return true;
  }

  /**
   * The decimals of published values (rounded half-up once, at the end; methodology §3).
   *
   * @return the decimals, 0..12, 4 unless set
   */
  @Value.Default
  default int decimals() {
    return 4;
  }

  /**
   * The unit that {@link Normaliser#distanceToReference()} compares with.
   *
   * @return the unit code, if any
   */
  Optional<String> referenceUnit();

  /**
   * Normalisers for particular nodes, by code.
   *
   * @return the map, not null
   */
  Map<String, Normaliser> normaliserByNode();

  /**
   * Aggregators for particular nodes, by code.
   *
   * @return the map, not null
   */
  Map<String, Aggregator> aggregatorByNode();

  /**
   * Aggregators for every aggregate of a level (2 = parents of leaves).
   *
   * @return the map, not null
   */
  Map<Integer, Aggregator> aggregatorByLevel();

  /**
   * Weighting schemes for particular aggregates, by code.
   *
   * @return the map, not null
   */
  Map<String, WeightingScheme> weightingByNode();

  /**
   * Missing-value policies for particular input nodes, by code.
   *
   * @return the map, not null
   */
  Map<String, MissingValuePolicy> missingByNode();

  /**
   * The normaliser of a node.
   *
   * @param code the node code, not null
   * @return the node's setting, or the default, not null
   */
  default Normaliser normaliserFor(String code) {
    return lookup(normaliserByNode(), code).orElse(normaliser());
  }

  /**
   * The aggregator of a node.
   *
   * @param code the node code, not null
   * @param level the node's level in its framework
   * @return the node's setting, else the level's, else the default, not null
   */
  default Aggregator aggregatorFor(String code, int level) {
    return lookup(aggregatorByNode(), code)
        .orElseGet(() -> Optional.ofNullable(aggregatorByLevel().get(level)).orElse(aggregator()));
  }

  /**
   * The weighting scheme of an aggregate.
   *
   * @param code the node code, not null
   * @return the node's setting, or the default, not null
   */
  default WeightingScheme weightingFor(String code) {
    return lookup(weightingByNode(), code).orElse(weighting());
  }

  /**
   * The missing-value policy of an input node.
   *
   * @param code the node code, not null
   * @return the node's setting, or the default, not null
   */
  default MissingValuePolicy missingFor(String code) {
    return lookup(missingByNode(), code).orElse(missing());
  }

  private static <T> Optional<T> lookup(Map<String, T> map, String code) {
    T t = map.get(code);
    if (t == null && !map.isEmpty()) {
      for (Map.Entry<String, T> e : map.entrySet()) {
        if (e.getKey().toLowerCase(Locale.ROOT).equals(code.toLowerCase(Locale.ROOT))) {
          return Optional.of(e.getValue());
        }
      }
    }
    return Optional.ofNullable(t);
  }

  /**
   * A copy with another default normaliser.
   *
   * @param value the new value of {@link #normaliser()}, not null
   * @return the copy, or this method if {@code value} is the one it holds, not null
   */
  default Method withNormaliser(Normaliser value) {
    return ImmutableMethod.copyOf(this).withNormaliser(value);
  }

  /**
   * A copy with another default weighting scheme.
   *
   * @param value the new value of {@link #weighting()}, not null
   * @return the copy, or this method if {@code value} is the one it holds, not null
   */
  default Method withWeighting(WeightingScheme value) {
    return ImmutableMethod.copyOf(this).withWeighting(value);
  }

  /**
   * A copy with another default aggregator.
   *
   * @param value the new value of {@link #aggregator()}, not null
   * @return the copy, or this method if {@code value} is the one it holds, not null
   */
  default Method withAggregator(Aggregator value) {
    return ImmutableMethod.copyOf(this).withAggregator(value);
  }

  /**
   * A copy with another default missing-value policy.
   *
   * @param value the new value of {@link #missing()}, not null
   * @return the copy, or this method if {@code value} is the one it holds, not null
   */
  default Method withMissing(MissingValuePolicy value) {
    return ImmutableMethod.copyOf(this).withMissing(value);
  }

  /**
   * A copy with another outlier treatment.
   *
   * @param value the new value of {@link #outliers()}, not null
   * @return the copy, or this method if {@code value} is the one it holds, not null
   */
  default Method withOutliers(OutlierTreatment value) {
    return ImmutableMethod.copyOf(this).withOutliers(value);
  }

  /**
   * A copy with another scoring rule of input nodes that have none.
   *
   * @param value the new value of {@link #defaultRule()}, not null
   * @return the copy, or this method if {@code value} is the one it holds, not null
   */
  default Method withDefaultRule(ScoringRule value) {
    return ImmutableMethod.copyOf(this).withDefaultRule(value);
  }

  /**
   * A copy with another ties strategy.
   *
   * @param value the new value of {@link #ties()}, not null
   * @return the copy, or this method if {@code value} is the one it holds, not null
   */
  default Method withTies(TiesStrategy value) {
    return ImmutableMethod.copyOf(this).withTies(value);
  }

  /**
   * A copy with another basis of ranks.
   *
   * @param value the new value of {@link #rankBasis()}, not null
   * @return the copy, or this method if {@code value} is the one it holds, not null
   */
  default Method withRankBasis(RankBasis value) {
    return ImmutableMethod.copyOf(this).withRankBasis(value);
  }

  /**
   * A copy that does or does not rescale for applicability.
   *
   * @param value the new value of {@link #rescaleForApplicability()}
   * @return the copy, or this method if {@code value} is the one it holds, not null
   */
  default Method withRescaleForApplicability(boolean value) {
    return ImmutableMethod.copyOf(this).withRescaleForApplicability(value);
  }

  /**
   * A copy with other decimals.
   *
   * @param value the new value of {@link #decimals()}, 0..12
   * @return the copy, or this method if the decimals are the same, not null
   * @throws IllegalArgumentException if {@code value} is outside 0..12
   */
  default Method withDecimals(int value) {
    return ImmutableMethod.copyOf(this).withDecimals(value);
  }

  /**
   * A copy with a reference unit, the one {@link Normaliser#distanceToReference()} compares with.
   *
   * @param value the unit code, not null
   * @return the copy, or this method if the reference unit is the same, not null
   */
  default Method withReferenceUnit(String value) {
    return ImmutableMethod.copyOf(this).withReferenceUnit(value);
  }

  /**
   * A copy with a reference unit or none.
   *
   * @param value the unit code, or empty for none, not null
   * @return the copy, or this method if the reference unit is the same, not null
   */
  default Method withReferenceUnit(Optional<String> value) {
    return ImmutableMethod.copyOf(this).withReferenceUnit(value);
  }

  /**
   * A copy with other normalisers for particular nodes, replacing all of them (an empty map removes them).
   *
   * @param entries the new value of {@link #normaliserByNode()}, not null, without null keys or values
   * @return the copy, or this method if {@code entries} is the map it holds, not null
   */
  default Method withNormaliserByNode(Map<String, ? extends Normaliser> entries) {
    return ImmutableMethod.copyOf(this).withNormaliserByNode(entries);
  }

  /**
   * A copy with other aggregators for particular nodes, replacing all of them (an empty map removes them).
   *
   * @param entries the new value of {@link #aggregatorByNode()}, not null, without null keys or values
   * @return the copy, or this method if {@code entries} is the map it holds, not null
   */
  default Method withAggregatorByNode(Map<String, ? extends Aggregator> entries) {
    return ImmutableMethod.copyOf(this).withAggregatorByNode(entries);
  }

  /**
   * A copy with other aggregators by level, replacing all of them (an empty map removes them).
   *
   * @param entries the new value of {@link #aggregatorByLevel()}, not null, without null keys or values
   * @return the copy, or this method if {@code entries} is the map it holds, not null
   */
  default Method withAggregatorByLevel(Map<Integer, ? extends Aggregator> entries) {
    return ImmutableMethod.copyOf(this).withAggregatorByLevel(entries);
  }

  /**
   * A copy with other weighting schemes for particular aggregates, replacing all of them (an empty map removes them).
   *
   * @param entries the new value of {@link #weightingByNode()}, not null, without null keys or values
   * @return the copy, or this method if {@code entries} is the map it holds, not null
   */
  default Method withWeightingByNode(Map<String, ? extends WeightingScheme> entries) {
    return ImmutableMethod.copyOf(this).withWeightingByNode(entries);
  }

  /**
   * A copy with other missing-value policies for particular input nodes, replacing all of them (an empty map removes them).
   *
   * @param entries the new value of {@link #missingByNode()}, not null, without null keys or values
   * @return the copy, or this method if {@code entries} is the map it holds, not null
   */
  default Method withMissingByNode(Map<String, ? extends MissingValuePolicy> entries) {
    return ImmutableMethod.copyOf(this).withMissingByNode(entries);
  }

  /**
   * One line naming every default choice by id, e.g.
   * {@code normalise=fraction-of-max weights=official aggregate=arithmetic missing=zero ties=MINIMUM decimals=4}.
   *
   * @return the description, not null
   */
  default String describe() {
    return "normalise=" + normaliser().id() + " weights=" + weighting().id() + " aggregate=" + aggregator().id()
        + " missing=" + missing().id() + " outliers=" + outliers().id() + " rule=" + defaultRule().id() + " ties=" + ties() + " ranks=" + rankBasis()
        + " decimals=" + decimals()
        + (normaliserByNode().isEmpty() && aggregatorByNode().isEmpty() && aggregatorByLevel().isEmpty()
            && weightingByNode().isEmpty() && missingByNode().isEmpty() ? "" : " (+ per-node settings)");
  }

  /**
   * Checks the decimals.
   */
  @Value.Check
  default void check() {
    if (decimals() < 0 || decimals() > 12) {
      throw new IllegalArgumentException("decimals must be in 0..12, was " + decimals());
    }
  }

  /**
   * The official DTI method (Decisions 1726, 922 and 405 as published, methodology §3 and §6): values are fractions of
   * the maximum, weights are the maximum points, aggregation is Σ points / Σ max, a missing indicator earns 0 points,
   * values are rounded half-up to 4 decimals once at the end, and ranks are shared by equal published values (1, 2,
   * 2, 4).
   *
   * @return the method, not null
   */
  static Method official() {
    return builder().build();
  }

  /**
   * The method COINr applies in its reference outputs: raw values, direction applied, min-max to [0, 1], the
   * framework's weights, weighted arithmetic mean at every level, missing values skipped with weights renormalised,
   * ranks at full precision with ties sharing the lowest rank.
   *
   * @return the method, not null
   */
  static Method coinr() {
    return builder().normaliser(Normaliser.minMax()).missing(MissingValuePolicy.skip())
        .defaultRule(ScoringRule.raw()).rankBasis(RankBasis.EXACT).build();
  }

  /**
   * The method a framework is scored with when the user names none: {@link #official()} for a framework whose root
   * has maximum points (every DTI framework of Decisions 1726, 922 and 405 publishes them, so its scores are points
   * out of the maximum, methodology §3), {@link #coinr()} otherwise (a framework without points, such as a COINr
   * meta file, has weights but no scale that fraction-of-max could use).
   *
   * @param framework the framework, not null
   * @return the method, not null
   */
  static Method defaultFor(Framework framework) {
    return framework.maxPoints(framework.root().code()).isPresent() ? official() : coinr();
  }

  /**
   * A new builder.
   *
   * @return the builder, not null
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Method}; {@code from(method)} starts from an existing one. */
  class Builder extends ImmutableMethod.Builder {
    /** An empty builder (unset attributes take their defaults); {@link Method#builder()} returns the same. */
    public Builder() {}
  }
}
