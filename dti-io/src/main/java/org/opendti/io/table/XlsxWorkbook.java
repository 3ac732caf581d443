package org.opendti.io.table;

import com.google.common.collect.ImmutableList;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamException;
import org.jspecify.annotations.Nullable;
import org.opendti.io.DataFormatException;
import org.opendti.io.SourceLocation;

/**
 * An XLSX workbook whose sheets are read as {@link TableReader}s, straight from the workbook's own cells: a number is
 * a {@link CellType#NUMBER}, a boolean a {@link CellType#BOOLEAN}, an error value such as {@code #DIV/0!} an
 * {@link CellType#ERROR}, and a formula that was never calculated a {@link CellType#FORMULA}, so none of them is ever
 * taken for a number or for a missing value.
 *
 * <pre>{@code
 * try (XlsxWorkbook wb = XlsxWorkbook.open(Path.of("dti.xlsx"));
 *      TableReader t = wb.firstVisibleSheet()) {
 *   int value = t.column("value");
 *   while (t.next()) {
 *     double v = t.number(value, NumberStyle.DEFAULT);
 *   }
 * }
 * }</pre>
 *
 * <h2>Cells</h2>
 * <ul>
 *   <li>Numbers are read as stored. Cell styles are not interpreted: a date Excel stores as a day number with a date
 *       format stays that {@link CellType#NUMBER}; a date stored as ISO text ({@code t="d"}) is {@link CellType#TEXT},
 *       e.g. {@code 2023-12-31T00:00:00}.</li>
 *   <li>A formula with a saved value is that value; without one it is {@link CellType#FORMULA} whose text is
 *       {@code =} and the formula.</li>
 *   <li>Text (shared strings, inline strings and formula results) has rich-text runs joined, phonetic guides left
 *       out, OOXML's {@code _xHHHH_} escapes decoded and surrounding white space stripped, like a CSV field; text that
 *       is empty once stripped is {@link CellType#EMPTY}.</li>
 *   <li>Merged cells hold their value in the top-left cell only, as Excel stores them.</li>
 * </ul>
 *
 * <h2>Hostile workbooks</h2>
 * Before anything is parsed the ZIP container must keep the limits: at most 10,000 parts, a ZIP directory of at most
 * 10 MB, at most 256 MB decompressed in all and no part over 1 MB compressing more than 200 to 1; a part that grows
 * past the size its directory entry gives is refused while it is read. XML parts may not contain a DTD (so no
 * external or expanding entities) or nest elements more than 64 deep. Sheets are read one row at a time without
 * regard to the sheet's declared dimension; only the cells present in a row are held, so a cell in the last row or the
 * last column costs no more than one in A1. Rows and columns beyond Excel's limits (row 1,048,576, column XFD),
 * rows out of order, cells out of order, cell text longer than 32,767 characters and broken shared-string references
 * are located errors.
 *
 * <p>A workbook is opened once, whatever it is: a regular file is read in place, anything else (a pipe,
 * {@code /dev/stdin}, a stream) is first copied to a private temporary file, removed when the workbook is closed (at
 * once on systems that allow removing an open file). A workbook may be read by one thread at a time; closing it
 * closes the sheets being read.
 */
public final class XlsxWorkbook implements Closeable {
  private static final String WORKSHEET_TYPE = "/worksheet";
  private static final String SHARED_STRINGS_TYPE = "/sharedStrings";
  private static final String OFFICE_DOCUMENT_TYPE = "/officeDocument";

  private final SourceLocation at;
  private final ZipFile zip;
  private final @Nullable Path temporary;
  /** Parts by name in lower case, as OPC part names are compared. */
  private final Map<String, ZipEntry> parts;
  private final ImmutableList<Sheet> sheets;
  private final @Nullable String sharedStringsPart;
  private String @Nullable [] sharedStrings;
  private final List<XlsxSheetReader> reading = new ArrayList<>();

  /** A sheet as the workbook lists it. */
  private record Sheet(String name, String state, @Nullable String part, boolean worksheet, String target) {
    boolean visible() {
      return state.isEmpty() || state.equals("visible");
    }
  }

  private XlsxWorkbook(SourceLocation at, ZipFile zip, @Nullable Path temporary) throws IOException {
    this.at = at;
    this.zip = zip;
    this.temporary = temporary;
    this.parts = checkParts();
    String workbook = workbookPart();
    Map<String, String[]> rels = relationships(workbook);
    this.sheets = sheets(workbook, rels);
    String sst = null;
    for (String[] r : rels.values()) {
      if (r[0].endsWith(SHARED_STRINGS_TYPE) && r[2] != null) {
        sst = r[2];
      }
    }
    if (sst == null && parts.containsKey("xl/sharedstrings.xml")) {
      sst = "xl/sharedStrings.xml";
    }
    this.sharedStringsPart = sst;
  }

