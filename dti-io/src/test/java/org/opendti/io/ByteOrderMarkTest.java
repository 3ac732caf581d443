package org.opendti.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendti.Dataset;
import org.opendti.Framework;
import org.opendti.Frameworks;
import org.opendti.engine.Results;
import org.opendti.engine.ScoringEngine;
import org.opendti.io.csv.CsvDatasetWriter;
import org.opendti.io.csv.CsvOptions;
import org.opendti.io.csv.FrameworkTableWriter;
import org.opendti.io.csv.ResultsCsvReader;
import org.opendti.io.csv.ResultsCsvWriter;
import org.opendti.io.files.DtiFiles;

/**
 * The UTF-8 byte-order mark: files for people (results, framework tables) start with it, datasets, streams and pipes
 * never do ({@link Audience}), and every reader reads every layout alike with and without it.
 */
final class ByteOrderMarkTest {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  @TempDir
  Path dir;

  private static boolean marked(byte[] bytes) {
    return bytes.length >= 3 && Arrays.equals(Arrays.copyOf(bytes, 3), BOM);
  }

  private static byte[] withMark(byte[] bytes) {
    byte[] out = Arrays.copyOf(BOM, 3 + bytes.length);
    System.arraycopy(bytes, 0, out, 3, bytes.length);
    return out;
  }

  static Results results() {
    Dataset.Builder b = Dataset.builder();
    for (int u = 0; u < 5; u++) {
      for (var leaf : Frameworks.pdti2022().leaves()) {
        b.put("Tỉnh " + u, leaf.code(), ((u * 7 + leaf.code().length()) % 10) / 10.0);
      }
    }
    return ScoringEngine.official().score(Frameworks.pdti2022(), b.build());
  }

  static Dataset dataset() {
    return Dataset.builder().put("Hà Nội", "1", 0.5).put("Huế", "1", 0.25).put("Hà Nội", "2", 1.0)
        .put("Huế", "2", 0.75).build();
  }

