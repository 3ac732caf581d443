package org.opendti.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.common.testing.NullPointerTester;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opendti.Dataset;
import org.opendti.Framework;
import org.opendti.InvalidDataException;
import org.opendti.Measure;
import org.opendti.Node;
import org.opendti.NodeKind;
import org.opendti.Observation;
import org.opendti.Stage;
import org.opendti.StagedDataset;
import org.opendti.Unit;
import org.opendti.UnitKind;
import org.opendti.UnknownNodeException;

/** What is still missing in a round, counted by hand (issue 17: "what is still missing, by unit and by data source"). */
final class StatusTest {
  private static final String P = Dataset.SINGLE_PERIOD;
  private static final String UNIT_REPORT = "Báo cáo của đơn vị";
  private static final String FINANCE = "Sở Tài chính";

  /**
   * 100 points: m1 (60) = c1 (30, unit report) + c2 (30, finance); m2 (40) = c3 (20, unit report) + c4 (20, no
   * source, only for units tagged kinh-te-so).
   */
  private static Framework framework() {
    return Framework.builder().id("dept").version("1").nameVi("Sở").addNodes(
        Node.builder().code("dti").nameVi("DTI").kind(NodeKind.INDEX).maxPoints(100).build(),
        Node.builder().code("m1").nameVi("M1").kind(NodeKind.MAIN_INDICATOR).addParent("dti").maxPoints(60).build(),
        Node.builder().code("m2").nameVi("M2").kind(NodeKind.MAIN_INDICATOR).addParent("dti").maxPoints(40).build(),
        Node.builder().code("c1").nameVi("C1").kind(NodeKind.COMPONENT).addParent("m1").maxPoints(30)
            .dataSource(UNIT_REPORT).build(),
        Node.builder().code("c2").nameVi("C2").kind(NodeKind.COMPONENT).addParent("m1").maxPoints(30)
            .dataSource(" " + FINANCE + " ").build(),
        Node.builder().code("c3").nameVi("C3").kind(NodeKind.COMPONENT).addParent("m2").maxPoints(20)
            .dataSource(UNIT_REPORT).build(),
        Node.builder().code("c4").nameVi("C4").kind(NodeKind.COMPONENT).addParent("m2").maxPoints(20)
            .addAppliesTo("kinh-te-so").build())
        .build();
  }

  /** A has the digital-economy tag; B has not; C is on the list without any data. */
  private static List<Unit> unitList() {
    return List.of(
        Unit.builder().code("A").name("Sở A").kind(UnitKind.DEPARTMENT).addTags("kinh-te-so").build(),
        Unit.builder().code("B").name("Sở B").kind(UnitKind.DEPARTMENT).build(),
        Unit.builder().code("C").name("Sở C").kind(UnitKind.DEPARTMENT).build());
  }

  private static Observation obs(String unit, String indicator) {
    return Observation.builder().unit(unit).indicator(indicator).period(P).measure(Measure.ofValue(1)).build();
  }

  private static Dataset data(String... unitIndicator) {
    Dataset.Builder b = Dataset.builder();
    for (String ui : unitIndicator) {
      String[] parts = ui.split(":");
      b.add(obs(parts[0], parts[1]));
    }
    return b.build();
  }

