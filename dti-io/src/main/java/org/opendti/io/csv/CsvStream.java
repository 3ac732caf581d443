package org.opendti.io.csv;

import com.google.common.collect.ImmutableList;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.opendti.DtiException;
import org.opendti.io.DataFormatException;
import org.opendti.io.SourceLocation;

/**
 * Reads a CSV file row by row without holding it in memory: the byte-order mark chooses UTF-8 or UTF-16, bytes are
 * decoded strictly (invalid bytes are an error naming the row), the separator comes from the header line, and shape
 * problems (ragged rows, empty or repeated headers, over-long fields) are collected in {@link #problems}.
 */
final class CsvStream implements AutoCloseable {
  /** One data row: its 1-based row number (the header is row 1) and its trimmed fields. */
  record Row(int number, String[] fields) {}

  final SourceLocation source;
  final List<String> header;
  final List<DtiException> problems = new ArrayList<>();
  private final Map<String, Integer> columns = new HashMap<>();
  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private final CsvOptions options;
  private final char delimiter;
  private int row;

  private CsvStream(SourceLocation source, BufferedReader reader, CsvOptions options) throws IOException {
    this.source = source;
    this.options = options;
    reader.mark(1 << 16);
    StringBuilder first = new StringBuilder();
    int c;
    while ((c = read(reader)) >= 0 && c != '\n' && first.length() < (1 << 15)) {
      first.append((char) c);
    }
    reader.reset();
    if (first.length() == 0 && c < 0) {
      throw new DataFormatException(source, "", "the file is empty; expected a header row");
    }
    if (first.indexOf("\0") >= 0) {
      throw new DataFormatException(source.row(1), "", "the file contains NUL characters: it is not a text (CSV)"
          + " file");
    }
    String line = first.toString();
    this.delimiter = options.delimiter().orElseGet(() -> line.indexOf(';') >= 0 && line.indexOf(',') < 0 ? ';'
        : line.indexOf('\t') >= 0 && line.indexOf(',') < 0 ? '\t' : ',');
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
    this.parser = CSVParser.parse(reader, format);
    this.records = parser.iterator();
    String[] head = nextFields();
    if (head == null) {
      throw new DataFormatException(source, "", "the file has no header row");
    }
    row = 1;
    List<String> h = new ArrayList<>();
    for (int i = 0; i < head.length; i++) {
      String name = Normalizer.normalize(head[i], Normalizer.Form.NFC);
      h.add(name);
      if (name.isEmpty()) {
        problems.add(new DataFormatException(source.row(1), "", "column " + (i + 1) + " has an empty header"));
        continue;
      }
      Integer prev = columns.putIfAbsent(name.toLowerCase(Locale.ROOT), i);
      if (prev != null) {
        problems.add(new DataFormatException(source.row(1).column(name), name, "column header appears twice"
            + " (columns " + (prev + 1) + " and " + (i + 1) + ")"));
      }
    }
    this.header = ImmutableList.copyOf(h);
  }

  private int read(BufferedReader reader) throws IOException {
    try {
      return reader.read();
    } catch (CharacterCodingException e) {
      throw new DataFormatException(source.row(1), "", "bytes not valid in the file's encoding ("
          + options.charset().name() + " unless a byte-order mark says otherwise); declare the encoding, e.g."
          + " windows-1258, or save the file as UTF-8");
    }
  }

