package org.opendti.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.opendti.Direction;
import org.opendti.DtiException;
import org.opendti.Framework;
import org.opendti.FrameworkStatus;
import org.opendti.InvalidFrameworkException;
import org.opendti.Node;
import org.opendti.NodeKind;
import org.opendti.Numbers;
import org.opendti.ScoringRule;
import org.opendti.UnitKind;
import org.opendti.io.DataFormatException;
import org.opendti.io.OutputFiles;
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
 * <p>Nodes are a flat list that names each node's parents, so neither direction recurses over the tree: a framework
 * of any depth, or of hundreds of thousands of nodes, is read and written in one pass, streamed. Texts are read as
 * written (see {@link Format}); problems name the file, the JSON pointer and the line.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FrameworkJson {
  /**
   * A framework with the method it is meant to be scored with, if the file names one.
   *
   * @param framework the framework, not null
   * @param method the method the file names, if any, not null
   */
  public record Definition(Framework framework, Optional<Method> method) {
    /**
     * Checks the parts.
     *
     * @param framework the framework, not null
     * @param method the method, if any, not null
     */
    public Definition {
      Objects.requireNonNull(framework, "framework");
      Objects.requireNonNull(method, "method");
    }
  }

  private final Format format;

  private FrameworkJson(Format format) {
    this.format = format;
  }

  /**
   * A codec.
   *
   * @param format JSON or YAML, not null
   * @return the codec, not null
   */
  public static FrameworkJson of(Format format) {
    return new FrameworkJson(Objects.requireNonNull(format, "format"));
  }

  /**
   * Reads a file, opening it once.
   *
   * @param file the file, not null
   * @return the definition, not null
   * @throws IOException if the file cannot be read
   * @throws DtiException if the content is bad; each problem names the JSON pointer
   */
  public Definition read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(Cursor.sourceName(file), in);
    }
  }

  /**
   * Reads a stream, e.g. a pipe or standard input. The stream is read once, up to the end of the document, and not
   * closed.
   *
   * @param source the name used in error messages, not null
   * @param in the stream, not null
   * @return the definition, not null
   * @throws IOException if the stream cannot be read
   * @throws DtiException if the content is bad; each problem names the JSON pointer
   */
  public Definition read(String source, InputStream in) throws IOException {
    return Cursor.read(format, source, in, c -> new Reading(c).document());
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
    try {
      return read(source, new ByteArrayInputStream(content));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One reading. */
  private static final class Reading {
    private final Cursor c;
    /** Every node element read with a code: its code, position in the list and start, to locate later errors. */
    private final List<String> codes = new ArrayList<>();
    private final List<Long> marks = new ArrayList<>();
    private final List<Node> nodes = new ArrayList<>();

    Reading(Cursor c) {
      this.c = c;
    }

    Definition document() throws IOException {
      long start = c.mark();
      String id = null;
      String version = null;
      String nameVi = null;
      String nameEn = null;
      String instrument = null;
      String appliesTo = null;
      UnitKind unitKind = null;
      FrameworkStatus status = null;
      List<String> rankingGroups = List.of();
      Method method = null;
      boolean stopped = false;
      while (!stopped && c.nextField()) {
        switch (c.name()) {
          case "id" -> id = c.text();
          case "version" -> version = c.optional();
          case "nameVi" -> nameVi = c.text();
          case "nameEn" -> nameEn = c.optional();
          case "instrument" -> instrument = c.optional();
          case "appliesTo" -> appliesTo = c.optional();
          case "unitKind" -> unitKind = c.enumValue(UnitKind.class);
          case "status" -> status = c.enumValue(FrameworkStatus.class);
          case "rankingGroups" -> rankingGroups = c.texts();
          case "nodes" -> nodes();
          case "method" -> method = method();
          default -> c.skip();
        }
        stopped = c.full();
      }
      if (!stopped) {
        c.finish();
      }
      if (id == null) {
        c.problem("/id", start, "", "missing required field 'id'");
      }
      if (nameVi == null) {
        c.problem("/nameVi", start, "", "missing required field 'nameVi'");
      }
      c.throwIfAny();
      Framework.Builder fb = Framework.builder().id(Objects.requireNonNull(id)).version(version == null ? "1" : version)
          .nameVi(Objects.requireNonNull(nameVi)).addAllRankingGroups(rankingGroups);
      if (nameEn != null) {
        fb.nameEn(nameEn);
      }
      if (instrument != null) {
        fb.instrument(instrument);
      }
      if (appliesTo != null) {
        fb.appliesTo(appliesTo);
      }
      if (unitKind != null) {
        fb.unitKind(unitKind);
      }
      if (status != null) {
        fb.status(status);
      }
      fb.addAllNodes(nodes);
      try {
        return new Definition(fb.build(), Optional.ofNullable(method));
      } catch (InvalidFrameworkException e) {
        for (int i = 0; i < codes.size(); i++) {
          if (codes.get(i).equalsIgnoreCase(e.node())) {
            throw new DataFormatException(c.source().pointer("/nodes/" + i), e.node(), e.getMessage()
                + Cursor.where(marks.get(i)));
          }
        }
        throw new DataFormatException(c.source().pointer("/"), "", e.getMessage());
      } catch (IllegalStateException | IllegalArgumentException e) {
        throw new DataFormatException(c.source().pointer("/"), "", String.valueOf(e.getMessage()));
      }
    }

    private void nodes() throws IOException {
      if (!c.array()) {
        return;
      }
      int i = -1;
      while (c.nextElement() && !c.full()) {
        i++;
        if (!c.object()) {
          codes.add("");
          marks.add(0L);
          continue;
        }
        long mark = c.mark();
        codes.add("");
        marks.add(mark);
        Node node = node(i, mark);
        if (node != null) {
          nodes.add(node);
        }
      }
    }

    private @Nullable Node node(int i, long mark) throws IOException {
      int before = c.problemCount();
      Node.Builder b = Node.builder();
      String code = null;
      String nameVi = null;
      NodeKind kind = null;
      boolean kindGiven = false;
      while (c.nextField()) {
        switch (c.name()) {
          case "code" -> {
            code = c.text();
            codes.set(i, code);
          }
          case "nameVi" -> nameVi = c.text();
          case "nameEn" -> set(c.optional(), b::nameEn);
          case "kind" -> {
            kindGiven = true;
            kind = c.enumValue(NodeKind.class);
          }
          case "maxPoints" -> setNumber(c.number(), b::maxPoints);
          case "weight" -> setNumber(c.number(), b::weight);
          case "target" -> setNumber(c.number(), b::target);
          case "parents" -> b.addAllParents(c.texts());
          case "aliases" -> b.addAllAliases(c.texts());
          case "direction" -> set(c.enumValue(Direction.class), b::direction);
          case "description" -> set(c.optional(), b::description);
          case "evidence" -> set(c.optional(), b::evidence);
          case "dataSource" -> set(c.optional(), b::dataSource);
          case "appliesTo" -> b.addAllAppliesTo(c.texts());
          case "rule" -> rule(b::scoringRule);
          default -> c.skip();
        }
      }
      if (code == null) {
        c.problem(c.pointer("code"), mark, "", "missing required field 'code'");
      }
      if (nameVi == null) {
        c.problem(c.pointer("nameVi"), mark, "", "missing required field 'nameVi'");
      }
      if (!kindGiven) {
        c.problem(c.pointer("kind"), mark, "", "missing required field 'kind'");
      }
      if (c.problemCount() > before || code == null || nameVi == null || kind == null) {
        return null;
      }
      try {
        return b.code(code).nameVi(nameVi).kind(kind).build();
      } catch (DtiException | IllegalArgumentException | IllegalStateException e) {
        c.problem(c.pointer(), mark, code, e);
        return null;
      }
    }

    private static <T> void set(@Nullable T value, Consumer<T> setter) {
      if (value != null) {
        setter.accept(value);
      }
    }

    private static void setNumber(double value, DoubleConsumer setter) {
      if (!Double.isNaN(value)) {
        setter.accept(value);
      }
    }

    private void rule(Consumer<ScoringRule> setter) throws IOException {
      strategy(ScoringRule::parse, setter);
    }

    private <T> void strategy(Function<String, T> parse, Consumer<T> setter) throws IOException {
      String id = c.optional();
      if (id == null) {
        return;
      }
      try {
        setter.accept(parse.apply(id));
      } catch (IllegalArgumentException e) {
        c.problemHere(id, String.valueOf(e.getMessage()));
      }
    }

    private <T> void byKey(Function<String, T> parse, BiConsumer<String, T> put) throws IOException {
      if (!c.object()) {
        return;
      }
      while (c.nextField()) {
        String key = c.name();
        strategy(parse, v -> put.accept(key, v));
      }
    }

    private @Nullable Method method() throws IOException {
      if (!c.object()) {
        return null;
      }
      long mark = c.mark();
      int before = c.problemCount();
      Method.Builder b = Method.builder();
      while (c.nextField()) {
        switch (c.name()) {
          case "normalise" -> strategy(Strategies::normaliser, b::normaliser);
          case "weights" -> strategy(Strategies::weighting, b::weighting);
          case "aggregate" -> strategy(Strategies::aggregator, b::aggregator);
          case "missing" -> strategy(Strategies::missing, b::missing);
          case "outliers" -> strategy(Strategies::outliers, b::outliers);
          case "rule" -> rule(b::defaultRule);
          case "ties" -> set(c.enumValue(TiesStrategy.class), b::ties);
          case "ranks" -> set(c.enumValue(RankBasis.class), b::rankBasis);
          case "decimals" -> decimals(b);
          case "referenceUnit" -> set(c.optional(), b::referenceUnit);
          case "rescaleForApplicability" -> set(c.bool(), b::rescaleForApplicability);
          case "normaliseByNode" -> byKey(Strategies::normaliser, b::putNormaliserByNode);
          case "aggregateByNode" -> byKey(Strategies::aggregator, b::putAggregatorByNode);
          case "weightsByNode" -> byKey(Strategies::weighting, b::putWeightingByNode);
          case "missingByNode" -> byKey(Strategies::missing, b::putMissingByNode);
          case "aggregateByLevel" -> byKey(Strategies::aggregator, (level, a) -> level(b, level, a));
          default -> c.skip();
        }
      }
      if (c.problemCount() > before) {
        return null;
      }
      try {
        return b.build();
      } catch (DtiException | IllegalArgumentException | IllegalStateException e) {
        c.problem(c.pointer(), mark, "", e);
        return null;
      }
    }

    private void level(Method.Builder b, String level, org.opendti.method.Aggregator a) {
      try {
        b.putAggregatorByLevel(Integer.parseInt(level.strip()), a);
      } catch (NumberFormatException e) {
        c.problemHere(level, "expected a level number as the key");
      }
    }

    private void decimals(Method.Builder b) throws IOException {
      double d = c.number();
      if (Double.isNaN(d)) {
        return;
      }
      if (d != Math.rint(d) || d < 0 || d > 12) {
        c.problemHere(Numbers.plain(d), "expected a whole number 0..12");
      } else {
        b.decimals((int) d);
      }
    }
  }

  /**
   * Writes the document to a stream, one node at a time; the stream is flushed, not closed.
   *
   * @param framework the framework, not null
   * @param method the method to record, if any, not null
   * @param out the stream, not null
   * @throws IOException if the stream cannot be written
   * @throws DtiException if the method uses a strategy without an id (checked before anything is written), or a
   *     text is longer than {@link Format#MAX_TEXT_LENGTH}
   */
  public void write(Framework framework, Optional<Method> method, OutputStream out) throws IOException {
    Objects.requireNonNull(framework, "framework");
    Objects.requireNonNull(out, "out");
    Map<String, Object> methodFields = method.isPresent() ? methodFields(method.get()) : null;
    try (JsonGenerator g = format.generator(out)) {
      Writing w = new Writing(g);
      g.writeStartObject();
      w.text("id", framework.id());
      w.text("version", framework.version());
      w.text("nameVi", framework.nameVi());
      w.text("nameEn", framework.nameEn());
      w.text("instrument", framework.instrument());
      w.text("appliesTo", framework.appliesTo());
      g.writeStringField("unitKind", framework.unitKind().name());
      g.writeStringField("status", framework.status().name());
      w.texts("rankingGroups", framework.rankingGroups());
      g.writeArrayFieldStart("nodes");
      for (Node n : framework.nodes()) {
        node(w, g, n);
      }
      g.writeEndArray();
      if (methodFields != null) {
        g.writeObjectFieldStart("method");
        for (Map.Entry<String, Object> e : methodFields.entrySet()) {
          if (e.getValue() instanceof Integer i) {
            g.writeNumberField(e.getKey(), i);
          } else if (e.getValue() instanceof Boolean bool) {
            g.writeBooleanField(e.getKey(), bool);
          } else if (e.getValue() instanceof Map<?, ?> map) {
            g.writeObjectFieldStart(e.getKey());
            for (Map.Entry<?, ?> k : map.entrySet()) {
              w.name(String.valueOf(k.getKey()));
              g.writeString(String.valueOf(k.getValue()));
            }
            g.writeEndObject();
          } else {
            w.text(e.getKey(), String.valueOf(e.getValue()));
          }
        }
        g.writeEndObject();
      }
      g.writeEndObject();
    }
  }

  private static void node(Writing w, JsonGenerator g, Node n) throws IOException {
    g.writeStartObject();
    w.text("code", n.code());
    w.text("nameVi", n.nameVi());
    w.text("nameEn", n.nameEn());
    g.writeStringField("kind", n.kind().name());
    if (n.maxPoints().isPresent()) {
      g.writeNumberField("maxPoints", n.maxPoints().getAsDouble());
    }
    if (n.weight().isPresent()) {
      g.writeNumberField("weight", n.weight().getAsDouble());
    }
    if (n.target().isPresent()) {
      g.writeNumberField("target", n.target().getAsDouble());
    }
    w.texts("parents", n.parents());
    if (n.direction() != Direction.POSITIVE) {
      g.writeStringField("direction", n.direction().name());
    }
    if (n.scoringRule().isPresent()) {
      w.text("rule", n.scoringRule().get().spec());
    }
    w.texts("aliases", n.aliases());
    w.text("description", n.description());
    w.text("evidence", n.evidence());
    w.text("dataSource", n.dataSource());
    w.texts("appliesTo", n.appliesTo());
    g.writeEndObject();
  }

  /** The method's fields, in writing order: texts, the decimals, and maps of node code or level to strategy id. */
  private static Map<String, Object> methodFields(Method m) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("normalise", id(m.normaliser().id(), Strategies::normaliser, "normaliser"));
    o.put("weights", id(m.weighting().id(), Strategies::weighting, "weighting"));
    o.put("aggregate", id(m.aggregator().id(), Strategies::aggregator, "aggregator"));
    o.put("missing", id(m.missing().id(), Strategies::missing, "missing-value policy"));
    o.put("outliers", id(m.outliers().id().equals("winsorise") ? "coinr" : m.outliers().id(), Strategies::outliers,
        "outlier treatment"));
    o.put("rule", m.defaultRule().spec());
    o.put("ties", m.ties().name());
    o.put("ranks", m.rankBasis().name());
    o.put("decimals", m.decimals());
    m.referenceUnit().ifPresent(r -> o.put("referenceUnit", r));
    if (!m.rescaleForApplicability()) {
      o.put("rescaleForApplicability", false);
    }
    putAll(o, "normaliseByNode", m.normaliserByNode(), x -> id(x.id(), Strategies::normaliser, "normaliser"));
    putAll(o, "aggregateByNode", m.aggregatorByNode(), x -> id(x.id(), Strategies::aggregator, "aggregator"));
    putAll(o, "weightsByNode", m.weightingByNode(), x -> id(x.id(), Strategies::weighting, "weighting"));
    putAll(o, "missingByNode", m.missingByNode(), x -> id(x.id(), Strategies::missing, "missing-value policy"));
    putAll(o, "aggregateByLevel", m.aggregatorByLevel(), x -> id(x.id(), Strategies::aggregator, "aggregator"));
    return o;
  }

  private static <K, T> void putAll(Map<String, Object> o, String field, Map<K, T> map, Function<T, String> id) {
    if (!map.isEmpty()) {
      Map<String, String> ids = new LinkedHashMap<>();
      map.forEach((k, v) -> ids.put(String.valueOf(k), id.apply(v)));
      o.put(field, ids);
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
   * The document as text, for small frameworks; {@link #write(Framework, Optional, OutputStream)} streams.
   *
   * @param framework the framework, not null
   * @param method the method to record, if any, not null
   * @return the text, not null
   * @throws DtiException if the method uses a strategy without an id
   */
  public String toText(Framework framework, Optional<Method> method) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(framework, method, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * Writes the document to a file (UTF-8) through {@link OutputFiles}.
   *
   * @param framework the framework, not null
   * @param method the method to record, if any, not null
   * @param file the target, not null
   * @throws IOException if the file cannot be written
   * @throws DtiException if the method uses a strategy without an id (checked before the file is touched)
   */
  public void write(Framework framework, Optional<Method> method, Path file) throws IOException {
    Objects.requireNonNull(framework, "framework");
    if (method.isPresent()) {
      methodFields(method.get());
    }
    OutputFiles.write(file, out -> write(framework, method, out));
  }

  @Override
  public String toString() {
    return "FrameworkJson{" + format + "}";
  }
}
