package org.opendti;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.opendti.engine.Results;
import org.opendti.engine.ScoringEngine;
import org.opendti.method.Method;

/**
 * Frameworks far deeper and wider than any published one: every graph algorithm must be iterative (no stack overflow)
 * and linear or n·log n (no hang). The timeouts only guard against a hang; nothing here is a timed assertion.
 */
final class LargeFrameworkTest {

  /** root → n1 → n2 → … → n{depth}, the last a component worth 10 points. */
  static Framework chain(int depth) {
    List<Node> nodes = new ArrayList<>(depth + 1);
    nodes.add(Node.builder().code("root").nameVi("Chuỗi").kind(NodeKind.INDEX).build());
    String parent = "root";
    for (int d = 1; d <= depth; d++) {
      Node.Builder b = Node.builder().code("n" + d).nameVi("Tầng " + d).addParent(parent);
      if (d == depth) {
        b.kind(NodeKind.COMPONENT).maxPoints(10);
      } else {
        b.kind(NodeKind.AGGREGATE);
      }
      nodes.add(b.build());
      parent = "n" + d;
    }
    return Framework.builder().id("chain-" + depth).version("1").nameVi("Chuỗi").addAllNodes(nodes).build();
  }

  /** root → {@code mains} main indicators → {@code per} components each, every component worth 1 point. */
  static Framework wide(int mains, int per) {
    List<Node> nodes = new ArrayList<>(1 + mains * (per + 1));
    nodes.add(Node.builder().code("root").nameVi("Rộng").kind(NodeKind.INDEX).build());
    for (int m = 0; m < mains; m++) {
      nodes.add(Node.builder().code("m" + m).nameVi("Chính " + m).kind(NodeKind.MAIN_INDICATOR).addParent("root")
          .build());
      for (int c = 0; c < per; c++) {
        nodes.add(Node.builder().code("m" + m + "." + c).nameVi("Thành phần " + c).kind(NodeKind.COMPONENT)
            .maxPoints(1).addParent("m" + m).build());
      }
    }
    return Framework.builder().id("wide").version("1").nameVi("Rộng").addAllNodes(nodes).build();
  }

  /** Three units; unit u has the value (u + 1) / 4 of every leaf's maximum. */
  static Dataset threeUnits(Framework f) {
    Dataset.Builder b = Dataset.builder();
    for (int u = 0; u < 3; u++) {
      for (Node leaf : f.leaves()) {
        b.put("U" + u, leaf.code(), (u + 1) / 4.0);
      }
    }
    return b.build();
  }

