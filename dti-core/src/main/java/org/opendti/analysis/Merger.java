package org.opendti.analysis;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.opendti.Dataset;
import org.opendti.DtiException;
import org.opendti.Node;
import org.opendti.NodeKind;
import org.opendti.Provinces;
import org.opendti.Unit;
import org.opendti.UnitRegistry;
import org.opendti.UnknownUnitException;
import org.opendti.engine.Results;
import org.opendti.engine.ScoringEngine;

/**
 * Results for a merged grouping of units computed from the results of their constituents, the way the ministry
 * published DTI 2024 for the 34 provinces after the 1 July 2025 merger: each merged province's main indicators are the
 * unweighted arithmetic mean of its constituents' main indicators, then pillars, the DTI and ranks follow
 * (methodology §4).
 *
 * <pre>{@code
 * Results r63 = ScoringEngine.official().score(Frameworks.pdti2022(), data63);
 * Results r34 = Merger.merge2025(r63, Merger.Rule.mean(), ScoringEngine.official());
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Merger {
  private Merger() {}

  /**
   * How the constituents' values of one main indicator combine into the merged unit's value.
   *
   * <h2>Implementation requirements</h2>
   * Immutable and thread-safe; must not modify its arguments.
   */
  @FunctionalInterface
  public interface Rule {
    /**
     * Combines the values of one indicator.
     *
     * @param values the constituents' values (fractions 0..1), none NaN, not null
     * @param constituents the constituents, in the order of {@code values}, not null
     * @return the merged value
     */
    double combine(double[] values, List<Unit> constituents);

    /**
     * A stable id, e.g. {@code "mean"}.
     *
     * @return the id, not null
     */
    default String id() {
      return getClass().getName();
    }

    /**
     * The unweighted arithmetic mean: the ministry's rule for DTI 2024.
     *
     * @return the rule, not null
     */
    static Rule mean() {
      return new Rule() {
        @Override
        public double combine(double[] values, List<Unit> constituents) {
          double s = 0;
          for (double v : values) {
            s += v;
          }
          return s / values.length;
        }

        @Override
        public String id() {
          return "mean";
        }
      };
    }

    /**
     * A weighted mean, e.g. by population; every constituent needs a weight, by unit code.
     *
     * @param weightByUnit weights &gt; 0 by constituent code, not null
     * @return the rule, not null
     * @throws IllegalArgumentException if a weight is not positive and finite
     */
    static Rule weighted(Map<String, Double> weightByUnit) {
      Map<String, Double> w = new LinkedHashMap<>();
      weightByUnit.forEach((k, v) -> {
        if (!(v > 0) || Double.isInfinite(v)) {
          throw new IllegalArgumentException("weight of '" + k + "' must be positive and finite, was " + v);
        }
        w.put(k.toLowerCase(Locale.ROOT), v);
      });
      Map<String, Double> weights = ImmutableMap.copyOf(w);
      return new Rule() {
        @Override
        public double combine(double[] values, List<Unit> constituents) {
          double s = 0;
          double total = 0;
          for (int i = 0; i < values.length; i++) {
            Double wi = weights.get(constituents.get(i).code().toLowerCase(Locale.ROOT));
            if (wi == null) {
              throw new DtiException("no merger weight for unit '" + constituents.get(i).code() + "' ("
                  + constituents.get(i).name() + ")");
            }
            s += wi * values[i];
            total += wi;
          }
          return s / total;
        }

        @Override
        public String id() {
          return "weighted";
        }
      };
    }
  }

  /**
   * The merged units' main-indicator values as a dataset (fractions 0..1, in the results' period), ready to score.
   *
   * @param results the constituents' results, not null
   * @param before resolves the results' units to constituents, not null
   * @param after the merged units, not null
   * @param mapping constituent code → merged unit code, not null
   * @param rule how values combine, not null
   * @return the dataset of merged units, in {@code after} order, each unit's code being its name (the registry's code
   *     kept as an alias), not null
   * @throws UnknownUnitException if a unit of the results is not in {@code before}
   * @throws DtiException if a merged unit lacks one of its constituents, or a constituent has no mapping
   */
  public static Dataset mergedInputs(Results results, UnitRegistry before, UnitRegistry after,
      Map<String, String> mapping, Rule rule) {
    Objects.requireNonNull(rule, "rule");
    Map<String, Unit> constituentOf = new LinkedHashMap<>();
    for (Unit u : results.units()) {
      Unit c = before.resolve(u.name());
      if (constituentOf.put(c.code(), u) != null) {
        throw new DtiException("units '" + constituentOf.get(c.code()).name() + "' and '" + u.name()
            + "' are both '" + c.name() + "'");
      }
    }
    Dataset.Builder out = Dataset.builder();
    List<Node> mains = results.nodes().stream().filter(n -> n.kind() == NodeKind.MAIN_INDICATOR && n.scored())
        .toList();
    for (Unit merged : after.units()) {
      List<Unit> constituents = new ArrayList<>();
      List<Unit> inResults = new ArrayList<>();
      for (Unit c : before.units()) {
        String target = mapping.get(c.code());
        if (target == null) {
          throw new DtiException("the merger mapping has no entry for '" + c.code() + "' (" + c.name() + ")");
        }
        if (!target.equals(merged.code())) {
          continue;
        }
        Unit r = constituentOf.get(c.code());
        if (r == null) {
          throw new DtiException("cannot compute '" + merged.name() + "': its constituent '" + c.name()
              + "' has no results");
        }
        constituents.add(c);
        inResults.add(r);
      }
      if (constituents.isEmpty()) {
        continue;
      }
      // Names are authoritative (the codes are unverified): the merged unit's code is its name, the number an alias.
      Unit.Builder named = Unit.builder().code(merged.name()).name(merged.name()).addAlias(merged.code())
          .kind(merged.kind());
      merged.validFrom().ifPresent(named::validFrom);
      merged.group().ifPresent(named::group);
      out.addUnit(named.build());
      for (Node m : mains) {
        double[] v = new double[inResults.size()];
        for (int k = 0; k < v.length; k++) {
          v[k] = results.value(inResults.get(k).code(), m.code());
          if (Double.isNaN(v[k])) {
            throw new DtiException("cannot compute '" + merged.name() + "': constituent '" + constituents.get(k)
                .name() + "' has no value for '" + m.code() + "'");
          }
        }
        out.put(merged.name(), m.code(), results.period(), rule.combine(v, constituents));
      }
    }
    return out.build();
  }

  /**
   * The 2025 grouping: results for the 34 provinces from results for the 63, scored with the same framework.
   *
   * @param results63 the results of the 63 provinces (names in any spelling {@link Provinces#before2025()} resolves),
   *     not null
   * @param rule how main-indicator values combine; {@link Rule#mean()} is the ministry's, not null
   * @param engine the engine that scores the merged units, not null
   * @return the results for the 34 provinces, not null
   */
  public static Results merge2025(Results results63, Rule rule, ScoringEngine engine) {
    Dataset merged = mergedInputs(results63, Provinces.before2025(), Provinces.after2025(), Provinces.merger2025(),
        rule);
    return engine.score(results63.framework(), merged, results63.period());
  }
}
