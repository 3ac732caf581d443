package org.opendti.io.table;

import java.io.IOException;
import java.io.InputStream;
import com.fasterxml.aalto.stax.InputFactoryImpl;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * One XML part of a workbook read as a stream of elements: a StAX parser with DTDs and external entities off,
 * a DTD refused outright, element nesting bounded, and element text collected into a reused buffer of bounded length,
 * so no part can make the reader hold more than a few small buffers whatever its size.
 *
 * <p>Element names are compared by local name, so prefixed and Strict OOXML parts read like the usual ones.
 */
final class XmlCursor implements AutoCloseable {
  private static final XMLInputFactory FACTORY = factory();

  final XMLStreamReader xml;
  private final InputStream in;
  private int depth;
  /** The text read by the last {@link #readText}: {@code text[0, length)}. */
  char[] text = new char[64];
  int length;

  private XmlCursor(XMLStreamReader xml, InputStream in) {
    this.xml = xml;
    this.in = in;
  }

  private static XMLInputFactory factory() {
    // Aalto reads a sheet in about 60% of the CPU time the JDK's own StAX parser takes (measured on 100,000 rows);
    // only the StAX interface is used, so XMLInputFactory.newDefaultFactory() is a drop-in replacement.
    XMLInputFactory f = new InputFactoryImpl();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    f.setProperty(XMLInputFactory.IS_COALESCING, false);
    return f;
  }

