package org.opendti.examples.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.opendti.Dataset;
import org.opendti.Framework;
import org.opendti.Frameworks;
import org.opendti.Measure;
import org.opendti.Node;
import org.opendti.Observation;
import org.opendti.Unit;
import org.opendti.UnitKind;
import org.opendti.io.forms.CollectedForms;
import org.opendti.io.forms.Forms;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A round of assessment forms for {@link #units} departments on the sub-provincial example framework (25 rows, 19
 * components, every kind of rule), in seconds per whole step, one thread:
 *
 * <ul>
 *   <li>{@code writeAll}: {@link Forms#writeAll(Framework, List, String, Path)}, one empty form per unit;</li>
 *   <li>{@code writeAllFilled}: the same forms filled with every unit's values (as a unit fills its form, or an
 *       office pre-fills last year's values), {@code Forms.writeAll(framework, units, period, values, dir)};</li>
 *   <li>{@code collect}: {@link Forms#collect(Framework, List, Path)} of the filled forms, every cell checked, into
 *       one dataset (the result is checked to hold every value).</li>
 * </ul>
 *
 * <p>A round trip is the sum of the three. Run with {@code java -jar dti-examples/target/dti-bench.jar
 * FormsBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class FormsBenchmark {
  /** The number of units, one form each. */
  @Param({"1000"})
  public int units;

  private Framework framework;
  private List<Unit> unitList;
  private Dataset values;
  private Path dir;
  private Path filled;
  private int round;

  /** Makes the units, their values and one folder of filled forms to collect. */
  @Setup
  public void setup() throws IOException {
    framework = Frameworks.exampleSubProvincial();
    unitList = new ArrayList<>(units);
    for (int i = 1; i <= units; i++) {
      unitList.add(Unit.builder().code(String.format("S%04d", i)).name("Sở số " + i).kind(UnitKind.DEPARTMENT)
          .build());
    }
    values = values(framework, unitList, new Random(2025));
    dir = Files.createTempDirectory("dti-forms-bench");
    filled = dir.resolve("filled");
    Forms.writeAll(framework, unitList, "2025", values, filled);
  }

  /** One value per unit and component, as the component's rule takes it. */
  static Dataset values(Framework framework, List<Unit> units, Random rnd) {
    Dataset.Builder b = Dataset.builder();
    units.forEach(b::addUnit);
    for (Unit u : units) {
      for (Node n : framework.leaves()) {
        String rule = n.scoringRule().map(r -> r.id()).orElse("fraction");
        Measure m = switch (rule) {
          case "categorical" -> Measure.ofCategory(rnd.nextBoolean() ? "Người đứng đầu" : "Cấp phó");
          case "ratio" -> Measure.ofRatio(rnd.nextInt(400), 400);
          case "binary" -> Measure.ofValue(rnd.nextInt(2));
          case "thresholds" -> Measure.ofValue(rnd.nextInt(6));
          case "target" -> Measure.ofValue(50 + rnd.nextInt(50));
          default -> Measure.ofValue(rnd.nextInt(101) / 100.0);
        };
        b.add(Observation.builder().unit(u.code()).indicator(n.code()).measure(m)
            .evidence("QĐ " + rnd.nextInt(1000) + "/QĐ-UBND").build());
      }
    }
    return b.build();
  }

  /** Writes every empty form into a new folder. */
  @Benchmark
  public List<Path> writeAll() throws IOException {
    return Forms.writeAll(framework, unitList, "2025", dir.resolve("empty-" + round++));
  }

  /** Writes every form, filled, into a new folder. */
  @Benchmark
  public List<Path> writeAllFilled() throws IOException {
    return Forms.writeAll(framework, unitList, "2025", values, dir.resolve("filled-" + round++));
  }

  /** Collects the filled forms. */
  @Benchmark
  public CollectedForms collect() throws IOException {
    CollectedForms c = Forms.collect(framework, unitList, filled);
    if (c.hasProblems() || c.dataset().size() != values.size()) {
      throw new IllegalStateException("collected " + c);
    }
    return c;
  }

  /** Removes the folders written in the iteration, so each starts on an empty disk cache of them. */
  @TearDown(Level.Iteration)
  public void clean() {
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : s.filter(p -> !p.equals(filled)).toList()) {
        delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Removes the temporary folder. */
  @TearDown
  public void tearDown() {
    delete(dir);
  }

  private static void delete(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
