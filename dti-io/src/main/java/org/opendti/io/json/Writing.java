package org.opendti.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.opendti.DtiException;

/** Writes the texts of a document through a generator, refusing texts the readers would refuse. */
final class Writing {
  private final JsonGenerator g;

  Writing(JsonGenerator g) {
    this.g = g;
  }

  /** Checks a text or field name against {@link Format#MAX_TEXT_LENGTH}. */
  static String checked(String field, String text) {
    if (text.length() > Format.MAX_TEXT_LENGTH) {
      throw new DtiException("cannot write '" + field + "': the text is " + text.length() + " characters long; the"
          + " readers accept at most " + Format.MAX_TEXT_LENGTH);
    }
    return text;
  }

  /** A text field. */
  void text(String field, String text) throws IOException {
    g.writeStringField(field, checked(field, text));
  }

  /** A text field, if there is a text. */
  void text(String field, Optional<String> text) throws IOException {
    if (text.isPresent()) {
      text(field, text.get());
    }
  }

  /** A field name that comes from the data, e.g. a node code. */
  void name(String name) throws IOException {
    g.writeFieldName(checked("a field name", name));
  }

  /** A list of texts, if it is not empty. */
  void texts(String field, List<String> texts) throws IOException {
    if (texts.isEmpty()) {
      return;
    }
    g.writeArrayFieldStart(field);
    for (String t : texts) {
      g.writeString(checked(field, t));
    }
    g.writeEndArray();
  }

  /** A number field; NaN, and the infinities no reader accepts, are written as null. */
  void number(String field, double value) throws IOException {
    if (!Double.isFinite(value)) {
      g.writeNullField(field);
    } else {
      g.writeNumberField(field, value);
    }
  }
}
