package org.opendti.io.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.opendti.Framework;
import org.opendti.Language;
import org.opendti.NodeKind;
import org.opendti.method.Method;
import org.opendti.method.RankBasis;
import org.opendti.method.TiesStrategy;

/**
 * The method of a run in plain words, in Vietnamese or English: one paragraph per step (points or normalisation,
 * missing values, outliers, aggregation and weights, rounding and ranks), built from the ids the {@link Method}
 * carries. A choice this class has no words for is named by its id, never guessed.
 */
final class MethodText {
  private MethodText() {}

  /** One step: a short heading and its explanation. */
  record Step(String heading, String text) {}

  static List<Step> steps(Framework f, Method m, Language lang) {
    boolean vi = lang == Language.VI;
    List<Step> steps = new ArrayList<>();
    String instrument = decision(f, vi);
    String normaliser = m.normaliser().id();
    OptionalDouble rootMax = f.maxPoints(f.root().code());
    if (normaliser.equals("fraction-of-max")) {
      steps.add(new Step(vi ? "Chấm điểm" : "Points", vi
          ? "Mỗi chỉ số được chấm điểm theo " + instrument + ", tối đa bằng số điểm văn bản quy định. Giá trị của chỉ"
              + " số là số điểm đạt được chia cho điểm tối đa, nên luôn nằm trong khoảng từ 0 đến 1."
          : "Each indicator is scored in points as set by " + instrument + ", up to the maximum points it sets. An"
              + " indicator's value is the points obtained divided by its maximum points, so it lies between 0 and"
              + " 1."));
    } else {
      String follows = f.instrument().isEmpty() ? "" : vi ? "Khung chỉ số theo " + instrument + ". "
          : "The framework follows " + instrument + ". ";
      steps.add(new Step(vi ? "Chuẩn hoá" : "Normalisation", follows + (vi
          ? "Trước khi gộp, mỗi chỉ số được đưa về cùng thang đo: "
          : "Before aggregation, each indicator is put on a common scale: ") + normaliser(normaliser, vi)));
    }
    steps.add(new Step(vi ? "Dữ liệu thiếu" : "Missing data", missing(m.missing().id(), vi)));
    if (!m.outliers().id().equals("none")) {
      steps.add(new Step(vi ? "Giá trị ngoại lai" : "Outliers", outliers(m.outliers().id(), vi)));
    }
    String aggregator = m.aggregator().id();
    // Decision 922: the pillars are computed beside the index from shared main indicators (methodology §3)
    boolean shared = f.nodes().stream().anyMatch(n -> n.kind() == NodeKind.PILLAR && n.parents().isEmpty());
    String weighting = m.weighting().id();
    if (aggregator.equals("arithmetic") && weighting.equals("official") && normaliser.equals("fraction-of-max")) {
      String total = rootMax.isPresent() ? Language.EN.number(rootMax.getAsDouble(), 0) : "";
      steps.add(new Step(vi ? "Tổng hợp" : "Aggregation", vi
          ? "Điểm của chỉ số chính, của trụ cột và của toàn bộ chỉ số là tổng điểm các chỉ số bên dưới; giá trị là"
              + " tổng điểm đó chia cho tổng điểm tối đa (tức là trung bình cộng có trọng số, trọng số là điểm tối"
              + " đa)." + (total.isEmpty() ? "" : " " + lang.name(f.root()) + " = tổng điểm / " + total + ".")
              + (shared ? " Các trụ cột dùng chung nhóm chỉ số nền tảng, nên chỉ số DTI không phải là trung bình của"
              + " các trụ cột." : "")
          : "The points of a main indicator, of a pillar and of the whole index are the sums of the points below"
              + " them; the value is that sum divided by the sum of the maximum points (a weighted arithmetic mean,"
              + " weighted by maximum points)." + (total.isEmpty() ? "" : " " + lang.name(f.root()) + " = total points / "
              + total + ".") + (shared ? " The pillars share the foundation indicators, so the DTI is not the mean of the"
              + " pillars." : "")));
    } else {
      steps.add(new Step(vi ? "Tổng hợp và trọng số" : "Aggregation and weights", (vi
          ? "Mỗi nhóm được tính từ các chỉ số bên dưới bằng " : "Each aggregate is computed from the indicators below"
              + " it by ") + aggregator(aggregator, vi) + (vi ? ", với trọng số " : ", with weights ")
          + weighting(weighting, vi) + "."));
    }
    String ties = ties(m.ties(), vi);
    String basis = m.rankBasis() == RankBasis.ROUNDED
        ? (vi ? "giá trị đã làm tròn" : "the rounded values") : (vi ? "giá trị chưa làm tròn" : "the unrounded values");
    steps.add(new Step(vi ? "Làm tròn và xếp hạng" : "Rounding and ranks", vi
        ? "Giá trị được làm tròn một lần ở cuối, " + m.decimals() + " chữ số thập phân (từ 5 trở lên làm tròn lên)."
            + " Đơn vị có giá trị cao hơn xếp hạng cao hơn; hạng được tính từ " + basis + ". " + ties
        : "Values are rounded once, at the end, to " + m.decimals() + " decimals (half up). A higher value ranks"
            + " higher; ranks are computed from " + basis + ". " + ties));
    if (!(m.normaliserByNode().isEmpty() && m.aggregatorByNode().isEmpty() && m.aggregatorByLevel().isEmpty()
        && m.weightingByNode().isEmpty() && m.missingByNode().isEmpty())) {
      steps.add(new Step(vi ? "Thiết lập riêng" : "Per-node settings", vi
          ? "Một số chỉ số có thiết lập riêng, khác với các lựa chọn trên (xem mô tả kỹ thuật ở đầu báo cáo)."
          : "Some nodes have settings of their own that differ from the above (see the technical line at the top)."));
    }
    return steps;
  }

