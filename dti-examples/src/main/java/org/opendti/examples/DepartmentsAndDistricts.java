package org.opendti.examples;

import java.io.PrintStream;
import java.util.List;
import java.util.SplittableRandom;
import org.opendti.Dataset;
import org.opendti.Framework;
import org.opendti.Frameworks;
import org.opendti.Measure;
import org.opendti.Node;
import org.opendti.Numbers;
import org.opendti.Observation;
import org.opendti.Unit;
import org.opendti.UnitKind;
import org.opendti.engine.RankedUnit;
import org.opendti.engine.Results;
import org.opendti.engine.ScoringEngine;

/**
 * A province scores its departments and districts with the worked sub-provincial framework (1000 points) and
 * reports, per group, the average, the best and worst unit and the spread, as provincial reports do (seed S3). The
 * data are synthetic.
 */
public final class DepartmentsAndDistricts {
  private DepartmentsAndDistricts() {}

  /** Group statistics on the 1000-point scale. */
  record GroupSummary(String group, double mean, RankedUnit best, RankedUnit worst, double spread) {}

  static final List<String> DEPARTMENTS = List.of("Văn phòng UBND tỉnh", "Sở Tài chính", "Sở Y tế",
      "Sở Giáo dục và Đào tạo", "Sở Khoa học và Công nghệ", "Ban Dân tộc tỉnh");
  static final List<String> DISTRICTS = List.of("TP Thanh Hóa", "TX Nghi Sơn", "Huyện Hoằng Hóa", "Huyện Như Xuân",
      "Huyện Thường Xuân");

  /**
   * Synthetic observations for every component, by rule.
   *
   * @param framework the sub-provincial framework, not null
   * @return the dataset, not null
   */
  static Dataset data(Framework framework) {
    SplittableRandom random = new SplittableRandom(2024);
    Dataset.Builder b = Dataset.builder();
    for (String name : DEPARTMENTS) {
      b.addUnit(Unit.builder().code(name).name(name).kind(UnitKind.DEPARTMENT).group("departments").build());
    }
    for (String name : DISTRICTS) {
      b.addUnit(Unit.builder().code(name).name(name).kind(UnitKind.DISTRICT).group("districts").build());
    }
    for (Unit u : java.util.stream.Stream.concat(DEPARTMENTS.stream(), DISTRICTS.stream())
        .map(n -> Unit.of(n, n)).toList()) {
      double skill = 0.55 + 0.4 * random.nextDouble();
      for (Node leaf : framework.leaves()) {
        Measure m = switch (leaf.scoringRule().orElseThrow().id()) {
          case "ratio" -> Measure.ofRatio(Math.round(skill * 200), 200);
          case "binary" -> Measure.ofValue(random.nextDouble() < skill ? 1 : 0);
          case "thresholds" -> Measure.ofValue(Math.round(skill * 5));
          case "categorical" -> Measure.ofCategory(skill > 0.8 ? "Người đứng đầu" : "Cấp phó");
          default -> Measure.ofValue(Math.round(skill * 1000) / 10.0);
        };
        b.add(Observation.builder().unit(u.code()).indicator(leaf.code()).measure(m).build());
      }
    }
    return b.build();
  }

  /**
   * Scores the two groups.
   *
   * @return the results (points with 2 decimals: the method rounds to 5 decimals of the 0..1 value), not null
   */
  public static Results score() {
    Framework f = Frameworks.exampleSubProvincial();
    return ScoringEngine.of(org.opendti.method.Method.builder().decimals(5).build()).score(f, data(f));
  }

  /**
   * Mean, best, worst and spread of the DTI points of one group.
   *
   * @param r the results, not null
   * @param group the ranking group, not null
   * @return the summary, not null
   */
  static GroupSummary summary(Results r, String group) {
    List<RankedUnit> rows = r.ranking("dti").stream().filter(x -> x.unit().group().orElse("").equals(group))
        .toList();
    double mean = rows.stream().mapToDouble(RankedUnit::points).average().orElse(Double.NaN);
    RankedUnit best = rows.get(0);
    RankedUnit worst = rows.get(rows.size() - 1);
    return new GroupSummary(group, mean, best, worst, best.points() - worst.points());
  }

  /**
   * Prints each group's ranking and statistics.
   *
   * @param out where to print, not null
   */
  public static void print(PrintStream out) {
    Results r = score();
    out.println(r.framework().nameVi());
    for (String group : List.of("departments", "districts")) {
      GroupSummary s = summary(r, group);
      out.println();
      out.println(group + ":");
      for (RankedUnit row : r.ranking("dti")) {
        if (row.unit().group().orElse("").equals(group)) {
          out.printf("  %s. %-28s %s points%n", Numbers.plain(row.rank()), row.unit().name(),
              Numbers.format(row.points(), 2));
        }
      }
      out.printf("  average %s; best %s (%s); worst %s (%s); spread %s points%n", Numbers.format(s.mean(), 2),
          s.best().unit().name(), Numbers.format(s.best().points(), 2), s.worst().unit().name(),
          Numbers.format(s.worst().points(), 2), Numbers.format(s.spread(), 2));
    }
    out.println("Synthetic data; framework " + r.framework().id() + " (a worked example, not an official document).");
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
