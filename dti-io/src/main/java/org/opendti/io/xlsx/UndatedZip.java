package org.opendti.io.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Passes the zip stream the XLSX library writes straight through to the output, except for {@code docProps/core.xml}:
 * from that small entry it removes the creation and modification times the library stamps in (the elements are
 * optional), so the same inputs give the same bytes. Nothing else is held back but that entry and the central
 * directory at the end, whose sizes and offsets it then corrects.
 *
 * <p>The library (fastexcel through opczip) writes every entry deflated, with zero times, its sizes and checksum in a
 * data descriptor after the data ({@code PK\7\10}, checksum, then 8-byte compressed and uncompressed sizes), then a
 * central directory without zip64 records. An entry's data ends where a descriptor starts whose compressed size equals
 * the number of data bytes seen so far. Anything else is refused with an {@link IOException} rather than written
 * wrong.
 *
 * <p>Not thread-safe; one per workbook.
 */
final class UndatedZip extends OutputStream {
  private static final String CORE = "docProps/core.xml";
  private static final int LOCAL = 0x04034b50;
  private static final int CENTRAL = 0x02014b50;
  private static final int END = 0x06054b50;
  private static final int DESCRIPTOR = 0x08074b50;
  private static final int DESCRIPTOR_SIZE = 24;
  private static final int LOCAL_SIZE = 30;
  private static final int CENTRAL_SIZE = 46;
  private static final int END_SIZE = 22;

  private enum State { HEADER, DATA, DIRECTORY }

  private final OutputStream out;
  private State state = State.HEADER;
  /** The local header being read. */
  private final ByteArrayOutputStream header = new ByteArrayOutputStream(64);
  /** The central directory and end record, written by {@link #finish()}. */
  private final ByteArrayOutputStream directory = new ByteArrayOutputStream(4096);
  /** The compressed data of the core properties entry. */
  private final ByteArrayOutputStream core = new ByteArrayOutputStream(1024);
  private boolean inCore;
  /** Data bytes of the current entry seen so far. */
  private long dataLength;
  /** The last bytes of the current entry's data (up to a descriptor's length less one), then room for a chunk. */
  private byte[] window = new byte[2 * DESCRIPTOR_SIZE];
  private int windowLength;
  private long inputOffset;
  private long coreOffset = -1;
  private long shift;
  private long coreCrc;
  private long coreCompressed;
  private long coreSize;
  private final byte[] one = new byte[1];

  UndatedZip(OutputStream out) {
    this.out = out;
  }

