package org.opendti.io.xlsx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import org.opendti.io.DataFormatException;
import org.opendti.io.SourceLocation;

/**
 * The checks a workbook passes before it is parsed. Every part is decompressed once, counting bytes, so a zip bomb
 * stops at the limit without using more memory than a small buffer.
 */
final class XlsxLimits {
  /** Largest total decompressed size, 256 MB. */
  static final long MAX_TOTAL = 256L << 20;
  /** Largest number of parts. */
  static final int MAX_PARTS = 10_000;
  /** Largest decompressed/compressed ratio of a part larger than 1 MB. */
  static final long MAX_RATIO = 200;

  private XlsxLimits() {}

  static void check(String source, byte[] content) {
    SourceLocation at = SourceLocation.of(source);
    if (content.length < 4 || content[0] != 'P' || content[1] != 'K') {
      throw new DataFormatException(at, "", "not an XLSX workbook (an XLSX file is a ZIP archive; this file is not):"
          + " save it from Excel as .xlsx, or name a CSV file .csv");
    }
    long total = 0;
    int parts = 0;
    boolean workbook = false;
    byte[] buf = new byte[8192];
    java.nio.file.Path tmp = null;
    try {
      tmp = java.nio.file.Files.createTempFile("dti-xlsx", ".zip");
      java.nio.file.Files.write(tmp, content);
    } catch (IOException e) {
      throw new DataFormatException(at, "", "cannot check the workbook: " + e.getMessage());
    }
    try (java.util.zip.ZipFile zipFile = new java.util.zip.ZipFile(tmp.toFile())) {
      var entries = zipFile.entries();
      while (entries.hasMoreElements()) {
        ZipEntry e = entries.nextElement();
        InputStream zip = zipFile.getInputStream(e);
        if (++parts > MAX_PARTS) {
          throw new DataFormatException(at, "", "more than " + MAX_PARTS + " parts in the workbook");
        }
        workbook |= e.getName().equals("xl/workbook.xml");
        long size = 0;
        StringBuilder head = new StringBuilder();
        int n;
        while ((n = zip.read(buf)) > 0) {
          size += n;
          total += n;
          if (head.length() < 4096) {
            head.append(new String(buf, 0, Math.min(n, 4096), StandardCharsets.ISO_8859_1));
          }
          if (total > MAX_TOTAL) {
            throw new DataFormatException(at, e.getName(), "the workbook decompresses to more than "
                + (MAX_TOTAL >> 20) + " MB: refused (possible zip bomb)");
          }
        }
        long compressed = e.getCompressedSize();
        if (size > (1 << 20) && compressed > 0 && size / compressed > MAX_RATIO) {
          throw new DataFormatException(at, e.getName(), "part compresses " + size / compressed + " to 1: refused"
              + " (possible zip bomb)");
        }
        String h = head.toString();
        if (e.getName().endsWith(".xml") || e.getName().endsWith(".rels")) {
          if (h.contains("<!DOCTYPE") || h.contains("<!ENTITY")) {
            throw new DataFormatException(at, e.getName(), "the workbook contains a DTD or entity declaration:"
                + " refused (external entities are not allowed)");
          }
        }
        zip.close();
      }
    } catch (ZipException e) {
      throw new DataFormatException(at, "", "not a readable XLSX workbook: " + e.getMessage());
    } catch (IOException e) {
      throw new DataFormatException(at, "", "cannot read the workbook: " + e.getMessage());
    } finally {
      try {
        java.nio.file.Files.deleteIfExists(tmp);
      } catch (IOException ignored) {
        // A leftover temporary file is harmless; the check's outcome stands.
      }
    }
    if (!workbook) {
      throw new DataFormatException(at, "", "a ZIP archive but not an XLSX workbook (no xl/workbook.xml)");
    }
  }

  static InputStream stream(byte[] content) {
    return new ByteArrayInputStream(content);
  }
}
