package org.opendti;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * A scoring framework: an identified, versioned DAG of {@link Node}s with one root, the index.
 *
 * <p>Building a framework checks the whole structure and rejects, with an {@link InvalidFrameworkException} naming the
 * node: duplicate codes or aliases (ignoring case), dangling parents, cycles, a missing or second index, pillars or
 * the index without children, declared maxima that differ from the sum of the children's, and scoring rules that do
 * not fit their node. A node may feed several parents, and a pillar may have no parent: under Decision 922 the three
 * pillars share the foundation indicators and the DTI is the sum of the main indicators' points, not a mean of the
 * pillars (methodology §3).
 *
 * <pre>{@code
 * Framework f = Frameworks.pdti2022();
 * Node gov = f.node("gov");                     // or an alias
 * List<Node> inputs = f.children("gov");        // the six foundation indicators and gov_activity
 * double max = f.maxPoints("gov").getAsDouble(); // 700
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@WithersStyle
public abstract class Framework {

  Framework() {}

  /**
   * The stable identifier, e.g. {@code pdti-2022}.
   *
   * @return the id, not null
   */
  public abstract String id();

  /**
   * The version, e.g. {@code 2022}.
   *
   * @return the version, not null
   */
  public abstract String version();

  /**
   * The Vietnamese name.
   *
   * @return the name, not null
   */
  public abstract String nameVi();

  /**
   * The English name; the Vietnamese one when none is given.
   *
   * @return the name, not null
   */
  @Value.Default
  public String nameEn() {
    return nameVi();
  }

  /**
   * The legal instrument that defines the framework, e.g. "Decision 922/QĐ-BTTTT (20/05/2022)".
   *
   * @return the instrument, if any
   */
  public abstract Optional<String> instrument();

  /**
   * The years whose results the framework is used for, as text: {@code "2021–2023"}, {@code "2024–"}.
   *
   * @return the years, if known
   */
  public abstract Optional<String> appliesTo();

  /**
   * The kind of unit the framework scores.
   *
   * @return the kind, {@link UnitKind#OTHER} unless set
   */
  @Value.Default
  public UnitKind unitKind() {
    return UnitKind.OTHER;
  }

  /**
   * Whether the framework is an official one, a worked example or a user's own.
   *
   * @return the status, {@link FrameworkStatus#USER} unless set
   */
  @Value.Default
  public FrameworkStatus status() {
    return FrameworkStatus.USER;
  }

  /**
   * The ranking groups units must belong to, e.g. ministries with and without public services (methodology §5);
   * empty when units are ranked together.
   *
   * @return the group names, not null
   */
  public abstract List<String> rankingGroups();

  /**
   * Every node, in definition order.
   *
   * @return the nodes, not null
   */
  public abstract List<Node> nodes();

  /**
   * The checked structure of this framework, by node position: built once, on first use.
   *
   * @return the graph, not null
   * @throws InvalidFrameworkException if the nodes do not form a valid framework
   */
  @Value.Derived
  @Value.Auxiliary
  public FrameworkGraph graph() {
    return FrameworkGraph.of(id(), nodes());
  }

  /**
   * The root node, the index.
   *
   * @return the root, not null
   */
  public Node root() {
    return graph().node(graph().root());
  }

  /**
   * The node with this code or alias (compared ignoring case).
   *
   * @param code the code or alias, not null
   * @return the node, not null
   * @throws UnknownNodeException if no node has that code or alias
   */
  public Node node(String code) {
    return graph().node(graph().index(code));
  }

  /**
   * The node with this code or alias, if any.
   *
   * @param code the code or alias, not null
   * @return the node, if found
   */
  public Optional<Node> findNode(String code) {
    int i = graph().find(code);
    return i < 0 ? Optional.empty() : Optional.of(graph().node(i));
  }

  /**
   * The children of a node, in definition order.
   *
   * @param code the parent's code or alias, not null
   * @return the children, empty for a leaf, not null
   * @throws UnknownNodeException if the code is unknown
   */
  public List<Node> children(String code) {
    return graph().childNodes(graph().index(code));
  }

  /**
   * The nodes without children, in definition order.
   *
   * @return the leaves, not null
   */
  public List<Node> leaves() {
    return graph().leafNodes();
  }

  /**
   * Every node, children before parents (a topological order).
   *
   * @return the nodes, not null
   */
  public List<Node> bottomUp() {
    return graph().bottomUpNodes();
  }

  /**
   * The maximum points of a node: declared, or for an aggregate the sum of its children's maxima.
   *
   * @param code the code or alias, not null
   * @return the maximum, empty when neither declared nor derivable
   * @throws UnknownNodeException if the code is unknown
   */
  public OptionalDouble maxPoints(String code) {
    double max = graph().maxPoints(graph().index(code));
    return Double.isNaN(max) ? OptionalDouble.empty() : OptionalDouble.of(max);
  }

  /**
   * The level of a node: 1 for a leaf, otherwise one more than its highest child (COINr's {@code Level}).
   *
   * @param code the code or alias, not null
   * @return the level, ≥ 1
   * @throws UnknownNodeException if the code is unknown
   */
  public int level(String code) {
    return graph().level(graph().index(code));
  }

  /**
   * The nodes whose maximum points the framework needs but does not know: in an official framework or one that
   * declares any maximum, every node without one (neither declared nor derivable). Such frameworks refuse to aggregate those nodes until
   * the maxima are supplied with {@link #withMaxPoints(java.util.Map)}; their values given as fractions are still
   * read, ranked and reported.
   *
   * @return the node codes, in definition order, not null
   */
  public List<String> unknownMaxima() {
    FrameworkGraph g = graph();
    boolean anyMax = nodes().stream().anyMatch(n -> n.maxPoints().isPresent());
    if (!anyMax && status() != FrameworkStatus.OFFICIAL) {
      return com.google.common.collect.ImmutableList.of();
    }
    com.google.common.collect.ImmutableList.Builder<String> b = com.google.common.collect.ImmutableList.builder();
    for (int i = 0; i < g.size(); i++) {
      if (Double.isNaN(g.maxPoints(i))) {
        b.add(g.node(i).code());
      }
    }
    return b.build();
  }

  /**
   * A copy with the maximum points of some nodes supplied, e.g. the unpublished maxima of Decision 405's main
   * indicators once a user knows them.
   *
   * @param maxPoints maximum points by node code or alias, not null
   * @return the new framework, not null
   * @throws UnknownNodeException if a code is unknown
   * @throws InvalidFrameworkException if the result is not valid (e.g. maxima that do not add up)
   */
  public Framework withMaxPoints(java.util.Map<String, Double> maxPoints) {
    java.util.Map<String, Double> byCode = new java.util.HashMap<>();
    maxPoints.forEach((k, v) -> byCode.put(node(k).code(), v));
    java.util.List<Node> nodes = new java.util.ArrayList<>();
    for (Node n : nodes()) {
      Double max = byCode.get(n.code());
      // copyOf returns its argument when it is the generated class (always, but for a user's own Node), typed as Node
      nodes.add(max == null ? n : ((ImmutableNode) ImmutableNode.copyOf(n)).withMaxPoints(max));
    }
    return withNodeList(nodes);
  }

  /** A copy with these nodes instead of this framework's, checked as a new framework is. */
  private Framework withNodeList(List<Node> nodes) {
    // the generated wither replaces the nodes (the cast to Iterable picks it over withNodes(List), which adds them);
    // copyOf returns this framework itself, typed as Framework: ImmutableFramework is the only subclass
    return ((ImmutableFramework) ImmutableFramework.copyOf(this)).withNodes((Iterable<Node>) nodes);
  }

  /**
   * A copy of this framework with more nodes, e.g. a province's own components under the official main indicators.
   * The new nodes name their parents; a main indicator that gets components must then equal the sum of their maxima.
   *
   * @param extra the nodes to add, not null
   * @return the new framework, not null
   * @throws InvalidFrameworkException if the result is not a valid framework
   */
  public Framework withNodes(List<Node> extra) {
    return withNodeList(com.google.common.collect.ImmutableList.<Node>builder().addAll(nodes()).addAll(extra).build());
  }

  /**
   * A new builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Framework}. */
  public static class Builder extends ImmutableFramework.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }

  @Override
  public String toString() {
    return "Framework{" + id() + ", " + nodes().size() + " nodes}";
  }
}
