/**
 * Assessment forms, the files that travel in a round: {@link org.opendti.io.forms.Forms#writeAll} writes one XLSX
 * form per unit (the components that apply to it, input cells for the value, the ratio's parts or the category, the
 * evidence and a note, dropdowns and numeric validation, the rest locked, the unit and framework identified), and
 * {@link org.opendti.io.forms.Forms#collect} reads the filled forms back into one long dataset, every problem of every
 * form located ({@link org.opendti.io.forms.CollectedForms}).
 */
@org.opendti.DtiStyle
@NullMarked
package org.opendti.io.forms;

import org.jspecify.annotations.NullMarked;
