/**
 * CSV: datasets in long form ({@code unit,indicator,value}) and wide form (one column per indicator, COINr's iData),
 * frameworks in COINr's iMeta layout, and result tables.
 */
@DtiStyle
@NullMarked
package org.opendti.io.csv;

import org.jspecify.annotations.NullMarked;
import org.opendti.DtiStyle;
