package org.opendti;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class FrameworkTest {

  static Node index() {
    return Node.builder().code("idx").nameVi("Index").kind(NodeKind.INDEX).build();
  }

  static Node leaf(String code, double max, String... parents) {
    return Node.builder().code(code).nameVi(code).kind(NodeKind.COMPONENT).maxPoints(max).addParents(parents).build();
  }

  static Node agg(String code, String... parents) {
    return Node.builder().code(code).nameVi(code).kind(NodeKind.AGGREGATE).addParents(parents).build();
  }

  static Framework of(Node... nodes) {
    return Framework.builder().id("t").version("1").nameVi("t").addNodes(nodes).build();
  }

  @Test
  void cycle_isRejectedNamingThePath() {
    assertThatExceptionOfType(InvalidFrameworkException.class)
        .isThrownBy(() -> of(index(), agg("a", "idx", "b"), agg("b", "a"), leaf("x", 1, "a")))
        .withMessageContaining("cycle").withMessageContaining("a → b → a");
  }

  @Test
  void danglingParent_isRejected() {
    assertThatExceptionOfType(InvalidFrameworkException.class)
        .isThrownBy(() -> of(index(), leaf("x", 1, "nowhere")))
        .satisfies(e -> assertThat(e.node()).isEqualTo("x"))
        .withMessageContaining("parent 'nowhere' is not defined");
  }

  @Test
  void duplicateCode_ignoringCase_isRejected() {
    assertThatExceptionOfType(InvalidFrameworkException.class)
        .isThrownBy(() -> of(index(), leaf("x", 1, "idx"), leaf("X", 1, "idx")))
        .withMessageContaining("duplicate code");
  }

  @Test
  void aliasClash_isRejected() {
    Node a = leaf("a", 1, "idx");
    Node b = Node.builder().code("b").nameVi("b").kind(NodeKind.COMPONENT).maxPoints(1).addParent("idx")
        .addAlias("a").build();
    assertThatExceptionOfType(InvalidFrameworkException.class).isThrownBy(() -> of(index(), a, b))
        .withMessageContaining("alias 'a' is already used by node 'a'");
  }

  @Test
  void negativePoints_isRejectedNamingTheNode() {
    assertThatExceptionOfType(InvalidFrameworkException.class).isThrownBy(() -> leaf("x", -5, "idx"))
        .satisfies(e -> assertThat(e.node()).isEqualTo("x")).withMessageContaining("-5");
  }

  @Test
  void secondIndex_andMissingIndex_areRejected() {
    Node other = Node.builder().code("idx2").nameVi("i").kind(NodeKind.INDEX).build();
    assertThatExceptionOfType(InvalidFrameworkException.class)
        .isThrownBy(() -> of(index(), other, leaf("x", 1, "idx", "idx2"))).withMessageContaining("second index");
    assertThatExceptionOfType(InvalidFrameworkException.class)
        .isThrownBy(() -> of(Node.builder().code("p").nameVi("p").kind(NodeKind.PILLAR).build(), leaf("x", 1, "p")))
        .withMessageContaining("no node of kind INDEX");
  }

  @Test
  void declaredMaxDifferentFromChildren_isRejected() {
    Node a = Node.builder().code("a").nameVi("a").kind(NodeKind.MAIN_INDICATOR).maxPoints(100).addParent("idx")
        .build();
    assertThatExceptionOfType(InvalidFrameworkException.class)
        .isThrownBy(() -> of(index(), a, leaf("a1", 60, "a"), leaf("a2", 30, "a")))
        .withMessageContaining("declared max points 100 but its children add up to 90");
  }

  @Test
  void indexWithoutChildren_isRejected() {
    assertThatExceptionOfType(InvalidFrameworkException.class).isThrownBy(() -> of(index()))
        .withMessageContaining("must have children");
  }

  @Test
  void componentWithoutParent_isRejected() {
    assertThatExceptionOfType(InvalidFrameworkException.class)
        .isThrownBy(() -> Node.builder().code("c").nameVi("c").kind(NodeKind.COMPONENT).build())
        .withMessageContaining("must name at least one parent");
  }

  @Test
  void badCode_isRejected() {
    assertThatExceptionOfType(InvalidFrameworkException.class).isThrownBy(() -> leaf("a b", 1, "idx"))
        .withMessageContaining("code must be");
  }

  @Test
  void thresholdAboveMax_isRejectedWhenBuilt() {
    Node c = Node.builder().code("c").nameVi("c").kind(NodeKind.COMPONENT).maxPoints(10).addParent("idx")
        .scoringRule(ScoringRule.thresholds(Map.of(1.0, 20.0))).build();
    assertThatExceptionOfType(InvalidFrameworkException.class).isThrownBy(() -> of(index(), c))
        .withMessageContaining("more than the maximum 10");
  }

  @Test
  void nodeFeedingSeveralParents_isAllowed() {
    Framework f = of(index(), agg("p", "idx"), agg("q", "idx"), leaf("shared", 10, "p", "q"), leaf("own", 5, "q"));
    assertThat(f.maxPoints("p").getAsDouble()).isEqualTo(10);
    assertThat(f.maxPoints("q").getAsDouble()).isEqualTo(15);
    assertThat(f.maxPoints("idx").getAsDouble()).isEqualTo(25);
    assertThat(f.level("idx")).isEqualTo(3);
    assertThat(f.bottomUp().get(f.bottomUp().size() - 1).code()).isEqualTo("idx");
  }

  @Test
  void unknownNode_throwsAndFindIsEmpty() {
    Framework f = Frameworks.pdti2022();
    assertThatExceptionOfType(UnknownNodeException.class).isThrownBy(() -> f.node("nope"))
        .satisfies(e -> assertThat(e.code()).isEqualTo("nope")).withMessageContaining("pdti-2022");
    assertThat(f.findNode("nope")).isEmpty();
    assertThat(f.findNode("GOV_ACTIVITY")).isPresent();
  }

  @Test
  void withNodes_attachesComponentsThatMustAddUp() {
    Framework f = Frameworks.pdti2022().withNodes(List.of(leaf("1.1", 60, "awareness"), leaf("1.2", 40, "awareness")));
    assertThat(f.children("awareness")).hasSize(2);
    assertThatExceptionOfType(InvalidFrameworkException.class)
        .isThrownBy(() -> Frameworks.pdti2022().withNodes(List.of(leaf("1.1", 60, "awareness"))))
        .withMessageContaining("'awareness'").withMessageContaining("add up to 60");
  }
}
