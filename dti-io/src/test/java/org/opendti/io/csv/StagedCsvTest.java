package org.opendti.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendti.Dataset;
import org.opendti.DtiException;
import org.opendti.Stage;
import org.opendti.StagedDataset;

/** Long CSV files of an assessment round: a stage on every row (issue 17). */
final class StagedCsvTest {
  @TempDir Path dir;

  private Path file(String content) throws IOException {
    Path f = dir.resolve("round.csv");
    Files.writeString(f, content, StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void rowsGoToTheirStage() throws IOException {
    Path f = file("unit,indicator,value,stage,evidence\n"
        + "S1,c1,0.9,self,QĐ 12\n"
        + "S1,c2,0.8,tự đánh giá,\n"
        + "S1,c1,0.7,appraised,thiếu biên bản\n"
        + "S2,c1,0.5,Thẩm định,\n"
        + "S2,c1,0.6,self,\n");
    StagedDataset round = CsvDatasetReader.of(CsvOptions.defaults()).readStaged(f);
    assertThat(round.given(Stage.SELF).size()).isEqualTo(3);
    assertThat(round.given(Stage.APPRAISED).size()).isEqualTo(2);
    Dataset appraised = round.forStage(Stage.APPRAISED);
    assertThat(appraised.values(Dataset.SINGLE_PERIOD, "c1")).containsExactly(0.7, 0.5);
    assertThat(appraised.observation("S1", "c1", Dataset.SINGLE_PERIOD).orElseThrow().evidence())
        .contains("thiếu biên bản");
    assertThat(round.notAppraised(Dataset.SINGLE_PERIOD)).containsExactly(new StagedDataset.Cell("S1", "c2"));
  }

  @Test
  void stagesAreCheckedRowByRowAndKeptApart() throws IOException {
    Path f = file("unit,indicator,value,stage\nS1,c1,0.9,final\nS1,c1,0.8,\nS1,c2,0.5,self\nS1,c2,0.6,self\n");
    assertThatExceptionOfType(DtiException.class)
        .isThrownBy(() -> CsvDatasetReader.of(CsvOptions.defaults()).readStaged(f))
        .withMessageContaining("round.csv row 2").withMessageContaining("final")
        .withMessageContaining("expected the stage: self or appraised")
        .withMessageContaining("row 3")
        .withMessageContaining("row 5");
    Path unstaged = file("unit,indicator,value\nS1,c1,0.9\n");
    assertThatExceptionOfType(DtiException.class)
        .isThrownBy(() -> CsvDatasetReader.of(CsvOptions.defaults()).readStaged(unstaged))
        .withMessageContaining("missing column 'stage'");
    Path staged = file("unit,indicator,value,stage\nS1,c1,0.9,self\n");
    assertThatExceptionOfType(DtiException.class)
        .isThrownBy(() -> CsvDatasetReader.of(CsvOptions.defaults()).read(staged))
        .withMessageContaining("this file has a 'stage' column");
  }

  @Test
  void aDataFileIsReadOnceAsPlainDataOrAsARound() throws IOException {
    Path round = file("unit,indicator,value,stage,note\nS1,c1,0.9,self,\nS1,c1,0.5,appraised,thiếu biên bản\n");
    org.opendti.io.files.DataFile read = org.opendti.io.files.DtiFiles.readDataFile("round.csv",
        Files.newInputStream(round), CsvOptions.defaults(), org.opendti.io.files.SheetChoice.first());
    assertThat(read).isInstanceOf(org.opendti.io.files.DataFile.Round.class);
    StagedDataset r = ((org.opendti.io.files.DataFile.Round) read).round();
    assertThat(r.forStage(Stage.APPRAISED).values(Dataset.SINGLE_PERIOD, "c1")).containsExactly(0.5);
    assertThat(r.given(Stage.APPRAISED).observation("S1", "c1", Dataset.SINGLE_PERIOD).orElseThrow().note())
        .contains("thiếu biên bản");
    assertThat(r.forStage(Stage.SELF).values(Dataset.SINGLE_PERIOD, "c1")).containsExactly(0.9);

    Path plain = dir.resolve("plain.csv");
    Files.writeString(plain, "unit,indicator,value\nS1,c1,0.9\n", StandardCharsets.UTF_8);
    org.opendti.io.files.DataFile p = org.opendti.io.files.DtiFiles.readDataFile("plain.csv",
        Files.newInputStream(plain), CsvOptions.defaults(), org.opendti.io.files.SheetChoice.first());
    assertThat(((org.opendti.io.files.DataFile.Plain) p).dataset().values(Dataset.SINGLE_PERIOD, "c1"))
        .containsExactly(0.9);
    // the reader of one dataset still refuses a round, and says how to read it
    assertThatExceptionOfType(DtiException.class).isThrownBy(() -> org.opendti.io.files.DtiFiles.readDataset(round,
        CsvOptions.defaults())).withMessageContaining("round.csv row 1").withMessageContaining("readDataFile");
  }

  @Test
  void aWrittenRoundReadsBackEqual() throws IOException {
    Path f = file("unit,indicator,value,numerator,denominator,category,period,stage,evidence,note\n"
        + "S1,c1,0.9,,,,2025,self,QĐ 12,\"đã triển khai, toàn sở\"\n"
        + "S1,c2,,3,4,,2025,self,,\n"
        + "S2,c3,,,,Cấp phó,2025,tự đánh giá,,=cmd\n"
        + "S1,c1,0.5,,,,2025,appraised,,thiếu biên bản\n"
        + "S2,c3,,,,Chưa thành lập,2025,thẩm định,,\n");
    CsvDatasetReader reader = CsvDatasetReader.of(CsvOptions.defaults());
    StagedDataset round = reader.readStaged(f);
    Path written = dir.resolve("written.csv");
    CsvDatasetWriter.of().writeStaged(round, written);
    assertThat(Files.readString(written, StandardCharsets.UTF_8)).startsWith(String.join(",",
        CsvDatasetReader.COLUMNS) + ",stage\n");
    StagedDataset back = reader.readStaged(written);
    for (Stage s : Stage.values()) {
      assertThat(back.given(s).observations()).as(s.id()).isEqualTo(round.given(s).observations());
    }
    assertThat(back.given(Stage.SELF).observation("S2", "c3", "2025").orElseThrow().note()).contains("=cmd");
  }
}
