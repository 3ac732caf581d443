/**
 * Reports for people: {@link org.opendti.io.html.HtmlReport}, one self-contained HTML file with inline SVG charts,
 * and {@link org.opendti.io.html.Language}, the labels in Vietnamese or English.
 */
@NullMarked
package org.opendti.io.html;

import org.jspecify.annotations.NullMarked;
