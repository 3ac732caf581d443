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
  private static final Framework PDTI_2022 = buildPdti2022();

  private Frameworks() {}

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
   * Every built-in framework.
   *
   * @return the frameworks, not null
   */
  public static List<Framework> all() {
    return ImmutableList.of(PDTI_2022);
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

  private static Framework buildPdti2022() {
    List<String> foundationParents = List.of("dti", "gov", "econ", "society");
    return Framework.builder()
        .id("pdti-2022")
        .version("2022")
        .nameVi("Bộ chỉ số đánh giá chuyển đổi số cấp tỉnh (DTI)")
        .nameEn("Provincial Digital Transformation Index (DTI)")
        .instrument("Decision 922/QĐ-BTTTT (20/05/2022); results of 2021, 2022 and 2023")
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
