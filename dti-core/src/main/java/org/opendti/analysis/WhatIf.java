package org.opendti.analysis;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.opendti.Dataset;
import org.opendti.Framework;
import org.opendti.Measure;
import org.opendti.Observation;
import org.opendti.engine.Change;
import org.opendti.engine.Comparison;
import org.opendti.engine.Results;
import org.opendti.engine.ScoringEngine;

/**
 * What-if scenarios: change some observations of one period, score again, and see what moves. Each
 * {@link #set(String, String, double)} returns a new scenario; the base data are never changed. Immutable and
 * thread-safe.
 */
public final class WhatIf {
  private final ScoringEngine engine;
  private final Framework framework;
  private final Dataset data;
  private final String period;
  private final Map<List<String>, Measure> changes;

  private WhatIf(ScoringEngine engine, Framework framework, Dataset data, String period,
      Map<List<String>, Measure> changes) {
    this.engine = engine;
    this.framework = framework;
    this.data = data;
    this.period = period;
    this.changes = changes;
  }

  /**
   * A scenario on one period of a dataset, with no changes yet.
   *
   * @param engine the engine, not null
   * @param framework the framework, not null
   * @param data the data, not null
   * @param period one of the data's periods, not null
   * @return the scenario, not null
   * @throws IllegalArgumentException if the period is unknown
   */
  public static WhatIf of(ScoringEngine engine, Framework framework, Dataset data, String period) {
    if (!data.periods().contains(period)) {
      throw new IllegalArgumentException("unknown period '" + period + "'; the data have " + data.periods());
    }
    return new WhatIf(Objects.requireNonNull(engine), Objects.requireNonNull(framework), data, period, Map.of());
  }

  /**
   * This scenario with one more change: the unit's observation of the indicator becomes a value (added if missing).
   *
   * @param unit the unit's code or name, not null
   * @param indicator the indicator's code or alias as the data name it, not null
   * @param value the new value
   * @return the new scenario, not null
   * @throws IllegalArgumentException if the unit is not in the data
   */
  public WhatIf set(String unit, String indicator, double value) {
    return set(unit, indicator, Measure.ofValue(value));
  }

  /**
   * This scenario with one more change: the unit's observation of the indicator becomes a measure.
   *
   * @param unit the unit's code or name, not null
   * @param indicator the indicator's code or alias as the data name it, not null
   * @param measure the new measure, not null
   * @return the new scenario, not null
   * @throws IllegalArgumentException if the unit is not in the data
   */
  public WhatIf set(String unit, String indicator, Measure measure) {
    String code = data.findUnit(unit).orElseThrow(() -> new IllegalArgumentException("unknown unit '" + unit
        + "'")).code();
    Map<List<String>, Measure> next = new LinkedHashMap<>(changes);
    next.put(List.of(code, indicator), Objects.requireNonNull(measure));
    return new WhatIf(engine, framework, data, period, java.util.Collections.unmodifiableMap(next));
  }

  /**
   * The changed data: the base period's observations with this scenario's changes.
   *
   * @return the data, one period, not null
   */
  public Dataset scenarioData() {
    Dataset base = data.period(period);
    Dataset.Builder b = Dataset.builder();
    base.units().forEach(b::addUnit);
    Map<List<String>, Measure> pending = new LinkedHashMap<>(changes);
    for (Observation o : base.observations()) {
      Measure m = pending.remove(List.of(o.unit(), o.indicator()));
      b.add(m == null ? o : Observation.builder().unit(o.unit()).indicator(o.indicator()).period(o.period())
          .measure(m).build());
    }
    pending.forEach((k, m) -> b.add(Observation.builder().unit(k.get(0)).indicator(k.get(1)).period(period)
        .measure(m).build()));
    return b.build();
  }

  /**
   * Scores the base and the scenario.
   *
   * @return both results and their differences, not null
   */
  public Outcome run() {
    Results before = engine.score(framework, data, period);
    Results after = engine.score(framework, scenarioData(), period);
    return new Outcome(before, after);
  }

  /**
   * The base and the scenario's results.
   *
   * @param before the base results
   * @param after the scenario's results
   */
  public record Outcome(Results before, Results after) {
    /**
     * The checks of an outcome.
     *
     * @param before not null
     * @param after not null
     */
    public Outcome {
      Objects.requireNonNull(before, "before");
      Objects.requireNonNull(after, "after");
    }

    /**
     * Every unit's change in a node.
     *
     * @param node the node's code or alias, not null
     * @return one change per unit, not null
     */
    public List<Change> changes(String node) {
      return Comparison.between(before, after).changes(node);
    }

    /**
     * The units whose value or rank in a node changed.
     *
     * @param node the node's code or alias, not null
     * @return their changes, not null
     */
    public List<Change> moved(String node) {
      List<Change> out = new ArrayList<>();
      for (Change c : changes(node)) {
        if (c.delta() != 0 || c.rankMove() != 0) {
          out.add(c);
        }
      }
      return ImmutableList.copyOf(out);
    }
  }
}
