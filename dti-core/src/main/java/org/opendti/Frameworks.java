package org.opendti;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The built-in frameworks. Their ids are part of the public API.
 *
 * <p>This class holds only immutable constants and is thread-safe.
 */
public final class Frameworks {
  private static final Framework PDTI_2020 = buildPdti2020();
  private static final Framework PDTI_2022 = buildPdti2022();
  private static final Framework PDTI_2025 = buildPdti2025();
  private static final Framework MDTI_2022 = buildMdti("mdti-2022", "2022",
      "Decision 922/QĐ-BTTTT (20/05/2022); 6 main indicators, 70 components", "2021–2023", null);
  private static final Framework MDTI_2025 = buildMdti("mdti-2025", "2025",
      "Decision 405/QĐ-BKHCN (03/04/2025); 6 main indicators, 31 components, 1000 points", "2024–", 1000.0);
  private static final Framework NATIONAL_2025 = buildNational2025();
  private static final Framework EXAMPLE_SUBPROVINCIAL = SubProvincialExample.build();
  private static final List<Framework> ALL = ImmutableList.of(PDTI_2020, PDTI_2022, PDTI_2025, MDTI_2022, MDTI_2025,
      NATIONAL_2025, EXAMPLE_SUBPROVINCIAL);

  /** The ranking group of ministries that provide public services ("có cung cấp DVC"). */
  public static final String WITH_PUBLIC_SERVICES = "with-public-services";
  /** The ranking group of ministries that do not provide public services. */
  public static final String WITHOUT_PUBLIC_SERVICES = "without-public-services";

  private Frameworks() {}

  /**
   * The provincial DTI of Decision 1726/QĐ-BTTTT (12/10/2020), used for the results of 2020, id {@code pdti-2020}.
   *
   * <p>Root {@code dti}; pillars {@code gov} (400 points), {@code econ} (300) and {@code society} (300), which feed the
   * DTI: DTI = Σ pillar points / 1000 = 0.4 gov + 0.3 econ + 0.3 society (methodology §2). Each pillar has the same
   * seven main indicators ({@code gov_awareness}, {@code gov_institutions}, {@code gov_platforms}, {@code gov_data},
   * {@code gov_activities}, {@code gov_cybersecurity}, {@code gov_human_resources}, and likewise for {@code econ_}
   * and {@code society_}); their points were not published, so they are listed by
   * {@link Framework#unknownMaxima()}. Give data at pillar level (values 0..1). The 2020 value classes are
   * {@link #valueClass2020(double)}.
   *
   * @return the framework, not null
   */
  public static Framework pdti2020() {
    return PDTI_2020;
  }

  /**
   * The provincial DTI of Decision 922/QĐ-BTTTT (20/05/2022), used for the results of 2021, 2022 and 2023 (methodology
   * §1 and §3), id {@code pdti-2022}.
   *
   * <p>Root {@code dti} (1000 points); main indicators {@code awareness}, {@code institutions},
   * {@code infrastructure}, {@code human_resources}, {@code cybersecurity} (100 points each), {@code smart_city}
   * (0 points: collected, not scored), {@code gov_activity} (200), {@code econ_activity} (150) and
   * {@code society_activity} (150), also reachable by their official numbers {@code "1"} to {@code "9"}. The three
   * pillars {@code gov}, {@code econ} and {@code society} share the six foundation indicators and add their own
   * activity indicator: gov = (F + points₇) / 700, econ = (F + points₈) / 650, society = (F + points₉) / 650. The
   * pillars have no parent: the DTI is Σ points / 1000, not a mean of the pillars. The 98 components of Appendix 1
   * were not published in a retrievable form, so each main indicator records only its component count; attach
   * components with {@link Framework#withNodes(List)}.
   *
   * @return the framework, not null
   */
  public static Framework pdti2022() {
    return PDTI_2022;
  }

  /**
   * The provincial DTI of Decision 405/QĐ-BKHCN (03/04/2025), used from the results of 2024, id {@code pdti-2025}.
   *
   * <p>Root {@code dti} (1000 points) over two groups: {@code foundation} ({@code awareness}, {@code institutions},
   * {@code infrastructure}, {@code human_resources}, {@code cybersecurity}) and {@code activity}
   * ({@code gov_activity}, {@code econ_activity}, {@code society_activity}); 47 components (methodology §4). The
   * main indicators' maxima were not published: {@link Framework#unknownMaxima()} lists them, main-indicator values
   * given as fractions are read and ranked, and the groups and the DTI are refused with an error naming the unknown
   * maxima until they are supplied with {@link Framework#withMaxPoints(java.util.Map)}.
   *
   * @return the framework, not null
   */
  public static Framework pdti2025() {
    return PDTI_2025;
  }