  @Test
  void results_aFileStartsWithTheMark_aStreamDoesNot_andBothReadBackEqual() throws IOException {
    Results r = results();
    ResultTable want = ResultTable.of(r, 4);
    Path file = dir.resolve("results.csv");
    ResultsCsvWriter.of(4).write(r, file);
    byte[] bytes = Files.readAllBytes(file);
    assertThat(marked(bytes)).isTrue();
    assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))
        .isEqualTo(ResultsCsvWriter.of(4).toCsv(r));
    assertThat(ResultsCsvReader.read("results.csv", bytes)).isEqualTo(want);

    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    ResultsCsvWriter.of(4).write(r, stream);
    assertThat(marked(stream.toByteArray())).isFalse();
    assertThat(ResultsCsvReader.read("stream.csv", stream.toByteArray())).isEqualTo(want);
    assertThat(ResultsCsvWriter.of(4).toCsv(r)).doesNotStartWith("\uFEFF");

    Path viaFiles = dir.resolve("via-dtifiles.csv");
    DtiFiles.writeResults(r, viaFiles, ResultsCsvWriter.of(4), List.of());
    assertThat(Files.readAllBytes(viaFiles)).isEqualTo(bytes);
  }

  @Test
  void frameworkTable_aFileStartsWithTheMark_aStreamDoesNot_andBothReadBack() throws IOException {
    Framework f = Frameworks.exampleSubProvincial();
    Path file = dir.resolve("khung.csv");
    FrameworkTableWriter.write(f, file);
    byte[] bytes = Files.readAllBytes(file);
    assertThat(marked(bytes)).isTrue();
    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    FrameworkTableWriter.write(f, stream);
    assertThat(marked(stream.toByteArray())).isFalse();
    assertThat(Arrays.copyOfRange(bytes, 3, bytes.length)).isEqualTo(stream.toByteArray());

    Path viaFiles = dir.resolve("via-dtifiles.csv");
    DtiFiles.writeFramework(new org.opendti.io.json.FrameworkJson.Definition(f, java.util.Optional.empty()),
        viaFiles, List.of());
    assertThat(Files.readAllBytes(viaFiles)).isEqualTo(bytes);
    assertThat(DtiFiles.isFramework(file)).isTrue();
    Framework back = DtiFiles.readFramework(file.toString(), CsvOptions.defaults()).framework();
    Path plain = dir.resolve("plain.csv");
    Files.write(plain, stream.toByteArray());
    Framework backPlain = DtiFiles.readFramework(plain.toString(), CsvOptions.defaults()).framework();
    assertThat(back.nodes()).isEqualTo(backPlain.nodes()).hasSameSizeAs(f.nodes());
    assertThat(back.nodes().get(0).nameVi()).isEqualTo(f.nodes().get(0).nameVi());
  }

  @Test
  void datasets_areForPrograms_noMark_andReadTheSameWithOne() throws IOException {
    Dataset d = dataset();
    for (String name : List.of("long.csv", "data.wide.csv")) {
      Path file = dir.resolve(name);
      DtiFiles.writeDataset(d, file, List.of());
      byte[] bytes = Files.readAllBytes(file);
      assertThat(marked(bytes)).as(name).isFalse();
      Path marked = dir.resolve("marked-" + name);
      Files.write(marked, withMark(bytes));
      assertThat(DtiFiles.readDataset(marked, CsvOptions.defaults())).as(name).isEqualTo(d);
      assertThat(DtiFiles.readDataset(file, CsvOptions.defaults())).as(name).isEqualTo(d);
    }
    Path longFile = dir.resolve("direct.csv");
    CsvDatasetWriter.of().writeLong(d, longFile);
    assertThat(marked(Files.readAllBytes(longFile))).isFalse();
    CsvDatasetWriter.of().writeWide(d, longFile);
    assertThat(marked(Files.readAllBytes(longFile))).isFalse();
  }

  @Test
  void coinrMeta_readsTheSameWithTheMark() throws IOException {
    byte[] meta;
    try (InputStream in = ByteOrderMarkTest.class.getResourceAsStream("/reference/ref63_meta.csv")) {
      meta = in.readAllBytes();
    }
    Path plain = dir.resolve("meta.csv");
    Files.write(plain, meta);
    Path marked = dir.resolve("marked-meta.csv");
    Files.write(marked, withMark(meta));
    assertThat(DtiFiles.isFramework(marked)).isTrue();
    Framework a = DtiFiles.readFramework(plain.toString(), CsvOptions.defaults()).framework();
    Framework b = DtiFiles.readFramework(marked.toString(), CsvOptions.defaults()).framework();
    assertThat(b.nodes()).isEqualTo(a.nodes()).isNotEmpty();
  }

  @Test
  void peopleText_aNamedPipe_getsNoMark() throws Exception {
    Path fifo = dir.resolve("pipe.csv");
    Process p = new ProcessBuilder("mkfifo", fifo.toString()).redirectErrorStream(true).start();
    assertThat(p.waitFor()).isZero();
    CompletableFuture<byte[]> reader = CompletableFuture.supplyAsync(() -> {
      try {
        return Files.readAllBytes(fifo);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    });
    byte[] text = "unit,dti\nHà Nội,0.8\n".getBytes(StandardCharsets.UTF_8);
    OutputFiles.writeText(fifo, List.of(), Audience.PEOPLE, out -> out.write(text));
    assertThat(reader.get(30, TimeUnit.SECONDS)).isEqualTo(text);
  }

  @Test
  void peopleText_replacingAFile_startsWithOneMark_programsTextWithNone() throws IOException {
    Path file = dir.resolve("t.csv");
    Files.writeString(file, "old");
    byte[] text = "a\n".getBytes(StandardCharsets.UTF_8);
    OutputFiles.writeText(file, List.of(), Audience.PEOPLE, out -> out.write(text));
    assertThat(Files.readAllBytes(file)).isEqualTo(withMark(text));
    OutputFiles.writeText(file, List.of(), Audience.PEOPLE, out -> out.write(text));
    assertThat(Files.readAllBytes(file)).isEqualTo(withMark(text));
    OutputFiles.writeText(file, List.of(), Audience.PROGRAMS, out -> out.write(text));
    assertThat(Files.readAllBytes(file)).isEqualTo(text);
  }
}
