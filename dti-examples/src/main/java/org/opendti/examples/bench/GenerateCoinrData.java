package org.opendti.examples.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Writes a COINr-style input pair of any size for the whole-process benchmarks against COINr: an iData CSV
 * ({@code uCode}, then one column per indicator) and the matching iMeta CSV ({@code iCode, Level, Parent, Weight,
 * Direction}).
 *
 * <p>The layout follows a template pair, by default the 63-unit reference files of the COINr agreement test
 * ({@code dti-io/src/test/resources/reference/ref63_data.csv} and {@code ref63_meta.csv}). The generated meta file is
 * the template's, keeping the first {@code --indicators} indicators (all 98 by default) and the aggregates that still
 * have children. Each generated column imitates its template column: a column of whole numbers gets uniform whole
 * numbers between the template's minimum and maximum, any other column uniform values in the same range written with
 * 10 significant digits, as in the template. Units are {@code U00001}, {@code U00002}, ... (wider when needed). The
 * output depends only on the template, the size and the seed.
 *
 * <p>Usage: {@code java -cp dti-examples/target/dti-bench.jar org.opendti.examples.bench.GenerateCoinrData
 * --units 10000 --out-dir /tmp/bench [--indicators 98] [--seed 1] [--like-data FILE] [--like-meta FILE]}. It writes
 * {@code data_<units>.csv} (or {@code data_<units>x<indicators>.csv} for fewer indicators) and {@code meta.csv}
 * (or {@code meta_<indicators>.csv}) into the directory and prints both paths.
 */
public final class GenerateCoinrData {
  private static final MathContext TEN_DIGITS = new MathContext(10, RoundingMode.HALF_EVEN);

  private GenerateCoinrData() {}

  /**
   * Runs the generator.
   *
   * @param args the options described in the class comment
   * @throws IOException if a template cannot be read or an output cannot be written
   */
  public static void main(String[] args) throws IOException {
    int units = -1;
    int indicators = Integer.MAX_VALUE;
    long seed = 1;
    Path outDir = null;
    Path likeData = Path.of("dti-io/src/test/resources/reference/ref63_data.csv");
    Path likeMeta = Path.of("dti-io/src/test/resources/reference/ref63_meta.csv");
    for (int i = 0; i < args.length; i++) {
      String value = i + 1 < args.length ? args[i + 1] : null;
      if (value == null) {
        throw new IllegalArgumentException("option " + args[i] + " needs a value");
      }
      switch (args[i]) {
        case "--units" -> units = Integer.parseInt(value);
        case "--indicators" -> indicators = Integer.parseInt(value);
        case "--seed" -> seed = Long.parseLong(value);
        case "--out-dir" -> outDir = Path.of(value);
        case "--like-data" -> likeData = Path.of(value);
        case "--like-meta" -> likeMeta = Path.of(value);
        default -> throw new IllegalArgumentException("unknown option " + args[i]
            + "; expected --units, --out-dir, --indicators, --seed, --like-data, --like-meta");
      }
      i++;
    }
    if (units < 2 || outDir == null) {
      throw new IllegalArgumentException("give --units N (at least 2) and --out-dir DIR");
    }
    if (indicators < 1) {
      throw new IllegalArgumentException("--indicators must be at least 1");
    }
    List<Column> columns = profile(likeData);
    boolean all = indicators >= columns.size();
    if (!all) {
      columns = columns.subList(0, indicators);
    }
    Files.createDirectories(outDir);
    Path data = outDir.resolve(all ? "data_" + units + ".csv" : "data_" + units + "x" + columns.size() + ".csv");
    Path meta = outDir.resolve(all ? "meta.csv" : "meta_" + columns.size() + ".csv");
    writeData(data, columns, units, seed);
    writeMeta(likeMeta, meta, columns);
    System.out.println(data);
    System.out.println(meta);
  }

  /** One template column: its code, whether it holds whole numbers only, and its range. */
  private record Column(String code, boolean whole, double min, double max) {}