  static CsvStream open(String sourceName, InputStream in, CsvOptions options) throws IOException {
    SourceLocation source = SourceLocation.of(sourceName);
    PushbackInputStream p = new PushbackInputStream(in, 3);
    byte[] bom = new byte[3];
    int n = p.readNBytes(bom, 0, 3);
    Charset cs = options.charset();
    int skip = 0;
    if (n >= 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF) {
      cs = StandardCharsets.UTF_8;
      skip = 3;
    } else if (n >= 2 && (bom[0] & 0xFF) == 0xFF && (bom[1] & 0xFF) == 0xFE) {
      cs = StandardCharsets.UTF_16LE;
      skip = 2;
    } else if (n >= 2 && (bom[0] & 0xFF) == 0xFE && (bom[1] & 0xFF) == 0xFF) {
      cs = StandardCharsets.UTF_16BE;
      skip = 2;
    }
    if (n > skip) {
      p.unread(bom, skip, n - skip);
    }
    Reader r = new StrictReader(p, cs);
    CsvOptions.Builder b = CsvOptions.builder().numberStyle(options.numberStyle()).charset(cs)
        .maxFieldLength(options.maxFieldLength());
    options.delimiter().ifPresent(b::delimiter);
    options.units().ifPresent(b::units);
    return new CsvStream(source, new BufferedReader(r, 1 << 16), b.build());
  }

  private String[] nextFields() {
    try {
      if (!records.hasNext()) {
        return null;
      }
      CSVRecord rec = records.next();
      String[] fields = new String[rec.size()];
      for (int c = 0; c < rec.size(); c++) {
        String f = rec.get(c);
        if (f.length() > options.maxFieldLength()) {
          throw new DataFormatException(source.row(row + 1), f, "field of " + f.length() + " characters is longer than"
              + " the limit " + options.maxFieldLength());
        }
        fields[c] = f.strip();
      }
      return fields;
    } catch (UncheckedIOException | IllegalStateException e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      if (cause instanceof CharacterCodingException || cause.getCause() instanceof CharacterCodingException
          || String.valueOf(cause.getMessage()).contains("Input length")) {
        throw new DataFormatException(source.row(row + 1), "", "bytes not valid in"
            + " the file's encoding (" + options.charset().name() + "); declare the encoding, e.g. windows-1258, or"
            + " save the file as UTF-8");
      }
      throw new DataFormatException(source.row(row + 1), "", "malformed CSV: "
          + cause.getMessage());
    }
  }

  /**
   * The next data row, skipping blank lines; ragged rows are recorded in {@link #problems} and skipped.
   *
   * @return the row, or null at the end
   */
  Row next() {
    while (true) {
      String[] fields = nextFields();
      if (fields == null) {
        return null;
      }
      row++;
      if (fields.length == 1 && fields[0].isEmpty()) {
        continue;
      }
      if (fields.length != header.size()) {
        problems.add(new DataFormatException(source.row(row), String.join(String.valueOf(delimiter), fields),
            "row has " + fields.length + " fields but the header has " + header.size()));
        continue;
      }
      return new Row(row, fields);
    }
  }

  /** The position of a column by header (ignoring case), or −1. */
  int column(String... names) {
    for (String n : names) {
      Integer c = columns.get(n.toLowerCase(Locale.ROOT));
      if (c != null) {
        return c;
      }
    }
    return -1;
  }

  /**
   * Resolves a unit name through the options' registry, adding the unit to the builder on first sight.
   *
   * @return the unit code to store observations under
   * @throws DataFormatException if the registry does not know the name
   */
  String unit(org.opendti.Dataset.Builder b, Map<String, String> seen, Row r, int column) {
    String name = r.fields()[column];
    if (options.units().isEmpty()) {
      return name;
    }
    String known = seen.get(name);
    if (known != null) {
      return known;
    }
    org.opendti.Unit u;
    try {
      u = options.units().get().resolve(name);
    } catch (org.opendti.UnknownUnitException e) {
      throw new DataFormatException(at(r, column), name, e.getMessage());
    }
    if (!seen.containsValue(u.name())) {
      org.opendti.Unit.Builder named = org.opendti.Unit.builder().code(u.name()).name(u.name()).addAlias(u.code())
          .kind(u.kind());
      u.group().ifPresent(named::group);
      u.validFrom().ifPresent(named::validFrom);
      u.validUntil().ifPresent(named::validUntil);
      b.addUnit(named.build());
    }
    seen.put(name, u.name());
    return u.name();
  }

  SourceLocation at(Row r, int column) {
    return source.row(r.number()).column(header.get(column));
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}
