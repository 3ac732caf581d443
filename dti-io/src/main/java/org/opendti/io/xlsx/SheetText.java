package org.opendti.io.xlsx;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.opendti.io.NumberStyle;

/**
 * Turns a sheet into semicolon-separated text, one line per sheet row (blank rows kept, so row numbers match the
 * sheet), numeric cells written exactly in the chosen number style, so the CSV readers read workbooks too.
 */
final class SheetText {
  private SheetText() {}

  static String of(Sheet sheet, NumberStyle style) throws IOException {
    StringBuilder sb = new StringBuilder();
    int next = 1;
    int width = -1;
    try (Stream<Row> rows = sheet.openStream()) {
      for (Row row : (Iterable<Row>) rows::iterator) {
        while (next < row.getRowNum()) {
          sb.append('\n');
          next++;
        }
        int cells = row.getCellCount();
        if (width < 0) {
          width = cells;
        }
        // Excel stores no cells after the last filled one: pad short rows to the header's width.
        int count = Math.max(cells, width);
        for (int c = 0; c < count; c++) {
          if (c > 0) {
            sb.append(';');
          }
          Cell cell = c < cells ? row.getCell(c) : null;
          sb.append(quote(text(cell, style)));
        }
        sb.append('\n');
        next = row.getRowNum() + 1;
      }
    }
    return sb.toString();
  }

  private static String text(Cell cell, NumberStyle style) {
    if (cell == null || cell.getType() == CellType.EMPTY) {
      return "";
    }
    String raw = cell.getRawValue();
    if (cell.getType() == CellType.NUMBER || cell.getType() == CellType.FORMULA && raw != null && isNumber(raw)) {
      return number(new BigDecimal(raw.strip()), style);
    }
    if (cell.getType() == CellType.BOOLEAN) {
      return Boolean.TRUE.equals(cell.asBoolean()) ? "1" : "0";
    }
    if (cell.getType() == CellType.ERROR) {
      return raw == null ? "#ERROR" : raw;
    }
    String t = cell.getType() == CellType.STRING ? cell.asString() : raw;
    return t == null ? "" : t;
  }

  private static boolean isNumber(String s) {
    try {
      new BigDecimal(s.strip());
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** The exact decimal in the style: "0.7314", or Vietnamese "0,7314" with '.' between thousands. */
  static String number(BigDecimal v, NumberStyle style) {
    String plain = BigDecimal.valueOf(v.doubleValue()).stripTrailingZeros().toPlainString();
    if (style == NumberStyle.DEFAULT) {
      return plain;
    }
    boolean negative = plain.startsWith("-");
    String body = negative ? plain.substring(1) : plain;
    int dot = body.indexOf('.');
    String integer = dot < 0 ? body : body.substring(0, dot);
    String fraction = dot < 0 ? "" : body.substring(dot + 1);
    StringBuilder grouped = new StringBuilder();
    for (int i = 0; i < integer.length(); i++) {
      if (i > 0 && (integer.length() - i) % 3 == 0) {
        grouped.append('.');
      }
      grouped.append(integer.charAt(i));
    }
    return (negative ? "-" : "") + grouped + (fraction.isEmpty() ? "" : "," + fraction);
  }

  private static String quote(String s) {
    if (s.contains(";") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
      return '"' + s.replace("\"", "\"\"") + '"';
    }
    return s;
  }

  static String names(List<Sheet> sheets) {
    return sheets.stream().map(Sheet::getName).toList().toString();
  }
}
