package org.opendti.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;
import org.opendti.Framework;
import org.opendti.analysis.Uncertainty;
import org.opendti.engine.ScoringEngine;
import org.opendti.io.files.DtiFiles;
import org.opendti.method.Method;

/**
 * The packages of the libraries and the examples form no cycle, as the JDK's {@code jdeps} sees the compiled classes:
 * the model ({@code org.opendti}) depends on no other package of the SDK, the methods on the model only, the engine on
 * both, the analyses on the engine; and no two packages of dti-io depend on each other both ways.
 */
final class PackageCyclesTest {
  private static final Pattern EDGE = Pattern.compile("^\\s+(org\\.opendti[\\w.]*)\\s+->\\s+(\\S+)\\s");

  @Test
  void noPackageCycleInTheLibrariesOrTheExamples() {
    Map<String, Set<String>> deps = dependencies(ConsumerCompileTest.location(ScoringEngine.class),
        ConsumerCompileTest.location(DtiFiles.class), ConsumerCompileTest.location(ScoreSample.class));
    assertThat(deps).containsKeys("org.opendti", "org.opendti.method", "org.opendti.engine", "org.opendti.analysis",
        "org.opendti.io", "org.opendti.io.csv", "org.opendti.io.table", "org.opendti.examples.cli");
    assertThat(cycles(deps)).as("package cycles in %s", deps).isEmpty();
  }

  @Test
  void theLayersOfTheCoreAreAsDocumented() {
    Map<String, Set<String>> deps = dependencies(ConsumerCompileTest.location(ScoringEngine.class));
    assertThat(deps.get("org.opendti")).as("the model").isEmpty();
    assertThat(deps.get("org.opendti.method")).as("the methods").containsExactly("org.opendti");
    assertThat(deps.get("org.opendti.engine")).as("the engine")
        .containsExactlyInAnyOrder("org.opendti", "org.opendti.method");
    assertThat(deps.get("org.opendti.analysis")).as("the analyses")
        .containsExactlyInAnyOrder("org.opendti", "org.opendti.method", "org.opendti.engine");
    // the classes named here live where the package documentation says
    assertThat(List.of(Framework.class, Method.class, ScoringEngine.class, Uncertainty.class))
        .extracting(Class::getPackageName)
        .containsExactly("org.opendti", "org.opendti.method", "org.opendti.engine", "org.opendti.analysis");
  }

  @Test
  void theCycleFinderFindsCycles() {
    Map<String, Set<String>> deps = new TreeMap<>();
    deps.put("a", new TreeSet<>(Set.of("b")));
    deps.put("b", new TreeSet<>(Set.of("c")));
    deps.put("c", new TreeSet<>(Set.of("a", "d")));
    deps.put("d", new TreeSet<>());
    deps.put("e", new TreeSet<>(Set.of("e")));
    assertThat(cycles(deps)).containsExactlyInAnyOrder(List.of("a", "b", "c"));
    deps.get("c").remove("a");
    assertThat(cycles(deps)).isEmpty();
  }

  /** Package → the other org.opendti packages it uses, from {@code jdeps -verbose:package} on class folders or jars. */
  private static Map<String, Set<String>> dependencies(String... locations) {
    ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow(() -> new AssertionError("no jdeps in this JDK"));
    Map<String, Set<String>> deps = new TreeMap<>();
    for (String location : locations) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int status = jdeps.run(new PrintWriter(out), new PrintWriter(err), "-verbose:package", location);
      assertThat(status).as("jdeps on %s: %s", location, err).isZero();
      for (String line : out.toString().split("\\R")) {
        Matcher m = EDGE.matcher(line);
        if (m.find()) {
          Set<String> uses = deps.computeIfAbsent(m.group(1), k -> new TreeSet<>());
          if (m.group(2).startsWith("org.opendti") && !m.group(1).equals(m.group(2))) {
            uses.add(m.group(2));
          }
        }
      }
    }
    return deps;
  }

  /** The strongly connected components with more than one package (Tarjan), each sorted. */
  static List<List<String>> cycles(Map<String, Set<String>> deps) {
    List<List<String>> out = new ArrayList<>();
    Map<String, Integer> index = new TreeMap<>();
    Map<String, Integer> low = new TreeMap<>();
    List<String> stack = new ArrayList<>();
    Set<String> onStack = new TreeSet<>();
    for (String p : deps.keySet()) {
      if (!index.containsKey(p)) {
        connect(p, deps, index, low, stack, onStack, out);
      }
    }
    return out;
  }

  private static void connect(String p, Map<String, Set<String>> deps, Map<String, Integer> index,
      Map<String, Integer> low, List<String> stack, Set<String> onStack, List<List<String>> out) {
    index.put(p, index.size());
    low.put(p, index.get(p));
    stack.add(p);
    onStack.add(p);
    for (String q : deps.getOrDefault(p, Set.of())) {
      if (!index.containsKey(q)) {
        connect(q, deps, index, low, stack, onStack, out);
        low.put(p, Math.min(low.get(p), low.get(q)));
      } else if (onStack.contains(q)) {
        low.put(p, Math.min(low.get(p), index.get(q)));
      }
    }
    if (low.get(p).equals(index.get(p))) {
      List<String> component = new ArrayList<>();
      String q;
      do {
        q = stack.remove(stack.size() - 1);
        onStack.remove(q);
        component.add(q);
      } while (!q.equals(p));
      if (component.size() > 1) {
        component.sort(null);
        out.add(component);
      }
    }
  }
}
