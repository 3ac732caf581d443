package org.opendti;

/** What kind of body a unit is. Units of different kinds are normally scored with different frameworks. */
public enum UnitKind {
  /** A province or centrally run city ("tỉnh, thành phố trực thuộc Trung ương"). */
  PROVINCE,
  /** A ministry or ministry-level agency ("bộ, cơ quan ngang bộ"). */
  MINISTRY,
  /** A provincial department ("sở, ban, ngành"). */
  DEPARTMENT,
  /** A district, town or provincial city ("huyện, thị xã, thành phố"). */
  DISTRICT,
  /** A commune, ward or township ("xã, phường, thị trấn"). */
  COMMUNE,
  /** The country (the national DTI). */
  NATION,
  /** Anything else, e.g. a country in COINr's ASEM example. */
  OTHER;

  /**
   * The kind a word names, as unit lists and framework tables write it: the English name ({@code department},
   * {@code district}, ...) or the Vietnamese word officials use ({@code sở}, {@code huyện}, {@code xã}, {@code tỉnh},
   * {@code bộ}), ignoring case, diacritics' normal form and surrounding spaces.
   *
   * @param text the word, not null
   * @return the kind, if the word names one
   */
  public static java.util.Optional<UnitKind> find(String text) {
    return java.util.Optional.ofNullable(BY_WORD.get(Unit.key(text)));
  }

  /**
   * The kind a word names, as {@link #find(String)}.
   *
   * @param text the word, not null
   * @return the kind, not null
   * @throws IllegalArgumentException if the word names no kind; the message lists the words accepted
   */
  public static UnitKind parse(String text) {
    return find(text).orElseThrow(() -> new IllegalArgumentException("unknown unit kind '" + text + "'; expected one of "
        + String.join(", ", BY_WORD.keySet())));
  }

  private static final java.util.Map<String, UnitKind> BY_WORD = words();

  private static java.util.Map<String, UnitKind> words() {
    java.util.Map<String, UnitKind> m = new java.util.LinkedHashMap<>();
    for (UnitKind k : values()) {
      m.put(k.name().toLowerCase(java.util.Locale.ROOT), k);
    }
    m.put(Unit.key("tỉnh"), PROVINCE);
    m.put(Unit.key("bộ"), MINISTRY);
    m.put(Unit.key("sở"), DEPARTMENT);
    m.put(Unit.key("huyện"), DISTRICT);
    m.put(Unit.key("xã"), COMMUNE);
    m.put(Unit.key("quốc gia"), NATION);
    m.put(Unit.key("khác"), OTHER);
    return java.util.Collections.unmodifiableMap(m);
  }
}
