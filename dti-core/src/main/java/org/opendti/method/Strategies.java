package org.opendti.method;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;

/**
 * Resolves the stable ids of the built-in strategies, as files and the command line name them.
 *
 * <p>Parameters follow a colon: {@code min-max:0,100}, {@code z-score:10,3}, {@code goalposts:0,100,1},
 * {@code power:2}. This class is stateless and thread-safe.
 */
public final class Strategies {
  private Strategies() {}

  /** The normaliser ids accepted by {@link #normaliser(String)}. */
  public static final List<String> NORMALISERS = ImmutableList.of("none", "fraction-of-max", "min-max",
      "min-max:L,U", "z-score", "z-score:MEAN,SD", "rank", "percentile-rank", "borda", "goalposts:L,U,SCALE",
      "distance-to-max", "distance-to-target", "distance-to-target:cap", "distance-to-reference",
      "distance-to-reference:cap");
  /** The aggregator ids accepted by {@link #aggregator(String)}. */
  public static final List<String> AGGREGATORS = ImmutableList.of("arithmetic", "geometric", "harmonic", "power:P",
      "copeland");
  /** The weighting ids accepted by {@link #weighting(String)}. */
  public static final List<String> WEIGHTINGS = ImmutableList.of("official", "equal", "entropy", "critic",
      "pca", "balance", "infomax");
  /** The missing-value policy ids accepted by {@link #missing(String)}. */
  public static final List<String> MISSING = ImmutableList.of("zero", "skip", "fail", "mean", "median", "group-mean",
      "previous-period", "interpolate");

  /** The outlier treatment ids accepted by {@link #outliers(String)}. */
  public static final List<String> OUTLIERS = ImmutableList.of("none", "coinr");

  /**
   * The outlier treatment with this id.
   *
   * @param id {@code none} or {@code coinr}, not null
   * @return the treatment, not null
   * @throws IllegalArgumentException if the id is invalid
   */
  public static OutlierTreatment outliers(String id) {
    return switch (split(id)[0]) {
      case "none" -> OutlierTreatment.none();
      case "coinr", "winsorise" -> OutlierTreatment.coinr();
      default -> throw unknown("outlier treatment", id, OUTLIERS);
    };
  }

  private static String[] split(String id) {
    String s = id.strip().toLowerCase(Locale.ROOT);
    int colon = s.indexOf(':');
    return colon < 0 ? new String[] {s, ""} : new String[] {s.substring(0, colon), s.substring(colon + 1)};
  }

  private static double[] params(String id, String params, int n) {
    String[] parts = params.split(",", -1);
    if (parts.length != n) {
      throw new IllegalArgumentException("'" + id + "' needs " + n + " comma-separated numbers after ':'");
    }
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      try {
        out[i] = Double.parseDouble(parts[i].strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("'" + id + "': cannot read '" + parts[i] + "' as a number", e);
      }
    }
    return out;
  }

  private static IllegalArgumentException unknown(String kind, String id, List<String> known) {
    return new IllegalArgumentException("unknown " + kind + " '" + id + "'; expected one of " + known);
  }

  /**
   * The normaliser with this id.
   *
   * @param id e.g. {@code min-max} or {@code min-max:0,100}, not null
   * @return the normaliser, not null
   * @throws IllegalArgumentException if the id or its parameters are invalid
   */
  public static Normaliser normaliser(String id) {
    String[] p = split(id);
    return switch (p[0]) {
      case "none" -> Normaliser.none();
      case "fraction-of-max" -> Normaliser.fractionOfMax();
      case "min-max", "minmax" -> {
        if (p[1].isEmpty()) {
          yield Normaliser.minMax();
        }
        double[] a = params(id, p[1], 2);
        yield Normaliser.minMax(a[0], a[1]);
      }
      case "z-score", "zscore" -> {
        if (p[1].isEmpty()) {
          yield Normaliser.zScore();
        }
        double[] a = params(id, p[1], 2);
        yield Normaliser.zScore(a[0], a[1]);
      }
      case "rank" -> Normaliser.rank();
      case "percentile-rank" -> Normaliser.percentileRank();
      case "borda" -> Normaliser.borda();
      case "goalposts" -> {
        double[] a = params(id, p[1], 3);
        yield Normaliser.goalposts(a[0], a[1], a[2]);
      }
      case "distance-to-max" -> Normaliser.distanceToMax();
      case "distance-to-target" -> p[1].equals("cap") ? Normaliser.distanceToTargetCapped()
          : Normaliser.distanceToTarget();
      case "distance-to-reference" -> p[1].equals("cap") ? Normaliser.distanceToReferenceCapped()
          : Normaliser.distanceToReference();
      default -> throw unknown("normaliser", id, NORMALISERS);
    };
  }

  /**
   * The aggregator with this id.
   *
   * @param id e.g. {@code arithmetic} or {@code power:2}, not null
   * @return the aggregator, not null
   * @throws IllegalArgumentException if the id is invalid
   */
  public static Aggregator aggregator(String id) {
    String[] p = split(id);
    return switch (p[0]) {
      case "arithmetic" -> Aggregator.weightedArithmeticMean();
      case "geometric" -> Aggregator.weightedGeometricMean();
      case "harmonic" -> Aggregator.weightedHarmonicMean();
      case "power" -> Aggregator.generalisedMean(params(id, p[1], 1)[0]);
      case "copeland" -> Aggregator.copeland();
      default -> throw unknown("aggregator", id, AGGREGATORS);
    };
  }

  /**
   * The weighting scheme with this id.
   *
   * @param id e.g. {@code official} or {@code equal}, not null
   * @return the scheme, not null
   * @throws IllegalArgumentException if the id is invalid
   */
  public static WeightingScheme weighting(String id) {
    return switch (split(id)[0]) {
      case "official" -> WeightingScheme.official();
      case "equal" -> WeightingScheme.equal();
      case "entropy" -> WeightingScheme.entropy();
      case "critic" -> WeightingScheme.critic();
      case "pca" -> WeightingScheme.pca();
      case "balance" -> WeightingScheme.optimisedForBalance();
      case "infomax" -> WeightingScheme.optimisedForInformation();
      default -> throw unknown("weighting", id, WEIGHTINGS);
    };
  }

  /**
   * The missing-value policy with this id.
   *
   * @param id e.g. {@code zero} or {@code skip}, not null
   * @return the policy, not null
   * @throws IllegalArgumentException if the id is invalid
   */
  public static MissingValuePolicy missing(String id) {
    return switch (split(id)[0]) {
      case "zero" -> MissingValuePolicy.zeroPoints();
      case "skip" -> MissingValuePolicy.skip();
      case "fail" -> MissingValuePolicy.fail();
      case "mean" -> MissingValuePolicy.mean();
      case "median" -> MissingValuePolicy.median();
      case "group-mean" -> MissingValuePolicy.groupMean();
      case "previous-period" -> MissingValuePolicy.previousPeriod();
      case "interpolate" -> MissingValuePolicy.linearInterpolation();
      default -> throw unknown("missing-value policy", id, MISSING);
    };
  }
}
