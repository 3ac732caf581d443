package org.opendti.io.table;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.opendti.io.DataFormatException;
import org.opendti.io.FormulaGuard;
import org.opendti.io.NumberStyle;
import org.opendti.io.SourceLocation;

/**
 * A CSV file as a table, read once from a stream and decoded strictly: the byte-order mark chooses UTF-8 or UTF-16,
 * bytes not valid in the encoding are an error at the row they are on, the separator comes from the header line
 * unless fixed. Fields are positions in one character buffer (no object per cell); quoted fields follow RFC 4180, and
 * a line ends at LF, CRLF or a lone CR outside quotes. Every field and row is bounded, so a hostile file fails fast in
 * bounded memory.
 */
final class CsvTableReader extends TableReader {
  /** The longest row, in characters, whatever the field limit: 16 M characters (32 MB). */
  static final int MAX_ROW_CHARS = 1 << 24;
  /** The most fields in a row. */
  static final int MAX_FIELDS = 100_000;

  private final SourceLocation source;
  private final InputStream in;
  private final CharsetDecoder decoder;
  private final String charsetName;
  private final int maxField;
  private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
  private char[] buf = new char[1 << 16];
  /** Characters in buf: [0, limit). */
  private int limit;
  private int pos;
  private boolean eof;
  private boolean decodeError;
  private char delimiter;
  private int headerWidth = -1;

  /** Fields of the current row: start and end in buf (after stripping); quoted fields with doubled quotes. */
  private int[] starts = new int[64];
  private int[] ends = new int[64];
  private boolean[] escaped = new boolean[64];
  private int width;
  private int row;
  /** Physical line number of the next line to read (1-based). */
  private int line = 1;

  private CsvTableReader(SourceLocation source, InputStream in, Charset charset, int maxField) {
    this.source = source;
    this.in = in;
    this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    this.charsetName = charset.name();
    this.maxField = maxField;
    bytes.flip();
  }

