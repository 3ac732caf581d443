package org.opendti.io.table;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import org.opendti.io.DataFormatException;
import org.opendti.io.SourceLocation;

/**
 * The limits a workbook must keep, and the checks of its ZIP container. Every check runs in bounded memory: the ZIP
 * directory's size is read from its end record before the JDK loads the directory, and each part is counted while it
 * is parsed rather than decompressed in advance.
 */
final class XlsxLimits {
  /**
   * Largest total decompressed size of the parts, 1 GB: parts are parsed as a stream, so this bounds time (about 10 s
   * per 350 MB), not memory. The SDK's own results workbook for 200,000 units of pdti-2022 decompresses to about
   * 350 MB, and must read back; a small file cannot claim this much, as {@link #MAX_RATIO} holds for every large part.
   */
  static final long MAX_TOTAL = 1L << 30;
  /** Largest workbook file, compressed: the parts at most, plus room for the ZIP structure. */
  static final long MAX_FILE = MAX_TOTAL + (64L << 20);
  /** Largest number of parts. */
  static final int MAX_PARTS = 10_000;
  /** Largest ZIP central directory; with {@link #MAX_PARTS} parts that is 1 KB per part. */
  static final long MAX_DIRECTORY = (long) MAX_PARTS << 10;
  /** Largest decompressed/compressed ratio of a part larger than {@link #RATIO_FLOOR}. */
  static final long MAX_RATIO = 200;
  /** Parts up to this size may compress better than {@link #MAX_RATIO}. */
  static final long RATIO_FLOOR = 1L << 20;
  /** Excel's last row. */
  static final int MAX_ROW = 1_048_576;
  /** Excel's last column, XFD. */
  static final int MAX_COLUMN = 16_384;
  /** Excel's longest cell text; also the bound on a formula or a shared string. */
  static final int MAX_TEXT = 32_767;
  /** Longest stretch of a part without markup, and longest tag, comment or CDATA section, in bytes. */
  static final int MAX_RUN = 1 << 20;
  /** Deepest element nesting accepted in a part (a sheet needs six levels). */
  static final int MAX_DEPTH = 64;

  private static final int END_SIGNATURE = 0x06054b50;
  private static final int END_SIZE = 22;
  private static final int ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
  private static final int ZIP64_END_SIGNATURE = 0x06064b50;

  private XlsxLimits() {}

  /**
   * Refuses a file that is not a ZIP archive, with a hint for the usual mistakes (a CSV named .xlsx, an old .xls or
   * a password-protected workbook, both OLE2 files).
   *
   * @param at the workbook, for the error
   * @param head the file's first bytes (fewer if the file is shorter)
   * @param n how many of {@code head} were read
   */
  static void checkMagic(SourceLocation at, byte[] head, int n) {
    if (n >= 4 && head[0] == 'P' && head[1] == 'K' && (head[2] == 3 && head[3] == 4 || head[2] == 5 && head[3] == 6)) {
      return;
    }
    if (n >= 4 && (head[0] & 0xff) == 0xD0 && (head[1] & 0xff) == 0xCF && (head[2] & 0xff) == 0x11
        && (head[3] & 0xff) == 0xE0) {
      throw new DataFormatException(at, "", "not an XLSX workbook: an old .xls workbook or a password-protected one"
          + " (both are OLE2 files); save it from Excel as .xlsx without a password");
    }
    throw new DataFormatException(at, "", "not an XLSX workbook (an XLSX file is a ZIP archive; this file is not):"
        + " save it from Excel as .xlsx, or name a CSV file .csv");
  }

  /**
   * Reads the end of the ZIP directory and refuses archives whose directory is too large or lists too many parts,
   * before {@link java.util.zip.ZipFile} loads that directory into memory.
   *
   * @param at the workbook, for the error
   * @param file the open file
   * @throws IOException if the file cannot be read
   */
  static void checkDirectory(SourceLocation at, FileChannel file) throws IOException {
    long size = file.size();
    if (size > MAX_FILE) {
      throw tooLarge(at);
    }
    int tail = (int) Math.min(size, END_SIZE + 0xFFFF);
    ByteBuffer b = ByteBuffer.allocate(tail).order(ByteOrder.LITTLE_ENDIAN);
    readFully(file, b, size - tail);
    int end = -1;
    for (int i = tail - END_SIZE; i >= 0; i--) {
      if (b.getInt(i) == END_SIGNATURE) {
        end = i;
        break;
      }
    }
    if (end < 0) {
      throw new DataFormatException(at, "", "not a readable XLSX workbook: the ZIP archive has no directory"
          + " (truncated or damaged file)");
    }
    long parts = b.getShort(end + 10) & 0xFFFFL;
    long directory = b.getInt(end + 12) & 0xFFFFFFFFL;
    if ((parts == 0xFFFF || directory == 0xFFFFFFFFL) && end >= 20 && b.getInt(end - 20) == ZIP64_LOCATOR_SIGNATURE) {
      long at64 = b.getLong(end - 20 + 8);
      if (at64 >= 0 && at64 <= size - 56) {
        ByteBuffer z = ByteBuffer.allocate(56).order(ByteOrder.LITTLE_ENDIAN);
        readFully(file, z, at64);
        if (z.getInt(0) == ZIP64_END_SIGNATURE) {
          parts = z.getLong(32);
          directory = z.getLong(40);
        }
      }
    }
    if (parts > MAX_PARTS || parts < 0) {
      throw new DataFormatException(at, "", "more than " + MAX_PARTS + " parts in the workbook: refused");
    }
    if (directory > MAX_DIRECTORY || directory < 0) {
      throw new DataFormatException(at, "", "the workbook's ZIP directory is larger than " + (MAX_DIRECTORY >> 10)
          + " KB: refused");
    }
  }

