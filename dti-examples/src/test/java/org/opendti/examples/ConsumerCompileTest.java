package org.opendti.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipFile;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendti.Dataset;
import org.opendti.io.csv.ResultsCsvWriter;

/**
 * What a user of the published libraries sees: a small program written against dti-core and dti-io compiles with
 * {@code -Xlint:all -Werror}, on a class path holding the two libraries and their runtime dependencies only. The
 * Immutables annotations and JSpecify are left off that path, as a consumer's build may not have them: nothing in the
 * libraries' class files may need them to compile cleanly.
 */
final class ConsumerCompileTest {

  /**
   * A consumer's program: builds a dataset, scores it with built-in framework and method, writes results, changes a
   * method through its withers and runs an uncertainty set-up.
   */
  private static final String CONSUMER = """
      package consumer;

      import java.io.IOException;
      import java.nio.file.Path;
      import org.opendti.Dataset;
      import org.opendti.Frameworks;
      import org.opendti.engine.Results;
      import org.opendti.engine.ScoringEngine;
      import org.opendti.Unit;
      import org.opendti.UnitKind;
      import org.opendti.analysis.Execution;
      import org.opendti.analysis.Uncertainty;
      import org.opendti.io.csv.CsvDatasetReader;
      import org.opendti.io.csv.CsvOptions;
      import org.opendti.io.csv.ResultsCsvWriter;
      import org.opendti.method.Method;
      import org.opendti.method.Normaliser;

      public final class Consumer {
        private Consumer() {}

        public static void main(String[] args) throws IOException {
          Dataset data = Dataset.builder()
              .addUnit(Unit.builder().code("48").name("TP. Đà Nẵng").kind(UnitKind.PROVINCE).build())
              .put("48", "1", 1.0).put("48", "2", 0.9).put("48", "3", 0.8253)
              .build();
          Results official = ScoringEngine.official().score(Frameworks.pdti2022(), data);
          Method mine = Method.builder().from(Method.coinr()).normaliser(Normaliser.zScore()).build();
          Results other = ScoringEngine.of(mine).score(Frameworks.pdti2022(), data);
          ResultsCsvWriter.of(4).write(official, Path.of(args[0]));
          System.out.println(other.rank("48", "dti"));
          Method zScores = Method.coinr().withNormaliser(Normaliser.zScore()).withDecimals(6);
          Uncertainty setup = Uncertainty.builder().runs(100).seed(7).weightNoise(0.25).weightNoise(2, 0.1)
              .method(zScores).build();
          Uncertainty.Result u = setup.run(Frameworks.pdti2022(), data, Execution.defaults().withThreads(1));
          System.out.println(u.units().get(0).q95());
          System.out.println(CsvDatasetReader.of(CsvOptions.defaults()).read(Path.of(args[1])).size());
        }
      }
      """;

  /**
   * Packages whose class path entries are not part of a consumer's view of the libraries: the compile-time-only
   * annotations (Immutables, JSpecify), this module's own classes, and what only the examples app (picocli, JMH) or
   * the tests (JUnit, AssertJ) use.
   */
  private static final List<String> NOT_A_LIBRARY_DEPENDENCY = List.of(
      "org/immutables/", "org/jspecify/", "org/opendti/examples/", "picocli/", "org/openjdk/jmh/", "joptsimple/",
      "org/apache/commons/math3/", "org/junit/", "org/opentest4j/", "org/apiguardian/", "org/assertj/",
      "net/bytebuddy/");

  @Test
  void aConsumerCompilesWithAllLintAsErrors(@TempDir Path dir) throws IOException {
    List<String> classPath = consumerClassPath();
    assertThat(classPath).as("the class path holds dti-core and dti-io")
        .contains(location(Dataset.class), location(ResultsCsvWriter.class));
    assertThat(classPath).as("no annotation processor reaches a consumer").noneMatch(ConsumerCompileTest::hasProcessor);

    Path source = Files.createDirectories(dir.resolve("src/consumer")).resolve("Consumer.java");
    Files.writeString(source, CONSUMER);
    Path classes = Files.createDirectories(dir.resolve("classes"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StringWriter output = new StringWriter();
    boolean compiled;
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
      List<String> options = List.of("-Xlint:all", "-Werror", "--release", "17", "-encoding", "UTF-8",
          "-d", classes.toString(), "-classpath", String.join(File.pathSeparator, classPath));
      compiled = javac.getTask(output, files, diagnostics, options, null, files.getJavaFileObjects(source)).call();
    }

    List<String> messages = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      messages.add(d.getKind() + ": " + d.getMessage(Locale.ROOT));
    }
    assertThat(messages).as("javac's diagnostics on the class path %s", classPath).isEmpty();
    assertThat(output.toString()).isEmpty();
    assertThat(compiled).isTrue();
    assertThat(classes.resolve("consumer/Consumer.class")).isRegularFile();
  }

  /** The test's class path without the entries that hold one of {@link #NOT_A_LIBRARY_DEPENDENCY}. */
  private static List<String> consumerClassPath() {
    List<String> kept = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (!entry.isEmpty() && NOT_A_LIBRARY_DEPENDENCY.stream().noneMatch(p -> holds(entry, p))) {
        kept.add(entry);
      }
    }
    return kept;
  }

  /** Whether a class path entry (a folder or a jar) holds anything under {@code folder} ("a/b/"). */
  private static boolean holds(String entry, String folder) {
    Path path = Path.of(entry);
    if (Files.isDirectory(path)) {
      return Files.isDirectory(path.resolve(folder));
    }
    if (!Files.isRegularFile(path)) {
      return false;
    }
    try (ZipFile jar = new ZipFile(path.toFile())) {
      return jar.stream().anyMatch(e -> e.getName().startsWith(folder));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether a class path entry registers an annotation processor, which javac would run in a consumer's build. */
  private static boolean hasProcessor(String entry) {
    Path path = Path.of(entry);
    String service = "META-INF/services/javax.annotation.processing.Processor";
    if (Files.isDirectory(path)) {
      return Files.exists(path.resolve(service));
    }
    try (ZipFile jar = new ZipFile(path.toFile())) {
      return jar.getEntry(service) != null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The class path entry a class was loaded from. */
  static String location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
