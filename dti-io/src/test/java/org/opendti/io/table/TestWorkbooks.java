package org.opendti.io.table;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Workbooks written part by part, as small XML strings, to give the reader exactly the cells a test needs. */
public final class TestWorkbooks {
  static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  static final String PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

  private final List<String[]> sheets = new ArrayList<>();
  private final Map<String, byte[]> extra = new LinkedHashMap<>();
  private final List<String> removed = new ArrayList<>();
  private String shared = null;

  static TestWorkbooks workbook() {
    return new TestWorkbooks();
  }

  /** A visible sheet whose {@code <sheetData>} holds the given rows. */
  TestWorkbooks sheet(String name, String rows) {
    return sheet(name, null, rows);
  }

  /** A sheet with a state ({@code hidden}, {@code veryHidden}, or null for visible). */
  TestWorkbooks sheet(String name, String state, String rows) {
    sheets.add(new String[] {name, state, "<worksheet xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\"><sheetData>"
        + rows + "</sheetData></worksheet>"});
    return this;
  }

  /** A sheet given as its whole XML. */
  TestWorkbooks sheetXml(String name, String xml) {
    sheets.add(new String[] {name, null, xml});
    return this;
  }

  /** The shared strings, each given as the content of its {@code <si>}. */
  TestWorkbooks sharedItems(String... items) {
    StringBuilder sb = new StringBuilder("<sst xmlns=\"" + MAIN + "\" count=\"" + items.length + "\" uniqueCount=\""
        + items.length + "\">");
    for (String s : items) {
      sb.append("<si>").append(s).append("</si>");
    }
    shared = sb.append("</sst>").toString();
    return this;
  }

  /** Plain shared strings. */
  TestWorkbooks shared(String... strings) {
    String[] items = new String[strings.length];
    for (int i = 0; i < strings.length; i++) {
      items[i] = "<t>" + strings[i] + "</t>";
    }
    return sharedItems(items);
  }

  /** Replaces or adds a part. */
  TestWorkbooks part(String name, String content) {
    extra.put(name, content.getBytes(StandardCharsets.UTF_8));
    return this;
  }

  /** Leaves a part out. */
  TestWorkbooks without(String name) {
    removed.add(name);
    return this;
  }

  byte[] bytes() {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    put(parts, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>");
    put(parts, "_rels/.rels", "<Relationships xmlns=\"" + PKG_REL + "\"><Relationship Id=\"rId1\" Type=\"" + REL
        + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
    StringBuilder wb = new StringBuilder("<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\"><sheets>");
    StringBuilder rels = new StringBuilder("<Relationships xmlns=\"" + PKG_REL + "\">");
    for (int i = 0; i < sheets.size(); i++) {
      String[] s = sheets.get(i);
      wb.append("<sheet name=\"").append(s[0]).append("\" sheetId=\"").append(i + 1).append('"');
      if (s[1] != null) {
        wb.append(" state=\"").append(s[1]).append('"');
      }
      wb.append(" r:id=\"rId").append(i + 1).append("\"/>");
      rels.append("<Relationship Id=\"rId").append(i + 1).append("\" Type=\"").append(REL)
          .append("/worksheet\" Target=\"worksheets/sheet").append(i + 1).append(".xml\"/>");
      put(parts, "xl/worksheets/sheet" + (i + 1) + ".xml", s[2]);
    }
    if (shared != null) {
      rels.append("<Relationship Id=\"rIdS\" Type=\"").append(REL)
          .append("/sharedStrings\" Target=\"sharedStrings.xml\"/>");
      put(parts, "xl/sharedStrings.xml", shared);
    }
    put(parts, "xl/workbook.xml", wb.append("</sheets></workbook>").toString());
    put(parts, "xl/_rels/workbook.xml.rels", rels.append("</Relationships>").toString());
    parts.putAll(extra);
    removed.forEach(parts::remove);
    return zip(parts);
  }

  private static void put(Map<String, byte[]> parts, String name, String content) {
    parts.put(name, ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + content)
        .getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The parts of a workbook zipped in their order (tests that edit a written workbook's XML use it too).
   *
   * @param parts part name to content
   * @return the XLSX bytes
   */
  public static byte[] zip(Map<String, byte[]> parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> e : parts.entrySet()) {
        z.putNextEntry(new ZipEntry(e.getKey()));
        z.write(e.getValue());
        z.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A row of cells given as XML. */
  static String row(int r, String cells) {
    return "<row r=\"" + r + "\">" + cells + "</row>";
  }

  /** A shared-string cell. */
  static String s(String ref, int index) {
    return "<c r=\"" + ref + "\" t=\"s\"><v>" + index + "</v></c>";
  }

  /** A number cell. */
  static String n(String ref, String value) {
    return "<c r=\"" + ref + "\"><v>" + value + "</v></c>";
  }

  /** An inline-string cell. */
  static String is(String ref, String text) {
    return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
  }

  private TestWorkbooks() {}
}
