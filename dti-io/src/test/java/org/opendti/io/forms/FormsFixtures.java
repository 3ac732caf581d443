package org.opendti.io.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.opendti.Dataset;
import org.opendti.Framework;
import org.opendti.Measure;
import org.opendti.Node;
import org.opendti.NodeKind;
import org.opendti.Observation;
import org.opendti.ScoringRule;
import org.opendti.Unit;
import org.opendti.UnitKind;

/** A small framework with every kind of input and applicability, units, and data that fills their forms. */
final class FormsFixtures {
  static final String PERIOD = "2025";

  private FormsFixtures() {}

  static Framework framework() {
    return framework("test-forms", "2025");
  }

  static Framework framework(String id, String version) {
    List<Node> nodes = new ArrayList<>();
    nodes.add(Node.builder().code("dti").nameVi("Chỉ số chuyển đổi số").kind(NodeKind.INDEX).build());
    nodes.add(main("A", "Nhận thức số", 100));
    nodes.add(leaf("A1", "Trưởng ban chỉ đạo", 30, "A",
        ScoringRule.categorical(Map.of("Chủ tịch", 1.0, "Phó Chủ tịch", 0.5, "Chưa thành lập", 0.0))));
    nodes.add(leaf("A2", "Tỷ lệ cán bộ được phổ biến", 40, "A", ScoringRule.ratio()));
    nodes.add(leaf("A3", "Ban hành kế hoạch", 30, "A", ScoringRule.binary()));
    nodes.add(main("B", "Hoạt động", 100));
    nodes.add(leaf("B1", "Điểm tự chấm", 50, "B", ScoringRule.points()));
    nodes.add(leaf("B2", "Tỷ lệ hoàn thành", 30, "B", ScoringRule.fraction()));
    nodes.add(Node.builder().code("B3").nameVi("Kinh tế số").kind(NodeKind.COMPONENT).maxPoints(20).addParent("B")
        .scoringRule(ScoringRule.target(90)).addAppliesTo("kinh-te-so").build());
    nodes.add(Node.builder().code("C").nameVi("Cấp huyện").kind(NodeKind.MAIN_INDICATOR).maxPoints(50)
        .addParent("dti").addAppliesTo("huyện").build());
    nodes.add(leaf("C1", "Số cuộc họp", 50, "C", ScoringRule.thresholds(Map.of(4.0, 50.0, 2.0, 25.0))));
    return Framework.builder().id(id).version(version).nameVi("Bộ chỉ số thử").addAllNodes(nodes).build();
  }

  private static Node main(String code, String name, double max) {
    return Node.builder().code(code).nameVi(name).kind(NodeKind.MAIN_INDICATOR).maxPoints(max).addParent("dti")
        .build();
  }

  private static Node leaf(String code, String name, double max, String parent, ScoringRule rule) {
    return Node.builder().code(code).nameVi(name).kind(NodeKind.COMPONENT).maxPoints(max).addParent(parent)
        .scoringRule(rule).description("Cách tính của " + code).evidence("Văn bản " + code)
        .dataSource("Báo cáo của đơn vị").build();
  }

  static List<Unit> units() {
    return List.of(
        Unit.builder().code("SO-01").name("Sở Nội vụ").kind(UnitKind.DEPARTMENT).build(),
        Unit.builder().code("SO-02").name("Sở Công Thương").kind(UnitKind.DEPARTMENT).addTags("kinh-te-so").build(),
        Unit.builder().code("H-01").name("Huyện Một").kind(UnitKind.DISTRICT).build());
  }

  /** Observations for every input row of every unit's form, in form order, some left empty. */
  static List<Observation> data(Framework f, List<Unit> units, long seed) {
    Random rnd = new Random(seed);
    List<Observation> out = new ArrayList<>();
    for (Unit u : units) {
      for (FormLayout.Row row : FormLayout.rows(f, u)) {
        if (row.input().isEmpty() || rnd.nextInt(10) == 0) {
          continue;
        }
        Input in = row.input().get();
        Measure m;
        switch (in.kind()) {
          case CATEGORY -> m = Measure.ofCategory(in.categories().get(rnd.nextInt(in.categories().size())));
          case RATIO -> {
            if (rnd.nextBoolean()) {
              int b = 1 + rnd.nextInt(500);
              m = Measure.ofRatio(rnd.nextInt(b + 1), b);
            } else {
              m = Measure.ofValue(rnd.nextInt(1001) / 1000.0);
            }
          }
          default -> {
            if (in.whole()) {
              m = Measure.ofValue(rnd.nextInt(2));
            } else if (in.max() != Double.POSITIVE_INFINITY) {
              m = Measure.ofValue(Math.round(rnd.nextDouble() * in.max() * 100) / 100.0);
            } else {
              m = Measure.ofValue(rnd.nextInt(120));
            }
          }
        }
        Observation.Builder o = Observation.builder().unit(u.code()).indicator(row.code()).period(PERIOD).measure(m);
        if (rnd.nextBoolean()) {
          o.evidence("QĐ số " + rnd.nextInt(999) + "/QĐ-UBND");
        }
        if (rnd.nextInt(3) == 0) {
          o.note("Ghi chú <" + rnd.nextInt(99) + "> & \"trích dẫn\"");
        }
        out.add(o.build());
      }
    }
    return out;
  }

  /** The dataset of some observations, units in list order (those with a form). */
  static Dataset dataset(List<Unit> units, List<Observation> obs) {
    Dataset.Builder b = Dataset.builder();
    units.forEach(b::addUnit);
    obs.forEach(b::add);
    return b.build();
  }
}
