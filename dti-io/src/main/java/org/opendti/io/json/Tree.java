package org.opendti.io.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.opendti.DtiException;
import org.opendti.io.DataFormatException;
import org.opendti.io.SourceLocation;

/** A parsed document node with its JSON pointer, so every problem names where it is. */
final class Tree {
  final JsonNode node;
  final String pointer;
  final SourceLocation source;
  final List<DtiException> problems;

  private Tree(JsonNode node, String pointer, SourceLocation source, List<DtiException> problems) {
    this.node = node;
    this.pointer = pointer;
    this.source = source;
    this.problems = problems;
  }

  static Tree parse(ObjectMapper mapper, String sourceName, byte[] content) {
    SourceLocation source = SourceLocation.of(sourceName);
    if (content.length == 0) {
      throw new DataFormatException(source, "", "the file is empty");
    }
    try {
      JsonNode root = mapper.readTree(content);
      if (root == null || root.isMissingNode()) {
        throw new DataFormatException(source, "", "the file is empty");
      }
      if (!root.isObject()) {
        throw new DataFormatException(source.pointer(""), "", "expected an object at the top level");
      }
      return new Tree(root, "", source, new ArrayList<>());
    } catch (JsonProcessingException e) {
      var loc = e.getLocation();
      SourceLocation at = loc != null && loc.getLineNr() > 0 ? source.row(loc.getLineNr()) : source;
      String where = loc != null && loc.getColumnNr() > 0 ? " (line " + loc.getLineNr() + ", column "
          + loc.getColumnNr() + ")" : "";
      throw new DataFormatException(at, "", "not valid " + (mapper.getFactory().getFormatName()) + where + ": "
          + oneLine(e.getOriginalMessage()));
    } catch (java.io.IOException e) {
      throw new DataFormatException(source, "", "cannot parse: " + oneLine(e.getMessage()));
    }
  }

  /** A parser message on one line, without the parser's own source descriptions (one error, one line). */
  static String oneLine(String message) {
    String m = String.valueOf(message).replaceAll("\\(start marker at \\[Source:[^\\]]*\\][^)]*\\)", "")
        .replaceAll("\\[Source:[^\\]]*\\]", "").replaceAll("(?s) in 'reader', line \\d+, column \\d+:.*", "");
    m = m.replaceAll("\\s+", " ").strip();
    return m.length() > 300 ? m.substring(0, 300) + "…" : m;
  }

  SourceLocation at() {
    return source.pointer(pointer.isEmpty() ? "/" : pointer);
  }

  Tree child(String field) {
    return new Tree(node.path(field), pointer + "/" + field, source, problems);
  }

  List<Tree> array(String field) {
    Tree a = child(field);
    List<Tree> out = new ArrayList<>();
    if (a.node.isMissingNode() || a.node.isNull()) {
      return out;
    }
    if (!a.node.isArray()) {
      problems.add(new DataFormatException(a.at(), a.node.toString(), "expected an array"));
      return out;
    }
    for (int i = 0; i < a.node.size(); i++) {
      out.add(new Tree(a.node.get(i), a.pointer + "/" + i, source, problems));
    }
    return out;
  }

  Iterator<Map.Entry<String, JsonNode>> fields(String field) {
    Tree t = child(field);
    if (t.node.isMissingNode() || t.node.isNull()) {
      return java.util.Collections.emptyIterator();
    }
    if (!t.node.isObject()) {
      problems.add(new DataFormatException(t.at(), t.node.toString(), "expected an object"));
      return java.util.Collections.emptyIterator();
    }
    return t.node.properties().iterator();
  }

  boolean has(String field) {
    JsonNode n = node.get(field);
    return n != null && !n.isNull();
  }

  /** A required text field; records a problem and returns "" when absent or not text. */
  private static boolean scalar(JsonNode n) {
    return n.isTextual() || n.isNumber();
  }

  String text(String field) {
    Tree t = child(field);
    if (!scalar(t.node) || t.node.asText().isBlank()) {
      problems.add(new DataFormatException(t.at(), t.node.isMissingNode() ? "" : t.node.toString(),
          t.node.isMissingNode() ? "missing required field '" + field + "'" : "expected non-empty text"));
      return "";
    }
    return t.node.asText();
  }

  Optional<String> optionalText(String field) {
    Tree t = child(field);
    if (t.node.isMissingNode() || t.node.isNull()) {
      return Optional.empty();
    }
    if (!scalar(t.node)) {
      problems.add(new DataFormatException(t.at(), t.node.toString(), "expected text"));
      return Optional.empty();
    }
    return Optional.of(t.node.asText());
  }

  OptionalDouble number(String field) {
    Tree t = child(field);
    if (t.node.isMissingNode() || t.node.isNull()) {
      return OptionalDouble.empty();
    }
    if (!t.node.isNumber() || !Double.isFinite(t.node.asDouble())) {
      problems.add(new DataFormatException(t.at(), t.node.toString(), "expected a finite number"));
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(t.node.asDouble());
  }

  List<String> texts(String field) {
    List<String> out = new ArrayList<>();
    for (Tree t : array(field)) {
      if (!scalar(t.node)) {
        problems.add(new DataFormatException(t.at(), t.node.toString(), "expected text"));
      } else {
        out.add(t.node.asText());
      }
    }
    return out;
  }

  <E extends Enum<E>> Optional<E> enumValue(String field, Class<E> type) {
    return optionalText(field).flatMap(v -> {
      for (E e : type.getEnumConstants()) {
        if (e.name().equalsIgnoreCase(v.strip().replace('-', '_'))) {
          return Optional.of(e);
        }
      }
      problems.add(new DataFormatException(child(field).at(), v, "expected one of "
          + java.util.Arrays.toString(type.getEnumConstants())));
      return Optional.empty();
    });
  }
}
