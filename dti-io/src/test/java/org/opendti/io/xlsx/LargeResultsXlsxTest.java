package org.opendti.io.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.opendti.Dataset;
import org.opendti.Frameworks;
import org.opendti.Node;
import org.opendti.Results;
import org.opendti.ScoringEngine;
import org.opendti.io.table.CellType;
import org.opendti.io.table.TableReader;
import org.opendti.io.table.XlsxWorkbook;

/**
 * 200,000 units' results (the 2022 provincial framework: 13 nodes, three pillar sheets) written as a workbook by a JVM
 * limited to 256 MB: rows go to the file as they are made. The write runs in a child JVM started with the test class
 * path, so the limit applies to it alone; the timeout only guards against a hang.
 */
final class LargeResultsXlsxTest {
  static final int UNITS = 200_000;

  /**
   * The child JVM: scores {@link #UNITS} units and streams the workbook to the file named by the argument, then prints
   * the time and the most heap in use after any garbage collection during the write (the live data), in megabytes.
   *
   * @param args the target file
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Dataset.Builder b = Dataset.builder();
    List<Node> leaves = Frameworks.pdti2022().leaves();
    for (int u = 0; u < UNITS; u++) {
      for (int k = 0; k < leaves.size(); k++) {
        b.put("P" + u, leaves.get(k).code(), ((u * 7L + k * 13L) % 1_000) / 1_000.0);
      }
    }
    Results r = ScoringEngine.official().score(Frameworks.pdti2022(), b.build());
    b = null;
    AtomicLong liveAfterGc = new AtomicLong();
    java.util.Set<String> heap = new java.util.HashSet<>();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        heap.add(pool.getName());
      }
    }
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) gc).addNotificationListener((n, handback) -> {
        if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
          long used = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData()).getGcInfo()
              .getMemoryUsageAfterGc().entrySet().stream().filter(e -> heap.contains(e.getKey()))
              .mapToLong(e -> e.getValue().getUsed()).sum();
          liveAfterGc.accumulateAndGet(used, Math::max);
        }
      }, null, null);
    }
    long start = System.nanoTime();
    try (OutputStream out = Files.newOutputStream(Path.of(args[0]))) {
      XlsxWriter.results(r, out);
    }
    System.out.printf("wrote %d units in %.1f s; most heap in use after a collection while writing: %d MB of %d MB%n",
        UNITS, (System.nanoTime() - start) / 1e9, liveAfterGc.get() >> 20, Runtime.getRuntime().maxMemory() >> 20);
  }

  @Test
  @Timeout(value = 600, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void results200000Units_streamToAFile_in256Megabytes(@TempDir Path tmp) throws Exception {
    Path file = tmp.resolve("big.xlsx");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path log = tmp.resolve("child.log");
    Process child = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
        LargeResultsXlsxTest.class.getName(), file.toString()).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    try {
      assertThat(child.waitFor(500, TimeUnit.SECONDS)).as("the child JVM finished").isTrue();
    } finally {
      child.destroyForcibly();
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(child.exitValue()).as(output).isZero();
    System.out.print(output);
    assertThat(output).contains("wrote 200000 units");

    try (XlsxWorkbook wb = XlsxWorkbook.open(file)) {
      assertThat(wb.sheets()).containsExactly("ranking", "gov", "econ", "society");
      for (String sheet : wb.sheets()) {
        int rows = 1;
        int firsts = 0;
        try (TableReader t = wb.sheet(sheet)) {
          assertThat(t.header().get(3)).as(sheet).endsWith("_rank");
          while (t.next()) {
            rows++;
            // column 3 is a rank on every sheet: the first node's on "ranking", the pillar's on its own sheet
            if (t.type(3) == CellType.NUMBER && t.text(3).equals("1")) {
              firsts++;
            }
          }
        }
        assertThat(rows).as(sheet).isEqualTo(UNITS + 1);
        assertThat(firsts).as(sheet).isPositive();
      }
    }
  }
}