  private static void scoresLikeItsLeaf(Framework f, String leaf) {
    Dataset d = threeUnits(f);
    Results official = ScoringEngine.official().score(f, d);
    Results coinr = ScoringEngine.of(Method.coinr()).score(f, d);
    for (int u = 0; u < 3; u++) {
      assertThat(official.value("U" + u, "root")).isCloseTo((u + 1) / 4.0, within(1e-12));
      assertThat(coinr.value("U" + u, "root")).isEqualTo(coinr.value("U" + u, leaf));
    }
    assertThat(coinr.value("U0", "root")).isLessThan(coinr.value("U1", "root"));
    assertThat(coinr.rank("U2", "root")).isEqualTo(1);
    assertThat(official.rank("U0", "root")).isEqualTo(3);
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void chain3000Deep_buildsValidatesAndScores() {
    Framework f = chain(3_000);
    assertThat(f.level("root")).isEqualTo(3_001);
    assertThat(f.maxPoints("root")).hasValue(10);
    assertThat(f.leaves()).extracting(Node::code).containsExactly("n3000");
    assertThat(f.bottomUp().get(0).code()).isEqualTo("n3000");
    assertThat(f.bottomUp().get(3_000).code()).isEqualTo("root");
    scoresLikeItsLeaf(f, "n3000");
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void chain100000Deep_buildsValidatesAndScores() {
    Framework f = chain(100_000);
    assertThat(f.level("root")).isEqualTo(100_001);
    assertThat(f.level("n50000")).isEqualTo(50_001);
    assertThat(f.maxPoints("n1")).hasValue(10);
    assertThat(f.children("n99999")).extracting(Node::code).containsExactly("n100000");
    assertThat(f.withMaxPoints(java.util.Map.of("n1", 10.0)).maxPoints("root")).hasValue(10);
    scoresLikeItsLeaf(f, "n100000");
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void wide200000Nodes_buildsAndScores() {
    Framework f = wide(1_000, 200);
    assertThat(f.nodes()).hasSize(201_001);
    assertThat(f.leaves()).hasSize(200_000);
    assertThat(f.children("root")).hasSize(1_000);
    assertThat(f.children("m999")).hasSize(200);
    assertThat(f.maxPoints("root")).hasValue(200_000);
    assertThat(f.maxPoints("m7")).hasValue(200);
    assertThat(f.level("root")).isEqualTo(3);
    scoresLikeItsLeaf(f, "m999.199");
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void wide200000Nodes_inputsAtTwoLevelsAreReportedOncePerPair() {
    Framework f = wide(1_000, 200);
    Dataset.Builder b = Dataset.builder();
    for (Node leaf : f.leaves()) {
      b.put("U0", leaf.code(), 0.5);
    }
    b.put("U0", "m3", 0.5).put("U0", "m998", 0.5);
    assertThatExceptionOfType(ProblemsException.class)
        .isThrownBy(() -> ScoringEngine.official().score(f, b.build()))
        .satisfies(e -> {
          assertThat(e.problems()).hasSize(400);
          assertThat(e.getMessage()).contains("both for 'm3' and for its descendant 'm3.0'")
              .contains("both for 'm998' and for its descendant 'm998.199'");
        });
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void cycleOf100000Nodes_isReportedWithABoundedMessage() {
    int n = 100_000;
    List<Node> nodes = new ArrayList<>(n + 2);
    nodes.add(Node.builder().code("root").nameVi("r").kind(NodeKind.INDEX).build());
    nodes.add(Node.builder().code("x").nameVi("x").kind(NodeKind.COMPONENT).maxPoints(1).addParent("root").build());
    for (int k = 0; k < n; k++) {
      nodes.add(Node.builder().code("c" + k).nameVi("c").kind(NodeKind.AGGREGATE).addParent("c" + (k + 1) % n)
          .build());
    }
    assertThatExceptionOfType(InvalidFrameworkException.class)
        .isThrownBy(() -> Framework.builder().id("loop").version("1").nameVi("loop").addAllNodes(nodes).build())
        .satisfies(e -> {
          assertThat(e.node()).isEqualTo("c0");
          assertThat(e.getMessage()).hasSizeLessThan(300)
              .contains("is part of a cycle of 100000 nodes: c0 → c99999 → c99998 → ")
              .contains("… (99988 more) → ")
              .endsWith("c3 → c2 → c1 → c0");
        });
  }

  @Test
  void shortCycle_namesEveryNode() {
    List<Node> nodes = new ArrayList<>();
    nodes.add(Node.builder().code("root").nameVi("r").kind(NodeKind.INDEX).build());
    nodes.add(Node.builder().code("x").nameVi("x").kind(NodeKind.COMPONENT).maxPoints(1).addParent("root").build());
    for (int k = 0; k < FrameworkGraph.CYCLE_SHOWN; k++) {
      nodes.add(Node.builder().code("c" + k).nameVi("c").kind(NodeKind.AGGREGATE)
          .addParent("c" + (k + 1) % FrameworkGraph.CYCLE_SHOWN).build());
    }
    assertThatExceptionOfType(InvalidFrameworkException.class)
        .isThrownBy(() -> Framework.builder().id("loop").version("1").nameVi("loop").addAllNodes(nodes).build())
        .withMessageContaining("is part of a cycle: c0 → c11 → c10 → c9 → c8 → c7 → c6 → c5 → c4 → c3 → c2 → c1 → c0");
  }
}
