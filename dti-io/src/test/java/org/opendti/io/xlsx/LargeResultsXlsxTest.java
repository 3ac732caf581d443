package org.opendti.io.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.opendti.Dataset;
import org.opendti.Frameworks;
import org.opendti.Node;
import org.opendti.engine.Results;
import org.opendti.engine.ScoringEngine;
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

    // The file through the JDK's zip reader: every entry decompresses with a valid checksum, and each sheet has a
    // header row and one row per unit; then through the SDK's own reader (the workbook decompresses to about 350 MB).
    try (ZipFile zip = new ZipFile(file.toFile())) {
      String workbook;
      try (InputStream in = zip.getInputStream(zip.getEntry("xl/workbook.xml"))) {
        workbook = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      // four sheets, named in Vietnamese (the writer escapes letters outside ASCII: "B&#x1ea3;ng x&#x1ebf;p h...")
      assertThat(workbook.split("<sheet ", -1)).hasSize(5);
      assertThat(workbook).contains("name=\"B&#x1ea3;ng x&#x1ebf;p h&#x1ea1;ng\"");
      for (int sheet = 1; sheet <= 4; sheet++) {
        try (InputStream in = zip.getInputStream(zip.getEntry("xl/worksheets/sheet" + sheet + ".xml"))) {
          assertThat(count(in, "<row ")).as("sheet " + sheet).isEqualTo(UNITS + 1);
        }
      }
      for (ZipEntry e : Collections.list(zip.entries())) {
        try (InputStream in = zip.getInputStream(e)) {
          in.transferTo(OutputStream.nullOutputStream());
        }
      }
    }
    try (XlsxWorkbook workbook = XlsxWorkbook.open(file)) {
      assertThat(workbook.sheets()).containsExactly("Bảng xếp hạng", "Chính quyền số", "Kinh tế số", "Xã hội số");
      List<String> codes = List.of("dti", "gov", "econ", "society");
      for (int k = 0; k < codes.size(); k++) {
        String sheet = workbook.sheets().get(k);
        try (TableReader t = workbook.sheet(sheet)) {
          assertThat(t.header().subList(0, 2)).as(sheet).containsExactly("unit", "name");
          int value = t.column(codes.get(k));
          assertThat(value).as(sheet).isPositive();
          int rows = 0;
          double previous = Double.POSITIVE_INFINITY;
          while (t.next()) {
            rows++;
            assertThat(t.string(0)).startsWith("P");
            double v = t.number(value, org.opendti.io.NumberStyle.DEFAULT);
            // each sheet lists the units by that sheet's rank, best first
            assertThat(v).as("%s row %d", sheet, t.row()).isBetween(0.0, previous);
            previous = v;
          }
          assertThat(rows).as(sheet).isEqualTo(UNITS);
          assertThat(t.problems()).isEmpty();
        }
      }
    }
  }

  /** How often an ASCII text occurs in a stream, read in blocks. */
  static long count(InputStream in, String text) throws IOException {
    byte[] pattern = text.getBytes(StandardCharsets.US_ASCII);
    byte[] buf = new byte[1 << 16];
    long found = 0;
    int matched = 0;
    for (int n = in.read(buf); n > 0; n = in.read(buf)) {
      for (int i = 0; i < n; i++) {
        // the pattern starts with '<', which occurs nowhere else in it, so a mismatch restarts the match
        matched = buf[i] == pattern[matched] ? matched + 1 : buf[i] == pattern[0] ? 1 : 0;
        if (matched == pattern.length) {
          found++;
          matched = 0;
        }
      }
    }
    return found;
  }
}
