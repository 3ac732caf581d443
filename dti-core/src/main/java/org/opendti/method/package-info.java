/**
 * The pluggable methods of composite-indicator construction: normalisation, weighting, aggregation, missing values
 * and ties, and the {@link org.opendti.method.Method} value that records every choice.
 *
 * <p>Each strategy is an open interface whose built-ins come from static factories on the interface and carry a
 * stable {@code id()} that files and the command line use; users plug in their own implementations the same way.
 * Strategies work on columns of primitive doubles (one array per node over the units); {@code NaN} marks a missing
 * value.
 */
@DtiStyle
@NullMarked
package org.opendti.method;

import org.jspecify.annotations.NullMarked;
import org.opendti.DtiStyle;
