package org.opendti.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a text file strictly: a byte-order mark selects UTF-8 or UTF-16 (Excel's "Unicode text") and is removed;
 * without one the declared charset (UTF-8 by default) is used. Bytes that are not valid in the encoding are an error
 * naming the row, never replacement characters.
 */
public final class TextDecoder {
  private TextDecoder() {}

  /**
   * Decodes bytes.
   *
   * @param bytes the file content, not null
   * @param declared the charset to use when there is no byte-order mark, not null
   * @param location the source, for errors, not null
   * @return the text without a byte-order mark, not null
   * @throws DataFormatException if a byte sequence is not valid in the encoding
   */
  public static String decode(byte[] bytes, Charset declared, SourceLocation location) {
    Charset cs = declared;
    int skip = 0;
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      cs = StandardCharsets.UTF_8;
      skip = 3;
    } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      cs = StandardCharsets.UTF_16LE;
      skip = 2;
    } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      cs = StandardCharsets.UTF_16BE;
      skip = 2;
    }
    CharsetDecoder decoder = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
    CharBuffer out = CharBuffer.allocate((int) (bytes.length * (double) decoder.maxCharsPerByte()) + 16);
    var result = decoder.decode(in, out, true);
    if (result.isError()) {
      int bad = in.position();
      int row = 1;
      for (int i = skip; i < bad; i++) {
        if (bytes[i] == '\n') {
          row++;
        }
      }
      StringBuilder hex = new StringBuilder();
      for (int i = bad; i < Math.min(bytes.length, bad + result.length()); i++) {
        hex.append(String.format("%02X", bytes[i] & 0xFF));
      }
      throw new DataFormatException(location.row(row), "0x" + hex, "bytes not valid in " + cs.name()
          + " (declare the file's encoding, e.g. windows-1258, or save it as UTF-8)");
    }
    try {
      decoder.flush(out);
    } catch (RuntimeException e) {
      throw new DataFormatException(location, "", "cannot decode as " + cs.name());
    }
    out.flip();
    return out.toString();
  }

  /**
   * Checks that a charset name is known.
   *
   * @param name the name, e.g. {@code UTF-8} or {@code windows-1258}, not null
   * @return the charset, not null
   * @throws IllegalArgumentException if the name is unknown
   */
  public static Charset charset(String name) {
    try {
      return Charset.forName(name.strip());
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("unknown encoding '" + name + "'", e);
    }
  }

}
