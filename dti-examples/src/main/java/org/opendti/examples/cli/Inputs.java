package org.opendti.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.opendti.Dataset;
import org.opendti.Framework;
import org.opendti.Frameworks;
import org.opendti.io.DataFormatException;
import org.opendti.io.NumberStyle;
import org.opendti.io.SourceLocation;
import org.opendti.io.TextDecoder;
import org.opendti.io.csv.CoinrMetaReader;
import org.opendti.io.csv.CsvDatasetReader;
import org.opendti.io.csv.CsvOptions;
import org.opendti.io.csv.WideCsvDatasetReader;

/** Finds the right reader for a file from its extension and its header. */
final class Inputs {
  static final String SAMPLE = "samples/pdti-2022-sample-63.csv";

  private Inputs() {}

  static CsvOptions options(NumberStyle style, Charset charset) {
    return CsvOptions.builder().numberStyle(style).charset(charset).build();
  }

  static CsvOptions options(NumberStyle style, Charset charset, String units) {
    CsvOptions.Builder b = CsvOptions.builder().numberStyle(style).charset(charset);
    if (units != null) {
      b.units(switch (units.strip().toLowerCase(java.util.Locale.ROOT)) {
        case "before-2025", "provinces-63" -> org.opendti.Provinces.before2025();
        case "after-2025", "provinces-34" -> org.opendti.Provinces.after2025();
        default -> throw new IllegalArgumentException("unknown --units '" + units + "'; expected before-2025 (the"
            + " 63 provinces) or after-2025 (the 34)");
      });
    }
    return b.build();
  }

  static List<Framework> builtIns() {
    return java.util.stream.Stream.concat(Frameworks.all().stream(),
        java.util.stream.Stream.of(org.opendti.io.csv.ExampleFrameworks.subProvincial())).toList();
  }

  static Framework framework(String idOrFile, CsvOptions options) throws IOException {
    var builtIn = builtIns().stream().filter(f -> f.id().equalsIgnoreCase(idOrFile.strip())).findFirst();
    if (builtIn.isPresent()) {
      return builtIn.get();
    }
    Path p = Path.of(idOrFile);
    if (!Files.exists(p)) {
      throw new NoSuchFileException(idOrFile, null, "not a built-in framework id "
          + builtIns().stream().map(Framework::id).toList() + " and not a file");
    }
    byte[] bytes = Files.readAllBytes(p);
    List<String> header = header(p.getFileName().toString(), bytes, options);
    if (CoinrMetaReader.isMeta(header)) {
      return CoinrMetaReader.of(options).read(p);
    }
    if (org.opendti.io.csv.FrameworkTableReader.isTable(header)) {
      return org.opendti.io.csv.FrameworkTableReader.of(options).read(p);
    }
    throw new DataFormatException(SourceLocation.of(p.getFileName().toString()).row(1), String.join(",", header),
        "not a framework file: expected COINr's iMeta columns (iCode, Level, Parent, Weight, Direction) or a"
            + " framework table (STT, Chỉ số / chỉ số thành phần, Điểm tối đa, ...)");
  }

  static Dataset dataset(Path file, CsvOptions options) throws IOException {
    String name = file.getFileName().toString();
    checkType(name);
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(1 << 16);
    }
    List<String> header = header(name, head, options);
    try (InputStream in = Files.newInputStream(file)) {
      return WideCsvDatasetReader.isWide(header) ? WideCsvDatasetReader.of(options).read(name, in)
          : CsvDatasetReader.of(options).read(name, in);
    }
  }

  private static void checkType(String name) {
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    if (!(lower.endsWith(".csv") || lower.endsWith(".txt") || lower.endsWith(".tsv"))) {
      throw new DataFormatException(SourceLocation.of(name), "", "unsupported file type; expected a .csv file");
    }
  }

  static Dataset dataset(String name, byte[] bytes, CsvOptions options) {
    checkType(name);
    List<String> header = header(name, bytes, options);
    if (WideCsvDatasetReader.isWide(header)) {
      return WideCsvDatasetReader.of(options).read(name, bytes);
    }
    return CsvDatasetReader.of(options).read(name, bytes);
  }

  static Dataset sample() throws IOException {
    try (InputStream in = Inputs.class.getClassLoader().getResourceAsStream(SAMPLE)) {
      if (in == null) {
        throw new IOException("the bundled sample " + SAMPLE + " is missing from the jar");
      }
      return CsvDatasetReader.of(CsvOptions.defaults()).read(SAMPLE, in.readAllBytes());
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
    byte[] head = Arrays.copyOf(bytes, end);
    String line = TextDecoder.decode(head, options.charset(),
        SourceLocation.of(name)).strip();
    char delimiter = line.indexOf(';') >= 0 && line.indexOf(',') < 0 ? ';' : line.indexOf('\t') >= 0
        && line.indexOf(',') < 0 ? '\t' : ',';
    return Arrays.stream(line.split(java.util.regex.Pattern.quote(String.valueOf(delimiter)), -1))
        .map(s -> s.strip().replace("\"", "")).toList();
  }
}
