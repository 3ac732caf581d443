package org.opendti.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.opendti.Dataset;
import org.opendti.Framework;
import org.opendti.FrameworkGraph;
import org.opendti.Frameworks;
import org.opendti.Measure;
import org.opendti.Node;
import org.opendti.NodeKind;
import org.opendti.Numbers;
import org.opendti.Observation;
import org.opendti.ScoringRule;
import org.opendti.Stage;
import org.opendti.StagedDataset;
import org.opendti.Unit;
import org.opendti.analysis.Appraisal;
import org.opendti.analysis.GroupStats;
import org.opendti.analysis.Panel;
import org.opendti.analysis.Scale;
import org.opendti.engine.Results;
import org.opendti.engine.ScoringEngine;
import org.opendti.io.csv.AppraisalCsvWriter;
import org.opendti.io.csv.CsvDatasetWriter;
import org.opendti.io.csv.CsvOptions;
import org.opendti.io.files.DtiFiles;
import org.opendti.io.forms.Forms;
import org.opendti.io.html.HtmlReport;
import org.opendti.method.Method;

/**
 * A whole assessment round for a synthetic province, as a DTI office runs it (issue 17): a unit list of 20 departments
 * and 10 districts, one XLSX form per unit with only the components that apply to it, the forms filled (here by a
 * program) and collected, the appraisal council's forms collected as the appraised stage, both stages scored and
 * ranked by block (one department scored but not ranked), the appraisal table and the HTML report written, and the
 * year's story told as provinces publish it (seed S3: block averages, best and worst, spread, change on last year).
 *
 * <p>The framework is the worked sub-provincial example ({@link Frameworks#exampleSubProvincial()}) with two
 * components that apply to some units only: 2.3 for the departments with digital-economy tasks (tag
 * {@code kinh-te-so}) and 4.3 for districts. All data are synthetic; nothing here is an official figure.
 *
 * <pre>
 * java -cp dti-examples/target/dti.jar org.opendti.examples.AssessmentRound round-2025
 * </pre>
 */
public final class AssessmentRound {
  /** The period of the round. */
  static final String PERIOD = "2025";
  /** The period of last year's published results. */
  static final String LAST_YEAR = "2024";
  /** The block of departments. */
  static final String DEPARTMENTS = "Khối sở, ngành";
  /** The block of districts. */
  static final String DISTRICTS = "Khối huyện, thị xã, thành phố";
  /** The tag of departments with digital-economy tasks. */
  static final String DIGITAL_ECONOMY = "kinh-te-so";
  /** The department that provides no public services: scored, not ranked. */
  static final String NOT_RANKED = "S20";

  private static final String[] DEPARTMENT_NAMES = {"Văn phòng UBND tỉnh", "Sở Nội vụ", "Sở Tư pháp",
      "Sở Kế hoạch và Đầu tư", "Sở Tài chính", "Sở Công Thương", "Sở Nông nghiệp và Phát triển nông thôn",
      "Sở Giao thông vận tải", "Sở Xây dựng", "Sở Tài nguyên và Môi trường", "Sở Thông tin và Truyền thông",
      "Sở Lao động - Thương binh và Xã hội", "Sở Văn hóa, Thể thao và Du lịch", "Sở Khoa học và Công nghệ",
      "Sở Giáo dục và Đào tạo", "Sở Y tế", "Thanh tra tỉnh", "Ban Dân tộc tỉnh", "Ban Quản lý Khu kinh tế",
      "Sở Ngoại vụ"};
  /** Positions (1-based codes S1..S20) of the departments with digital-economy tasks. */
  private static final List<Integer> DIGITAL_ECONOMY_DEPARTMENTS = List.of(4, 5, 6, 7, 11, 13, 14, 19);
  private static final String[] DISTRICT_NAMES = {"Thành phố Hòa Bình", "Thị xã Sơn Hà", "Huyện Đông Lâm",
      "Huyện Tây Sơn Thượng", "Huyện Bắc Giang Hạ", "Huyện Nam Yên", "Huyện Lạc Thủy Hạ", "Huyện Kim Sơn Thượng",
      "Huyện Mai Đồng", "Huyện Cao Phong Hạ"};

  private AssessmentRound() {}

