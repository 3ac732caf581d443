package org.opendti;

import java.util.Locale;

/**
 * The language of labels and texts for people: Vietnamese (node names from {@link Node#nameVi()}, decimal comma, as the
 * ministry's documents write {@code 0,8002}) or English ({@link Node#nameEn()}, decimal point). Unit names are proper
 * names and are shown as they are in both.
 *
 * <p>The library's texts take a language: {@code Change.describe(Language)}, {@code Warning.Kind.describe(Language)},
 * and the reports and workbooks of {@code dti-io}.
 */
public enum Language {
  /** Vietnamese: {@code vi}. */
  VI,
  /** English: {@code en}. */
  EN;

  /**
   * Parses {@code vi} or {@code en}, ignoring case and surrounding spaces.
   *
   * @param text the code, not null
   * @return the language, not null
   * @throws IllegalArgumentException if the text is neither, with the text and the two codes expected
   */
  public static Language of(String text) {
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "vi" -> VI;
      case "en" -> EN;
      default -> throw new IllegalArgumentException("unknown language '" + text + "'; expected vi or en");
    };
  }

  /**
   * The default language for a framework: Vietnamese when its name or a node's Vietnamese name has a letter outside
   * ASCII (every built-in DTI framework), English otherwise (for example a COINr meta file with English names).
   *
   * @param framework the framework, not null
   * @return the language, not null
   */
  public static Language forFramework(Framework framework) {
    if (!isAscii(framework.nameVi())) {
      return VI;
    }
    for (Node n : framework.nodes()) {
      if (!isAscii(n.nameVi())) {
        return VI;
      }
    }
    return EN;
  }

  private static boolean isAscii(String s) {
    return s.chars().allMatch(c -> c < 128);
  }

  /**
   * The ISO 639-1 code, as in {@code <html lang>}.
   *
   * @return {@code vi} or {@code en}, not null
   */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The {@link Locale} of this language, for tools that load {@link java.util.ResourceBundle}s.
   *
   * @return {@code vi} or {@link Locale#ENGLISH}, not null
   */
  public Locale locale() {
    return this == VI ? Locale.forLanguageTag("vi") : Locale.ENGLISH;
  }

  /**
   * A node's name in this language.
   *
   * @param node the node, not null
   * @return {@link Node#nameVi()} or {@link Node#nameEn()}, not null
   */
  public String name(Node node) {
    return this == VI ? node.nameVi() : node.nameEn();
  }

  /**
   * A framework's name in this language.
   *
   * @param framework the framework, not null
   * @return {@link Framework#nameVi()} or {@link Framework#nameEn()}, not null
   */
  public String name(Framework framework) {
    return this == VI ? framework.nameVi() : framework.nameEn();
  }

  /**
   * A number with exactly {@code decimals} decimals, rounded as {@link Numbers#format} rounds, with this language's
   * decimal separator (a comma in Vietnamese); NaN (no value) gives "–".
   *
   * @param value the value
   * @param decimals the decimals, 0 to 12
   * @return the text, not null
   */
  public String number(double value, int decimals) {
    if (Double.isNaN(value)) {
      return "–";
    }
    return decimalSeparator(Numbers.format(value, decimals));
  }

  /**
   * Writes a number already formatted with a decimal point ({@link Numbers#format}, {@link Numbers#plain}) with this
   * language's decimal separator: {@code "0.5"} stays in English and becomes {@code "0,5"} in Vietnamese.
   *
   * @param formatted the number's text with a decimal point, not null
   * @return the text, not null
   */
  public String decimalSeparator(String formatted) {
    return this == VI ? formatted.replace('.', ',') : formatted;
  }
}
