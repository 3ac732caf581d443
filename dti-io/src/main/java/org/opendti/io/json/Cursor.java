package org.opendti.io.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.opendti.DtiException;
import org.opendti.ProblemsException;
import org.opendti.io.DataFormatException;
import org.opendti.io.SourceLocation;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * A streaming reader over one JSON or YAML document, with the JSON pointer and line of every problem. The readers
 * walk the document with it token by token, so memory holds what they build, never the document.
 *
 * <p>Protocol: {@link #start()}; then, with the parser on an object's start, {@code while (nextField())} leaves the
 * parser on each field's value, which one value method ({@link #text()}, {@link #optional()}, {@link #number()},
 * {@link #texts()}, {@link #skip()}, or {@link #array()}/{@link #object()} and a nested loop) must consume.
 */
final class Cursor {
  /** Reading stops after this many problems: a file with more has a systematic fault. */
  static final int MAX_PROBLEMS = 1000;

  private final JsonParser parser;
  private final Format format;
  private final SourceLocation source;
  private final @Nullable RecentBytes recent;
  private final List<DtiException> problems = new ArrayList<>();
  private String field = "";

  /** What a reader does with the document, from its first field on. */
  @FunctionalInterface
  interface Body<T> {
    /**
     * Reads the top-level object, the parser being on its start.
     *
     * @param c the cursor, not null
     * @return what was read, not null
     * @throws IOException if reading fails
     */
    T read(Cursor c) throws IOException;
  }

  /**
   * Reads one document from a stream, which is read once and not closed.
   *
   * @param format the format, not null
   * @param sourceName the name used in messages, not null
   * @param in the stream, not null
   * @param body what to do with the top-level object, not null
   * @return what the body returned, not null
   * @throws IOException if the stream cannot be read
   * @throws DtiException if the content is bad
   */
  static <T> T read(Format format, String sourceName, InputStream in, Body<T> body) throws IOException {
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(in, "in");
    Cursor c = null;
    RecentBytes recent = format == Format.JSON ? new RecentBytes(in) : null;
    try (JsonParser p = format.parser(recent != null ? recent : new LineGuard(in))) {
      c = new Cursor(p, format, sourceName, recent);
      c.start();
      return body.read(c);
    } catch (IOException e) {
      if (!isContentFault(e)) {
        throw e;
      }
      throw failure(format, sourceName, c, recent, e);
    } catch (YAMLException e) {
      throw failure(format, sourceName, c, recent, e);
    }
  }

  private static DtiException failure(Format format, String sourceName, @Nullable Cursor c,
      @Nullable RecentBytes recent, Exception e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof LineGuard.LineTooLongException tooLong) {
        SourceLocation at = SourceLocation.of(sourceName).row((int) Math.min(Integer.MAX_VALUE, tooLong.line));
        DataFormatException line = new DataFormatException(at, "", "line " + tooLong.line + " is longer than "
            + Format.MAX_YAML_LINE_BYTES + " bytes, the longest YAML line read; write long minified documents as"
            + " JSON");
        return c == null ? line : c.failure(line);
      }
    }
    return c == null ? syntaxError(format, SourceLocation.of(sourceName), recent, e) : c.failure(e);
  }

  /**
   * The name a file goes by in messages: its file name.
   *
   * @param file the file, not null
   * @return the name, not null
   */
  static String sourceName(Path file) {
    Path name = file.getFileName();
    return name == null ? file.toString() : name.toString();
  }

  Cursor(JsonParser parser, Format format, String sourceName, @Nullable RecentBytes recent) {
    this.parser = parser;
    this.format = format;
    this.source = SourceLocation.of(sourceName);
    this.recent = recent;
  }

  /**
   * Reads the first token, which must start an object.
   *
   * @throws DataFormatException if the document is empty or not an object
   */
  void start() throws IOException {
    JsonToken t = parser.nextToken();
    if (t == null) {
      throw new DataFormatException(source, "", "the file is empty");
    }
    if (t != JsonToken.START_OBJECT) {
      throw new DataFormatException(source, "", "expected an object at the top level, found " + describe(t)
          + where(mark()));
    }
  }

  /** After the top-level object: anything more (a second YAML document, a second JSON value) is a problem. */
  void finish() throws IOException {
    if (parser.nextToken() != null) {
      problem(pointer(), mark(), "", "unexpected content after the document; a file holds one document");
    }
  }

  /**
   * Moves to the next field of the current object.
   *
   * @return true with the parser on the field's value, false at the end of the object
   */
  boolean nextField() throws IOException {
    if (parser.nextToken() != JsonToken.FIELD_NAME) {
      return false;
    }
    field = parser.currentName();
    parser.nextToken();
    return true;
  }

  /** The name of the field whose value the parser is on. */
  String name() {
    return field;
  }

  /**
   * Moves to the next element of the current array.
   *
   * @return true with the parser on the element, false at the end of the array
   */
  boolean nextElement() throws IOException {
    return parser.nextToken() != JsonToken.END_ARRAY;
  }

  /** Consumes the current value, whatever it is. */
  void skip() throws IOException {
    parser.skipChildren();
  }

  /**
   * With the parser on a value that should be an array.
   *
   * @return true on an array (read it with {@link #nextElement()}), false when not given or after a problem
   */
  boolean array() throws IOException {
    return container(JsonToken.START_ARRAY, "an array");
  }

  /**
   * With the parser on a value that should be an object.
   *
   * @return true on an object (read it with {@link #nextField()}), false when not given or after a problem
   */
  boolean object() throws IOException {
    return container(JsonToken.START_OBJECT, "an object");
  }

  private boolean container(JsonToken start, String expected) throws IOException {
    JsonToken t = parser.currentToken();
    if (t == start && !alias()) {
      return true;
    }
    if (t == JsonToken.VALUE_NULL) {
      return false;
    }
    mismatch(expected);
    return false;
  }

  /**
   * An optional text, as written.
   *
   * @return the text; null when not given (JSON {@code null}, an empty YAML value) or after a problem
   */
  @Nullable String optional() throws IOException {
    JsonToken t = parser.currentToken();
    switch (t) {
      case VALUE_STRING:
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
      case VALUE_TRUE:
      case VALUE_FALSE:
        if (alias()) {
          mismatch("text");
          return null;
        }
        return checked(parser.getText());
      case VALUE_NULL:
        // a YAML 'null' or '~' written where a text belongs is that text; only an empty value is "not given"
        if (format == Format.YAML) {
          String s = parser.getText();
          return s == null || s.isEmpty() ? null : checked(s);
        }
        return null;
      default:
        mismatch("text");
        return null;
    }
  }

  private @Nullable String checked(String s) {
    // JSON stops at the limit while reading; YAML can only be checked once read
    if (s.length() > Format.MAX_TEXT_LENGTH) {
      problemHere(s, "the text is " + s.length() + " characters long; at most " + Format.MAX_TEXT_LENGTH
          + " are read");
      return null;
    }
    return s;
  }

  /**
   * A required text, as written.
   *
   * @return the text; empty after recording a problem (null, blank or not text)
   */
  String text() throws IOException {
    int before = problems.size();
    String s = optional();
    if (s == null || s.isBlank()) {
      if (problems.size() == before) {
        problemHere(s == null ? "" : s, s == null ? "expected non-empty text, found null" : "expected non-empty text");
      }
      return "";
    }
    return s;
  }

  /**
   * A list of texts.
   *
   * @return the texts given, empty when not given; elements with problems are left out
   */
  List<String> texts() throws IOException {
    List<String> out = new ArrayList<>();
    if (array()) {
      while (nextElement()) {
        String s = text();
        if (!s.isEmpty()) {
          out.add(s);
        }
      }
    }
    return out;
  }

  /**
   * A boolean: {@code true} or {@code false}.
   *
   * @return the value; null after recording a problem (anything else, null included)
   */
  @Nullable Boolean bool() throws IOException {
    JsonToken t = parser.currentToken();
    if ((t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) || alias()) {
      mismatch("true or false");
      return null;
    }
    return t == JsonToken.VALUE_TRUE;
  }

  /**
   * An optional number: a JSON number, or a YAML number written in decimal.
   *
   * @return the number; NaN when not given or after a problem (not a number, not finite, not decimal)
   */
  double number() throws IOException {
    JsonToken t = parser.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return Double.NaN;
    }
    if ((t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) || alias()) {
      mismatch("a finite number");
      return Double.NaN;
    }
    double v;
    if (format == Format.JSON) {
      v = parser.getDoubleValue();
    } else {
      // YAML 1.1 reads 0755 as octal and 1_000 as 1000; only plain decimals are unambiguous
      String s = parser.getText();
      switch (Decimal.check(s)) {
        case LEADING_ZERO:
          problemHere(s, "a number with a leading zero is ambiguous (YAML 1.1 reads 0755 as octal 493); write it"
              + " without the leading zero");
          return Double.NaN;
        case OTHER:
          problemHere(s, "expected a decimal number such as 0.7314 or 1805 (no '_', hexadecimal, octal or"
              + " sexagesimal forms)");
          return Double.NaN;
        default:
          v = Double.parseDouble(s);
      }
    }
    if (!Double.isFinite(v)) {
      problemHere(parser.getText(), "expected a finite number");
      return Double.NaN;
    }
    return v;
  }

  /**
   * An optional enum constant, named in any case with '-' for '_'.
   *
   * @param type the enum, not null
   * @return the constant; null when not given or after a problem
   */
  <E extends Enum<E>> @Nullable E enumValue(Class<E> type) throws IOException {
    String v = optional();
    if (v == null) {
      return null;
    }
    String name = v.strip().replace('-', '_');
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(name)) {
        return e;
      }
    }
    problemHere(v, "expected one of " + Arrays.toString(type.getEnumConstants()));
    return null;
  }

  private boolean alias() {
    return parser instanceof YAMLParser y && y.isCurrentAlias();
  }

  private void mismatch(String expected) throws IOException {
    JsonToken t = parser.currentToken();
    if (alias()) {
      problemHere("*" + parser.getText(), "YAML aliases are not supported; write the value itself");
    } else {
      problemHere(t.isScalarValue() ? parser.getText() : "", "expected " + expected + ", found " + describe(t));
    }
    parser.skipChildren();
  }

  private static String describe(JsonToken t) {
    switch (t) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "text";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      default:
        return t.asString() == null ? t.name() : t.asString();
    }
  }

  /**
   * The JSON pointer of the current token: a value's path, or after the end of an object or array, its path.
   *
   * @return the pointer, "/" for the document, not null
   */
  String pointer() {
    String p = parser.getParsingContext().pathAsPointer().toString();
    return p.isEmpty() ? "/" : p;
  }

  /**
   * The pointer of a field of the object or array the parser just finished or is in.
   *
   * @param name the field, a plain name, not null
   * @return the pointer, not null
   */
  String pointer(String name) {
    String p = parser.getParsingContext().pathAsPointer().toString();
    return p + "/" + name;
  }

  /**
   * Where the current token starts, to report later: line and column packed in one long.
   *
   * @return the mark
   */
  long mark() {
    return mark(parser.currentTokenLocation(), recent);
  }

  /** Line and column (in characters) of a parser's location, packed; the column is 0 when unknown. */
  private static long mark(JsonLocation l, @Nullable RecentBytes recent) {
    int column = l.getColumnNr();
    if (recent != null) {
      // the JSON parser counts bytes
      column = recent.column(l.getByteOffset(), column);
    }
    return ((long) Math.max(0, l.getLineNr()) << 32) | Math.max(0, column);
  }

  /** A mark as users read it: " (line 3, column 7)", empty when the parser gave no line. */
  static String where(long mark) {
    int line = (int) (mark >>> 32);
    int column = (int) mark;
    return line <= 0 ? "" : " (line " + line + (column > 0 ? ", column " + column : "") + ")";
  }

  /** Records a problem at the current token. */
  void problemHere(String raw, String message) {
    problem(pointer(), mark(), raw, message);
  }

  /**
   * Records a problem.
   *
   * @param pointer the JSON pointer, not null
   * @param mark where it starts, from {@link #mark()}
   * @param raw the value as read, empty if none
   * @param message what is wrong and what was expected
   */
  void problem(String pointer, long mark, String raw, String message) {
    problems.add(new DataFormatException(source.pointer(pointer), raw, message + where(mark)));
  }

  /** Records a problem found by the model (a builder's check), located. */
  void problem(String pointer, long mark, String raw, RuntimeException e) {
    problem(pointer, mark, raw, String.valueOf(e.getMessage()));
  }

  /** Whether reading should stop: {@link #MAX_PROBLEMS} problems found. */
  boolean full() {
    return problems.size() >= MAX_PROBLEMS;
  }

  /** The number of problems so far, to tell whether a part of the document added any. */
  int problemCount() {
    return problems.size();
  }

  /** Throws the problems found, if any. */
  void throwIfAny() {
    ProblemsException.throwIfAny(problems);
  }

  /** The name of the source. */
  SourceLocation source() {
    return source;
  }

  /**
   * The exception to throw for a parser's failure: the problems found before it, then the failure, located.
   *
   * @param e the parser's exception, not null
   * @return the exception, not null
   */
  DtiException failure(Exception e) {
    problems.add(e instanceof DataFormatException d ? d : syntaxError(format, source, recent, e));
    return problems.size() == 1 ? problems.get(0) : new ProblemsException(problems);
  }

  /**
   * Whether an exception from reading is the content's fault (bad syntax, bad encoding, a limit) rather than I/O.
   *
   * @param e the exception, not null
   * @return true for a content fault
   */
  static boolean isContentFault(IOException e) {
    return e instanceof JsonProcessingException || e instanceof CharConversionException
        || e instanceof LineGuard.LineTooLongException;
  }

  static DataFormatException syntaxError(Format format, SourceLocation source, @Nullable RecentBytes recent,
      Exception e) {
    JsonLocation loc = e instanceof JsonProcessingException j ? j.getLocation() : null;
    String message = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
    if (loc != null && loc.getLineNr() > 0) {
      return new DataFormatException(source.row(loc.getLineNr()), "", "not valid " + format.name()
          + where(mark(loc, recent)) + ": " + oneLine(message));
    }
    return new DataFormatException(source, "", "not valid " + format.name() + ": " + oneLine(message));
  }

  /** A parser message on one line, without the parser's own source descriptions (one error, one line). */
  static String oneLine(@Nullable String message) {
    String m = String.valueOf(message).replaceAll("\\(start marker at \\[Source:[^\\]]*\\][^)]*\\)", "")
        .replaceAll("\\[Source:[^\\]]*\\]", "").replaceAll("(?s) in 'reader', line \\d+, column \\d+:.*", "");
    m = m.replaceAll("\\s+", " ").strip();
    return m.length() > 300 ? m.substring(0, 300) + "…" : m;
  }

  /** The plain decimal forms a YAML number may take: {@code -12}, {@code 0.5}, {@code .5}, {@code 1.0E-7}. */
  enum Decimal {
    OK,
    LEADING_ZERO,
    OTHER;

    static Decimal check(String s) {
      int n = s.length();
      int i = 0;
      if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
        i++;
      }
      int whole = i;
      while (i < n && digit(s.charAt(i))) {
        i++;
      }
      int wholeDigits = i - whole;
      int fractionDigits = 0;
      if (i < n && s.charAt(i) == '.') {
        i++;
        int fraction = i;
        while (i < n && digit(s.charAt(i))) {
          i++;
        }
        fractionDigits = i - fraction;
      }
      if (wholeDigits + fractionDigits == 0) {
        return OTHER;
      }
      if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
        i++;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
          i++;
        }
        int exponent = i;
        while (i < n && digit(s.charAt(i))) {
          i++;
        }
        if (i == exponent) {
          return OTHER;
        }
      }
      if (i != n) {
        return OTHER;
      }
      return wholeDigits > 1 && s.charAt(whole) == '0' ? LEADING_ZERO : OK;
    }

    private static boolean digit(char c) {
      return c >= '0' && c <= '9';
    }
  }
}
