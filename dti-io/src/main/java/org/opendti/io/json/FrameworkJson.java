package org.opendti.io.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.opendti.Direction;
import org.opendti.DtiException;
import org.opendti.Framework;
import org.opendti.FrameworkStatus;
import org.opendti.InvalidFrameworkException;
import org.opendti.Node;
import org.opendti.NodeKind;
import org.opendti.Numbers;
import org.opendti.ProblemsException;
import org.opendti.ScoringRule;
import org.opendti.UnitKind;
import org.opendti.io.OutputFiles;
import org.opendti.io.DataFormatException;
import org.opendti.method.Method;
import org.opendti.method.RankBasis;
import org.opendti.method.Strategies;
import org.opendti.method.TiesStrategy;

/**
 * Whole framework definitions as JSON or YAML: the framework's attributes, every node (code, names, kind, maximum
 * points or weight, target, parents, direction, scoring rule as {@link ScoringRule#spec()}, aliases, description,
 * evidence, data source) and, optionally, the method by strategy ids. Reading then writing gives back an equal
 * framework; methods with strategies that have no id (fixed or AHP weights, user strategies) cannot be written and
 * say so.
 *
 * <pre>{@code
 * id: pdti-2022
 * version: "2022"
 * nameVi: Bộ chỉ số đánh giá chuyển đổi số cấp tỉnh (DTI)
 * nodes:
 *   - {code: dti, nameVi: Chỉ số DTI cấp tỉnh, kind: INDEX}
 *   - {code: awareness, nameVi: Nhận thức số, kind: MAIN_INDICATOR, maxPoints: 100, parents: [dti, gov], aliases: ["1"]}
 * method: {normalise: fraction-of-max, weights: official, aggregate: arithmetic, missing: zero, decimals: 4}
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FrameworkJson {
  /** A framework with the method it is meant to be scored with, if the file names one. */
  public record Definition(Framework framework, Optional<Method> method) {
    /**
     * Checks the parts.
     *
     * @param framework the framework
     * @param method the method, if any
     */
    public Definition {
      java.util.Objects.requireNonNull(framework, "framework");
      java.util.Objects.requireNonNull(method, "method");
    }
  }

  private final ObjectMapper mapper;

  private FrameworkJson(Format format) {
    this.mapper = format.mapper();
  }

  /**
   * A codec.
   *
   * @param format JSON or YAML, not null
   * @return the codec, not null
   */
  public static FrameworkJson of(Format format) {
    return new FrameworkJson(format);
  }

  /**
   * Reads a file.
   *
   * @param file the file, not null
   * @return the definition, not null
   * @throws IOException if the file cannot be read
   * @throws DtiException if the content is bad; each problem names the JSON pointer
   */
  public Definition read(Path file) throws IOException {
    return read(file.getFileName().toString(), Files.readAllBytes(file));
  }

  /**
   * Reads bytes.
   *
   * @param source the name used in error messages, not null
   * @param content the bytes, not null
   * @return the definition, not null
   * @throws DtiException if the content is bad
   */
  public Definition read(String source, byte[] content) {
    Tree root = Tree.parse(mapper, source, content);
    Framework.Builder fb = Framework.builder().id(root.text("id")).version(root.optionalText("version").orElse("1"))
        .nameVi(root.text("nameVi")).addAllRankingGroups(root.texts("rankingGroups"));
    root.optionalText("nameEn").ifPresent(fb::nameEn);
    root.optionalText("instrument").ifPresent(fb::instrument);
    root.optionalText("appliesTo").ifPresent(fb::appliesTo);
    root.enumValue("unitKind", UnitKind.class).ifPresent(fb::unitKind);
    root.enumValue("status", FrameworkStatus.class).ifPresent(fb::status);
    java.util.List<Tree> nodeTrees = root.array("nodes");
    for (Tree t : nodeTrees) {
      try {
        fb.addNodes(node(t));
      } catch (InvalidFrameworkException e) {
        root.problems.add(new DataFormatException(t.at(), t.node.path("code").asText(), e.getMessage()));
      }
    }
    Optional<Method> method = root.has("method") ? Optional.of(method(root.child("method"))) : Optional.empty();
    ProblemsException.throwIfAny(root.problems);
    try {
      return new Definition(fb.build(), method);
    } catch (InvalidFrameworkException e) {
      for (Tree t : nodeTrees) {
        if (t.node.path("code").asText().equalsIgnoreCase(e.node())) {
          throw new DataFormatException(t.at(), e.node(), e.getMessage());
        }
      }
      throw new DataFormatException(root.at(), "", e.getMessage());
    } catch (IllegalStateException e) {
      throw new DataFormatException(root.at(), "", e.getMessage());
    }
  }

  private static Node node(Tree t) {
    Node.Builder b = Node.builder().code(t.text("code")).nameVi(t.text("nameVi"))
        .kind(t.enumValue("kind", NodeKind.class).orElse(NodeKind.COMPONENT)).addAllParents(t.texts("parents"))
        .addAllAliases(t.texts("aliases"));
    if (!t.has("kind")) {
      t.problems.add(new DataFormatException(t.child("kind").at(), "", "missing required field 'kind'"));
    }
    t.optionalText("nameEn").ifPresent(b::nameEn);
    t.number("maxPoints").ifPresent(b::maxPoints);
    t.number("weight").ifPresent(b::weight);
    t.number("target").ifPresent(b::target);
    t.enumValue("direction", Direction.class).ifPresent(b::direction);
    t.optionalText("description").ifPresent(b::description);
    t.optionalText("evidence").ifPresent(b::evidence);
    t.optionalText("dataSource").ifPresent(b::dataSource);
    t.optionalText("rule").ifPresent(r -> {
      try {
        b.scoringRule(ScoringRule.parse(r));
      } catch (IllegalArgumentException e) {
        t.problems.add(new DataFormatException(t.child("rule").at(), r, e.getMessage()));
      }
    });
    return b.build();
  }

  private static <T> void strategy(Tree m, String field, Function<String, T> parse, java.util.function.Consumer<T> set) {
    m.optionalText(field).ifPresent(id -> {
      try {
        set.accept(parse.apply(id));
      } catch (IllegalArgumentException e) {
        m.problems.add(new DataFormatException(m.child(field).at(), id, e.getMessage()));
      }
    });
  }

  private static Method method(Tree m) {
    Method.Builder b = Method.builder();
    strategy(m, "normalise", Strategies::normaliser, b::normaliser);
    strategy(m, "weights", Strategies::weighting, b::weighting);
    strategy(m, "aggregate", Strategies::aggregator, b::aggregator);
    strategy(m, "missing", Strategies::missing, b::missing);
    strategy(m, "outliers", Strategies::outliers, b::outliers);
    strategy(m, "rule", ScoringRule::parse, b::defaultRule);
    m.enumValue("ties", TiesStrategy.class).ifPresent(b::ties);
    m.enumValue("ranks", RankBasis.class).ifPresent(b::rankBasis);
    m.number("decimals").ifPresent(d -> {
      if (d != Math.rint(d) || d < 0 || d > 12) {
        m.problems.add(new DataFormatException(m.child("decimals").at(), Numbers.plain(d), "expected a whole number"
            + " 0..12"));
      } else {
        b.decimals((int) d);
      }
    });
    m.optionalText("referenceUnit").ifPresent(b::referenceUnit);
    perNode(m, "normaliseByNode", Strategies::normaliser, b::putNormaliserByNode);
    perNode(m, "aggregateByNode", Strategies::aggregator, b::putAggregatorByNode);
    perNode(m, "weightsByNode", Strategies::weighting, b::putWeightingByNode);
    perNode(m, "missingByNode", Strategies::missing, b::putMissingByNode);
    Iterator<Map.Entry<String, JsonNode>> levels = m.fields("aggregateByLevel");
    while (levels.hasNext()) {
      Map.Entry<String, JsonNode> e = levels.next();
      try {
        b.putAggregatorByLevel(Integer.parseInt(e.getKey()), Strategies.aggregator(e.getValue().asText()));
      } catch (IllegalArgumentException ex) {
        m.problems.add(new DataFormatException(m.child("aggregateByLevel").child(e.getKey()).at(),
            e.getValue().asText(), ex.getMessage()));
      }
    }
    return b.build();
  }

  private static <T> void perNode(Tree m, String field, Function<String, T> parse,
      java.util.function.BiConsumer<String, T> put) {
    Iterator<Map.Entry<String, JsonNode>> it = m.fields(field);
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      try {
        put.accept(e.getKey(), parse.apply(e.getValue().asText()));
      } catch (IllegalArgumentException ex) {
        m.problems.add(new DataFormatException(m.child(field).child(e.getKey()).at(), e.getValue().asText(),
            ex.getMessage()));
      }
    }
  }

  /**
   * The document as text.
   *
   * @param framework the framework, not null
   * @param method the method to record, if any, not null
   * @return the text, not null
   * @throws DtiException if the method uses a strategy without an id
   */
  public String toText(Framework framework, Optional<Method> method) {
    ObjectNode root = mapper.createObjectNode().put("id", framework.id()).put("version", framework.version())
        .put("nameVi", framework.nameVi()).put("nameEn", framework.nameEn());
    framework.instrument().ifPresent(v -> root.put("instrument", v));
    framework.appliesTo().ifPresent(v -> root.put("appliesTo", v));
    root.put("unitKind", framework.unitKind().name()).put("status", framework.status().name());
    if (!framework.rankingGroups().isEmpty()) {
      ArrayNode g = root.putArray("rankingGroups");
      framework.rankingGroups().forEach(g::add);
    }
    ArrayNode nodes = root.putArray("nodes");
    for (Node n : framework.nodes()) {
      ObjectNode o = nodes.addObject().put("code", n.code()).put("nameVi", n.nameVi()).put("nameEn", n.nameEn())
          .put("kind", n.kind().name());
      n.maxPoints().ifPresent(v -> o.put("maxPoints", v));
      n.weight().ifPresent(v -> o.put("weight", v));
      n.target().ifPresent(v -> o.put("target", v));
      if (!n.parents().isEmpty()) {
        ArrayNode p = o.putArray("parents");
        n.parents().forEach(p::add);
      }
      if (n.direction() != Direction.POSITIVE) {
        o.put("direction", n.direction().name());
      }
      n.scoringRule().ifPresent(r -> o.put("rule", r.spec()));
      if (!n.aliases().isEmpty()) {
        ArrayNode a = o.putArray("aliases");
        n.aliases().forEach(a::add);
      }
      n.description().ifPresent(v -> o.put("description", v));
      n.evidence().ifPresent(v -> o.put("evidence", v));
      n.dataSource().ifPresent(v -> o.put("dataSource", v));
    }
    method.ifPresent(m -> root.set("method", method(m)));
    try {
      return mapper.writeValueAsString(root);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private ObjectNode method(Method m) {
    ObjectNode o = mapper.createObjectNode();
    o.put("normalise", id(m.normaliser().id(), Strategies::normaliser, "normaliser"));
    o.put("weights", id(m.weighting().id(), Strategies::weighting, "weighting"));
    o.put("aggregate", id(m.aggregator().id(), Strategies::aggregator, "aggregator"));
    o.put("missing", id(m.missing().id(), Strategies::missing, "missing-value policy"));
    o.put("outliers", id(m.outliers().id().equals("winsorise") ? "coinr" : m.outliers().id(), Strategies::outliers,
        "outlier treatment"));
    o.put("rule", m.defaultRule().spec());
    o.put("ties", m.ties().name()).put("ranks", m.rankBasis().name()).put("decimals", m.decimals());
    m.referenceUnit().ifPresent(r -> o.put("referenceUnit", r));
    putAll(o, "normaliseByNode", m.normaliserByNode(), x -> id(x.id(), Strategies::normaliser, "normaliser"));
    putAll(o, "aggregateByNode", m.aggregatorByNode(), x -> id(x.id(), Strategies::aggregator, "aggregator"));
    putAll(o, "weightsByNode", m.weightingByNode(), x -> id(x.id(), Strategies::weighting, "weighting"));
    putAll(o, "missingByNode", m.missingByNode(), x -> id(x.id(), Strategies::missing, "missing-value policy"));
    if (!m.aggregatorByLevel().isEmpty()) {
      ObjectNode l = o.putObject("aggregateByLevel");
      m.aggregatorByLevel().forEach((k, v) -> l.put(String.valueOf(k), id(v.id(), Strategies::aggregator,
          "aggregator")));
    }
    return o;
  }

  private static <T> void putAll(ObjectNode o, String field, Map<String, T> map, Function<T, String> id) {
    if (!map.isEmpty()) {
      ObjectNode n = o.putObject(field);
      map.forEach((k, v) -> n.put(k, id.apply(v)));
    }
  }

  private static String id(String id, Function<String, ?> parse, String what) {
    try {
      parse.apply(id);
      return id;
    } catch (IllegalArgumentException e) {
      throw new DtiException("the method's " + what + " '" + id + "' has no id a file can name; write the"
          + " framework without the method or use a built-in");
    }
  }

  /**
   * Writes the document to a file atomically (UTF-8).
   *
   * @param framework the framework, not null
   * @param method the method to record, if any, not null
   * @param file the target, not null
   * @throws IOException if the file cannot be written
   */
  public void write(Framework framework, Optional<Method> method, Path file) throws IOException {
    OutputFiles.write(file, toText(framework, method).getBytes(StandardCharsets.UTF_8));
  }
}
