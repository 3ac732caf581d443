package org.opendti.io.json;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.opendti.Dataset;
import org.opendti.Unit;

/**
 * Run in a child JVM by {@link LargeDocumentsTest}: writes a dataset of {@code units × indicators} observations to a
 * file, reads it back and checks every value, then prints "OK" with the time and heap each direction took.
 * Arguments: format, file, units, indicators.
 */
final class LargeDatasetMain {
  private LargeDatasetMain() {}

  static String unit(int u) {
    return String.format(Locale.ROOT, "%05d", u);
  }

  static double value(int u, int i) {
    return ((u * 31L + i * 7L) % 10_007) / 10_007.0;
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean m : ManagementFactory.getMemoryPoolMXBeans()) {
      m.resetPeakUsage();
    }
  }

  /** The sum of the heap pools' peaks since the last reset: an upper bound of the heap in use at any moment. */
  private static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean m : ManagementFactory.getMemoryPoolMXBeans()) {
      if (m.getType() == MemoryType.HEAP) {
        peak += m.getPeakUsage().getUsed();
      }
    }
    return peak;
  }

  public static void main(String[] args) throws Exception {
    Format format = Format.valueOf(args[0]);
    Path file = Path.of(args[1]);
    int units = Integer.parseInt(args[2]);
    int indicators = Integer.parseInt(args[3]);
    Dataset.Builder b = Dataset.builder();
    for (int u = 0; u < units; u++) {
      b.addUnit(Unit.of(unit(u), "Tỉnh " + u));
    }
    for (int i = 0; i < indicators; i++) {
      for (int u = 0; u < units; u++) {
        b.put(unit(u), "0" + i, "2023", value(u, i));
      }
    }
    Dataset d = b.build();
    b = null;
    System.gc();
    resetPeaks();
    long t0 = System.nanoTime();
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      DatasetJson.of(format).write(d, out);
    }
    long writeNanos = System.nanoTime() - t0;
    long writePeak = peakHeap();
    d = null;
    System.gc();
    resetPeaks();
    t0 = System.nanoTime();
    Dataset back = DatasetJson.of(format).read(file);
    long readNanos = System.nanoTime() - t0;
    long readPeak = peakHeap();
    if (back.size() != units * indicators || back.units().size() != units) {
      throw new AssertionError("read " + back.size() + " observations of " + back.units().size() + " units");
    }
    for (int u = 0; u < units; u++) {
      if (!back.units().get(u).code().equals(unit(u))) {
        throw new AssertionError("unit " + u + " read as " + back.units().get(u).code());
      }
    }
    for (int i = 0; i < indicators; i++) {
      double[] v = back.values("2023", "0" + i);
      for (int u = 0; u < units; u++) {
        if (Double.compare(v[u], value(u, i)) != 0) {
          throw new AssertionError("unit " + u + ", indicator " + i + ": " + v[u] + " != " + value(u, i));
        }
      }
    }
    double mib = 1 << 20;
    System.out.printf(Locale.ROOT, "OK %s: %d observations, %.1f MiB; write %.1f s, peak heap %.0f MiB; read %.1f s,"
        + " peak heap %.0f MiB; max heap %.0f MiB%n", format, back.size(), Files.size(file) / mib, writeNanos / 1e9,
        writePeak / mib, readNanos / 1e9, readPeak / mib, Runtime.getRuntime().maxMemory() / mib);
  }
}
