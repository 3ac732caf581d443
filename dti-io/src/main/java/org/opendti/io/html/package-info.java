/**
 * Reports for people: {@link org.opendti.io.html.HtmlReport}, one self-contained HTML file with inline SVG charts,
 * with its labels from {@link org.opendti.io.Label} in an {@link org.opendti.Language}.
 */
@NullMarked
package org.opendti.io.html;

import org.jspecify.annotations.NullMarked;
