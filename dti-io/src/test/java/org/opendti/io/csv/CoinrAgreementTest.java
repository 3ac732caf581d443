package org.opendti.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opendti.Dataset;
import org.opendti.Framework;
import org.opendti.Node;
import org.opendti.Unit;
import org.opendti.engine.Results;
import org.opendti.engine.ScoringEngine;
import org.opendti.method.Method;

/**
 * The SDK against COINr 1.1.14's own outputs: min-max [0, 1] + weighted arithmetic mean + skip missing must reproduce
 * every normalised value, every aggregate and every rank to 1e-9.
 */
final class CoinrAgreementTest {

  static byte[] resource(String name) throws IOException {
    try (InputStream in = CoinrAgreementTest.class.getResourceAsStream("/reference/" + name)) {
      if (in == null) {
        throw new IOException("missing test resource " + name);
      }
      return in.readAllBytes();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"ref63", "ref63_missing"})
  void everyValueAndRank_agreesWithCoinr(String name) throws IOException {
    Framework f = CoinrMetaReader.of(CsvOptions.defaults()).read(name + "_meta.csv", name,
        resource(name + "_meta.csv"));
    Dataset d = WideCsvDatasetReader.of(CsvOptions.defaults()).read(name + "_data.csv",
        resource(name + "_data.csv"));
    Results r = ScoringEngine.of(Method.coinr()).score(f, d);
    Dataset expected = WideCsvDatasetReader.of(CsvOptions.defaults()).read(name + "_coinr_scores.csv",
        resource(name + "_coinr_scores.csv"));
    assertThat(f.nodes()).hasSize(98 + 3 + 1);
    assertThat(r.units()).hasSize(63);
    int compared = 0;
    int ranks = 0;
    for (Node n : f.nodes()) {
      double[] want = expected.values("", n.code());
      double[] wantRank = expected.values("", "Rank_" + n.code());
      double[] got = r.values(n.code());
      double[] gotRank = r.ranks(n.code());
      for (int u = 0; u < want.length; u++) {
        Unit unit = expected.units().get(u);
        int mine = r.units().indexOf(r.findUnit(unit.code()).orElseThrow());
        if (Double.isNaN(want[u])) {
          assertThat(got[mine]).as("%s %s", unit.code(), n.code()).isNaN();
        } else {
          assertThat(got[mine]).as("%s %s", unit.code(), n.code()).isCloseTo(want[u], within(1e-9));
          compared++;
        }
        if (!Double.isNaN(wantRank[u])) {
          assertThat(gotRank[mine]).as("rank %s %s", unit.code(), n.code()).isEqualTo(wantRank[u]);
          ranks++;
        }
      }
    }
    assertThat(compared).isGreaterThan(name.equals("ref63") ? 63 * 102 - 1 : 6000);
    assertThat(ranks).isEqualTo(compared);
    int emptyCells = 0;
    for (Node leaf : f.leaves()) {
      for (double v : d.values("", leaf.code())) {
        emptyCells += Double.isNaN(v) ? 1 : 0;
      }
    }
    assertThat(emptyCells).isEqualTo(name.equals("ref63") ? 0 : 336);
    assertThat(r.warnings()).hasSize(emptyCells);
  }
}
