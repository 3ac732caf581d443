/**
 * Reading and writing the files DTI work lives in. Format-independent pieces live here: {@link
 * org.opendti.io.SourceLocation}, {@link org.opendti.io.DataFormatException}, {@link org.opendti.io.NumberStyle} and
 * {@link org.opendti.io.TextDecoder}; each format has its own package ({@code org.opendti.io.csv}).
 *
 * <p>Readers declare {@link java.io.IOException} for real input/output failures only; content faults are unchecked
 * {@link org.opendti.io.DataFormatException}s that name the file, row and column, the raw value and what was expected,
 * collected into one {@link org.opendti.ProblemsException} so a file can be fixed in one pass.
 */
@org.opendti.DtiStyle
@NullMarked
package org.opendti.io;

import org.jspecify.annotations.NullMarked;
