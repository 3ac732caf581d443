package org.opendti.io.forms;

import java.util.Locale;
import java.util.Set;
import org.opendti.DtiException;
import org.opendti.Unit;

/** The file name of a unit's form: the code made safe on every system, or refused. */
final class FileNames {
  /** Names Windows keeps for devices, with or without an extension. */
  private static final Set<String> RESERVED = Set.of("con", "prn", "aux", "nul", "com0", "com1", "com2", "com3",
      "com4", "com5", "com6", "com7", "com8", "com9", "lpt0", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7",
      "lpt8", "lpt9", "conin$", "conout$");
  /** The most characters of a code kept in a name (names stay well under the usual 255-byte limit). */
  static final int MAX = 80;

  private FileNames() {}

  /**
   * The form's file name: the unit code (NFC) with every character other than a letter, a digit, '-', '_' or '.'
   * replaced by '_', then ".xlsx".
   *
   * @throws DtiException for a code that could name another folder or a device: one with '/', '\' or a control
   *     character, one that starts or ends with '.', a Windows device name, or one longer than {@value #MAX}
   */
  static String of(Unit unit) {
    String code = Unit.nfc(unit.code());
    StringBuilder sb = new StringBuilder(code.length() + 5);
    for (int i = 0; i < code.length(); ) {
      int c = code.codePointAt(i);
      if (c == '/' || c == '\\' || Character.isISOControl(c)) {
        throw refuse(unit, "it holds '" + (Character.isISOControl(c) ? String.format(Locale.ROOT, "U+%04X", c)
            : Character.toString(c)) + "', which could name a file outside the folder");
      }
      sb.appendCodePoint(Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.' ? c : '_');
      i += Character.charCount(c);
    }
    String name = sb.toString();
    if (name.startsWith(".") || name.endsWith(".")) {
      throw refuse(unit, "it starts or ends with '.' (a hidden file, or a folder such as '..')");
    }
    if (name.codePointCount(0, name.length()) > MAX) {
      throw refuse(unit, "it is longer than " + MAX + " characters");
    }
    int dot = name.indexOf('.');
    if (RESERVED.contains((dot < 0 ? name : name.substring(0, dot)).toLowerCase(Locale.ROOT))) {
      throw refuse(unit, "Windows keeps the name '" + name + "' for a device");
    }
    return name + ".xlsx";
  }

  private static DtiException refuse(Unit unit, String why) {
    return new DtiException("unit '" + unit.code() + "' (" + unit.name() + "): its code cannot name a form file: "
        + why + "; expected a code of letters, digits, '-', '_' or '.'");
  }
}
