/**
 * XLSX workbooks: datasets (long or wide, first sheet, a named sheet, or one sheet per period), results as formatted
 * ranking sheets, and framework tables. Workbooks are checked before parsing: no DTDs or external entities, a bounded
 * number of parts, bounded decompressed size and compression ratio (a zip bomb is rejected in bounded memory).
 */
@org.opendti.DtiStyle
@NullMarked
package org.opendti.io.xlsx;

import org.jspecify.annotations.NullMarked;
