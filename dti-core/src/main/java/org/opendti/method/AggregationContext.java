package org.opendti.method;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.opendti.Node;

/**
 * What an {@link Aggregator} may know about the aggregate it computes: the node, its children and the units, so that
 * a problem can name the unit and node.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AggregationContext {
  private final Node node;
  private final List<Node> children;
  private final List<String> units;

  private AggregationContext(Node node, List<Node> children, List<String> units) {
    this.node = node;
    this.children = ImmutableList.copyOf(children);
    this.units = ImmutableList.copyOf(units);
  }

  /**
   * A context.
   *
   * @param node the aggregate, not null
   * @param children its children, in the order of the columns, not null
   * @param units the unit codes, in the order of the rows, not null
   * @return the context, not null
   */
  public static AggregationContext of(Node node, List<Node> children, List<String> units) {
    return new AggregationContext(node, children, units);
  }

  /**
   * The aggregate.
   *
   * @return the node, not null
   */
  public Node node() {
    return node;
  }

  /**
   * The children, one per column.
   *
   * @return the children, not null
   */
  public List<Node> children() {
    return children;
  }

  /**
   * The unit codes, one per position in a column.
   *
   * @return the codes, not null
   */
  public List<String> units() {
    return units;
  }
}
