package org.opendti;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Observations of units over indicators and periods, stored by column: one primitive array per (period, indicator)
 * over the units, never an object per cell.
 *
 * <p>Indicator codes are kept as given (trimmed, NFC); the engine resolves them against a framework, so a dataset may
 * use official numbers ("7") or codes ("gov_activity"). Units are identified by code; {@link #findUnit} also accepts
 * names and aliases.
 *
 * <pre>{@code
 * Dataset data = Dataset.builder()
 *     .addUnit(Unit.of("48", "TP. Đà Nẵng"))
 *     .put("48", "awareness", 1.0)
 *     .put("48", "gov_activity", 0.8575)
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Dataset {
  /** The name of the single period of a dataset whose observations name none: the empty string. */
  public static final String SINGLE_PERIOD = "";

  private final ImmutableList<Unit> units;
  /** Code, name and alias keys → position; never modified once the dataset exists (the builder copies on write). */
  private final Map<String, Integer> unitIndex;
  private final ImmutableList<String> periods;
  private final ImmutableMap<String, ImmutableMap<String, Column>> columns;

  private Dataset(ImmutableList<Unit> units, Map<String, Integer> unitIndex, ImmutableList<String> periods,
      ImmutableMap<String, ImmutableMap<String, Column>> columns) {
    this.units = units;
    this.unitIndex = unitIndex;
    this.periods = periods;
    this.columns = columns;
  }

  /**
   * A new builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * One dataset over several periods from one dataset per period, e.g. one wide CSV file or one sheet per year. Units
   * are matched by code, name or alias (NFC, ignoring case); a unit keeps the attributes of the first dataset that holds it.
   *
   * @param byPeriod each period's dataset, in period order; each must have no periods of its own, not null
   * @return the combined dataset, not null
   * @throws IllegalArgumentException if a dataset already has periods, or a period name is empty
   */
  public static Dataset ofPeriods(Map<String, Dataset> byPeriod) {
    Builder b = builder();
    for (Map.Entry<String, Dataset> e : byPeriod.entrySet()) {
      String period = e.getKey().strip();
      if (period.isEmpty()) {
        throw new IllegalArgumentException("a period name must not be empty");
      }
      if (!e.getValue().periods().equals(List.of(SINGLE_PERIOD)) && e.getValue().size() > 0) {
        throw new IllegalArgumentException("the dataset for period '" + period + "' already has periods "
            + e.getValue().periods() + "; give one dataset per period without a period column");
      }
      for (Unit u : e.getValue().units()) {
        if (!b.unitIndex.containsKey(Unit.key(u.code()))) {
          b.addUnit(u);
        }
      }
      for (Observation o : e.getValue().observations()) {
        b.add(o.inPeriod(period));
      }
    }
    return b.build();
  }

  /**
   * The units, in the order they were added.
   *
   * @return the units, not null
   */
  public List<Unit> units() {
    return units;
  }

  /**
   * The periods, in the order they first appeared; {@link #SINGLE_PERIOD} for observations without one.
   *
   * @return the periods, not null
   */
  public List<String> periods() {
    return periods;
  }

  /**
   * The indicator codes observed in a period, in the order they first appeared.
   *
   * @param period the period, not null
   * @return the codes, empty for an unknown period, not null
   */
  public List<String> indicators(String period) {
    ImmutableMap<String, Column> byIndicator = columns.get(period);
    return byIndicator == null ? ImmutableList.of() : byIndicator.keySet().asList();
  }

  /**
   * Finds a unit by code, name or alias (NFC, ignoring case).
   *
   * @param codeOrName the code, name or alias, not null
   * @return the unit, if found
   */
  public Optional<Unit> findUnit(String codeOrName) {
    Integer i = unitIndex.get(Unit.key(codeOrName));
    return i == null ? Optional.empty() : Optional.of(units.get(i));
  }

  /**
   * The position of a unit in {@link #units()}.
   *
   * @param codeOrName the code, name or alias, not null
   * @return the position, empty if unknown
   */
  public OptionalInt unitPosition(String codeOrName) {
    Integer i = unitIndex.get(Unit.key(codeOrName));
    return i == null ? OptionalInt.empty() : OptionalInt.of(i);
  }

  /**
   * The values of one indicator over the units, in {@link #units()} order: the plain value, or numerator ÷
   * denominator, NaN where there is no observation or it is a category. A new array on each call.
   *
   * @param period the period, not null
   * @param indicator the indicator code as stored, not null
   * @return the values, of length {@code units().size()}, not null
   */
  public double[] values(String period, String indicator) {
    Column c = column(period, indicator);
    double[] out = new double[units.size()];
    if (c == null) {
      Arrays.fill(out, Double.NaN);
      return out;
    }
    for (int u = 0; u < out.length; u++) {
      out[u] = c.has(u) ? c.measure(u).asNumber() : Double.NaN;
    }
    return out;
  }

  /**
   * The cells of one indicator in one period, by unit position ({@link #units()} order): a read-only view of the
   * dataset's own columns, with no copy and no object per cell, for writers and analyses that visit every cell.
   *
   * @param period the period, not null
   * @param indicator the indicator code as stored, not null
   * @return the cells, not null; no cell is present when the dataset has no such column
   */
  public Cells cells(String period, String indicator) {
    return new Cells(column(Objects.requireNonNull(period, "period"), Objects.requireNonNull(indicator, "indicator")),
        units.size());
  }

  /**
   * One observation.
   *
   * @param unit the unit's code, name or alias, not null
   * @param indicator the indicator code as stored, not null
   * @param period the period, not null
   * @return the observation, if present
   */
  public Optional<Observation> observation(String unit, String indicator, String period) {
    OptionalInt u = unitPosition(unit);
    Column c = column(period, indicator);
    if (u.isEmpty() || c == null || !c.has(u.getAsInt())) {
      return Optional.empty();
    }
    return Optional.of(c.observation(units.get(u.getAsInt()).code(), indicator, period, u.getAsInt()));
  }

  /**
   * Every observation, by period, then indicator, then unit. Creates the objects on each call; the engine never
   * uses this.
   *
   * @return the observations, not null
   */
  public List<Observation> observations() {
    ImmutableList.Builder<Observation> b = ImmutableList.builder();
    columns.forEach((period, byIndicator) -> byIndicator.forEach((indicator, c) -> {
      for (int u = 0; u < units.size(); u++) {
        if (c.has(u)) {
          b.add(c.observation(units.get(u).code(), indicator, period, u));
        }
      }
    }));
    return b.build();
  }

  /**
   * The number of observations.
   *
   * @return the count, ≥ 0
   */
  public int size() {
    int n = 0;
    for (ImmutableMap<String, Column> byIndicator : columns.values()) {
      for (Column c : byIndicator.values()) {
        n += c.present.cardinality();
      }
    }
    return n;
  }

  /**
   * This dataset over the units of a unit list, such as the list an office assesses in a round: each unit of the data
   * is matched to the list by its code, name or an alias (NFC, ignoring case) and takes the list's attributes (code,
   * name, kind, group, tags, ranked), keeping the data's own code and name as aliases so that both spellings still
   * find it; units on the list without data are added with no observations (so missing-value policies and status
   * reports see them). The units come in list order. Columns are re-indexed, not copied cell by cell into objects.
   *
   * @param list the units, each code, name and alias naming one unit only, not null
   * @return the dataset, not null
   * @throws InvalidDataException if the list names a unit twice, two units of the data match one unit of the list,
   *     or units of the data are not on the list (the message names up to 10 of them)
   */
  public Dataset withUnits(List<Unit> list) {
    Builder listed = builder();
    list.forEach(listed::addUnit); // rejects a list that names a unit twice
    int n = list.size();
    int[] target = new int[units.size()];
    int[] matchedBy = new int[n];
    Arrays.fill(matchedBy, -1);
    List<String> unknown = new java.util.ArrayList<>();
    for (int u = 0; u < units.size(); u++) {
      Unit unit = units.get(u);
      int t = -1;
      for (String key : Builder.keys(unit)) {
        Integer i = listed.unitIndex.get(key);
        if (i != null) {
          t = i;
          break;
        }
      }
      if (t < 0) {
        unknown.add(unit.code().equals(unit.name()) ? unit.code() : unit.code() + " (" + unit.name() + ")");
        continue;
      }
      if (matchedBy[t] >= 0) {
        throw new InvalidDataException(unit.code(), "-", unit.name(), "this unit and '" + units.get(matchedBy[t])
            .code() + "' of the data are both unit '" + list.get(t).code() + "' of the unit list; give each unit's"
            + " data once");
      }
      matchedBy[t] = u;
      target[u] = t;
    }
    if (!unknown.isEmpty()) {
      throw new InvalidDataException(unknown.get(0), "-", String.join(", ", unknown.subList(0, Math.min(10,
          unknown.size()))), unknown.size() + " unit(s) of the data are not on the unit list" + (unknown.size() > 10
          ? " (the first 10 shown)" : "") + "; add them to the list or correct their names");
    }
    Builder b = builder();
    for (int t = 0; t < n; t++) {
      Unit unit = list.get(t);
      if (matchedBy[t] >= 0) {
        Unit data = units.get(matchedBy[t]);
        List<String> extra = new java.util.ArrayList<>();
        java.util.Set<String> known = new java.util.HashSet<>(Builder.keys(unit));
        for (String spelling : List.of(data.code(), data.name())) {
          if (known.add(Unit.key(spelling))) {
            extra.add(spelling);
          }
        }
        if (!extra.isEmpty()) {
          Unit.Builder withAliases = Unit.builder().code(unit.code()).name(unit.name()).addAllAliases(unit.aliases())
              .addAllAliases(extra).kind(unit.kind()).addAllTags(unit.tags()).ranked(unit.ranked());
          unit.group().ifPresent(withAliases::group);
          unit.validFrom().ifPresent(withAliases::validFrom);
          unit.validUntil().ifPresent(withAliases::validUntil);
          unit = withAliases.build();
        }
      }
      b.addUnit(unit);
    }
    ImmutableMap.Builder<String, ImmutableMap<String, Column>> cols = ImmutableMap.builder();
    columns.forEach((period, byIndicator) -> {
      ImmutableMap.Builder<String, Column> c = ImmutableMap.builder();
      byIndicator.forEach((indicator, column) -> c.put(indicator, column.moved(target, n)));
      cols.put(period, c.buildOrThrow());
    });
    b.indexShared = true;
    return new Dataset(ImmutableList.copyOf(b.units), java.util.Collections.unmodifiableMap(b.unitIndex), periods,
        cols.buildOrThrow());
  }

  /**
   * This dataset with another's observations on top: where {@code over} has an observation of a unit, indicator and
   * period it replaces this dataset's (measure, provenance, evidence and note together); everywhere else this dataset's
   * stays. Units are matched by code, name or alias (NFC, ignoring case); units only {@code over} has come after this
   * dataset's. Used for the appraised stage of an assessment, where the council's values replace the self-assessed
   * ones they cover ({@link StagedDataset}).
   *
   * @param over the observations that win, not null
   * @return the combined dataset, not null
   */
  public Dataset overlay(Dataset over) {
    Objects.requireNonNull(over, "over");
    Builder b = builder();
    units.forEach(b::addUnit);
    int[] overTarget = new int[over.units.size()];
    for (int u = 0; u < overTarget.length; u++) {
      Unit unit = over.units.get(u);
      Integer at = null;
      for (String key : Builder.keys(unit)) {
        at = b.unitIndex.get(key);
        if (at != null) {
          break;
        }
      }
      if (at == null) {
        at = b.units.size();
        b.addUnit(unit);
      }
      overTarget[u] = at;
    }
    int n = b.units.size();
    int[] baseTarget = java.util.stream.IntStream.range(0, units.size()).toArray();
    List<String> allPeriods = new java.util.ArrayList<>(periods);
    over.periods.stream().filter(p -> !allPeriods.contains(p)).forEach(allPeriods::add);
    ImmutableMap.Builder<String, ImmutableMap<String, Column>> cols = ImmutableMap.builder();
    List<String> kept = new java.util.ArrayList<>();
    for (String period : allPeriods) {
      Map<String, Column> mine = columns.getOrDefault(period, ImmutableMap.of());
      Map<String, Column> theirs = over.columns.getOrDefault(period, ImmutableMap.of());
      if (mine.isEmpty() && theirs.isEmpty()) {
        continue;
      }
      Map<String, Column> merged = new LinkedHashMap<>();
      mine.forEach((indicator, c) -> merged.put(indicator, c.moved(baseTarget, n)));
      theirs.forEach((indicator, c) -> {
        Column top = c.moved(overTarget, n);
        Column base = merged.get(indicator);
        merged.put(indicator, base == null ? top : Column.overlay(base, top));
      });
      cols.put(period, ImmutableMap.copyOf(merged));
      kept.add(period);
    }
    b.indexShared = true;
    return new Dataset(ImmutableList.copyOf(b.units), java.util.Collections.unmodifiableMap(b.unitIndex),
        kept.isEmpty() ? periods : ImmutableList.copyOf(kept), cols.buildOrThrow());
  }

  /**
   * A copy holding only one period's observations, all units kept.
   *
   * @param period the period, not null
   * @return the dataset, not null
   * @throws IllegalArgumentException if the period is unknown
   */
  public Dataset period(String period) {
    ImmutableMap<String, Column> byIndicator = columns.get(period);
    if (byIndicator == null) {
      throw new IllegalArgumentException("unknown period '" + period + "'; the dataset has " + periods);
    }
    return new Dataset(units, unitIndex, ImmutableList.of(period), ImmutableMap.of(period, byIndicator));
  }

  /**
   * A copy with units replaced: each unit whose code is a key of {@code byOldCode} becomes the unit it maps to, in
   * the same place and with its observations moved to the new code; other units stay as they are. Use it to give
   * the units of one file the codes and names of another's ("Tỉnh Thanh Hóa" of 2022 as "Thanh Hóa" of 2023).
   *
   * @param byOldCode the new unit of each unit to replace, by the old unit's code, not null
   * @return the dataset, not null
   * @throws InvalidDataException if two units end with the same code, name or alias (the message names it), or an
   *     observation of a renamed unit collides with one already there
   */
  public Dataset withUnitsRenamed(Map<String, Unit> byOldCode) {
    Objects.requireNonNull(byOldCode, "byOldCode");
    Builder b = builder();
    for (Unit u : units) {
      b.addUnit(byOldCode.getOrDefault(u.code(), u));
    }
    for (Observation o : observations()) {
      Unit to = byOldCode.get(o.unit());
      if (to == null) {
        b.add(o);
        continue;
      }
      Observation.Builder c = Observation.builder().unit(to.code()).indicator(o.indicator()).period(o.period())
          .measure(o.measure());
      o.provenance().ifPresent(c::provenance);
      o.evidence().ifPresent(c::evidence);
      o.note().ifPresent(c::note);
      b.add(c.build());
    }
    return b.build();
  }

  /**
   * A copy with every unit named as a registry names it: the registry's name becomes the code and the name, the
   * registry's code an alias, with the registry's kind and validity dates and the data's group. Readers that take no
   * registry (JSON, YAML) keep names as written; this gives their data the names of the data that were read through
   * one ("Thanh Hoa" and "Tỉnh Thanh Hoá" both become "Thanh Hóa"). A dataset already named so is returned as it is.
   *
   * @param registry the registry, not null
   * @return the dataset, not null
   * @throws UnknownUnitException if the registry does not know a unit's name (nor its code) or finds it ambiguous,
   *     with the closest names
   * @throws DtiException if two units of the data are one unit of the registry, naming both and the unit
   */
  public Dataset namedBy(UnitRegistry registry) {
    Objects.requireNonNull(registry, "registry");
    Map<String, Unit> renamed = new LinkedHashMap<>();
    Map<String, Unit> byTarget = new HashMap<>();
    boolean same = true;
    for (Unit u : units) {
      Unit known = registry.find(u.name()).or(() -> registry.find(u.code()))
          .orElseGet(() -> registry.resolve(u.name()));
      Unit before = byTarget.put(known.code(), u);
      if (before != null) {
        throw new DtiException("units '" + before.name() + "' and '" + u.name() + "' are both '" + known.name()
            + "'");
      }
      Unit.Builder named = Unit.builder().code(known.name()).name(known.name()).addAlias(known.code())
          .kind(known.kind());
      u.group().ifPresent(named::group);
      known.validFrom().ifPresent(named::validFrom);
      known.validUntil().ifPresent(named::validUntil);
      Unit n = named.build();
      same &= u.equals(n);
      renamed.put(u.code(), n);
    }
    return same ? this : withUnitsRenamed(renamed);
  }

  Column column(String period, String indicator) {
    ImmutableMap<String, Column> byIndicator = columns.get(period);
    return byIndicator == null ? null : byIndicator.get(indicator);
  }

  /**
   * Datasets are equal when they hold the same units (in order) and the same observations.
   *
   * @param o the other object
   * @return whether they are equal
   */
  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof Dataset d && units.equals(d.units) && periods.equals(d.periods)
        && observations().equals(d.observations());
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(units, periods, size());
  }

  @Override
  public String toString() {
    return "Dataset{" + units.size() + " units, periods " + periods + ", " + size() + " observations}";
  }

  /**
   * The observations of one indicator in one period, by unit position: a read-only view that {@link #cells} returns.
   * Each cell is absent, a plain value, a ratio (numerator and denominator) or a category, as in {@link Measure}.
   *
   * <p>This class is immutable and thread-safe.
   */
  public static final class Cells {
    private static final Provenance[] PROVENANCES = Provenance.values();

    private final Column column;
    private final int size;

    private Cells(Column column, int size) {
      this.column = column;
      this.size = size;
    }

    /**
     * The number of units, present or not.
     *
     * @return the count, ≥ 0
     */
    public int size() {
      return size;
    }

    /**
     * Whether the unit has an observation.
     *
     * @param unit the unit's position, 0 ≤ unit &lt; {@link #size()}
     * @return true if present
     * @throws IndexOutOfBoundsException if the position is outside the units
     */
    public boolean present(int unit) {
      Objects.checkIndex(unit, size);
      return column != null && column.has(unit);
    }

    /**
     * Whether every present cell is a plain value (none is a ratio or a category).
     *
     * @return true if so, also when no cell is present
     */
    public boolean plainValuesOnly() {
      if (column == null || column.valuesOnly()) {
        return true;
      }
      for (int u = column.present.nextSetBit(0); u >= 0; u = column.present.nextSetBit(u + 1)) {
        if (Double.isNaN(column.value[u])) {
          return false;
        }
      }
      return true;
    }

    /**
     * The plain value ({@link Measure#value()}).
     *
     * @param unit the unit's position
     * @return the value, NaN when absent, a ratio or a category
     */
    public double value(int unit) {
      return present(unit) ? column.value[unit] : Double.NaN;
    }

    /**
     * Whether every unit has an observation.
     *
     * @return true if no cell is absent (also true when there are no units)
     */
    public boolean complete() {
      return column == null ? size == 0 : column.present.nextClearBit(0) >= size;
    }

    /**
     * The plain values of every unit in one new array ({@link #value(int)} for each position), for code that scores a
     * whole column at once.
     *
     * @return a new array of {@link #size()} values, NaN where absent, a ratio or a category
     */
    public double[] values() {
      double[] out = new double[size];
      if (column == null) {
        Arrays.fill(out, Double.NaN);
        return out;
      }
      System.arraycopy(column.value, 0, out, 0, size);
      for (int u = column.present.nextClearBit(0); u < size; u = column.present.nextClearBit(u + 1)) {
        out[u] = Double.NaN;
      }
      return out;
    }

    /**
     * The plain values of a {@link #complete() complete} column of {@link #plainValuesOnly() plain values}, read in
     * place: a read-only buffer over the dataset's own array, no copy, for code that scores whole columns.
     *
     * @return the buffer, position 0, limit {@link #size()}, not null
     * @throws IllegalStateException if a cell is absent, a ratio or a category (use {@link #values()})
     */
    public java.nio.DoubleBuffer completeValues() {
      if (!complete() || !plainValuesOnly()) {
        throw new IllegalStateException("the column has absent, ratio or category cells; use values()");
      }
      return column == null ? java.nio.DoubleBuffer.allocate(0).asReadOnlyBuffer()
          : java.nio.DoubleBuffer.wrap(column.value, 0, size).slice().asReadOnlyBuffer();
    }

    /**
     * The observation's measure.
     *
     * @param unit the unit's position
     * @return the measure, empty when the unit has no observation
     * @throws IndexOutOfBoundsException if the position is outside the units
     */
    public Optional<Measure> measure(int unit) {
      return present(unit) ? Optional.of(column.measure(unit)) : Optional.empty();
    }

    /**
     * The numerator of a ratio ({@link Measure#numerator()}).
     *
     * @param unit the unit's position
     * @return the numerator, NaN unless a ratio
     */
    public double numerator(int unit) {
      return present(unit) && column.numerator != null ? column.numerator[unit] : Double.NaN;
    }

    /**
     * The denominator of a ratio ({@link Measure#denominator()}).
     *
     * @param unit the unit's position
     * @return the denominator, NaN unless a ratio
     */
    public double denominator(int unit) {
      return present(unit) && column.denominator != null ? column.denominator[unit] : Double.NaN;
    }

    /**
     * The category label ({@link Measure#category()}).
     *
     * @param unit the unit's position
     * @return the label, empty unless a category, not null
     */
    public String category(int unit) {
      String c = present(unit) && column.category != null ? column.category[unit] : null;
      return c == null ? "" : c;
    }

    /**
     * Where the value came from ({@link Observation#provenance()}).
     *
     * @param unit the unit's position
     * @return the provenance, if given
     */
    public Optional<Provenance> provenance(int unit) {
      return present(unit) && column.provenance != null && column.provenance[unit] > 0
          ? Optional.of(PROVENANCES[column.provenance[unit] - 1]) : Optional.empty();
    }

    /**
     * The evidence reference ({@link Observation#evidence()}).
     *
     * @param unit the unit's position
     * @return the reference, empty if none, not null
     */
    public String evidence(int unit) {
      String e = present(unit) && column.evidence != null ? column.evidence[unit] : null;
      return e == null ? "" : e;
    }

    /**
     * The note ({@link Observation#note()}).
     *
     * @param unit the unit's position
     * @return the note, empty if none, not null
     */
    public String note(int unit) {
      String e = present(unit) && column.note != null ? column.note[unit] : null;
      return e == null ? "" : e;
    }
  }

  /** The stored cells of one (period, indicator): parallel arrays over the units. */
  static final class Column {
    final BitSet present;
    final double[] value;
    final double[] numerator;
    final double[] denominator;
    final String[] category;
    final byte[] provenance;
    final String[] evidence;
    final String[] note;

    Column(BitSet present, double[] value, double[] numerator, double[] denominator, String[] category,
        byte[] provenance, String[] evidence, String[] note) {
      this.present = present;
      this.value = value;
      this.numerator = numerator;
      this.denominator = denominator;
      this.category = category;
      this.provenance = provenance;
      this.evidence = evidence;
      this.note = note;
    }

    boolean has(int u) {
      return present.get(u);
    }

    /** This column over other unit positions: cell u moves to position target[u] of n. */
    Column moved(int[] target, int n) {
      BitSet p = new BitSet(n);
      double[] v = new double[n];
      Arrays.fill(v, Double.NaN);
      double[] num = numerator == null ? null : new double[n];
      double[] den = denominator == null ? null : new double[n];
      String[] cat = category == null ? null : new String[n];
      byte[] prov = provenance == null ? null : new byte[n];
      String[] ev = evidence == null ? null : new String[n];
      String[] nt = note == null ? null : new String[n];
      if (num != null) {
        Arrays.fill(num, Double.NaN);
      }
      if (den != null) {
        Arrays.fill(den, Double.NaN);
      }
      for (int u = 0; u < target.length; u++) {
        int t = target[u];
        if (present.get(u)) {
          p.set(t);
        }
        v[t] = value[u];
        if (num != null) {
          num[t] = numerator[u];
        }
        if (den != null) {
          den[t] = denominator[u];
        }
        if (cat != null) {
          cat[t] = category[u];
        }
        if (prov != null) {
          prov[t] = provenance[u];
        }
        if (ev != null) {
          ev[t] = evidence[u];
        }
        if (nt != null) {
          nt[t] = note[u];
        }
      }
      return new Column(p, v, num, den, cat, prov, ev, nt);
    }

    /** Cells of {@code top} where it has one, of {@code base} elsewhere; both over the same unit positions. */
    static Column overlay(Column base, Column top) {
      int n = base.value.length;
      BitSet p = (BitSet) base.present.clone();
      p.or(top.present);
      double[] v = base.value.clone();
      double[] num = base.numerator == null && top.numerator == null ? null : nanArray(base.numerator, n);
      double[] den = base.denominator == null && top.denominator == null ? null : nanArray(base.denominator, n);
      String[] cat = base.category == null && top.category == null ? null
          : base.category == null ? new String[n] : base.category.clone();
      byte[] prov = base.provenance == null && top.provenance == null ? null
          : base.provenance == null ? new byte[n] : base.provenance.clone();
      String[] ev = base.evidence == null && top.evidence == null ? null
          : base.evidence == null ? new String[n] : base.evidence.clone();
      String[] nt = base.note == null && top.note == null ? null
          : base.note == null ? new String[n] : base.note.clone();
      for (int u = top.present.nextSetBit(0); u >= 0; u = top.present.nextSetBit(u + 1)) {
        v[u] = top.value[u];
        if (num != null) {
          num[u] = top.numerator == null ? Double.NaN : top.numerator[u];
        }
        if (den != null) {
          den[u] = top.denominator == null ? Double.NaN : top.denominator[u];
        }
        if (cat != null) {
          cat[u] = top.category == null ? null : top.category[u];
        }
        if (prov != null) {
          prov[u] = top.provenance == null ? 0 : top.provenance[u];
        }
        if (ev != null) {
          ev[u] = top.evidence == null ? null : top.evidence[u];
        }
        if (nt != null) {
          nt[u] = top.note == null ? null : top.note[u];
        }
      }
      return new Column(p, v, num, den, cat, prov, ev, nt);
    }

    private static double[] nanArray(double[] from, int n) {
      if (from != null) {
        return from.clone();
      }
      double[] a = new double[n];
      Arrays.fill(a, Double.NaN);
      return a;
    }

    /** True when every present cell is a plain value, so rules can run on the value array directly. */
    boolean valuesOnly() {
      return numerator == null && category == null;
    }

    Measure measure(int u) {
      return Measure.raw(value[u], numerator == null ? Double.NaN : numerator[u],
          denominator == null ? Double.NaN : denominator[u], category == null ? null : category[u]);
    }

    Observation observation(String unit, String indicator, String period, int u) {
      Observation.Builder b = Observation.builder().unit(unit).indicator(indicator).period(period).measure(measure(u));
      if (provenance != null && provenance[u] > 0) {
        b.provenance(Provenance.values()[provenance[u] - 1]);
      }
      if (evidence != null && evidence[u] != null) {
        b.evidence(evidence[u]);
      }
      if (note != null && note[u] != null) {
        b.note(note[u]);
      }
      return b.build();
    }
  }

  /**
   * Builds a {@link Dataset}. Units named by observations but not added are created with the name as code. A second
   * observation of the same unit, indicator and period is an {@link InvalidDataException}. Not thread-safe.
   */
  public static final class Builder {
    private final List<Unit> units = new java.util.ArrayList<>();
    private Map<String, Integer> unitIndex = new HashMap<>();
    /** Whether a built dataset shares unitIndex, so the next change must copy it first. */
    private boolean indexShared;
    private final Map<String, Map<String, ColumnBuilder>> columns = new LinkedHashMap<>();

    Builder() {}

    /**
     * Adds a unit. Its code, name and aliases must not name another unit (NFC, ignoring case): "Thanh Hoá" typed
     * twice in different Unicode forms is the same unit.
     *
     * @param unit the unit, not null
     * @return this builder
     * @throws InvalidDataException if the unit is already present
     */
    public Builder addUnit(Unit unit) {
      Objects.requireNonNull(unit, "unit");
      Integer prev = unitIndex.get(Unit.key(unit.code()));
      if (prev != null) {
        throw new InvalidDataException(unit.code(), "-", unit.name(), "duplicate unit: '" + units.get(prev).name()
            + "' already has this code");
      }
      int i = units.size();
      for (String key : keys(unit)) {
        Integer other = unitIndex.get(key);
        if (other != null) {
          throw new InvalidDataException(unit.code(), "-", key, "duplicate unit: name or alias already used by '"
              + units.get(other).code() + "'");
        }
      }
      units.add(unit);
      if (indexShared) {
        unitIndex = new HashMap<>(unitIndex);
        indexShared = false;
      }
      for (String key : keys(unit)) {
        unitIndex.put(key, i);
      }
      return this;
    }

    private static List<String> keys(Unit unit) {
      List<String> keys = new java.util.ArrayList<>();
      keys.add(Unit.key(unit.code()));
      if (!keys.contains(Unit.key(unit.name()))) {
        keys.add(Unit.key(unit.name()));
      }
      for (String a : unit.aliases()) {
        if (!keys.contains(Unit.key(a))) {
          keys.add(Unit.key(a));
        }
      }
      return keys;
    }

    private int unit(String codeOrName) {
      Integer i = unitIndex.get(Unit.key(codeOrName));
      if (i == null) {
        addUnit(Unit.of(codeOrName, codeOrName));
        i = units.size() - 1;
      }
      return i;
    }

    /**
     * Adds a plain value in the single unnamed period.
     *
     * @param unit the unit's code, name or alias, not null
     * @param indicator the indicator code, not null
     * @param value the value, finite
     * @return this builder
     * @throws InvalidDataException if the value is not finite or the cell is already set
     */
    public Builder put(String unit, String indicator, double value) {
      return put(unit, indicator, SINGLE_PERIOD, value);
    }

    /**
     * Adds a plain value.
     *
     * @param unit the unit's code, name or alias, not null
     * @param indicator the indicator code, not null
     * @param period the period, not null
     * @param value the value, finite
     * @return this builder
     * @throws InvalidDataException if the value is not finite or the cell is already set
     */
    public Builder put(String unit, String indicator, String period, double value) {
      if (!Double.isFinite(value)) {
        throw new InvalidDataException(unit, indicator, Double.toString(value), "expected a finite number");
      }
      int u = unit(unit);
      cell(indicator, period).set(u, Unit.nfc(unit), value, Double.NaN, Double.NaN, null, null, null, null);
      return this;
    }

    /**
     * The position of a unit, adding it (with the name as code) when it is new: readers look a unit up once per row
     * and then fill cells by position through {@link #column(String, String)}.
     *
     * @param codeOrName the unit's code, name or alias, not null
     * @return the 0-based position
     * @throws InvalidDataException if a new unit's name is blank
     */
    public int unitPosition(String codeOrName) {
      return unit(codeOrName);
    }

    /**
     * The position of a unit already added, by code, name or alias (NFC, ignoring case).
     *
     * @param codeOrName the unit's code, name or alias, not null
     * @return the 0-based position, or empty if no unit has this code, name or alias
     */
    public java.util.OptionalInt findUnit(String codeOrName) {
      Integer i = unitIndex.get(Unit.key(codeOrName));
      return i == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(i);
    }

    /**
     * The column of one indicator in one period, for filling many cells without a lookup per cell.
     *
     * @param indicator the indicator code, not blank
     * @param period the period, not null
     * @return the column, not null
     * @throws IllegalArgumentException if the indicator is blank
     */
    public ColumnWriter column(String indicator, String period) {
      return new ColumnWriter(cell(indicator, period));
    }

    /**
     * One indicator's column in one period of a {@link Builder}: {@code put(unitPosition, value)} sets a plain value
     * with the same checks as {@link Builder#put(String, String, String, double)}. Valid while its builder is; not
     * thread-safe.
     */
    public final class ColumnWriter {
      private final ColumnBuilder column;

      private ColumnWriter(ColumnBuilder column) {
        this.column = column;
      }

      /**
       * Sets a plain value.
       *
       * @param unit the unit's position from {@link Builder#unitPosition(String)}
       * @param value the value, finite
       * @return this column
       * @throws InvalidDataException if the value is not finite or the unit already has a value here
       * @throws IndexOutOfBoundsException if the position is not a unit of the builder
       */
      public ColumnWriter put(int unit, double value) {
        Objects.checkIndex(unit, units.size());
        if (!Double.isFinite(value)) {
          throw new InvalidDataException(units.get(unit).code(), column.indicator, Double.toString(value),
              "expected a finite number");
        }
        if (column.has(unit)) {
          // the unit's code is looked up only for the message
          throw column.duplicate(units.get(unit).code(), value, Double.NaN, Double.NaN, null);
        }
        column.store(unit, value, Double.NaN, Double.NaN, null, null, null, null);
        return this;
      }
    }

    /**
     * Adds an observation.
     *
     * @param o the observation, not null
     * @return this builder
     * @throws InvalidDataException if the cell is already set
     */
    public Builder add(Observation o) {
      int u = unit(o.unit());
      Measure m = o.measure();
      cell(o.indicator(), o.period()).set(u, o.unit(), m.value().orElse(Double.NaN), m.numerator().orElse(Double.NaN),
          m.denominator().orElse(Double.NaN), m.category().orElse(null), o.provenance().orElse(null),
          o.evidence().orElse(null), o.note().orElse(null));
      return this;
    }

    private ColumnBuilder cell(String indicator, String period) {
      String ind = Unit.nfc(indicator);
      if (ind.isEmpty()) {
        throw new IllegalArgumentException("indicator must not be blank");
      }
      return columns.computeIfAbsent(Unit.nfc(period), p -> new LinkedHashMap<>())
          .computeIfAbsent(ind, i -> new ColumnBuilder(ind, Unit.nfc(period), units.size()));
    }

    /**
     * Builds the dataset.
     *
     * @return the dataset, not null
     */
    public Dataset build() {
      int n = units.size();
      ImmutableMap.Builder<String, ImmutableMap<String, Column>> cols = ImmutableMap.builder();
      List<String> periods = new java.util.ArrayList<>();
      columns.forEach((period, byIndicator) -> {
        ImmutableMap.Builder<String, Column> b = ImmutableMap.builder();
        boolean any = false;
        for (Map.Entry<String, ColumnBuilder> e : byIndicator.entrySet()) {
          // a column opened by column(...) but never given a value does not exist
          if (e.getValue().value != null) {
            b.put(e.getKey(), e.getValue().build(n));
            any = true;
          }
        }
        if (any) {
          cols.put(period, b.buildOrThrow());
          periods.add(period);
        }
      });
      indexShared = true;
      return new Dataset(ImmutableList.copyOf(units), java.util.Collections.unmodifiableMap(unitIndex),
          ImmutableList.copyOf(periods), cols.buildOrThrow());
    }
  }

  private static final class ColumnBuilder {
    private final String indicator;
    private final String period;
    private BitSet present = new BitSet();
    /** Whether a built dataset shares this column's arrays, so the next change must copy them first. */
    private boolean shared;
    private double[] value;
    private double[] numerator;
    private double[] denominator;
    private String[] category;
    private byte[] provenance;
    private String[] evidence;
    private String[] note;

    /** The units known when the column was opened: its arrays start at this length, so they rarely grow. */
    private final int expected;

    ColumnBuilder(String indicator, String period, int expected) {
      this.indicator = indicator;
      this.period = period;
      this.expected = expected;
    }

    void set(int u, String unitName, double v, double num, double den, String cat, Provenance prov, String evid,
        String nt) {
      if (present.get(u)) {
        throw duplicate(unitName, v, num, den, cat);
      }
      store(u, v, num, den, cat, prov, evid, nt);
    }

    boolean has(int u) {
      return present.get(u);
    }

    InvalidDataException duplicate(String unitName, double v, double num, double den, String cat) {
      return new InvalidDataException(unitName, indicator, describe(v, num, den, cat), "duplicate observation"
          + (period.isEmpty() ? "" : " for period '" + period + "'") + ": this unit already has a value");
    }

    /** Stores a cell that is not set yet. */
    void store(int u, double v, double num, double den, String cat, Provenance prov, String evid, String nt) {
      if (shared) {
        unshare();
      }
      present.set(u);
      value = grow(value, u);
      value[u] = v;
      if (!Double.isNaN(num) || numerator != null) {
        numerator = grow(numerator, u);
        denominator = grow(denominator, u);
        numerator[u] = num;
        denominator[u] = den;
      }
      if (cat != null || category != null) {
        category = grow(category, u);
        category[u] = cat;
      }
      if (prov != null || provenance != null) {
        provenance = grow(provenance, u);
        provenance[u] = prov == null ? 0 : (byte) (prov.ordinal() + 1);
      }
      if (evid != null || evidence != null) {
        evidence = grow(evidence, u);
        evidence[u] = evid;
      }
      if (nt != null || note != null) {
        note = grow(note, u);
        note[u] = nt;
      }
    }

    private static String describe(double v, double num, double den, String cat) {
      if (cat != null) {
        return cat;
      }
      return Double.isNaN(num) ? Numbers.plain(v) : Numbers.plain(num) + "/" + Numbers.plain(den);
    }

    private double[] grow(double[] a, int u) {
      if (a == null) {
        a = new double[Math.max(Math.max(16, expected), u + 1)];
        Arrays.fill(a, Double.NaN);
        return a;
      }
      if (u < a.length) {
        return a;
      }
      int old = a.length;
      double[] b = Arrays.copyOf(a, Math.max(u + 1, old * 2));
      Arrays.fill(b, old, b.length, Double.NaN);
      return b;
    }

    private static String[] grow(String[] a, int u) {
      if (a == null) {
        return new String[Math.max(16, u + 1)];
      }
      return u < a.length ? a : Arrays.copyOf(a, Math.max(u + 1, a.length * 2));
    }

    private static byte[] grow(byte[] a, int u) {
      if (a == null) {
        return new byte[Math.max(16, u + 1)];
      }
      return u < a.length ? a : Arrays.copyOf(a, Math.max(u + 1, a.length * 2));
    }

    /**
     * The column for {@code n} units. The arrays are trimmed to {@code n} and then shared with the dataset (no second
     * copy, so a large dataset needs its size once, not twice, at the end of reading); the next change to this
     * builder copies them first.
     */
    Column build(int n) {
      value = fit(value, n);
      numerator = numerator == null ? null : fit(numerator, n);
      denominator = denominator == null ? null : fit(denominator, n);
      category = category == null || category.length == n ? category : Arrays.copyOf(category, n);
      provenance = provenance == null || provenance.length == n ? provenance : Arrays.copyOf(provenance, n);
      evidence = evidence == null || evidence.length == n ? evidence : Arrays.copyOf(evidence, n);
      note = note == null || note.length == n ? note : Arrays.copyOf(note, n);
      shared = true;
      return new Column(present, value, numerator, denominator, category, provenance, evidence, note);
    }

    private void unshare() {
      present = (BitSet) present.clone();
      value = value == null ? null : value.clone();
      numerator = numerator == null ? null : numerator.clone();
      denominator = denominator == null ? null : denominator.clone();
      category = category == null ? null : category.clone();
      provenance = provenance == null ? null : provenance.clone();
      evidence = evidence == null ? null : evidence.clone();
      note = note == null ? null : note.clone();
      shared = false;
    }

    private static double[] fit(double[] a, int n) {
      if (a.length == n) {
        return a;
      }
      double[] b = Arrays.copyOf(a, n);
      if (a.length < n) {
        Arrays.fill(b, a.length, n, Double.NaN);
      }
      return b;
    }
  }
}
