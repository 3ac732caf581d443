package org.opendti;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.text.Normalizer;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

final class ProvincesTest {

  @Test
  void counts_andValidity() {
    assertThat(Provinces.before2025().units()).hasSize(63);
    assertThat(Provinces.after2025().units()).hasSize(34);
    assertThat(Provinces.merger2025()).hasSize(63);
    assertThat(Provinces.before2025().resolve("Hà Giang").validUntil()).contains(LocalDate.of(2025, 6, 30));
    assertThat(Provinces.after2025().resolve("Tuyên Quang").validFrom()).contains(LocalDate.of(2025, 7, 1));
    assertThat(Provinces.CODES_VERIFIED).isFalse();
  }

  @ParameterizedTest
  @CsvSource({"Thanh Hóa, 38", "Thanh Hoá, 38", "thanh hoa, 38", "Tỉnh Thanh Hóa, 38", "THANH HOÁ, 38",
      "TP. Đà Nẵng, 48", "Thành phố Đà Nẵng, 48", "Da Nang, 48", "Đà Nẵng, 48", "TP.HCM, 79", "TP. Hồ Chí Minh, 79",
      "Ho Chi Minh, 79", "Thừa Thiên - Huế, 46", "Thừa Thiên Huế, 46", "Huế, 46", "Bà Rịa - Vũng Tàu, 77",
      "Bà Rịa–Vũng Tàu, 77", "Ba Ria Vung Tau, 77", "Hòa Bình, 17", "Hoà Bình, 17", "Hanoi, 01", "Khánh Hoà, 56",
      "01, 01", "Kontum, 62", "Đắk Lắk, 66", "Dak Lak, 66"})
  void before2025_resolvesEverySpelling(String name, String code) {
    assertThat(Provinces.before2025().resolve(name).code()).isEqualTo(code);
  }

  @Test
  void registriesByName_andTheDefaultOfAFramework() {
    assertThat(Provinces.byName("before-2025")).containsSame(Provinces.before2025());
    assertThat(Provinces.byName(" Provinces-63 ")).containsSame(Provinces.before2025());
    assertThat(Provinces.byName("AFTER-2025")).containsSame(Provinces.after2025());
    assertThat(Provinces.byName("provinces-34")).containsSame(Provinces.after2025());
    assertThat(Provinces.byName("2025")).isEmpty();
    assertThat(Provinces.forFramework(Frameworks.pdti2022())).containsSame(Provinces.before2025());
    assertThat(Frameworks.all()).filteredOn(f -> f.unitKind() != UnitKind.PROVINCE)
        .allSatisfy(f -> assertThat(Provinces.forFramework(f)).isEmpty());
  }

  @Test
  void nfdInput_resolves() {
    String nfd = Normalizer.normalize("Quảng Ninh", Normalizer.Form.NFD);
    assertThat(Provinces.before2025().resolve(nfd).code()).isEqualTo("22");
  }

  @Test
  void unknownName_listsTheClosest() {
    assertThatExceptionOfType(UnknownUnitException.class)
        .isThrownBy(() -> Provinces.before2025().resolve("Thanh Hao"))
        .satisfies(e -> assertThat(e.candidates()).first().isEqualTo("Thanh Hóa"))
        .withMessageContaining("unknown unit 'Thanh Hao'");
  }

  @Test
  void ambiguousPlainName_isAnError() {
    UnitRegistry r = UnitRegistry.of(java.util.List.of(Unit.of("a", "Hà Tiên"), Unit.of("b", "Hả Tiền")));
    assertThat(r.resolve("Hà Tiên").code()).isEqualTo("a");
    assertThatExceptionOfType(UnknownUnitException.class).isThrownBy(() -> r.resolve("Ha Tien"))
        .withMessageContaining("ambiguous").satisfies(e -> assertThat(e.candidates()).hasSize(2));
  }

  @Test
  void merger_mapsByName() {
    assertThat(Provinces.merger2025().get("74")).isEqualTo("79");
    assertThat(Provinces.after2025().resolve("Hồ Chí Minh").code()).isEqualTo("79");
    long intoHcm = Provinces.merger2025().values().stream().filter("79"::equals).count();
    assertThat(intoHcm).isEqualTo(3);
  }
}