  @Test
  void missingByUnitAndSource_respectsApplicability() {
    Dataset d = data("A:c1", "A:c2", "A:c4", "B:c1", "B:c2", "B:c3").withUnits(unitList());
    Status s = Status.of(framework(), d, P);
    // A: c1..c4 apply (4), c3 missing; B: c4 does not apply (3), none missing; C: 3, all missing
    assertThat(s.units()).extracting(u -> u.unit().code()).containsExactly("A", "B", "C");
    assertThat(s.units()).extracting(Status.UnitStatus::expected).containsExactly(4, 3, 3);
    assertThat(s.units()).extracting(Status.UnitStatus::given).containsExactly(3, 3, 0);
    assertThat(s.units().get(0).missing()).extracting(Node::code).containsExactly("c3");
    assertThat(s.units().get(1).missing()).isEmpty();
    assertThat(s.units().get(2).missing()).extracting(Node::code).containsExactly("c1", "c2", "c3");
    assertThat(s.expected()).isEqualTo(10);
    assertThat(s.given()).isEqualTo(6);
    assertThat(s.missing()).isEqualTo(4);
    assertThat(s.notAppraised()).isZero();
    assertThat(s.notApplicable()).isZero();
    assertThat(s.staged()).isFalse();
    assertThat(s.complete()).extracting(u -> u.unit().code()).containsExactly("B");
    assertThat(s.incomplete()).extracting(u -> u.unit().code()).containsExactly("A", "C");

    // sources in framework order, the trimmed name, "(no source)" last
    assertThat(s.bySource()).extracting(Status.SourceStatus::source)
        .containsExactly(UNIT_REPORT, FINANCE, Status.NO_SOURCE);
    Status.SourceStatus report = s.bySource().get(0);
    // c1 and c3 for A, B and C: 6 expected; A misses c3, C misses both
    assertThat(report.expected()).isEqualTo(6);
    assertThat(report.given()).isEqualTo(3);
    assertThat(report.missing()).isEqualTo(3);
    assertThat(report.owing()).extracting(o -> o.unit().code() + "=" + o.values()).containsExactly("A=1", "C=2");
    Status.SourceStatus finance = s.bySource().get(1);
    assertThat(finance.expected()).isEqualTo(3);
    assertThat(finance.owing()).extracting(o -> o.unit().code() + "=" + o.values()).containsExactly("C=1");
    // c4 applies to A only, and A gave it
    Status.SourceStatus none = s.bySource().get(2);
    assertThat(none.expected()).isEqualTo(1);
    assertThat(none.missing()).isZero();
    assertThat(none.owing()).isEmpty();

    assertThat(s.items()).extracting(i -> i.unit().code() + ":" + i.node().code() + ":" + i.source())
        .containsExactly("A:c3:" + UNIT_REPORT, "C:c1:" + UNIT_REPORT, "C:c2:" + FINANCE, "C:c3:" + UNIT_REPORT);
    assertThat(s.items()).allMatch(i -> i.stage().isEmpty());
    assertThat(s.toString()).isEqualTo("Status{3 units, 4 of 10 values missing}");
  }

  @Test
  void componentForTaggedUnitsOnly_isNotMissingForOthers() {
    // nobody gave c4: only A, which has the tag, owes it
    Status s = Status.of(framework(), data("A:c1", "B:c1").withUnits(unitList()), P);
    assertThat(s.units().get(0).missing()).extracting(Node::code).containsExactly("c2", "c3", "c4");
    assertThat(s.units().get(1).missing()).extracting(Node::code).containsExactly("c2", "c3");
    assertThat(s.bySource().get(2).owing()).extracting(o -> o.unit().code()).containsExactly("A");
  }

  @Test
  void valueWhereTheNodeDoesNotApply_isListedNotCounted() {
    Status s = Status.of(framework(), data("B:c1", "B:c2", "B:c3", "B:c4"), P);
    assertThat(s.units().get(0).expected()).isEqualTo(3);
    assertThat(s.units().get(0).complete()).isTrue();
    assertThat(s.units().get(0).notApplicable()).extracting(Node::code).containsExactly("c4");
    assertThat(s.notApplicable()).isEqualTo(1);
  }

  @Test
  void mainIndicatorGivenAsInput_coversItsComponents() {
    // the data give m2 itself (a fraction of its maximum): c3 and c4 are not inputs then
    Status s = Status.of(framework(), data("A:c1", "A:m2", "B:c2"), P);
    assertThat(s.units().get(0).expected()).isEqualTo(3);
    assertThat(s.units().get(0).missing()).extracting(Node::code).containsExactly("c2");
    // in definition order: m2 comes before c1
    assertThat(s.units().get(1).missing()).extracting(Node::code).containsExactly("m2", "c1");
  }

  @Test
  void unitListWithoutAnyData_owesEverythingInAnyPeriod() {
    Status s = Status.of(framework(), Dataset.builder().build().withUnits(unitList()), "2025");
    assertThat(s.period()).isEqualTo("2025");
    assertThat(s.expected()).isEqualTo(10);
    assertThat(s.missing()).isEqualTo(10);
    assertThat(s.complete()).isEmpty();
  }