  /**
   * The round's framework: the worked sub-provincial example with 2.3 (40 of main indicator 2's 100 points, for the
   * departments with digital-economy tasks only) and 4.3 (30 of main indicator 4's 100, for districts only); the
   * components beside them give up the points so that every maximum still adds up.
   *
   * @return the framework, not null
   */
  public static Framework framework() {
    Framework base = Frameworks.exampleSubProvincial();
    List<Node> nodes = new ArrayList<>();
    for (Node n : base.nodes()) {
      switch (n.code()) {
        case "2.1" -> nodes.add(withMaxPoints(n, 30, "Đã ban hành: 30 điểm"));
        case "2.2" -> nodes.add(withMaxPoints(n, 30, "Đạt hoặc vượt mục tiêu 100%: 30 điểm; chưa đạt: điểm theo tỷ lệ"));
        case "4.2" -> nodes.add(withMaxPoints(n, 30, "Điểm = tỷ lệ × 30"));
        default -> nodes.add(n);
      }
      if (n.code().equals("2.2")) {
        nodes.add(Node.builder().code("2.3").nameVi("Tỷ lệ doanh nghiệp trong lĩnh vực quản lý được hỗ trợ chuyển"
            + " đổi số").kind(NodeKind.COMPONENT).addParent("2").maxPoints(40).description("Điểm = tỷ lệ × 40")
            .evidence("Danh sách doanh nghiệp được hỗ trợ").dataSource("Báo cáo của đơn vị")
            .scoringRule(ScoringRule.parse("ratio")).addAppliesTo(DIGITAL_ECONOMY).build());
      }
      if (n.code().equals("4.2")) {
        nodes.add(Node.builder().code("4.3").nameVi("Tỷ lệ xã hoàn thành tiêu chí chuyển đổi số")
            .kind(NodeKind.COMPONENT).addParent("4").maxPoints(30).description("Điểm = tỷ lệ × 30")
            .evidence("Quyết định công nhận xã hoàn thành").dataSource("Sở Thông tin và Truyền thông")
            .scoringRule(ScoringRule.parse("ratio")).addAppliesTo("huyện").build());
      }
    }
    return Framework.builder().id("example-round").version(PERIOD).nameVi("Bộ chỉ số DTI sở, ngành, huyện của một"
        + " tỉnh giả định (ví dụ, không phải văn bản chính thức)").nameEn("DTI of a synthetic province's departments"
        + " and districts (worked example, not an official document)").addAllNodes(nodes)
        .unitKind(base.unitKind()).status(base.status()).build();
  }

  /** A component of the worked example with another maximum (its fields are those the example sets). */
  private static Node withMaxPoints(Node n, double max, String description) {
    Node.Builder b = Node.builder().code(n.code()).nameVi(n.nameVi()).kind(n.kind()).addAllParents(n.parents())
        .maxPoints(max).description(description);
    n.evidence().ifPresent(b::evidence);
    n.dataSource().ifPresent(b::dataSource);
    n.scoringRule().ifPresent(b::scoringRule);
    return b.build();
  }

  /**
   * The unit list as an office keeps it: {@code unit, name, kind, group, ranked, tags}.
   *
   * @return the CSV text, not null
   */
  static String unitList() {
    StringBuilder sb = new StringBuilder("unit,name,kind,group,ranked,tags\n");
    for (int k = 1; k <= DEPARTMENT_NAMES.length; k++) {
      String code = "S" + k;
      sb.append(code).append(",\"").append(DEPARTMENT_NAMES[k - 1]).append("\",sở,\"").append(DEPARTMENTS)
          .append("\",").append(code.equals(NOT_RANKED) ? "không" : "có").append(',')
          .append(DIGITAL_ECONOMY_DEPARTMENTS.contains(k) ? DIGITAL_ECONOMY : "").append('\n');
    }
    for (int k = 1; k <= DISTRICT_NAMES.length; k++) {
      sb.append('H').append(k).append(",\"").append(DISTRICT_NAMES[k - 1]).append("\",huyện,\"").append(DISTRICTS)
          .append("\",có,\n");
    }
    return sb.toString();
  }

