package org.opendti.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.opendti.Dataset;
import org.opendti.Framework;
import org.opendti.Measure;
import org.opendti.Node;
import org.opendti.NodeKind;
import org.opendti.Observation;
import org.opendti.StagedDataset;
import org.opendti.method.Method;

/** Self-assessed against appraised points, by hand (issue 17). */
final class AppraisalTest {
  private static final String P = Dataset.SINGLE_PERIOD;

  /** 100 points: m1 (60) = c1 (30) + c2 (30); m2 (40) = c3 (40). */
  private static Framework framework() {
    return Framework.builder().id("dept").version("1").nameVi("Sở").addNodes(
        Node.builder().code("dti").nameVi("DTI").kind(NodeKind.INDEX).maxPoints(100).build(),
        Node.builder().code("m1").nameVi("M1").kind(NodeKind.MAIN_INDICATOR).addParent("dti").maxPoints(60).build(),
        Node.builder().code("m2").nameVi("M2").kind(NodeKind.MAIN_INDICATOR).addParent("dti").maxPoints(40).build(),
        Node.builder().code("c1").nameVi("C1").kind(NodeKind.COMPONENT).addParent("m1").maxPoints(30).build(),
        Node.builder().code("c2").nameVi("C2").kind(NodeKind.COMPONENT).addParent("m1").maxPoints(30).build(),
        Node.builder().code("c3").nameVi("C3").kind(NodeKind.COMPONENT).addParent("m2").maxPoints(40).build())
        .build();
  }

  private static Observation obs(String unit, String indicator, double v, String evidence) {
    return Observation.builder().unit(unit).indicator(indicator).period(P).measure(Measure.ofValue(v))
        .evidence(evidence).build();
  }

  @Test
  void pointsLostAreComputedPerUnitAndNode() {
    Dataset self = Dataset.builder()
        .add(obs("A", "c1", 1.0, "QĐ 1")).add(obs("A", "c2", 1.0, "KH 2")).add(obs("A", "c3", 1.0, "BC 3"))
        .add(obs("B", "c1", 0.5, "x")).add(obs("B", "c2", 0.5, "y")).add(obs("B", "c3", 0.5, "z"))
        .build();
    Dataset appraised = Dataset.builder()
        .add(obs("A", "c2", 0.5, "no plan signed")).add(obs("A", "c3", 0.25, "report late"))
        .add(obs("B", "c1", 1.0, "evidence found"))
        .build();
    Appraisal a = Appraisal.of(framework(), StagedDataset.of(self, appraised), Method.official(), P);
    // A: self 100; appraised c1 30 (own) + c2 15 + c3 10 = 55, lost 45: c3 -30, c2 -15
    Appraisal.UnitSummary sa = a.byUnit().get(0);
    assertThat(sa.unit().code()).isEqualTo("A");
    assertThat(sa.selfPoints()).isCloseTo(100, within(1e-9));
    assertThat(sa.appraisedPoints()).isCloseTo(55, within(1e-9));
    assertThat(sa.lost()).isCloseTo(45, within(1e-9));
    assertThat(sa.mostLost()).extracting(r -> r.node().code()).containsExactly("c3", "c2");
    assertThat(sa.mostLost().get(0).difference()).isCloseTo(-30, within(1e-9));
    // B: self 50; appraised c1 30 + c2 15 + c3 20 = 65: gained 15, nothing lost
    Appraisal.UnitSummary sb = a.byUnit().get(1);
    assertThat(sb.lost()).isCloseTo(-15, within(1e-9));
    assertThat(sb.mostLost()).isEmpty();
    Appraisal.Row c2 = a.rows().stream().filter(r -> r.unit().code().equals("A") && r.node().code().equals("c2"))
        .findFirst().orElseThrow();
    assertThat(c2.selfPoints()).isCloseTo(30, within(1e-9));
    assertThat(c2.appraisedPoints()).isCloseTo(15, within(1e-9));
    assertThat(c2.selfEvidence()).isEqualTo("KH 2");
    assertThat(c2.appraisedEvidence()).isEqualTo("no plan signed");
    Appraisal.Row m1 = a.rows().stream().filter(r -> r.unit().code().equals("A") && r.node().code().equals("m1"))
        .findFirst().orElseThrow();
    assertThat(m1.difference()).isCloseTo(-15, within(1e-9));
    assertThat(m1.selfEvidence()).isEmpty();
    assertThat(a.rows()).hasSize(2 * 6);
  }
}
