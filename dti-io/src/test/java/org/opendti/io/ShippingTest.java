package org.opendti.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.opendti.Dataset;
import org.opendti.Framework;
import org.opendti.Frameworks;
import org.opendti.Node;
import org.opendti.engine.Results;
import org.opendti.engine.ScoringEngine;
import org.opendti.io.json.DatasetJson;
import org.opendti.io.json.Format;
import org.opendti.io.json.FrameworkJson;
import org.opendti.io.json.ResultsJson;
import org.opendti.method.Method;

/**
 * How the README says to ship the SDK's values to the workers of a distributed engine: {@link Framework},
 * {@link Method}, {@link Dataset} and {@link Results} are not {@link Serializable}, so the driver sends their JSON
 * text (a String, which every engine can serialise) and the worker reads it back; a worker's scores are then those of
 * the driver, bit for bit, and its results travel back as JSON.
 */
final class ShippingTest {

  /** Java serialisation of a string there and back, as an engine ships a broadcast variable or a task's closure. */
  private static String shipped(String text) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(text);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (String) in.readObject();
    }
  }

  static Dataset provinces(int units, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    Dataset.Builder b = Dataset.builder();
    for (int u = 0; u < units; u++) {
      for (Node leaf : Frameworks.pdti2022().leaves()) {
        if (rng.nextInt(20) > 0) { // about one value in twenty missing
          b.put("Tỉnh " + u, leaf.code(), Math.floor(rng.nextDouble() * 10_000) / 10_000);
        }
      }
    }
    return b.build();
  }

  @Test
  void theValueTypesAreNotJavaSerializable() {
    for (Class<?> c : List.of(Framework.class, Method.class, Dataset.class, Results.class)) {
      assertThat(Serializable.class.isAssignableFrom(c)).as(c.getSimpleName()).isFalse();
    }
  }

  @Test
  void frameworkMethodAndDataAsJson_scoreOnAWorkerAsOnTheDriver() throws Exception {
    Dataset data = provinces(40, 7);
    for (Method method : List.of(Method.official(), Method.coinr())) {
      Framework framework = Frameworks.pdti2022();
      Results onDriver = ScoringEngine.of(method).score(framework, data);

      String frameworkText = shipped(FrameworkJson.of(Format.JSON).toText(framework, Optional.of(method)));
      String dataText = shipped(DatasetJson.of(Format.JSON).toText(data));

      FrameworkJson.Definition definition = FrameworkJson.of(Format.JSON).read("broadcast",
          frameworkText.getBytes(StandardCharsets.UTF_8));
      Dataset onWorker = DatasetJson.of(Format.JSON).read("partition", dataText.getBytes(StandardCharsets.UTF_8));
      assertThat(definition.framework()).isEqualTo(framework);
      assertThat(definition.method()).contains(method);
      assertThat(onWorker).isEqualTo(data);
      Results r = ScoringEngine.of(definition.method().orElseThrow()).score(definition.framework(), onWorker);

      assertThat(r.units()).isEqualTo(onDriver.units());
      assertThat(r.nodes()).isEqualTo(onDriver.nodes());
      for (int u = 0; u < r.units().size(); u++) {
        for (int n = 0; n < r.nodes().size(); n++) {
          assertThat(Double.doubleToRawLongBits(r.value(u, n)))
              .as("%s %s %s", method, r.units().get(u).code(), r.nodes().get(n).code())
              .isEqualTo(Double.doubleToRawLongBits(onDriver.value(u, n)));
          assertThat(Double.valueOf(r.rank(u, n))).isEqualTo(Double.valueOf(onDriver.rank(u, n)));
        }
      }
      String back = shipped(ResultsJson.of(Format.JSON).toText(r));
      assertThat(ResultsJson.of(Format.JSON).read("results", back.getBytes(StandardCharsets.UTF_8)))
          .isEqualTo(ResultTable.of(onDriver, method.decimals()));
    }
  }

  @Test
  void officialMethod_aUnitsValuesDoNotDependOnTheOtherUnits_coinrsDo() {
    Dataset all = provinces(40, 11);
    List<String> half = new ArrayList<>();
    Dataset.Builder part = Dataset.builder();
    for (int u = 0; u < 40; u += 2) {
      String unit = "Tỉnh " + u;
      half.add(unit);
      for (Node leaf : Frameworks.pdti2022().leaves()) {
        all.observation(unit, leaf.code(), all.periods().get(0)).ifPresent(o -> part.add(o));
      }
    }
    Dataset someUnits = part.build();
    Results whole = ScoringEngine.of(Method.official()).score(Frameworks.pdti2022(), all);
    Results partial = ScoringEngine.of(Method.official()).score(Frameworks.pdti2022(), someUnits);
    assertThat(half).allSatisfy(unit -> assertThat(whole.value(unit, "dti")).isNotNaN());
    for (String unit : half) {
      for (Node n : whole.nodes()) {
        assertThat(Double.valueOf(partial.value(unit, n.code()))).as("%s %s", unit, n.code())
            .isEqualTo(Double.valueOf(whole.value(unit, n.code())));
      }
    }
    // min-max normalisation (COINr's default) depends on every unit of the group
    Results coinrWhole = ScoringEngine.of(Method.coinr()).score(Frameworks.pdti2022(), all);
    Results coinrPartial = ScoringEngine.of(Method.coinr()).score(Frameworks.pdti2022(), someUnits);
    assertThat(half).anySatisfy(unit -> assertThat(coinrPartial.value(unit, "dti"))
        .isNotEqualTo(coinrWhole.value(unit, "dti")));
  }
}
