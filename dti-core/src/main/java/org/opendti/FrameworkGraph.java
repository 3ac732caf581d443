package org.opendti;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The checked, indexed structure of a framework ({@link Framework#graph()}): its nodes by position (definition order),
 * children and parents by position, a bottom-up order and the effective maxima. Code that visits every node, such as
 * the scoring engine, works on these positions instead of looking nodes up by code.
 *
 * <p>Built once per framework, in time and memory linear in nodes plus edges; no algorithm here recurses, so a
 * framework of any depth is handled. Arrays returned are copies. This class is immutable and thread-safe.
 */
public final class FrameworkGraph {
  /** The most nodes a cycle error names; longer cycles show their start and end. */
  static final int CYCLE_SHOWN = 12;

  private final String frameworkId;
  private final ImmutableList<Node> nodes;
  private final Map<String, Integer> byKey;
  private final int[][] children;
  private final int[][] parents;
  private final int[] bottomUp;
  private final double[] maxPoints;
  private final int[] level;
  private final int root;

  private FrameworkGraph(String frameworkId, ImmutableList<Node> nodes, Map<String, Integer> byKey, int[][] children,
      int[][] parents, int[] bottomUp, double[] maxPoints, int[] level, int root) {
    this.frameworkId = frameworkId;
    this.nodes = nodes;
    this.byKey = byKey;
    this.children = children;
    this.parents = parents;
    this.bottomUp = bottomUp;
    this.maxPoints = maxPoints;
    this.level = level;
    this.root = root;
  }

  static FrameworkGraph of(String frameworkId, List<Node> list) {
    ImmutableList<Node> nodes = ImmutableList.copyOf(list);
    int n = nodes.size();
    if (n == 0) {
      throw new InvalidFrameworkException(frameworkId, "a framework needs at least an index node");
    }
    Map<String, Integer> byKey = new HashMap<>(2 * n);
    for (int i = 0; i < n; i++) {
      Node node = nodes.get(i);
      Integer prev = byKey.put(Unit.key(node.code()), i);
      if (prev != null) {
        throw new InvalidFrameworkException(node.code(), "duplicate code: '" + nodes.get(prev).code()
            + "' is already defined (codes are compared ignoring case)");
      }
    }
    for (int i = 0; i < n; i++) {
      Node node = nodes.get(i);
      for (String alias : node.aliases()) {
        Integer prev = byKey.putIfAbsent(Unit.key(alias), i);
        if (prev != null && prev != i) {
          throw new InvalidFrameworkException(node.code(), "alias '" + alias + "' is already used by node '"
              + nodes.get(prev).code() + "'");
        }
      }
    }
    int root = -1;
    int[][] parents = new int[n][];
    int[] childCount = new int[n];
    for (int i = 0; i < n; i++) {
      Node node = nodes.get(i);
      if (node.kind() == NodeKind.INDEX) {
        if (root >= 0) {
          throw new InvalidFrameworkException(node.code(), "a second index; '" + nodes.get(root).code()
              + "' is already the root");
        }
        root = i;
      }
      parents[i] = new int[node.parents().size()];
      for (int p = 0; p < parents[i].length; p++) {
        String parent = node.parents().get(p);
        Integer pi = byKey.get(Unit.key(parent));
        if (pi == null) {
          throw new InvalidFrameworkException(node.code(), "parent '" + parent + "' is not defined");
        }
        if (pi == i) {
          throw new InvalidFrameworkException(node.code(), "a node cannot be its own parent");
        }
        parents[i][p] = pi;
        childCount[pi]++;
      }
    }
    if (root < 0) {
      throw new InvalidFrameworkException(frameworkId, "no node of kind INDEX: a framework needs exactly one root");
    }
    // children in definition order: filled by ascending child index, as the parents were read
    int[][] children = new int[n][];
    for (int i = 0; i < n; i++) {
      children[i] = new int[childCount[i]];
    }
    int[] filled = new int[n];
    for (int i = 0; i < n; i++) {
      for (int p : parents[i]) {
        children[p][filled[p]++] = i;
      }
    }
    for (int i = 0; i < n; i++) {
      Node node = nodes.get(i);
      if (children[i].length == 0 && node.parents().isEmpty()) {
        throw new InvalidFrameworkException(node.code(), "a " + node.kind() + " without parents must have children");
      }
    }
    int[] order = topologicalOrder(nodes, children, parents);
    double[] max = new double[n];
    int[] level = new int[n];
    for (int i : order) {
      Node node = nodes.get(i);
      double declared = node.maxPoints().orElse(Double.NaN);
      if (children[i].length == 0) {
        max[i] = declared;
        level[i] = 1;
        node.scoringRule().ifPresent(r -> r.validate(node.code(), node.maxPoints()));
        continue;
      }
      if (node.scoringRule().isPresent()) {
        throw new InvalidFrameworkException(node.code(), "only leaves can have a scoring rule; this node has children");
      }
      double sum = 0;
      int lv = 0;
      for (int c : children[i]) {
        sum += max[c];
        lv = Math.max(lv, level[c]);
      }
      level[i] = lv + 1;
      if (!Double.isNaN(declared) && !Double.isNaN(sum) && Math.abs(declared - sum) > 1e-6) {
        throw new InvalidFrameworkException(node.code(), "declared max points " + Numbers.plain(declared)
            + " but its children add up to " + Numbers.plain(sum));
      }
      max[i] = Double.isNaN(declared) ? sum : declared;
    }
    return new FrameworkGraph(frameworkId, nodes, Map.copyOf(byKey), children, parents, order, max, level, root);
  }

  /**
   * Kahn's algorithm: leaves first, then each node once all its children are placed; first in, first out, so the
   * order is fixed by the definition order. A node left over lies on a cycle or above one.
   */
  private static int[] topologicalOrder(List<Node> nodes, int[][] children, int[][] parents) {
    int n = nodes.size();
    int[] pending = new int[n];
    int[] order = new int[n];
    int tail = 0;
    for (int i = 0; i < n; i++) {
      pending[i] = children[i].length;
      if (pending[i] == 0) {
        order[tail++] = i;
      }
    }
    for (int head = 0; head < tail; head++) {
      for (int p : parents[order[head]]) {
        if (--pending[p] == 0) {
          order[tail++] = p;
        }
      }
    }
    if (tail < n) {
      for (int i = 0; i < n; i++) {
        if (pending[i] > 0) {
          List<Integer> cycle = cycle(children, pending, i);
          String first = nodes.get(cycle.get(0)).code();
          throw new InvalidFrameworkException(first, "is part of a cycle" + (cycle.size() > CYCLE_SHOWN
              ? " of " + cycle.size() + " nodes" : "") + ": " + cycleText(nodes, cycle));
        }
      }
    }
    return order;
  }

  /** "a → b → c → a", or for a long cycle its first and last nodes around the number left out. */
  private static String cycleText(List<Node> nodes, List<Integer> cycle) {
    StringBuilder path = new StringBuilder();
    int k = cycle.size();
    int head = k > CYCLE_SHOWN ? CYCLE_SHOWN - 3 : k;
    for (int c = 0; c < head; c++) {
      path.append(nodes.get(cycle.get(c)).code()).append(" → ");
    }
    if (head < k) {
      path.append("… (").append(k - CYCLE_SHOWN).append(" more) → ");
      for (int c = k - 3; c < k; c++) {
        path.append(nodes.get(cycle.get(c)).code()).append(" → ");
      }
    }
    return path.append(nodes.get(cycle.get(0)).code()).toString();
  }

  /**
   * Follows children that are themselves stuck until a node repeats; returns the repeating loop. Every stuck node has
   * a stuck child, so the walk ends, after at most one visit per node.
   */
  private static List<Integer> cycle(int[][] children, int[] pending, int start) {
    List<Integer> path = new ArrayList<>();
    int[] seenAt = new int[children.length];
    Arrays.fill(seenAt, -1);
    int cur = start;
    while (seenAt[cur] < 0) {
      seenAt[cur] = path.size();
      path.add(cur);
      for (int c : children[cur]) {
        if (pending[c] > 0) {
          cur = c;
          break;
        }
      }
    }
    return path.subList(seenAt[cur], path.size());
  }

  /**
   * The position of a node by code or alias, compared ignoring case and Unicode normal form.
   *
   * @param code the code or alias, not null
   * @return the position, or -1 when the framework has no such node
   */
  public int find(String code) {
    Integer i = byKey.get(Unit.key(code));
    return i == null ? -1 : i;
  }

  /**
   * The position of a node by code or alias.
   *
   * @param code the code or alias, not null
   * @return the position, 0 ≤ position &lt; {@link #size()}
   * @throws UnknownNodeException if the framework has no such node
   */
  public int index(String code) {
    int i = find(code);
    if (i < 0) {
      throw new UnknownNodeException(code, frameworkId);
    }
    return i;
  }

  /**
   * The node at a position.
   *
   * @param i the position, 0 ≤ i &lt; {@link #size()}
   * @return the node, not null
   * @throws IndexOutOfBoundsException if the position is outside the nodes
   */
  public Node node(int i) {
    return nodes.get(i);
  }

  /**
   * The number of nodes.
   *
   * @return the count, ≥ 1
   */
  public int size() {
    return nodes.size();
  }

  /**
   * The position of the root, the index node.
   *
   * @return the position
   */
  public int root() {
    return root;
  }

  /**
   * The positions of a node's children, in definition order.
   *
   * @param i the node's position
   * @return a new array, empty for a leaf
   * @throws IndexOutOfBoundsException if the position is outside the nodes
   */
  public int[] children(int i) {
    return children[i].clone();
  }

  /**
   * The number of a node's children, without copying them.
   *
   * @param i the node's position
   * @return the count, 0 for a leaf
   * @throws IndexOutOfBoundsException if the position is outside the nodes
   */
  public int childCount(int i) {
    return children[i].length;
  }

  /**
   * The positions of a node's parents.
   *
   * @param i the node's position
   * @return a new array, empty for the root and parentless pillars
   * @throws IndexOutOfBoundsException if the position is outside the nodes
   */
  public int[] parents(int i) {
    return parents[i].clone();
  }

  /**
   * Every position, children before their parents.
   *
   * @return a new array of {@link #size()} positions
   */
  public int[] bottomUp() {
    return bottomUp.clone();
  }

  /**
   * A node's effective maximum points: its own, else the sum of its children's (methodology §3).
   *
   * @param i the node's position
   * @return the maximum, NaN when unknown (e.g. Decision 405's unpublished maxima)
   * @throws IndexOutOfBoundsException if the position is outside the nodes
   */
  public double maxPoints(int i) {
    return maxPoints[i];
  }

  /**
   * Which nodes a unit is scored on, top-down: a node applies when its own list allows the unit
   * ({@link Node#appliesTo(Unit)}) and, below the top, at least one of its parents applies (a component under a main
   * indicator that does not apply does not apply either). When scoring, the engine also leaves out a node none of whose
   * children apply (bottom-up); forms and status checks ask this question of the inputs. The rule is the
   * applicability rule of the README's "Assessment rounds" section, from frameworks that score some departments on
   * components the others are not assessed on.
   *
   * @param unit the unit, not null
   * @return a new array, by position: true if the unit is scored on the node
   */
  public boolean[] appliesTo(Unit unit) {
    java.util.Objects.requireNonNull(unit, "unit");
    boolean[] applies = new boolean[nodes.size()];
    for (int k = bottomUp.length - 1; k >= 0; k--) {
      int i = bottomUp[k];
      boolean any = parents[i].length == 0;
      for (int q : parents[i]) {
        any |= applies[q];
      }
      applies[i] = any && nodes.get(i).appliesTo(unit);
    }
    return applies;
  }

  /**
   * A node's level: 0 for the root, else one more than its nearest parent's.
   *
   * @param i the node's position
   * @return the level, ≥ 0
   * @throws IndexOutOfBoundsException if the position is outside the nodes
   */
  public int level(int i) {
    return level[i];
  }

  List<Node> childNodes(int i) {
    return Arrays.stream(children[i]).mapToObj(nodes::get).collect(ImmutableList.toImmutableList());
  }

  List<Node> leafNodes() {
    ImmutableList.Builder<Node> b = ImmutableList.builder();
    for (int i = 0; i < nodes.size(); i++) {
      if (children[i].length == 0) {
        b.add(nodes.get(i));
      }
    }
    return b.build();
  }

  List<Node> bottomUpNodes() {
    return Arrays.stream(bottomUp).mapToObj(nodes::get).collect(ImmutableList.toImmutableList());
  }

  @Override
  public String toString() {
    return "FrameworkGraph{" + frameworkId + ", " + nodes.size() + " nodes}";
  }
}
