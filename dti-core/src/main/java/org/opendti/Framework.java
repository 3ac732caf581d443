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
   * Every node, in definition order.
   *
   * @return the nodes, not null
   */
  public abstract List<Node> nodes();

  @Value.Derived
  @Value.Auxiliary
  Graph graph() {
    return Graph.of(id(), nodes());
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
    double max = graph().maxPoints()[graph().index(code)];
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
    return graph().level()[graph().index(code)];
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
    Builder b = builder().id(id()).version(version()).nameVi(nameVi()).nameEn(nameEn()).addAllNodes(nodes())
        .addAllNodes(extra);
    instrument().ifPresent(b::instrument);
    return b.build();
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
