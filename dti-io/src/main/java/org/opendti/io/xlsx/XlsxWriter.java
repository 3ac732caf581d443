package org.opendti.io.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.opendti.Dataset;
import org.opendti.Framework;
import org.opendti.Measure;
import org.opendti.Node;
import org.opendti.NodeKind;
import org.opendti.Numbers;
import org.opendti.Observation;
import org.opendti.RankedUnit;
import org.opendti.Results;
import org.opendti.Unit;
import org.opendti.io.OutputFiles;
import org.opendti.io.csv.FrameworkTableReader;

/**
 * Writes workbooks people open in Excel or LibreOffice: datasets (wide, one sheet per period, or long when there are
 * ratios or categories), results (a ranking sheet with every node, values with the method's decimals and ranks, then
 * one sheet per pillar sorted by its rank), and framework tables in the layout of provincial decisions. Text is
 * always written as text, never as a formula, so a name like {@code =HYPERLINK(...)} stays harmless. Files are written
 * atomically.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class XlsxWriter {
  private XlsxWriter() {}

  private interface Body {
    void write(Workbook wb) throws IOException;
  }

  private static byte[] workbook(Body body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Workbook wb = new Workbook(out, "DTI SDK", "0.1");
      body.write(wb);
      wb.finish();
      return withoutCreationTime(out.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The same workbook without the creation time the XLSX library stamps into {@code docProps/core.xml} (the element
   * is optional), so that the same inputs give the same bytes. Entries keep their order, names and times.
   */
  private static byte[] withoutCreationTime(byte[] xlsx) throws IOException {
    // read through the central directory (the library's local headers defer sizes to data descriptors)
    java.nio.file.Path tmp = java.nio.file.Files.createTempFile("dti-xlsx", ".zip");
    try {
      java.nio.file.Files.write(tmp, xlsx);
      ByteArrayOutputStream out = new ByteArrayOutputStream(xlsx.length);
      try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(tmp.toFile());
          java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(out)) {
        for (java.util.zip.ZipEntry e : java.util.Collections.list(in.entries())) {
          byte[] content;
          try (java.io.InputStream entry = in.getInputStream(e)) {
            content = entry.readAllBytes();
          }
          if (e.getName().equals("docProps/core.xml")) {
            content = new String(content, java.nio.charset.StandardCharsets.UTF_8)
                .replaceAll("<dcterms:(created|modified)[^>]*>[^<]*</dcterms:(created|modified)>", "")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
          }
          java.util.zip.ZipEntry copy = new java.util.zip.ZipEntry(e.getName());
          copy.setTime(e.getTime());
          z.putNextEntry(copy);
          z.write(content);
          z.closeEntry();
        }
      }
      return out.toByteArray();
    } finally {
      java.nio.file.Files.deleteIfExists(tmp);
    }
  }

  private static void header(Worksheet ws, List<String> names) {
    for (int c = 0; c < names.size(); c++) {
      ws.value(0, c, names.get(c));
      ws.style(0, c).bold().fillColor("DDEBF7").set();
      ws.width(c, Math.max(10, Math.min(40, names.get(c).length() + 4)));
    }
    ws.freezePane(1, 1);
  }

  /**
   * A dataset as a workbook: the wide layout, one sheet per period (named after it, "data" for an unnamed period),
   * or, when an observation is a ratio or a category, the long layout on one sheet.
   *
   * @param d the dataset, not null
   * @return the bytes, not null
   */
  public static byte[] dataset(Dataset d) {
    boolean plain = d.observations().stream().allMatch(o -> o.measure().value().isPresent());
    return workbook(wb -> {
      if (!plain) {
        Worksheet ws = wb.newWorksheet("data");
        header(ws, List.of("unit", "indicator", "value", "period", "numerator", "denominator", "category", "source",
            "evidence"));
        int r = 1;
        for (Observation o : d.observations()) {
          Measure m = o.measure();
          int row = r++;
          ws.value(row, 0, o.unit());
          ws.value(row, 1, o.indicator());
          m.value().ifPresent(v -> ws.value(row, 2, v));
          if (!o.period().isEmpty()) {
            ws.value(row, 3, o.period());
          }
          if (m.numerator().isPresent()) {
            ws.value(row, 4, m.numerator().getAsDouble());
            ws.value(row, 5, m.denominator().getAsDouble());
          }
          m.category().ifPresent(c -> ws.value(row, 6, c));
          o.provenance().ifPresent(p -> ws.value(row, 7, p.name().toLowerCase(Locale.ROOT)));
          o.evidence().ifPresent(e -> ws.value(row, 8, e));
        }
        return;
      }
      for (String period : d.periods()) {
        Worksheet ws = wb.newWorksheet(period.isEmpty() ? "data" : period);
        List<String> indicators = d.indicators(period);
        boolean groups = d.units().stream().anyMatch(u -> u.group().isPresent());
        List<String> head = new ArrayList<>(List.of("unit", "uName"));
        if (groups) {
          head.add("group");
        }
        head.addAll(indicators);
        header(ws, head);
        int r = 1;
        for (Unit u : d.units()) {
          if (indicators.stream().noneMatch(i -> d.observation(u.code(), i, period).isPresent())) {
            continue;
          }
          ws.value(r, 0, u.code());
          ws.value(r, 1, u.name());
          int c = 2;
          if (groups) {
            ws.value(r, c++, u.group().orElse(""));
          }
          for (String i : indicators) {
            var o = d.observation(u.code(), i, period);
            if (o.isPresent()) {
              ws.value(r, c, o.get().measure().value().getAsDouble());
            }
            c++;
          }
          r++;
        }
      }
    });
  }

  /**
   * Results as a workbook: sheet "ranking" (unit, name, then value and rank of every node, by the index's rank) and
   * one sheet per pillar (unit, name, value, rank, sorted by the pillar's rank).
   *
   * @param results the results, not null
   * @return the bytes, not null
   */
  public static byte[] results(Results results) {
    int decimals = results.method().decimals();
    String format = decimals == 0 ? "0" : "0." + "0".repeat(decimals);
    String root = results.framework().root().code();
    List<Node> nodes = results.nodes();
    return workbook(wb -> {
      Worksheet ws = wb.newWorksheet("ranking");
      List<String> head = new ArrayList<>(List.of("unit", "name"));
      for (Node n : nodes) {
        head.add(n.code());
        head.add(n.code() + "_rank");
      }
      header(ws, head);
      List<RankedUnit> order = results.nodes().stream().anyMatch(n -> n.code().equals(root))
          ? results.ranking(root) : results.ranking(nodes.get(0).code());
      int r = 1;
      for (RankedUnit row : order) {
        String u = row.unit().code();
        ws.value(r, 0, u);
        ws.value(r, 1, row.unit().name());
        int c = 2;
        for (Node n : nodes) {
          cell(ws, r, c, Numbers.round(results.value(u, n.code()), decimals), format);
          cell(ws, r, c + 1, results.rank(u, n.code()), "0");
          c += 2;
        }
        r++;
      }
      for (Node n : nodes) {
        if (n.kind() != NodeKind.PILLAR) {
          continue;
        }
        Worksheet p = wb.newWorksheet(n.code());
        header(p, List.of("unit", "name", n.code(), n.code() + "_rank"));
        int pr = 1;
        for (RankedUnit row : results.ranking(n.code())) {
          p.value(pr, 0, row.unit().code());
          p.value(pr, 1, row.unit().name());
          cell(p, pr, 2, row.roundedValue(), format);
          cell(p, pr, 3, row.rank(), "0");
          pr++;
        }
      }
    });
  }

  private static void cell(Worksheet ws, int r, int c, double v, String format) {
    if (!Double.isNaN(v)) {
      ws.value(r, c, v);
      ws.style(r, c).format(format).set();
    }
  }

  /**
   * A framework as a workbook with one sheet, "khung", in the table layout of provincial decisions
   * ({@link FrameworkTableReader#HEADERS}).
   *
   * @param framework the framework, not null
   * @return the bytes, not null
   */
  public static byte[] framework(Framework framework) {
    String csv = org.opendti.io.csv.FrameworkTableWriter.toCsv(framework);
    List<String[]> rows = new ArrayList<>();
    try (var p = org.apache.commons.csv.CSVParser.parse(csv, org.apache.commons.csv.CSVFormat.DEFAULT)) {
      p.forEach(rec -> rows.add(rec.values()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return workbook(wb -> {
      Worksheet ws = wb.newWorksheet("khung");
      header(ws, List.of(rows.get(0)));
      for (int r = 1; r < rows.size(); r++) {
        String[] row = rows.get(r);
        for (int c = 0; c < row.length; c++) {
          if (c == 2 && !row[c].isEmpty()) {
            ws.value(r, c, Double.parseDouble(row[c]));
          } else if (!row[c].isEmpty()) {
            ws.value(r, c, row[c]);
          }
        }
      }
      ws.width(1, 60);
      ws.width(3, 60);
    });
  }

  /**
   * Writes bytes from one of the methods above to a file atomically.
   *
   * @param content the workbook bytes, not null
   * @param file the target, not null
   * @throws IOException if the file cannot be written
   */
  public static void write(byte[] content, Path file) throws IOException {
    OutputFiles.write(file, content);
  }
}