  /**
   * The decision a framework follows, as a sentence can name it: {@link Framework#instrument()} up to its first ';'
   * (the rest counts components), with "Decision" written "Quyết định" in Vietnamese.
   */
  static String decision(Framework f, boolean vi) {
    if (f.instrument().isEmpty()) {
      return vi ? "văn bản chưa được ghi trong khung chỉ số" : "an instrument the framework does not name";
    }
    String s = f.instrument().get();
    int semicolon = s.indexOf(';');
    s = (semicolon < 0 ? s : s.substring(0, semicolon)).strip();
    return vi && s.startsWith("Decision ") ? "Quyết định " + s.substring("Decision ".length()) : s;
  }

  private static String head(String id) {
    int colon = id.indexOf(':');
    return (colon < 0 ? id : id.substring(0, colon)).toLowerCase(Locale.ROOT);
  }

  private static String unknown(String id, boolean vi) {
    return vi ? "phương pháp '" + id + "' (do người dùng định nghĩa)" : "method '" + id + "' (user-defined)";
  }

  private static String normaliser(String id, boolean vi) {
    return switch (head(id)) {
      case "none" -> vi ? "giữ nguyên giá trị." : "values are used as they are.";
      case "min-max" -> {
        String[] range = id.contains(":") ? id.substring(id.indexOf(':') + 1).split(",", -1) : new String[] {"0", "1"};
        String lo = range.length == 2 ? range[0] : "?";
        String hi = range.length == 2 ? range[1] : "?";
        yield vi ? "min-max: đơn vị thấp nhất nhận " + lo + ", cao nhất nhận " + hi + ", còn lại theo tỷ lệ (" + id
            + ")." : "min-max: the lowest unit gets " + lo + ", the highest " + hi + ", the others in proportion ("
            + id + ").";
      }
      case "z-score" -> vi ? "điểm chuẩn z: khoảng cách tới trung bình, tính bằng số độ lệch chuẩn (" + id + ")."
          : "z-scores: the distance from the mean in standard deviations (" + id + ").";
      case "rank" -> vi ? "thứ hạng của đơn vị." : "each unit's rank.";
      case "percentile-rank" -> vi ? "thứ hạng phần trăm (tỷ lệ đơn vị đứng sau)."
          : "percentile ranks (the share of units below).";
      case "borda" -> vi ? "điểm Borda (số đơn vị đứng sau)." : "Borda scores (the number of units below).";
      case "goalposts" -> vi ? "khoảng cách giữa hai mốc cố định (" + id + ")."
          : "the position between two fixed goalposts (" + id + ").";
      case "distance-to-max" -> vi ? "tỷ lệ so với đơn vị cao nhất." : "the fraction of the best unit's value.";
      case "distance-to-target" -> vi ? "tỷ lệ so với mục tiêu của chỉ số." : "the fraction of the indicator's target.";
      case "distance-to-reference" -> vi ? "tỷ lệ so với đơn vị tham chiếu." : "the fraction of a reference unit's value.";
      default -> unknown(id, vi) + ".";
    };
  }

