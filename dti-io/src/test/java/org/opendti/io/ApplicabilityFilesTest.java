package org.opendti.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opendti.DtiException;
import org.opendti.Framework;
import org.opendti.Node;
import org.opendti.NodeKind;
import org.opendti.io.csv.CsvOptions;
import org.opendti.io.csv.FrameworkTableReader;
import org.opendti.io.csv.FrameworkTableWriter;
import org.opendti.io.json.Format;
import org.opendti.io.json.FrameworkJson;
import org.opendti.method.Method;

/** Where a node applies and whether a method rescales travel through every framework format (issue 17). */
final class ApplicabilityFilesTest {
  private static Framework framework() {
    return Framework.builder().id("dept").version("1").nameVi("Sở, ngành").addNodes(
        Node.builder().code("dti").nameVi("DTI").kind(NodeKind.INDEX).maxPoints(60).build(),
        Node.builder().code("c1").nameVi("C1").kind(NodeKind.COMPONENT).addParent("dti").maxPoints(30).build(),
        Node.builder().code("c2").nameVi("Kinh tế số").kind(NodeKind.COMPONENT).addParent("dti").maxPoints(30)
            .addAppliesTo("kinh-te-so", "huyện").build())
        .build();
  }

  @Test
  void theTableLayoutKeepsApplicabilityInItsOwnColumn() {
    String csv = FrameworkTableWriter.toCsv(framework());
    assertThat(csv.lines().findFirst().orElseThrow()).endsWith("Áp dụng");
    assertThat(csv).contains("kinh-te-so; huyện");
    Framework back = FrameworkTableReader.of(CsvOptions.defaults()).read("dept.csv", "dept", "Sở, ngành",
        csv.getBytes(StandardCharsets.UTF_8));
    assertThat(back.node("c2").appliesTo()).containsExactly("kinh-te-so", "huyện");
    assertThat(back.node("c1").appliesTo()).isEmpty();
    // a decision's own table, with commas between the kinds
    String typed = "STT,Chỉ số / chỉ số thành phần,Điểm tối đa,Áp dụng\n1,C1,30,\n2,C2,30,\"sở, huyện\"\n";
    Framework read = FrameworkTableReader.of(CsvOptions.defaults()).read("t.csv", "t", "T",
        typed.getBytes(StandardCharsets.UTF_8));
    assertThat(read.node("2").appliesTo()).containsExactly("sở", "huyện");
  }

  @Test
  void jsonAndYamlKeepApplicabilityAndTheRescalingSwitch() throws IOException {
    Method noRescale = Method.builder().from(Method.official()).rescaleForApplicability(false).build();
    for (Format format : Format.values()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      FrameworkJson.of(format).write(framework(), Optional.of(noRescale), out);
      FrameworkJson.Definition back = FrameworkJson.of(format).read("dept", out.toByteArray());
      assertThat(back.framework().node("c2").appliesTo()).as("%s", format).containsExactly("kinh-te-so", "huyện");
      assertThat(back.method().orElseThrow().rescaleForApplicability()).as("%s", format).isFalse();
      ByteArrayOutputStream official = new ByteArrayOutputStream();
      FrameworkJson.of(format).write(framework(), Optional.of(Method.official()), official);
      assertThat(official.toString(StandardCharsets.UTF_8)).doesNotContain("rescaleForApplicability");
      assertThat(FrameworkJson.of(format).read("dept", official.toByteArray()).method().orElseThrow()
          .rescaleForApplicability()).isTrue();
    }
    String bad = new String(outOf(noRescale), StandardCharsets.UTF_8).replace("false", "\"no\"");
    assertThatExceptionOfType(DtiException.class)
        .isThrownBy(() -> FrameworkJson.of(Format.JSON).read("dept.json", bad.getBytes(StandardCharsets.UTF_8)))
        .withMessageContaining("rescaleForApplicability").withMessageContaining("expected true or false");
  }

  private static byte[] outOf(Method m) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    FrameworkJson.of(Format.JSON).write(framework(), Optional.of(m), out);
    return out.toByteArray();
  }
}
