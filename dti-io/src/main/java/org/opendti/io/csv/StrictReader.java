package org.opendti.io.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;

/**
 * Decodes bytes strictly and lazily: every character before a bad byte sequence is delivered, and the error is
 * raised only when the reader reaches it, so the caller knows the row it is on.
 */
final class StrictReader extends Reader {
  private final InputStream in;
  private final CharsetDecoder decoder;
  private final ByteBuffer bytes = ByteBuffer.allocate(1 << 14);
  private final CharBuffer chars = CharBuffer.allocate(1 << 14);
  private boolean eof;
  private boolean flushed;
  private CoderResult error;

  StrictReader(InputStream in, java.nio.charset.Charset charset) {
    this.in = in;
    this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    bytes.flip();
    chars.flip();
  }

  @Override
  public int read(char[] buf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (!chars.hasRemaining()) {
      if (error != null) {
        throw new MalformedInputException(error.length());
      }
      if (flushed) {
        return -1;
      }
      fill();
    }
    int n = Math.min(len, chars.remaining());
    chars.get(buf, off, n);
    return n;
  }

  private void fill() throws IOException {
    chars.clear();
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
    CoderResult res = decoder.decode(bytes, chars, eof);
    if (res.isError()) {
      error = res;
    } else if (eof && !bytes.hasRemaining()) {
      decoder.flush(chars);
      flushed = true;
    }
    chars.flip();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
