package org.opendti.examples.cli;

import java.util.List;
import java.util.Optional;
import org.opendti.Dataset;
import org.opendti.DtiException;
import org.opendti.Framework;
import org.opendti.Provinces;
import org.opendti.Unit;
import org.opendti.UnitKind;
import org.opendti.UnitRegistry;
import org.opendti.UnknownUnitException;

/**
 * How every command resolves unit names, in the data and in options that name a unit ({@code plan --unit}).
 *
 * <p>A framework whose units are provinces ({@link Framework#unitKind()} is {@link UnitKind#PROVINCE}: every built-in
 * {@code pdti-*}) resolves names through {@link Provinces#before2025()} unless {@code --units} says otherwise: "Thanh
 * Hoa", "Thanh Hoá" and "thanh hoa" are Thanh Hóa, "Hanoi" is Hà Nội. The 34 merged provinces keep names of the 63, so
 * the 63-province registry reads both; give {@code --units after-2025} for files that identify the 34 by their new
 * codes. Without a registry (other frameworks, or {@code --units none}) names are matched as the SDK matches them
 * (NFC, ignoring case), then without diacritics when that finds exactly one unit; an unknown name is an error listing
 * the closest names of the data.
 */
final class Units {
  private Units() {}

  /** The registry named by {@code --units}, or the framework's default when the option is absent. */
  static Optional<UnitRegistry> registry(String units, Framework framework) {
    if (units == null) {
      return Provinces.forFramework(framework);
    }
    if (units.strip().equalsIgnoreCase("none")) {
      return Optional.empty();
    }
    return Optional.of(Provinces.byName(units).orElseThrow(() -> new IllegalArgumentException("unknown --units '"
        + units + "'; expected before-2025 (the 63 provinces), after-2025 (the 34) or none (names as written)")));
  }


  /** Words for a registry in messages. */
  static String describe(UnitRegistry r) {
    return r == Provinces.after2025() ? "the 34 provinces (--units after-2025)"
        : r == Provinces.before2025() ? "the 63 provinces (--units before-2025)" : r.toString();
  }

  /**
   * The unit of {@code units} (the data's or the results') that a name given in an option means
   * ({@link UnitRegistry#resolveIn} with a registry, {@link UnitRegistry#resolveAmong} without), with the option in
   * the message.
   *
   * @param option the option, for messages ("--unit")
   * @param name the name as given
   * @param units the units to choose from
   * @param registry the registry names resolve through, if any
   * @throws UnknownUnitException if the name is unknown or ambiguous; one line with the closest names
   * @throws DtiException if the registry knows the name but the data have no such unit
   */
  static Unit resolve(String option, String name, List<Unit> units, Optional<UnitRegistry> registry) {
    try {
      if (registry.isPresent()) {
        try {
          return registry.get().resolveIn(name, units);
        } catch (UnknownUnitException e) {
          throw e;
        } catch (DtiException e) {
          throw new DtiException(option + " " + e.getMessage(), e);
        }
      }
      return UnitRegistry.resolveAmong(name, units);
    } catch (UnknownUnitException e) {
      throw new UnknownUnitException(name, option + ": " + problem(e), e.candidates());
    }
  }

  private static String problem(UnknownUnitException e) {
    return e.getMessage().startsWith("ambiguous") ? "ambiguous" : "unknown";
  }

  /**
   * The data with every unit named as the registry names it ({@link Dataset#namedBy}), with the file in messages.
   *
   * @param source the file, for messages
   * @throws UnknownUnitException if the registry does not know a unit
   * @throws DtiException if two units of the data are one unit of the registry
   */
  static Dataset canonical(Dataset d, UnitRegistry r, String source) {
    try {
      return d.namedBy(r);
    } catch (UnknownUnitException e) {
      throw new UnknownUnitException(e.name(), source + ": " + problem(e), e.candidates());
    } catch (DtiException e) {
      throw new DtiException(source + ": " + e.getMessage(), e);
    }
  }
}
