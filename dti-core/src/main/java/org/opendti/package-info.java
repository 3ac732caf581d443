/**
 * The DTI model: frameworks (a DAG of nodes with points or weights) and their indexed structure, units and province
 * registries, observations and datasets. The engine that scores them lives in {@code org.opendti.engine}, which
 * depends on this package and not the other way round.
 *
 * <p>Every public type here is immutable and thread-safe unless its documentation says otherwise, and no method
 * accepts or returns {@code null}: absent values are {@link java.util.Optional}, {@link java.util.OptionalDouble} or,
 * inside primitive arrays, {@code NaN}.
 *
 * <p>Sources of the DTI rules cited in the javadoc: Decision 1726/QĐ-BTTTT (2020), Decision 922/QĐ-BTTTT (2022) and
 * Decision 405/QĐ-BKHCN (2025), as listed in the README section "Sources".
 */
@DtiStyle
@NullMarked
package org.opendti;

import org.jspecify.annotations.NullMarked;
