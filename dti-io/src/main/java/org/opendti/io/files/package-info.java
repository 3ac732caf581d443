/**
 * One entry point for files of any supported format: {@link org.opendti.io.files.DtiFiles} reads a dataset or a
 * framework from whatever file it is given (the format from the extension and the first bytes) and writes results,
 * datasets and frameworks by the target's extension, never over an input.
 */
@org.opendti.DtiStyle
@NullMarked
package org.opendti.io.files;

import org.jspecify.annotations.NullMarked;
