package org.opendti;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the project's structured account of the seed documents, {@code seeds/figures.csv}. */
public final class Seeds {
  public record Figure(String seed, String year, String unit, String scope, String subject, String measure, String value) {
    public double number() {
      return Double.parseDouble(value);
    }
  }

  private Seeds() {}

  public static List<Figure> figures() {
    Path p = Path.of("..", "seeds", "figures.csv");
    try {
      List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
      List<Figure> out = new ArrayList<>();
      for (String line : lines.subList(1, lines.size())) {
        List<String> f = split(line);
        out.add(new Figure(f.get(0), f.get(1), f.get(2), f.get(3), f.get(4), f.get(5), f.get(6)));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Figure figure(String seed, String unit, String scope, String subject, String measure, String year) {
    return figures().stream()
        .filter(f -> f.seed().equals(seed) && f.unit().equals(unit) && f.scope().equals(scope)
            && f.subject().equals(subject) && f.measure().equals(measure) && f.year().equals(year))
        .findFirst().orElseThrow(() -> new AssertionError("no seed figure " + seed + " " + subject + " " + measure));
  }

  private static List<String> split(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cur.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cur.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        out.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    out.add(cur.toString());
    return out;
  }
}
