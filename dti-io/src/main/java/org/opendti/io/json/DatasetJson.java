package org.opendti.io.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.opendti.Dataset;
import org.opendti.DtiException;
import org.opendti.InvalidDataException;
import org.opendti.Measure;
import org.opendti.Observation;
import org.opendti.ProblemsException;
import org.opendti.Provenance;
import org.opendti.Unit;
import org.opendti.UnitKind;
import org.opendti.io.OutputFiles;
import org.opendti.io.DataFormatException;

/**
 * Datasets as JSON or YAML:
 * <pre>{@code
 * {"units": [{"code": "38", "name": "Thanh Hóa", "kind": "PROVINCE", "group": "...", "aliases": ["..."]}],
 *  "observations": [{"unit": "38", "indicator": "dti", "period": "2023", "value": 0.7314,
 *                    "source": "report", "evidence": "..."},
 *                   {"unit": "38", "indicator": "7.1", "numerator": 1805, "denominator": 2067},
 *                   {"unit": "38", "indicator": "1.2", "category": "Chủ tịch"}]}
 * }</pre>
 * Reading then writing gives back an equal document. This class is immutable and thread-safe.
 */
public final class DatasetJson {
  private final Format format;
  private final ObjectMapper mapper;

  private DatasetJson(Format format) {
    this.format = format;
    this.mapper = format.mapper();
  }

  /**
   * A codec.
   *
   * @param format JSON or YAML, not null
   * @return the codec, not null
   */
  public static DatasetJson of(Format format) {
    return new DatasetJson(format);
  }

  /**
   * Reads a file.
   *
   * @param file the file, not null
   * @return the dataset, not null
   * @throws IOException if the file cannot be read
   * @throws DtiException if the content is bad; each problem names the JSON pointer
   */
  public Dataset read(Path file) throws IOException {
    return read(file.getFileName().toString(), Files.readAllBytes(file));
  }

  /**
   * Reads bytes.
   *
   * @param source the name used in error messages, not null
   * @param content the bytes, not null
   * @return the dataset, not null
   * @throws DtiException if the content is bad
   */
  public Dataset read(String source, byte[] content) {
    Tree root = Tree.parse(mapper, source, content);
    Dataset.Builder b = Dataset.builder();
    for (Tree u : root.array("units")) {
      String code = u.text("code");
      Unit.Builder ub = Unit.builder().code(code).name(u.optionalText("name").orElse(code))
          .addAllAliases(u.texts("aliases"));
      u.enumValue("kind", UnitKind.class).ifPresent(ub::kind);
      u.optionalText("group").ifPresent(ub::group);
      if (code.isEmpty()) {
        continue;
      }
      try {
        b.addUnit(ub.build());
      } catch (DtiException e) {
        root.problems.add(new DataFormatException(u.at(), code, e.getMessage()));
      }
    }
    for (Tree o : root.array("observations")) {
      String unit = o.text("unit");
      String indicator = o.text("indicator");
      var value = o.number("value");
      var num = o.number("numerator");
      var den = o.number("denominator");
      var cat = o.optionalText("category");
      int given = (value.isPresent() ? 1 : 0) + (num.isPresent() || den.isPresent() ? 1 : 0)
          + (cat.isPresent() ? 1 : 0);
      if (unit.isEmpty() || indicator.isEmpty()) {
        continue;
      }
      if (given != 1) {
        o.problems.add(new DataFormatException(o.at(), o.node.toString(), "give exactly one of value,"
            + " numerator and denominator, or category"));
        continue;
      }
      if (num.isPresent() != den.isPresent()) {
        o.problems.add(new DataFormatException(o.at(), o.node.toString(), "numerator and denominator must come"
            + " together"));
        continue;
      }
      Measure m;
      try {
        m = value.isPresent() ? Measure.ofValue(value.getAsDouble()) : num.isPresent()
            ? Measure.ofRatio(num.getAsDouble(), den.getAsDouble()) : Measure.ofCategory(cat.get());
      } catch (IllegalArgumentException e) {
        // e.g. a blank category or a negative denominator: the measure's own check, located here
        o.problems.add(new DataFormatException(o.at(), o.node.toString(), e.getMessage()));
        continue;
      }
      Observation.Builder ob = Observation.builder().unit(unit).indicator(indicator).measure(m);
      o.optionalText("period").ifPresent(ob::period);
      o.optionalText("evidence").ifPresent(ob::evidence);
      o.optionalText("source").ifPresent(s -> {
        try {
          ob.provenance(Provenance.valueOf(s.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
          o.problems.add(new DataFormatException(o.child("source").at(), s, "expected report, automatic, survey or"
              + " expert"));
        }
      });
      try {
        b.add(ob.build());
      } catch (InvalidDataException e) {
        o.problems.add(new DataFormatException(o.at(), e.rawValue(), e.getMessage()));
      } catch (IllegalArgumentException | IllegalStateException e) {
        o.problems.add(new DataFormatException(o.at(), o.node.toString(), e.getMessage()));
      }
    }
    ProblemsException.throwIfAny(root.problems);
    return b.build();
  }

  /**
   * The document as text.
   *
   * @param dataset the dataset, not null
   * @return the text, not null
   */
  public String toText(Dataset dataset) {
    ObjectNode root = mapper.createObjectNode();
    ArrayNode units = root.putArray("units");
    for (Unit u : dataset.units()) {
      ObjectNode n = units.addObject().put("code", u.code()).put("name", u.name()).put("kind", u.kind().name());
      u.group().ifPresent(g -> n.put("group", g));
      if (!u.aliases().isEmpty()) {
        ArrayNode a = n.putArray("aliases");
        u.aliases().forEach(a::add);
      }
    }
    ArrayNode obs = root.putArray("observations");
    for (Observation o : dataset.observations()) {
      ObjectNode n = obs.addObject().put("unit", o.unit()).put("indicator", o.indicator());
      if (!o.period().isEmpty()) {
        n.put("period", o.period());
      }
      Measure m = o.measure();
      m.value().ifPresent(v -> n.put("value", v));
      m.numerator().ifPresent(v -> n.put("numerator", v));
      m.denominator().ifPresent(v -> n.put("denominator", v));
      m.category().ifPresent(v -> n.put("category", v));
      o.provenance().ifPresent(p -> n.put("source", p.name().toLowerCase(Locale.ROOT)));
      o.evidence().ifPresent(e -> n.put("evidence", e));
    }
    try {
      return mapper.writeValueAsString(root);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Writes the document to a file atomically (UTF-8).
   *
   * @param dataset the dataset, not null
   * @param file the target, not null
   * @throws IOException if the file cannot be written
   */
  public void write(Dataset dataset, Path file) throws IOException {
    OutputFiles.write(file, toText(dataset).getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return "DatasetJson{" + format + "}";
  }
}
