package org.opendti.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.opendti.Dataset;
import org.opendti.Framework;
import org.opendti.Node;
import org.opendti.engine.Results;
import org.opendti.engine.ScoringEngine;
import org.opendti.method.Method;

/**
 * COINr's real ASEM example (51 countries, 49 indicators, 4 levels, 63 missing cells) reads and scores. No COINr scores
 * were supplied for it, so this checks structure and invariants only.
 */
final class AsemTest {

  @Test
  void asem_readsAndScores() throws IOException {
    Framework f = CoinrMetaReader.of(CsvOptions.defaults()).read("asem_meta.csv", "asem",
        CoinrAgreementTest.resource("asem_meta.csv"));
    Dataset d = WideCsvDatasetReader.of(CsvOptions.defaults()).read("asem_data.csv",
        CoinrAgreementTest.resource("asem_data.csv"));
    assertThat(f.leaves()).hasSize(49);
    assertThat(f.level(f.root().code())).isEqualTo(4);
    assertThat(d.units()).hasSize(51);
    int missing = 0;
    for (Node leaf : f.leaves()) {
      for (double v : d.values("", leaf.code())) {
        missing += Double.isNaN(v) ? 1 : 0;
      }
    }
    assertThat(missing).isEqualTo(63);
    Results r = ScoringEngine.of(Method.coinr()).score(f, d);
    assertThat(r.warnings()).hasSize(63);
    double[] index = r.values(f.root().code());
    assertThat(Arrays.stream(index).allMatch(v -> v >= 0 && v <= 1)).isTrue();
    double[] ranks = r.ranks(f.root().code());
    assertThat(Arrays.stream(ranks).min().orElseThrow()).isEqualTo(1);
    assertThat(Arrays.stream(ranks).max().orElseThrow()).isLessThanOrEqualTo(51);
    assertThat(r.effectiveWeights(f.root().code()).values().stream().mapToDouble(Double::doubleValue).sum())
        .isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-12));
  }
}
