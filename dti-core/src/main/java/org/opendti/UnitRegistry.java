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
import java.util.Objects;
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
  /** Per unit, the code, name and aliases it is matched by (all of them, except aliases a lenient registry left out). */
  private final List<List<String>> namesOf;
  private final Map<String, Integer> byKey;
  private final Map<String, Set<Integer>> byPlain;

  private UnitRegistry(List<Unit> given, boolean lenient) {
    List<Unit> kept = new ArrayList<>();
    this.namesOf = new ArrayList<>();
    this.byKey = new HashMap<>();
    this.byPlain = new HashMap<>();
    for (Unit u : given) {
      int i = kept.size();
      if (lenient && (taken(key(u.code()), i) || taken(key(u.name()), i))) {
        continue;
      }
      List<String> matched = new ArrayList<>();
      for (String name : names(u)) {
        String k = key(name);
        if (taken(k, i)) {
          if (!lenient) {
            throw new IllegalArgumentException("'" + name + "' names both '" + kept.get(byKey.get(k)).code()
                + "' and '" + u.code() + "'");
          }
          continue;
        }
        byKey.put(k, i);
        byPlain.computeIfAbsent(plain(name), x -> new HashSet<>()).add(i);
        matched.add(name);
      }
      kept.add(u);
      namesOf.add(matched);
    }
    this.units = ImmutableList.copyOf(kept);
  }

  /** Whether a key already names a unit other than the {@code i}-th. */
  private boolean taken(String key, int i) {
    Integer owner = byKey.get(key);
    return owner != null && owner != i;
  }

  /**
   * A registry of units.
   *
   * @param units the units, whose codes, names and aliases must not collide after normalisation, not null
   * @return the registry, not null
   * @throws IllegalArgumentException if two units share a normalised name, naming the name and both codes
   */
  public static UnitRegistry of(List<Unit> units) {
    return new UnitRegistry(units, false);
  }

  /**
   * A registry of units whose names may collide after normalisation, such as the units a data file spells as it
   * likes ("Tỉnh Hà Giang" and "Hà Giang" are one {@link #key}): every name it matches means exactly one unit. A unit
   * whose code or name has the key of an earlier unit's code, name or alias is left out of the registry, and so is
   * an alias that another unit already holds; such a unit is still found by its exact code or name
   * ({@link Unit#key}, as {@link #resolveAmong} and {@link Dataset#findUnit} match first). Use it to match names
   * without diacritics and to suggest close names among a dataset's own units.
   *
   * @param units the units, in order (earlier units win a collision), not null
   * @return the registry, whose {@link #units()} are the units kept, unchanged, not null
   */
  public static UnitRegistry lenient(List<Unit> units) {
    return new UnitRegistry(units, true);
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
    return java.util.stream.IntStream.range(0, units.size()).boxed()
        .sorted(Comparator.comparingInt((Integer i) -> namesOf.get(i).stream().mapToInt(x -> distance(p, plain(x)))
            .min().orElse(Integer.MAX_VALUE)).thenComparing(i -> units.get(i).name()))
        .limit(n).map(i -> units.get(i).name()).toList();
  }

  /**
   * The unit, among the given ones, that a name means through this registry: the name is resolved here, then matched
   * to the given unit that this registry resolves (by name, else by code) to the same unit. Use it for the units of a
   * dataset or of results whose files spell names their own way ("Thanh Hoa" in the data is Thanh Hóa of
   * {@link Provinces#before2025()}).
   *
   * @param name a code, name or alias as people write it, not null
   * @param among the units to choose from, not null
   * @return one of {@code among}, not null
   * @throws UnknownUnitException if this registry does not know the name or finds it ambiguous, with the closest names
   * @throws DtiException if the registry knows the name but none of {@code among} is that unit; the message names the
   *     unit the name means and the closest of {@code among}
   */
  public Unit resolveIn(String name, List<Unit> among) {
    Objects.requireNonNull(among, "among");
    Unit known = resolve(name);
    for (Unit u : among) {
      if (find(u.name()).or(() -> find(u.code())).filter(known::equals).isPresent()) {
        return u;
      }
    }
    throw new DtiException("'" + name + "' is " + known.name() + ", which the data do not hold; closest in the data: "
        + String.join(", ", lenient(among).closest(name, 3)));
  }

  /**
   * The unit, among the given ones, that a name means when there is no registry: its code ({@link Unit#key}, NFC and
   * ignoring case), else its name or an alias, else the one unit of {@link #lenient(List)} that the name matches
   * after normalisation ({@link #key}) or without diacritics ({@link #plain}).
   *
   * @param name a code, name or alias as people write it, not null
   * @param among the units to choose from, not null
   * @return one of {@code among}, not null
   * @throws UnknownUnitException if no unit or more than one matches, with the closest names of {@code among}
   */
  public static Unit resolveAmong(String name, List<Unit> among) {
    Objects.requireNonNull(among, "among");
    String key = Unit.key(name);
    for (Unit u : among) {
      if (Unit.key(u.code()).equals(key)) {
        return u;
      }
    }
    for (Unit u : among) {
      if (Unit.key(u.name()).equals(key) || u.aliases().stream().anyMatch(a -> Unit.key(a).equals(key))) {
        return u;
      }
    }
    Unit found = lenient(among).resolve(name);
    return among.stream().filter(u -> u.code().equals(found.code())).findFirst().orElseThrow();
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
