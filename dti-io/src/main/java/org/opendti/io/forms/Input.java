package org.opendti.io.forms;

import com.google.common.collect.ImmutableList;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.opendti.Node;
import org.opendti.Numbers;
import org.opendti.ScoringRule;

/**
 * What a form's input row takes, read from the node's scoring rule: a plain value (with its bounds, if the rule has
 * any), a ratio (a value in 0..1 or a numerator and a denominator), or a category from the rule's list. The one place
 * the writer (validations, hints) and the reader (checks) learn what a component expects.
 *
 * @param kind what the row takes
 * @param min the least value accepted, −∞ when unbounded
 * @param max the greatest value accepted, +∞ when unbounded
 * @param whole true when only 0 and 1 are accepted (the rule {@code binary})
 * @param categories the category labels, as the rule defines them (only for {@link Kind#CATEGORY})
 * @param rule the rule's id, "" when the node has none
 */
record Input(Kind kind, double min, double max, boolean whole, List<String> categories, String rule) {

  /** What an input row takes. */
  enum Kind {
    /** A plain number. */
    VALUE,
    /** A share in 0..1, or a numerator and a denominator. */
    RATIO,
    /** One label of the rule's list. */
    CATEGORY,
    /** A rule the SDK does not know (a user's own): any of the above, checked when scored. */
    ANY
  }

  Input {
    categories = ImmutableList.copyOf(categories);
  }

  /** The input of a node, from its scoring rule (none: a number without bounds, scored by the method's rule). */
  static Input of(Node node) {
    Optional<ScoringRule> r = node.scoringRule();
    if (r.isEmpty()) {
      return value(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, "");
    }
    ScoringRule rule = r.get();
    double top = node.maxPoints().orElse(Double.POSITIVE_INFINITY);
    // the bounds are those the built-in rules enforce when scoring (org.opendti.Rules, ValueRule)
    return switch (rule.id()) {
      case "fraction" -> value(0, 1, "fraction");
      case "points" -> value(0, top, "points");
      case "raw" -> value(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, "raw");
      case "thresholds" -> value(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, "thresholds");
      case "target" -> value(0, Double.POSITIVE_INFINITY, "target");
      case "binary" -> new Input(Kind.VALUE, 0, 1, true, List.of(), "binary");
      case "ratio" -> new Input(Kind.RATIO, 0, 1, false, List.of(), "ratio");
      case "categorical" -> new Input(Kind.CATEGORY, Double.NaN, Double.NaN, false, labels(rule.spec()), "categorical");
      default -> new Input(Kind.ANY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, false, List.of(), rule.id());
    };
  }

  private static Input value(double min, double max, String rule) {
    return new Input(Kind.VALUE, min, max, false, List.of(), rule);
  }

  /**
   * The labels of a categorical rule from its spec, {@code categorical: A=1; B=0.5}: the one public form of the list
   * (ScoringRule#spec(), which ScoringRule#parse reads back).
   */
  static List<String> labels(String spec) {
    int colon = spec.indexOf(':');
    ImmutableList.Builder<String> b = ImmutableList.builder();
    for (String part : spec.substring(colon + 1).split(";")) {
      int eq = part.lastIndexOf('=');
      if (eq > 0 && !part.substring(0, eq).isBlank()) {
        b.add(part.substring(0, eq).strip());
      }
    }
    return b.build();
  }

  /** Whether the row takes a value in the value column. */
  boolean takesValue() {
    return kind != Kind.CATEGORY;
  }

  /** Whether the row takes a numerator and a denominator. */
  boolean takesRatio() {
    return kind == Kind.RATIO || kind == Kind.ANY;
  }

  /** Whether the row takes a category. */
  boolean takesCategory() {
    return kind == Kind.CATEGORY || kind == Kind.ANY;
  }

  /** Whether a value lies in the bounds. */
  boolean accepts(double v) {
    if (whole) {
      return v == 0 || v == 1;
    }
    return v >= min && v <= max;
  }

  /** The bounds as users read them, for messages. */
  String bounds() {
    if (whole) {
      return "1 (done) or 0 (not done)";
    }
    if (min == Double.NEGATIVE_INFINITY && max == Double.POSITIVE_INFINITY) {
      return "a number";
    }
    if (max == Double.POSITIVE_INFINITY) {
      return "a number ≥ " + Numbers.plain(min);
    }
    return "a number in " + Numbers.plain(min) + ".." + Numbers.plain(max);
  }

  /** The label as the rule writes it, matched as the rule matches (trimmed, NFC, ignoring case); empty if unknown. */
  Optional<String> category(String text) {
    String k = key(text);
    return categories.stream().filter(c -> key(c).equals(k)).findFirst();
  }

  private static String key(String label) {
    return Normalizer.normalize(label.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
  }

  /** A short Vietnamese hint of what to enter, for rows whose node has no description. */
  String hintVi() {
    return switch (kind) {
      case CATEGORY -> "Chọn một trong: " + String.join("; ", categories);
      case RATIO -> "Nhập tỷ lệ từ 0 đến 1 vào cột Giá trị, hoặc nhập Tử số và Mẫu số";
      case ANY -> "Nhập theo quy tắc " + rule;
      default -> whole ? "Nhập 1 (đã thực hiện) hoặc 0 (chưa thực hiện)"
          : min == Double.NEGATIVE_INFINITY && max == Double.POSITIVE_INFINITY ? "Nhập một số"
          : max == Double.POSITIVE_INFINITY ? "Nhập một số không nhỏ hơn " + vi(min)
          : "Nhập một số từ " + vi(min) + " đến " + vi(max);
    };
  }

  /** A number as Vietnamese readers write it, for hints: a comma before the decimals. */
  static String vi(double v) {
    return Numbers.plain(v).replace('.', ',');
  }
}
