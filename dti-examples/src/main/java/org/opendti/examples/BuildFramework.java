package org.opendti.examples;

import java.io.PrintStream;
import org.opendti.Dataset;
import org.opendti.Framework;
import org.opendti.Node;
import org.opendti.NodeKind;
import org.opendti.Numbers;
import org.opendti.Unit;
import org.opendti.UnitKind;
import org.opendti.engine.RankedUnit;
import org.opendti.engine.Results;
import org.opendti.engine.ScoringEngine;

/**
 * The API tour of the README: a small framework built in code (an index, two pillars, four scored components with
 * maximum points), four units with their raw values, the official scoring (fraction of the maximum, points as
 * weights, 4 decimals, ties share a rank) and the ranking.
 */
public final class BuildFramework {
  private BuildFramework() {}

  /**
   * The framework: 1000 points, government 600 (two components of 300) and society 400 (250 + 150).
   *
   * @return the framework, not null
   */
  public static Framework framework() {
    return Framework.builder().id("tour").version("1").nameVi("Chỉ số chuyển đổi số thử nghiệm")
        .nameEn("A trial digital transformation index")
        .addNodes(
            Node.builder().code("dti").nameVi("Chỉ số DTI").kind(NodeKind.INDEX).maxPoints(1000).build(),
            Node.builder().code("gov").nameVi("Chính quyền số").nameEn("Digital government").kind(NodeKind.PILLAR)
                .addParent("dti").maxPoints(600).build(),
            Node.builder().code("soc").nameVi("Xã hội số").nameEn("Digital society").kind(NodeKind.PILLAR)
                .addParent("dti").maxPoints(400).build(),
            Node.builder().code("g1").nameVi("Dịch vụ công trực tuyến").nameEn("Online public services")
                .kind(NodeKind.COMPONENT).addParent("gov").maxPoints(300).build(),
            Node.builder().code("g2").nameVi("Dữ liệu mở").nameEn("Open data").kind(NodeKind.COMPONENT)
                .addParent("gov").maxPoints(300).build(),
            Node.builder().code("s1").nameVi("Thanh toán không dùng tiền mặt").nameEn("Cashless payments")
                .kind(NodeKind.COMPONENT).addParent("soc").maxPoints(250).build(),
            Node.builder().code("s2").nameVi("Kỹ năng số").nameEn("Digital skills").kind(NodeKind.COMPONENT)
                .addParent("soc").maxPoints(150).build())
        .build();
  }

  /**
   * Scores four units; the values are fractions of each component's maximum.
   *
   * @return the results, not null
   */
  public static Results score() {
    Dataset data = Dataset.builder()
        .addUnit(Unit.builder().code("A").name("Tỉnh A").kind(UnitKind.PROVINCE).build())
        .addUnit(Unit.builder().code("B").name("Tỉnh B").kind(UnitKind.PROVINCE).build())
        .addUnit(Unit.builder().code("C").name("Tỉnh C").kind(UnitKind.PROVINCE).build())
        .addUnit(Unit.builder().code("D").name("Tỉnh D").kind(UnitKind.PROVINCE).build())
        .put("A", "g1", 0.90).put("A", "g2", 0.70).put("A", "s1", 0.80).put("A", "s2", 0.60)
        .put("B", "g1", 0.70).put("B", "g2", 0.90).put("B", "s1", 0.60).put("B", "s2", 0.80)
        .put("C", "g1", 0.50).put("C", "g2", 0.50).put("C", "s1", 0.50).put("C", "s2", 0.50)
        .put("D", "g1", 0.95).put("D", "g2", 0.95).put("D", "s1", 0.10).put("D", "s2", 0.10)
        .build();
    return ScoringEngine.official().score(framework(), data);
  }

  /**
   * Prints the ranking with points.
   *
   * @param out where to print, not null
   */
  public static void print(PrintStream out) {
    Results r = score();
    out.println(r.framework().nameVi() + " (" + r.framework().nodes().size() + " nodes, "
        + r.framework().leaves().size() + " components)");
    for (RankedUnit row : r.ranking("dti")) {
      String u = row.unit().code();
      out.printf("%s. %s  DTI %s  = %s points (government %s, society %s)%n", Numbers.plain(row.rank()),
          row.unit().name(), Numbers.format(row.roundedValue(), 4), Numbers.format(row.points(), 2),
          Numbers.format(r.points(u, "gov"), 2), Numbers.format(r.points(u, "soc"), 2));
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
