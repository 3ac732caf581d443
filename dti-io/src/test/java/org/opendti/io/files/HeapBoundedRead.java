package org.opendti.io.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.opendti.Dataset;
import org.opendti.io.csv.CsvOptions;

/**
 * Reads a dataset file in a child JVM with a bounded heap, for the tests that show a large file reads in little
 * memory. The child prints the number of units, the number of observations and the sum of all present values.
 */
final class HeapBoundedRead {
  private HeapBoundedRead() {}

  /**
   * The child's entry point: reads the file given as the first argument and prints {@code units observations sum}.
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

  /**
   * Reads {@code file} in a child JVM with {@code -Xmx<heap>} and the serial collector; the child must succeed.
   *
   * @return what the child printed, stripped
   */
  static String read(Path file, String heap) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(List.of(java, "-Xmx" + heap, "-XX:+UseSerialGC", "-cp",
        System.getProperty("java.class.path"), HeapBoundedRead.class.getName(), file.toString()))
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    return out.strip();
  }
}
