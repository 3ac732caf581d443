package org.opendti.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.opendti.DtiException;
import org.opendti.ProblemsException;
import org.opendti.io.ResultTable;

/**
 * The results reader, which reads rows one at a time and parses numbers in the table's buffer, against reading the
 * whole table into memory first ({@link ResultsCsvReader#read(CsvTable)}, its route before): the same table (units in
 * order, nodes, every value and rank to the bit) or the same problems, on seeded random files with empty cells, bad
 * numbers, ragged rows, repeated units and broken headers.
 */
final class ResultsCsvReaderStreamTest {
  private static Object outcome(ThrowingSupplier read) {
    try {
      ResultTable t = read.get();
      StringBuilder sb = new StringBuilder();
      sb.append(t.units()).append('\n').append(t.nodes()).append('\n');
      for (String u : t.units()) {
        for (String n : t.nodes()) {
          ResultTable.Cell c = t.cell(u, n);
          sb.append(Double.doubleToRawLongBits(c.value())).append('/').append(Double.doubleToRawLongBits(c.rank()))
              .append(' ');
        }
        sb.append('\n');
      }
      return sb.toString();
    } catch (ProblemsException e) {
      return e.problems().stream().map(Throwable::getMessage).toList();
    } catch (DtiException e) {
      return List.of(e.getClass().getSimpleName(), e.getMessage());
    }
  }

  @FunctionalInterface
  private interface ThrowingSupplier {
    ResultTable get();
  }

  private static String cell(SplittableRandom r, boolean clean, boolean rank) {
    int k = clean ? 0 : r.nextInt(20);
    return switch (k) {
      case 1 -> "";
      case 2 -> "abc";
      case 3 -> "0,5";
      case 4 -> "\"0.25\"";
      case 5 -> " 7 ";
      case 6 -> "1e999";
      case 7 -> "'-1";
      default -> rank ? Integer.toString(1 + r.nextInt(500))
          : String.format(java.util.Locale.ROOT, "%.12f", r.nextDouble() * (r.nextBoolean() ? 1 : 100));
    };
  }

  private static byte[] randomFile(SplittableRandom r, boolean clean) {
    int nodes = 1 + r.nextInt(6);
    List<String> header = new ArrayList<>(List.of("unit"));
    boolean name = r.nextBoolean();
    if (name) {
      header.add("name");
    }
    for (int n = 0; n < nodes; n++) {
      header.add("n" + n);
      header.add("n" + n + "_rank");
    }
    boolean dtiClass = r.nextInt(3) == 0;
    if (dtiClass) {
      header.add("dti_class");
    }
    if (!clean) {
      switch (r.nextInt(12)) {
        case 0 -> header.remove(header.size() - 1); // a node without its rank, or a lost dti_class
        case 1 -> header.set(0, "Unit");
        case 2 -> header.add("n0"); // a node twice, without rank
        case 3 -> header.add(""); // an empty last header: values there lie outside the table
        default -> { }
      }
    }
    StringBuilder sb = new StringBuilder(String.join(",", header)).append('\n');
    int rows = 1 + r.nextInt(40);
    for (int i = 0; i < rows; i++) {
      List<String> row = new ArrayList<>();
      row.add(r.nextInt(8) == 0 ? "u" + r.nextInt(3) : "u" + i);
      if (name) {
        row.add("Name " + i);
      }
      for (int n = 0; n < nodes; n++) {
        row.add(cell(r, clean, false));
        row.add(cell(r, clean, true));
      }
      if (dtiClass) {
        row.add("B");
      }
      while (row.size() < header.size()) {
        row.add(r.nextBoolean() ? "" : "x");
      }
      if (!clean && r.nextInt(15) == 0) {
        row.add("extra");
      }
      sb.append(String.join(",", row)).append('\n');
    }
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void randomFiles_readAsWhenHeldInMemory() {
    SplittableRandom r = new SplittableRandom(0x7e5_2026L);
    int tables = 0;
    int failures = 0;
    for (int i = 0; i < 1_500; i++) {
      byte[] bytes = randomFile(r, i % 3 == 0);
      Object expected = outcome(() -> ResultsCsvReader.read(CsvTable.parse("r.csv", bytes, CsvOptions.defaults())));
      Object actual = outcome(() -> ResultsCsvReader.read("r.csv", bytes));
      assertThat(actual).as("file %d:%n%s", i, new String(bytes, StandardCharsets.UTF_8)).isEqualTo(expected);
      if (expected instanceof String) {
        tables++;
      } else {
        failures++;
      }
    }
    assertThat(tables).isGreaterThan(300);
    assertThat(failures).isGreaterThan(300);
  }
}
