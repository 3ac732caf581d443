package org.opendti.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendti.Dataset;
import org.opendti.DtiException;
import org.opendti.Framework;
import org.opendti.Node;
import org.opendti.NodeKind;
import org.opendti.Unit;
import org.opendti.UnitKind;
import org.opendti.method.Method;

/**
 * Nodes that apply to some units only, and units that are scored but not ranked (issue 17), on small frameworks whose
 * figures are computed by hand in the comments.
 */
final class ApplicabilityTest {

  /**
   * 100 points: m1 (60) = c1 (30) + c2 (30, only for units tagged kinh-te-so); m2 (40) = c3 (40); m3 (0 points of its
   * own, children only for districts) = c4 (10, huyện).
   */
  private static Framework departments() {
    return departments(100, List.of());
  }

  private static Framework departments(double max, List<Node> extra) {
    return Framework.builder().id("dept").version("1").nameVi("Sở, ngành").addAllNodes(extra).addNodes(
        Node.builder().code("dti").nameVi("DTI").kind(NodeKind.INDEX).maxPoints(max).build(),
        Node.builder().code("m1").nameVi("M1").kind(NodeKind.MAIN_INDICATOR).addParent("dti").maxPoints(60).build(),
        Node.builder().code("m2").nameVi("M2").kind(NodeKind.MAIN_INDICATOR).addParent("dti").maxPoints(40).build(),
        Node.builder().code("c1").nameVi("C1").kind(NodeKind.COMPONENT).addParent("m1").maxPoints(30).build(),
        Node.builder().code("c2").nameVi("C2").kind(NodeKind.COMPONENT).addParent("m1").maxPoints(30)
            .addAppliesTo("kinh-te-so").build(),
        Node.builder().code("c3").nameVi("C3").kind(NodeKind.COMPONENT).addParent("m2").maxPoints(40).build())
        .build();
  }

  private static Unit unit(String code, UnitKind kind, boolean ranked, String... tags) {
    return Unit.builder().code(code).name(code).kind(kind).ranked(ranked).addTags(tags).build();
  }

  private static Dataset data(boolean bGivesC2) {
    Dataset.Builder b = Dataset.builder()
        .addUnit(unit("A", UnitKind.DEPARTMENT, true, "kinh-te-so"))
        .addUnit(unit("B", UnitKind.DEPARTMENT, true))
        .put("A", "c1", 0.5).put("A", "c2", 1.0).put("A", "c3", 0.5)
        .put("B", "c1", 0.5).put("B", "c3", 0.5);
    return bGivesC2 ? b.put("B", "c2", 0.4).build() : b.build();
  }

  @Test
  void aUnitIsScoredOverWhatAppliesToIt() {
    Results r = ScoringEngine.official().score(departments(), data(false));
    // A: c1 15 + c2 30 = m1 45 of 60; c3 20; dti 65
    assertThat(r.points("A", "m1")).isCloseTo(45, within(1e-12));
    assertThat(r.points("A", "dti")).isCloseTo(65, within(1e-12));
    // B: c2 does not apply, so m1 = c1's 15 points x 60 / 30 = 30; dti = 30 + 20 = 50
    assertThat(r.value("B", "c2")).isNaN();
    assertThat(r.points("B", "m1")).isCloseTo(30, within(1e-12));
    assertThat(r.points("B", "dti")).isCloseTo(50, within(1e-12));
    assertThat(r.warnings()).as("a component that does not apply is not missing").isEmpty();
    assertThat(r.rank("A", "dti")).isEqualTo(1);
    assertThat(r.rank("B", "dti")).isEqualTo(2);
  }

  @Test
  void withoutRescalingWhatDoesNotApplyEarnsNothing() {
    Method m = Method.builder().from(Method.official()).rescaleForApplicability(false).build();
    Results r = ScoringEngine.of(m).score(departments(), data(false));
    // B: m1 = (15 + 0) = 15 of 60; dti = 15 + 20 = 35; A unchanged
    assertThat(r.points("B", "m1")).isCloseTo(15, within(1e-12));
    assertThat(r.points("B", "dti")).isCloseTo(35, within(1e-12));
    assertThat(r.points("A", "dti")).isCloseTo(65, within(1e-12));
    assertThat(r.warnings()).isEmpty();
  }

  @Test
  void aValueForAUnitANodeDoesNotApplyToIsALocatedError() {
    assertThatExceptionOfType(DtiException.class)
        .isThrownBy(() -> ScoringEngine.official().score(departments(), data(true)))
        .withMessageContaining("B").withMessageContaining("c2").withMessageContaining("0.4")
        .withMessageContaining("it applies to [kinh-te-so] only");
  }

