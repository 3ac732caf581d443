package org.opendti.method;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.opendti.Node;

/**
 * What a {@link WeightingScheme} may know when it weighs the children of one aggregate: the aggregate, its children,
 * their maximum points in the framework and their normalised values over the units.
 *
 * <p>The arrays are the engine's own and must not be modified. This class is immutable and thread-safe as long as
 * nobody modifies those arrays.
 */
public final class WeightingContext {
  private final Node parent;
  private final List<Node> children;
  private final double[] maxPoints;
  private final double[][] values;

  private WeightingContext(Node parent, List<Node> children, double[] maxPoints, double[][] values) {
    this.parent = parent;
    this.children = ImmutableList.copyOf(children);
    this.maxPoints = maxPoints;
    this.values = values;
  }

  /**
   * A context.
   *
   * @param parent the aggregate, not null
   * @param children its children, not null
   * @param maxPoints each child's maximum points, NaN if unknown, not null
   * @param values each child's normalised values over the units, NaN when missing, not null
   * @return the context, not null
   */
  public static WeightingContext of(Node parent, List<Node> children, double[] maxPoints, double[][] values) {
    if (children.size() != maxPoints.length || children.size() != values.length) {
      throw new IllegalArgumentException("children, maxPoints and values must have the same length");
    }
    return new WeightingContext(parent, children, maxPoints, values);
  }

  /**
   * The aggregate whose children are weighed.
   *
   * @return the node, not null
   */
  public Node parent() {
    return parent;
  }

  /**
   * The children, one per weight.
   *
   * @return the children, not null
   */
  public List<Node> children() {
    return children;
  }

  /**
   * A child's maximum points.
   *
   * @param child the child's position
   * @return the maximum, NaN if unknown
   */
  public double maxPoints(int child) {
    return maxPoints[child];
  }

  /**
   * A child's normalised values over the units. Do not modify the array.
   *
   * @param child the child's position
   * @return the values, NaN when missing, not null
   */
  public double[] values(int child) {
    return values[child];
  }
}
