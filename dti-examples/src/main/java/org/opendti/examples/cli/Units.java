package org.opendti.examples.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.opendti.Dataset;
import org.opendti.DtiException;
import org.opendti.Framework;
import org.opendti.Observation;
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
   * The unit of {@code units} (the data's or the results') that a name given in an option means.
   *
   * @param option the option, for messages ("--unit")
   * @param name the name as given
   * @param units the units to choose from
   * @param registry the registry names resolve through, if any
   * @throws UnknownUnitException if the name is unknown or ambiguous; one line with the closest names
   * @throws DtiException if the registry knows the name but the data have no such unit
   */
  static Unit resolve(String option, String name, List<Unit> units, Optional<UnitRegistry> registry) {
    if (registry.isPresent()) {
      UnitRegistry r = registry.get();
      Unit known;
      try {
        known = r.resolve(name);
      } catch (UnknownUnitException e) {
        throw new UnknownUnitException(name, option + ": " + problem(e), e.candidates());
      }
      for (Unit u : units) {
        if (r.find(u.name()).or(() -> r.find(u.code())).filter(known::equals).isPresent()) {
          return u;
        }
      }
      throw new DtiException(option + " '" + name + "' is " + known.name() + ", which the data do not hold; closest"
          + " in the data: " + String.join(", ", ofData(units).closest(name, 3)));
    }
    for (Unit u : units) {
      if (key(u.code()).equals(key(name))) {
        return u;
      }
    }
    for (Unit u : units) {
      if (key(u.name()).equals(key(name)) || u.aliases().stream().anyMatch(a -> key(a).equals(key(name)))) {
        return u;
      }
    }
    UnitRegistry data = ofData(units);
    try {
      Unit found = data.resolve(name);
      return units.stream().filter(u -> u.code().equals(found.code())).findFirst().orElseThrow();
    } catch (UnknownUnitException e) {
      throw new UnknownUnitException(name, option + ": " + problem(e), e.candidates());
    }
  }

  private static String problem(UnknownUnitException e) {
    return e.getMessage().startsWith("ambiguous") ? "ambiguous" : "unknown";
  }

  /** The key the SDK matches codes and names by: NFC, ignoring case. */
  static String key(String name) {
    return Unit.nfc(name).toLowerCase(Locale.ROOT);
  }

  /**
   * A registry of the data's own units, for matching without diacritics and for suggestions. A unit whose code or
   * name normalises like another unit's (the registry strips "Tỉnh"/"TP." prefixes, the data do not) is left out, as
   * are aliases that collide: such a unit is still found by its exact name.
   */
  static UnitRegistry ofData(List<Unit> units) {
    Map<String, String> owner = new HashMap<>();
    List<Unit> kept = new ArrayList<>();
    for (Unit u : units) {
      String codeKey = UnitRegistry.key(u.code());
      String nameKey = UnitRegistry.key(u.name());
      if (taken(owner, codeKey, u) || taken(owner, nameKey, u)) {
        continue;
      }
      Unit.Builder b = Unit.builder().code(u.code()).name(u.name());
      owner.put(codeKey, u.code());
      owner.put(nameKey, u.code());
      for (String a : u.aliases()) {
        String k = UnitRegistry.key(a);
        if (!taken(owner, k, u)) {
          owner.put(k, u.code());
          b.addAlias(a);
        }
      }
      kept.add(b.build());
    }
    return UnitRegistry.of(kept);
  }

  private static boolean taken(Map<String, String> owner, String key, Unit u) {
    String o = owner.get(key);
    return o != null && !o.equals(u.code());
  }

  /**
   * The data with every unit named as the registry names it (its code the registry's name, the registry's code an
   * alias), for formats whose readers take no registry (JSON, YAML). Data already named so are returned as they are.
   *
   * @param source the file, for messages
   * @throws UnknownUnitException if the registry does not know a unit
   * @throws DtiException if two units of the data are one unit of the registry
   */
  static Dataset canonical(Dataset d, UnitRegistry r, String source) {
    Map<String, Unit> renamed = new LinkedHashMap<>();
    Map<String, Unit> byTarget = new HashMap<>();
    boolean same = true;
    for (Unit u : d.units()) {
      Unit known = r.find(u.name()).or(() -> r.find(u.code())).orElseGet(() -> {
        try {
          return r.resolve(u.name());
        } catch (UnknownUnitException e) {
          throw new UnknownUnitException(u.name(), source + ": " + problem(e), e.candidates());
        }
      });
      Unit before = byTarget.put(known.code(), u);
      if (before != null) {
        throw new DtiException(source + ": units '" + before.name() + "' and '" + u.name() + "' are both '"
            + known.name() + "'");
      }
      Unit.Builder named = Unit.builder().code(known.name()).name(known.name()).addAlias(known.code())
          .kind(known.kind());
      u.group().ifPresent(named::group);
      known.validFrom().ifPresent(named::validFrom);
      known.validUntil().ifPresent(named::validUntil);
      Unit n = named.build();
      same &= u.equals(n);
      renamed.put(u.code(), n);
    }
    return same ? d : rename(d, renamed);
  }

  /** The data with units replaced: old code → new unit; units not in the map stay as they are. */
  static Dataset rename(Dataset d, Map<String, Unit> renamed) {
    Dataset.Builder b = Dataset.builder();
    for (Unit u : d.units()) {
      b.addUnit(renamed.getOrDefault(u.code(), u));
    }
    for (Observation o : d.observations()) {
      Unit to = renamed.get(o.unit());
      if (to == null) {
        b.add(o);
        continue;
      }
      Observation.Builder c = Observation.builder().unit(to.code()).indicator(o.indicator()).period(o.period())
          .measure(o.measure());
      o.provenance().ifPresent(c::provenance);
      o.evidence().ifPresent(c::evidence);
      b.add(c.build());
    }
    return b.build();
  }
}
