package org.opendti.io;

import java.util.Locale;
import java.util.Objects;
import org.opendti.Language;

/**
 * The fixed labels of reports, workbooks and tables for people, in each {@link Language}: column headings ("Hạng",
 * "Rank"), section titles and short notes. The HTML report, the results workbook and the {@code dti} tool's tables
 * share them, so a heading reads the same everywhere.
 */
public enum Label {
  /** Rank. */
  RANK("Hạng", "Rank"),
  /** Unit (province, department, ...). */
  UNIT("Đơn vị", "Unit"),
  /** Value. */
  VALUE("Giá trị", "Value"),
  /** Points on the framework's scale. */
  POINTS("Điểm", "Points"),
  /** The ranking section. */
  RANKING("Bảng xếp hạng", "Ranking"),
  /** The bar chart section. */
  CHART("Biểu đồ", "Chart"),
  /** The profiles section. */
  PROFILES("Hồ sơ từng đơn vị", "Unit profiles"),
  /** The rank moves section. */
  MOVES("Thay đổi thứ hạng", "Rank moves"),
  /** The uncertainty section. */
  UNCERTAINTY("Khoảng bất định của thứ hạng", "Rank uncertainty"),
  /** The group statistics section. */
  GROUPS("Thống kê theo nhóm", "Group statistics"),
  /** Group. */
  GROUP("Nhóm", "Group"),
  /** Count. */
  COUNT("Số đơn vị", "Count"),
  /** Mean. */
  MEAN("Trung bình", "Mean"),
  /** Median. */
  MEDIAN("Trung vị", "Median"),
  /** Minimum. */
  MIN("Thấp nhất", "Min"),
  /** Maximum. */
  MAX("Cao nhất", "Max"),
  /** Spread (max − min). */
  SPREAD("Khoảng cách", "Spread"),
  /** Standard deviation. */
  SD("Độ lệch chuẩn", "SD"),
  /** Best unit. */
  BEST("Đứng đầu", "Best"),
  /** Worst unit. */
  WORST("Đứng cuối", "Worst"),
  /** Earlier period. */
  FROM("Kỳ trước", "Before"),
  /** Later period. */
  TO("Kỳ này", "After"),
  /** Change of value. */
  CHANGE("Thay đổi", "Change"),
  /** Change of rank. */
  MOVE("Bậc", "Places"),
  /** Not in the earlier period. */
  NEW("mới", "new"),
  /** Nominal rank. */
  NOMINAL("Hạng gốc", "Nominal rank"),
  /** 5th percentile. */
  Q5("P5", "P5"),
  /** 95th percentile. */
  Q95("P95", "P95"),
  /** Node (indicator, pillar). */
  NODE("Chỉ số", "Indicator"),
  /** Name. */
  NAME("Tên", "Name"),
  /** Period. */
  PERIOD("Kỳ", "Period"),
  /** Method. */
  METHOD("Phương pháp", "Method"),
  /** Report title. */
  REPORT("Báo cáo chỉ số chuyển đổi số", "Digital transformation index report"),
  /** Monte Carlo runs. */
  RUNS("Số lần mô phỏng", "Monte Carlo runs"),
  /** Median over all units. */
  ALL_MEDIAN("trung vị của tất cả đơn vị", "median of all units"),
  /** All units. */
  ALL("Tất cả", "All"),
  /** Points an input can still gain. */
  HEADROOM("Dư địa (điểm)", "Headroom (points)"),
  /** Points of the planned node per point of an input. */
  NODE_PER_POINT("Điểm nút/điểm", "Node points per point"),
  /** Points to add. */
  TO_ADD("Cần thêm", "To add"),
  /** Points of the planned node. */
  NODE_POINTS("Điểm nút", "Node points"),
  /** Identifier. */
  ID("Mã", "Id"),
  /** Administrative level. */
  LEVEL("Cấp", "Level"),
  /** Version. */
  VERSION("Phiên bản", "Version"),
  /** Years a framework applies to. */
  YEARS("Năm áp dụng", "Years"),
  /** Number of nodes. */
  NODES("Số nút", "Nodes"),
  /** Number of components. */
  COMPONENTS("Chỉ số thành phần", "Components"),
  /** Maximum points. */
  MAX_POINTS("Điểm tối đa", "Max points"),
  /** Status. */
  STATUS("Trạng thái", "Status"),
  /** Legal instrument. */
  INSTRUMENT("Văn bản", "Instrument"),
  /** Unknown. */
  UNKNOWN("chưa công bố", "unknown"),
  /** The map section. */
  MAP("Bản đồ", "Map"),
  /** The pillars section. */
  PILLARS("Các trụ cột", "Pillars"),
  /** The main indicators section. */
  INDICATORS("Các chỉ số chính", "Main indicators"),
  /** The data notes section. */
  DATA_NOTES("Ghi chú về dữ liệu", "Data notes"),
  /** The method explanation section. */
  METHOD_EXPLAINED("Cách tính", "How the index is computed"),
  /** An input file. */
  INPUT_FILE("Tệp dữ liệu", "Input file"),
  /** The software that made a report. */
  SOFTWARE("Phần mềm", "Software"),
  /** When a report was made. */
  GENERATED("Thời điểm tạo", "Generated"),
  /** A value that is missing. */
  NO_DATA("không có số liệu", "no data"),
  /** A warning. */
  WARNING("cảnh báo", "warning", "warnings"),
  /** "and N more" after a cut list. */
  MORE("và %d mục khác", "and %d more"),
  /** No warnings. */
  NO_WARNINGS("Lần tính này không có cảnh báo nào: mọi chỉ số đều có số liệu và không có xử lý ngoại lai.",
      "This run raised no warnings: every indicator had data and no outliers were treated."),
  /** Quintile groups: colours of the map and the tables. */
  QUINTILES("Màu theo nhóm ngũ phân vị (mỗi nhóm khoảng 1/5 số đơn vị; màu đậm hơn là giá trị cao hơn)",
      "Colours by quintile group (each group holds about a fifth of the units; darker is higher)"),
  /** The highest group. */
  HIGHEST("cao nhất", "highest"),
  /** The lowest group. */
  LOWEST("thấp nhất", "lowest"),
  /** The decision a framework follows. */
  DECISION("Căn cứ", "Legal basis"),
  /** The tile map of the 63 provinces. */
  TILES_BEFORE("Mỗi ô là một trong %d tỉnh, thành phố trước ngày 1/7/2025, đặt gần vị trí địa lý của nó",
      "Each tile is one of the %d provinces before 1 July 2025, placed near its geographic position"),
  /** The tile map of the 34 provinces. */
  TILES_AFTER("Mỗi ô là một trong %d tỉnh, thành phố từ ngày 1/7/2025, đặt gần vị trí địa lý của nó",
      "Each tile is one of the %d provinces from 1 July 2025, placed near its geographic position"),
  /** Units the province map cannot place. */
  NOT_ON_MAP("Không có trên bản đồ (tên không phải tỉnh, thành phố, hoặc trùng ô với đơn vị khác)",
      "Not on the map (not a province name, or a second name for a province already shown)"),
  /** A main indicator without values. */
  NOT_SCORED("không có giá trị trong lần tính này: chỉ số được thu thập nhưng không tính điểm, hoặc không có số"
      + " liệu", "no value in this run: collected but not scored, or no data"),
  /** A bar chart of one node. */
  CHART_OF("Biểu đồ", "Chart"),
  /** The appraisal section: the self-assessed stage against the council's appraisal. */
  APPRAISAL("Thẩm định", "Appraisal"),
  /** What the appraisal section shows and how its signs read. */
  APPRAISAL_INTRO("Điểm tự đánh giá của từng đơn vị so với điểm sau thẩm định của hội đồng thẩm định. Chênh lệch ="
      + " điểm thẩm định − điểm tự đánh giá (số âm là bị trừ); bị trừ = điểm tự đánh giá − điểm thẩm định (số âm là"
      + " được cộng thêm).", "Each unit's self-assessed points against the points the appraisal council set."
          + " Difference = appraised − self-assessed (negative when points were taken away); lost = self-assessed −"
          + " appraised (negative when points were added)."),
  /** How many units. */
  UNITS("Số đơn vị", "Units"),
  /** Points or values of the self-assessed stage. */
  SELF_ASSESSED("Tự đánh giá", "Self-assessed"),
  /** Points or values of the appraised stage. */
  APPRAISED("Sau thẩm định", "Appraised"),
  /** Points lost in appraisal (self-assessed − appraised). */
  LOST("Bị trừ", "Lost"),
  /** A signed difference, appraised − self-assessed. */
  DIFFERENCE("Chênh lệch", "Difference"),
  /** The components in which a unit lost most points. */
  MOST_LOST("Chỉ số thành phần bị trừ nhiều nhất", "Components that lost most"),
  /** The unit-by-unit part of the appraisal section. */
  BY_UNIT("Theo đơn vị", "By unit"),
  /** The component-by-component part of the appraisal section. */
  BY_COMPONENT("Chỉ số thành phần bị trừ nhiều điểm nhất", "Components that lost most points"),
  /** A component (the lowest level of a framework, scored from the data). */
  COMPONENT("Chỉ số thành phần", "Component"),
  /** How many units lost points on a component. */
  UNITS_LOSING("Số đơn vị bị trừ", "Units that lost points"),
  /** Points lost, summed. */
  TOTAL_LOST("Tổng điểm bị trừ", "Total points lost"),
  /** Points gained, summed. */
  TOTAL_GAINED("Tổng điểm được cộng", "Total points gained"),
  /** Unit and component pairs whose points both stages computed. */
  COMPONENTS_COMPARED("Lượt chỉ số thành phần được so sánh (đơn vị × chỉ số)",
      "Component scores compared (unit × component)"),
  /** Unit and component pairs whose points the appraisal changed. */
  COMPONENTS_CHANGED("Lượt chỉ số thành phần thay đổi điểm", "Component scores changed"),
  /** Lowered by the appraisal. */
  LOWERED("giảm", "lowered"),
  /** Raised by the appraisal. */
  RAISED("tăng", "raised"),
  /** The index's change over all units. */
  NET_CHANGE("Chênh lệch tổng điểm chỉ số, cộng mọi đơn vị", "Net change of the index over all units"),
  /** Units the self-assessment does not have. */
  NOT_SELF_ASSESSED("Đơn vị không có trong tự đánh giá", "Units missing from the self-assessment"),
  /** No component lost points. */
  NO_LOSS("Không có chỉ số thành phần nào bị trừ điểm.", "No component lost points."),
  /** The bar chart of the appraisal's change by unit. */
  APPRAISAL_CHART("Chênh lệch điểm theo đơn vị (thẩm định − tự đánh giá)",
      "Change of points by unit (appraised − self-assessed)"),
  /** The changed components of each unit, with both stages' evidence. */
  CHANGES_BY_UNIT("Các chỉ số thành phần thay đổi điểm của từng đơn vị, kèm tài liệu kiểm chứng",
      "Each unit's changed components, with the evidence"),
  /** The self-assessment's evidence (tài liệu kiểm chứng) and note. */
  SELF_EVIDENCE("Kiểm chứng, ghi chú khi tự đánh giá", "Self-assessment evidence and note"),
  /** The appraisal council's evidence and note. */
  APPRAISED_EVIDENCE("Kiểm chứng, ghi chú khi thẩm định", "Appraisal evidence and note"),
  /** A note on a value (ghi chú). */
  NOTE("Ghi chú", "Note");