  private static String missing(String id, boolean vi) {
    return switch (head(id)) {
      case "zero" -> vi ? "Chỉ số không có số liệu được tính 0 điểm, như các quyết định DTI chấm chỉ số không có minh"
          + " chứng." : "An indicator without data scores 0 points, as the DTI decisions score an indicator without"
          + " evidence.";
      case "skip" -> vi ? "Chỉ số không có số liệu được bỏ qua; trọng số được chia lại cho các chỉ số còn lại."
          : "An indicator without data is left out; its weight is shared among the others.";
      case "fail" -> vi ? "Không chấp nhận dữ liệu thiếu." : "Missing data are refused.";
      case "mean" -> vi ? "Giá trị thiếu được thay bằng trung bình của các đơn vị khác."
          : "A missing value is replaced by the mean of the other units.";
      case "median" -> vi ? "Giá trị thiếu được thay bằng trung vị của các đơn vị khác."
          : "A missing value is replaced by the median of the other units.";
      case "group-mean" -> vi ? "Giá trị thiếu được thay bằng trung bình của nhóm xếp hạng."
          : "A missing value is replaced by the mean of the unit's ranking group.";
      case "previous-period" -> vi ? "Giá trị thiếu được thay bằng giá trị của kỳ trước."
          : "A missing value is replaced by the unit's value in the previous period.";
      case "interpolate" -> vi ? "Giá trị thiếu được nội suy tuyến tính giữa các kỳ."
          : "A missing value is interpolated linearly between periods.";
      default -> (vi ? "Giá trị thiếu được xử lý theo " : "Missing values are treated by ") + unknown(id, vi) + ".";
    };
  }

  private static String outliers(String id, boolean vi) {
    return head(id).equals("winsorise")
        ? (vi ? "Chỉ số có phân bố quá lệch được xử lý như COINr: các giá trị cực đoan được kéo về gần nhóm chính"
            + " (winsorise), hoặc lấy logarit." : "Indicators with a strongly skewed distribution are treated as in"
            + " COINr: extreme values are pulled in (winsorised), or the indicator is log-transformed.")
        : (vi ? "Giá trị ngoại lai được xử lý theo " : "Outliers are treated by ") + unknown(id, vi) + ".";
  }

  private static String aggregator(String id, boolean vi) {
    return switch (head(id)) {
      case "arithmetic" -> vi ? "trung bình cộng có trọng số" : "a weighted arithmetic mean";
      case "geometric" -> vi ? "trung bình nhân có trọng số (điểm yếu khó bù bằng điểm mạnh)"
          : "a weighted geometric mean (a weak indicator is hard to make up for)";
      case "harmonic" -> vi ? "trung bình điều hoà có trọng số" : "a weighted harmonic mean";
      case "power" -> vi ? "trung bình luỹ thừa (" + id + ")" : "a generalised (power) mean (" + id + ")";
      case "copeland" -> vi ? "phương pháp Copeland (so sánh từng cặp đơn vị)"
          : "the Copeland method (pairwise comparisons of units)";
      default -> unknown(id, vi);
    };
  }

  private static String weighting(String id, boolean vi) {
    return switch (head(id)) {
      case "official" -> vi ? "của khung chỉ số (điểm tối đa hoặc trọng số đã công bố)"
          : "from the framework (maximum points or published weights)";
      case "equal" -> vi ? "bằng nhau" : "all equal";
      case "entropy" -> vi ? "theo entropy của dữ liệu" : "from the data's entropy";
      case "critic" -> vi ? "theo phương pháp CRITIC" : "by the CRITIC method";
      case "pca" -> vi ? "theo phân tích thành phần chính (PCA)" : "from a principal component analysis";
      case "ahp" -> vi ? "theo phân tích thứ bậc (AHP)" : "from an analytic hierarchy process (AHP)";
      case "balance", "infomax" -> vi ? "được tối ưu hoá từ dữ liệu (" + id + ")" : "optimised on the data (" + id + ")";
      case "fixed" -> vi ? "cố định do người dùng đặt" : "fixed by the user";
      default -> unknown(id, vi);
    };
  }

  private static String ties(TiesStrategy ties, boolean vi) {
    return switch (ties) {
      case MINIMUM -> vi ? "Các đơn vị bằng điểm nhau đồng hạng và hạng kế tiếp bị bỏ qua (hai đơn vị hạng 15 thì"
          + " đơn vị sau xếp hạng 17)." : "Units with equal values share a rank and the next rank is skipped (two"
          + " units at 15, the next at 17).";
      case AVERAGE -> vi ? "Các đơn vị bằng điểm nhau nhận hạng trung bình (hai đơn vị ở hạng 15 và 16 đều nhận"
          + " 15,5)." : "Units with equal values get the average of their ranks (two units at 15 and 16 both get"
          + " 15.5).";
      case SEQUENTIAL -> vi ? "Các đơn vị bằng điểm nhau nhận các hạng liên tiếp theo thứ tự trong dữ liệu."
          : "Units with equal values get consecutive ranks in the order of the data.";
    };
  }
}
