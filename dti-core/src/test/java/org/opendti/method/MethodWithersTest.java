package org.opendti.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.opendti.ScoringRule;

/**
 * Each wither of {@link Method} changes its one attribute and keeps every other (the copy equals the one the builder
 * makes from the same method), returns the method itself when the value is the one it holds, and checks as the
 * builder does.
 */
final class MethodWithersTest {

  /** A method in which every attribute differs from the default, so that a wither that lost one would show. */
  private static final Method BASE = Method.builder().normaliser(Normaliser.minMax()).weighting(WeightingScheme.equal())
      .aggregator(Aggregator.weightedGeometricMean()).missing(MissingValuePolicy.skip())
      .outliers(OutlierTreatment.coinr()).defaultRule(ScoringRule.raw()).ties(TiesStrategy.AVERAGE)
      .rankBasis(RankBasis.EXACT).decimals(6).referenceUnit("U1")
      .putNormaliserByNode("a", Normaliser.rank()).putAggregatorByNode("b", Aggregator.weightedArithmeticMean())
      .putAggregatorByLevel(3, Aggregator.weightedArithmeticMean()).putWeightingByNode("c", WeightingScheme.official())
      .putMissingByNode("d", MissingValuePolicy.zeroPoints()).build();

  private static <T> void wither(BiFunction<Method, T, Method> with, Function<Method, T> get, T other,
      BiFunction<Method.Builder, T, Method.Builder> set) {
    Method changed = with.apply(BASE, other);
    assertThat(get.apply(changed)).isEqualTo(other);
    assertThat(changed).isNotEqualTo(BASE)
        .isEqualTo(set.apply(Method.builder().from(BASE), other).build());
    assertThat(with.apply(BASE, get.apply(BASE))).isSameAs(BASE);
    assertThat(with.apply(changed, get.apply(BASE))).isEqualTo(BASE);
  }

  @Test
  void eachWither_changesOneAttribute_keepsTheRest_andReturnsTheSameMethodWhenUnchanged() {
    wither(Method::withNormaliser, Method::normaliser, Normaliser.zScore(), Method.Builder::normaliser);
    wither(Method::withWeighting, Method::weighting, WeightingScheme.entropy(), Method.Builder::weighting);
    wither(Method::withAggregator, Method::aggregator, Aggregator.weightedArithmeticMean(),
        Method.Builder::aggregator);
    wither(Method::withMissing, Method::missing, MissingValuePolicy.mean(), Method.Builder::missing);
    wither(Method::withOutliers, Method::outliers, OutlierTreatment.none(), Method.Builder::outliers);
    wither(Method::withDefaultRule, Method::defaultRule, ScoringRule.fraction(), Method.Builder::defaultRule);
    wither(Method::withTies, Method::ties, TiesStrategy.SEQUENTIAL, Method.Builder::ties);
    wither(Method::withRankBasis, Method::rankBasis, RankBasis.ROUNDED, Method.Builder::rankBasis);
    wither(Method::withDecimals, Method::decimals, 2, Method.Builder::decimals);
    wither(Method::withRescaleForApplicability, Method::rescaleForApplicability, false,
        Method.Builder::rescaleForApplicability);
    wither(Method::withReferenceUnit, m -> m.referenceUnit().orElseThrow(), "U2", Method.Builder::referenceUnit);
    wither((m, v) -> m.withReferenceUnit(v), Method::referenceUnit, Optional.<String>empty(),
        (b, v) -> b.referenceUnit(v));
    wither((m, v) -> m.withNormaliserByNode(v), Method::normaliserByNode, Map.of("x", Normaliser.minMax()),
        (b, v) -> b.normaliserByNode(v));
    wither((m, v) -> m.withAggregatorByNode(v), Method::aggregatorByNode, Map.<String, Aggregator>of(),
        (b, v) -> b.aggregatorByNode(v));
    wither((m, v) -> m.withAggregatorByLevel(v), Method::aggregatorByLevel,
        Map.of(2, Aggregator.weightedGeometricMean()), (b, v) -> b.aggregatorByLevel(v));
    wither((m, v) -> m.withWeightingByNode(v), Method::weightingByNode, Map.of("c", WeightingScheme.equal()),
        (b, v) -> b.weightingByNode(v));
    wither((m, v) -> m.withMissingByNode(v), Method::missingByNode, Map.of("e", MissingValuePolicy.skip()),
        (b, v) -> b.missingByNode(v));
  }

  @Test
  void withers_checkAsTheBuilderDoes_andLeaveTheOriginalAlone() {
    assertThatIllegalArgumentException().isThrownBy(() -> Method.official().withDecimals(13))
        .withMessage("decimals must be in 0..12, was 13");
    Method official = Method.official();
    Method changed = official.withNormaliser(Normaliser.minMax()).withDecimals(2);
    assertThat(official).isEqualTo(Method.official());
    assertThat(changed.describe()).contains("normalise=min-max", "decimals=2");
    assertThat(Method.coinr()).isEqualTo(Method.official().withNormaliser(Normaliser.minMax())
        .withMissing(MissingValuePolicy.skip()).withDefaultRule(ScoringRule.raw()).withRankBasis(RankBasis.EXACT));
  }
}
