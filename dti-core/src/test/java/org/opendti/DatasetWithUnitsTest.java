package org.opendti;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A dataset taken over the unit list of an assessment round (issue 17). */
final class DatasetWithUnitsTest {
  private static final List<Unit> LIST = List.of(
      Unit.builder().code("S1").name("Sở A").kind(UnitKind.DEPARTMENT).group("Khối sở").addTags("kinh-te-so").build(),
      Unit.builder().code("S2").name("Sở B").kind(UnitKind.DEPARTMENT).group("Khối sở").ranked(false).build(),
      Unit.builder().code("S3").name("Sở C").kind(UnitKind.DEPARTMENT).group("Khối sở").build());

  private static Dataset data() {
    return Dataset.builder().addUnit(Unit.of("SA", "sở a"))
        .put("Sở B", "c1", 0.25)
        .add(Observation.builder().unit("SA").indicator("c1").period(Dataset.SINGLE_PERIOD)
            .measure(Measure.ofValue(0.5)).evidence("QĐ 12/2024").build())
        .add(Observation.builder().unit("Sở B").indicator("c2").period(Dataset.SINGLE_PERIOD)
            .measure(Measure.ofRatio(3, 4)).build())
        .build();
  }

  @Test
  void theListGivesUnitsTheirAttributesOrderAndCodes() {
    Dataset d = data().withUnits(LIST);
    assertThat(d.units()).extracting(Unit::code).containsExactly("S1", "S2", "S3");
    assertThat(d.units().get(0).tags()).containsExactly("kinh-te-so");
    assertThat(d.units().get(1).ranked()).isFalse();
    assertThat(d.units().get(0).aliases()).as("the data's spelling still finds it").containsExactly("SA");
    assertThat(d.observation("S1", "c1", Dataset.SINGLE_PERIOD).orElseThrow().evidence()).contains("QĐ 12/2024");
    assertThat(d.observation("SA", "c1", Dataset.SINGLE_PERIOD).orElseThrow().measure().value().getAsDouble())
        .isEqualTo(0.5);
    assertThat(d.values(Dataset.SINGLE_PERIOD, "c1")).containsExactly(0.5, 0.25, Double.NaN);
    assertThat(data().units()).extracting(Unit::code).as("the data's own order").containsExactly("SA", "Sở B");
    assertThat(d.cells(Dataset.SINGLE_PERIOD, "c2").numerator(1)).isEqualTo(3);
    assertThat(d.cells(Dataset.SINGLE_PERIOD, "c2").present(0)).isFalse();
    assertThat(d.cells(Dataset.SINGLE_PERIOD, "c1").present(2)).as("a listed unit without data").isFalse();
    assertThat(d.size()).isEqualTo(data().size());
  }

  @Test
  void unitsOffTheListAndAmbiguousMatchesAreErrors() {
    Dataset extra = Dataset.builder().put("Sở A", "c1", 1).put("Sở Z", "c1", 1).put("Sở Y", "c1", 1).build();
    assertThatExceptionOfType(InvalidDataException.class).isThrownBy(() -> extra.withUnits(LIST))
        .withMessageContaining("2 unit(s) of the data are not on the unit list").withMessageContaining("Sở Z, Sở Y");
    Dataset twice = Dataset.builder().addUnit(Unit.of("X1", "Sở A")).addUnit(Unit.of("S1", "Sở A1"))
        .put("X1", "c1", 1).put("S1", "c1", 2).build();
    assertThatExceptionOfType(InvalidDataException.class).isThrownBy(() -> twice.withUnits(LIST))
        .withMessageContaining("are both unit 'S1' of the unit list");
    assertThatExceptionOfType(InvalidDataException.class)
        .isThrownBy(() -> data().withUnits(List.of(LIST.get(0), Unit.of("S9", "sở a"))))
        .withMessageContaining("duplicate unit");
  }

  @Test
  void cellsGiveWholeColumnsAsCopiesOrReadOnlyInPlace() {
    Dataset d = Dataset.builder().put("A", "x", 0.5).put("B", "x", 0.25).put("A", "y", 1).build();
    Dataset.Cells x = d.cells(Dataset.SINGLE_PERIOD, "x");
    assertThat(x.complete()).isTrue();
    java.nio.DoubleBuffer in = x.completeValues();
    assertThat(in.isReadOnly()).isTrue();
    assertThat(in.limit()).isEqualTo(2);
    assertThat(new double[] {in.get(0), in.get(1)}).containsExactly(0.5, 0.25);
    Dataset.Cells y = d.cells(Dataset.SINGLE_PERIOD, "y");
    assertThat(y.complete()).isFalse();
    assertThat(y.values()).containsExactly(1, Double.NaN);
    assertThat(y.measure(1)).isEmpty();
    org.assertj.core.api.Assertions.assertThatIllegalStateException().isThrownBy(y::completeValues)
        .withMessageContaining("use values()");
    double[] copy = x.values();
    copy[0] = 9;
    assertThat(d.values(Dataset.SINGLE_PERIOD, "x")).containsExactly(0.5, 0.25);
  }
}
