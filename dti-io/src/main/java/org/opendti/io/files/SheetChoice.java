package org.opendti.io.files;

import java.util.Objects;
import java.util.Optional;

/**
 * Which sheets of a workbook hold a dataset: the first visible one, one named sheet, or every visible sheet with the
 * sheet's name as the period. Ignored for files that have no sheets.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SheetChoice {
  private static final SheetChoice FIRST = new SheetChoice("", false);
  private static final SheetChoice PER_PERIOD = new SheetChoice("", true);

  private final String name;
  private final boolean perPeriod;

  private SheetChoice(String name, boolean perPeriod) {
    this.name = name;
    this.perPeriod = perPeriod;
  }

  /**
   * The first visible sheet (a hidden first sheet is passed over).
   *
   * @return the choice, not null
   */
  public static SheetChoice first() {
    return FIRST;
  }

  /**
   * One sheet by name, hidden or not.
   *
   * @param name the sheet's name, not blank
   * @return the choice, not null
   * @throws IllegalArgumentException if the name is blank
   */
  public static SheetChoice named(String name) {
    if (Objects.requireNonNull(name, "name").isBlank()) {
      throw new IllegalArgumentException("sheet name must not be blank");
    }
    return new SheetChoice(name, false);
  }

  /**
   * Every visible sheet, each sheet's name being the period of its observations.
   *
   * @return the choice, not null
   */
  public static SheetChoice perPeriod() {
    return PER_PERIOD;
  }

  /**
   * The sheet's name, for {@link #named(String)}.
   *
   * @return the name, if one sheet is named
   */
  public Optional<String> name() {
    return name.isEmpty() ? Optional.empty() : Optional.of(name);
  }

  /**
   * Whether every sheet is read, one period per sheet.
   *
   * @return true for {@link #perPeriod()}
   */
  public boolean isPerPeriod() {
    return perPeriod;
  }

  @Override
  public String toString() {
    return perPeriod ? "every sheet, one period each" : name.isEmpty() ? "the first visible sheet" : "sheet '" + name
        + "'";
  }
}