  /**
   * The ministerial DTI of Decision 922 (results 2021–2023), id {@code mdti-2022}: six main indicators
   * {@code m1}..{@code m6} whose names and maxima were not published in the sources (methodology §5); units are
   * ranked in two groups, {@link #WITH_PUBLIC_SERVICES} and {@link #WITHOUT_PUBLIC_SERVICES}.
   *
   * @return the framework, not null
   */
  public static Framework mdti2022() {
    return MDTI_2022;
  }

  /**
   * The ministerial DTI of Decision 405 (results from 2024), id {@code mdti-2025}: six main indicators
   * {@code m1}..{@code m6} (names and maxima not published), 1000 points, two ranking groups as {@link #mdti2022()}.
   *
   * @return the framework, not null
   */
  public static Framework mdti2025() {
    return MDTI_2025;
  }

  /**
   * The national DTI of Decision 405, id {@code national-2025}: pillars {@code gov} (4 indicators, 400 points),
   * {@code econ} (3, 300) and {@code society} (5, 300) (methodology §5). The twelve indicators' names and maxima were
   * not published: they are {@code gov_1}..{@code gov_4}, {@code econ_1}..{@code econ_3} and
   * {@code society_1}..{@code society_5}; give data at pillar level or supply the maxima. Published national values:
   * 2022 "0.71", 2023 0.7326, 2024 0.7955.
   *
   * @return the framework, not null
   */
  public static Framework national2025() {
    return NATIONAL_2025;
  }

  /**
   * A sub-provincial framework of the kind provinces publish for their departments, districts and communes, written
   * for this SDK as a worked example (not an official document), id {@code example-subprovincial}: root {@code dti}
   * (1000 points) over six main indicators {@code 1} to {@code 6} and 17 components {@code 1.1} to {@code 6.4} with
   * ratio, threshold, categorical, binary and target rules ({@link ScoringRule#parse}), how-points-are-given,
   * evidence and data-source texts, units of kind {@link UnitKind#DEPARTMENT}. The module {@code dti-io} ships it
   * as an editable table in the layout of provincial decisions ({@code org/opendti/io/frameworks/
   * example-subprovincial.csv}); copy that file, or export this framework with {@code FrameworkTableWriter}, to
   * make your own.
   *
   * @return the framework, status {@link FrameworkStatus#EXAMPLE}, not null
   */
  public static Framework exampleSubProvincial() {
    return EXAMPLE_SUBPROVINCIAL;
  }

  /**
   * Every built-in framework, in the order above: the six official ones, then the worked example
   * ({@link FrameworkStatus#EXAMPLE}); filter on {@link Framework#status()} for the official ones only.
   *
   * @return the frameworks, not null
   */
  public static List<Framework> all() {
    return ALL;
  }

  /**
   * The built-in framework with this id (ignoring case).
   *
   * @param id the id, e.g. {@code pdti-2022}, not null
   * @return the framework, if there is one
   */
  public static Optional<Framework> byId(String id) {
    String key = id.strip().toLowerCase(Locale.ROOT);
    return all().stream().filter(f -> f.id().equals(key)).findFirst();
  }

  /**
   * Whether a framework's results are published with the 2020 value classes ({@link #valueClass2020(double)}): the
   * provincial DTI 2020 (Decision 1726 results, methodology §2) is, later editions publish ranks only.
   *
   * @param framework the framework, not null
   * @return true for {@code pdti-2020}
   */
  public static boolean publishesValueClasses2020(Framework framework) {
    return framework.id().equals("pdti-2020");
  }

  /**
   * The 2020 value class of a provincial DTI (Decision 1726 results, methodology §2): 1 above 0.4000, 2 from 0.3250 to
   * 0.4000, 3 from 0.2500 to below 0.3250, 4 below 0.2500. A value exactly on a boundary belongs to the lower-numbered
   * class whose range names it (0.4000 → 2, 0.3250 → 2, 0.2500 → 3). The value is rounded to 4 decimals first, as
   * published.
   *
   * @param dti the DTI value, 0..1
   * @return the class, 1 to 4
   * @throws IllegalArgumentException if the value is NaN or outside 0..1
   */
  public static int valueClass2020(double dti) {
    if (!(dti >= 0 && dti <= 1)) {
      throw new IllegalArgumentException("a DTI value must be in 0..1, was " + dti);
    }
    double v = Numbers.round(dti, 4);
    return v > 0.4 ? 1 : v >= 0.325 ? 2 : v >= 0.25 ? 3 : 4;
  }

