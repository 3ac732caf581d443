package org.opendti;

import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A body that is scored: a province, a ministry, a department, a district, a commune.
 *
 * <p>Names are stored in Unicode NFC, so "Thanh Hoá" typed with combining marks and with precomposed letters is the
 * same name. Units with different {@link #group()}s are ranked separately (ministries with and without public
 * services, methodology §5). This class is immutable and thread-safe.
 */
@Value.Immutable
public interface Unit {
  /**
   * The code: a province code such as {@code "01"} (leading zeros kept), or the name when no code is known.
   *
   * @return the code, not null
   */
  String code();

  /**
   * The display name, e.g. "TP. Đà Nẵng".
   *
   * @return the name, not null
   */
  String name();

  /**
   * Other spellings that identify the unit.
   *
   * @return the aliases, not null
   */
  List<String> aliases();

  /**
   * What kind of body the unit is.
   *
   * @return the kind, {@link UnitKind#OTHER} unless set
   */
  @Value.Default
  default UnitKind kind() {
    return UnitKind.OTHER;
  }

  /**
   * The ranking group; units are ranked only against units of the same group.
   *
   * @return the group, empty for the single default group
   */
  Optional<String> group();

  /**
   * The first day the unit exists, e.g. 1 July 2025 for the 34 merged provinces.
   *
   * @return the date, if the unit has a start
   */
  Optional<java.time.LocalDate> validFrom();

  /**
   * The last day the unit exists, e.g. 30 June 2025 for the 63 provinces before the merger.
   *
   * @return the date, if the unit has an end
   */
  Optional<java.time.LocalDate> validUntil();

  /**
   * A unit with a code and a name.
   *
   * @param code the code, not blank
   * @param name the name, not blank
   * @return the unit, not null
   */
  static Unit of(String code, String name) {
    return builder().code(code).name(name).build();
  }

  /**
   * A new builder.
   *
   * @return the builder, not null
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Labels an office gives units beyond their kind and group, e.g. {@code kinh-te-so} for the departments with
   * digital-economy tasks; a framework node can apply to the units with a tag only ({@link Node#appliesTo()}).
   *
   * @return the tags, trimmed and NFC-normalised, not null
   */
  List<String> tags();

  /**
   * Whether the unit is ranked: a unit that is scored but not ranked (e.g. one that provides no public services, in
   * some provinces' frameworks) gets values and points but no rank, and does not move any other unit's rank.
   *
   * @return true unless the unit list says otherwise
   */
  @Value.Default
  default boolean ranked() {
    return true;
  }

  /**
   * Trims and NFC-normalises the texts and rejects blank ones.
   *
   * @return this unit or its normalised copy
   */
  @Value.Check
  default Unit normalise() {
    if (code().isBlank() || name().isBlank()) {
      throw new DtiException("unit '" + code() + "' ('" + name() + "'): code and name must not be blank");
    }
    String c = nfc(code());
    String n = nfc(name());
    List<String> a = aliases().stream().map(Unit::nfc).toList();
    List<String> t = tags().stream().map(Unit::nfc).toList();
    if (c.equals(code()) && n.equals(name()) && a.equals(aliases()) && t.equals(tags())) {
      return this;
    }
    Builder b = builder().code(c).name(n).addAllAliases(a).kind(kind()).addAllTags(t).ranked(ranked());
    group().ifPresent(b::group);
    validFrom().ifPresent(b::validFrom);
    validUntil().ifPresent(b::validUntil);
    return b.build();
  }

  /**
   * Trims and NFC-normalises a text.
   *
   * @param text the text, not null
   * @return the normalised text, not null
   */
  static String nfc(String text) {
    return Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
  }

  /**
   * The form in which unit codes, names and aliases are compared, so that "Hà Nội", " hà nội " and a decomposed
   * spelling match: trimmed, NFC-normalised and lower-cased in {@link java.util.Locale#ROOT}. Node codes are matched the
   * same way.
   *
   * @param text a code, name or alias, not null
   * @return the comparison key, not null
   */
  static String key(String text) {
    return nfc(text).toLowerCase(java.util.Locale.ROOT);
  }

  /** Builds a {@link Unit}. */
  class Builder extends ImmutableUnit.Builder {
    /** An empty builder; {@link Unit#builder()} returns the same. */
    public Builder() {}
  }
}
