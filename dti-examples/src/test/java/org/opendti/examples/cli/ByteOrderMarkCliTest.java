package org.opendti.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opendti.examples.cli.DtiCommandTest.dti;
import static org.opendti.examples.cli.DtiCommandTest.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendti.io.ResultTable;
import org.opendti.io.csv.CsvOptions;
import org.opendti.io.csv.ResultsCsvReader;

/**
 * The files the {@code dti} command writes for people (results, comparisons, statistics, uncertainty ranks, framework
 * tables) start with the UTF-8 byte-order mark Excel needs; the same CSV on standard output, and datasets, do not.
 */
final class ByteOrderMarkCliTest {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private static boolean marked(byte[] bytes) {
    return bytes.length >= 3 && Arrays.equals(Arrays.copyOf(bytes, 3), BOM);
  }

  private static byte[] run(String... args) {
    DtiCommandTest.Run r = dti(args);
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).as("standard output").doesNotStartWith("\uFEFF");
    return r.out().getBytes(StandardCharsets.UTF_8);
  }

  /** The file is the mark followed by exactly what standard output printed. */
  private static void markedCopyOf(Path file, byte[] stdout) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    assertThat(marked(bytes)).as(file.getFileName().toString()).isTrue();
    assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))
        .isEqualTo(new String(stdout, StandardCharsets.UTF_8));
  }

  @Test
  void score_aFileHasTheMark_standardOutputNot_andTheFileReadsBack(@TempDir Path dir) throws IOException {
    byte[] stdout = run("score", "--framework", "pdti-2022", "--data", sample().toString());
    Path file = dir.resolve("results.csv");
    run("score", "--framework", "pdti-2022", "--data", sample().toString(), "--out", file.toString());
    markedCopyOf(file, stdout);
    ResultTable fromFile = ResultsCsvReader.read("results.csv", Files.readAllBytes(file));
    assertThat(fromFile).isEqualTo(ResultsCsvReader.read("stdout", stdout));
    assertThat(fromFile.units()).hasSize(63);
  }

  @Test
  void compareAndStatistics_filesHaveTheMark(@TempDir Path dir) throws IOException {
    Path later = AnalysisCliTest.nextYear(dir);
    byte[] stdout = run("compare", "--framework", "pdti-2022", "--from", sample().toString(), "--to",
        later.toString());
    Path out = dir.resolve("compare.csv");
    Path stats = dir.resolve("stats.csv");
    run("compare", "--framework", "pdti-2022", "--from", sample().toString(), "--to", later.toString(), "--out",
        out.toString(), "--stats", stats.toString());
    markedCopyOf(out, stdout);
    assertThat(marked(Files.readAllBytes(stats))).isTrue();
    assertThat(Files.readString(stats, StandardCharsets.UTF_8)).startsWith("\uFEFFgroup,node,statistic,");
  }

  @Test
  void uncertainty_aFileHasTheMark(@TempDir Path dir) throws IOException {
    String[] args = {"uncertainty", "--framework", "pdti-2022", "--data", sample().toString(), "--runs", "40",
        "--seed", "3", "--threads", "1"};
    byte[] stdout = run(args);
    Path out = dir.resolve("ranks.csv");
    String[] withOut = Arrays.copyOf(args, args.length + 2);
    withOut[args.length] = "--out";
    withOut[args.length + 1] = out.toString();
    run(withOut);
    markedCopyOf(out, stdout);
  }

  @Test
  void convert_frameworkTableHasTheMark_datasetNot(@TempDir Path dir) throws IOException {
    Path table = dir.resolve("khung.csv");
    run("convert", "--from", "pdti-2022", "--to", table.toString());
    assertThat(marked(Files.readAllBytes(table))).isTrue();
    assertThat(Inputs.framework(table.toString(), CsvOptions.defaults()).nodes()).hasSameSizeAs(
        org.opendti.Frameworks.pdti2022().nodes());
    Path data = dir.resolve("data.csv");
    run("convert", "--from", sample().toString(), "--to", data.toString());
    assertThat(marked(Files.readAllBytes(data))).isFalse();
    Path wide = dir.resolve("data.wide.csv");
    run("convert", "--from", sample().toString(), "--to", wide.toString());
    assertThat(marked(Files.readAllBytes(wide))).isFalse();
  }
}
