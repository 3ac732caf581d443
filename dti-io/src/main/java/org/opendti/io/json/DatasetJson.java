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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.opendti.Dataset;
import org.opendti.DtiException;
import org.opendti.InvalidDataException;
import org.opendti.Measure;
import org.opendti.Observation;
import org.opendti.Provenance;
import org.opendti.Unit;
import org.opendti.UnitKind;
import org.opendti.io.OutputFiles;

/**
 * Datasets as JSON or YAML:
 * <pre>{@code
 * {"units": [{"code": "38", "name": "Thanh Hóa", "kind": "PROVINCE", "group": "...", "aliases": ["..."],
 *             "validFrom": "2025-07-01"}],
 *  "observations": [{"unit": "38", "indicator": "dti", "period": "2023", "value": 0.7314,
 *                    "source": "report", "evidence": "...", "note": "..."},
 *                   {"unit": "38", "indicator": "7.1", "numerator": 1805, "denominator": 2067},
 *                   {"unit": "38", "indicator": "1.2", "category": "Chủ tịch"}]}
 * }</pre>
 *
 * <p>Both directions stream: the reader goes through the document token by token straight into the dataset's
 * columns, and the writer writes one observation at a time, so a file of any size needs memory for the dataset only.
 * Codes, names, periods and categories are read as written (see {@link Format}); reading what {@link #write} wrote
 * gives back an equal dataset. Units should come before the observations, as the writer puts them; a document that
 * lists observations first is read too, then moved over once the units are read. Unknown fields are
 * ignored. Problems name the file, the JSON pointer and the line; reading stops after 1,000 of them.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DatasetJson {
  private final Format format;

  private DatasetJson(Format format) {
    this.format = format;
  }

  /**
   * A codec.
   *
   * @param format JSON or YAML, not null
   * @return the codec, not null
   */
  public static DatasetJson of(Format format) {
    return new DatasetJson(Objects.requireNonNull(format, "format"));
  }

  /**
   * Reads a file, opening it once.
   *
   * @param file the file, not null
   * @return the dataset, not null
   * @throws IOException if the file cannot be read
   * @throws DtiException if the content is bad; each problem names the JSON pointer
   */
  public Dataset read(Path file) throws IOException {
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
   * @return the dataset, not null
   * @throws IOException if the stream cannot be read
   * @throws DtiException if the content is bad; each problem names the JSON pointer
   */
  public Dataset read(String source, InputStream in) throws IOException {
    return Cursor.read(format, source, in, c -> new Reading(c).document());
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
    try {
      return read(source, new ByteArrayInputStream(content));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One reading into a dataset builder. */
  private static final class Reading {
    private final Cursor c;
    private Dataset.Builder builder = Dataset.builder();
    private boolean observationsRead;
    /** Unit texts as written, and columns by period and indicator as written: one lookup per distinct text. */
    private final Map<String, Integer> unitPositions = new HashMap<>();
    private final Map<String, Map<String, Dataset.Builder.ColumnWriter>> columns = new HashMap<>();

    Reading(Cursor c) {
      this.c = c;
    }

    Dataset document() throws IOException {
      boolean stopped = false;
      while (!stopped && c.nextField()) {
        switch (c.name()) {
          case "units":
            if (observationsRead) {
              unitsAfterObservations();
            } else {
              units();
            }
            break;
          case "observations":
            observations();
            observationsRead = true;
            break;
          default:
            c.skip();
        }
        stopped = c.full();
      }
      if (!stopped) {
        c.finish();
      }
      c.throwIfAny();
      return builder.build();
    }

    /**
     * The units come after the observations, which have already created units by the names they use: the declared
     * units go first into a new builder, then the other units and every observation are moved over.
     */
    private void unitsAfterObservations() throws IOException {
      String pointer = "/observations";
      Dataset read = builder.build();
      builder = Dataset.builder();
      unitPositions.clear();
      columns.clear();
      units();
      Dataset declared = builder.build();
      for (Unit u : read.units()) {
        if (declared.findUnit(u.code()).isEmpty()) {
          try {
            builder.addUnit(u);
          } catch (DtiException e) {
            c.problem(pointer, 0, u.code(), e);
          }
        }
      }
      for (String period : read.periods()) {
        for (String indicator : read.indicators(period)) {
          for (Unit u : read.units()) {
            Optional<Observation> o = read.observation(u.code(), indicator, period);
            if (o.isPresent()) {
              add(o.get(), pointer, 0);
            }
          }
        }
      }
    }

    private void units() throws IOException {
      if (!c.array()) {
        return;
      }
      while (c.nextElement() && !c.full()) {
        if (!c.object()) {
          continue;
        }
        long mark = c.mark();
        int before = c.problemCount();
        String code = null;
        String name = null;
        String group = null;
        UnitKind kind = null;
        List<String> aliases = List.of();
        LocalDate from = null;
        LocalDate until = null;
        while (c.nextField()) {
          switch (c.name()) {
            case "code" -> code = c.text();
            case "name" -> name = c.optional();
            case "kind" -> kind = c.enumValue(UnitKind.class);
            case "group" -> group = c.optional();
            case "aliases" -> aliases = c.texts();
            case "validFrom" -> from = date();
            case "validUntil" -> until = date();
            default -> c.skip();
          }
        }
        if (code == null) {
          c.problem(c.pointer("code"), mark, "", "missing required field 'code'");
        }
        if (code == null || c.problemCount() > before) {
          continue;
        }
        Unit.Builder ub = Unit.builder().code(code).name(name == null ? code : name)
            .addAllAliases(aliases);
        if (kind != null) {
          ub.kind(kind);
        }
        if (group != null) {
          ub.group(group);
        }
        if (from != null) {
          ub.validFrom(from);
        }
        if (until != null) {
          ub.validUntil(until);
        }
        try {
          builder.addUnit(ub.build());
        } catch (DtiException | IllegalArgumentException | IllegalStateException e) {
          c.problem(c.pointer(), mark, code, e);
        }
      }
    }

    private @Nullable LocalDate date() throws IOException {
      String s = c.optional();
      if (s == null) {
        return null;
      }
      try {
        return LocalDate.parse(s.strip());
      } catch (DateTimeParseException e) {
        c.problemHere(s, "expected a date such as 2025-07-01");
        return null;
      }
    }

    private void observations() throws IOException {
      if (!c.array()) {
        return;
      }
      while (c.nextElement() && !c.full()) {
        if (!c.object()) {
          continue;
        }
        observation();
      }
    }

    private void observation() throws IOException {
      long mark = c.mark();
      int before = c.problemCount();
      String unit = null;
      String indicator = null;
      String period = null;
      String category = null;
      String evidence = null;
      String note = null;
      Provenance provenance = null;
      double value = Double.NaN;
      double numerator = Double.NaN;
      double denominator = Double.NaN;
      while (c.nextField()) {
        switch (c.name()) {
          case "unit" -> unit = c.text();
          case "indicator" -> indicator = c.text();
          case "period" -> period = c.optional();
          case "value" -> value = c.number();
          case "numerator" -> numerator = c.number();
          case "denominator" -> denominator = c.number();
          case "category" -> category = c.optional();
          case "source" -> provenance = provenance();
          case "evidence" -> evidence = c.optional();
          case "note" -> note = c.optional();
          default -> c.skip();
        }
      }
      if (unit == null) {
        c.problem(c.pointer("unit"), mark, "", "missing required field 'unit'");
      }
      if (indicator == null) {
        c.problem(c.pointer("indicator"), mark, "", "missing required field 'indicator'");
      }
      if (unit == null || indicator == null || unit.isEmpty() || indicator.isEmpty()) {
        return;
      }
      // checked even when a measure field had a problem: a bad value is also a missing one
      boolean ratio = !Double.isNaN(numerator) || !Double.isNaN(denominator);
      int given = (Double.isNaN(value) ? 0 : 1) + (ratio ? 1 : 0) + (category == null ? 0 : 1);
      if (given != 1) {
        c.problem(c.pointer(), mark, "", "give exactly one of value, numerator and denominator, or category");
        return;
      }
      if (ratio && (Double.isNaN(numerator) || Double.isNaN(denominator))) {
        c.problem(c.pointer(), mark, "", "numerator and denominator must come together");
        return;
      }
      if (c.problemCount() > before) {
        return;
      }
      String p = period == null ? Dataset.SINGLE_PERIOD : period;
      if (!Double.isNaN(value) && provenance == null && evidence == null && note == null) {
        // the common case, without an observation object and without normalising the same texts again
        try {
          Integer u = unitPositions.get(unit);
          if (u == null) {
            u = builder.unitPosition(unit);
            unitPositions.put(unit, u);
          }
          columns.computeIfAbsent(p, k -> new HashMap<>()).computeIfAbsent(indicator, i -> builder.column(i, p))
              .put(u, value);
        } catch (InvalidDataException e) {
          c.problem(c.pointer(), mark, e.rawValue(), e);
        } catch (DtiException | IllegalArgumentException | IllegalStateException e) {
          c.problem(c.pointer(), mark, "", e);
        }
        return;
      }
      Observation o;
      try {
        Measure m = !Double.isNaN(value) ? Measure.ofValue(value) : ratio ? Measure.ofRatio(numerator, denominator)
            : Measure.ofCategory(Objects.requireNonNull(category));
        Observation.Builder ob = Observation.builder().unit(unit).indicator(indicator).period(p).measure(m);
        if (provenance != null) {
          ob.provenance(provenance);
        }
        if (evidence != null) {
          ob.evidence(evidence);
        }
        if (note != null) {
          ob.note(note);
        }
        o = ob.build();
      } catch (DtiException | IllegalArgumentException | IllegalStateException e) {
        // e.g. a blank category: the model's own check, located here
        c.problem(c.pointer(), mark, "", e);
        return;
      }
      add(o, c.pointer(), mark);
    }

    private @Nullable Provenance provenance() throws IOException {
      String s = c.optional();
      if (s == null) {
        return null;
      }
      try {
        return Provenance.valueOf(s.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        c.problemHere(s, "expected report, automatic, survey or expert");
        return null;
      }
    }

    private void add(Observation o, String pointer, long mark) {
      try {
        builder.add(o);
      } catch (InvalidDataException e) {
        c.problem(pointer, mark, e.rawValue(), e);
      } catch (DtiException | IllegalArgumentException | IllegalStateException e) {
        c.problem(pointer, mark, "", e);
      }
    }
  }

  /**
   * Writes the document to a stream, one observation at a time; the stream is flushed, not closed.
   *
   * @param dataset the dataset, not null
   * @param out the stream, not null
   * @throws IOException if the stream cannot be written
   * @throws DtiException if a text is longer than {@link Format#MAX_TEXT_LENGTH}
   */
  public void write(Dataset dataset, OutputStream out) throws IOException {
    Objects.requireNonNull(dataset, "dataset");
    try (JsonGenerator g = format.generator(Objects.requireNonNull(out, "out"))) {
      Writing w = new Writing(g);
      g.writeStartObject();
      g.writeArrayFieldStart("units");
      for (Unit u : dataset.units()) {
        g.writeStartObject();
        w.text("code", u.code());
        w.text("name", u.name());
        g.writeStringField("kind", u.kind().name());
        w.text("group", u.group());
        w.texts("aliases", u.aliases());
        if (u.validFrom().isPresent()) {
          g.writeStringField("validFrom", u.validFrom().get().toString());
        }
        if (u.validUntil().isPresent()) {
          g.writeStringField("validUntil", u.validUntil().get().toString());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("observations");
      for (String period : dataset.periods()) {
        for (String indicator : dataset.indicators(period)) {
          for (Unit u : dataset.units()) {
            Optional<Observation> o = dataset.observation(u.code(), indicator, period);
            if (o.isPresent()) {
              observation(w, g, o.get());
            }
          }
        }
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }

  private static void observation(Writing w, JsonGenerator g, Observation o) throws IOException {
    g.writeStartObject();
    w.text("unit", o.unit());
    w.text("indicator", o.indicator());
    if (!o.period().isEmpty()) {
      w.text("period", o.period());
    }
    Measure m = o.measure();
    if (m.value().isPresent()) {
      g.writeNumberField("value", m.value().getAsDouble());
    }
    if (m.numerator().isPresent()) {
      g.writeNumberField("numerator", m.numerator().getAsDouble());
      g.writeNumberField("denominator", m.denominator().orElse(Double.NaN));
    }
    w.text("category", m.category());
    if (o.provenance().isPresent()) {
      g.writeStringField("source", o.provenance().get().name().toLowerCase(Locale.ROOT));
    }
    w.text("evidence", o.evidence());
    w.text("note", o.note());
    g.writeEndObject();
  }

  /**
   * The document as text, for small datasets; {@link #write(Dataset, OutputStream)} streams.
   *
   * @param dataset the dataset, not null
   * @return the text, not null
   * @throws DtiException if a text is longer than {@link Format#MAX_TEXT_LENGTH}
   */
  public String toText(Dataset dataset) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(dataset, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * Writes the document to a file (UTF-8) through {@link OutputFiles}.
   *
   * @param dataset the dataset, not null
   * @param file the target, not null
   * @throws IOException if the file cannot be written
   * @throws DtiException if a text is longer than {@link Format#MAX_TEXT_LENGTH}
   */
  public void write(Dataset dataset, Path file) throws IOException {
    Objects.requireNonNull(dataset, "dataset");
    OutputFiles.write(file, out -> write(dataset, out));
  }

  @Override
  public String toString() {
    return "DatasetJson{" + format + "}";
  }
}
