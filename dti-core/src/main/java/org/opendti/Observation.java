package org.opendti;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One observation: a unit's raw measure of one indicator in one period, with where it came from.
 *
 * <pre>{@code
 * Observation.builder().unit("38").indicator("gov_activity").period("2023")
 *     .measure(Measure.ofValue(0.8262)).provenance(Provenance.REPORT).build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public interface Observation {
  /**
   * The unit's code.
   *
   * @return the code, not null
   */
  String unit();

  /**
   * The indicator's code (a node code or alias of the framework).
   *
   * @return the code, not null
   */
  String indicator();

  /**
   * The period, usually a year such as "2023".
   *
   * @return the period; {@link Dataset#SINGLE_PERIOD} (empty) when the dataset has one unnamed period
   */
  @Value.Default
  default String period() {
    return Dataset.SINGLE_PERIOD;
  }

  /**
   * The raw measure.
   *
   * @return the measure, not null
   */
  Measure measure();

  /**
   * Where the measure came from.
   *
   * @return the provenance, if known
   */
  Optional<Provenance> provenance();

  /**
   * A reference to the evidence, e.g. a document number or a link ("tài liệu kiểm chứng").
   *
   * @return the reference, if any
   */
  Optional<String> evidence();

  /**
   * A note on the value, e.g. the unit's explanation or the appraisal council's remark ("ghi chú"). In an assessment
   * round each stage keeps its own ({@link StagedDataset}).
   *
   * @return the note, if any
   */
  Optional<String> note();

  /**
   * An observation with a plain value in the single unnamed period.
   *
   * @param unit the unit code, not blank
   * @param indicator the indicator code, not blank
   * @param value the value, finite
   * @return the observation, not null
   */
  static Observation of(String unit, String indicator, double value) {
    return builder().unit(unit).indicator(indicator).measure(Measure.ofValue(value)).build();
  }

  /**
   * A copy of this observation in another period.
   *
   * @param period the period, not null
   * @return the copy, not null
   */
  default Observation inPeriod(String period) {
    Builder b = builder().unit(unit()).indicator(indicator()).period(period).measure(measure());
    provenance().ifPresent(b::provenance);
    evidence().ifPresent(b::evidence);
    note().ifPresent(b::note);
    return b.build();
  }

  /**
   * A new builder.
   *
   * @return the builder, not null
   */
  static Builder builder() {
    return new Builder();
  }

  /** Rejects blank codes. */
  @Value.Check
  default void check() {
    if (unit().isBlank() || indicator().isBlank()) {
      throw new InvalidDataException(unit(), indicator(), measure().toString(), "unit and indicator must not be blank");
    }
  }

  /** Builds an {@link Observation}. */
  class Builder extends ImmutableObservation.Builder {
    /** An empty builder; {@link Observation#builder()} returns the same. */
    public Builder() {}
  }
}
