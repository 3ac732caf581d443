package org.opendti.io.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 1,000,000-unit wide CSV (10 indicators: 80 MB of values) reads in a child JVM limited to 400 MB of heap: the
 * reader fills primitive columns by position and the builder hands its columns to the dataset without a second copy.
 */
class LargeWideCsvTest {
  static final int UNITS = 1_000_000;
  static final int INDICATORS = 10;

  @Test
  void aMillionUnitWideCsvReadsWithin400MbOfHeap(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("wide.csv");
    long expected = 0;
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("uCode");
      for (int i = 1; i <= INDICATORS; i++) {
        w.write(",i" + i);
      }
      w.write('\n');
      for (int u = 0; u < UNITS; u++) {
        w.write("U");
        w.write(Integer.toString(u));
        for (int i = 0; i < INDICATORS; i++) {
          int v = (u * 31 + i * 7) % 1000;
          expected += v;
          w.write(',');
          w.write(Integer.toString(v));
          w.write(".5");
        }
        w.write('\n');
      }
    }
    expected += UNITS * INDICATORS / 2;
    String out = HeapBoundedRead.read(file, "400m");
    assertThat(out).isEqualTo(UNITS + " " + (long) UNITS * INDICATORS + " " + expected);
  }
}