  @Test
  void stagedRound_missingInSelfAndNotAppraised() {
    Dataset self = data("A:c1", "A:c2", "A:c3", "A:c4", "B:c1", "B:c2");
    Dataset appraised = data("A:c1", "A:c2", "B:c1");
    Status s = Status.of(framework(), StagedDataset.of(self, appraised).withUnits(unitList()), P);
    assertThat(s.staged()).isTrue();
    // self: A complete (4 of 4); B misses c3; C misses c1, c2, c3. Council: A's c3 and c4, B's c2 wait.
    assertThat(s.units()).extracting(u -> u.missing().size()).containsExactly(0, 1, 3);
    assertThat(s.units().get(0).notAppraised()).extracting(Node::code).containsExactly("c3", "c4");
    assertThat(s.units().get(1).notAppraised()).extracting(Node::code).containsExactly("c2");
    assertThat(s.units().get(2).notAppraised()).isEmpty();
    assertThat(s.missing()).isEqualTo(4);
    assertThat(s.notAppraised()).isEqualTo(3);
    assertThat(s.complete()).extracting(u -> u.unit().code()).containsExactly("A");
    assertThat(s.bySource()).extracting(Status.SourceStatus::notAppraised).containsExactly(1, 1, 1);
    assertThat(s.items()).extracting(i -> i.unit().code() + ":" + i.node().code() + ":"
        + i.stage().map(Stage::id).orElse("-")).containsExactly("A:c3:appraised", "A:c4:appraised", "B:c3:self",
            "B:c2:appraised", "C:c1:self", "C:c2:self", "C:c3:self");
    assertThat(s.toString()).isEqualTo("Status{3 units, 4 of 10 values missing, 3 not appraised}");
  }

  @Test
  void stagedRound_councilValueDoesNotFillTheSelfAssessment() {
    Status s = Status.of(framework(), StagedDataset.of(data("B:c1", "B:c2"), data("B:c3")), P);
    assertThat(s.units().get(0).missing()).extracting(Node::code).containsExactly("c3");
    assertThat(s.items()).extracting(Status.Item::stage).containsExactly(Optional.of(Stage.SELF),
        Optional.of(Stage.APPRAISED), Optional.of(Stage.APPRAISED));
  }

  @Test
  void periodNotInTheData_isRefused() {
    Dataset d = Dataset.builder().put("A", "c1", "2024", 1).build();
    assertThatIllegalArgumentException().isThrownBy(() -> Status.of(framework(), d, "2025"))
        .withMessage("period '2025' is not in the data: their periods are ['2024']");
    assertThatIllegalArgumentException().isThrownBy(() -> Status.of(framework(), data("A:c1"), "2025"))
        .withMessage("period '2025' is not in the data: their observations name no period");
    assertThat(Status.of(framework(), d, "2024").given()).isEqualTo(1);
  }

  @Test
  void unknownIndicator_andColumnBelowAnotherColumn_areErrors() {
    assertThatExceptionOfType(UnknownNodeException.class)
        .isThrownBy(() -> Status.of(framework(), data("A:c1", "A:old"), P))
        .satisfies(e -> assertThat(e.code()).isEqualTo("old"));
    assertThatExceptionOfType(InvalidDataException.class)
        .isThrownBy(() -> Status.of(framework(), data("A:m2", "B:c3"), P))
        .satisfies(e -> assertThat(e.indicator()).isEqualTo("c3"));
  }

  @Test
  void nullArguments_areRefused() {
    NullPointerTester t = new NullPointerTester().setDefault(Framework.class, framework())
        .setDefault(Dataset.class, data("A:c1")).setDefault(Unit.class, Unit.of("A", "Sở A"))
        .setDefault(Node.class, framework().node("c1"))
        .setDefault(StagedDataset.class, StagedDataset.of(data("A:c1"), data("A:c1")));
    t.testAllPublicStaticMethods(Status.class);
    for (Class<?> c : List.of(Status.UnitStatus.class, Status.SourceStatus.class, Status.Owed.class,
        Status.Item.class)) {
      t.testAllPublicConstructors(c);
    }
  }

  @Test
  void records_checkTheirParts() {
    Unit a = Unit.of("A", "Sở A");
    assertThatIllegalArgumentException().isThrownBy(() -> new Status.Owed(a, 0)).withMessageContaining("owes 0");
    Node c1 = framework().node("c1");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Status.UnitStatus(a, 0, List.of(c1), List.of(), List.of()))
        .withMessageContaining("1 missing of 0 expected");
  }
}
