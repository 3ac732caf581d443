package org.opendti.examples.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the {@code dti} command writes for people: the one home of escaping control characters, of the terminal's
 * width and of word wrapping, and the UTF-8 standard streams.
 *
 * <p>Escaping: a C0 or C1 control character, DEL, a bidirectional formatting character (U+061C, U+200E, U+200F,
 * U+202A..U+202E, U+2066..U+2069), a line or paragraph separator (U+2028, U+2029) or an unpaired surrogate is shown
 * as {@code \r}, {@code \n}, {@code \t} or {@code \}{@code uXXXX}, so a unit name holding {@code ESC [2J} cannot
 * clear the screen and an override cannot reverse the text around it. A backslash is left as it is (file paths on
 * Windows stay readable), so the escaped form is for reading, not for decoding. CSV written to standard output is
 * data and is never escaped here.
 */
final class Terminal {
  /** The width when {@code COLUMNS} is absent or not a positive number. */
  static final int DEFAULT_WIDTH = 100;

  private final int width;

  private Terminal(int width) {
    this.width = width;
  }

  /** The terminal of an environment: its width from {@code COLUMNS}, else {@value #DEFAULT_WIDTH}. */
  static Terminal of(Map<String, String> env) {
    String columns = env.get("COLUMNS");
    int w = DEFAULT_WIDTH;
    if (columns != null && columns.strip().matches("\\d{1,4}") && Integer.parseInt(columns.strip()) > 0) {
      w = Integer.parseInt(columns.strip());
    }
    return new Terminal(w);
  }

  /** The width in columns that wrapped text fits in. */
  int width() {
    return width;
  }

  /** Standard output as UTF-8, whatever the locale; flushed at each line end when {@code autoFlush}. */
  static PrintWriter stdout(boolean autoFlush) {
    return new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8),
        autoFlush);
  }

  /** Standard error as UTF-8, whatever the locale, with every control character escaped ({@link #escaping}). */
  static PrintWriter stderr() {
    return escaping(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8));
  }

  /**
   * A writer for messages: what is printed is {@linkplain #escape escaped}, except the line ends that
   * {@code println} adds; flushed at each line end. A writer that already escapes is returned as it is.
   */
  static PrintWriter escaping(Writer target) {
    return target instanceof Escaping e ? e : new Escaping(target);
  }

  /**
   * Writes text with its control characters as they are, for the few deliberate ones (the carriage return that
   * redraws a progress bar); on a writer that is not {@linkplain #escaping escaping} this is plain {@code print}.
   */
  static void raw(PrintWriter w, String text) {
    if (w instanceof Escaping e) {
      e.raw(text);
    } else {
      w.print(text);
    }
  }

  /** Whether a character must not reach a terminal as it is. */
  static boolean isControl(int c) {
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x061c || c == 0x200e || c == 0x200f
        || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x2028 || c == 0x2029;
  }

  /** The text with every control character, bidirectional formatting character and unpaired surrogate escaped. */
  static String escape(String text) {
    int i = 0;
    int n = text.length();
    while (i < n && !needsEscape(text, i)) {
      i++;
    }
    if (i == n) {
      return text;
    }
    StringBuilder sb = new StringBuilder(n + 16).append(text, 0, i);
    for (; i < n; i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
        sb.append(c).append(text.charAt(++i));
      } else if (needsEscape(text, i)) {
        appendEscaped(sb, c);
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Like {@link #escape}, but keeps line feeds: for multi-line text printed for people. */
  static String escapeLines(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    int from = 0;
    for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', from)) {
      sb.append(escape(text.substring(from, nl))).append('\n');
      from = nl + 1;
    }
    return sb.append(escape(text.substring(from))).toString();
  }

  private static boolean needsEscape(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
    }
    return isControl(c);
  }

  private static void appendEscaped(StringBuilder sb, char c) {
    switch (c) {
      case '\n' -> sb.append("\\n");
      case '\r' -> sb.append("\\r");
      case '\t' -> sb.append("\\t");
      default -> sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
    }
  }

  /** Columns a text takes: code points after NFC, not counting combining marks and format characters. */
  static int displayWidth(String s) {
    String t = Normalizer.normalize(s, Normalizer.Form.NFC);
    int w = 0;
    for (int i = 0; i < t.length(); ) {
      int cp = t.codePointAt(i);
      int type = Character.getType(cp);
      if (type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK && type != Character.FORMAT) {
        w++;
      }
      i += Character.charCount(cp);
    }
    return w;
  }

  /**
   * Word-wraps one line of text to {@code width} columns: the first line keeps the text's leading spaces, later
   * ones start with {@code indent}. A word longer than a line is cut.
   */
  static List<String> wrap(String text, int width, String indent) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    int indentWidth = displayWidth(indent);
    int lead = 0;
    while (lead < text.length() && text.charAt(lead) == ' ') {
      lead++;
    }
    line.append(text, 0, lead);
    int used = lead;
    boolean empty = true;
    for (String word : text.substring(lead).strip().split(" +")) {
      int ww = displayWidth(word);
      if (!empty && used + 1 + ww > width) {
        lines.add(line.toString());
        line.setLength(0);
        line.append(indent);
        used = indentWidth;
        empty = true;
      }
      if (!empty) {
        line.append(' ');
        used++;
      }
      while (used + ww > width && width > used) {
        int cut = word.offsetByCodePoints(0, width - used);
        lines.add(line.append(word, 0, cut).toString());
        word = word.substring(cut);
        ww = displayWidth(word);
        line.setLength(0);
        line.append(indent);
        used = indentWidth;
      }
      line.append(word);
      used += ww;
      empty = false;
    }
    lines.add(line.toString());
    return lines;
  }

  /** A print writer that escapes what it prints; the line ends of {@code println} are written as they are. */
  private static final class Escaping extends PrintWriter {
    Escaping(Writer target) {
      super(target, true);
    }

    @Override
    public void write(int c) {
      // a surrogate written on its own belongs to a pair written char by char: pass it on
      if (isControl(c)) {
        String e = escape(String.valueOf((char) c));
        super.write(e, 0, e.length());
      } else {
        super.write(c);
      }
    }

    @Override
    public void write(char[] buf, int off, int len) {
      write(new String(buf, off, len), 0, len);
    }

    @Override
    public void write(String s, int off, int len) {
      String e = escape(s.substring(off, off + len));
      super.write(e, 0, e.length());
    }

    void raw(String text) {
      super.write(text, 0, text.length());
      flush();
    }
  }
}
