package org.opendti.io.xlsx;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Gives the sheets of one workbook names that Excel accepts and that read as a person would name them. Excel's rules
 * (the "Rename sheet" dialog; ECMA-376 only bounds the length): at most 31 characters, none of
 * {@code : \ / ? * [ ]}, not blank, not starting or ending with an apostrophe, not "History" (Excel reserves it for
 * change tracking), and no two names equal when case is ignored. A wanted name is made to fit:
 *
 * <ul>
 *   <li>{@code [} and {@code ]} become {@code (} and {@code )}; {@code : \ / ? *} become {@code -};
 *   <li>control characters and line breaks become spaces, runs of white space one space, and white space and
 *       apostrophes at either end are removed;
 *   <li>a blank result takes the next name offered (a node's code, then "Sheet n");
 *   <li>a name longer than 31 characters is cut to 30 and ends in "…", never inside a surrogate pair;
 *   <li>a name already taken (ignoring case, "History" included) gets " (2)", " (3)" … after its first characters, so
 *       that it still fits in 31.
 * </ul>
 *
 * <p>One instance per workbook; not thread-safe.
 */
final class SheetNames {
  /** Excel's limit on the length of a sheet name, in UTF-16 units. */
  static final int MAX_LENGTH = 31;

  private final Set<String> taken = new HashSet<>();

  SheetNames() {
    taken.add(fold("History"));
  }

  /**
   * The name of the next sheet: the first of the wanted names that is not blank once cleaned, made valid and unique.
   *
   * @param wanted names in order of preference, e.g. a node's name then its code
   * @return the name, valid and not yet used in this workbook
   */
  String next(String... wanted) {
    String base = "";
    for (String w : wanted) {
      base = clean(w);
      if (!base.isEmpty()) {
        break;
      }
    }
    if (base.isEmpty()) {
      base = "Sheet " + taken.size(); // "History" and the sheets before: this sheet's position, from 1
    }
    String name = fit(base, MAX_LENGTH);
    for (int k = 2; !taken.add(fold(name)); k++) {
      String suffix = " (" + k + ")";
      name = fit(base, MAX_LENGTH - suffix.length()) + suffix;
    }
    return name;
  }

  /** Excel compares sheet names without regard to case. */
  private static String fold(String name) {
    return name.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
  }

  /** The rules above except length and uniqueness. */
  static String clean(String wanted) {
    String s = Normalizer.normalize(wanted, Normalizer.Form.NFC);
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char out = switch (c) {
        case '[' -> '(';
        case ']' -> ')';
        case ':', '\\', '/', '?', '*' -> '-';
        default -> Character.isISOControl(c) || Character.isWhitespace(c) || Character.isSpaceChar(c) ? ' ' : c;
      };
      if (out == ' ') {
        space = true;
        continue;
      }
      if (space && b.length() > 0) {
        b.append(' ');
      }
      space = false;
      b.append(out);
    }
    return trim(b.toString());
  }

  /** Removes white space and apostrophes at both ends. */
  private static String trim(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && (s.charAt(start) == '\'' || s.charAt(start) == ' ')) {
      start++;
    }
    while (end > start && (s.charAt(end - 1) == '\'' || s.charAt(end - 1) == ' ')) {
      end--;
    }
    return s.substring(start, end);
  }

  /** The name if it fits in {@code length}, else its first characters and "…"; never ends in a space or apostrophe. */
  private static String fit(String name, int length) {
    if (name.length() <= length) {
      return name;
    }
    int end = length - 1;
    if (Character.isHighSurrogate(name.charAt(end - 1))) {
      end--;
    }
    return trim(name.substring(0, end)) + "…";
  }
}
