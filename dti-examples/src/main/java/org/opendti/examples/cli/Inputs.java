package org.opendti.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.opendti.Dataset;
import org.opendti.Framework;
import org.opendti.Frameworks;
import org.opendti.Provinces;
import org.opendti.Results;
import org.opendti.io.DataFormatException;
import org.opendti.io.NumberStyle;
import org.opendti.io.SourceLocation;
import org.opendti.io.TextDecoder;
import org.opendti.io.csv.CoinrMetaReader;
import org.opendti.io.csv.CsvDatasetReader;
import org.opendti.io.csv.CsvDatasetWriter;
import org.opendti.io.csv.CsvOptions;
import org.opendti.io.csv.ExampleFrameworks;
import org.opendti.io.csv.FrameworkTableReader;
import org.opendti.io.csv.FrameworkTableWriter;
import org.opendti.io.csv.ResultsCsvWriter;
import org.opendti.io.csv.WideCsvDatasetReader;
import org.opendti.io.json.DatasetJson;
import org.opendti.io.json.Format;
import org.opendti.io.json.FrameworkJson;
import org.opendti.io.json.ResultsJson;
import org.opendti.io.xlsx.XlsxDatasetReader;
import org.opendti.io.xlsx.XlsxReaders;
import org.opendti.io.xlsx.XlsxWriter;
import org.opendti.method.Method;

/** Finds the right reader or writer for a file from its extension and its content. */
final class Inputs {
  static final String SAMPLE = "samples/pdti-2022-sample-63.csv";

  private Inputs() {}

  static String extension(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    int dot = n.lastIndexOf('.');
    return dot < 0 ? "" : n.substring(dot + 1);
  }

  static CsvOptions options(NumberStyle style, Charset charset) {
    return CsvOptions.builder().numberStyle(style).charset(charset).build();
  }

  static CsvOptions options(NumberStyle style, Charset charset, String units) {
    CsvOptions.Builder b = CsvOptions.builder().numberStyle(style).charset(charset);
    if (units != null) {
      b.units(switch (units.strip().toLowerCase(Locale.ROOT)) {
        case "before-2025", "provinces-63" -> Provinces.before2025();
        case "after-2025", "provinces-34" -> Provinces.after2025();
        default -> throw new IllegalArgumentException("unknown --units '" + units + "'; expected before-2025 (the"
            + " 63 provinces) or after-2025 (the 34)");
      });
    }
    return b.build();
  }

  static List<Framework> builtIns() {
    return java.util.stream.Stream.concat(Frameworks.all().stream(),
        java.util.stream.Stream.of(ExampleFrameworks.subProvincial())).toList();
  }

  /** A framework and, for JSON and YAML definitions, the method the file names. */
  record Loaded(Framework framework, Optional<Method> method) {}

  static Framework framework(String idOrFile, CsvOptions options) throws IOException {
    return loadFramework(idOrFile, options).framework();
  }

  static boolean isFrameworkFile(Path p) throws IOException {
    String ext = extension(p);
    byte[] head = head(p);
    String text = new String(head, StandardCharsets.UTF_8);
    return switch (ext) {
      case "json", "yaml", "yml" -> text.contains("\"nodes\"") || text.contains("nodes:");
      case "xlsx" -> false;
      default -> {
        List<String> header = header(p.getFileName().toString(), head, CsvOptions.defaults());
        yield CoinrMetaReader.isMeta(header) || FrameworkTableReader.isTable(header);
      }
    };
  }

