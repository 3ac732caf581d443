package org.opendti.io;

import java.nio.charset.Charset;

/**
 * Text encodings by name. Decoding itself happens in the table readers ({@link org.opendti.io.table.Tables#csv}):
 * strictly, a byte-order mark choosing UTF-8 or UTF-16, bytes not valid in the encoding being an error at their row.
 */
public final class TextDecoder {
  private TextDecoder() {}

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
