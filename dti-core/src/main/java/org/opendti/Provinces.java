package org.opendti;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Vietnam's provinces: the 63 before the merger of 1 July 2025 and the 34 after it, with the merger mapping.
 *
 * <p>Names are authoritative: they are how published DTI tables identify provinces, and every name resolves through a
 * {@link UnitRegistry} that accepts "TP." and "Thành phố" prefixes, both tone-mark placements ("Thanh Hoá" /
 * "Thanh Hóa"), names without diacritics ("Thanh Hoa") and former names ("Thừa Thiên - Huế" for Huế). The numeric
 * codes come from public projects, not from the official list (Decision 19/2025/QĐ-TTg), and the post-merger codes of
 * An Giang, Bắc Ninh, Đồng Tháp and Gia Lai disagree between sources: treat codes as unverified
 * ({@link #CODES_VERIFIED} is false) and match on names.
 *
 * <p>This class holds only immutable constants and is thread-safe.
 */
public final class Provinces {
  /** Whether the administrative codes have been verified against the official list: they have not. */
  public static final boolean CODES_VERIFIED = false;
  /** The day the 34 merged provinces came into being. */
  public static final LocalDate MERGER_2025 = LocalDate.of(2025, 7, 1);

  /** code, name, name without diacritics, full name, merged into, merged-into code. */
  private static final String[][] ROWS = {
      {"01", "Hà Nội", "Ha Noi", "Thành phố Hà Nội", "Hà Nội", "01"},
      {"02", "Hà Giang", "Ha Giang", "Tỉnh Hà Giang", "Tuyên Quang", "08"},
      {"04", "Cao Bằng", "Cao Bang", "Tỉnh Cao Bằng", "Cao Bằng", "04"},
      {"06", "Bắc Kạn", "Bac Kan", "Tỉnh Bắc Kạn", "Thái Nguyên", "19"},
      {"08", "Tuyên Quang", "Tuyen Quang", "Tỉnh Tuyên Quang", "Tuyên Quang", "08"},
      {"10", "Lào Cai", "Lao Cai", "Tỉnh Lào Cai", "Lào Cai", "15"},
      {"11", "Điện Biên", "Dien Bien", "Tỉnh Điện Biên", "Điện Biên", "11"},
      {"12", "Lai Châu", "Lai Chau", "Tỉnh Lai Châu", "Lai Châu", "12"},
      {"14", "Sơn La", "Son La", "Tỉnh Sơn La", "Sơn La", "14"},
      {"15", "Yên Bái", "Yen Bai", "Tỉnh Yên Bái", "Lào Cai", "15"},
      {"17", "Hòa Bình", "Hoa Binh", "Tỉnh Hoà Bình", "Phú Thọ", "25"},
      {"19", "Thái Nguyên", "Thai Nguyen", "Tỉnh Thái Nguyên", "Thái Nguyên", "19"},
      {"20", "Lạng Sơn", "Lang Son", "Tỉnh Lạng Sơn", "Lạng Sơn", "20"},
      {"22", "Quảng Ninh", "Quang Ninh", "Tỉnh Quảng Ninh", "Quảng Ninh", "22"},
      {"24", "Bắc Giang", "Bac Giang", "Tỉnh Bắc Giang", "Bắc Ninh", "24"},
      {"25", "Phú Thọ", "Phu Tho", "Tỉnh Phú Thọ", "Phú Thọ", "25"},
      {"26", "Vĩnh Phúc", "Vinh Phuc", "Tỉnh Vĩnh Phúc", "Phú Thọ", "25"},
      {"27", "Bắc Ninh", "Bac Ninh", "Tỉnh Bắc Ninh", "Bắc Ninh", "24"},
      {"30", "Hải Dương", "Hai Duong", "Tỉnh Hải Dương", "Hải Phòng", "31"},
      {"31", "Hải Phòng", "Hai Phong", "Thành phố Hải Phòng", "Hải Phòng", "31"},
      {"33", "Hưng Yên", "Hung Yen", "Tỉnh Hưng Yên", "Hưng Yên", "33"},
      {"34", "Thái Bình", "Thai Binh", "Tỉnh Thái Bình", "Hưng Yên", "33"},
      {"35", "Hà Nam", "Ha Nam", "Tỉnh Hà Nam", "Ninh Bình", "37"},
      {"36", "Nam Định", "Nam Dinh", "Tỉnh Nam Định", "Ninh Bình", "37"},
      {"37", "Ninh Bình", "Ninh Binh", "Tỉnh Ninh Bình", "Ninh Bình", "37"},
      {"38", "Thanh Hóa", "Thanh Hoa", "Tỉnh Thanh Hóa", "Thanh Hóa", "38"},
      {"40", "Nghệ An", "Nghe An", "Tỉnh Nghệ An", "Nghệ An", "40"},
      {"42", "Hà Tĩnh", "Ha Tinh", "Tỉnh Hà Tĩnh", "Hà Tĩnh", "42"},
      {"44", "Quảng Bình", "Quang Binh", "Tỉnh Quảng Bình", "Quảng Trị", "44"},
      {"45", "Quảng Trị", "Quang Tri", "Tỉnh Quảng Trị", "Quảng Trị", "44"},
      {"46", "Huế", "Hue", "Thành phố Huế", "Huế", "46"},
      {"48", "Đà Nẵng", "Da Nang", "Thành phố Đà Nẵng", "Đà Nẵng", "48"},
      {"49", "Quảng Nam", "Quang Nam", "Tỉnh Quảng Nam", "Đà Nẵng", "48"},
      {"51", "Quảng Ngãi", "Quang Ngai", "Tỉnh Quảng Ngãi", "Quảng Ngãi", "51"},
      {"52", "Bình Định", "Binh Dinh", "Tỉnh Bình Định", "Gia Lai", "52"},
      {"54", "Phú Yên", "Phu Yen", "Tỉnh Phú Yên", "Đắk Lắk", "66"},
      {"56", "Khánh Hòa", "Khanh Hoa", "Tỉnh Khánh Hòa", "Khánh Hòa", "56"},
      {"58", "Ninh Thuận", "Ninh Thuan", "Tỉnh Ninh Thuận", "Khánh Hòa", "56"},
      {"60", "Bình Thuận", "Binh Thuan", "Tỉnh Bình Thuận", "Lâm Đồng", "68"},
      {"62", "Kon Tum", "Kon Tum", "Tỉnh Kon Tum", "Quảng Ngãi", "51"},
      {"64", "Gia Lai", "Gia Lai", "Tỉnh Gia Lai", "Gia Lai", "52"},
      {"66", "Đắk Lắk", "Dak Lak", "Tỉnh Đắk Lắk", "Đắk Lắk", "66"},
      {"67", "Đắk Nông", "Dak Nong", "Tỉnh Đắk Nông", "Lâm Đồng", "68"},
      {"68", "Lâm Đồng", "Lam Dong", "Tỉnh Lâm Đồng", "Lâm Đồng", "68"},
      {"70", "Bình Phước", "Binh Phuoc", "Tỉnh Bình Phước", "Đồng Nai", "75"},
      {"72", "Tây Ninh", "Tay Ninh", "Tỉnh Tây Ninh", "Tây Ninh", "80"},
      {"74", "Bình Dương", "Binh Duong", "Tỉnh Bình Dương", "Hồ Chí Minh", "79"},
      {"75", "Đồng Nai", "Dong Nai", "Tỉnh Đồng Nai", "Đồng Nai", "75"},
      {"77", "Bà Rịa - Vũng Tàu", "Ba Ria - Vung Tau", "Tỉnh Bà Rịa - Vũng Tàu", "Hồ Chí Minh", "79"},
      {"79", "Hồ Chí Minh", "Ho Chi Minh", "Thành phố Hồ Chí Minh", "Hồ Chí Minh", "79"},
      {"80", "Long An", "Long An", "Tỉnh Long An", "Tây Ninh", "80"},
      {"82", "Tiền Giang", "Tien Giang", "Tỉnh Tiền Giang", "Đồng Tháp", "82"},
      {"83", "Bến Tre", "Ben Tre", "Tỉnh Bến Tre", "Vĩnh Long", "86"},
      {"84", "Trà Vinh", "Tra Vinh", "Tỉnh Trà Vinh", "Vĩnh Long", "86"},
      {"86", "Vĩnh Long", "Vinh Long", "Tỉnh Vĩnh Long", "Vĩnh Long", "86"},
      {"87", "Đồng Tháp", "Dong Thap", "Tỉnh Đồng Tháp", "Đồng Tháp", "82"},
      {"89", "An Giang", "An Giang", "Tỉnh An Giang", "An Giang", "91"},
      {"91", "Kiên Giang", "Kien Giang", "Tỉnh Kiên Giang", "An Giang", "91"},
      {"92", "Cần Thơ", "Can Tho", "Thành phố Cần Thơ", "Cần Thơ", "92"},
      {"93", "Hậu Giang", "Hau Giang", "Tỉnh Hậu Giang", "Cần Thơ", "92"},
      {"94", "Sóc Trăng", "Soc Trang", "Tỉnh Sóc Trăng", "Cần Thơ", "92"},
      {"95", "Bạc Liêu", "Bac Lieu", "Tỉnh Bạc Liêu", "Cà Mau", "96"},
      {"96", "Cà Mau", "Ca Mau", "Tỉnh Cà Mau", "Cà Mau", "96"},
  };

  private static final UnitRegistry BEFORE = build(false);
  private static final UnitRegistry AFTER = build(true);
  private static final Map<String, String> MERGER = merger();

  private Provinces() {}

  /**
   * The 63 provinces and centrally run cities before 1 July 2025 (valid until 30 June 2025).
   *
   * @return the registry, not null
   */
  public static UnitRegistry before2025() {
    return BEFORE;
  }

  /**
   * The 34 provinces and centrally run cities from 1 July 2025.
   *
   * @return the registry, not null
   */
  public static UnitRegistry after2025() {
    return AFTER;
  }

  /**
   * A province registry by the name tools use for it: {@code before-2025} (also {@code provinces-63}) for
   * {@link #before2025()}, {@code after-2025} (also {@code provinces-34}) for {@link #after2025()}; case and
   * surrounding spaces do not matter.
   *
   * @param name the name, not null
   * @return the registry, empty for an unknown name
   */
  public static java.util.Optional<UnitRegistry> byName(String name) {
    return switch (name.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "before-2025", "provinces-63" -> java.util.Optional.of(BEFORE);
      case "after-2025", "provinces-34" -> java.util.Optional.of(AFTER);
      default -> java.util.Optional.empty();
    };
  }

  /**
   * The registry a framework's unit names resolve through by default: the 63 provinces ({@link #before2025()}) for
   * a framework that scores provinces ({@link Framework#unitKind()} is {@link UnitKind#PROVINCE}; every merged
   * province keeps the name of one of the 63, so this registry reads files of the 34 as well), none otherwise.
   *
   * @param framework the framework, not null
   * @return the registry, empty for frameworks of other units
   */
  public static java.util.Optional<UnitRegistry> forFramework(Framework framework) {
    return framework.unitKind() == UnitKind.PROVINCE ? java.util.Optional.of(BEFORE) : java.util.Optional.empty();
  }

  /**
   * The 2025 merger: the code of each of the 63 provinces mapped to the code of the province it became part of
   * (a province that continued maps to its own new entry).
   *
   * @return pre-merger code → post-merger code, in the order of the official list, not null
   */
  public static Map<String, String> merger2025() {
    return MERGER;
  }

  private static List<String> aliases(String name, String ascii, String full, boolean city) {
    List<String> a = new ArrayList<>();
    a.add(full);
    a.add(ascii);
    if (city) {
      a.add("TP. " + name);
      a.add("TP " + name);
    }
    switch (name) {
      case "Huế" -> a.addAll(List.of("Thừa Thiên - Huế", "Thừa Thiên Huế", "Tỉnh Thừa Thiên Huế"));
      case "Hồ Chí Minh" -> a.addAll(List.of("TP.HCM", "TPHCM", "HCM", "HCMC", "Sài Gòn"));
      case "Hà Nội" -> a.add("Hanoi");
      default -> { }
    }
    return a;
  }

  private static UnitRegistry build(boolean after) {
    Map<String, Unit> units = new LinkedHashMap<>();
    for (String[] r : ROWS) {
      String code = after ? r[5] : r[0];
      String name = after ? r[4] : r[1];
      if (units.containsKey(code)) {
        continue;
      }
      String[] own = null;
      for (String[] s : ROWS) {
        if (s[1].equals(name)) {
          own = s;
        }
      }
      boolean city = own != null && own[3].startsWith("Thành phố");
      Unit.Builder b = Unit.builder().code(code).name(name).kind(UnitKind.PROVINCE);
      if (own != null) {
        b.addAllAliases(aliases(name, own[2], own[3], city));
      }
      if (after) {
        b.validFrom(MERGER_2025);
      } else {
        b.validUntil(MERGER_2025.minusDays(1));
      }
      units.put(code, b.build());
    }
    return UnitRegistry.of(ImmutableList.copyOf(units.values()));
  }

  private static Map<String, String> merger() {
    ImmutableMap.Builder<String, String> b = ImmutableMap.builder();
    for (String[] r : ROWS) {
      b.put(r[0], r[5]);
    }
    return b.buildOrThrow();
  }
}
