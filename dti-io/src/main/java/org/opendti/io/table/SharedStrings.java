package org.opendti.io.table;

import java.util.Arrays;
import javax.xml.stream.XMLStreamException;
import org.opendti.io.DataFormatException;
import org.opendti.io.SourceLocation;

/**
 * The shared-string table of a workbook ({@code xl/sharedStrings.xml}), read once into memory: each entry's text as a
 * cell shows it (runs of rich text joined, phonetic guides left out, escapes decoded, white space stripped). Its size
 * is bounded by the part's, which the workbook's limits bound.
 */
final class SharedStrings {
  private SharedStrings() {}

  /**
   * Reads the table.
   *
   * @param x the part, on its root element
   * @param at the workbook, for errors
   * @param part the part's name, for errors
   * @return the strings by index, not null
   */
  static String[] read(XmlCursor x, SourceLocation at, String part) throws XMLStreamException {
    // The declared count sizes the array, but never beyond what a small part could hold.
    String count = x.attribute("uniqueCount");
    int capacity = 16;
    if (count != null) {
      try {
        capacity = Math.max(16, Math.min(Integer.parseInt(count.strip()), 1 << 16));
      } catch (NumberFormatException e) {
        // The count is only a hint.
      }
    }
    String[] strings = new String[capacity];
    int n = 0;
    while (x.nextChild(1)) {
      if (!x.is("si")) {
        x.skip();
        continue;
      }
      if (!x.readRichText(2)) {
        throw new DataFormatException(at, part, "shared string " + n + " is longer than Excel's "
            + XlsxLimits.MAX_TEXT + " characters: refused");
      }
      if (n == strings.length) {
        strings = Arrays.copyOf(strings, 2 * n);
      }
      strings[n++] = x.length == 0 ? "" : x.string();
    }
    return n == strings.length ? strings : Arrays.copyOf(strings, n);
  }
}
