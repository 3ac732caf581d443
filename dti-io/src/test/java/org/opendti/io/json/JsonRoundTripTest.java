package org.opendti.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.opendti.Dataset;
import org.opendti.Framework;
import org.opendti.Node;
import org.opendti.Observation;
import org.opendti.Unit;
import org.opendti.engine.Results;
import org.opendti.engine.ScoringEngine;
import org.opendti.io.ResultTable;
import org.opendti.method.Method;

/** Whatever a writer writes, its reader reads back: seeded random documents full of texts YAML misreads. */
final class JsonRoundTripTest {

  static LongStream seeds() {
    return LongStream.range(0, 40);
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void datasets_readBackEqual(long seed) {
    Dataset d = Samples.dataset(seed);
    for (Format f : Format.values()) {
      String text = DatasetJson.of(f).toText(d);
      Dataset back = DatasetJson.of(f).read("d", utf8(text));
      assertThat(back.units()).as(f + ":\n" + text).isEqualTo(d.units());
      assertThat(back.periods()).as(f + ":\n" + text).isEqualTo(d.periods());
      assertThat(back.observations()).as(f + ":\n" + text).isEqualTo(d.observations());
      assertThat(back).isEqualTo(d);
      assertThat(DatasetJson.of(f).toText(back)).isEqualTo(text);
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void frameworks_readBackEqual(long seed) {
    Framework fw = Samples.framework(seed, 1 + (int) (seed % 30), true);
    Optional<Method> method = seed % 2 == 0 ? Optional.empty() : Optional.of(Method.builder().from(Method.coinr())
        .putNormaliserByNode(fw.nodes().get(fw.nodes().size() - 1).code(), org.opendti.method.Normaliser.minMax())
        .referenceUnit(Samples.TRICKY.get((int) seed % Samples.TRICKY.size())).build());
    for (Format f : Format.values()) {
      String text = FrameworkJson.of(f).toText(fw, method);
      FrameworkJson.Definition back = FrameworkJson.of(f).read("f", utf8(text));
      assertThat(back.framework().nodes()).as(f + ":\n" + text).isEqualTo(fw.nodes());
      assertThat(back.framework()).isEqualTo(fw);
      assertThat(back.method()).isEqualTo(method);
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void results_readBackAsTheirTable(long seed) {
    Framework fw = Samples.framework(seed, 2 + (int) (seed % 12), false);
    Results r = ScoringEngine.official().score(fw, Samples.data(fw, seed));
    for (Format f : Format.values()) {
      String text = ResultsJson.of(f).toText(r);
      assertThat(ResultsJson.of(f).read("r", utf8(text))).as(f + ":\n" + text)
          .isEqualTo(ResultTable.of(r, r.method().decimals()));
    }
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void everyTrickyText_keptExactly(Format f) {
    Dataset.Builder b = Dataset.builder();
    int i = 0;
    for (String t : Samples.TRICKY) {
      String unit = "u" + i++;
      b.addUnit(Unit.builder().code(unit).name("n " + unit).group(t).build());
      b.add(Observation.builder().unit(unit).indicator("i").period("p").measure(org.opendti.Measure.ofValue(1))
          .evidence(t).build());
    }
    Dataset d = b.build();
    Dataset back = DatasetJson.of(f).read("d", utf8(DatasetJson.of(f).toText(d)));
    assertThat(back.units()).extracting(u -> u.group().orElseThrow()).containsExactlyElementsOf(Samples.TRICKY);
    assertThat(back.observations()).extracting(o -> o.evidence().orElseThrow())
        .containsExactlyElementsOf(Samples.TRICKY);
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void nodeCodesAsKeys_keptExactly(Format f) {
    Framework fw = Samples.framework(7, 40, false);
    Results r = ScoringEngine.official().score(fw, Samples.data(fw, 7));
    ResultTable back = ResultsJson.of(f).read("r", utf8(ResultsJson.of(f).toText(r)));
    assertThat(back.nodes()).containsExactlyElementsOf(r.nodes().stream().map(Node::code).toList());
  }
}
