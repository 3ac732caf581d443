/**
 * The scoring engine and what it produces: {@link org.opendti.engine.ScoringEngine} turns a framework, a dataset and a
 * {@link org.opendti.method.Method} into {@link org.opendti.engine.Results} (values, points, ranks with ties,
 * {@link org.opendti.engine.Warning}s), and {@link org.opendti.engine.Comparison} sets two results side by side
 * ({@link org.opendti.engine.Change}s).
 *
 * <p>This package depends on the model ({@code org.opendti}) and the methods ({@code org.opendti.method}); neither
 * depends on it, so the packages form no cycle (checked by {@code PackageCyclesTest}). Every public type here is
 * immutable and thread-safe, and no method accepts or returns {@code null}.
 *
 * <p>Sources of the DTI rules cited in the javadoc: Decision 1726/QĐ-BTTTT (2020), Decision 922/QĐ-BTTTT (2022) and
 * Decision 405/QĐ-BKHCN (2025), as listed in the README section "Sources".
 */
@DtiStyle
@NullMarked
package org.opendti.engine;

import org.jspecify.annotations.NullMarked;
import org.opendti.DtiStyle;
