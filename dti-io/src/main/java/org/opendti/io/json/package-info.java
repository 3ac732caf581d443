/**
 * JSON and YAML: datasets, whole framework definitions (nodes, DAG, points or weights, scoring rules and the method),
 * and results. Readers and writers stream, so a document of any size needs memory only for what it describes; texts
 * are read as written (see {@link org.opendti.io.json.Format} for that rule and for the limits on hostile input).
 * Problems name the file, the JSON pointer of the bad value and its line and column.
 */
@org.opendti.DtiStyle
@NullMarked
package org.opendti.io.json;

import org.jspecify.annotations.NullMarked;
