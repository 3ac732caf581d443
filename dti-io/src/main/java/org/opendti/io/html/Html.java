package org.opendti.io.html;

/** Escaping and a tiny append-only writer for HTML and inline SVG. */
final class Html {
  private final StringBuilder sb = new StringBuilder(1 << 16);

  /**
   * Escapes text for element content and quoted attribute values: {@code & < > " '}. Characters that must not reach
   * the page are shown as U+FFFD: C0 and C1 controls (except line feed and tab), which HTML text cannot hold, and the
   * bidirectional formatting characters (U+061C, U+200E, U+200F, U+202A..U+202E, U+2066..U+2069), with which a name
   * could reverse the text after it on the same line (a unit name ending in U+202E would turn the figures after it
   * around).
   */
  static String esc(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if ((c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F) || bidi(c)) {
            out.append('\uFFFD');
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /** Whether a character is a bidirectional formatting character (an embedding, override, isolate or mark). */
  static boolean bidi(char c) {
    return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
  }

  /** A coordinate with at most two decimals, '.' as separator, no exponent. */
  static String px(double v) {
    long hundredths = Math.round(v * 100);
    String sign = hundredths < 0 ? "-" : "";
    long a = Math.abs(hundredths);
    long frac = a % 100;
    return sign + (a / 100) + (frac == 0 ? "" : frac % 10 == 0 ? "." + frac / 10 : "." + (frac < 10 ? "0" : "")
        + frac);
  }

  Html raw(String s) {
    sb.append(s);
    return this;
  }

  Html text(String s) {
    sb.append(esc(s));
    return this;
  }

  /** An element with escaped text content: {@code <tag attrs>text</tag>}; attrs are written as given. */
  Html el(String tag, String attrs, String text) {
    sb.append('<').append(tag);
    if (!attrs.isEmpty()) {
      sb.append(' ').append(attrs);
    }
    sb.append('>').append(esc(text)).append("</").append(tag).append('>');
    return this;
  }

  @Override
  public String toString() {
    return sb.toString();
  }
}
