package org.opendti.io.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Passes the zip stream the XLSX library writes straight through to the output, with two corrections made on the way:
 * from {@code docProps/core.xml} it removes the creation and modification times the library stamps in (the elements
 * are optional), so the same inputs give the same bytes; and it writes each entry's data descriptor in the plain
 * 16-byte form whenever the sizes fit in 32 bits (the library always writes the zip64 form, which readers that follow
 * the local headers, such as {@link java.util.zip.ZipInputStream}, misread). Nothing is held back but a descriptor's
 * length of each entry's data, the small core properties entry and the central directory at the end, whose sizes and
 * offsets it then corrects.
 *
 * <p>The library (fastexcel through opczip) writes every entry deflated, with its sizes and checksum in a data
 * descriptor after the data ({@code PK\7\10}, checksum, then 8-byte compressed and uncompressed sizes), then a central
 * directory without zip64 records. An entry's data ends where a descriptor starts whose compressed size equals the
 * number of data bytes seen so far. Anything else is refused with an {@link IOException} rather than written wrong.
 *
 * <p>Public only so that the SDK's other workbook writers ({@code org.opendti.io.forms}) share it; not meant for
 * users. Not thread-safe; one per workbook.
 */
public final class UndatedZip extends OutputStream {
  private static final String CORE = "docProps/core.xml";
  private static final int LOCAL = 0x04034b50;
  private static final int CENTRAL = 0x02014b50;
  private static final int END = 0x06054b50;
  private static final int DESCRIPTOR = 0x08074b50;
  private static final int ZIP64_DESCRIPTOR_SIZE = 24;
  private static final int LOCAL_SIZE = 30;
  private static final int CENTRAL_SIZE = 46;
  private static final int END_SIZE = 22;
  private static final long MAX32 = 0xFFFFFFFFL;

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
  /** Data bytes of the current entry seen so far, the held-back ones included. */
  private long dataLength;
  /** The last bytes of the current entry, not yet written (they may begin its descriptor), then the new chunk. */
  private byte[] window = new byte[4096];
  private int held;
  /** Bytes read and bytes written so far. */
  private long inputOffset;
  private long outputOffset;
  /** Where each entry's local header was in the input, and where it is in the output. */
  private final Map<Long, Long> moved = new HashMap<>();
  private long directoryInput = -1;
  private long directoryOutput;
  private String coreName = "";
  private long coreCrc;
  private long coreCompressed;
  private long coreSize;
  private final byte[] one = new byte[1];

