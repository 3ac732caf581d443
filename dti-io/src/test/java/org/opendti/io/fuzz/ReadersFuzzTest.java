package org.opendti.io.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Optional;
import org.opendti.DtiException;
import org.opendti.io.csv.CoinrMetaReader;
import org.opendti.io.csv.CsvDatasetReader;
import org.opendti.io.csv.CsvOptions;
import org.opendti.io.csv.FrameworkTableReader;
import org.opendti.io.csv.WideCsvDatasetReader;
import org.opendti.io.json.DatasetJson;
import org.opendti.io.json.Format;
import org.opendti.io.json.FrameworkJson;
import org.opendti.io.xlsx.XlsxDatasetReader;

/**
 * Jazzer fuzz targets, one per reader: whatever the bytes, a reader returns a value or throws a {@link DtiException}
 * (the documented family, which names the location); any other throwable is a finding. Without {@code JAZZER_FUZZ}
 * (as in CI) each target runs the stored corpus under {@code src/test/resources/.../ReadersFuzzTestInputs/<target>/}
 * (regression mode); with {@code JAZZER_FUZZ=1} it fuzzes for {@code maxDuration}.
 */
final class ReadersFuzzTest {
  private static final CsvOptions OPTIONS = CsvOptions.builder().maxFieldLength(1000).build();
  private static final CsvOptions VIETNAMESE = CsvOptions.builder().maxFieldLength(1000)
      .numberStyle(org.opendti.io.NumberStyle.VIETNAMESE).build();

  /** Runs a read; only the documented exception family may escape. */
  private static void read(Runnable reading) {
    try {
      reading.run();
    } catch (DtiException expected) {
      if (expected.getMessage() == null || expected.getMessage().isBlank()) {
        throw new AssertionError("a DtiException without a message", expected);
      }
    }
  }

  @FuzzTest(maxDuration = "30s")
  void longCsv(byte[] input) {
    read(() -> CsvDatasetReader.of(OPTIONS).read("fuzz.csv", input));
    read(() -> CsvDatasetReader.of(VIETNAMESE).read("fuzz.csv", input));
  }

  @FuzzTest(maxDuration = "30s")
  void wideCsv(byte[] input) {
    read(() -> WideCsvDatasetReader.of(OPTIONS).read("fuzz.csv", input));
  }

  @FuzzTest(maxDuration = "30s")
  void json(byte[] input) {
    read(() -> DatasetJson.of(Format.JSON).read("fuzz.json", input));
  }

  @FuzzTest(maxDuration = "30s")
  void yaml(byte[] input) {
    read(() -> DatasetJson.of(Format.YAML).read("fuzz.yaml", input));
  }

  @FuzzTest(maxDuration = "30s")
  void xlsx(byte[] input) {
    read(() -> XlsxDatasetReader.of(OPTIONS).read("fuzz.xlsx", input, Optional.empty()));
  }

  @FuzzTest(maxDuration = "30s")
  void frameworkTable(byte[] input) {
    read(() -> FrameworkTableReader.of(OPTIONS).read("fuzz.csv", "fuzz", "fuzz", input));
  }

  @FuzzTest(maxDuration = "30s")
  void frameworkJson(byte[] input) {
    read(() -> FrameworkJson.of(Format.JSON).read("fuzz.json", input));
  }

  @FuzzTest(maxDuration = "30s")
  void coinrMeta(byte[] input) {
    read(() -> CoinrMetaReader.of(OPTIONS).read("fuzz.csv", "fuzz", input));
  }
}
