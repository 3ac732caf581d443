package org.opendti;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.opendti.engine.Results;
import org.opendti.engine.ScoringEngine;

final class ResultsByIndexTest {
  private static Results scored() {
    SplittableRandom random = new SplittableRandom(3);
    Dataset.Builder b = Dataset.builder();
    for (int u = 0; u < 40; u++) {
      b.addUnit(Unit.builder().code("U" + u).name("Tỉnh " + u).group(u % 3 == 0 ? "a" : "b").build());
      for (Node leaf : Frameworks.pdti2022().leaves()) {
        if (random.nextInt(10) > 0) {
          b.put("U" + u, leaf.code(), random.nextInt(21) / 20.0);
        }
      }
    }
    return ScoringEngine.official().score(Frameworks.pdti2022(), b.build());
  }

  @Test
  void byPosition_isByName_forEveryUnitAndNode() {
    Results r = scored();
    for (int n = 0; n < r.nodes().size(); n++) {
      String node = r.nodes().get(n).code();
      assertThat(r.nodeIndex(node)).isEqualTo(n);
      for (int u = 0; u < r.units().size(); u++) {
        String unit = r.units().get(u).code();
        assertThat(r.unitIndex(unit)).isEqualTo(u);
        assertThat(Double.doubleToLongBits(r.value(u, n))).isEqualTo(Double.doubleToLongBits(r.value(unit, node)));
        assertThat(Double.doubleToLongBits(r.rank(u, n))).isEqualTo(Double.doubleToLongBits(r.rank(unit, node)));
        assertThat(Double.doubleToLongBits(r.points(u, n))).isEqualTo(Double.doubleToLongBits(r.points(unit,
            node)));
      }
    }
    assertThat(r.unitIndex("Tỉnh 7")).isEqualTo(7);
  }

  @Test
  void nodes_isOneCachedListInFrameworkOrder() {
    Results r = scored();
    assertThat(r.nodes()).isSameAs(r.nodes());
    assertThat(r.nodes()).isEqualTo(Frameworks.pdti2022().nodes().stream().filter(r.nodes()::contains).toList());
  }

  @Test
  void positionsOutOfRange_fail() {
    Results r = scored();
    int units = r.units().size();
    int nodes = r.nodes().size();
    assertThatExceptionOfType(IndexOutOfBoundsException.class).isThrownBy(() -> r.value(units, 0));
    assertThatExceptionOfType(IndexOutOfBoundsException.class).isThrownBy(() -> r.value(0, nodes));
    assertThatExceptionOfType(IndexOutOfBoundsException.class).isThrownBy(() -> r.rank(-1, 0));
    assertThatExceptionOfType(IndexOutOfBoundsException.class).isThrownBy(() -> r.points(0, -1));
    assertThatIllegalArgumentException().isThrownBy(() -> r.unitIndex("nobody"));
  }

  @Test
  void nodesBelowTheInputs_haveNoPosition() {
    Framework f = Frameworks.pdti2022().withNodes(List.of(Node.builder().code("7.1").nameVi("DVC trực tuyến")
        .kind(NodeKind.COMPONENT).maxPoints(200).addParent("gov_activity").build()));
    Results r = ScoringEngine.official().score(f, Dataset.builder().put("A", "gov_activity", 0.5).build());
    assertThat(r.nodes()).extracting(Node::code).doesNotContain("7.1").contains("gov_activity");
    assertThat(r.value(0, r.nodeIndex("gov_activity"))).isEqualTo(0.5);
    assertThatIllegalArgumentException().isThrownBy(() -> r.nodeIndex("7.1")).withMessageContaining("7.1")
        .withMessageContaining("not computed");
    assertThatExceptionOfType(UnknownNodeException.class).isThrownBy(() -> r.nodeIndex("nothing"));
  }
}
