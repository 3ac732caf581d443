package org.opendti.io.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.opendti.Provinces;
import org.opendti.Unit;
import org.opendti.UnitRegistry;

/**
 * A tile-grid map of Vietnam's provinces: one equal square per province, placed near its geographic position (row 0
 * is the north, column 0 the west), so that the grid keeps the country's S-shape: the wide north, the narrow coastal
 * strip that steps south-east from Nghệ An to Khánh Hòa, the Central Highlands beside it, and the south that bends
 * west into the Mekong delta down to Cà Mau.
 *
 * <p>There are two layouts: the 63 provinces before the merger of 1 July 2025 ({@link Provinces#before2025()}) and the
 * 34 after it ({@link Provinces#after2025()}). The positions were drawn by hand for this report from each province's
 * place relative to its neighbours (not copied from another map); they are the only home of tile positions. Tiles
 * are keyed by the province's name in the registry, because the registry's numeric codes are unverified
 * ({@link Provinces#CODES_VERIFIED}).
 *
 * <p>Immutable and thread-safe.
 */
final class TileMap {
  /** One province's tile: its registry name, a short label that fits the tile, and its grid position. */
  record Tile(String name, String label, int row, int column) {}

  /** The 63 provinces before 1 July 2025: name, short label, row, column. */
  private static final Object[][] BEFORE_2025 = {
      // the north-west and the north-east border
      {"Lai Châu", "Lai Châu", 0, 2}, {"Lào Cai", "Lào Cai", 0, 3}, {"Hà Giang", "Hà Giang", 0, 4},
      {"Cao Bằng", "Cao Bằng", 0, 5},
      {"Điện Biên", "Điện Biên", 1, 1}, {"Yên Bái", "Yên Bái", 1, 3}, {"Tuyên Quang", "Tuyên Quang", 1, 4},
      {"Bắc Kạn", "Bắc Kạn", 1, 5}, {"Lạng Sơn", "Lạng Sơn", 1, 6},
      {"Sơn La", "Sơn La", 2, 2}, {"Phú Thọ", "Phú Thọ", 2, 3}, {"Vĩnh Phúc", "Vĩnh Phúc", 2, 4},
      {"Thái Nguyên", "Thái Nguyên", 2, 5}, {"Bắc Giang", "Bắc Giang", 2, 6}, {"Quảng Ninh", "Quảng Ninh", 2, 7},
      // the Red River delta
      {"Hòa Bình", "Hòa Bình", 3, 3}, {"Hà Nội", "Hà Nội", 3, 4}, {"Bắc Ninh", "Bắc Ninh", 3, 5},
      {"Hải Dương", "Hải Dương", 3, 6}, {"Hải Phòng", "Hải Phòng", 3, 7},
      {"Hà Nam", "Hà Nam", 4, 4}, {"Hưng Yên", "Hưng Yên", 4, 5}, {"Thái Bình", "Thái Bình", 4, 6},
      {"Thanh Hóa", "Thanh Hóa", 5, 3}, {"Ninh Bình", "Ninh Bình", 5, 4}, {"Nam Định", "Nam Định", 5, 5},
      // the north-central coast, stepping south-east
      {"Nghệ An", "Nghệ An", 6, 3}, {"Hà Tĩnh", "Hà Tĩnh", 7, 4}, {"Quảng Bình", "Quảng Bình", 8, 4},
      {"Quảng Trị", "Quảng Trị", 9, 5}, {"Huế", "Huế", 10, 5}, {"Đà Nẵng", "Đà Nẵng", 11, 6},
      {"Quảng Nam", "Quảng Nam", 12, 6},
      // the Central Highlands (west) beside the south-central coast (east)
      {"Kon Tum", "Kon Tum", 13, 5}, {"Quảng Ngãi", "Quảng Ngãi", 13, 6},
      {"Gia Lai", "Gia Lai", 14, 5}, {"Bình Định", "Bình Định", 14, 6},
      {"Đắk Lắk", "Đắk Lắk", 15, 5}, {"Phú Yên", "Phú Yên", 15, 6},
      {"Đắk Nông", "Đắk Nông", 16, 4}, {"Lâm Đồng", "Lâm Đồng", 16, 5}, {"Khánh Hòa", "Khánh Hòa", 16, 6},
      // the south-east
      {"Bình Phước", "Bình Phước", 17, 3}, {"Đồng Nai", "Đồng Nai", 17, 4}, {"Bình Thuận", "Bình Thuận", 17, 5},
      {"Ninh Thuận", "Ninh Thuận", 17, 6},
      {"Tây Ninh", "Tây Ninh", 18, 2}, {"Bình Dương", "Bình Dương", 18, 3}, {"Bà Rịa - Vũng Tàu", "BR–VT", 18, 4},
      // the Mekong delta, bending west
      {"An Giang", "An Giang", 19, 0}, {"Đồng Tháp", "Đồng Tháp", 19, 1}, {"Long An", "Long An", 19, 2},
      {"Hồ Chí Minh", "TP.HCM", 19, 3},
      {"Kiên Giang", "Kiên Giang", 20, 0}, {"Cần Thơ", "Cần Thơ", 20, 1}, {"Tiền Giang", "Tiền Giang", 20, 2},
      {"Bến Tre", "Bến Tre", 20, 3},
      {"Hậu Giang", "Hậu Giang", 21, 1}, {"Vĩnh Long", "Vĩnh Long", 21, 2}, {"Trà Vinh", "Trà Vinh", 21, 3},
      {"Cà Mau", "Cà Mau", 22, 0}, {"Bạc Liêu", "Bạc Liêu", 22, 1}, {"Sóc Trăng", "Sóc Trăng", 22, 2},
  };

