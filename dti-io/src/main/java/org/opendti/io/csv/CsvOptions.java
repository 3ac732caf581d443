package org.opendti.io.csv;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.immutables.value.Value;
import org.opendti.io.NumberStyle;

/**
 * How to read a CSV file.
 *
 * <pre>{@code
 * CsvOptions vi = CsvOptions.builder().numberStyle(NumberStyle.VIETNAMESE).build();   // 0,7314 and ';'
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public interface CsvOptions {
  /**
   * How numbers are written.
   *
   * @return the style, {@link NumberStyle#DEFAULT} unless set
   */
  @Value.Default
  default NumberStyle numberStyle() {
    return NumberStyle.DEFAULT;
  }

  /**
   * The encoding when the file has no byte-order mark.
   *
   * @return the charset, UTF-8 unless set
   */
  @Value.Default
  default Charset charset() {
    return StandardCharsets.UTF_8;
  }

  /**
   * The field separator. When empty it is taken from the header line: ';' if the header has semicolons and no commas
   * (Excel's CSV in decimal-comma locales), else ','.
   *
   * @return the separator, if fixed
   */
  Optional<Character> delimiter();

  /**
   * The longest field accepted, in characters; longer fields are an error (a guard against garbage input).
   *
   * @return the limit, 10,000 unless set
   */
  @Value.Default
  default int maxFieldLength() {
    return 10_000;
  }

  /**
   * The registry unit names resolve through, e.g. {@link org.opendti.Provinces#before2025()}: every spelling it knows
   * becomes one unit, whose code is the registry's name (codes may be unverified, names are authoritative) with the
   * registry's code kept as an alias. An unknown or ambiguous name is an error listing the closest names. When empty,
   * units are taken as written (NFC, case-insensitive).
   *
   * @return the registry, if any
   */
  Optional<org.opendti.UnitRegistry> units();

  /**
   * The default options: default number style, UTF-8, separator from the header.
   *
   * @return the options, not null
   */
  static CsvOptions defaults() {
    return builder().build();
  }

  /**
   * A new builder.
   *
   * @return the builder, not null
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CsvOptions}. */
  class Builder extends ImmutableCsvOptions.Builder {
    /** A new builder; {@link CsvOptions#builder()} is the usual way to get one. */
    Builder() {}
  }
}
