package org.opendti.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.opendti.Dataset;
import org.opendti.Framework;
import org.opendti.Language;
import org.opendti.engine.Results;
import org.opendti.io.NumberStyle;
import org.opendti.io.csv.CsvDatasetReader;
import org.opendti.io.csv.CsvOptions;
import org.opendti.io.csv.ResultsCsvWriter;
import org.opendti.io.files.DataFile;
import org.opendti.io.files.DtiFiles;
import org.opendti.io.files.SheetChoice;
import org.opendti.io.json.FrameworkJson;
import org.opendti.method.Method;

/** The CLI's side of file handling: options from flags, progress bars; reading and writing is {@link DtiFiles}'s. */
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

  /** A framework and, for JSON and YAML definitions, the method the file names. */
  record Loaded(Framework framework, Optional<Method> method) {}

  static Framework framework(String idOrFile, CsvOptions options) throws IOException {
    return loadFramework(idOrFile, options).framework();
  }

  static boolean isFrameworkFile(Path p) throws IOException {
    return DtiFiles.isFramework(p);
  }

  static Loaded loadFramework(String idOrFile, CsvOptions options) throws IOException {
    FrameworkJson.Definition d = DtiFiles.readFramework(idOrFile, options);
    return new Loaded(d.framework(), d.method());
  }

  static Dataset dataset(Path file, CsvOptions options, Optional<String> sheet, boolean sheetPerPeriod)
      throws IOException {
    return dataset(file, options, sheet, sheetPerPeriod, Optional.empty());
  }

  /** Reads a dataset; with a checksum, every byte the file delivers goes through it as it is read (once). */
  static Dataset dataset(Path file, CsvOptions options, Optional<String> sheet, boolean sheetPerPeriod,
      Optional<Checksum> checksum) throws IOException {
    return ((DataFile.Plain) read(file, options, sheet, sheetPerPeriod, checksum, false)).dataset();
  }

  /**
   * Reads a data file that may be an assessment round ({@link DtiFiles#readDataFile}); with a checksum, as
   * {@link #dataset(Path, CsvOptions, Optional, boolean, Optional)}.
   */
  static DataFile dataFile(Path file, CsvOptions options, Optional<String> sheet, boolean sheetPerPeriod,
      Optional<Checksum> checksum) throws IOException {
    return read(file, options, sheet, sheetPerPeriod, checksum, true);
  }

  private static DataFile read(Path file, CsvOptions options, Optional<String> sheet, boolean sheetPerPeriod,
      Optional<Checksum> checksum, boolean rounds) throws IOException {
    SheetChoice sheets = sheetPerPeriod ? SheetChoice.perPeriod() : sheet.map(SheetChoice::named)
        .orElse(SheetChoice.first());
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    long size = Files.isRegularFile(file) ? Files.size(file) : -1;
    InputStream opened = org.opendti.io.InputFiles.open(file);
    InputStream in = checksum.isPresent() ? checksum.get().wrap(opened) : opened;
    InputStream shown = size > 0 ? ProgressBar.reading(in, name, size) : in;
    return rounds ? DtiFiles.readDataFile(name, shown, options, sheets)
        : new DataFile.Plain(DtiFiles.readDataset(name, shown, options, sheets));
  }

  /**
   * The SHA-256 of an input, computed while the input is read, so a pipe or {@code /dev/stdin} is still read once.
   * Closing the wrapped stream reads what the reader left, so the checksum is always of the whole file.
   */
  static final class Checksum {
    private final java.security.MessageDigest digest;

    Checksum() {
      try {
        digest = java.security.MessageDigest.getInstance("SHA-256");
      } catch (java.security.NoSuchAlgorithmException e) {
        throw new IllegalStateException("the JDK has no SHA-256", e);
      }
    }

    InputStream wrap(InputStream in) {
      return new java.security.DigestInputStream(in, digest) {
        @Override
        public void close() throws IOException {
          try {
            transferTo(java.io.OutputStream.nullOutputStream());
          } finally {
            super.close();
          }
        }
      };
    }

    /** The SHA-256 of bytes already in memory, as 64 lower-case hexadecimal digits. */
    static String of(byte[] bytes) {
      Checksum c = new Checksum();
      c.digest.update(bytes);
      return c.hex();
    }

    /** The checksum as 64 lower-case hexadecimal digits; call once, after the file was read. */
    String hex() {
      return java.util.HexFormat.of().formatHex(digest.digest());
    }
  }

  /** One file per period, combined with {@link Dataset#ofPeriods}. */
  static Dataset perPeriod(java.util.Map<String, Path> files, CsvOptions options, Optional<String> sheet)
      throws IOException {
    for (var e : files.entrySet()) {
      if (e.getKey().isBlank()) {
        throw new IllegalArgumentException("--period-data " + e.getValue() + ": expected PERIOD=FILE, e.g."
            + " 2024=dti-2024.csv");
      }
    }
    return DtiFiles.readDatasets(files, options, sheet.map(SheetChoice::named).orElse(SheetChoice.first()));
  }

  static Dataset dataset(Path file, CsvOptions options) throws IOException {
    return dataset(file, options, Optional.empty(), false);
  }

  /** The bundled sample's bytes. */
  static byte[] sampleBytes() throws IOException {
    try (InputStream in = Inputs.class.getClassLoader().getResourceAsStream(SAMPLE)) {
      if (in == null) {
        throw new IOException("the bundled sample " + SAMPLE + " is missing from the jar");
      }
      return in.readAllBytes();
    }
  }

  /** The bundled sample, read from {@link #sampleBytes()}. */
  static Dataset sample(byte[] bytes) {
    return CsvDatasetReader.of(CsvOptions.defaults()).read(SAMPLE, bytes);
  }


  /** Writes results in the format of the file's extension (.csv by default), never over an input. */
  static void writeResults(Results r, Path out, ResultsCsvWriter csv, Language language,
      List<Path> inputs) throws IOException {
    DtiFiles.writeResults(r, out, csv, language, inputs);
  }

  static void writeDataset(Dataset d, Path out, List<Path> inputs) throws IOException {
    DtiFiles.writeDataset(d, out, inputs);
  }

  static void writeFramework(Loaded f, Path out, List<Path> inputs) throws IOException {
    DtiFiles.writeFramework(new FrameworkJson.Definition(f.framework(), f.method()), out, inputs);
  }
}
