package org.opendti.io.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opendti.Provinces;
import org.opendti.Unit;
import org.opendti.UnitRegistry;

final class TileMapTest {
  private static void everyProvinceHasExactlyOneTileAndTilesDoNotOverlap(TileMap map, UnitRegistry registry) {
    assertThat(map.tiles()).hasSameSizeAs(registry.units());
    Map<String, Integer> tilesPerProvince = new HashMap<>();
    Set<String> cells = new HashSet<>();
    for (TileMap.Tile t : map.tiles()) {
      Unit province = registry.find(t.name()).orElseThrow(() -> new AssertionError("no province " + t.name()));
      assertThat(province.name()).as("tile names are registry names").isEqualTo(t.name());
      tilesPerProvince.merge(province.name(), 1, Integer::sum);
      assertThat(cells.add(t.row() + "," + t.column())).as("cell of %s is free", t.name()).isTrue();
      assertThat(t.row()).isBetween(0, map.rows() - 1);
      assertThat(t.column()).isBetween(0, map.columns() - 1);
      assertThat(t.label().length()).as("label of %s fits a tile", t.name()).isLessThanOrEqualTo(12);
    }
    for (Unit u : registry.units()) {
      assertThat(tilesPerProvince.get(u.name())).as(u.name()).isEqualTo(1);
      assertThat(map.find(u)).map(TileMap.Tile::name).contains(u.name());
    }
  }

  @Test
  void the63ProvincesBefore2025_oneTileEach_noSharedTile() {
    everyProvinceHasExactlyOneTileAndTilesDoNotOverlap(TileMap.before2025(), Provinces.before2025());
    assertThat(TileMap.before2025().tiles()).hasSize(63);
  }

  @Test
  void the34ProvincesAfter2025_oneTileEach_noSharedTile() {
    everyProvinceHasExactlyOneTileAndTilesDoNotOverlap(TileMap.after2025(), Provinces.after2025());
    assertThat(TileMap.after2025().tiles()).hasSize(34);
  }

  private static TileMap.Tile tile(TileMap map, String name) {
    return map.tiles().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void northIsAtTheTopAndTheSouthBendsWest() {
    for (TileMap map : List.of(TileMap.before2025(), TileMap.after2025())) {
      TileMap.Tile hanoi = tile(map, "Hà Nội");
      TileMap.Tile hue = tile(map, "Huế");
      TileMap.Tile hcm = tile(map, "Hồ Chí Minh");
      TileMap.Tile caMau = tile(map, "Cà Mau");
      TileMap.Tile caoBang = tile(map, "Cao Bằng");
      TileMap.Tile dienBien = tile(map, "Điện Biên");
      TileMap.Tile khanhHoa = tile(map, "Khánh Hòa");
      // north to south along the country
      assertThat(caoBang.row()).isLessThan(hanoi.row());
      assertThat(hanoi.row()).isLessThan(hue.row());
      assertThat(hue.row()).isLessThan(khanhHoa.row());
      assertThat(khanhHoa.row()).isLessThan(hcm.row());
      assertThat(hcm.row()).isLessThan(caMau.row());
      assertThat(caMau.row()).isEqualTo(map.rows() - 1);
      // the S: the coast steps east from Hà Nội to Khánh Hòa, then the south bends back west
      assertThat(dienBien.column()).isLessThan(hanoi.column());
      assertThat(hanoi.column()).isLessThan(khanhHoa.column());
      assertThat(hcm.column()).isLessThan(khanhHoa.column());
      assertThat(caMau.column()).isLessThan(hcm.column());
      assertThat(tile(map, "An Giang").column()).isZero();
    }
    TileMap before = TileMap.before2025();
    assertThat(tile(before, "Kon Tum").column()).isLessThan(tile(before, "Quảng Ngãi").column());
    assertThat(tile(before, "Hải Phòng").column()).isGreaterThan(tile(before, "Hà Nội").column());
  }

  private static List<Unit> units(String... names) {
    return java.util.Arrays.stream(names).map(n -> Unit.builder().code(n).name(n).build()).toList();
  }

  @Test
  void forUnits_picksTheRegistryTheUnitsBelongTo() {
    assertThat(TileMap.forUnits(Provinces.before2025().units())).containsSame(TileMap.before2025());
    assertThat(TileMap.forUnits(Provinces.after2025().units())).containsSame(TileMap.after2025());
    // spellings of published tables resolve: a city prefix, the former name of Huế
    assertThat(TileMap.forUnits(units("TP. Đà Nẵng", "Thừa Thiên - Huế", "Hà Giang")))
        .containsSame(TileMap.before2025());
    assertThat(TileMap.before2025().find(units("Thừa Thiên - Huế").get(0))).map(TileMap.Tile::name)
        .contains("Huế");
  }

  @Test
  void forUnits_noMapForUnitsThatAreNotProvinces() {
    assertThat(TileMap.forUnits(units("Sở Tài chính", "Sở Y tế"))).isEmpty();
    assertThat(TileMap.forUnits(units("Hà Nội", "Phường Ba Đình", "Sở Y tế"))).isEmpty();
    assertThat(TileMap.forUnits(units("AUT", "BEL", "BGR"))).isEmpty();
    assertThat(TileMap.forUnits(List.of())).isEmpty();
  }

  @Test
  void place_leavesOutUnitsWithoutATileAndSecondClaimsOfATile() {
    List<Unit> units = units("Hà Giang", "Huế", "Thừa Thiên Huế", "<script>", "Cà Mau");
    assertThat(TileMap.forUnits(units)).containsSame(TileMap.before2025());
    var placed = TileMap.before2025().place(units);
    assertThat(placed.keySet()).containsExactly(0, 1, 4);
    assertThat(placed.get(1).name()).isEqualTo("Huế");
    // the surviving names of the 63 fit the 34-province map too: it is chosen on a tie
    assertThat(TileMap.forUnits(units("Huế", "Cà Mau"))).containsSame(TileMap.after2025());
  }
}
