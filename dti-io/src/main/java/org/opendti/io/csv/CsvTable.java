package org.opendti.io.csv;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.opendti.DtiException;
import org.opendti.io.DataFormatException;
import org.opendti.io.SourceLocation;
import org.opendti.io.TextDecoder;

/** A decoded CSV file: the header and the rows, with their 1-based row numbers; shape errors are found here. */
final class CsvTable {
  final SourceLocation source;
  final List<String> header;
  final List<String[]> rows = new ArrayList<>();
  final List<Integer> rowNumbers = new ArrayList<>();
  /** Shape problems (ragged rows, bad headers); readers add their own and throw them all together. */
  final List<DtiException> problems = new ArrayList<>();
  private final Map<String, Integer> columns = new HashMap<>();

  private CsvTable(SourceLocation source, List<String> header) {
    this.source = source;
    this.header = header;
    for (int c = 0; c < header.size(); c++) {
      columns.putIfAbsent(header.get(c).toLowerCase(Locale.ROOT), c);
    }
  }

  static CsvTable parse(String sourceName, byte[] bytes, CsvOptions options) {
    SourceLocation source = SourceLocation.of(sourceName);
    if (bytes.length == 0) {
      throw new DataFormatException(source, "", "the file is empty; expected a header row");
    }
    String text = TextDecoder.decode(bytes, options.charset(), source);
    int nul = text.indexOf('\0');
    if (nul >= 0) {
      throw new DataFormatException(source.row(1 + (int) text.substring(0, nul).chars().filter(ch -> ch == '\n')
          .count()), "", "the file contains NUL characters: it is not a text (CSV) file");
    }
    char delimiter = options.delimiter().orElseGet(() -> detect(text));
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
    CsvTable table = null;
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      int row = 0;
      for (CSVRecord rec : parser) {
        row++;
        String[] fields = new String[rec.size()];
        for (int c = 0; c < rec.size(); c++) {
          String f = rec.get(c);
          if (f.length() > options.maxFieldLength()) {
            throw new DataFormatException(source.row(row), f, "field of " + f.length() + " characters is longer"
                + " than the limit " + options.maxFieldLength());
          }
          fields[c] = f.strip();
        }
        if (table == null) {
          List<String> header = new ArrayList<>();
          for (String h : fields) {
            header.add(java.text.Normalizer.normalize(h, java.text.Normalizer.Form.NFC));
          }
          table = new CsvTable(source, ImmutableList.copyOf(header));
          checkHeader(table, table.problems);
          continue;
        }
        if (fields.length == 1 && fields[0].isEmpty()) {
          continue;
        }
        if (fields.length != table.header.size()) {
          table.problems.add(new DataFormatException(source.row(row), String.join(String.valueOf(delimiter), fields),
              "row has " + fields.length + " fields but the header has " + table.header.size()));
          continue;
        }
        table.rows.add(fields);
        table.rowNumbers.add(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (IllegalStateException | UncheckedIOException e) {
      throw new DataFormatException(source, "", "malformed CSV: " + e.getMessage());
    }
    if (table == null) {
      throw new DataFormatException(source, "", "the file has no header row");
    }
    return table;
  }

  private static void checkHeader(CsvTable t, List<DtiException> problems) {
    Map<String, Integer> seen = new HashMap<>();
    for (int c = 0; c < t.header.size(); c++) {
      String h = t.header.get(c);
      if (h.isEmpty()) {
        problems.add(new DataFormatException(t.source.row(1), "", "column " + (c + 1) + " has an empty header"));
      }
      Integer prev = seen.put(h.toLowerCase(Locale.ROOT), c);
      if (prev != null && !h.isEmpty()) {
        problems.add(new DataFormatException(t.source.row(1).column(h), h, "column header appears twice (columns "
            + (prev + 1) + " and " + (c + 1) + ")"));
      }
    }
  }

  private static char detect(String text) {
    int end = text.indexOf('\n');
    String first = end < 0 ? text : text.substring(0, end);
    return first.indexOf(';') >= 0 && first.indexOf(',') < 0 ? ';' : first.indexOf('\t') >= 0
        && first.indexOf(',') < 0 ? '\t' : ',';
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

  SourceLocation at(int row, int column) {
    return source.row(rowNumbers.get(row)).column(header.get(column));
  }
}
