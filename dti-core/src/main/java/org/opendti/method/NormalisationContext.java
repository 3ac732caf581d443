package org.opendti.method;

import java.util.Objects;
import org.opendti.Direction;
import org.opendti.Node;

/**
 * What a {@link Normaliser} may know about the indicator it rescales.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class NormalisationContext {
  private final Node node;
  private final double maxPoints;
  private final int referenceUnit;

  private NormalisationContext(Node node, double maxPoints, int referenceUnit) {
    this.node = node;
    this.maxPoints = maxPoints;
    this.referenceUnit = referenceUnit;
  }

  /**
   * A context.
   *
   * @param node the indicator, not null
   * @param maxPoints its maximum points in the framework, NaN if unknown
   * @param referenceUnit the position of the reference unit among the units, or −1 if none was chosen
   * @return the context, not null
   */
  public static NormalisationContext of(Node node, double maxPoints, int referenceUnit) {
    return new NormalisationContext(Objects.requireNonNull(node, "node"), maxPoints, referenceUnit);
  }

  /**
   * The indicator.
   *
   * @return the node, not null
   */
  public Node node() {
    return node;
  }

  /**
   * The indicator's direction.
   *
   * @return the direction, not null
   */
  public Direction direction() {
    return node.direction();
  }

  /**
   * The indicator's maximum points.
   *
   * @return the maximum, NaN if the framework gives none
   */
  public double maxPoints() {
    return maxPoints;
  }

  /**
   * The position of the reference unit (for {@link Normaliser#distanceToReference()}).
   *
   * @return the position, −1 if none was chosen
   */
  public int referenceUnit() {
    return referenceUnit;
  }
}