  private static void readFully(FileChannel file, ByteBuffer b, long position) throws IOException {
    long p = position;
    while (b.hasRemaining()) {
      int n = file.read(b, p);
      if (n < 0) {
        throw new IOException("unexpected end of file");
      }
      p += n;
    }
  }

  static DataFormatException tooLarge(SourceLocation at) {
    return new DataFormatException(at, "", "the workbook is larger than " + (MAX_FILE >> 20) + " MB: refused");
  }

  /**
   * Checks a part's directory entry: its size and its compression ratio.
   *
   * @param at the workbook, for the error
   * @param name the part's name
   * @param size the decompressed size the directory gives
   * @param compressed the compressed size the directory gives
   */
  static void checkPart(SourceLocation at, String name, long size, long compressed) {
    if (size < 0 || size > MAX_TOTAL) {
      throw bomb(at, name);
    }
    if (size > RATIO_FLOOR && compressed > 0 && size / compressed > MAX_RATIO) {
      throw new DataFormatException(at, name, "part compresses " + size / compressed + " to 1: refused (possible zip"
          + " bomb)");
    }
  }

  static DataFormatException bomb(SourceLocation at, String part) {
    return new DataFormatException(at, part, "the workbook decompresses to more than " + (MAX_TOTAL >> 20) + " MB:"
        + " refused (possible zip bomb)");
  }

  /**
   * A part's decompressed bytes, refused as soon as they exceed the size its directory entry gives (already checked
   * against the limits), so a part that lies about its size cannot grow past them. The bytes are also scanned for
   * the shape of XML markup: no stretch of text, tag, comment, CDATA section or processing instruction may be longer
   * than {@link #MAX_RUN} bytes, and a document type declaration is refused outright. A parser therefore never has to
   * hold more than that in one token, however it buffers.
   */
  static final class PartStream extends FilterInputStream {
    private static final int TEXT = 0;
    private static final int AFTER_LT = 1;
    private static final int AFTER_BANG = 2;
    private static final int COMMENT = 3;
    private static final int CDATA = 4;
    private static final int INSTRUCTION = 5;

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
        ByteOrder.LITTLE_ENDIAN);

    private final SourceLocation at;
    private final String name;
    private final long limit;
    private long count;
    /** Where the current token began, counted in bytes from the start of the part. */
    private long tokenStart;
    private int state = TEXT;
    private int previous1;
    private int previous2;

    PartStream(InputStream in, SourceLocation at, String name, long limit) {
      super(in);
      this.at = at;
      this.name = name;
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        scan(new byte[] {(byte) b}, 0, 1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = in.read(b, off, len);
      if (n > 0) {
        scan(b, off, n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      // Skipped bytes would escape the scan: read them instead.
      byte[] buf = new byte[(int) Math.min(n, 8192)];
      int r = read(buf, 0, buf.length);
      return Math.max(r, 0);
    }

    private void scan(byte[] b, int off, int n) {
      long base = count - off;
      count += n;
      if (count > limit) {
        throw new DataFormatException(at, name, "the part is larger than the workbook's directory says: refused"
            + " (damaged or forged workbook)");
      }
      int end = off + n;
      int i = off;
      while (i < end) {
        if (state == TEXT) {
          // The common case, text and tags, where only '<' starts something new: look for it eight bytes at a time.
          while (i + 8 <= end) {
            long v = (long) LONGS.get(b, i) ^ 0x3C3C3C3C3C3C3C3CL;
            if (((v - 0x0101010101010101L) & ~v & 0x8080808080808080L) != 0) {
              break;
            }
            i += 8;
          }
          while (i < end && b[i] != '<') {
            i++;
          }
          if (i == end) {
            break;
          }
          token(base + i);
          if (++i == end) {
            state = AFTER_LT;
            break;
          }
          int c = b[i];
          if (c == '!' || c == '?') {
            state = c == '!' ? AFTER_BANG : INSTRUCTION;
            i++;
          }
          continue;
        }
        int c = b[i++];
        switch (state) {
          case AFTER_LT -> state = c == '!' ? AFTER_BANG : c == '?' ? INSTRUCTION : TEXT;
          case AFTER_BANG -> {
            if (c == '-') {
              state = COMMENT;
            } else if (c == '[') {
              state = CDATA;
            } else {
              throw new DataFormatException(at, name, "the part contains a DTD or entity declaration: refused"
                  + " (external entities are not allowed)");
            }
            previous1 = 0;
            previous2 = 0;
          }
          default -> {
            boolean closes = c == '>' && (state == INSTRUCTION ? previous1 == '?' : state == COMMENT
                ? previous1 == '-' && previous2 == '-' : previous1 == ']' && previous2 == ']');
            previous2 = previous1;
            previous1 = c;
            if (closes) {
              token(base + i);
              state = TEXT;
            }
          }
        }
      }
      if (count - tokenStart > MAX_RUN) {
        throw runTooLong();
      }
    }

    /** A token starts at the given position: the one before it must have kept the bound. */
    private void token(long position) {
      if (position - tokenStart > MAX_RUN) {
        throw runTooLong();
      }
      tokenStart = position;
    }

    private DataFormatException runTooLong() {
      return new DataFormatException(at, name, "the part has a text, tag or comment longer than " + (MAX_RUN >> 20)
          + " MB: refused (no cell holds that much)");
    }
  }
}