  private static Framework.Builder base(String id, String version, String vi, String en, String instrument,
      String years, UnitKind kind) {
    return Framework.builder().id(id).version(version).nameVi(vi).nameEn(en).instrument(instrument).appliesTo(years)
        .unitKind(kind).status(FrameworkStatus.OFFICIAL);
  }

  private static Framework buildPdti2020() {
    List<String[]> mains = List.of(new String[] {"awareness", "Chuyển đổi nhận thức", "Awareness transformation"},
        new String[] {"institutions", "Kiến tạo thể chế", "Institution building"},
        new String[] {"platforms", "Phát triển hạ tầng và nền tảng số", "Infrastructure and digital platforms"},
        new String[] {"data", "Thông tin và dữ liệu số", "Digital information and data"},
        new String[] {"activities", "Hoạt động chuyển đổi số", "Digital transformation activities"},
        new String[] {"cybersecurity", "An toàn, an ninh mạng", "Cybersecurity"},
        new String[] {"human_resources", "Đào tạo và phát triển nhân lực", "Training and human resources"});
    Framework.Builder b = base("pdti-2020", "2020", "Bộ chỉ số đánh giá chuyển đổi số cấp tỉnh (DTI) 2020",
        "Provincial Digital Transformation Index 2020", "Decision 1726/QĐ-BTTTT (12/10/2020); 108 components, 306"
            + " criteria", "2020", UnitKind.PROVINCE)
        .addNodes(aggregate("dti", "Chỉ số DTI cấp tỉnh", "Provincial DTI", NodeKind.INDEX));
    String[][] pillars = {{"gov", "Chính quyền số", "Digital government", "400"},
        {"econ", "Kinh tế số", "Digital economy", "300"}, {"society", "Xã hội số", "Digital society", "300"}};
    for (String[] p : pillars) {
      b.addNodes(Node.builder().code(p[0]).nameVi(p[1]).nameEn(p[2]).kind(NodeKind.PILLAR)
          .maxPoints(Double.parseDouble(p[3])).addParent("dti").build());
      for (String[] m : mains) {
        b.addNodes(Node.builder().code(p[0] + "_" + m[0]).nameVi(m[1] + " (" + p[1] + ")")
            .nameEn(m[2] + " (" + p[2] + ")").kind(NodeKind.MAIN_INDICATOR).addParent(p[0])
            .description("points not published in Decision 1726").build());
      }
    }
    return b.build();
  }

  private static Framework buildPdti2022() {
    List<String> foundationParents = List.of("dti", "gov", "econ", "society");
    return base("pdti-2022", "2022", "Bộ chỉ số đánh giá chuyển đổi số cấp tỉnh (DTI)",
        "Provincial Digital Transformation Index (DTI)", "Decision 922/QĐ-BTTTT (20/05/2022); 98 components",
        "2021–2023", UnitKind.PROVINCE)
        .addNodes(
            aggregate("dti", "Chỉ số DTI cấp tỉnh", "Provincial DTI", NodeKind.INDEX),
            aggregate("gov", "Chính quyền số", "Digital government", NodeKind.PILLAR),
            aggregate("econ", "Kinh tế số", "Digital economy", NodeKind.PILLAR),
            aggregate("society", "Xã hội số", "Digital society", NodeKind.PILLAR),
            main("awareness", "1", "Nhận thức số", "Digital awareness", 100, 10, foundationParents),
            main("institutions", "2", "Thể chế số", "Digital institutions", 100, 11, foundationParents),
            main("infrastructure", "3", "Hạ tầng số", "Digital infrastructure", 100, 7, foundationParents),
            main("human_resources", "4", "Nhân lực số", "Digital human resources", 100, 13, foundationParents),
            main("cybersecurity", "5", "An toàn thông tin mạng", "Cybersecurity", 100, 12, foundationParents),
            main("smart_city", "6", "Đô thị thông minh", "Smart city", 0, 3, foundationParents),
            main("gov_activity", "7", "Hoạt động chính quyền số", "Digital government activity", 200, 22,
                List.of("dti", "gov")),
            main("econ_activity", "8", "Hoạt động kinh tế số", "Digital economy activity", 150, 12,
                List.of("dti", "econ")),
            main("society_activity", "9", "Hoạt động xã hội số", "Digital society activity", 150, 8,
                List.of("dti", "society")))
        .build();
  }

