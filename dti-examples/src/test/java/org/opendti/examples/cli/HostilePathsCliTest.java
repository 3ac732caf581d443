package org.opendti.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opendti.examples.cli.DtiCommandTest.dti;
import static org.opendti.examples.cli.DtiCommandTest.sample;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Inputs and outputs named by paths that are not plain files: pipes, links, other spellings of an input. */
class HostilePathsCliTest {
  private static void mkfifo(Path p) throws IOException, InterruptedException {
    Process mk = new ProcessBuilder("mkfifo", p.toString()).start();
    Assumptions.assumeTrue(mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0, "mkfifo is not available");
  }

  /** Writes a file into a named pipe from another thread, as a shell's process substitution would. */
  private static Thread feed(Path fifo, byte[] content) {
    Thread t = new Thread(() -> {
      try (OutputStream out = Files.newOutputStream(fifo)) {
        out.write(content);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    t.start();
    return t;
  }

  @Test
  @Timeout(60) // a hang guard: before, the file was opened several times and a pipe never delivered twice
  void aNamedPipeAsDataIsReadOnce(@TempDir Path dir) throws Exception {
    Path fifo = dir.resolve("data.csv");
    mkfifo(fifo);
    Thread writer = feed(fifo, Files.readAllBytes(sample()));
    DtiCommandTest.Run piped = dti("score", "--framework", "pdti-2022", "--data", fifo.toString());
    writer.join();
    DtiCommandTest.Run plain = dti("score", "--framework", "pdti-2022", "--data", sample().toString());
    assertThat(piped.status()).as(piped.err()).isZero();
    assertThat(piped.out()).isEqualTo(plain.out()).contains("Thanh Hóa");
  }

  @Test
  @Timeout(60)
  void aNamedPipeAsFrameworkIsReadOnce(@TempDir Path dir) throws Exception {
    Path json = dir.resolve("f.json");
    assertThat(dti("convert", "--from", "pdti-2022", "--to", json.toString()).status()).isZero();
    Path fifo = dir.resolve("framework.json");
    mkfifo(fifo);
    Thread writer = feed(fifo, Files.readAllBytes(json));
    DtiCommandTest.Run piped = dti("score", "--framework", fifo.toString(), "--data", sample().toString());
    writer.join();
    assertThat(piped.status()).as(piped.err()).isZero();
    assertThat(piped.out()).isEqualTo(dti("score", "--framework", "pdti-2022", "--data", sample().toString()).out());
  }

  @Test
  void anInputIsNeverOverwrittenWhateverItsPath(@TempDir Path dir) throws Exception {
    Path data = dir.resolve("data.csv");
    Files.copy(sample(), data);
    byte[] before = Files.readAllBytes(data);
    Files.createDirectories(dir.resolve("sub"));
    Path link = dir.resolve("link.csv");
    Files.createSymbolicLink(link, data);
    Path hard = dir.resolve("hard.csv");
    Files.createLink(hard, data);
    for (Path out : new Path[] {data, dir.resolve("sub/../data.csv"), dir.resolve("./data.csv"), link, hard}) {
      DtiCommandTest.Run r = dti("score", "--framework", "pdti-2022", "--data", data.toString(), "--out",
          out.toString());
      assertThat(r.status()).as(out + ": " + r.err()).isEqualTo(2);
      assertThat(r.err()).contains("refusing to overwrite");
    }
    assertThat(Files.readAllBytes(data)).isEqualTo(before);
    assertThat(Files.isSymbolicLink(link)).isTrue();
  }

  @Test
  @Timeout(60) // endless devices must fail fast, in bounded memory
  void devicesAndFoldersAsDataAreRefusedQuickly(@TempDir Path dir) {
    DtiCommandTest.Run zero = dti("score", "--framework", "pdti-2022", "--data", "/dev/zero");
    assertThat(zero.status()).isEqualTo(2);
    assertThat(zero.err()).contains("zero row 1", "NUL").doesNotContain("\tat ");
    DtiCommandTest.Run empty = dti("score", "--framework", "pdti-2022", "--data", "/dev/null");
    assertThat(empty.status()).isEqualTo(2);
    assertThat(empty.err()).contains("null", "empty");
    DtiCommandTest.Run folder = dti("score", "--framework", "pdti-2022", "--data", dir.toString());
    assertThat(folder.status()).isNotZero();
    assertThat(folder.err()).contains("folder").doesNotContain("\tat ");
  }
}
