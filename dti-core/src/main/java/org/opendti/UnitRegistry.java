package org.opendti;

import com.google.common.collect.ImmutableList;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Resolves the names people write for units to the units themselves.
 *
 * <p>A name matches when, after normalisation, it equals a unit's code, name or alias. Normalisation: Unicode NFC,
 * case, dashes and repeated spaces, the prefixes "TP.", "TP", "Thành phố" and "Tỉnh", and the two tone-mark
 * placements of "oa", "oe" and "uy" at the end of a syllable ("Hoá" = "Hóa", "Thuý" = "Thúy"). When that finds
 * nothing, the name is compared without diacritics and spaces ("Thanh Hoa", "Hanoi"); if that matches more than one
 * unit it is ambiguous. An unknown or ambiguous name is an {@link UnknownUnitException} listing the closest names,
 * never a guess.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class UnitRegistry {
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern DASHES = Pattern.compile("\\s*[-\\u2010-\\u2015]\\s*");
  private static final String[][] TONES = {{"oà", "òa"}, {"oá", "óa"}, {"oả", "ỏa"}, {"oã", "õa"}, {"oạ", "ọa"},
      {"oè", "òe"}, {"oé", "óe"}, {"oẻ", "ỏe"}, {"oẽ", "õe"}, {"oẹ", "ọe"}, {"uỳ", "ùy"}, {"uý", "úy"}, {"uỷ", "ủy"},
      {"uỹ", "ũy"}, {"uỵ", "ụy"}};
  private static final Pattern[] TONE_PATTERNS = new Pattern[TONES.length];

  static {
    for (int i = 0; i < TONES.length; i++) {
      TONE_PATTERNS[i] = Pattern.compile(TONES[i][0] + "(?=$|\\s)");
    }
  }

  private final ImmutableList<Unit> units;
  private final Map<String, Integer> byKey;
  private final Map<String, Set<Integer>> byPlain;

  private UnitRegistry(List<Unit> units) {
    this.units = ImmutableList.copyOf(units);
    this.byKey = new HashMap<>();
    this.byPlain = new HashMap<>();
    for (int i = 0; i < units.size(); i++) {
      for (String name : names(units.get(i))) {
        Integer prev = byKey.putIfAbsent(key(name), i);
        if (prev != null && prev != i) {
          throw new IllegalArgumentException("'" + name + "' names both '" + units.get(prev).code() + "' and '"
              + units.get(i).code() + "'");
        }
        byPlain.computeIfAbsent(plain(name), k -> new HashSet<>()).add(i);
      }
    }
  }

  /**
   * A registry of units.
   *
   * @param units the units, whose codes, names and aliases must not collide after normalisation, not null
   * @return the registry, not null
   * @throws IllegalArgumentException if two units share a normalised name
   */
  public static UnitRegistry of(List<Unit> units) {
    return new UnitRegistry(units);
  }

  private static List<String> names(Unit u) {
    List<String> n = new ArrayList<>();
    n.add(u.code());
    n.add(u.name());
    n.addAll(u.aliases());
    return n;
  }

  /**
   * The normalised form used for matching: NFC, lower case, dashes as spaces, no "TP."/"Thành phố"/"Tỉnh" prefix,
   * one tone-mark placement.
   *
   * @param name the name, not null
   * @return the key, not null
   */
  public static String key(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).strip();
    s = DASHES.matcher(s).replaceAll(" ");
    s = SPACES.matcher(s).replaceAll(" ");
    boolean changed = true;
    while (changed) {
      changed = false;
      for (String prefix : new String[] {"thành phố ", "thanh pho ", "tp. ", "tp.", "tp ", "tỉnh ", "tinh "}) {
        if (s.startsWith(prefix) && s.length() > prefix.length()) {
          s = s.substring(prefix.length()).strip();
          changed = true;
        }
      }
    }
    for (int i = 0; i < TONES.length; i++) {
      s = TONE_PATTERNS[i].matcher(s).replaceAll(TONES[i][1]);
    }
    return s;
  }

  /**
   * The key without diacritics, spaces or punctuation: "Thanh Hóa" → "thanhhoa".
   *
   * @param name the name, not null
   * @return the plain key, not null
   */
  public static String plain(String name) {
    String s = Normalizer.normalize(key(name), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
        .replace('đ', 'd').replace('Đ', 'd');
    return s.replaceAll("[^\\p{L}\\p{N}]", "");
  }

  /**
   * The units, in the order given.
   *
   * @return the units, not null
   */
  public List<Unit> units() {
    return units;
  }

  /**
   * Finds the unit a name means.
   *
   * @param name a code, name or alias as people write it, not null
   * @return the unit, empty when unknown or ambiguous
   */
  public Optional<Unit> find(String name) {
    Integer i = byKey.get(key(name));
    if (i != null) {
      return Optional.of(units.get(i));
    }
    Set<Integer> plainMatches = byPlain.get(plain(name));
    return plainMatches != null && plainMatches.size() == 1 ? Optional.of(units.get(plainMatches.iterator().next()))
        : Optional.empty();
  }

  /**
   * Resolves a name.
   *
   * @param name a code, name or alias as people write it, not null
   * @return the unit, not null
   * @throws UnknownUnitException if the name is unknown or ambiguous; it lists the closest names
   */
  public Unit resolve(String name) {
    Optional<Unit> u = find(name);
    if (u.isPresent()) {
      return u.get();
    }
    Set<Integer> plainMatches = byPlain.get(plain(name));
    if (plainMatches != null && plainMatches.size() > 1) {
      throw new UnknownUnitException(name, "ambiguous", plainMatches.stream().sorted().map(i -> units.get(i).name())
          .toList());
    }
    throw new UnknownUnitException(name, "unknown", closest(name, 3));
  }

  /**
   * The names closest to a given one (edit distance without diacritics).
   *
   * @param name the name, not null
   * @param n how many to return, ≥ 0
   * @return up to {@code n} unit names, best first, not null
   */
  public List<String> closest(String name, int n) {
    String p = plain(name);
    return units.stream()
        .sorted(Comparator.comparingInt((Unit u) -> names(u).stream().mapToInt(x -> distance(p, plain(x))).min()
            .orElse(Integer.MAX_VALUE)).thenComparing(Unit::name))
        .limit(n).map(Unit::name).toList();
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  @Override
  public String toString() {
    return "UnitRegistry{" + units.size() + " units}";
  }
}
