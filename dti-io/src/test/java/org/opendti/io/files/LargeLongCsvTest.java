package org.opendti.io.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 1,000,000-row long CSV (10,205 units × 98 indicators, 19 MB) reads in a child JVM limited to 48 MB of heap: the
 * reader numbers each unit and indicator text once and fills primitive columns, so memory follows the values (8 MB),
 * not the rows. The figure the README gives for one machine.
 */
class LargeLongCsvTest {
  static final int ROWS = 1_000_000;
  static final int INDICATORS = 98;

  @Test
  void aMillionRowLongCsvReadsWithin48MbOfHeap(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("long.csv");
    long expected = 0;
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("unit,indicator,value\n");
      for (int r = 0; r < ROWS; r++) {
        int v = (r * 31) % 1000;
        expected += v;
        w.write("Tỉnh " + r / INDICATORS + ",i" + r % INDICATORS + "," + v + ".5\n");
      }
    }
    expected += ROWS / 2;
    int units = (ROWS + INDICATORS - 1) / INDICATORS;
    String out = HeapBoundedRead.read(file, "48m");
    assertThat(out).isEqualTo(units + " " + ROWS + " " + expected);
  }
}