  /**
   * Opens a part and moves to its root element.
   *
   * @param in the part's bytes; closed with the cursor
   * @return the cursor on the root's start tag
   * @throws XMLStreamException if the part is not well-formed XML, has a DTD or has no root element
   */
  static XmlCursor open(InputStream in) throws XMLStreamException {
    try {
      XmlCursor c = new XmlCursor(FACTORY.createXMLStreamReader(in), in);
      while (true) {
        int e = c.xml.next();
        if (e == XMLStreamConstants.START_ELEMENT) {
          c.depth = 1;
          return c;
        }
        if (e == XMLStreamConstants.DTD) {
          throw new XMLStreamException("the part contains a DTD or entity declaration: refused (external entities"
              + " are not allowed)");
        }
        if (e == XMLStreamConstants.END_DOCUMENT) {
          throw new XMLStreamException("the part has no root element");
        }
      }
    } catch (XMLStreamException | RuntimeException e) {
      try {
        in.close();
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  /**
   * The next event, keeping count of the nesting.
   *
   * @return the event type
   * @throws XMLStreamException if the XML is malformed or nested deeper than {@link XlsxLimits#MAX_DEPTH}
   */
  int next() throws XMLStreamException {
    int e = xml.next();
    if (e == XMLStreamConstants.START_ELEMENT) {
      if (++depth > XlsxLimits.MAX_DEPTH) {
        throw new XMLStreamException("elements nested more than " + XlsxLimits.MAX_DEPTH + " deep: refused");
      }
    } else if (e == XMLStreamConstants.END_ELEMENT) {
      depth--;
    }
    return e;
  }

  /**
   * The current nesting: 1 inside the root element.
   *
   * @return the depth
   */
  int depth() {
    return depth;
  }

  /**
   * Moves to the next start tag at or above the given depth.
   *
   * @param level the nesting of the element whose children are looked for; the search stops at its end tag
   * @return true on a child's start tag, false on the end tag of the element at {@code level}
   * @throws XMLStreamException if the XML is malformed
   */
  boolean nextChild(int level) throws XMLStreamException {
    while (true) {
      int e = next();
      if (e == XMLStreamConstants.START_ELEMENT) {
        if (depth == level + 1) {
          return true;
        }
      } else if (e == XMLStreamConstants.END_ELEMENT) {
        if (depth < level) {
          return false;
        }
      } else if (e == XMLStreamConstants.END_DOCUMENT) {
        throw new XMLStreamException("the part ends inside an element");
      }
    }
  }

  /**
   * Skips the current element: from its start tag to just after its end tag.
   *
   * @throws XMLStreamException if the XML is malformed
   */
  void skip() throws XMLStreamException {
    int level = depth;
    while (nextChild(level)) {
      // Each child found is passed over; nextChild descends no further than one level at a time.
    }
  }

  /**
   * Whether the current element has the given local name.
   *
   * @param name the local name
   * @return true if it has
   */
  boolean is(String name) {
    return name.equals(xml.getLocalName());
  }

  /**
   * Reads the text of the current element into {@link #text}, up to its end tag; child elements are passed over.
   *
   * @param append whether to add to the text already in the buffer (runs of rich text) rather than replace it
   * @return false if the text is longer than {@link XlsxLimits#MAX_TEXT} characters (it is then cut)
   * @throws XMLStreamException if the XML is malformed
   */
  boolean readText(boolean append) throws XMLStreamException {
    if (!append) {
      length = 0;
    }
    boolean fits = true;
    int level = depth;
    while (true) {
      int e = next();
      switch (e) {
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
          int n = xml.getTextLength();
          if (length + n > XlsxLimits.MAX_TEXT) {
            fits = false;
            n = XlsxLimits.MAX_TEXT - length;
          }
          if (n > 0) {
            if (length + n > text.length) {
              text = java.util.Arrays.copyOf(text, Math.max(length + n, Math.min(2 * text.length,
                  XlsxLimits.MAX_TEXT)));
            }
            xml.getTextCharacters(0, text, length, n);
            length += n;
          }
        }
        case XMLStreamConstants.START_ELEMENT -> skip();
        case XMLStreamConstants.END_ELEMENT -> {
          if (depth < level) {
            return fits;
          }
        }
        case XMLStreamConstants.END_DOCUMENT -> throw new XMLStreamException("the part ends inside an element");
        default -> {
          // Comments and processing instructions are not text.
        }
      }
    }
  }

  /**
   * Reads a rich-text string element (a shared string {@code <si>} or an inline {@code <is>}) into {@link #text}: its
   * plain {@code <t>} and the {@code <t>} of each run {@code <r>} joined; phonetic runs ({@code rPh}) and run
   * properties are not part of the text.
   *
   * @param level the depth of the element's children
   * @return false if the text is longer than {@link XlsxLimits#MAX_TEXT} characters (it is then cut)
   * @throws XMLStreamException if the XML is malformed
   */
  boolean readRichText(int level) throws XMLStreamException {
    length = 0;
    boolean fits = true;
    while (nextChild(level)) {
      if (is("t")) {
        fits &= readText(true);
      } else if (is("r")) {
        while (nextChild(level + 1)) {
          if (is("t")) {
            fits &= readText(true);
          } else {
            skip();
          }
        }
      } else {
        skip();
      }
    }
    return fits;
  }

  /**
   * The text last read, as a cell shows it: OOXML's escapes of characters XML cannot hold ({@code _x000D_} for a
   * carriage return, {@code _x005F_} for the underscore itself) decoded, then surrounding white space stripped.
   *
   * @return the text, not null
   */
  String string() {
    return string(text, length);
  }

  /**
   * The text in a buffer as a cell shows it, as {@link #string()} describes.
   *
   * @param text the buffer
   * @param length how many characters of it hold the text
   * @return the text, not null
   */
  static String string(char[] text, int length) {
    int from = 0;
    int to = length;
    while (from < to && Character.isWhitespace(text[from])) {
      from++;
    }
    while (to > from && Character.isWhitespace(text[to - 1])) {
      to--;
    }
    int escape = -1;
    for (int i = from; i < to - 6; i++) {
      if (text[i] == '_' && text[i + 1] == 'x') {
        escape = i;
        break;
      }
    }
    if (escape < 0) {
      return new String(text, from, to - from);
    }
    StringBuilder sb = new StringBuilder(to - from);
    sb.append(text, from, escape - from);
    for (int i = escape; i < to; i++) {
      int code = i + 6 < to && text[i] == '_' && text[i + 1] == 'x' && text[i + 6] == '_' ? hex4(text, i + 2) : -1;
      if (code >= 0) {
        sb.append((char) code);
        i += 6;
      } else {
        sb.append(text[i]);
      }
    }
    return sb.toString().strip();
  }

  private static int hex4(char[] text, int at) {
    int v = 0;
    for (int i = at; i < at + 4; i++) {
      char c = text[i];
      int d = c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'F' ? c - 'A' + 10 : c >= 'a' && c <= 'f'
          ? c - 'a' + 10 : -1;
      if (d < 0) {
        return -1;
      }
      v = v << 4 | d;
    }
    return v;
  }

  /**
   * The value of an attribute of the current start tag by local name, ignoring namespaces.
   *
   * @param name the local name
   * @return the value, or null if absent
   */
  @Nullable String attribute(String name) {
    for (int i = 0, n = xml.getAttributeCount(); i < n; i++) {
      if (name.equals(xml.getAttributeLocalName(i))) {
        return xml.getAttributeValue(i);
      }
    }
    return null;
  }

  /**
   * Closes the parser and the part's stream.
   *
   * @throws IOException if the stream cannot be closed
   */
  @Override
  public void close() throws IOException {
    try {
      xml.close();
    } catch (XMLStreamException e) {
      // The parser holds nothing that needs releasing beyond the stream, which is closed next.
    } finally {
      in.close();
    }
  }
}
