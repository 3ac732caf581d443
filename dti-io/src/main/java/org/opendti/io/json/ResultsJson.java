package org.opendti.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.opendti.DtiException;
import org.opendti.Node;
import org.opendti.Numbers;
import org.opendti.Unit;
import org.opendti.engine.Results;
import org.opendti.engine.Warning;
import org.opendti.io.OutputFiles;
import org.opendti.io.ResultTable;

/**
 * Results as JSON or YAML: the framework, period and method, then per unit and node the published value, the exact
 * value, the points and the rank, and the warnings.
 *
 * <pre>{@code
 * {"framework": "pdti-2022", "period": "2023", "method": "normalise=fraction-of-max ...", "decimals": 4,
 *  "units": [{"unit": "38", "name": "Thanh Hóa",
 *             "nodes": {"dti": {"value": 0.7314, "exact": 0.73141, "points": 731.41, "rank": 11}}}],
 *  "warnings": ["unit '38', indicator 'smart_city': ..."]}
 * }</pre>
 *
 * <p>The writer streams one unit at a time from the results' columns; the reader streams too.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ResultsJson {
  private final Format format;

  private ResultsJson(Format format) {
    this.format = format;
  }

  /**
   * A codec.
   *
   * @param format JSON or YAML, not null
   * @return the codec, not null
   */
  public static ResultsJson of(Format format) {
    return new ResultsJson(Objects.requireNonNull(format, "format"));
  }

  /**
   * Writes the document to a stream, one unit at a time; the stream is flushed, not closed.
   *
   * @param results the results, not null
   * @param out the stream, not null
   * @throws IOException if the stream cannot be written
   * @throws DtiException if a text is longer than {@link Format#MAX_TEXT_LENGTH}
   */
  public void write(Results results, OutputStream out) throws IOException {
    Objects.requireNonNull(results, "results");
    Objects.requireNonNull(out, "out");
    int decimals = results.method().decimals();
    List<Node> nodes = results.nodes();
    int n = nodes.size();
    try (JsonGenerator g = format.generator(out)) {
      Writing w = new Writing(g);
      g.writeStartObject();
      w.text("framework", results.framework().id());
      w.text("period", results.period());
      w.text("method", results.method().describe());
      g.writeNumberField("decimals", decimals);
      g.writeArrayFieldStart("units");
      List<Unit> units = results.units();
      for (int u = 0; u < units.size(); u++) {
        Unit unit = units.get(u);
        g.writeStartObject();
        w.text("unit", unit.code());
        w.text("name", unit.name());
        w.text("group", unit.group());
        g.writeObjectFieldStart("nodes");
        for (int i = 0; i < n; i++) {
          // by position: the results' own columns, no lookup by name per cell
          double v = results.value(u, i);
          w.name(nodes.get(i).code());
          g.writeStartObject();
          w.number("value", Numbers.round(v, decimals));
          w.number("exact", v);
          w.number("points", results.points(u, i));
          w.number("rank", results.rank(u, i));
          g.writeEndObject();
        }
        g.writeEndObject();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("warnings");
      for (Warning warning : results.warnings()) {
        g.writeString(Writing.checked("warnings", warning.toString()));
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }

  /**
   * The document as text, for small results; {@link #write(Results, OutputStream)} streams.
   *
   * @param results the results, not null
   * @return the text, not null
   */
  public String toText(Results results) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(results, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * Writes the document to a file (UTF-8) through {@link OutputFiles}.
   *
   * @param results the results, not null
   * @param file the target, not null
   * @throws IOException if the file cannot be written
   */
  public void write(Results results, Path file) throws IOException {
    Objects.requireNonNull(results, "results");
    OutputFiles.write(file, out -> write(results, out));
  }

  /**
   * Reads back the published values and ranks of a written document from a stream, which is read once and not
   * closed.
   *
   * @param source the name used in error messages, not null
   * @param in the stream, not null
   * @return the table, not null
   * @throws IOException if the stream cannot be read
   * @throws DtiException if the content is not a results document
   */
  public ResultTable read(String source, InputStream in) throws IOException {
    return Cursor.read(format, source, in, ResultsJson::document);
  }

  /**
   * Reads back the published values and ranks of a written document.
   *
   * @param source the name used in error messages, not null
   * @param content the bytes, not null
   * @return the table, not null
   * @throws DtiException if the content is not a results document
   */
  public ResultTable read(String source, byte[] content) {
    try {
      return read(source, new ByteArrayInputStream(content));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ResultTable document(Cursor c) throws IOException {
    long start = c.mark();
    List<String> units = new ArrayList<>();
    List<String> nodes = new ArrayList<>();
    Map<String, Map<String, ResultTable.Cell>> cells = new LinkedHashMap<>();
    boolean hasUnits = false;
    boolean stopped = false;
    while (!stopped && c.nextField()) {
      if (c.name().equals("units")) {
        hasUnits = true;
        if (c.array()) {
          while (c.nextElement() && !c.full()) {
            if (c.object()) {
              unit(c, units, nodes, cells);
            }
          }
        }
      } else {
        c.skip();
      }
      stopped = c.full();
    }
    if (!stopped) {
      c.finish();
    }
    if (!hasUnits) {
      c.problem("/units", start, "", "missing required field 'units'");
    }
    c.throwIfAny();
    return ResultTable.of(units, nodes, cells);
  }

  private static void unit(Cursor c, List<String> units, List<String> nodes,
      Map<String, Map<String, ResultTable.Cell>> cells) throws IOException {
    long mark = c.mark();
    String code = null;
    Map<String, ResultTable.Cell> row = new LinkedHashMap<>();
    while (c.nextField()) {
      if (c.name().equals("unit")) {
        code = c.text();
      } else if (c.name().equals("nodes") && c.object()) {
        while (c.nextField()) {
          String node = c.name();
          if (units.isEmpty() && !row.containsKey(node)) {
            nodes.add(node);
          }
          row.put(node, cell(c));
        }
      } else {
        c.skip();
      }
    }
    if (code == null) {
      c.problem(c.pointer("unit"), mark, "", "missing required field 'unit'");
      return;
    }
    units.add(code);
    cells.put(code, row);
  }

  private static ResultTable.Cell cell(Cursor c) throws IOException {
    double value = Double.NaN;
    double rank = Double.NaN;
    if (c.object()) {
      while (c.nextField()) {
        switch (c.name()) {
          case "value" -> value = c.number();
          case "rank" -> rank = c.number();
          default -> c.skip();
        }
      }
    }
    return new ResultTable.Cell(value, rank);
  }
}