  static Loaded loadFramework(String idOrFile, CsvOptions options) throws IOException {
    var builtIn = builtIns().stream().filter(f -> f.id().equalsIgnoreCase(idOrFile.strip())).findFirst();
    if (builtIn.isPresent()) {
      return new Loaded(builtIn.get(), Optional.empty());
    }
    Path p = Path.of(idOrFile);
    if (!Files.exists(p)) {
      throw new NoSuchFileException(idOrFile, null, "not a built-in framework id "
          + builtIns().stream().map(Framework::id).toList() + " and not a file");
    }
    String name = p.getFileName().toString();
    String id = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
    switch (extension(p)) {
      case "json", "yaml", "yml" -> {
        FrameworkJson.Definition d = FrameworkJson.of(Format.of(name)).read(p);
        return new Loaded(d.framework(), d.method());
      }
      case "xlsx" -> {
        return new Loaded(XlsxReaders.framework(name, id, id, Files.readAllBytes(p), Optional.empty()),
            Optional.empty());
      }
      default -> { }
    }
    byte[] bytes = Files.readAllBytes(p);
    List<String> header = header(name, bytes, options);
    if (CoinrMetaReader.isMeta(header)) {
      return new Loaded(CoinrMetaReader.of(options).read(p), Optional.empty());
    }
    if (FrameworkTableReader.isTable(header)) {
      return new Loaded(FrameworkTableReader.of(options).read(p), Optional.empty());
    }
    throw new DataFormatException(SourceLocation.of(name).row(1), String.join(",", header),
        "not a framework file: expected COINr's iMeta columns (iCode, Level, Parent, Weight, Direction), a"
            + " framework table (STT, Chỉ số / chỉ số thành phần, Điểm tối đa, ...) or a .json/.yaml definition");
  }

  static Dataset dataset(Path file, CsvOptions options, Optional<String> sheet, boolean sheetPerPeriod)
      throws IOException {
    String name = file.getFileName().toString();
    switch (kind(file)) {
      case "json" -> {
        return DatasetJson.of(Format.JSON).read(file);
      }
      case "yaml", "yml" -> {
        return DatasetJson.of(Format.YAML).read(file);
      }
      case "xlsx" -> {
        byte[] bytes = Files.readAllBytes(file);
        XlsxDatasetReader r = XlsxDatasetReader.of(options);
        return sheetPerPeriod ? r.readSheetPerPeriod(name, bytes) : r.read(name, bytes, sheet);
      }
      case "csv", "txt", "tsv" -> { }
      default -> throw new DataFormatException(SourceLocation.of(name), "", "unsupported file type; expected .csv,"
          + " .txt, .tsv, .json, .yaml or .xlsx");
    }
    List<String> header = header(name, head(file), options);
    try (InputStream in = ProgressBar.reading(Files.newInputStream(file), name, Files.size(file))) {
      return WideCsvDatasetReader.isWide(header) ? WideCsvDatasetReader.of(options).read(name, in)
          : CsvDatasetReader.of(options).read(name, in);
    }
  }

