package org.opendti.io.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendti.Dataset;
import org.opendti.io.csv.CsvOptions;

/**
 * A 1,000,000-row long CSV (10,205 units × 98 indicators, 19 MB) reads in a child JVM limited to 48 MB of heap: the
 * reader numbers each unit and indicator text once and fills primitive columns, so memory follows the values (8 MB),
 * not the rows. The figure the README gives for one machine.
 */
class LargeLongCsvTest {
  static final int ROWS = 1_000_000;
  static final int INDICATORS = 98;

  /**
   * Reads the file given as the first argument and prints units, observations and the sum of all values.
   *
   * @param args the file
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    Dataset d = DtiFiles.readDataset(Path.of(args[0]), CsvOptions.defaults());
    double sum = 0;
    for (String i : d.indicators("")) {
      for (double v : d.values("", i)) {
        if (!Double.isNaN(v)) {
          sum += v;
        }
      }
    }
    System.out.println(d.units().size() + " " + d.size() + " " + (long) sum);
  }

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
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(List.of(java, "-Xmx48m", "-XX:+UseSerialGC", "-cp",
        System.getProperty("java.class.path"), LargeLongCsvTest.class.getName(), file.toString()))
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    assertThat(out.strip()).isEqualTo(units + " " + ROWS + " " + expected);
  }
}