  /**
   * What a unit reports for every component that applies to it: synthetic values drawn from the unit's level of
   * maturity, so that better units score better.
   *
   * @param framework the framework, not null
   * @param units the units, not null
   * @param period the period, not null
   * @param seed the random seed
   * @param level the mean maturity, 0..1
   * @return the observations, not null
   */
  static Dataset reported(Framework framework, List<Unit> units, String period, long seed, double level) {
    SplittableRandom random = new SplittableRandom(seed);
    FrameworkGraph g = framework.graph();
    Dataset.Builder b = Dataset.builder();
    for (Unit u : units) {
      b.addUnit(u);
      double skill = Math.min(0.98, Math.max(0.35, level + 0.3 * (random.nextDouble() - 0.5)));
      boolean[] applies = g.appliesTo(u);
      for (Node leaf : framework.leaves()) {
        if (!applies[g.index(leaf.code())]) {
          continue;
        }
        double x = Math.min(1, Math.max(0, skill + 0.2 * (random.nextDouble() - 0.5)));
        Measure m = switch (leaf.scoringRule().orElseThrow().id()) {
          case "ratio" -> Measure.ofRatio(Math.round(x * 120), 120);
          case "binary" -> Measure.ofValue(x > 0.45 ? 1 : 0);
          case "thresholds" -> Measure.ofValue(Math.round(x * 4.4));
          case "categorical" -> Measure.ofCategory(x > 0.75 ? "Người đứng đầu" : x > 0.4 ? "Cấp phó"
              : "Chưa thành lập");
          default -> Measure.ofValue(Math.round(x * 1000) / 10.0);
        };
        b.add(Observation.builder().unit(u.code()).indicator(leaf.code()).period(period).measure(m)
            .evidence(leaf.evidence().orElse("Báo cáo") + " của " + u.name()).build());
      }
    }
    return b.build();
  }

  /**
   * What the appraisal council sets where the evidence does not support the unit's claim: about one value in six,
   * lowered (a ratio by a quarter, a yes to no, one meeting fewer, a category one step down), with a note.
   *
   * @param framework the framework, not null
   * @param self the self-assessment, not null
   * @param seed the random seed
   * @return the council's observations, not null
   */
  static Dataset appraised(Framework framework, Dataset self, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Dataset.Builder b = Dataset.builder();
    self.units().forEach(b::addUnit);
    for (Observation o : self.observations()) {
      if (random.nextInt(6) != 0) {
        continue;
      }
      Measure m = o.measure();
      Measure lower;
      if (m.numerator().isPresent()) {
        lower = Measure.ofRatio(Math.floor(m.numerator().getAsDouble() * 0.75), m.denominator().getAsDouble());
      } else if (m.category().isPresent()) {
        lower = Measure.ofCategory(m.category().get().equals("Người đứng đầu") ? "Cấp phó" : "Chưa thành lập");
      } else {
        String rule = framework.node(o.indicator()).scoringRule().orElseThrow().id();
        double v = m.value().getAsDouble();
        lower = Measure.ofValue(rule.equals("binary") ? 0 : rule.equals("thresholds") ? Math.max(0, v - 1)
            : Math.round(v * 8) / 10.0);
      }
      b.add(Observation.builder().unit(o.unit()).indicator(o.indicator()).period(o.period()).measure(lower)
          .evidence("Biên bản thẩm định số " + (1 + random.nextInt(40)) + "/BB-HĐTĐ")
          .note("Tài liệu kiểm chứng chưa đầy đủ").build());
    }
    return b.build();
  }

  /** Everything the round produced, for the caller (and the tests) to look at. */
  record Outcome(Framework framework, List<Unit> units, Dataset selfReported, Dataset selfCollected,
      StagedDataset round, Results self, Results appraised, Results lastYear, Appraisal appraisal, Panel panel,
      List<Path> forms) {}

  /**
   * Plays the round in a folder: writes {@code units.csv}, the blank forms ({@code forms/}), the filled forms
   * ({@code self/}, {@code council/}), the collected round ({@code round.csv}), the appraisal table
   * ({@code appraisal.csv}) and the report ({@code report.html}).
   *
   * @param dir the folder, created if needed; it must not hold an earlier round's files
   * @return what the round produced, not null
   * @throws IOException if a file cannot be read or written
   */
  static Outcome play(Path dir) throws IOException {
    Files.createDirectories(dir);
    Framework f = framework();
    Path unitFile = dir.resolve("units.csv");
    Files.writeString(unitFile, unitList(), StandardCharsets.UTF_8);
    List<Unit> units = DtiFiles.readUnitList(unitFile, CsvOptions.defaults());

    // the office sends the forms; the units fill them in and send them back; the council does the same
    List<Path> blank = Forms.writeAll(f, units, PERIOD, Files.createDirectories(dir.resolve("forms")));
    Dataset selfReported = reported(f, units, PERIOD, 2025, 0.74);
    Forms.writeAll(f, units, PERIOD, selfReported, Files.createDirectories(dir.resolve("self")));
    Dataset selfCollected = Forms.collect(f, units, dir.resolve("self")).orThrow();
    Dataset council = appraised(f, selfCollected, 17);
    Forms.writeAll(f, units, PERIOD, council, Files.createDirectories(dir.resolve("council")));
    Dataset councilCollected = Forms.collect(f, units, dir.resolve("council")).orThrow();
    StagedDataset round = StagedDataset.of(selfCollected, councilCollected).withUnits(units);
    CsvDatasetWriter.of().writeStaged(round, dir.resolve("round.csv"));

    ScoringEngine engine = ScoringEngine.official();
    Results self = engine.score(f, round.forStage(Stage.SELF), PERIOD);
    Results appraised = engine.score(f, round.forStage(Stage.APPRAISED), PERIOD);
    Results lastYear = engine.score(f, reported(f, units, LAST_YEAR, 2024, 0.62), LAST_YEAR);
    Appraisal appraisal = Appraisal.of(f, round, Method.official(), PERIOD);
    AppraisalCsvWriter.of(2).write(appraisal, dir.resolve("appraisal.csv"), List.of(dir.resolve("round.csv")));
    HtmlReport.builder(appraised).previous(lastYear).appraisal(appraisal)
        .note("Dữ liệu tổng hợp (synthetic), không phải kết quả chính thức.").build()
        .write(dir.resolve("report.html"));
    return new Outcome(f, units, selfReported, selfCollected, round, self, appraised, lastYear, appraisal,
        Panel.of(List.of(lastYear, appraised)), blank);
  }

