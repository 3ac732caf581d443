package org.opendti.io.csv;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.opendti.Dataset;
import org.opendti.Unit;
import org.opendti.UnknownUnitException;
import org.opendti.io.DataFormatException;
import org.opendti.io.table.TableReader;

/**
 * Turns the unit names of a table into unit codes, once per distinct spelling: through the options' registry when
 * there is one (every spelling it knows becomes one unit, added to the builder on first sight), else as written.
 */
final class UnitNames {
  private final CsvOptions options;
  private final Dataset.Builder builder;
  private final Map<String, String> seen = new HashMap<>();
  private final Set<String> added = new HashSet<>();

  UnitNames(CsvOptions options, Dataset.Builder builder) {
    this.options = options;
    this.builder = builder;
  }

  boolean registry() {
    return options.units().isPresent();
  }

  /**
   * The code to store a unit's observations under.
   *
   * @throws DataFormatException at the cell if the registry does not know the name
   */
  String code(TableReader t, int column, String name) {
    if (options.units().isEmpty()) {
      return name;
    }
    String known = seen.get(name);
    if (known != null) {
      return known;
    }
    Unit u;
    try {
      u = options.units().get().resolve(name);
    } catch (UnknownUnitException e) {
      throw new DataFormatException(t.at(column), name, e.getMessage());
    }
    if (added.add(u.name())) {
      Unit.Builder named = Unit.builder().code(u.name()).name(u.name()).addAlias(u.code()).kind(u.kind());
      u.group().ifPresent(named::group);
      u.validFrom().ifPresent(named::validFrom);
      u.validUntil().ifPresent(named::validUntil);
      builder.addUnit(named.build());
    }
    seen.put(name, u.name());
    return u.name();
  }
}
