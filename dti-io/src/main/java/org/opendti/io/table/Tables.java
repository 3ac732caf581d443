package org.opendti.io.table;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.Optional;

/**
 * Opens tables: CSV files here, workbooks through the XLSX workbook reader of this package.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Tables {
  private Tables() {}

  /**
   * A CSV file as a table, read once from the stream (pipes and {@code /dev/stdin} work) and decoded strictly: a
   * byte-order mark selects UTF-8 or UTF-16, otherwise {@code charset} is used, and bytes not valid in the encoding
   * are an error naming the row. The header row is read before this method returns.
   *
   * @param source the name used in locations, usually the file name, not null
   * @param in the stream, read once and closed by {@link TableReader#close()}, not null
   * @param charset the encoding when there is no byte-order mark, not null
   * @param delimiter the separator, or empty to take it from the header line (';' if it has semicolons and no commas,
   *     a tab if it has tabs and no commas, else ','), not null
   * @param maxFieldLength the longest field accepted, in characters, ≥ 1
   * @return the table, positioned before the first data row, not null
   * @throws IOException if the stream cannot be read
   * @throws org.opendti.io.DataFormatException if the file is empty, not text, or malformed in its header row
   */
  public static TableReader csv(String source, InputStream in, Charset charset, Optional<Character> delimiter,
      int maxFieldLength) throws IOException {
    if (maxFieldLength < 1) {
      throw new IllegalArgumentException("maxFieldLength must be ≥ 1, was " + maxFieldLength);
    }
    try {
      return CsvTableReader.open(source, in, charset, delimiter.orElse('\0'), maxFieldLength);
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }
}