  private final String vi;
  private final String en;
  private final String enPlural;

  Label(String vi, String en) {
    this(vi, en, en + "s");
  }

  Label(String vi, String en, String enPlural) {
    this.vi = vi;
    this.en = en;
    this.enPlural = enPlural;
  }

  /**
   * This label in a language.
   *
   * @param language the language, not null
   * @return the text, not null
   */
  public String in(Language language) {
    return Objects.requireNonNull(language, "language") == Language.VI ? vi : en;
  }

  /**
   * A count with this label as its noun, plural as the language wants: English "1 unit", "63 units"; Vietnamese nouns
   * do not change ("1 đơn vị", "63 đơn vị"). The noun is written in lower case.
   *
   * @param language the language, not null
   * @param n the count
   * @return the text, not null
   */
  public String count(Language language, long n) {
    String word = Objects.requireNonNull(language, "language") == Language.VI ? vi : n == 1 ? en : enPlural;
    return n + " " + word.toLowerCase(Locale.ROOT);
  }

  /**
   * This label with its one {@code %d} filled in ({@link #MORE}, {@link #TILES_BEFORE}, {@link #TILES_AFTER}).
   *
   * @param language the language, not null
   * @param n the number
   * @return the text, not null
   */
  public String format(Language language, long n) {
    return String.format(Locale.ROOT, in(language), n);
  }
}
