package org.opendti;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;

/**
 * The observations of an assessment in its two stages: what units reported in their self-assessment and what the
 * appraisal council set ({@link Stage}). {@link #forStage(Stage)} gives the dataset to score: the self-assessment as
 * reported, or the appraised stage, which takes the council's value wherever it gave one and the unit's own value
 * elsewhere; {@link #notAppraised(String)} lists where the latter happened, so that nothing is taken over silently.
 *
 * <pre>{@code
 * StagedDataset round = StagedDataset.of(selfAssessed, appraised);
 * Results published = ScoringEngine.official().score(framework, round.forStage(Stage.APPRAISED));
 * round.notAppraised(Dataset.SINGLE_PERIOD).size();   // components scored on the unit's own value
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StagedDataset {
  private final Dataset self;
  private final Dataset appraised;
  private final Dataset combined;

  private StagedDataset(Dataset self, Dataset appraised) {
    this.self = self;
    this.appraised = appraised;
    this.combined = self.overlay(appraised);
  }

  /**
   * A round from its two stages.
   *
   * @param self the self-assessed observations, not null
   * @param appraised the council's observations (often fewer), not null
   * @return the round, not null
   */
  public static StagedDataset of(Dataset self, Dataset appraised) {
    return new StagedDataset(Objects.requireNonNull(self, "self"), Objects.requireNonNull(appraised, "appraised"));
  }

  /**
   * Both stages over the units of an assessment's unit list ({@link Dataset#withUnits(List)}), so that units carry
   * the list's kinds, groups, tags and ranking.
   *
   * @param list the units, not null
   * @return the round over the list, not null
   * @throws InvalidDataException if either stage holds a unit that is not on the list, or the list names a unit twice
   */
  public StagedDataset withUnits(List<Unit> list) {
    return new StagedDataset(self.withUnits(list), appraised.withUnits(list));
  }

  /**
   * The observations of one stage as given.
   *
   * @param stage the stage, not null
   * @return the self-assessed or the appraised observations alone, not null
   */
  public Dataset given(Stage stage) {
    return stage == Stage.SELF ? self : appraised;
  }

  /**
   * The dataset to score for a stage: the self-assessment, or the appraised values with the self-assessed ones
   * wherever the council gave none ({@link Dataset#overlay(Dataset)}).
   *
   * @param stage the stage, not null
   * @return the dataset, not null
   */
  public Dataset forStage(Stage stage) {
    return Objects.requireNonNull(stage, "stage") == Stage.SELF ? self : combined;
  }

  /**
   * Where the appraised stage uses a self-assessed value: observations of the self-assessment in a period that the
   * council did not appraise, in unit then indicator order.
   *
   * @param period the period, not null
   * @return the unit and indicator of each, not null
   */
  public List<Cell> notAppraised(String period) {
    Objects.requireNonNull(period, "period");
    if (!self.periods().contains(period)) {
      return List.of();
    }
    ImmutableList.Builder<Cell> out = ImmutableList.builder();
    List<String> indicators = self.indicators(period);
    for (int u = 0; u < self.units().size(); u++) {
      Unit unit = self.units().get(u);
      java.util.OptionalInt at = appraised.unitPosition(unit.code());
      for (String indicator : indicators) {
        if (!self.cells(period, indicator).present(u)) {
          continue;
        }
        boolean given = at.isPresent() && appraised.periods().contains(period)
            && appraised.cells(period, indicator).present(at.getAsInt());
        if (!given) {
          out.add(new Cell(unit.code(), indicator));
        }
      }
    }
    return out.build();
  }

  /**
   * One observation's place.
   *
   * @param unit the unit's code, not null
   * @param indicator the indicator as the dataset names it, not null
   */
  public record Cell(String unit, String indicator) {
    /**
     * Checks the parts.
     *
     * @param unit the unit's code, not null
     * @param indicator the indicator, not null
     */
    public Cell {
      Objects.requireNonNull(unit, "unit");
      Objects.requireNonNull(indicator, "indicator");
    }
  }

  @Override
  public String toString() {
    return "StagedDataset{self " + self.size() + " observations, appraised " + appraised.size() + "}";
  }
}
