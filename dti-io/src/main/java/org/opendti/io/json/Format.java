package org.opendti.io.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.util.Locale;

/** The two tree formats the SDK reads and writes. */
public enum Format {
  /** JSON (RFC 8259), UTF-8. */
  JSON,
  /** YAML 1.1 as Jackson reads it (no custom tags), UTF-8. */
  YAML;

  ObjectMapper mapper() {
    ObjectMapper m;
    if (this == JSON) {
      m = new ObjectMapper();
    } else {
      YAMLFactory f = YAMLFactory.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).build();
      m = new ObjectMapper(f);
    }
    m.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxStringLength(100_000)
        .maxNestingDepth(64).maxNumberLength(100).build());
    m.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    m.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    m.enable(SerializationFeature.INDENT_OUTPUT);
    return m;
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
