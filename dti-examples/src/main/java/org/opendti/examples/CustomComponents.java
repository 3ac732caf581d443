package org.opendti.examples;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import org.opendti.Dataset;
import org.opendti.Framework;
import org.opendti.Frameworks;
import org.opendti.Measure;
import org.opendti.Node;
import org.opendti.NodeKind;
import org.opendti.Numbers;
import org.opendti.Observation;
import org.opendti.Provenance;
import org.opendti.ScoringRule;
import org.opendti.engine.Results;
import org.opendti.engine.ScoringEngine;

/**
 * A province attaches its own scored components to the official main indicator "Nhận thức số" (awareness, 100
 * points) and scores two districts; the other main indicators are given as fractions.
 */
public final class CustomComponents {
  private CustomComponents() {}

  /**
   * The framework: pdti-2022 plus three components under awareness (20 + 30 + 50 = 100 points).
   *
   * @return the framework, not null
   */
  public static Framework framework() {
    return Frameworks.pdti2022().withNodes(List.of(
        Node.builder().code("1.1").nameVi("Số cuộc họp Ban chỉ đạo trong năm").nameEn("Steering committee meetings")
            .kind(NodeKind.COMPONENT).maxPoints(20).addParent("awareness")
            .scoringRule(ScoringRule.thresholds(Map.of(4.0, 20.0, 3.0, 15.0, 2.0, 10.0, 1.0, 5.0)))
            .description("4 cuộc trở lên: 20 điểm; 3: 15; 2: 10; 1: 5; không họp: 0").build(),
        Node.builder().code("1.2").nameVi("Trưởng Ban chỉ đạo").nameEn("Head of the steering committee")
            .kind(NodeKind.COMPONENT).maxPoints(30).addParent("awareness")
            .scoringRule(ScoringRule.categorical(Map.of("Chủ tịch", 1.0, "Phó Chủ tịch", 0.5, "Không có", 0.0)))
            .build(),
        Node.builder().code("1.3").nameVi("Tỷ lệ hồ sơ xử lý trực tuyến").nameEn("Share of dossiers handled online")
            .kind(NodeKind.COMPONENT).maxPoints(50).addParent("awareness").scoringRule(ScoringRule.ratio())
            .evidence("Báo cáo của Hệ thống thông tin giải quyết TTHC").dataSource("Đo lường tự động").build()));
  }

  /**
   * Scores two districts.
   *
   * @return the results, not null
   */
  public static Results score() {
    Dataset.Builder b = Dataset.builder()
        .put("Huyện A", "1.1", 4)
        .add(Observation.builder().unit("Huyện A").indicator("1.2").measure(Measure.ofCategory("Chủ tịch")).build())
        .add(Observation.builder().unit("Huyện A").indicator("1.3").measure(Measure.ofRatio(1805, 2067))
            .provenance(Provenance.AUTOMATIC).build())
        .put("Huyện B", "1.1", 2)
        .add(Observation.builder().unit("Huyện B").indicator("1.2").measure(Measure.ofCategory("Phó Chủ tịch"))
            .build())
        .add(Observation.builder().unit("Huyện B").indicator("1.3").measure(Measure.ofRatio(900, 2067)).build());
    for (String unit : List.of("Huyện A", "Huyện B")) {
      for (String main : List.of("2", "3", "4", "5", "7", "8", "9")) {
        b.put(unit, main, unit.endsWith("A") ? 0.7 : 0.6);
      }
    }
    return ScoringEngine.official().score(framework(), b.build());
  }

  /**
   * Prints the points of each component and the DTI.
   *
   * @param out where to print, not null
   */
  public static void print(PrintStream out) {
    Results r = score();
    for (String unit : List.of("Huyện A", "Huyện B")) {
      out.printf("%s: 1.1 = %s, 1.2 = %s, 1.3 = %s points; awareness = %s / 100; DTI = %s (rank %s)%n", unit,
          Numbers.format(r.points(unit, "1.1"), 2), Numbers.format(r.points(unit, "1.2"), 2),
          Numbers.format(r.points(unit, "1.3"), 2), Numbers.format(r.points(unit, "awareness"), 2),
          Numbers.format(r.value(unit, "dti"), 4), Numbers.plain(r.rank(unit, "dti")));
    }
  }

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    print(System.out);
  }
}