  @Override
  public void write(int b) throws IOException {
    one[0] = (byte) b;
    write(one, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    int at = off;
    int end = off + len;
    while (at < end) {
      switch (state) {
        case HEADER -> at = header(b, at, end);
        case DATA -> at = data(b, at, end);
        default -> {
          directory.write(b, at, end - at);
          at = end;
        }
      }
    }
  }

  /** Reads a local header (or finds the central directory); returns where its bytes end in {@code b}. */
  private int header(byte[] b, int at, int end) throws IOException {
    int need = LOCAL_SIZE;
    if (header.size() >= LOCAL_SIZE) {
      byte[] h = header.toByteArray();
      need = LOCAL_SIZE + u16(h, 26) + u16(h, 28);
    } else if (header.size() >= 4) {
      int signature = (int) u32(header.toByteArray(), 0);
      if (signature == CENTRAL) {
        state = State.DIRECTORY;
        header.writeTo(directory);
        header.reset();
        return at;
      }
      if (signature != LOCAL) {
        throw unexpected("an entry header");
      }
    }
    int take = Math.min(end - at, Math.max(1, need - header.size()));
    if (header.size() < 4) {
      take = Math.min(take, 4 - header.size());
    }
    header.write(b, at, take);
    if (header.size() >= LOCAL_SIZE) {
      byte[] h = header.toByteArray();
      int full = LOCAL_SIZE + u16(h, 26) + u16(h, 28);
      if (h.length == full) {
        startEntry(h);
      }
    }
    return at + take;
  }

  private void startEntry(byte[] h) throws IOException {
    if ((u16(h, 6) & 8) == 0 || u16(h, 8) != 8 || u32(h, 14) != 0 || u32(h, 18) != 0 || u32(h, 22) != 0) {
      throw unexpected("an entry with a data descriptor");
    }
    String name = new String(h, LOCAL_SIZE, u16(h, 26), StandardCharsets.UTF_8);
    inCore = name.equals(CORE);
    if (inCore) {
      coreOffset = inputOffset;
    }
    out.write(h);
    inputOffset += h.length;
    header.reset();
    state = State.DATA;
    dataLength = 0;
    windowLength = 0;
  }

  /** Reads entry data up to and including its descriptor; returns where those bytes end in {@code b}. */
  private int data(byte[] b, int at, int end) throws IOException {
    int len = end - at;
    if (window.length < windowLength + len) {
      window = java.util.Arrays.copyOf(window, windowLength + len);
    }
    System.arraycopy(b, at, window, windowLength, len);
    int total = windowLength + len;
    long base = dataLength - windowLength;
    int found = -1;
    for (int i = 0; i + DESCRIPTOR_SIZE <= total; i++) {
      if (window[i] == 0x50 && window[i + 1] == 0x4b && window[i + 2] == 7 && window[i + 3] == 8
          && u64(window, i + 8) == base + i) {
        found = i;
        break;
      }
    }
    if (found < 0) {
      pass(b, at, len);
      dataLength += len;
      int keep = Math.min(total, DESCRIPTOR_SIZE - 1);
      System.arraycopy(window, total - keep, window, 0, keep);
      windowLength = keep;
      if (window.length > 4 * DESCRIPTOR_SIZE) {
        window = java.util.Arrays.copyOf(window, 2 * DESCRIPTOR_SIZE);
      }
      return end;
    }
    int used = found + DESCRIPTOR_SIZE - windowLength;
    int dataInChunk = found - windowLength;
    if (dataInChunk > 0) {
      pass(b, at, dataInChunk);
    }
    long entryData = base + found;
    if (inCore) {
      writeCore(entryData, window, found);
    } else {
      // the descriptor (partly already passed, when it began in an earlier write) goes through unchanged
      out.write(b, at + Math.max(0, dataInChunk), used - Math.max(0, dataInChunk));
    }
    inputOffset += entryData + DESCRIPTOR_SIZE;
    state = State.HEADER;
    windowLength = 0;
    return at + used;
  }

  /** Data bytes of the current entry: through to the output, or held for the core properties. */
  private void pass(byte[] b, int at, int len) throws IOException {
    if (inCore) {
      core.write(b, at, len);
    } else {
      out.write(b, at, len);
    }
  }

  private void writeCore(long entryData, byte[] descriptor, int at) throws IOException {
    byte[] compressed = java.util.Arrays.copyOf(core.toByteArray(), (int) entryData);
    byte[] xml = inflate(compressed, u64(descriptor, at + 16));
    CRC32 crc = new CRC32();
    crc.update(xml);
    if (crc.getValue() != u32(descriptor, at + 4)) {
      throw unexpected("a valid " + CORE);
    }
    byte[] undated = withoutDates(new String(xml, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
    byte[] deflated = deflate(undated);
    crc.reset();
    crc.update(undated);
    coreCrc = crc.getValue();
    coreCompressed = deflated.length;
    coreSize = undated.length;
    out.write(deflated);
    byte[] d = new byte[DESCRIPTOR_SIZE];
    put32(d, 0, DESCRIPTOR);
    put32(d, 4, coreCrc);
    put64(d, 8, coreCompressed);
    put64(d, 16, coreSize);
    out.write(d);
    shift = deflated.length - entryData;
    inCore = false;
    core.reset();
  }

  /** Removes the optional {@code dcterms:created} and {@code dcterms:modified} elements. */
  static String withoutDates(String xml) {
    String s = xml;
    for (String element : new String[] {"dcterms:created", "dcterms:modified"}) {
      int start = s.indexOf("<" + element);
      while (start >= 0) {
        String close = "</" + element + ">";
        int stop = s.indexOf(close, start);
        if (stop < 0) {
          break;
        }
        s = s.substring(0, start) + s.substring(stop + close.length());
        start = s.indexOf("<" + element);
      }
    }
    return s;
  }

  private static byte[] inflate(byte[] compressed, long size) throws IOException {
    if (size > 1 << 20) {
      throw unexpected("a small " + CORE);
    }
    Inflater inflater = new Inflater(true);
    try {
      inflater.setInput(compressed);
      byte[] xml = new byte[(int) size];
      int n = 0;
      while (n < xml.length && !inflater.finished()) {
        int got = inflater.inflate(xml, n, xml.length - n);
        if (got == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          break;
        }
        n += got;
      }
      if (n != xml.length) {
        throw unexpected("a complete " + CORE);
      }
      return xml;
    } catch (DataFormatException e) {
      throw new IOException("the XLSX library wrote a broken " + CORE, e);
    } finally {
      inflater.end();
    }
  }

  private static byte[] deflate(byte[] data) {
    Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
    try {
      deflater.setInput(data);
      deflater.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream(data.length);
      byte[] buf = new byte[1024];
      while (!deflater.finished()) {
        out.write(buf, 0, deflater.deflate(buf));
      }
      return out.toByteArray();
    } finally {
      deflater.end();
    }
  }

  /**
   * Corrects and writes the central directory: the core properties' checksum and sizes, and the offsets of the entries
   * after it. Flushes the output; does not close it.
   *
   * @throws IOException if the output fails or the directory is not as expected
   */
  void finish() throws IOException {
    if (state != State.DIRECTORY) {
      throw unexpected("a central directory at the end");
    }
    byte[] d = directory.toByteArray();
    int at = 0;
    while (at + 4 <= d.length && u32(d, at) == CENTRAL) {
      if (at + CENTRAL_SIZE > d.length) {
        throw unexpected("a complete central directory");
      }
      int nameLength = u16(d, at + 28);
      int next = at + CENTRAL_SIZE + nameLength + u16(d, at + 30) + u16(d, at + 32);
      String name = new String(d, at + CENTRAL_SIZE, nameLength, StandardCharsets.UTF_8);
      long offset = u32(d, at + 42);
      if (name.equals(CORE) && coreOffset >= 0) {
        if (u32(d, at + 24) == 0xFFFFFFFFL || offset != coreOffset) {
          throw unexpected("a plain directory entry for " + CORE);
        }
        put32(d, at + 16, coreCrc);
        put32(d, at + 20, coreCompressed);
        put32(d, at + 24, coreSize);
      } else if (coreOffset >= 0 && offset > coreOffset) {
        put32(d, at + 42, offset + shift);
      }
      at = next;
    }
    if (at + END_SIZE > d.length || u32(d, at) != END) {
      throw unexpected("an end of central directory record");
    }
    if (coreOffset >= 0) {
      put32(d, at + 16, u32(d, at + 16) + shift);
    }
    out.write(d);
    out.flush();
  }

  private static IOException unexpected(String what) {
    return new IOException("the XLSX library wrote an unexpected zip layout (expected " + what + ")");
  }

  private static int u16(byte[] b, int at) {
    return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8;
  }

  private static long u32(byte[] b, int at) {
    return (u16(b, at) | (long) u16(b, at + 2) << 16) & 0xFFFFFFFFL;
  }

  private static long u64(byte[] b, int at) {
    return u32(b, at) | u32(b, at + 4) << 32;
  }

  private static void put32(byte[] b, int at, long v) {
    for (int k = 0; k < 4; k++) {
      b[at + k] = (byte) (v >>> 8 * k);
    }
  }

  private static void put64(byte[] b, int at, long v) {
    for (int k = 0; k < 8; k++) {
      b[at + k] = (byte) (v >>> 8 * k);
    }
  }
}