  private static List<Column> profile(Path template) throws IOException {
    List<String> lines = Files.readAllLines(template, StandardCharsets.UTF_8);
    String[] header = split(lines.get(0));
    if (!unquote(header[0]).equals("uCode")) {
      throw new IllegalArgumentException(template + ": the first column must be uCode");
    }
    int n = header.length - 1;
    boolean[] whole = new boolean[n];
    double[] min = new double[n];
    double[] max = new double[n];
    java.util.Arrays.fill(whole, true);
    java.util.Arrays.fill(min, Double.POSITIVE_INFINITY);
    java.util.Arrays.fill(max, Double.NEGATIVE_INFINITY);
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      String[] cells = split(line);
      for (int j = 1; j < cells.length && j <= n; j++) {
        String c = unquote(cells[j]);
        if (c.isEmpty() || c.equals("NA")) {
          continue;
        }
        double v = Double.parseDouble(c);
        whole[j - 1] &= v == Math.rint(v);
        min[j - 1] = Math.min(min[j - 1], v);
        max[j - 1] = Math.max(max[j - 1], v);
      }
    }
    List<Column> columns = new ArrayList<>();
    for (int j = 0; j < n; j++) {
      if (!(min[j] < max[j])) {
        throw new IllegalArgumentException(template + ": column " + header[j + 1] + " has no range");
      }
      columns.add(new Column(unquote(header[j + 1]), whole[j], min[j], max[j]));
    }
    return columns;
  }

  private static void writeData(Path file, List<Column> columns, int units, long seed) throws IOException {
    int width = Math.max(5, Integer.toString(units).length());
    SplittableRandom random = new SplittableRandom(seed);
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("uCode");
      for (Column c : columns) {
        w.write(',');
        w.write(c.code());
      }
      w.write('\n');
      StringBuilder row = new StringBuilder();
      for (int u = 1; u <= units; u++) {
        row.setLength(0);
        row.append('U').append(String.format(Locale.ROOT, "%0" + width + "d", u));
        for (Column c : columns) {
          row.append(',');
          if (c.whole()) {
            row.append(random.nextLong((long) c.min(), (long) c.max() + 1));
          } else {
            double v = c.min() + random.nextDouble() * (c.max() - c.min());
            row.append(new BigDecimal(v).round(TEN_DIGITS).stripTrailingZeros().toPlainString());
          }
        }
        row.append('\n');
        w.append(row);
      }
    }
  }

  private static void writeMeta(Path template, Path file, List<Column> columns) throws IOException {
    List<String> lines = Files.readAllLines(template, StandardCharsets.UTF_8);
    String[] header = split(lines.get(0));
    int code = -1;
    int level = -1;
    int parent = -1;
    for (int j = 0; j < header.length; j++) {
      switch (unquote(header[j])) {
        case "iCode" -> code = j;
        case "Level" -> level = j;
        case "Parent" -> parent = j;
        default -> { }
      }
    }
    if (code < 0 || level < 0 || parent < 0) {
      throw new IllegalArgumentException(template + ": expected iCode, Level and Parent columns");
    }
    Set<String> kept = new LinkedHashSet<>();
    columns.forEach(c -> kept.add(c.code()));
    List<String[]> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      if (!line.isBlank()) {
        rows.add(split(line));
      }
    }
    // Keep the chosen indicators, then every aggregate that still has a kept child, level by level upwards.
    int maxLevel = 0;
    for (String[] r : rows) {
      maxLevel = Math.max(maxLevel, Integer.parseInt(unquote(r[level])));
    }
    for (int l = 2; l <= maxLevel; l++) {
      for (String[] r : rows) {
        if (Integer.parseInt(unquote(r[level])) == l - 1 && kept.contains(unquote(r[code]))
            && parent < r.length && !unquote(r[parent]).isEmpty()) {
          kept.add(unquote(r[parent]));
        }
      }
    }
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(lines.get(0));
      w.write('\n');
      for (String[] r : rows) {
        if (kept.contains(unquote(r[code]))) {
          w.write(String.join(",", r));
          w.write('\n');
        }
      }
    }
  }

  private static String[] split(String line) {
    return line.split(",", -1);
  }

  private static String unquote(String cell) {
    String c = cell.strip();
    return c.length() >= 2 && c.startsWith("\"") && c.endsWith("\"") ? c.substring(1, c.length() - 1) : c;
  }
}
