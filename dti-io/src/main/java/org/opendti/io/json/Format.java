package org.opendti.io.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The two tree formats the SDK reads and writes, both UTF-8.
 *
 * <h2>Limits when reading</h2>
 * Readers stream, so a document's length is not limited (YAML: up to {@value #MAX_YAML_CODE_POINTS} code points, the
 * YAML parser's own counter). What a hostile file could use to exhaust memory or time is bounded:
 * <ul>
 *   <li>nesting: at most {@value #MAX_NESTING_DEPTH} levels of objects and arrays (the SDK's documents use 5);</li>
 *   <li>one text or field name: at most {@value #MAX_TEXT_LENGTH} characters; the writers refuse longer texts, so
 *       whatever they write can be read;</li>
 *   <li>one number: at most {@value #MAX_NUMBER_LENGTH} characters;</li>
 *   <li>one YAML line: at most {@value #MAX_YAML_LINE_BYTES} bytes, which keeps the YAML parser's time linear (it
 *       slows down with the square of a token's length); the YAML writers put each text on a line of its own, so
 *       this holds for all they write. Write long minified documents as JSON;</li>
 *   <li>YAML aliases ({@code *name}) are refused, so an alias bomb cannot expand; anchors are ignored; a stream holds
 *       one document.</li>
 * </ul>
 *
 * <h2>Texts stay as written</h2>
 * Codes, names, periods and categories are read as the characters written: the YAML scalars {@code 01},
 * {@code 0755}, {@code 1e3}, {@code yes}, {@code null}, {@code ~}, {@code 1_000} and {@code .5} are those strings,
 * never numbers, booleans or null; a JSON number or boolean given where a text belongs is read as written
 * ({@code "period": 2023} is the period "2023"). Only JSON {@code null} and an empty YAML value mean "not given".
 * Numbers (values, points, weights) must be decimal: a YAML number with a leading zero ({@code 0755}, octal in YAML
 * 1.1), with {@code _} separators, in hexadecimal or sexagesimal is refused as ambiguous. The YAML writers quote
 * every text, so a code such as {@code 01} or {@code yes} reads back unchanged.
 */
public enum Format {
  /** JSON (RFC 8259), UTF-8. */
  JSON,
  /** YAML 1.1 as SnakeYAML reads it (no custom tags, no aliases), UTF-8. */
  YAML;

  /** The deepest nesting of objects and arrays a reader accepts. */
  public static final int MAX_NESTING_DEPTH = 64;
  /** The longest text or field name, in characters, that the writers write and the readers accept. */
  public static final int MAX_TEXT_LENGTH = 100_000;
  /** The longest number, in characters, a reader accepts. */
  public static final int MAX_NUMBER_LENGTH = 100;
  /** The most code points one YAML document may hold: the YAML parser counts them in an {@code int}. */
  public static final int MAX_YAML_CODE_POINTS = Integer.MAX_VALUE;
  /**
   * The longest line, in bytes, of a YAML document a reader accepts: 1 MiB, room for the longest text the writers
   * write, every character escaped.
   */
  public static final int MAX_YAML_LINE_BYTES = 1 << 20;

  private static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
      .maxNestingDepth(MAX_NESTING_DEPTH).maxStringLength(MAX_TEXT_LENGTH).maxNameLength(MAX_TEXT_LENGTH)
      .maxNumberLength(MAX_NUMBER_LENGTH).build();

  private static final JsonFactory JSON_FACTORY = JsonFactory.builder().streamReadConstraints(CONSTRAINTS)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      // an emoji is written as its UTF-8 bytes, not as an escaped surrogate pair
      .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();

  private static final YAMLFactory YAML_FACTORY = yamlFactory();

  private static YAMLFactory yamlFactory() {
    LoaderOptions loading = new LoaderOptions();
    // SnakeYAML's default (3 MB) refuses files the SDK itself writes; its counter is an int
    loading.setCodePointLimit(MAX_YAML_CODE_POINTS);
    // the readers refuse aliases outright; this also keeps any composer from expanding an alias bomb
    loading.setMaxAliasesForCollections(1);
    loading.setNestingDepthLimit(MAX_NESTING_DEPTH);
    loading.setAllowDuplicateKeys(false);
    return YAMLFactory.builder().loaderOptions(loading).streamReadConstraints(CONSTRAINTS)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        // an empty value ("key:" or "key: ''") means "not given"
        .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
        .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
        // every text value is double-quoted (escapes for control characters, no folding), so none is misread
        .disable(YAMLGenerator.Feature.MINIMIZE_QUOTES).disable(YAMLGenerator.Feature.SPLIT_LINES)
        .stringQuotingChecker(new QuoteNames()).build();
  }

  /** Field names stay plain only when they are simple words; every other name is double-quoted. */
  private static final class QuoteNames extends StringQuotingChecker {
    private static final long serialVersionUID = 1L;
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

    @Override
    public boolean needToQuoteName(String name) {
      return !PLAIN.matcher(name).matches() || isReservedKeyword(name);
    }

    @Override
    public boolean needToQuoteValue(String value) {
      return true;
    }
  }

  /**
   * A parser over a stream, which it does not close. YAML input should come through a {@link LineGuard}.
   *
   * @param in the stream, not null
   * @return the parser, not null
   * @throws IOException if the stream cannot be read
   */
  JsonParser parser(InputStream in) throws IOException {
    return (this == JSON ? JSON_FACTORY : YAML_FACTORY).createParser(in);
  }

  /**
   * A UTF-8 generator into a stream, which it does not close; JSON gets the SDK's compact layout.
   *
   * @param out the stream, not null
   * @return the generator, not null
   * @throws IOException if the stream cannot be written
   */
  JsonGenerator generator(OutputStream out) throws IOException {
    JsonGenerator g = (this == JSON ? JSON_FACTORY : YAML_FACTORY).createGenerator(out, JsonEncoding.UTF8);
    if (this == JSON) {
      g.setPrettyPrinter(new Layout());
    }
    return g;
  }

  /**
   * The format of a file name: {@code .json}, or {@code .yaml} / {@code .yml}.
   *
   * @param fileName the file name, not null
   * @return the format, not null
   * @throws IllegalArgumentException for any other extension
   */
  public static Format of(String fileName) {
    String f = fileName.toLowerCase(Locale.ROOT);
    if (f.endsWith(".json")) {
      return JSON;
    }
    if (f.endsWith(".yaml") || f.endsWith(".yml")) {
      return YAML;
    }
    throw new IllegalArgumentException("'" + fileName + "' is neither .json nor .yaml");
  }
}
