package org.opendti.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendti.Dataset;
import org.opendti.Framework;
import org.opendti.Node;
import org.opendti.NodeKind;
import org.opendti.StagedDataset;
import org.opendti.analysis.Appraisal;
import org.opendti.method.Method;

/** The appraisal table as officials open it (issue 17). */
final class AppraisalCsvWriterTest {
  @TempDir Path dir;

  @Test
  void oneRowPerUnitAndNodeWithBothStages() throws IOException {
    Framework f = Framework.builder().id("d").version("1").nameVi("Sở").addNodes(
        Node.builder().code("dti").nameVi("DTI").kind(NodeKind.INDEX).maxPoints(100).build(),
        Node.builder().code("c1").nameVi("Dịch vụ công").kind(NodeKind.COMPONENT).addParent("dti").maxPoints(60)
            .build(),
        Node.builder().code("c2").nameVi("Dữ liệu").kind(NodeKind.COMPONENT).addParent("dti").maxPoints(40).build())
        .build();
    Path round = dir.resolve("round.csv");
    Files.writeString(round, "unit,indicator,value,stage,evidence,note\n"
        + "S1,c1,1,self,=HYPERLINK(\"x\"),đã triển khai\nS1,c2,1,self,,\n"
        + "S1,c1,0.5,appraised,\"thiếu, biên bản\",chỉ một nửa có minh chứng\n",
        StandardCharsets.UTF_8);
    StagedDataset staged = CsvDatasetReader.of(CsvOptions.defaults()).readStaged(round);
    Appraisal a = Appraisal.of(f, staged, Method.official(), Dataset.SINGLE_PERIOD);
    Path out = dir.resolve("appraisal.csv");
    AppraisalCsvWriter.of(2).write(a, out, List.of(round));
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertThat(lines.get(0)).isEqualTo("\uFEFF" + String.join(",", AppraisalCsvWriter.COLUMNS));
    assertThat(lines).contains("S1,S1,dti,DTI,100.00,70.00,-30.00,,,,",
        "S1,S1,c1,Dịch vụ công,60.00,30.00,-30.00,\"'=HYPERLINK(\"\"x\"\")\",\"thiếu, biên bản\",đã triển khai,"
            + "chỉ một nửa có minh chứng",
        "S1,S1,c2,Dữ liệu,40.00,40.00,0.00,,,,");
    assertThat(lines).hasSize(1 + 3);
    assertThatIllegalArgumentException().isThrownBy(() -> AppraisalCsvWriter.of(13)).withMessageContaining("0..12");
  }
}