  /** The 34 provinces from 1 July 2025: name, short label, row, column. */
  private static final Object[][] AFTER_2025 = {
      {"Lai Châu", "Lai Châu", 0, 1}, {"Lào Cai", "Lào Cai", 0, 2}, {"Tuyên Quang", "Tuyên Quang", 0, 3},
      {"Cao Bằng", "Cao Bằng", 0, 4},
      {"Điện Biên", "Điện Biên", 1, 0}, {"Sơn La", "Sơn La", 1, 1}, {"Phú Thọ", "Phú Thọ", 1, 2},
      {"Thái Nguyên", "Thái Nguyên", 1, 3}, {"Lạng Sơn", "Lạng Sơn", 1, 4},
      {"Hà Nội", "Hà Nội", 2, 2}, {"Bắc Ninh", "Bắc Ninh", 2, 3}, {"Quảng Ninh", "Quảng Ninh", 2, 4},
      {"Ninh Bình", "Ninh Bình", 3, 2}, {"Hưng Yên", "Hưng Yên", 3, 3}, {"Hải Phòng", "Hải Phòng", 3, 4},
      {"Thanh Hóa", "Thanh Hóa", 4, 2}, {"Nghệ An", "Nghệ An", 5, 2}, {"Hà Tĩnh", "Hà Tĩnh", 6, 3},
      {"Quảng Trị", "Quảng Trị", 7, 3}, {"Huế", "Huế", 8, 4}, {"Đà Nẵng", "Đà Nẵng", 9, 4},
      {"Quảng Ngãi", "Quảng Ngãi", 10, 4}, {"Gia Lai", "Gia Lai", 11, 4}, {"Đắk Lắk", "Đắk Lắk", 12, 4},
      {"Lâm Đồng", "Lâm Đồng", 13, 3}, {"Khánh Hòa", "Khánh Hòa", 13, 4},
      {"Tây Ninh", "Tây Ninh", 14, 1}, {"Đồng Nai", "Đồng Nai", 14, 2},
      {"An Giang", "An Giang", 15, 0}, {"Đồng Tháp", "Đồng Tháp", 15, 1}, {"Hồ Chí Minh", "TP.HCM", 15, 2},
      {"Cần Thơ", "Cần Thơ", 16, 1}, {"Vĩnh Long", "Vĩnh Long", 16, 2},
      {"Cà Mau", "Cà Mau", 17, 1},
  };

  private static final TileMap BEFORE = new TileMap(Provinces.before2025(), BEFORE_2025);
  private static final TileMap AFTER = new TileMap(Provinces.after2025(), AFTER_2025);

  private final UnitRegistry registry;
  private final List<Tile> tiles;
  private final int rows;
  private final int columns;

  private TileMap(UnitRegistry registry, Object[][] table) {
    this.registry = registry;
    List<Tile> list = new ArrayList<>();
    int r = 0;
    int c = 0;
    for (Object[] t : table) {
      Tile tile = new Tile((String) t[0], (String) t[1], (Integer) t[2], (Integer) t[3]);
      list.add(tile);
      r = Math.max(r, tile.row() + 1);
      c = Math.max(c, tile.column() + 1);
    }
    this.tiles = List.copyOf(list);
    this.rows = r;
    this.columns = c;
  }

  /** The 63 provinces before 1 July 2025. */
  static TileMap before2025() {
    return BEFORE;
  }

  /** The 34 provinces from 1 July 2025. */
  static TileMap after2025() {
    return AFTER;
  }

  /**
   * The map that shows these units: of the 34-province and the 63-province maps, the one that places more of them
   * (the 34 on a tie), provided it places at least half of them; none otherwise (communes, departments, ministries, a
   * COINr dataset: they have no place on a province map). Names resolve through the registries, so "TP. Đà Nẵng" or
   * "Thừa Thiên - Huế" find their tile. The units a chosen map cannot place are those {@link #place} leaves out; a
   * report names them.
   */
  static Optional<TileMap> forUnits(List<Unit> units) {
    int after = AFTER.place(units).size();
    int before = BEFORE.place(units).size();
    TileMap best = after >= before ? AFTER : BEFORE;
    int placed = Math.max(after, before);
    return placed > 0 && 2 * placed >= units.size() ? Optional.of(best) : Optional.empty();
  }

  /**
   * The tile of each unit that has one, by the unit's position in the list; a unit whose province another unit
   * already holds ("Huế" after "Thừa Thiên Huế") is left out, like a unit that is no province.
   */
  java.util.Map<Integer, Tile> place(List<Unit> units) {
    java.util.Map<Integer, Tile> placed = new java.util.LinkedHashMap<>();
    java.util.Set<String> taken = new java.util.HashSet<>();
    for (int u = 0; u < units.size(); u++) {
      Optional<Tile> t = find(units.get(u));
      if (t.isPresent() && taken.add(t.get().name())) {
        placed.put(u, t.get());
      }
    }
    return placed;
  }

  /** The tile of a unit, found by its name, then its aliases, through this map's registry. */
  Optional<Tile> find(Unit unit) {
    Optional<Unit> province = registry.find(unit.name());
    for (int i = 0; province.isEmpty() && i < unit.aliases().size(); i++) {
      province = registry.find(unit.aliases().get(i));
    }
    return province.flatMap(p -> tiles.stream().filter(t -> t.name().equals(p.name())).findFirst());
  }

  /** The registry this map draws. */
  UnitRegistry registry() {
    return registry;
  }

  /** Every tile, north to south. */
  List<Tile> tiles() {
    return tiles;
  }

  /** The number of rows of the grid. */
  int rows() {
    return rows;
  }

  /** The number of columns of the grid. */
  int columns() {
    return columns;
  }
}
