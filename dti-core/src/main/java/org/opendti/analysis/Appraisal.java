package org.opendti.analysis;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.opendti.Dataset;
import org.opendti.Framework;
import org.opendti.Node;
import org.opendti.NodeKind;
import org.opendti.Observation;
import org.opendti.Stage;
import org.opendti.StagedDataset;
import org.opendti.Unit;
import org.opendti.engine.Results;
import org.opendti.engine.ScoringEngine;
import org.opendti.method.Method;

/**
 * What appraisal changed: both stages of a round scored with one framework and method, and per unit and scored node
 * (the index, main indicators and pillars, components) the self-assessed and appraised points and their difference
 * (appraised − self, negative when the council took points away), with both stages' evidence for the inputs; per unit,
 * the points lost in appraisal and the components that lost most. Offices publish this analysis after each round
 * ("who lost points and why"; seed 003 is one). Points are the framework's; for a framework without points (weights
 * only) the columns hold values.
 *
 * <pre>{@code
 * Appraisal a = Appraisal.of(framework, round, Method.official(), Dataset.SINGLE_PERIOD);
 * a.byUnit().get(0).lost();            // points the first unit lost in appraisal
 * a.rows();                            // one row per unit and node
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Appraisal {
  /** The most components {@link UnitSummary#mostLost()} names. */
  public static final int MOST_LOST = 3;

  private final Results self;
  private final Results appraised;
  private final ImmutableList<Row> rows;
  private final ImmutableList<UnitSummary> byUnit;

  private Appraisal(Framework framework, StagedDataset round, Method method, String period) {
    ScoringEngine engine = ScoringEngine.of(method);
    this.self = engine.score(framework, round.forStage(Stage.SELF), period);
    this.appraised = engine.score(framework, round.forStage(Stage.APPRAISED), period);
    boolean points = framework.maxPoints(framework.root().code()).isPresent();
    Map<String, String> selfColumns = columns(framework, round.given(Stage.SELF), period);
    Map<String, String> appraisedColumns = columns(framework, round.given(Stage.APPRAISED), period);
    List<Node> nodes = appraised.nodes();
    ImmutableList.Builder<Row> all = ImmutableList.builder();
    ImmutableList.Builder<UnitSummary> units = ImmutableList.builder();
    String root = framework.root().code();
    for (Unit unit : appraised.units()) {
      List<Row> mine = new ArrayList<>();
      for (Node node : nodes) {
        if (!node.scored()) {
          continue;
        }
        double before = self.findUnit(unit.code()).isPresent() ? amount(self, unit.code(), node.code(), points)
            : Double.NaN;
        double after = amount(appraised, unit.code(), node.code(), points);
        Optional<Observation> own = observation(round.given(Stage.SELF), selfColumns, unit, node, period);
        Optional<Observation> council = observation(round.given(Stage.APPRAISED), appraisedColumns, unit, node,
            period);
        Row row = new Row(unit, node, before, after, after - before,
            own.flatMap(Observation::evidence).orElse(""), council.flatMap(Observation::evidence).orElse(""),
            own.flatMap(Observation::note).orElse(""), council.flatMap(Observation::note).orElse(""));
        mine.add(row);
      }
      all.addAll(mine);
      Row total = mine.stream().filter(r -> r.node().code().equals(root)).findFirst().orElse(null);
      List<Row> lost = mine.stream().filter(r -> r.node().kind() == NodeKind.COMPONENT && r.difference() < 0)
          .sorted(Comparator.comparingDouble(Row::difference)).limit(MOST_LOST).toList();
      units.add(new UnitSummary(unit, total == null ? Double.NaN : total.selfPoints(),
          total == null ? Double.NaN : total.appraisedPoints(), total == null ? Double.NaN : -total.difference(),
          lost));
    }
    this.rows = all.build();
    this.byUnit = units.build();
  }

  /**
   * Scores both stages of a round and compares them.
   *
   * @param framework the framework, not null
   * @param round the round's two stages, not null
   * @param method the method, not null
   * @param period the period to compare, one of the appraised stage's periods, not null
   * @return the comparison, not null
   * @throws org.opendti.DtiException if either stage cannot be scored
   */
  public static Appraisal of(Framework framework, StagedDataset round, Method method, String period) {
    return new Appraisal(Objects.requireNonNull(framework, "framework"), Objects.requireNonNull(round, "round"),
        Objects.requireNonNull(method, "method"), Objects.requireNonNull(period, "period"));
  }

  private static double amount(Results r, String unit, String node, boolean points) {
    return points ? r.points(unit, node) : r.value(unit, node);
  }

  /** The dataset's column for each node code (the first that names it). */
  private static Map<String, String> columns(Framework f, Dataset d, String period) {
    Map<String, String> out = new HashMap<>();
    if (!d.periods().contains(period)) {
      return out;
    }
    for (String indicator : d.indicators(period)) {
      f.findNode(indicator).ifPresent(n -> out.putIfAbsent(n.code(), indicator));
    }
    return out;
  }

  /** A stage's observation of an input, found by the unit's code, name or an alias. */
  private static Optional<Observation> observation(Dataset d, Map<String, String> columns, Unit unit, Node node,
      String period) {
    String column = columns.get(node.code());
    if (column == null) {
      return Optional.empty();
    }
    List<String> names = new ArrayList<>(List.of(unit.code(), unit.name()));
    names.addAll(unit.aliases());
    for (String name : names) {
      Optional<Observation> o = d.observation(name, column, period);
      if (o.isPresent()) {
        return o;
      }
    }
    return Optional.empty();
  }

  /**
   * The self-assessed stage scored.
   *
   * @return the results, not null
   */
  public Results self() {
    return self;
  }

  /**
   * The appraised stage scored (the council's values, the unit's own where it gave none).
   *
   * @return the results, not null
   */
  public Results appraised() {
    return appraised;
  }

  /**
   * One row per unit and scored node, in unit order and then the order of {@link Results#nodes()}.
   *
   * @return the rows, not null
   */
  public List<Row> rows() {
    return rows;
  }

  /**
   * Per unit, in unit order: the index's points in both stages, the points lost and the components that lost most.
   *
   * @return the summaries, not null
   */
  public List<UnitSummary> byUnit() {
    return byUnit;
  }

  /**
   * One unit and node in both stages.
   *
   * @param unit the unit, not null
   * @param node the node, not null
   * @param selfPoints the self-assessed points (values without points), NaN when not computed
   * @param appraisedPoints the appraised points, NaN when not computed
   * @param difference appraised − self
   * @param selfEvidence the self-assessment's evidence reference for an input, empty if none, not null
   * @param appraisedEvidence the council's evidence reference for an input, empty if none, not null
   * @param selfNote the unit's note on an input ({@link Observation#note()}), empty if none, not null
   * @param appraisedNote the council's note on an input, empty if none, not null
   */
  public record Row(Unit unit, Node node, double selfPoints, double appraisedPoints, double difference,
      String selfEvidence, String appraisedEvidence, String selfNote, String appraisedNote) {
    /**
     * Checks the parts.
     *
     * @param unit the unit, not null
     * @param node the node, not null
     * @param selfPoints the self-assessed points
     * @param appraisedPoints the appraised points
     * @param difference appraised − self
     * @param selfEvidence the self-assessment's evidence, not null
     * @param appraisedEvidence the council's evidence, not null
     * @param selfNote the unit's note, not null
     * @param appraisedNote the council's note, not null
     */
    public Row {
      Objects.requireNonNull(unit, "unit");
      Objects.requireNonNull(node, "node");
      Objects.requireNonNull(selfEvidence, "selfEvidence");
      Objects.requireNonNull(appraisedEvidence, "appraisedEvidence");
      Objects.requireNonNull(selfNote, "selfNote");
      Objects.requireNonNull(appraisedNote, "appraisedNote");
    }
  }

  /**
   * A unit's appraisal in short.
   *
   * @param unit the unit, not null
   * @param selfPoints the index's self-assessed points
   * @param appraisedPoints the index's appraised points
   * @param lost the points lost in appraisal (self − appraised; negative when the council gave points)
   * @param mostLost the components that lost most, at most {@link #MOST_LOST}, largest loss first, not null
   */
  public record UnitSummary(Unit unit, double selfPoints, double appraisedPoints, double lost, List<Row> mostLost) {
    /**
     * Checks the parts.
     *
     * @param unit the unit, not null
     * @param selfPoints the index's self-assessed points
     * @param appraisedPoints the index's appraised points
     * @param lost the points lost
     * @param mostLost the components that lost most, not null
     */
    public UnitSummary {
      Objects.requireNonNull(unit, "unit");
      mostLost = List.copyOf(mostLost);
    }
  }

  @Override
  public String toString() {
    return "Appraisal{" + byUnit.size() + " units, " + rows.size() + " rows}";
  }
}
