package org.opendti.engine;

import java.util.Objects;
import org.opendti.Language;

/**
 * Something the engine did that a user should know about, such as scoring a missing indicator as 0 points under the
 * official policy. Warnings never change results silently: each one names the unit and the indicator.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Warning {
  /**
   * What kind of thing happened. Tools count warnings by kind and name each kind in words, so a user can tell a gap
   * in the data from a treatment of outliers.
   */
  public enum Kind {
    /**
     * A unit had no value for a scored indicator, and the method's missing-value policy filled it (under the official
     * policy: 0 points, as the DTI decisions score an indicator without evidence).
     */
    MISSING_VALUE("missing values filled by the missing-value policy",
        "giá trị thiếu, được xử lý theo quy tắc thiếu dữ liệu"),
    /** The method's outlier treatment changed an indicator's values (winsorised or log-transformed it, say). */
    OUTLIERS_TREATED("outliers treated", "giá trị ngoại lai đã được xử lý"),
    /** An aggregate could not be computed (for example, none of its children has data), so it has no values. */
    NOT_COMPUTED("nodes not computed", "chỉ số không tính được"),
    /**
     * In the appraised stage of an assessment round, the council gave no value for a unit's input, so the unit's
     * self-assessed value was scored ({@link org.opendti.StagedDataset#notAppraised(String)}). Added to results by
     * whoever reads the round ({@link Results#withWarnings(java.util.List)}), not by the engine.
     */
    NOT_APPRAISED("values not appraised, the self-assessed value used",
        "giá trị chưa được thẩm định, dùng giá trị tự đánh giá");

    private final String english;
    private final String vietnamese;

    Kind(String english, String vietnamese) {
      this.english = english;
      this.vietnamese = vietnamese;
    }

    /**
     * The kind in words, to follow a count ("12 missing values filled by the missing-value policy").
     *
     * @param language the language, not null
     * @return the description, not null
     */
    public String describe(Language language) {
      return Objects.requireNonNull(language, "language") == Language.VI ? vietnamese : english;
    }
  }

  private final Kind kind;
  private final String unit;
  private final String indicator;
  private final String message;

  /**
   * Creates a warning.
   *
   * @param kind what kind of thing happened, not null
   * @param unit the unit code, not null
   * @param indicator the node code, not null
   * @param message what happened, not null
   */
  public Warning(Kind kind, String unit, String indicator, String message) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.unit = Objects.requireNonNull(unit, "unit");
    this.indicator = Objects.requireNonNull(indicator, "indicator");
    this.message = Objects.requireNonNull(message, "message");
  }

  /**
   * What kind of thing happened.
   *
   * @return the kind, not null
   */
  public Kind kind() {
    return kind;
  }

  /**
   * The unit.
   *
   * @return the unit code, not null
   */
  public String unit() {
    return unit;
  }

  /**
   * The indicator.
   *
   * @return the node code, not null
   */
  public String indicator() {
    return indicator;
  }

  /**
   * What happened.
   *
   * @return the message, not null
   */
  public String message() {
    return message;
  }

  /**
   * The warning as one line: {@code unit 'X', indicator 'Y': message}.
   *
   * @return the line, not null
   */
  @Override
  public String toString() {
    return "unit '" + unit + "', indicator '" + indicator + "': " + message;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Warning w && kind == w.kind && unit.equals(w.unit) && indicator.equals(w.indicator) && message.equals(w.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, unit, indicator, message);
  }
}
