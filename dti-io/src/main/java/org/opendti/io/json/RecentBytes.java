package org.opendti.io.json;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Keeps the last 64 KiB of a UTF-8 stream, so that the JSON parser's columns, which count bytes, can be given to
 * users in characters: in "Hà Nội" the parser counts 9, an editor 6.
 */
final class RecentBytes extends FilterInputStream {
  private static final int SIZE = 1 << 16;

  private final byte[] ring = new byte[SIZE];
  private long position;

  RecentBytes(InputStream in) {
    super(in);
  }

  @Override
  public int read() throws IOException {
    int b = in.read();
    if (b >= 0) {
      ring[(int) (position++ & (SIZE - 1))] = (byte) b;
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = in.read(b, off, len);
    for (int done = 0; done < n; ) {
      int at = (int) (position & (SIZE - 1));
      int chunk = Math.min(n - done, SIZE - at);
      System.arraycopy(b, off + done, ring, at, chunk);
      position += chunk;
      done += chunk;
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
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

  /**
   * The column in characters (code points) of a place the parser gives in bytes.
   *
   * @param byteOffset the place's offset from the start of the stream
   * @param byteColumn its 1-based column in bytes
   * @return the 1-based column in characters, 0 when the start of its line is no longer kept
   */
  int column(long byteOffset, int byteColumn) {
    long lineStart = byteOffset - (byteColumn - 1);
    if (byteColumn < 1 || lineStart < 0 || byteOffset > position || position - lineStart > SIZE) {
      return 0;
    }
    int column = 1;
    for (long i = lineStart; i < byteOffset; i++) {
      if ((ring[(int) (i & (SIZE - 1))] & 0xC0) != 0x80) {
        column++;
      }
    }
    return column;
  }
}
