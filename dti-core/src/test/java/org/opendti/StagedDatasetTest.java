package org.opendti;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The self-assessed and appraised stages of an assessment round (issue 17). */
final class StagedDatasetTest {
  private static final String P = Dataset.SINGLE_PERIOD;

  private static Dataset self() {
    return Dataset.builder()
        .add(Observation.builder().unit("S1").indicator("c1").period(P).measure(Measure.ofValue(0.9))
            .evidence("self evidence").note("đã triển khai toàn sở").build())
        .put("S1", "c2", 0.8)
        .add(Observation.builder().unit("S2").indicator("c1").period(P).measure(Measure.ofRatio(3, 4))
            .note("số liệu quý IV").build())
        .put("S2", "c2", 0.6)
        .build();
  }

  private static Dataset appraised() {
    return Dataset.builder()
        .add(Observation.builder().unit("S1").indicator("c1").period(P).measure(Measure.ofValue(0.7))
            .evidence("council: one document missing").note("thiếu biên bản").build())
        .add(Observation.builder().unit("s2").indicator("c1").period(P).measure(Measure.ofValue(0.5)).build())
        .put("S3", "c1", 0.2)
        .build();
  }

  @Test
  void theAppraisedStageTakesTheCouncilsValueWhereItGaveOne() {
    StagedDataset round = StagedDataset.of(self(), appraised());
    Dataset a = round.forStage(Stage.APPRAISED);
    assertThat(a.units()).extracting(Unit::code).containsExactly("S1", "S2", "S3");
    assertThat(a.values(P, "c1")).containsExactly(0.7, 0.5, 0.2);
    assertThat(a.values(P, "c2")).containsExactly(0.8, 0.6, Double.NaN);
    assertThat(a.observation("S1", "c1", P).orElseThrow().evidence()).contains("council: one document missing");
    // notes are kept per stage: the council's cell brings its own note, or none
    assertThat(a.observation("S1", "c1", P).orElseThrow().note()).contains("thiếu biên bản");
    assertThat(a.observation("S2", "c1", P).orElseThrow().note()).isEmpty();
    assertThat(round.given(Stage.SELF).observation("S2", "c1", P).orElseThrow().note()).contains("số liệu quý IV");
    assertThat(a.cells(P, "c1").note(0)).isEqualTo("thiếu biên bản");
    // the council's plain value replaces the unit's ratio entirely
    assertThat(a.cells(P, "c1").numerator(1)).isNaN();
    assertThat(round.forStage(Stage.SELF)).isSameAs(round.given(Stage.SELF));
    assertThat(round.forStage(Stage.SELF).values(P, "c1")).containsExactly(0.9, 0.75);
    assertThat(round.notAppraised(P)).containsExactly(new StagedDataset.Cell("S1", "c2"),
        new StagedDataset.Cell("S2", "c2"));
    assertThat(round.notAppraised("2030")).isEmpty();
    assertThat(round.forStage(Stage.APPRAISED).size()).isEqualTo(5);
    List<Unit> list = List.of(Unit.builder().code("S3").name("Sở C").ranked(false).build(), Unit.of("S1", "Sở A"),
        Unit.of("S2", "Sở B"));
    StagedDataset listed = round.withUnits(list);
    assertThat(listed.forStage(Stage.APPRAISED).units()).extracting(Unit::code).containsExactly("S3", "S1", "S2");
    assertThat(listed.forStage(Stage.APPRAISED).values(P, "c1")).containsExactly(0.2, 0.7, 0.5);
    assertThat(listed.forStage(Stage.APPRAISED).units().get(0).ranked()).isFalse();
    assertThat(listed.notAppraised(P)).isEqualTo(round.notAppraised(P));
  }

  @Test
  void stagesAreNamedInEnglishOrVietnamese() {
    assertThat(Stage.find("self")).contains(Stage.SELF);
    assertThat(Stage.find(" Thẩm định ")).contains(Stage.APPRAISED);
    assertThat(Stage.find("tự đánh giá")).contains(Stage.SELF);
    assertThat(Stage.find("final")).isEmpty();
    assertThat(List.of(Stage.values())).extracting(Stage::id).containsExactly("self", "appraised");
  }
}
