package org.opendti.io.forms;

import java.util.Objects;
import java.util.Optional;
import org.opendti.io.NumberStyle;

/**
 * How {@link Forms#collect} reads forms: the period every form must be for (any, unless set), and how numbers typed
 * as text are read ({@link NumberStyle#VIETNAMESE} unless set: {@code 0,75} and {@code 75%}; number cells are read as
 * stored whatever the style).
 *
 * <pre>{@code
 * CollectOptions o = CollectOptions.defaults().withPeriod("2025");
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CollectOptions {
  private static final CollectOptions DEFAULTS = new CollectOptions(Optional.empty(), NumberStyle.VIETNAMESE);

  private final Optional<String> period;
  private final NumberStyle numberStyle;

  private CollectOptions(Optional<String> period, NumberStyle numberStyle) {
    this.period = period;
    this.numberStyle = numberStyle;
  }

  /**
   * The defaults: forms of any period, text numbers in the Vietnamese style.
   *
   * @return the options, not null
   */
  public static CollectOptions defaults() {
    return DEFAULTS;
  }

  /**
   * A copy that requires every form to be for this period; a form for another is a problem.
   *
   * @param period the period, e.g. "2025", not blank
   * @return the new options, not null
   * @throws IllegalArgumentException if the period is blank
   */
  public CollectOptions withPeriod(String period) {
    if (period.isBlank()) {
      throw new IllegalArgumentException("period must not be blank");
    }
    return new CollectOptions(Optional.of(period.strip()), numberStyle);
  }

  /**
   * A copy that reads numbers typed as text in this style.
   *
   * @param style the style, not null
   * @return the new options, not null
   */
  public CollectOptions withNumberStyle(NumberStyle style) {
    return new CollectOptions(period, Objects.requireNonNull(style, "style"));
  }

  /**
   * The period every form must be for.
   *
   * @return the period, empty when forms of any period are read
   */
  public Optional<String> period() {
    return period;
  }

  /**
   * How numbers typed as text are read.
   *
   * @return the style, not null
   */
  public NumberStyle numberStyle() {
    return numberStyle;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CollectOptions c && period.equals(c.period) && numberStyle == c.numberStyle;
  }

  @Override
  public int hashCode() {
    return Objects.hash(period, numberStyle);
  }

  @Override
  public String toString() {
    return "CollectOptions{period=" + period.orElse("any") + ", numberStyle=" + numberStyle + "}";
  }
}
