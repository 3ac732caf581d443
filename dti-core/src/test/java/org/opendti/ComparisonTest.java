package org.opendti;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.opendti.engine.Change;
import org.opendti.engine.Comparison;
import org.opendti.engine.Results;
import org.opendti.engine.ScoringEngine;

/** Year over year, checked against the figures seed S0 reports for Thanh Hóa (DTI 2023 against 2022). */
final class ComparisonTest {

  /** A field of 63 provinces where unit "38" has {@code value} and the others are spread around it. */
  private static Dataset field(String period, double thanhHoa, int rankOfThanhHoa) {
    Dataset.Builder b = Dataset.builder();
    int better = rankOfThanhHoa - 1;
    for (int k = 0; k < 63; k++) {
      String unit = k == 0 ? "38" : "P" + k;
      double v = k == 0 ? thanhHoa : k <= better ? 0.95 - k * 0.001 : 0.40 - k * 0.001;
      b.put(unit, "dti", period, v);
    }
    return b.build();
  }

  private static Framework flat() {
    return Framework.builder().id("flat").version("1").nameVi("flat")
        .addNodes(Node.builder().code("root").nameVi("root").kind(NodeKind.INDEX).build(),
            Node.builder().code("dti").nameVi("DTI").kind(NodeKind.MAIN_INDICATOR).maxPoints(1000).addParent("root")
                .build())
        .build();
  }

  @Test
  void thanhHoa2023_upFourPlaces_plus0964() {
    double value2023 = Seeds.figure("S0", "Thanh Hóa", "province", "dti", "value", "2023").number();
    double delta = Seeds.figure("S0", "Thanh Hóa", "province", "dti", "delta", "2023").number();
    int rank2023 = (int) Seeds.figure("S0", "Thanh Hóa", "province", "dti", "rank", "2023").number();
    int move = (int) Seeds.figure("S0", "Thanh Hóa", "province", "dti", "rank_move", "2023").number();
    Results before = ScoringEngine.official().score(flat(), field("2022", value2023 - delta, rank2023 + move));
    Results after = ScoringEngine.official().score(flat(), field("2023", value2023, rank2023));
    Change c = Comparison.between(before, after).change("38", "root");
    assertThat(c.after()).isEqualTo(0.7314);
    assertThat(c.before()).isEqualTo(0.6350);
    assertThat(c.delta()).isEqualTo(0.0964);
    assertThat(c.rankBefore()).isEqualTo(15);
    assertThat(c.rankAfter()).isEqualTo(11);
    assertThat(c.rankMove()).isEqualTo(4);
    assertThat(c.describe(org.opendti.Language.EN)).isEqualTo("up 4 places, +0.0964");
    assertThat(c.describe(org.opendti.Language.VI)).isEqualTo("tăng 4 bậc, +0,0964");
  }

  @Test
  void thaiNguyen2022_samePlace() {
    double value = Seeds.figure("S1", "Thái Nguyên", "province", "dti", "value", "2022").number();
    double delta = Seeds.figure("S1", "Thái Nguyên", "province", "dti", "delta", "2022").number();
    Results before = ScoringEngine.official().score(flat(), field("2021", value - delta, 8));
    Results after = ScoringEngine.official().score(flat(), field("2022", value, 8));
    Change c = Comparison.between(before, after).change("38", "dti");
    assertThat(c.describe(org.opendti.Language.EN)).isEqualTo("same rank, +0.1536");
    assertThat(Comparison.between(before, after).changes("root")).hasSize(63);
  }

  @Test
  void unitMissingBefore_hasNoMove() {
    Results before = ScoringEngine.official().score(flat(), Dataset.builder().put("A", "dti", 0.5).build());
    Results after = ScoringEngine.official().score(flat(), Dataset.builder().put("B", "dti", 0.5).build());
    Change c = Comparison.between(before, after).change("B", "root");
    assertThat(c.rankMove()).isNaN();
    assertThat(c.describe(org.opendti.Language.EN)).isEqualTo("no rank");
  }
}
