package org.opendti;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * {@link Framework#withMaxPoints(Map)} and {@link Framework#withNodes(List)} copy through the generated withers: the
 * copy keeps every attribute of the framework and of each node but the ones changed, so an attribute added later
 * cannot be dropped by a hand-written copy.
 */
final class FrameworkWithersTest {

  private static void keepsTheFrameworksAttributes(Framework copy, Framework original) {
    assertThat(List.of(copy.id(), copy.version(), copy.nameVi(), copy.nameEn(), copy.instrument(), copy.appliesTo(),
        copy.unitKind(), copy.status(), copy.rankingGroups()))
        .isEqualTo(List.of(original.id(), original.version(), original.nameVi(), original.nameEn(),
            original.instrument(), original.appliesTo(), original.unitKind(), original.status(),
            original.rankingGroups()));
  }

  @Test
  void withMaxPoints_changesOnlyTheMaximaOfTheNodesNamed() {
    Framework original = Frameworks.pdti2025();
    Map<String, Double> maxima = Map.of("awareness", 100.0, "institutions", 100.0, "infrastructure", 100.0,
        "human_resources", 100.0, "cybersecurity", 100.0, "gov_activity", 200.0, "econ_activity", 150.0,
        "society_activity", 150.0);
    Framework copy = original.withMaxPoints(maxima);
    keepsTheFrameworksAttributes(copy, original);
    assertThat(copy).isNotEqualTo(original);
    assertThat(copy.nodes()).hasSameSizeAs(original.nodes());
    int changed = 0;
    for (int i = 0; i < original.nodes().size(); i++) {
      Node before = original.nodes().get(i);
      Node after = copy.nodes().get(i);
      Double max = maxima.get(before.code());
      if (max == null) {
        assertThat(after).isSameAs(before);
      } else {
        changed++;
        assertThat(after.maxPoints()).isEqualTo(OptionalDouble.of(max));
        // every other attribute kept: putting the old maximum back gives the node back
        assertThat(((ImmutableNode) after).withMaxPoints(before.maxPoints())).isEqualTo(before);
        assertThat(after).isNotEqualTo(before);
      }
    }
    assertThat(changed).isEqualTo(maxima.size());
    assertThat(original.withMaxPoints(Map.of())).isEqualTo(original);
  }

  @Test
  void withNodes_appendsTheNodesAndKeepsTheRest() {
    Framework original = Frameworks.pdti2022();
    Node extra = Node.builder().code("1.1").nameVi("Thành phần").kind(NodeKind.COMPONENT).maxPoints(60)
        .addParent("awareness").build();
    Node other = Node.builder().code("1.2").nameVi("Thành phần 2").kind(NodeKind.COMPONENT).maxPoints(40)
        .addParent("awareness").build();
    Framework copy = original.withNodes(List.of(extra, other));
    keepsTheFrameworksAttributes(copy, original);
    assertThat(copy.nodes().subList(0, original.nodes().size())).isEqualTo(original.nodes());
    assertThat(copy.nodes().subList(original.nodes().size(), copy.nodes().size())).containsExactly(extra, other);
    assertThat(copy.children("awareness")).containsExactly(extra, other);
    assertThat(original.withNodes(List.of())).isEqualTo(original);
  }
}
