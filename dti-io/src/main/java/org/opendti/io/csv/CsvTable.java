package org.opendti.io.csv;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.opendti.DtiException;
import org.opendti.io.SourceLocation;

/** A small CSV file held in memory (framework tables, iMeta): the header and every row with its row number. */
final class CsvTable {
  final SourceLocation source;
  final List<String> header;
  final List<String[]> rows = new ArrayList<>();
  final List<Integer> rowNumbers = new ArrayList<>();
  /** Shape problems (ragged rows, bad headers); readers add their own and throw them all together. */
  final List<DtiException> problems;
  private final CsvStream stream;

  private CsvTable(CsvStream stream) {
    this.stream = stream;
    this.source = stream.source;
    this.header = stream.header;
    this.problems = stream.problems;
  }

  static CsvTable parse(String sourceName, byte[] bytes, CsvOptions options) {
    try (CsvStream s = CsvStream.open(sourceName, new ByteArrayInputStream(bytes), options)) {
      CsvTable t = new CsvTable(s);
      for (CsvStream.Row r = s.next(); r != null; r = s.next()) {
        t.rows.add(r.fields());
        t.rowNumbers.add(r.number());
      }
      return t;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The position of a column by header (ignoring case), or −1. */
  int column(String... names) {
    return stream.column(names);
  }

  SourceLocation at(int row, int column) {
    return source.row(rowNumbers.get(row)).column(header.get(column));
  }
}
