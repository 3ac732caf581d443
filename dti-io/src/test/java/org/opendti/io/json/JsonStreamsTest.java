package org.opendti.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.opendti.Dataset;
import org.opendti.Framework;

/** Readers take a stream read once and left open (pipes, standard input); writers stream and leave theirs open. */
final class JsonStreamsTest {
  @TempDir
  Path dir;

  /** Counts what the reader does with the stream. */
  private static final class Watched extends FilterInputStream {
    int closed;

    Watched(InputStream in) {
      super(in);
    }

    @Override
    public void close() throws IOException {
      closed++;
      super.close();
    }
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void read_stream_readsItToTheEnd_andLeavesItOpen(Format f) throws IOException {
    Dataset d = Samples.dataset(3);
    Watched in = new Watched(new ByteArrayInputStream(DatasetJson.of(f).toText(d).getBytes(StandardCharsets.UTF_8)));
    assertThat(DatasetJson.of(f).read("stdin", in)).isEqualTo(d);
    assertThat(in.closed).isZero();
    assertThat(in.read()).isEqualTo(-1);

    Framework fw = Samples.framework(3, 10, true);
    Watched fin = new Watched(new ByteArrayInputStream(FrameworkJson.of(f).toText(fw, Optional.empty())
        .getBytes(StandardCharsets.UTF_8)));
    assertThat(FrameworkJson.of(f).read("stdin", fin).framework()).isEqualTo(fw);
    assertThat(fin.closed).isZero();
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void write_stream_isFlushed_andLeftOpen(Format f) throws IOException {
    Dataset d = Samples.dataset(4);
    int[] closed = {0};
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    OutputStream out = new FilterOutputStream(bytes) {
      @Override
      public void close() {
        closed[0]++;
      }
    };
    DatasetJson.of(f).write(d, out);
    assertThat(closed[0]).isZero();
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(DatasetJson.of(f).toText(d));
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void write_file_readsBack(Format f) throws IOException {
    Dataset d = Samples.dataset(5);
    Path file = dir.resolve("d." + f.name().toLowerCase(java.util.Locale.ROOT));
    DatasetJson.of(f).write(d, file);
    assertThat(DatasetJson.of(f).read(file)).isEqualTo(d);
    Framework fw = Samples.framework(5, 12, true);
    Path ff = dir.resolve("f." + f.name().toLowerCase(java.util.Locale.ROOT));
    FrameworkJson.of(f).write(fw, Optional.empty(), ff);
    assertThat(FrameworkJson.of(f).read(ff).framework()).isEqualTo(fw);
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES) // guards against a hang only: a second open of a pipe never returns
  void read_namedPipe_opensItOnce() throws Exception {
    Path fifo = dir.resolve("data.json");
    Process mk;
    try {
      mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
    } catch (IOException e) {
      mk = null;
    }
    assumeThat(mk != null && mk.waitFor() == 0).as("mkfifo is available").isTrue();
    Dataset d = Samples.dataset(6);
    byte[] content = DatasetJson.of(Format.JSON).toText(d).getBytes(StandardCharsets.UTF_8);
    Thread writer = new Thread(() -> {
      try {
        Files.write(fifo, content);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    writer.start();
    assertThat(DatasetJson.of(Format.JSON).read(fifo)).isEqualTo(d);
    writer.join();
  }
}
