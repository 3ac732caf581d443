package org.opendti;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The raw measure of one observation as a scoring rule sees it: a value, or a numerator and a denominator, or a
 * category label.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Measure {
  private final double value;
  private final double numerator;
  private final double denominator;
  private final String category;

  private Measure(double value, double numerator, double denominator, String category) {
    this.value = value;
    this.numerator = numerator;
    this.denominator = denominator;
    this.category = category;
  }

  /**
   * A plain value.
   *
   * @param value the value, finite
   * @return the measure, not null
   * @throws IllegalArgumentException if the value is not finite
   */
  public static Measure ofValue(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("value must be finite, was " + value);
    }
    return new Measure(value, Double.NaN, Double.NaN, "");
  }

  /**
   * A ratio given as its two parts, e.g. 1,805 online procedures out of 2,067.
   *
   * @param numerator the numerator, finite
   * @param denominator the denominator, finite
   * @return the measure, not null
   * @throws IllegalArgumentException if either part is not finite
   */
  public static Measure ofRatio(double numerator, double denominator) {
    if (!Double.isFinite(numerator) || !Double.isFinite(denominator)) {
      throw new IllegalArgumentException("numerator and denominator must be finite, were " + numerator + " and "
          + denominator);
    }
    return new Measure(Double.NaN, numerator, denominator, "");
  }

  /**
   * A category label, e.g. "chairman" for who heads the steering committee.
   *
   * @param category the label, not blank
   * @return the measure, not null
   */
  public static Measure ofCategory(String category) {
    Objects.requireNonNull(category, "category");
    if (category.isBlank()) {
      throw new IllegalArgumentException("category must not be blank");
    }
    return new Measure(Double.NaN, Double.NaN, Double.NaN, category.strip());
  }

  static Measure raw(double value, double numerator, double denominator, String category) {
    return new Measure(value, numerator, denominator, category == null ? "" : category);
  }

  /**
   * The plain value.
   *
   * @return the value, empty for a ratio or a category
   */
  public OptionalDouble value() {
    return Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value);
  }

  /**
   * The numerator of a ratio.
   *
   * @return the numerator, empty unless this is a ratio
   */
  public OptionalDouble numerator() {
    return Double.isNaN(numerator) ? OptionalDouble.empty() : OptionalDouble.of(numerator);
  }

  /**
   * The denominator of a ratio.
   *
   * @return the denominator, empty unless this is a ratio
   */
  public OptionalDouble denominator() {
    return Double.isNaN(denominator) ? OptionalDouble.empty() : OptionalDouble.of(denominator);
  }

  /**
   * The category label.
   *
   * @return the label, empty unless this is a category
   */
  public Optional<String> category() {
    return category.isEmpty() ? Optional.empty() : Optional.of(category);
  }

  /**
   * The measure as a number: the value, or numerator ÷ denominator.
   *
   * @return the number, NaN for a category or a zero denominator
   */
  public double asNumber() {
    if (!Double.isNaN(value)) {
      return value;
    }
    if (!Double.isNaN(numerator) && denominator != 0) {
      return numerator / denominator;
    }
    return Double.NaN;
  }

  /**
   * The measure as people write it: {@code 0.7314}, {@code 1805/2067} or the category.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    if (!category.isEmpty()) {
      return category;
    }
    if (!Double.isNaN(numerator)) {
      return Numbers.plain(numerator) + "/" + Numbers.plain(denominator);
    }
    return Numbers.plain(value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Measure m
        && Double.compare(value, m.value) == 0
        && Double.compare(numerator, m.numerator) == 0
        && Double.compare(denominator, m.denominator) == 0
        && category.equals(m.category);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, numerator, denominator, category);
  }
}