  /**
   * The year's story of one block as provinces publish it (seed S3): "the average rose by X points (A against B
   * last year); the spread between the best and the worst is S points (best B1, worst W1)".
   *
   * @param panel last year's and this year's results, not null
   * @param block the block, not null
   * @return the sentence, in Vietnamese, not null
   */
  static String story(Panel panel, String block) {
    Panel.GroupChange c = panel.statsChange("dti", LAST_YEAR, PERIOD, Scale.POINTS).stream()
        .filter(x -> x.to().group().equals(block)).findFirst().orElseThrow();
    GroupStats now = c.to();
    double delta = c.delta("mean");
    return String.format(Locale.ROOT, "%s: điểm trung bình %s %s điểm (%s điểm so với %s điểm của năm %s). Chênh"
        + " lệch đơn vị cao nhất và thấp nhất là %s điểm (cao nhất %s với %s điểm; thấp nhất %s với %s điểm).",
        block, delta >= 0 ? "tăng" : "giảm", vi(Math.abs(delta)), vi(now.mean()), vi(c.from().mean()), LAST_YEAR,
        vi(now.spread()), now.best().orElseThrow().name(), vi(now.max()), now.worst().orElseThrow().name(),
        vi(now.min()));
  }

  /** Points with two decimals and a decimal comma, as Vietnamese reports print them. */
  private static String vi(double points) {
    return Numbers.format(points, 2).replace('.', ',');
  }

  /**
   * Plays the round and prints what the office publishes.
   *
   * @param dir the folder for the round's files, not null
   * @param out where to print, not null
   * @throws IOException if a file cannot be read or written
   */
  public static void print(Path dir, PrintStream out) throws IOException {
    Outcome o = play(dir);
    out.printf("%d forms written, filled and collected; %d values self-assessed, %d appraised by the council%n",
        o.forms().size(), o.round().given(Stage.SELF).size(), o.round().given(Stage.APPRAISED).size());
    for (String block : List.of(DEPARTMENTS, DISTRICTS)) {
      out.println();
      out.println(block + ":");
      for (var row : o.appraised().ranking("dti")) {
        if (row.unit().group().orElse("").equals(block)) {
          out.printf("  %3s  %-40s %8s%n", Double.isNaN(row.rank()) ? "-" : Numbers.plain(row.rank()),
              row.unit().name(), Numbers.format(row.points(), 2));
        }
      }
      out.println("  " + story(o.panel(), block));
    }
    out.println();
    Appraisal.UnitSummary most = o.appraisal().byUnit().stream()
        .max(java.util.Comparator.comparingDouble(Appraisal.UnitSummary::lost)).orElseThrow();
    out.printf("Appraisal: %s lost most, %s points (%s)%n", most.unit().name(), Numbers.format(most.lost(), 2),
        String.join(", ", most.mostLost().stream().map(r -> r.node().code() + " " + Numbers.format(r.difference(), 2))
            .toList()));
    out.println("Files in " + dir + ": units.csv, forms/, self/, council/, round.csv, appraisal.csv, report.html"
        + " (synthetic data, not official results)");
  }

  /**
   * Runs the example.
   *
   * @param args the folder for the round's files (default {@code assessment-round})
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    print(Path.of(args.length > 0 ? args[0] : "assessment-round"), System.out);
  }
}