  private static Framework buildPdti2025() {
    return base("pdti-2025", "2025", "Bộ chỉ số đánh giá chuyển đổi số cấp tỉnh (DTI) 2025",
        "Provincial Digital Transformation Index 2025", "Decision 405/QĐ-BKHCN (03/04/2025); 8 main indicators, 47"
            + " components, 1000 points", "2024–", UnitKind.PROVINCE)
        .addNodes(Node.builder().code("dti").nameVi("Chỉ số DTI cấp tỉnh").nameEn("Provincial DTI")
                .kind(NodeKind.INDEX).maxPoints(1000).build(),
            Node.builder().code("foundation").nameVi("Nhóm chỉ số nền tảng").nameEn("Foundation")
                .kind(NodeKind.AGGREGATE).addParent("dti").build(),
            Node.builder().code("activity").nameVi("Nhóm chỉ số hoạt động").nameEn("Activity")
                .kind(NodeKind.AGGREGATE).addParent("dti").build(),
            unknown("awareness", "Nhận thức số", "Digital awareness", "foundation"),
            unknown("institutions", "Thể chế số", "Digital institutions", "foundation"),
            unknown("infrastructure", "Hạ tầng số", "Digital infrastructure", "foundation"),
            unknown("human_resources", "Nhân lực số", "Digital human resources", "foundation"),
            unknown("cybersecurity", "An toàn thông tin mạng", "Cybersecurity", "foundation"),
            unknown("gov_activity", "Hoạt động chính quyền số", "Digital government activity", "activity"),
            unknown("econ_activity", "Hoạt động kinh tế số", "Digital economy activity", "activity"),
            unknown("society_activity", "Hoạt động xã hội số", "Digital society activity", "activity"))
        .build();
  }

  private static Framework buildMdti(String id, String version, String instrument, String years, Double max) {
    Node.Builder root = Node.builder().code("dti").nameVi("Chỉ số DTI cấp bộ").nameEn("Ministerial DTI")
        .kind(NodeKind.INDEX);
    if (max != null) {
      root.maxPoints(max);
    }
    Framework.Builder b = base(id, version, "Bộ chỉ số đánh giá chuyển đổi số cấp bộ (" + version + ")",
        "Ministerial Digital Transformation Index (" + version + ")", instrument, years, UnitKind.MINISTRY)
        .addNodes(root.build()).addRankingGroups(WITH_PUBLIC_SERVICES, WITHOUT_PUBLIC_SERVICES);
    for (int k = 1; k <= 6; k++) {
      b.addNodes(Node.builder().code("m" + k).nameVi("Chỉ số chính " + k).nameEn("Main indicator " + k)
          .kind(NodeKind.MAIN_INDICATOR).addParent("dti").addAlias(String.valueOf(k))
          .description("name and maximum not published in the sources").build());
    }
    return b.build();
  }

  private static Framework buildNational2025() {
    Framework.Builder b = base("national-2025", "2025", "Bộ chỉ số đánh giá chuyển đổi số quốc gia",
        "National Digital Transformation Index", "Decision 405/QĐ-BKHCN (03/04/2025); 12 indicators", "2024–",
        UnitKind.NATION)
        .addNodes(aggregate("dti", "Chỉ số DTI quốc gia", "National DTI", NodeKind.INDEX));
    String[][] pillars = {{"gov", "Chính quyền số", "Digital government", "400", "4"},
        {"econ", "Kinh tế số", "Digital economy", "300", "3"}, {"society", "Xã hội số", "Digital society", "300", "5"}};
    for (String[] p : pillars) {
      b.addNodes(Node.builder().code(p[0]).nameVi(p[1]).nameEn(p[2]).kind(NodeKind.PILLAR)
          .maxPoints(Double.parseDouble(p[3])).addParent("dti").build());
      for (int k = 1; k <= Integer.parseInt(p[4]); k++) {
        b.addNodes(Node.builder().code(p[0] + "_" + k).nameVi(p[1] + " — chỉ số " + k)
            .nameEn(p[2] + " — indicator " + k).kind(NodeKind.MAIN_INDICATOR).addParent(p[0])
            .description("name and maximum not published in the sources").build());
      }
    }
    return b.build();
  }

  private static Node unknown(String code, String vi, String en, String parent) {
    return Node.builder().code(code).nameVi(vi).nameEn(en).kind(NodeKind.MAIN_INDICATOR).addParent(parent)
        .description("maximum not published in Decision 405").build();
  }
  private static Node aggregate(String code, String vi, String en, NodeKind kind) {
    return Node.builder().code(code).nameVi(vi).nameEn(en).kind(kind).build();
  }

  private static Node main(String code, String number, String vi, String en, double max, int components,
      List<String> parents) {
    return Node.builder().code(code).nameVi(vi).nameEn(en).kind(NodeKind.MAIN_INDICATOR).maxPoints(max)
        .addAllParents(parents).addAlias(number)
        .description(components + " components in Decision 922, Appendix 1"
            + (max == 0 ? "; collected, not scored (0 points)" : ""))
        .build();
  }
}