  /**
   * Wraps the stream the workbook's bytes go to.
   *
   * @param out the stream, not null; not closed by {@link #finish()}
   */
  public UndatedZip(OutputStream out) {
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

  private void emit(byte[] b, int off, int len) throws IOException {
    out.write(b, off, len);
    outputOffset += len;
  }

  /** Reads a local header (or finds the central directory); returns where its bytes end in {@code b}. */
  private int header(byte[] b, int at, int end) throws IOException {
    int size = header.size();
    if (size == 4) {
      int signature = (int) u32(header.toByteArray(), 0);
      if (signature == CENTRAL) {
        state = State.DIRECTORY;
        directoryInput = inputOffset;
        directoryOutput = outputOffset;
        header.writeTo(directory);
        header.reset();
        return at;
      }
      if (signature != LOCAL) {
        throw unexpected("an entry header");
      }
    }
    int need = 4;
    if (size >= LOCAL_SIZE) {
      byte[] h = header.toByteArray();
      need = LOCAL_SIZE + u16(h, 26) + u16(h, 28);
    } else if (size >= 4) {
      need = LOCAL_SIZE;
    }
    int take = Math.min(end - at, need - size);
    header.write(b, at, take);
    if (header.size() >= LOCAL_SIZE) {
      byte[] h = header.toByteArray();
      if (h.length == LOCAL_SIZE + u16(h, 26) + u16(h, 28)) {
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
      coreName = name;
    }
    moved.put(inputOffset, outputOffset);
    emit(h, 0, h.length);
    inputOffset += h.length;
    header.reset();
    state = State.DATA;
    dataLength = 0;
    held = 0;
  }

  /** Reads entry data up to and including its descriptor; returns where those bytes end in {@code b}. */
  private int data(byte[] b, int at, int end) throws IOException {
    int len = end - at;
    if (window.length < held + len) {
      window = Arrays.copyOf(window, Math.max(held + len, 2 * window.length));
    }
    System.arraycopy(b, at, window, held, len);
    int total = held + len;
    long base = dataLength - held;
    for (int i = 0; i + ZIP64_DESCRIPTOR_SIZE <= total; i++) {
      if (window[i] == 0x50 && window[i + 1] == 0x4b && window[i + 2] == 7 && window[i + 3] == 8
          && u64(window, i + 8) == base + i) {
        entryBytes(window, 0, i);
        long compressed = base + i;
        long crc = u32(window, i + 4);
        long size = u64(window, i + 16);
        if (inCore) {
          writeCore(compressed, crc, size);
        } else {
          descriptor(crc, compressed, size);
        }
        inputOffset += compressed + ZIP64_DESCRIPTOR_SIZE;
        state = State.HEADER;
        int used = i + ZIP64_DESCRIPTOR_SIZE - held;
        held = 0;
        return at + used;
      }
    }
    int keep = Math.min(total, ZIP64_DESCRIPTOR_SIZE - 1);
    entryBytes(window, 0, total - keep);
    System.arraycopy(window, total - keep, window, 0, keep);
    held = keep;
    dataLength += len;
    return end;
  }

  /** Data bytes of the current entry: to the output, or held for the core properties. */
  private void entryBytes(byte[] b, int off, int len) throws IOException {
    if (inCore) {
      core.write(b, off, len);
    } else {
      emit(b, off, len);
    }
  }

  /** A data descriptor: the plain form when the sizes fit in 32 bits, else the zip64 form. */
  private void descriptor(long crc, long compressed, long size) throws IOException {
    boolean plain = compressed < MAX32 && size < MAX32;
    byte[] d = new byte[plain ? 16 : ZIP64_DESCRIPTOR_SIZE];
    put32(d, 0, DESCRIPTOR);
    put32(d, 4, crc);
    if (plain) {
      put32(d, 8, compressed);
      put32(d, 12, size);
    } else {
      put64(d, 8, compressed);
      put64(d, 16, size);
    }
    emit(d, 0, d.length);
  }

  private void writeCore(long compressedLength, long crcRead, long size) throws IOException {
    byte[] xml = inflate(Arrays.copyOf(core.toByteArray(), (int) compressedLength), size);
    CRC32 crc = new CRC32();
    crc.update(xml);
    if (crc.getValue() != crcRead) {
      throw unexpected("a valid " + CORE);
    }
    byte[] undated = withoutDates(new String(xml, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
    byte[] deflated = deflate(undated);
    crc.reset();
    crc.update(undated);
    coreCrc = crc.getValue();
    coreCompressed = deflated.length;
    coreSize = undated.length;
    emit(deflated, 0, deflated.length);
    descriptor(coreCrc, coreCompressed, coreSize);
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
   * Corrects and writes the central directory: the core properties' checksum and sizes, every entry's offset and the
   * directory's own. Flushes the output; does not close it.
   *
   * @throws IOException if the output fails or the directory is not as expected
   */
  public void finish() throws IOException {
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
      String name = new String(d, at + CENTRAL_SIZE, nameLength, StandardCharsets.UTF_8);
      Long offset = moved.get(u32(d, at + 42));
      if (offset == null || offset >= MAX32) {
        throw unexpected("a directory entry for each local header");
      }
      put32(d, at + 42, offset);
      if (name.equals(coreName)) {
        if (u32(d, at + 24) == MAX32) {
          throw unexpected("a plain directory entry for " + CORE);
        }
        put32(d, at + 16, coreCrc);
        put32(d, at + 20, coreCompressed);
        put32(d, at + 24, coreSize);
      }
      at += CENTRAL_SIZE + nameLength + u16(d, at + 30) + u16(d, at + 32);
    }
    if (at + END_SIZE > d.length || u32(d, at) != END || u32(d, at + 16) != directoryInput
        || directoryOutput >= MAX32) {
      throw unexpected("an end of central directory record");
    }
    put32(d, at + 16, directoryOutput);
    emit(d, 0, d.length);
    out.flush();
  }

  private static IOException unexpected(String what) {
    return new IOException("the XLSX library wrote an unexpected zip layout (expected " + what + ")");
  }

  private static int u16(byte[] b, int at) {
    return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8;
  }

  private static long u32(byte[] b, int at) {
    return (u16(b, at) | (long) u16(b, at + 2) << 16) & MAX32;
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
