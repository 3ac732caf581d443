package org.opendti.io.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opendti.DtiException;
import org.opendti.Node;
import org.opendti.Numbers;
import org.opendti.ProblemsException;
import org.opendti.Results;
import org.opendti.Unit;
import org.opendti.Warning;
import org.opendti.io.OutputFiles;
import org.opendti.io.DataFormatException;
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
 * <p>This class is immutable and thread-safe.
 */
public final class ResultsJson {
  private final ObjectMapper mapper;

  private ResultsJson(Format format) {
    this.mapper = format.mapper();
  }

  /**
   * A codec.
   *
   * @param format JSON or YAML, not null
   * @return the codec, not null
   */
  public static ResultsJson of(Format format) {
    return new ResultsJson(format);
  }

  /**
   * The document as text.
   *
   * @param results the results, not null
   * @return the text, not null
   */
  public String toText(Results results) {
    int decimals = results.method().decimals();
    ObjectNode root = mapper.createObjectNode().put("framework", results.framework().id())
        .put("period", results.period()).put("method", results.method().describe()).put("decimals", decimals);
    ArrayNode units = root.putArray("units");
    for (Unit u : results.units()) {
      ObjectNode un = units.addObject().put("unit", u.code()).put("name", u.name());
      u.group().ifPresent(g -> un.put("group", g));
      ObjectNode nodes = un.putObject("nodes");
      for (Node n : results.nodes()) {
        ObjectNode c = nodes.putObject(n.code());
        double v = results.value(u.code(), n.code());
        put(c, "value", Numbers.round(v, decimals));
        put(c, "exact", v);
        put(c, "points", results.points(u.code(), n.code()));
        put(c, "rank", results.rank(u.code(), n.code()));
      }
    }
    ArrayNode w = root.putArray("warnings");
    for (Warning warning : results.warnings()) {
      w.add(warning.toString());
    }
    try {
      return mapper.writeValueAsString(root);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void put(ObjectNode o, String field, double v) {
    if (Double.isNaN(v)) {
      o.putNull(field);
    } else {
      o.put(field, v);
    }
  }

  /**
   * Writes the document to a file atomically (UTF-8).
   *
   * @param results the results, not null
   * @param file the target, not null
   * @throws IOException if the file cannot be written
   */
  public void write(Results results, Path file) throws IOException {
    OutputFiles.write(file, toText(results).getBytes(StandardCharsets.UTF_8));
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
    Tree root = Tree.parse(mapper, source, content);
    List<String> units = new ArrayList<>();
    List<String> nodes = new ArrayList<>();
    Map<String, Map<String, ResultTable.Cell>> cells = new LinkedHashMap<>();
    for (Tree u : root.array("units")) {
      String code = u.text("unit");
      Map<String, ResultTable.Cell> row = new LinkedHashMap<>();
      var it = u.fields("nodes");
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        if (units.isEmpty()) {
          nodes.add(e.getKey());
        }
        Tree c = u.child("nodes").child(e.getKey());
        row.put(e.getKey(), new ResultTable.Cell(c.number("value").orElse(Double.NaN),
            c.number("rank").orElse(Double.NaN)));
      }
      units.add(code);
      cells.put(code, row);
    }
    if (root.array("units").isEmpty() && !root.has("units")) {
      root.problems.add(new DataFormatException(root.child("units").at(), "", "missing required field 'units'"));
    }
    ProblemsException.throwIfAny(root.problems);
    return ResultTable.of(units, nodes, cells);
  }
}
