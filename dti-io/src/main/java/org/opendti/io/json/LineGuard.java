package org.opendti.io.json;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses YAML input with a line longer than {@link Format#MAX_YAML_LINE_BYTES}, before the YAML parser sees it.
 * SnakeYAML copies its look-ahead window for every 1 KB it reads within one token, so its time grows with the square
 * of a token's length: one 10 MB word takes minutes. Bounding lines keeps reading linear in the file's size.
 * Counts bytes; CR, LF and CRLF end a line.
 */
final class LineGuard extends FilterInputStream {
  /** A line is too long; carries its number so the reader can say where. */
  static final class LineTooLongException extends IOException {
    private static final long serialVersionUID = 1L;
    /** The 1-based line. */
    final long line;

    LineTooLongException(long line) {
      super("line " + line + " is longer than " + Format.MAX_YAML_LINE_BYTES + " bytes");
      this.line = line;
    }
  }

  private long line = 1;
  private int length;
  private boolean afterCr;

  LineGuard(InputStream in) {
    super(in);
  }

  private void count(int b) throws LineTooLongException {
    if (b == '\n' || b == '\r') {
      if (b == '\r' || !afterCr) {
        line++;
      }
      afterCr = b == '\r';
      length = 0;
    } else {
      afterCr = false;
      if (++length > Format.MAX_YAML_LINE_BYTES) {
        throw new LineTooLongException(line);
      }
    }
  }

  @Override
  public int read() throws IOException {
    int b = in.read();
    if (b >= 0) {
      count(b);
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = in.read(b, off, len);
    for (int i = off; i < off + n; i++) {
      count(b[i]);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    // every byte must be counted: read what is skipped
    byte[] buffer = new byte[(int) Math.min(8192, Math.max(0, n))];
    long skipped = 0;
    while (skipped < n) {
      int r = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
      if (r < 0) {
        break;
      }
      skipped += r;
    }
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false;
  }
}
