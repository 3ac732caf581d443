package org.opendti.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import java.io.IOException;

/**
 * The JSON layout of the SDK's documents: the top-level fields and the entries of their arrays and objects one per
 * line, anything deeper on the line of its entry, e.g. one observation per line. Keeps files compact and diffable.
 * One instance per generator: it counts the open containers.
 */
final class Layout implements PrettyPrinter {
  /** Containers opened at this depth or less put each entry on its own line; the root object is depth 1. */
  private static final int BREAK_DEPTH = 2;

  private int depth;

  private void newLine(JsonGenerator g, int level) throws IOException {
    g.writeRaw('\n');
    for (int i = 0; i < level; i++) {
      g.writeRaw("  ");
    }
  }

  private void entry(JsonGenerator g) throws IOException {
    if (depth <= BREAK_DEPTH) {
      newLine(g, depth);
    } else {
      g.writeRaw(' ');
    }
  }

  private void end(JsonGenerator g, int entries, char close) throws IOException {
    if (entries > 0 && depth <= BREAK_DEPTH) {
      newLine(g, depth - 1);
    }
    g.writeRaw(close);
    depth--;
    if (depth == 0) {
      g.writeRaw('\n');
    }
  }

  @Override
  public void writeRootValueSeparator(JsonGenerator g) throws IOException {
    g.writeRaw('\n');
  }

  @Override
  public void writeStartObject(JsonGenerator g) throws IOException {
    g.writeRaw('{');
    depth++;
  }

  @Override
  public void beforeObjectEntries(JsonGenerator g) throws IOException {
    if (depth <= BREAK_DEPTH) {
      newLine(g, depth);
    }
  }

  @Override
  public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
    g.writeRaw(": ");
  }

  @Override
  public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
    g.writeRaw(',');
    entry(g);
  }

  @Override
  public void writeEndObject(JsonGenerator g, int entries) throws IOException {
    end(g, entries, '}');
  }

  @Override
  public void writeStartArray(JsonGenerator g) throws IOException {
    g.writeRaw('[');
    depth++;
  }

  @Override
  public void beforeArrayValues(JsonGenerator g) throws IOException {
    if (depth <= BREAK_DEPTH) {
      newLine(g, depth);
    }
  }

  @Override
  public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
    g.writeRaw(',');
    entry(g);
  }

  @Override
  public void writeEndArray(JsonGenerator g, int entries) throws IOException {
    end(g, entries, ']');
  }
}
