/**
 * JSON and YAML: datasets, whole framework definitions (nodes, DAG, points or weights, scoring rules and the method),
 * and results. Problems name the file and the JSON pointer of the bad value.
 */
@org.opendti.DtiStyle
@NullMarked
package org.opendti.io.json;

import org.jspecify.annotations.NullMarked;