  static CsvTableReader open(String sourceName, InputStream in, Charset declared, char delimiter, int maxField)
      throws IOException {
    SourceLocation source = SourceLocation.of(sourceName);
    byte[] head = in.readNBytes(3);
    Charset cs = declared;
    int skip = 0;
    if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
      cs = StandardCharsets.UTF_8;
      skip = 3;
    } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
      cs = StandardCharsets.UTF_16LE;
      skip = 2;
    } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
      cs = StandardCharsets.UTF_16BE;
      skip = 2;
    }
    CsvTableReader r = new CsvTableReader(source, in, cs, maxField);
    r.bytes.clear();
    r.bytes.put(head, skip, head.length - skip);
    r.bytes.flip();
    r.start(delimiter);
    return r;
  }

  private void start(char fixed) throws IOException {
    // the header line decides the separator
    int end = 0;
    while (true) {
      while (end < limit && buf[end] != '\n' && buf[end] != '\r') {
        end++;
      }
      if (end < limit || end >= (1 << 15) || !fill()) {
        break;
      }
    }
    if (decodeError && end >= limit) {
      throw invalidBytes();
    }
    if (limit == 0) {
      if (decodeError) {
        throw invalidBytes();
      }
      throw new DataFormatException(source, "", "the file is empty; expected a header row");
    }
    int n = Math.min(end, limit);
    boolean comma = false;
    boolean semicolon = false;
    boolean tab = false;
    for (int i = 0; i < n; i++) {
      char c = buf[i];
      if (c == '\0') {
        throw new DataFormatException(source.row(1), "", "the file contains NUL characters: it is not a text (CSV)"
            + " file");
      }
      comma |= c == ',';
      semicolon |= c == ';';
      tab |= c == '\t';
    }
    delimiter = fixed != 0 ? fixed : semicolon && !comma ? ';' : tab && !comma ? '\t' : ',';
    if (!next()) {
      throw new DataFormatException(source, "", "the file has no header row");
    }
    headerWidth = width;
    for (int c = 0; c < width; c++) {
      if (starts[c] == ends[c]) {
        problem(new DataFormatException(source.row(row), "", "column " + (c + 1) + " has an empty header"));
      }
    }
    takeHeader();
  }

  /** Decodes more characters into buf after limit; false when nothing more will come. */
  private boolean fill() throws IOException {
    if (eof && !bytes.hasRemaining() || decodeError) {
      return false;
    }
    if (limit == buf.length) {
      compactOrGrow();
    }
    int before = limit;
    while (limit == before) {
      if (!eof) {
        bytes.compact();
        int r = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (r < 0) {
          eof = true;
        } else {
          bytes.position(bytes.position() + r);
        }
        bytes.flip();
      }
      CharBuffer out = CharBuffer.wrap(buf, limit, buf.length - limit);
      CoderResult res = decoder.decode(bytes, out, eof);
      limit = out.position();
      if (res.isError()) {
        decodeError = true;
        return limit > before;
      }
      if (eof && !bytes.hasRemaining()) {
        decoder.flush(out);
        limit = out.position();
        return limit > before;
      }
      if (res.isOverflow() && limit == before) {
        compactOrGrow();
      }
    }
    return true;
  }

  /** Moves the current row (from its start) to the front of buf, or doubles buf when the row fills it. */
  private void compactOrGrow() {
    int from = rowStart;
    if (from > 0) {
      System.arraycopy(buf, from, buf, 0, limit - from);
      for (int i = 0; i < width; i++) {
        starts[i] -= from;
        ends[i] -= from;
      }
      pos -= from;
      limit -= from;
      fieldStart -= from;
      rowStart = 0;
      return;
    }
    if (buf.length >= MAX_ROW_CHARS) {
      throw new DataFormatException(source.row(line), "", "row longer than " + MAX_ROW_CHARS + " characters:"
          + " refused (is this a CSV file?)");
    }
    buf = Arrays.copyOf(buf, Math.min(MAX_ROW_CHARS, buf.length * 2));
  }

  private int rowStart;
  private int fieldStart;

  private DataFormatException invalidBytes() {
    return new DataFormatException(source.row(line), "", "bytes not valid in the file's encoding (" + charsetName
        + "); declare the encoding, e.g. windows-1258, or save the file as UTF-8 (a byte-order mark, if any, chooses"
        + " UTF-8 or UTF-16)");
  }

  @Override
  public SourceLocation source() {
    return source;
  }

  @Override
  public boolean next() throws IOException {
    while (true) {
      if (!readRow()) {
        return false;
      }
      boolean blank = true;
      for (int c = 0; c < width && blank; c++) {
        blank = starts[c] == ends[c];
      }
      if (blank) {
        continue;
      }
      if (headerWidth >= 0 && width != headerWidth) {
        StringBuilder raw = new StringBuilder();
        for (int c = 0; c < width; c++) {
          if (c > 0) {
            raw.append(delimiter);
          }
          raw.append(text(c));
        }
        problem(new DataFormatException(source.row(row), raw.toString(), "row has " + width
            + " fields but the header has " + headerWidth));
        continue;
      }
      return true;
    }
  }

  /** Reads one record into the field arrays; false at the end of the input. */
  private boolean readRow() throws IOException {
    width = 0;
    rowStart = pos;
    if (pos >= limit && !fill()) {
      if (decodeError) {
        throw invalidBytes();
      }
      return false;
    }
    row = line;
    while (true) {
      // one field
      fieldStart = pos;
      if (pos < limit) {
        // The usual field: unquoted, not starting with white space, ending within the buffer. Scanned in one tight
        // loop; a field that goes on past the buffer continues in the general loop below, from where this one stopped.
        char c = buf[pos];
        if (c != '"' && c != ' ' && c != '\t') {
          int stop = maxField < limit - pos ? pos + maxField + 1 : limit;
          int p = pos;
          while (p < stop) {
            c = buf[p];
            if (c == delimiter || c == '\n' || c == '\r') {
              break;
            }
            p++;
          }
          pos = p;
          if (p < stop) {
            endField(fieldStart, p, false);
            if (c == delimiter) {
              pos++;
              continue;
            }
            endLine();
            return true;
          }
          if (p - fieldStart > maxField) {
            checkLength(p - fieldStart);
          }
          if (unquoted()) {
            return true;
          }
          continue;
        }
      }
      if (pos >= limit && !fill()) {
        if (decodeError) {
          throw invalidBytes();
        }
        endField(fieldStart, pos, false);
        return true;
      }
      boolean quoted = false;
      boolean doubled = false;
      // skip leading white space before a quote
      int p = pos;
      while (true) {
        if (p >= limit) {
          int off = p - pos;
          if (!fill()) {
            break;
          }
          p = pos + off;
          continue;
        }
        char c = buf[p];
        if (c == ' ' || c == '\t' && delimiter != '\t') {
          p++;
          continue;
        }
        if (c == '"') {
          quoted = true;
          pos = p + 1;
        }
        break;
      }
      if (quoted) {
        int contentStart = pos;
        int quoteRow = line;
        while (true) {
          if (pos >= limit) {
            int off = pos - contentStart;
            int fs = fieldStart;
            if (!fill()) {
              if (decodeError) {
                throw invalidBytes();
              }
              throw new DataFormatException(source.row(quoteRow), "", "malformed CSV: a quoted field is not closed"
                  + " before the end of the file");
            }
            contentStart = fieldStart + (contentStart - fs);
            pos = contentStart + off;
            continue;
          }
          char c = buf[pos];
          if (c == '"') {
            if (pos + 1 >= limit) {
              int off = pos - contentStart;
              int fs = fieldStart;
              boolean more = fill();
              contentStart = fieldStart + (contentStart - fs);
              pos = contentStart + off;
              if (!more) {
                break;
              }
            }
            if (pos + 1 < limit && buf[pos + 1] == '"') {
              doubled = true;
              pos += 2;
              continue;
            }
            break;
          }
          if (c == '\n') {
            line++;
          } else if (c == '\r' && (pos + 1 >= limit || buf[pos + 1] != '\n')) {
            line++;
          }
          pos++;
          checkLength(pos - contentStart);
        }
        int contentEnd = pos;
        pos++; // the closing quote
        // only white space may follow until the separator or the line end
        while (true) {
          if (pos >= limit) {
            int fs = fieldStart;
            boolean more = fill();
            contentStart -= fs - fieldStart;
            contentEnd -= fs - fieldStart;
            if (!more) {
              endField(contentStart, contentEnd, doubled);
              return true;
            }
            continue;
          }
          char c = buf[pos];
          if (c == delimiter) {
            pos++;
            endField(contentStart, contentEnd, doubled);
            break;
          }
          if (c == '\n' || c == '\r') {
            endField(contentStart, contentEnd, doubled);
            endLine();
            return true;
          }
          if (c == ' ' || c == '\t') {
            pos++;
            continue;
          }
          throw new DataFormatException(source.row(line), String.valueOf(c), "malformed CSV: text after the closing"
              + " quote of a field (a quote inside a quoted field is written twice: \"\")");
        }
        continue;
      }
      if (unquoted()) {
        return true;
      }
    }
  }

  /**
   * Reads the rest of an unquoted field from pos, filling the buffer as needed.
   *
   * @return true if the field ended the record, false if a separator follows it (and has been passed)
   */
  private boolean unquoted() throws IOException {
    while (true) {
      if (pos >= limit) {
        if (!fill()) {
          if (decodeError) {
            throw invalidBytes();
          }
          endField(fieldStart, pos, false);
          return true;
        }
        continue;
      }
      char c = buf[pos];
      if (c == delimiter) {
        endField(fieldStart, pos, false);
        pos++;
        return false;
      }
      if (c == '\n' || c == '\r') {
        endField(fieldStart, pos, false);
        endLine();
        return true;
      }
      pos++;
      if (pos - fieldStart > maxField) {
        checkLength(pos - fieldStart);
      }
    }
  }

  /** {@link Character#isWhitespace(char)}, with printable ASCII decided without the call. */
  private static boolean isSpace(char c) {
    return (c <= ' ' || c >= 0x7f) && Character.isWhitespace(c);
  }

  private void checkLength(int n) {
    if (n > maxField) {
      // count the whole field (bounded by the row limit) to report its length
      throw new DataFormatException(source.row(row), new String(buf, fieldStart, Math.min(80, limit - fieldStart)),
          "field of " + fieldLength() + " characters is longer than the limit " + maxField);
    }
  }

  /** The length of the field starting at fieldStart, reading ahead up to the row limit. */
  private int fieldLength() {
    int p = fieldStart;
    boolean quoted = p < limit && buf[p] == '"';
    int start = quoted ? p + 1 : p;
    p = start;
    while (true) {
      if (p >= limit) {
        int off = p - fieldStart;
        int fs = fieldStart;
        boolean more;
        try {
          more = fill();
        } catch (IOException | RuntimeException e) {
          more = false;
        }
        start -= fs - fieldStart;
        p = fieldStart + off;
        if (!more) {
          return p - start;
        }
        continue;
      }
      char c = buf[p];
      if (quoted ? c == '"' : c == delimiter || c == '\n' || c == '\r') {
        return p - start;
      }
      p++;
    }
  }

  private void endLine() throws IOException {
    char c = buf[pos];
    pos++;
    line++;
    if (c == '\r') {
      if (pos >= limit) {
        fill(); // may move the row to the front of the buffer; compactOrGrow adjusts pos
      }
      if (pos < limit && buf[pos] == '\n') {
        pos++;
      }
    }
  }

  private void endField(int start, int end, boolean doubled) {
    while (start < end && isSpace(buf[start])) {
      start++;
    }
    while (end > start && isSpace(buf[end - 1])) {
      end--;
    }
    if (end - start > maxField) {
      throw new DataFormatException(source.row(row), new String(buf, start, Math.min(80, end - start)), "field of "
          + (end - start) + " characters is longer than the limit " + maxField);
    }
    if (width == starts.length) {
      if (width >= MAX_FIELDS) {
        throw new DataFormatException(source.row(row), "", "row has more than " + MAX_FIELDS + " fields: refused");
      }
      starts = Arrays.copyOf(starts, width * 2);
      ends = Arrays.copyOf(ends, width * 2);
      escaped = Arrays.copyOf(escaped, width * 2);
    }
    starts[width] = start;
    ends[width] = end;
    escaped[width] = doubled;
    width++;
  }

  @Override
  public int row() {
    return row;
  }

  @Override
  public int width() {
    return width;
  }

  @Override
  public CellType type(int column) {
    return column < width && starts[column] != ends[column] ? CellType.TEXT : CellType.EMPTY;
  }

  @Override
  public String text(int column) {
    if (column >= width) {
      return "";
    }
    String s = raw(column);
    return FormulaGuard.unguard(s);
  }

  private String raw(int column) {
    int s = starts[column];
    int e = ends[column];
    if (!escaped[column]) {
      return new String(buf, s, e - s);
    }
    StringBuilder sb = new StringBuilder(e - s);
    for (int i = s; i < e; i++) {
      char c = buf[i];
      sb.append(c);
      if (c == '"' && i + 1 < e && buf[i + 1] == '"') {
        i++;
      }
    }
    return sb.toString().strip();
  }

  /**
   * Whether the field's text is its characters as they stand in the buffer: not quoted with doubled quotes, and not
   * starting with an apostrophe that {@link FormulaGuard#unguard(String)} might remove.
   */
  private boolean plain(int column) {
    return !escaped[column] && (starts[column] == ends[column] || buf[starts[column]] != '\'');
  }

  @Override
  public boolean textIs(int column, String expected) {
    if (column >= width || !plain(column)) {
      return super.textIs(column, expected);
    }
    int s = starts[column];
    int n = ends[column] - s;
    if (n != expected.length() || n == 0) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (buf[s + i] != expected.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  @Override
  boolean textEquals(int column, char[] chars, int from, int to) {
    if (column >= width || !plain(column)) {
      return super.textEquals(column, chars, from, to);
    }
    int s = starts[column];
    int n = ends[column] - s;
    if (n != to - from) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (buf[s + i] != chars[from + i]) {
        return false;
      }
    }
    return true;
  }

  @Override
  int textHash(int column) {
    if (column >= width || !plain(column)) {
      return super.textHash(column);
    }
    // String.hashCode() over the characters
    int h = 0;
    for (int i = starts[column], e = ends[column]; i < e; i++) {
      h = 31 * h + buf[i];
    }
    return h;
  }

  @Override
  double numberValue(int column) {
    throw new IllegalStateException("a CSV file has no number cells");
  }

  @Override
  double parseText(int column, NumberStyle style) {
    if (escaped[column]) {
      return style.parse(text(column));
    }
    int s = starts[column];
    int e = ends[column];
    if (e - s > 1 && buf[s] == '\'') {
      return style.parse(text(column));
    }
    return style.parse(buf, s, e - s);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