  @Test
  void aNodeNoneOfWhoseChildrenApplyDoesNotApplyAndItsSiblingsAreRescaled() {
    Framework f = departments(120, List.of(
        Node.builder().code("m3").nameVi("M3").kind(NodeKind.MAIN_INDICATOR).addParent("dti").maxPoints(20).build(),
        Node.builder().code("c4").nameVi("C4").kind(NodeKind.COMPONENT).addParent("m3").maxPoints(20)
            .addAppliesTo("huyện").build()));
    // 120 points now; the district-only m3 applies to no department: dti = (m1 + m2) x 120 / 100
    Results r = ScoringEngine.official().score(f, data(false));
    assertThat(r.value("A", "m3")).isNaN();
    assertThat(r.points("A", "dti")).isCloseTo(65 * 120 / 100.0, within(1e-12));
    assertThat(r.points("B", "dti")).isCloseTo(50 * 120 / 100.0, within(1e-12));
    // a district is scored on it, and children inherit: a district gets c4 and not c2
    Dataset d = Dataset.builder().addUnit(unit("H", UnitKind.DISTRICT, true))
        .put("H", "c1", 1.0).put("H", "c3", 1.0).put("H", "c4", 0.5).build();
    Results h = ScoringEngine.official().score(f, d);
    // m1 = 30 x 60 / 30 = 60; m2 = 40; m3 = 10; dti = 110 of 120
    assertThat(h.points("H", "dti")).isCloseTo(110, within(1e-12));
  }

  @Test
  void theGraphSaysWhichNodesAUnitIsScoredOnTopDown() {
    Framework f = departments(120, List.of(
        Node.builder().code("m3").nameVi("M3").kind(NodeKind.MAIN_INDICATOR).addParent("dti").maxPoints(20)
            .addAppliesTo("huyện").build(),
        Node.builder().code("c4").nameVi("C4").kind(NodeKind.COMPONENT).addParent("m3").maxPoints(20).build()));
    org.opendti.FrameworkGraph g = f.graph();
    boolean[] a = g.appliesTo(unit("A", UnitKind.DEPARTMENT, true, "kinh-te-so"));
    boolean[] b = g.appliesTo(unit("B", UnitKind.DEPARTMENT, true));
    boolean[] h = g.appliesTo(unit("H", UnitKind.DISTRICT, true));
    assertThat(a[g.index("c2")]).isTrue();
    assertThat(b[g.index("c2")]).isFalse();
    assertThat(b[g.index("c1")]).isTrue();
    // c4 has no list of its own: it inherits m3's, so only a district is scored on it
    assertThat(a[g.index("c4")]).isFalse();
    assertThat(h[g.index("c4")]).isTrue();
    assertThat(h[g.index("dti")]).isTrue();
    assertThat(h[g.index("c2")]).isFalse();
  }

  @Test
  void aNodeAppliesByKindGroupOrTag() {
    Node byKind = Node.builder().code("x").nameVi("x").kind(NodeKind.COMPONENT).addParent("p").addAppliesTo(" Sở ")
        .build();
    Node byGroup = Node.builder().code("y").nameVi("y").kind(NodeKind.COMPONENT).addParent("p")
        .addAppliesTo("Khối huyện").build();
    Unit dept = Unit.builder().code("S1").name("Sở A").kind(UnitKind.DEPARTMENT).build();
    Unit district = Unit.builder().code("H1").name("Huyện A").kind(UnitKind.DISTRICT).group("khối HUYỆN").build();
    assertThat(byKind.appliesTo(dept)).isTrue();
    assertThat(byKind.appliesTo(district)).isFalse();
    assertThat(byGroup.appliesTo(district)).isTrue();
    assertThat(byGroup.appliesTo(dept)).isFalse();
    assertThat(UnitKind.parse("department")).isEqualTo(UnitKind.DEPARTMENT);
    assertThat(UnitKind.parse("XÃ")).isEqualTo(UnitKind.COMMUNE);
    assertThatIllegalArgumentException().isThrownBy(() -> UnitKind.parse("phường"))
        .withMessageContaining("unknown unit kind 'phường'").withMessageContaining("huyện");
  }

  @Test
  void aUnitThatIsNotRankedIsScoredAndMovesNobody() {
    Dataset.Builder b = Dataset.builder()
        .addUnit(unit("A", UnitKind.DEPARTMENT, true, "kinh-te-so"))
        .addUnit(unit("B", UnitKind.DEPARTMENT, true))
        .addUnit(unit("C", UnitKind.DEPARTMENT, false, "kinh-te-so"))
        .put("A", "c1", 0.5).put("A", "c2", 1.0).put("A", "c3", 0.5)
        .put("B", "c1", 0.5).put("B", "c3", 0.5)
        .put("C", "c1", 1.0).put("C", "c2", 1.0).put("C", "c3", 1.0);
    Results r = ScoringEngine.official().score(departments(), b.build());
    assertThat(r.points("C", "dti")).isCloseTo(100, within(1e-12));
    assertThat(r.rank("C", "dti")).isNaN();
    assertThat(r.rank("A", "dti")).isEqualTo(1);
    assertThat(r.rank("B", "dti")).isEqualTo(2);
    assertThat(r.ranking("dti")).extracting(x -> x.unit().code()).containsExactly("A", "B", "C");
  }

  @Test
  void theAggregationPlanOfARunWithApplicabilityGivesItsValues() {
    for (boolean rescale : new boolean[] {true, false}) {
      Method m = Method.builder().from(Method.official()).rescaleForApplicability(rescale).build();
      Results r = ScoringEngine.of(m).score(departments(), data(false));
      assertThat(AggregationPlan.of(r, "dti").values()).containsExactly(r.values("dti"), within(1e-15));
    }
    assertThat(List.of(departments().node("c2").appliesTo())).hasSize(1);
  }
}