  /**
   * Opens a workbook from a stream, read to its end once (the stream is not closed), so pipes and standard input
   * work.
   *
   * @param sourceName the name used in locations and errors, usually the file name, not null
   * @param in the workbook's bytes, not null
   * @return the workbook, to be closed, not null
   * @throws IOException if the stream cannot be read or the temporary copy cannot be written
   * @throws DataFormatException if the content is not an XLSX workbook or breaks a limit
   */
  public static XlsxWorkbook open(String sourceName, InputStream in) throws IOException {
    SourceLocation at = SourceLocation.of(Objects.requireNonNull(sourceName, "sourceName"));
    Objects.requireNonNull(in, "in");
    Path tmp = Files.createTempFile("dti-xlsx-", ".xlsx");
    try {
      try (OutputStream out = Files.newOutputStream(tmp)) {
        byte[] buf = new byte[1 << 16];
        long total = 0;
        int n;
        while ((n = in.readNBytes(buf, 0, buf.length)) > 0) {
          if (total == 0) {
            XlsxLimits.checkMagic(at, buf, n);
          }
          total += n;
          if (total > XlsxLimits.MAX_FILE) {
            throw XlsxLimits.tooLarge(at);
          }
          out.write(buf, 0, n);
        }
        if (total == 0) {
          XlsxLimits.checkMagic(at, buf, 0);
        }
      }
      XlsxWorkbook wb = openFile(at, tmp, tmp);
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException e) {
        // Some systems cannot remove an open file; it is removed on close instead.
      }
      return wb;
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(tmp);
      throw e;
    }
  }

  /**
   * Opens a workbook file. A regular file is read in place; a named pipe, {@code /dev/stdin} or any other kind of
   * file is read once, as {@link #open(String, InputStream)} does.
   *
   * @param file the workbook, not null
   * @return the workbook, to be closed, not null
   * @throws IOException if the file cannot be read
   * @throws DataFormatException if the content is not an XLSX workbook or breaks a limit
   */
  public static XlsxWorkbook open(Path file) throws IOException {
    Path name = file.getFileName();
    String source = name == null ? file.toString() : name.toString();
    if (file.getFileSystem() == FileSystems.getDefault() && Files.isRegularFile(file)) {
      return openFile(SourceLocation.of(source), file, null);
    }
    try (InputStream in = Files.newInputStream(file)) {
      return open(source, in);
    }
  }

  private static XlsxWorkbook openFile(SourceLocation at, Path file, @Nullable Path temporary) throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      ByteBuffer head = ByteBuffer.allocate(4);
      while (head.hasRemaining() && ch.read(head) > 0) {
        // Fill the first four bytes, or as many as the file has.
      }
      XlsxLimits.checkMagic(at, head.array(), head.position());
      XlsxLimits.checkDirectory(at, ch);
    }
    ZipFile zip;
    try {
      zip = new ZipFile(file.toFile());
    } catch (ZipException e) {
      throw new DataFormatException(at, "", "not a readable XLSX workbook: " + e.getMessage());
    }
    try {
      return new XlsxWorkbook(at, zip, temporary);
    } catch (IOException | RuntimeException e) {
      zip.close();
      throw e;
    }
  }

  /** Checks every part's directory entry and indexes the parts by name. */
  private Map<String, ZipEntry> checkParts() {
    if (zip.size() > XlsxLimits.MAX_PARTS) {
      throw new DataFormatException(at, "", "more than " + XlsxLimits.MAX_PARTS + " parts in the workbook: refused");
    }
    Map<String, ZipEntry> byName = new HashMap<>();
    long total = 0;
    for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements();) {
      ZipEntry entry = e.nextElement();
      if (entry.isDirectory()) {
        continue;
      }
      XlsxLimits.checkPart(at, entry.getName(), entry.getSize(), entry.getCompressedSize());
      total += entry.getSize();
      if (total > XlsxLimits.MAX_TOTAL) {
        throw XlsxLimits.bomb(at, entry.getName());
      }
      String key = entry.getName().replace('\\', '/').toLowerCase(Locale.ROOT);
      if (byName.put(key, entry) != null) {
        throw new DataFormatException(at, entry.getName(), "the workbook has two parts of this name: refused"
            + " (damaged or forged workbook)");
      }
    }
    return byName;
  }

  /** The workbook part: the package's office document, usually {@code xl/workbook.xml}. */
  private String workbookPart() throws IOException {
    if (parts.containsKey("_rels/.rels")) {
      for (String[] r : relationships("").values()) {
        if (r[0].endsWith(OFFICE_DOCUMENT_TYPE) && r[2] != null && parts.containsKey(key(r[2]))) {
          return r[2];
        }
      }
    }
    if (parts.containsKey("xl/workbook.xml")) {
      return "xl/workbook.xml";
    }
    throw new DataFormatException(at, "", "a ZIP archive but not an XLSX workbook (no xl/workbook.xml)");
  }

  /**
   * Reads the relationships of a part.
   *
   * @param part the part, or "" for the package's own
   * @return by id: the type, the target as written and the part it names (null if external or not resolvable)
   */
  private Map<String, String[]> relationships(String part) throws IOException {
    int slash = part.lastIndexOf('/');
    String dir = part.substring(0, slash + 1);
    String rels = dir + "_rels/" + part.substring(slash + 1) + ".rels";
    Map<String, String[]> byId = new HashMap<>();
    if (!parts.containsKey(key(rels))) {
      return byId;
    }
    try (XmlCursor x = openPart(rels)) {
      while (x.nextChild(1)) {
        if (x.is("Relationship")) {
          String id = x.attribute("Id");
          String type = x.attribute("Type");
          String target = x.attribute("Target");
          String mode = x.attribute("TargetMode");
          if (id != null && target != null) {
            String resolved = mode != null && mode.equalsIgnoreCase("External") ? null : resolve(dir, target);
            byId.putIfAbsent(id, new String[] {type == null ? "" : type, target, resolved});
          }
        }
        x.skip();
      }
    } catch (XMLStreamException e) {
      throw malformed(rels, e);
    }
    return byId;
  }

  /** A relationship's target as a part name: relative to the source part's folder, or absolute from the root. */
  private static @Nullable String resolve(String dir, String target) {
    String t = target;
    try {
      String path = new URI(target).getPath();
      if (path != null) {
        t = path;
      }
    } catch (URISyntaxException e) {
      // Not a URI (a space, say): taken as a plain path.
    }
    String full = t.startsWith("/") ? t.substring(1) : dir + t;
    ArrayList<String> segments = new ArrayList<>();
    for (String s : full.replace('\\', '/').split("/", -1)) {
      if (s.isEmpty() || s.equals(".")) {
        continue;
      }
      if (s.equals("..")) {
        if (segments.isEmpty()) {
          return null;
        }
        segments.remove(segments.size() - 1);
      } else {
        segments.add(s);
      }
    }
    return String.join("/", segments);
  }

  private ImmutableList<Sheet> sheets(String workbook, Map<String, String[]> rels) throws IOException {
    ImmutableList.Builder<Sheet> list = ImmutableList.builder();
    try (XmlCursor x = openPart(workbook)) {
      while (x.nextChild(1)) {
        if (!x.is("sheets")) {
          x.skip();
          continue;
        }
        while (x.nextChild(2)) {
          if (x.is("sheet")) {
            String name = x.attribute("name");
            String state = x.attribute("state");
            String id = null;
            for (int i = 0; i < x.xml.getAttributeCount(); i++) {
              String ns = x.xml.getAttributeNamespace(i);
              if ("id".equals(x.xml.getAttributeLocalName(i)) && ns != null && !ns.isEmpty()) {
                id = x.xml.getAttributeValue(i);
              }
            }
            String[] rel = id == null ? null : rels.get(id);
            list.add(new Sheet(Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFC),
                state == null ? "" : state, rel == null ? null : rel[2], rel != null && rel[0].endsWith(WORKSHEET_TYPE),
                rel == null ? (id == null ? "(no relationship id)" : id) : rel[1]));
          }
          x.skip();
        }
      }
    } catch (XMLStreamException e) {
      throw malformed(workbook, e);
    }
    return list.build();
  }

  private static String key(String part) {
    return part.toLowerCase(Locale.ROOT);
  }

  /**
   * Opens a part of the workbook for parsing, its size bounded by its directory entry.
   *
   * @param part the part's name
   * @return the cursor on the part's root element, not null
   */
  XmlCursor openPart(String part) throws IOException, XMLStreamException {
    ZipEntry e = parts.get(key(part));
    if (e == null) {
      throw new DataFormatException(at, part, "the workbook has no part " + part + " (damaged workbook)");
    }
    InputStream in = new XlsxLimits.PartStream(zip.getInputStream(e), at, part, e.getSize());
    return XmlCursor.open(in);
  }

  DataFormatException malformed(String part, XMLStreamException e) {
    return new DataFormatException(at, part, "malformed XML in part " + part + ": " + e.getMessage());
  }

  /**
   * The names of all sheets, hidden ones included, in the workbook's order, in Unicode NFC.
   *
   * @return the names, not null
   */
  public List<String> sheets() {
    return sheets.stream().map(Sheet::name).collect(ImmutableList.toImmutableList());
  }

  /**
   * The names of the sheets a user sees in Excel: all but the hidden and "very hidden" ones, in order.
   *
   * @return the names, not null
   */
  public List<String> visibleSheets() {
    return sheets.stream().filter(Sheet::visible).map(Sheet::name).collect(ImmutableList.toImmutableList());
  }

  /**
   * Reads a sheet by name, hidden or not. The name is compared in Unicode NFC, exactly first, then ignoring case as
   * Excel does.
   *
   * @param name the sheet's name, not null
   * @return the sheet's table, positioned on its header, to be closed, not null
   * @throws IOException if the workbook cannot be read
   * @throws DataFormatException if there is no such sheet (the message lists the sheets), its part is missing or
   *     malformed, or its first row is bad
   */
  public TableReader sheet(String name) throws IOException {
    String n = Normalizer.normalize(Objects.requireNonNull(name, "name"), Normalizer.Form.NFC);
    for (Sheet s : sheets) {
      if (s.name().equals(n)) {
        return read(s);
      }
    }
    for (Sheet s : sheets) {
      if (s.name().toLowerCase(Locale.ROOT).equals(n.toLowerCase(Locale.ROOT))) {
        return read(s);
      }
    }
    throw new DataFormatException(at, name, "no such sheet; the workbook has " + describe());
  }

  /**
   * Reads the first worksheet a user sees: hidden and "very hidden" sheets, and chart sheets, are passed over.
   *
   * @return the sheet's table, positioned on its header, to be closed, not null
   * @throws IOException if the workbook cannot be read
   * @throws DataFormatException if no worksheet is visible, or the sheet's part is missing or malformed
   */
  public TableReader firstVisibleSheet() throws IOException {
    for (Sheet s : sheets) {
      if (s.visible() && s.worksheet()) {
        return read(s);
      }
    }
    throw new DataFormatException(at, "", "the workbook has no visible worksheet; its sheets are " + describe());
  }

  private String describe() {
    List<String> names = new ArrayList<>();
    for (Sheet s : sheets) {
      names.add(s.visible() ? s.name() : s.name() + " (" + s.state() + ")");
    }
    return names.toString();
  }

  private TableReader read(Sheet s) throws IOException {
    SourceLocation where = at.sheet(s.name());
    if (s.part() == null || !parts.containsKey(key(s.part()))) {
      throw new DataFormatException(where, s.target(), "the workbook lists this sheet but has no part for it"
          + " (damaged workbook)");
    }
    String[] strings = sharedStrings();
    XmlCursor x;
    try {
      x = openPart(s.part());
    } catch (XMLStreamException e) {
      throw new DataFormatException(where, s.part(), "malformed XML in part " + s.part() + ": " + e.getMessage());
    }
    XlsxSheetReader r = new XlsxSheetReader(this, where, s.part(), x, strings);
    reading.add(r);
    return r;
  }

  /** Forgets a sheet reader that was closed. */
  void closed(XlsxSheetReader r) {
    reading.remove(r);
  }

  private String[] sharedStrings() throws IOException {
    if (sharedStrings == null) {
      String part = sharedStringsPart;
      if (part == null || !parts.containsKey(key(part))) {
        sharedStrings = new String[0];
      } else {
        try (XmlCursor x = openPart(part)) {
          sharedStrings = SharedStrings.read(x, at, part);
        } catch (XMLStreamException e) {
          throw malformed(part, e);
        }
      }
    }
    return sharedStrings;
  }

  /**
   * Closes the sheets still being read and the workbook, and removes its temporary copy if there is one.
   *
   * @throws IOException if the workbook cannot be closed
   */
  @Override
  public void close() throws IOException {
    try {
      for (XlsxSheetReader r : List.copyOf(reading)) {
        r.close();
      }
      zip.close();
    } finally {
      if (temporary != null) {
        Files.deleteIfExists(temporary);
      }
    }
  }
}
