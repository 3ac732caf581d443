package org.opendti.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opendti.Dataset;
import org.opendti.Frameworks;
import org.opendti.Seeds;
import org.opendti.Unit;
import org.opendti.analysis.Claim.Measure;
import org.opendti.analysis.Verdict.Status;
import org.opendti.engine.ScoringEngine;

final class ClaimCheckTest {
  private static final Map<String, Measure> MEASURES = Map.of("value", Measure.VALUE, "rank", Measure.RANK, "delta",
      Measure.DELTA, "rank_move", Measure.RANK_MOVE, "mean", Measure.MEAN, "max", Measure.MAX, "min", Measure.MIN,
      "spread", Measure.SPREAD, "delta_mean", Measure.MEAN_CHANGE);

  /** The seed figures about DTI results as claims: S0 (provincial) and S3 (departments and districts, points). */
  static List<Claim> seedClaims() {
    List<Claim> out = new ArrayList<>();
    for (Seeds.Figure f : Seeds.figures()) {
      Measure m = MEASURES.get(f.measure());
      if (m == null || f.scope().equals("statistic") || f.scope().equals("target")) {
        continue;
      }
      boolean points = !f.scope().equals("province");
      Claim c = m.ofUnit() && !(points && m != Measure.VALUE)
          ? Claim.ofUnit(f.unit(), f.subject(), f.year(), m, f.value())
          : Claim.ofGroup(f.scope(), f.subject(), f.year(), m, f.value());
      if (points) {
        c = c.onScale(Scale.POINTS);
        if (m.ofUnit()) {
          c = c.inGroup(f.scope());
        }
      }
      out.add(c.withNote(f.seed()));
    }
    return out;
  }

