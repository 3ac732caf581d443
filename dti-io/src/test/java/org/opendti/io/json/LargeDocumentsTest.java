package org.opendti.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.opendti.Dataset;
import org.opendti.Framework;
import org.opendti.Node;
import org.opendti.NodeKind;

/** Documents of any size: streamed datasets in bounded memory, YAML past SnakeYAML's default limit, huge frameworks. */
final class LargeDocumentsTest {
  @TempDir
  Path dir;

  /** 1,000,000 observations (10,000 units × 100 indicators) written and read back by a JVM with a 256 MB heap. */
  @ParameterizedTest
  @EnumSource(Format.class)
  void millionObservations_roundTrip_in256MegabytesOfHeap(Format f) throws Exception {
    Path file = dir.resolve("big." + f.name().toLowerCase(java.util.Locale.ROOT));
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(java.toString(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
        LargeDatasetMain.class.getName(), f.name(), file.toString(), "10000", "100").redirectErrorStream(true)
        .start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(output).isZero();
    assertThat(output).contains("OK " + f.name() + ": 1000000 observations");
    System.out.print(output);
  }

  @Test
  void yaml_largerThanSnakeYamlsDefaultLimit_readsBack() {
    Dataset.Builder b = Dataset.builder();
    for (int u = 0; u < 60; u++) {
      for (int i = 0; i < 1000; i++) {
        b.put(LargeDatasetMain.unit(u), "0" + i, "2023", LargeDatasetMain.value(u, i));
      }
    }
    Dataset d = b.build();
    String text = DatasetJson.of(Format.YAML).toText(d);
    assertThat(text.codePointCount(0, text.length())).isGreaterThan(3 * 1024 * 1024);
    assertThat(DatasetJson.of(Format.YAML).read("big.yaml", text.getBytes(StandardCharsets.UTF_8))).isEqualTo(d);
  }

  /** A framework of {@code n} nodes below the index, each the child of a node 1..100 places before it. */
  private static Framework wide(int n) {
    Framework.Builder b = Framework.builder().id("big").version("1").nameVi("Khung lớn");
    b.addNodes(Node.builder().code("idx").nameVi("Chỉ số").kind(NodeKind.INDEX).build());
    for (int i = 1; i <= n; i++) {
      String parent = i <= 100 ? "idx" : "n" + (i - 1 - (i % 100));
      b.addNodes(Node.builder().code("n" + i).nameVi("Thành phần " + i).kind(NodeKind.COMPONENT).addParents(parent)
          .weight(1 + i % 3).build());
    }
    return b.build();
  }

  /** A chain: each node the only child of the one before. */
  private static Framework deep(int depth) {
    Framework.Builder b = Framework.builder().id("deep").version("1").nameVi("Khung sâu");
    b.addNodes(Node.builder().code("idx").nameVi("Chỉ số").kind(NodeKind.INDEX).build());
    for (int i = 1; i <= depth; i++) {
      b.addNodes(Node.builder().code("n" + i).nameVi("Cấp " + i).kind(NodeKind.COMPONENT)
          .addParents(i == 1 ? "idx" : "n" + (i - 1)).weight(1).build());
    }
    return b.build();
  }

  private static Framework roundTrip(Format f, Framework fw) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    FrameworkJson.of(f).write(fw, Optional.empty(), out);
    return FrameworkJson.of(f).read("f", out.toByteArray()).framework();
  }

  @Test
  void framework_twoHundredThousandNodes_roundTrips() throws IOException {
    Framework fw = wide(200_000);
    assertThat(roundTrip(Format.JSON, fw)).isEqualTo(fw);
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void framework_threeThousandLevelsDeep_roundTrips(Format f) throws IOException {
    Framework fw = deep(3_000);
    assertThat(roundTrip(f, fw)).isEqualTo(fw);
  }
}
