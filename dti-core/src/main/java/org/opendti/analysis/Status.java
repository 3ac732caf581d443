package org.opendti.analysis;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.opendti.Dataset;
import org.opendti.DtiException;
import org.opendti.Framework;
import org.opendti.FrameworkGraph;
import org.opendti.InvalidDataException;
import org.opendti.Node;
import org.opendti.ProblemsException;
import org.opendti.Stage;
import org.opendti.StagedDataset;
import org.opendti.Unit;
import org.opendti.UnknownNodeException;

/**
 * What is still missing in an assessment round, so that the office knows who owes what: per unit, the inputs it is
 * scored on that have no observation in the period; per data source ({@link Node#dataSource()}, the framework table's
 * column "Nguồn thu thập dữ liệu"), which units owe how many values; and the totals. For a round in two stages
 * ({@link StagedDataset}) the missing values are those of the units' self-assessment, and the values the appraisal
 * council has not appraised yet ({@link StagedDataset#notAppraised(String)}) are listed beside them. The report is
 * the {@code dti status} of issue 17 of this project ("what is still missing, by unit and by data source") and
 * follows the rules of the README's section "Assessment rounds".
 *
 * <p>The rules:
 * <ul>
 *   <li><b>Inputs.</b> A node is an input where the engine takes data: a node the data have a column for (by code or
 *       alias, in either stage), else a leaf, reached from the root and the parentless pillars without passing an
 *       input ({@link org.opendti.engine.ScoringEngine}: "inputs can sit at any level"). Leaves with a maximum of 0
 *       (collected, not scored) are inputs too: the office collects them.
 *   <li><b>Applicability.</b> A unit owes only the inputs it is scored on ({@link FrameworkGraph#appliesTo(Unit)}, the
 *       one home of that rule): a component that applies to tagged departments only is not missing for the others.
 *       A value given where the node does not apply is listed ({@link UnitStatus#notApplicable()}); scoring refuses
 *       it.
 *   <li><b>Given.</b> An input is given when the unit has an observation of it in the period (a value, a numerator
 *       and denominator, or a category); whether the value is valid is the reader's and the engine's business.
 *   <li><b>Units.</b> Every unit of the data, in its order: with {@link Dataset#withUnits(List)} the units of the
 *       unit list, also those without any data, which then owe everything. Data of units off the list and indicators
 *       unknown to the framework are refused before this class sees them by {@code withUnits} and the readers; an
 *       unknown indicator that still reaches this class is an {@link UnknownNodeException}, never skipped.
 * </ul>
 *
 * <pre>{@code
 * Status s = Status.of(framework, round.withUnits(units), Dataset.SINGLE_PERIOD);
 * s.missing();                          // values still owed by the units
 * s.incomplete().get(0).missing();      // the first incomplete unit's inputs, in framework order
 * s.bySource().get(0).owing();          // who owes the first data source how many values
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Status {
  /** The data source of an input whose node names none: {@code (no source)}. */
  public static final String NO_SOURCE = "(no source)";

  private final String period;
  private final boolean staged;
  private final ImmutableList<UnitStatus> units;
  private final ImmutableList<SourceStatus> sources;
  private final ImmutableList<Item> items;

  private Status(String period, boolean staged, ImmutableList<UnitStatus> units, ImmutableList<SourceStatus> sources,
      ImmutableList<Item> items) {
    this.period = period;
    this.staged = staged;
    this.units = units;
    this.sources = sources;
    this.items = items;
  }

  /**
   * What is missing in a dataset without stages.
   *
   * @param framework the framework, not null
   * @param data the data, usually over the round's unit list ({@link Dataset#withUnits(List)}), not null
   * @param period the period, one of the data's periods (any period when the data have no observation yet), not null
   * @return the status, not null
   * @throws IllegalArgumentException if the data have observations but none in the period
   * @throws DtiException if a column of the data names no node of the framework, two columns name one node, or a
   *     column lies below another column (every such problem at once)
   */
  public static Status of(Framework framework, Dataset data, String period) {
    Objects.requireNonNull(framework, "framework");
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(period, "period");
    checkPeriod(data, period);
    return compute(framework, data, data, null, List.of(), period);
  }

  /**
   * What is missing in a round in two stages: the values missing in the units' self-assessment
   * ({@link StagedDataset#given(Stage)} for {@link Stage#SELF}), and the self-assessed values the council has not
   * appraised yet ({@link StagedDataset#notAppraised(String)}) on the inputs each unit is scored on. The units are those
   * of the appraised stage as scored ({@link StagedDataset#forStage(Stage)}): the self-assessment's, then any the
   * council alone named.
   *
   * @param framework the framework, not null
   * @param round both stages, usually over the round's unit list ({@link StagedDataset#withUnits(List)}), not null
   * @param period the period, one of the round's periods (any period when the round has no observation yet), not null
   * @return the status, not null
   * @throws IllegalArgumentException if the round has observations but none in the period
   * @throws DtiException if a column of either stage names no node of the framework, two columns of one stage name
   *     one node, or a column lies below another column (every such problem at once)
   */
  public static Status of(Framework framework, StagedDataset round, String period) {
    Objects.requireNonNull(framework, "framework");
    Objects.requireNonNull(round, "round");
    Objects.requireNonNull(period, "period");
    Dataset all = round.forStage(Stage.APPRAISED);
    checkPeriod(all, period);
    return compute(framework, all, round.given(Stage.SELF), round.given(Stage.APPRAISED), round.notAppraised(period),
        period);
  }

  private static void checkPeriod(Dataset data, String period) {
    if (data.size() > 0 && !data.periods().contains(period)) {
      throw new IllegalArgumentException("period '" + period + "' is not in the data: "
          + (data.periods().equals(List.of(Dataset.SINGLE_PERIOD)) ? "their observations name no period"
          : "their periods are " + data.periods().stream().map(p -> "'" + p + "'").toList()));
    }
  }

  /**
   * The status. {@code all} gives the units and every column (both stages); {@code self} says what is given;
   * {@code appraised} is null without stages.
   */
  private static Status compute(Framework framework, Dataset all, Dataset self, Dataset appraised,
      List<StagedDataset.Cell> notAppraisedCells, String period) {
    FrameworkGraph g = framework.graph();
    List<DtiException> problems = new ArrayList<>();
    Map<Integer, String> selfColumns = columns(framework, g, self, period, problems);
    Map<Integer, String> allColumns = new HashMap<>(selfColumns);
    if (appraised != null) {
      columns(framework, g, appraised, period, problems).forEach(allColumns::putIfAbsent);
    }
    boolean[] input = inputs(g, allColumns, problems);
    ProblemsException.throwIfAny(problems);

    int n = g.size();
    String[] source = new String[n];
    Map<String, int[]> sourceTotals = new LinkedHashMap<>(); // source -> {expected, given, notAppraised}
    for (int i = 0; i < n; i++) {
      if (input[i]) {
        source[i] = source(g.node(i));
        sourceTotals.putIfAbsent(source[i], new int[3]);
      }
    }
    if (sourceTotals.remove(NO_SOURCE) != null) {
      sourceTotals.put(NO_SOURCE, new int[3]); // last, after the named sources
    }
    Map<String, List<Owed>> owing = new HashMap<>();
    sourceTotals.keySet().forEach(s -> owing.put(s, new ArrayList<>()));

    Dataset.Cells[] selfCells = new Dataset.Cells[n];
    for (int i = 0; i < n; i++) {
      String sc = selfColumns.get(i);
      selfCells[i] = sc == null ? null : self.cells(period, sc);
    }
    // every column of both stages, for values given where a node does not apply (the stages may name a node apart)
    Map<Integer, List<Dataset.Cells>> allCells = new HashMap<>();
    for (String code : all.indicators(period)) {
      allCells.computeIfAbsent(g.find(code), k -> new ArrayList<>()).add(all.cells(period, code));
    }

    // the council's backlog, by unit position in 'all' and node
    Map<Integer, boolean[]> pending = new HashMap<>();
    for (StagedDataset.Cell c : notAppraisedCells) {
      OptionalInt u = all.unitPosition(c.unit());
      int i = g.find(c.indicator());
      if (u.isPresent() && i >= 0) {
        pending.computeIfAbsent(u.getAsInt(), k -> new boolean[n])[i] = true;
      }
    }

    ImmutableList.Builder<UnitStatus> unitList = ImmutableList.builder();
    ImmutableList.Builder<Item> itemList = ImmutableList.builder();
    List<Unit> dataUnits = all.units();
    for (int u = 0; u < dataUnits.size(); u++) {
      Unit unit = dataUnits.get(u);
      boolean[] applies = g.appliesTo(unit);
      OptionalInt inSelf = self == all ? OptionalInt.of(u) : self.unitPosition(unit.code());
      boolean[] backlog = pending.get(u);
      int expected = 0;
      List<Node> missing = new ArrayList<>();
      List<Node> waiting = new ArrayList<>();
      List<Node> notApplicable = new ArrayList<>();
      Map<String, Integer> missingBySource = new LinkedHashMap<>();
      for (int i = 0; i < n; i++) {
        if (!input[i]) {
          continue;
        }
        Node node = g.node(i);
        if (!applies[i]) {
          final int at = u;
          if (allCells.getOrDefault(i, List.of()).stream().anyMatch(c -> c.present(at))) {
            notApplicable.add(node);
          }
          continue;
        }
        expected++;
        int[] totals = sourceTotals.get(source[i]);
        totals[0]++;
        boolean given = inSelf.isPresent() && selfCells[i] != null && selfCells[i].present(inSelf.getAsInt());
        if (given) {
          totals[1]++;
        } else {
          missing.add(node);
          missingBySource.merge(source[i], 1, Integer::sum);
          itemList.add(new Item(unit, node, source[i], appraised == null ? Optional.empty() : Optional.of(Stage.SELF)));
        }
        if (backlog != null && backlog[i]) {
          totals[2]++;
          waiting.add(node);
        }
      }
      for (Node node : waiting) {
        itemList.add(new Item(unit, node, source[g.index(node.code())], Optional.of(Stage.APPRAISED)));
      }
      missingBySource.forEach((s, k) -> owing.get(s).add(new Owed(unit, k)));
      unitList.add(new UnitStatus(unit, expected, missing, waiting, notApplicable));
    }
    ImmutableList.Builder<SourceStatus> sourceList = ImmutableList.builder();
    sourceTotals.forEach((s, t) -> sourceList.add(new SourceStatus(s, t[0], t[1], owing.get(s), t[2])));
    return new Status(period, appraised != null, unitList.build(), sourceList.build(), itemList.build());
  }

  /** The data source of a node, {@link #NO_SOURCE} when it names none. */
  private static String source(Node node) {
    return node.dataSource().map(String::strip).filter(s -> !s.isEmpty()).orElse(NO_SOURCE);
  }

  /** The data's column per node position in a period; unknown indicators and a node named twice are problems. */
  private static Map<Integer, String> columns(Framework framework, FrameworkGraph g, Dataset d, String period,
      List<DtiException> problems) {
    Map<Integer, String> cols = new HashMap<>();
    for (String code : d.indicators(period)) {
      int i = g.find(code);
      if (i < 0) {
        problems.add(new UnknownNodeException(code, framework.id()));
        continue;
      }
      String prev = cols.putIfAbsent(i, code);
      if (prev != null) {
        problems.add(new InvalidDataException("-", g.node(i).code(), code, "the data name this indicator twice, as '"
            + prev + "' and as '" + code + "'"));
      }
    }
    return cols;
  }

  /**
   * The input nodes, as the engine finds them: the nodes reached from the parentless ones without passing a node the
   * data have a column for, that have a column or are leaves. A column not reached lies below another column: a
   * problem, as it is for the engine.
   */
  private static boolean[] inputs(FrameworkGraph g, Map<Integer, String> columns, List<DtiException> problems) {
    int n = g.size();
    boolean[] active = new boolean[n];
    int[] todo = new int[n];
    int top = 0;
    for (int i = 0; i < n; i++) {
      if (g.parents(i).length == 0) {
        active[i] = true;
        todo[top++] = i;
      }
    }
    while (top > 0) {
      int i = todo[--top];
      if (columns.containsKey(i)) {
        continue;
      }
      for (int c : g.children(i)) {
        if (!active[c]) {
          active[c] = true;
          todo[top++] = c;
        }
      }
    }
    boolean[] input = new boolean[n];
    for (int i = 0; i < n; i++) {
      if (columns.containsKey(i) && !active[i]) {
        problems.add(new InvalidDataException("-", g.node(i).code(), columns.get(i), "the data also give a node"
            + " above this one, so this column would not be used; give the data of a branch at one level"));
      }
      input[i] = active[i] && (columns.containsKey(i) || g.childCount(i) == 0);
    }
    return input;
  }

  /**
   * The period.
   *
   * @return the period the status is for, {@link Dataset#SINGLE_PERIOD} for data without periods, not null
   */
  public String period() {
    return period;
  }

  /**
   * Whether the status is of a round in two stages ({@link #of(Framework, StagedDataset, String)}), so that
   * {@link #notAppraised()} can be non-zero.
   *
   * @return true for a staged round
   */
  public boolean staged() {
    return staged;
  }

  /**
   * Every unit, in the data's order (the unit list's after {@link Dataset#withUnits(List)}).
   *
   * @return the units' status, not null
   */
  public List<UnitStatus> units() {
    return units;
  }

  /**
   * The units that have given every input they are scored on (in a staged round: in their self-assessment; values
   * not yet appraised do not make a unit incomplete), in the data's order.
   *
   * @return the complete units, not null
   */
  public List<UnitStatus> complete() {
    return units.stream().filter(UnitStatus::complete).collect(ImmutableList.toImmutableList());
  }

  /**
   * The units that still owe at least one value, in the data's order.
   *
   * @return the incomplete units, not null
   */
  public List<UnitStatus> incomplete() {
    return units.stream().filter(u -> !u.complete()).collect(ImmutableList.toImmutableList());
  }

  /**
   * Per data source, in the order the framework first names each source, {@link #NO_SOURCE} last: the values
   * expected and given and the units that owe values. Every source of an input is listed, also when nothing is owed.
   *
   * @return the sources' status, not null
   */
  public List<SourceStatus> bySource() {
    return sources;
  }

  /**
   * Everything owed, one item per value: by unit in the data's order, first the missing values in framework order,
   * then (in a staged round) the values not yet appraised.
   *
   * @return the items, not null
   */
  public List<Item> items() {
    return items;
  }

  /**
   * The values expected: for every unit, the inputs it is scored on.
   *
   * @return the count, ≥ 0
   */
  public int expected() {
    return units.stream().mapToInt(UnitStatus::expected).sum();
  }

  /**
   * The values given ({@link #expected()} − {@link #missing()}).
   *
   * @return the count, ≥ 0
   */
  public int given() {
    return units.stream().mapToInt(UnitStatus::given).sum();
  }

  /**
   * The values missing (in a staged round: in the self-assessment).
   *
   * @return the count, ≥ 0
   */
  public int missing() {
    return units.stream().mapToInt(u -> u.missing().size()).sum();
  }

  /**
   * The self-assessed values the council has not appraised yet, on inputs the units are scored on; 0 without stages.
   *
   * @return the count, ≥ 0
   */
  public int notAppraised() {
    return units.stream().mapToInt(u -> u.notAppraised().size()).sum();
  }

  /**
   * The values given for units a node does not apply to (which scoring refuses).
   *
   * @return the count, ≥ 0
   */
  public int notApplicable() {
    return units.stream().mapToInt(u -> u.notApplicable().size()).sum();
  }

  /**
   * One unit's status.
   *
   * @param unit the unit, not null
   * @param expected the inputs the unit is scored on, ≥ 0
   * @param missing the inputs it is scored on without an observation (in a staged round: in its self-assessment), in
   *     framework order, not null
   * @param notAppraised the inputs it assessed itself that the council has not appraised yet, in framework order;
   *     empty without stages, not null
   * @param notApplicable the nodes given a value although they do not apply to the unit, in framework order, not null
   */
  public record UnitStatus(Unit unit, int expected, List<Node> missing, List<Node> notAppraised,
      List<Node> notApplicable) {
    /**
     * Checks the parts and copies the lists.
     *
     * @param unit the unit, not null
     * @param expected the inputs the unit is scored on, ≥ 0
     * @param missing the missing inputs, at most {@code expected}, not null
     * @param notAppraised the inputs not yet appraised, not null
     * @param notApplicable the values given where the node does not apply, not null
     * @throws IllegalArgumentException if the counts do not fit
     */
    public UnitStatus {
      Objects.requireNonNull(unit, "unit");
      missing = List.copyOf(missing);
      notAppraised = List.copyOf(notAppraised);
      notApplicable = List.copyOf(notApplicable);
      if (expected < 0 || missing.size() > expected) {
        throw new IllegalArgumentException("unit '" + unit.code() + "': " + missing.size() + " missing of " + expected
            + " expected; expected 0 ≤ missing ≤ expected");
      }
    }

    /**
     * The inputs given.
     *
     * @return {@code expected − missing().size()}, ≥ 0
     */
    public int given() {
      return expected - missing.size();
    }

    /**
     * Whether the unit owes nothing (in a staged round: nothing in its self-assessment).
     *
     * @return true when nothing is missing
     */
    public boolean complete() {
      return missing.isEmpty();
    }
  }

  /**
   * One data source's status.
   *
   * @param source the data source as the framework names it (trimmed), or {@link #NO_SOURCE}, not null
   * @param expected the values expected from this source over all units, ≥ 0
   * @param given the values given, ≥ 0
   * @param owing the units that owe values of this source and how many, in the data's order, not null
   * @param notAppraised the values of this source not yet appraised, ≥ 0
   */
  public record SourceStatus(String source, int expected, int given, List<Owed> owing, int notAppraised) {
    /**
     * Checks the parts and copies the list.
     *
     * @param source the source, not null
     * @param expected the values expected, ≥ 0
     * @param given the values given, ≥ 0
     * @param owing the units owing, not null
     * @param notAppraised the values not yet appraised, ≥ 0
     */
    public SourceStatus {
      Objects.requireNonNull(source, "source");
      owing = List.copyOf(owing);
    }

    /**
     * The values of this source still missing.
     *
     * @return {@code expected − given}, the sum over {@link #owing()}
     */
    public int missing() {
      return expected - given;
    }
  }

  /**
   * A unit that owes values of one source.
   *
   * @param unit the unit, not null
   * @param values how many values it owes, ≥ 1
   */
  public record Owed(Unit unit, int values) {
    /**
     * Checks the parts.
     *
     * @param unit the unit, not null
     * @param values how many values, ≥ 1
     * @throws IllegalArgumentException if fewer than one
     */
    public Owed {
      Objects.requireNonNull(unit, "unit");
      if (values < 1) {
        throw new IllegalArgumentException("unit '" + unit.code() + "' owes " + values + " values; expected ≥ 1");
      }
    }
  }

  /**
   * One value owed: a missing value (stage {@link Stage#SELF} in a staged round, no stage otherwise) or a value the
   * council has not appraised yet (stage {@link Stage#APPRAISED}).
   *
   * @param unit the unit, not null
   * @param node the input, not null
   * @param source its data source, or {@link #NO_SOURCE}, not null
   * @param stage the stage that owes it; empty for data without stages, not null
   */
  public record Item(Unit unit, Node node, String source, Optional<Stage> stage) {
    /**
     * Checks the parts.
     *
     * @param unit the unit, not null
     * @param node the input, not null
     * @param source its data source, not null
     * @param stage the stage, not null
     */
    public Item {
      Objects.requireNonNull(unit, "unit");
      Objects.requireNonNull(node, "node");
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(stage, "stage");
    }
  }

  @Override
  public String toString() {
    return "Status{" + units.size() + " units, " + missing() + " of " + expected() + " values missing"
        + (staged ? ", " + notAppraised() + " not appraised" : "") + "}";
  }
}