  @Test
  void seedS3_itsStatedChangesAndExtremesContradictItsOwnFigures() {
    List<Verdict> verdicts = ClaimCheck.consistency(seedClaims());
    Verdict departments = find(verdicts, "departments", Measure.MEAN_CHANGE);
    assertThat(departments.status()).isEqualTo(Status.CONTRADICTED);
    assertThat(departments.actual().getAsDouble()).isCloseTo(102.32, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(departments.describe()).contains("94.53").contains("gives 102.32");
    Verdict districts = find(verdicts, "districts", Measure.MEAN_CHANGE);
    assertThat(districts.status()).isEqualTo(Status.CONTRADICTED);
    assertThat(districts.actual().getAsDouble()).isCloseTo(45.52, org.assertj.core.data.Offset.offset(1e-9));
    // spreads agree with the stated extremes
    assertThat(find(verdicts, "departments", Measure.SPREAD).status()).isEqualTo(Status.SUPPORTED);
    assertThat(find(verdicts, "districts", Measure.SPREAD).status()).isEqualTo(Status.SUPPORTED);
    // the named first department (970) is above the departments' stated maximum; the named last district (595.89)
    // is below the districts' stated minimum: the two sets of extremes look swapped
    Verdict max = find(verdicts, "departments", Measure.MAX);
    assertThat(max.status()).isEqualTo(Status.CONTRADICTED);
    assertThat(max.actual().getAsDouble()).isEqualTo(970);
    Verdict min = find(verdicts, "districts", Measure.MIN);
    assertThat(min.status()).isEqualTo(Status.CONTRADICTED);
    assertThat(min.actual().getAsDouble()).isEqualTo(595.89);
    assertThat(find(verdicts, "departments", Measure.MIN).status()).isEqualTo(Status.SUPPORTED);
  }

  private static Verdict find(List<Verdict> verdicts, String subject, Measure m) {
    return verdicts.stream().filter(v -> v.claim().subject().equals(subject) && v.claim().measure() == m)
        .findFirst().orElseThrow(() -> new AssertionError("no verdict on " + subject + " " + m));
  }

  @Test
  void seedS0_againstDataThatReproduceIt() {
    // Thanh Hóa 2023: 0.7314, 11th, +0.0964, up 4 places; the data implied by S0: 0.6350 and 15th in 2022
    Dataset.Builder b = Dataset.builder();
    for (int i = 1; i <= 20; i++) {
      b.put("P" + i, "dti", "2022", i <= 14 ? 0.80 - i * 0.01 : 0.60 - i * 0.01);
      b.put("P" + i, "dti", "2023", i <= 10 ? 0.85 - i * 0.01 : 0.70 - i * 0.01);
    }
    // 2022: 14 provinces above 0.6350, so 15th; 2023: 10 above 0.7314, so 11th
    b.put("Thanh Hóa", "dti", "2022", 0.6350).put("Thanh Hóa", "dti", "2023", 0.7314);
    Dataset d = b.build();
    Panel panel = Panel.score(ScoringEngine.official(), Frameworks.pdti2022(), d);
    List<Claim> s0 = seedClaims().stream().filter(c -> c.note().equals("S0") && c.node().equals("dti")).toList();
    assertThat(s0).extracting(Claim::measure).contains(Measure.VALUE, Measure.RANK, Measure.DELTA,
        Measure.RANK_MOVE);
    List<Verdict> verdicts = ClaimCheck.against(panel, s0);
    assertThat(verdicts).allSatisfy(v -> assertThat(v.status()).as(v.describe()).isEqualTo(Status.SUPPORTED));

    Claim wrongRank = Claim.ofUnit("Thanh Hóa", "dti", "2023", Measure.RANK, "9");
    Verdict v = ClaimCheck.against(panel, List.of(wrongRank)).get(0);
    assertThat(v.status()).isEqualTo(Status.CONTRADICTED);
    assertThat(v.actual().getAsDouble()).isEqualTo(11);
    Claim unknown = Claim.ofUnit("Atlantis", "dti", "2023", Measure.VALUE, "0.5");
    assertThat(ClaimCheck.against(panel, List.of(unknown)).get(0).status()).isEqualTo(Status.UNCHECKABLE);
  }

  @Test
  void groupClaims_againstData_useTheStatedDecimals() {
    Dataset d = Dataset.builder()
        .addUnit(Unit.builder().code("a").name("A").group("departments").build())
        .addUnit(Unit.builder().code("b").name("B").group("departments").build())
        .addUnit(Unit.builder().code("c").name("C").group("districts").build())
        .put("a", "dti", "2022", 0.6).put("b", "dti", "2022", 0.7).put("c", "dti", "2022", 0.8)
        .put("a", "dti", "2023", 0.70001).put("b", "dti", "2023", 0.9).put("c", "dti", "2023", 0.75)
        .build();
    Panel panel = Panel.score(ScoringEngine.official(), Frameworks.pdti2022(), d);
    List<Verdict> v = ClaimCheck.against(panel, List.of(
        Claim.ofGroup("departments", "dti", "2023", Measure.MEAN, "800.01").onScale(Scale.POINTS),
        Claim.ofGroup("departments", "dti", "2023", Measure.MEAN, "800.1").onScale(Scale.POINTS),
        Claim.ofGroup("departments", "dti", "2023", Measure.MEAN_CHANGE, "150.0").onScale(Scale.POINTS),
        Claim.ofGroup("departments", "dti", "2023", Measure.SPREAD, "0.2"),
        Claim.ofGroup(Panel.ALL, "dti", "2023", Measure.COUNT, "3"),
        Claim.ofGroup("communes", "dti", "2023", Measure.MEAN, "0.5")));
    assertThat(v).extracting(Verdict::status).containsExactly(Status.SUPPORTED, Status.CONTRADICTED,
        Status.SUPPORTED, Status.SUPPORTED, Status.SUPPORTED, Status.UNCHECKABLE);
    assertThat(v.get(1).actual().getAsDouble()).isCloseTo(800.005, org.assertj.core.data.Offset.offset(1e-9));
  }
}