  /**
   * The file's kind: its extension, unless its first bytes say otherwise (a workbook saved as {@code .csv} is read as
   * XLSX, a JSON document as JSON). A text file named {@code .xlsx} stays XLSX, so it fails with the XLSX reader's
   * "not a workbook" error instead of being guessed at.
   */
  static String kind(Path file) throws IOException {
    String ext = extension(file);
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(8);
    }
    if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
      return "xlsx";
    }
    int i = head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF
        ? 3 : 0;
    while (i < head.length && Character.isWhitespace(head[i])) {
      i++;
    }
    if (!ext.equals("xlsx") && i < head.length && (head[i] == '{' || head[i] == '[')) {
      return "json";
    }
    return ext;
  }

  /** One file per period, combined with {@link Dataset#ofPeriods}. */
  static Dataset perPeriod(java.util.Map<String, Path> files, CsvOptions options, Optional<String> sheet)
      throws IOException {
    java.util.Map<String, Dataset> byPeriod = new java.util.LinkedHashMap<>();
    for (var e : files.entrySet()) {
      if (e.getKey().isBlank()) {
        throw new IllegalArgumentException("--period-data " + e.getValue() + ": expected PERIOD=FILE, e.g."
            + " 2024=dti-2024.csv");
      }
      byPeriod.put(e.getKey(), dataset(e.getValue(), options, sheet, false));
    }
    return Dataset.ofPeriods(byPeriod);
  }

  static Dataset dataset(Path file, CsvOptions options) throws IOException {
    return dataset(file, options, Optional.empty(), false);
  }

  static Dataset sample() throws IOException {
    try (InputStream in = Inputs.class.getClassLoader().getResourceAsStream(SAMPLE)) {
      if (in == null) {
        throw new IOException("the bundled sample " + SAMPLE + " is missing from the jar");
      }
      return CsvDatasetReader.of(CsvOptions.defaults()).read(SAMPLE, in.readAllBytes());
    }
  }

  /** Writes results in the format of the file's extension (.csv by default). */
  static void writeResults(Results r, Path out, int decimals, boolean valueClasses) throws IOException {
    switch (extension(out)) {
      case "json", "yaml", "yml" -> ResultsJson.of(Format.of(out.getFileName().toString())).write(r, out);
      case "xlsx" -> XlsxWriter.write(XlsxWriter.results(r), out);
      default -> {
        ResultsCsvWriter w = ResultsCsvWriter.of(decimals, true);
        (valueClasses ? w.withValueClasses2020() : w).write(r, out);
      }
    }
  }

  static void writeDataset(Dataset d, Path out) throws IOException {
    switch (extension(out)) {
      case "json", "yaml", "yml" -> DatasetJson.of(Format.of(out.getFileName().toString())).write(d, out);
      case "xlsx" -> XlsxWriter.write(XlsxWriter.dataset(d), out);
      case "csv" -> {
        boolean plain = d.observations().stream().allMatch(o -> o.measure().value().isPresent());
        if (plain && out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".wide.csv")) {
          CsvDatasetWriter.of(false).writeWide(d, out);
        } else {
          CsvDatasetWriter.of(false).writeLong(d, out);
        }
      }
      default -> throw new IllegalArgumentException("cannot write a dataset to '" + out + "'; use .csv, .wide.csv,"
          + " .json, .yaml or .xlsx");
    }
  }

  static void writeFramework(Loaded f, Path out) throws IOException {
    switch (extension(out)) {
      case "json", "yaml", "yml" -> FrameworkJson.of(Format.of(out.getFileName().toString()))
          .write(f.framework(), f.method(), out);
      case "xlsx" -> XlsxWriter.write(XlsxWriter.framework(f.framework()), out);
      case "csv" -> FrameworkTableWriter.write(f.framework(), out);
      default -> throw new IllegalArgumentException("cannot write a framework to '" + out + "'; use .json, .yaml,"
          + " .csv or .xlsx");
    }
  }

  /** Refuses an output path that is one of the inputs (or the framework file). */
  static void refuseInput(Path out, List<Path> inputs, String framework) throws IOException {
    if (!Files.exists(out)) {
      return;
    }
    List<Path> all = new java.util.ArrayList<>(inputs);
    all.add(Path.of(framework));
    for (Path in : all) {
      if (Files.exists(in) && Files.isSameFile(out, in)) {
        throw new IllegalArgumentException(out + " is an input file; refusing to overwrite it");
      }
    }
  }

  /** A CSV cell: quoted when needed; text a spreadsheet would run as a formula gets a leading apostrophe. */
  static String csvCell(String s) {
    String t = !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
    return t.contains(",") || t.contains("\"") || t.contains("\n") ? '"' + t.replace("\"", "\"\"") + '"' : t;
  }

  static byte[] head(Path p) throws IOException {
    try (InputStream in = Files.newInputStream(p)) {
      return in.readNBytes(1 << 16);
    }
  }

  private static List<String> header(String name, byte[] bytes, CsvOptions options) {
    if (bytes.length == 0) {
      throw new DataFormatException(SourceLocation.of(name), "", "the file is empty; expected a header row");
    }
    int end = 0;
    while (end < bytes.length && bytes[end] != '\n' && end < 65536) {
      end++;
    }
    byte[] first = Arrays.copyOf(bytes, end);
    String line = TextDecoder.decode(first, options.charset(), SourceLocation.of(name)).strip();
    char delimiter = line.indexOf(';') >= 0 && line.indexOf(',') < 0 ? ';' : line.indexOf('\t') >= 0
        && line.indexOf(',') < 0 ? '\t' : ',';
    return Arrays.stream(line.split(java.util.regex.Pattern.quote(String.valueOf(delimiter)), -1))
        .map(s -> s.strip().replace("\"", "")).toList();
  }
}
