package org.opendti.examples.cli;

import org.opendti.Framework;
import org.opendti.ScoringRule;
import org.opendti.method.Method;
import org.opendti.method.Strategies;
import picocli.CommandLine.Option;

/** The method options shared by {@code score}, {@code compare}, {@code uncertainty} and {@code plan}. */
final class MethodOptions {
  @Option(names = "--normalise", paramLabel = "ID", description = "Normaliser: ${COMPLETION-CANDIDATES}",
      completionCandidates = NormaliserIds.class)
  String normalise;

  @Option(names = "--aggregate", paramLabel = "ID", description = "Aggregator: ${COMPLETION-CANDIDATES}",
      completionCandidates = AggregatorIds.class)
  String aggregate;

  @Option(names = "--weights", paramLabel = "ID", description = "Weighting: ${COMPLETION-CANDIDATES}",
      completionCandidates = WeightingIds.class)
  String weights;

  @Option(names = "--missing", paramLabel = "ID", description = "Missing values: ${COMPLETION-CANDIDATES}",
      completionCandidates = MissingIds.class)
  String missing;

  @Option(names = "--outliers", paramLabel = "ID",
      description = "Outlier treatment: none (default) or coinr (winsorise up to 5 points, then log).")
  String outliers;

  /**
   * The method: the framework file's own, else {@link Method#defaultFor(Framework)} (official for frameworks with
   * points, COINr's otherwise), with the options given on the command line on top.
   */
  Method method(Framework f, java.util.Optional<Method> fromFile, int decimals) {
    boolean points = f.maxPoints(f.root().code()).isPresent();
    Method base = fromFile.orElseGet(() -> Method.defaultFor(f));
    Method.Builder b = Method.builder().from(base);
    if (normalise != null) {
      b.normaliser(Strategies.normaliser(normalise));
      if (points && !normalise.equals("fraction-of-max")) {
        b.defaultRule(ScoringRule.raw());
      }
    }
    if (aggregate != null) {
      b.aggregator(Strategies.aggregator(aggregate));
    }
    if (weights != null) {
      b.weighting(Strategies.weighting(weights));
    }
    if (missing != null) {
      b.missing(Strategies.missing(missing));
    }
    if (outliers != null) {
      b.outliers(Strategies.outliers(outliers));
    }
    return b.decimals(decimals).build();
  }

  static final class NormaliserIds extends java.util.ArrayList<String> {
    private static final long serialVersionUID = 1L;

    NormaliserIds() {
      super(Strategies.NORMALISERS);
    }
  }

  static final class AggregatorIds extends java.util.ArrayList<String> {
    private static final long serialVersionUID = 1L;

    AggregatorIds() {
      super(Strategies.AGGREGATORS);
    }
  }

  static final class WeightingIds extends java.util.ArrayList<String> {
    private static final long serialVersionUID = 1L;

    WeightingIds() {
      super(Strategies.WEIGHTINGS);
    }
  }

  static final class MissingIds extends java.util.ArrayList<String> {
    private static final long serialVersionUID = 1L;

    MissingIds() {
      super(Strategies.MISSING);
    }
  }
}
