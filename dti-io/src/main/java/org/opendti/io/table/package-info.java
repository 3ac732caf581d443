/**
 * The one table model every file layout is read from: {@link org.opendti.io.table.TableReader}, rows of typed,
 * located cells ({@link org.opendti.io.table.CellType}) produced by CSV files ({@link
 * org.opendti.io.table.Tables#csv}) and workbook sheets ({@link org.opendti.io.table.XlsxWorkbook}). Rules about
 * cells (a boolean, an error value or a formula without saved value is never a number), numbers and locations (file,
 * sheet, row, column) live here once for every format.
 */
@org.opendti.DtiStyle
@NullMarked
package org.opendti.io.table;

import org.jspecify.annotations.NullMarked;
