package org.opendti;

import java.util.ArrayList;
import java.util.List;

/**
 * The sub-provincial worked example of {@link Frameworks#exampleSubProvincial()}: its rows in the table layout of
 * provincial decisions (STT, name, maximum points, how points are given, evidence, data source, scoring rule). The
 * module {@code dti-io} ships the same rows as the editable file
 * {@code org/opendti/io/frameworks/example-subprovincial.csv}, and a test there reads that file back equal to this
 * definition.
 */
final class SubProvincialExample {
  static final String ID = "example-subprovincial";
  private static final String NAME_VI = "Bộ chỉ số DTI sở, ngành, địa phương (ví dụ, không phải văn bản chính thức)";
  private static final String NAME_EN = "Department and district DTI (worked example, not an official document)";

  /** STT, name, maximum points, description, evidence, data source, rule; an STT without a dot is a main indicator. */
  private static final String[][] ROWS = {
      {"1", "Nhận thức số", "150", "", "", "", ""},
      {"1.1", "Trưởng Ban chỉ đạo chuyển đổi số của cơ quan", "30",
          "Người đứng đầu làm Trưởng ban: 30 điểm; cấp phó làm Trưởng ban: 15 điểm; chưa thành lập: 0 điểm",
          "Quyết định thành lập Ban chỉ đạo", "Báo cáo của đơn vị",
          "categorical: Người đứng đầu=1; Cấp phó=0.5; Chưa thành lập=0"},
      {"1.2", "Số cuộc họp của Ban chỉ đạo trong năm", "40",
          "Từ 4 cuộc trở lên: 40 điểm; 3 cuộc: 30 điểm; 2 cuộc: 20 điểm; 1 cuộc: 10 điểm; không họp: 0 điểm",
          "Thông báo kết luận các cuộc họp", "Báo cáo của đơn vị", "thresholds: 4=40; 3=30; 2=20; 1=10"},
      {"1.3", "Ban hành kế hoạch chuyển đổi số năm", "30", "Đã ban hành: 30 điểm; chưa ban hành: 0 điểm",
          "Kế hoạch đã ban hành", "Báo cáo của đơn vị", "binary"},
      {"1.4", "Tỷ lệ cán bộ, công chức được phổ biến về chuyển đổi số", "50", "Điểm = tỷ lệ × 50",
          "Danh sách tham dự", "Báo cáo của đơn vị", "ratio"},
      {"2", "Thể chế số", "100", "", "", "", ""},
      {"2.1", "Ban hành quy chế quản lý, khai thác dữ liệu", "50", "Đã ban hành: 50 điểm", "Quy chế đã ban hành",
          "Báo cáo của đơn vị", "binary"},
      {"2.2", "Tỷ lệ kinh phí chi cho chuyển đổi số so với mục tiêu", "50",
          "Đạt hoặc vượt mục tiêu 100%: 50 điểm; chưa đạt: điểm theo tỷ lệ", "Báo cáo quyết toán", "Sở Tài chính",
          "target: 100"},
      {"3", "Hạ tầng số", "150", "", "", "", ""},
      {"3.1", "Tỷ lệ cán bộ, công chức được trang bị máy tính", "50", "Điểm = tỷ lệ × 50", "Danh mục thiết bị",
          "Báo cáo của đơn vị", "ratio"},
      {"3.2", "Kết nối mạng truyền số liệu chuyên dùng", "50", "Đã kết nối: 50 điểm", "Biên bản kết nối",
          "Đo lường tự động", "binary"},
      {"3.3", "Hệ thống thông tin đã chuyển đổi sang IPv6", "50", "Điểm = tỷ lệ hệ thống đã chuyển đổi × 50",
          "Kết quả kiểm tra", "Đo lường tự động", "ratio"},
      {"4", "Nhân lực số", "100", "", "", "", ""},
      {"4.1", "Có cán bộ chuyên trách công nghệ thông tin", "40", "Có: 40 điểm", "Quyết định phân công",
          "Báo cáo của đơn vị", "binary"},
      {"4.2", "Tỷ lệ cán bộ, công chức được bồi dưỡng kỹ năng số", "60", "Điểm = tỷ lệ × 60",
          "Chứng nhận hoàn thành", "Báo cáo của đơn vị", "ratio"},
      {"5", "An toàn thông tin mạng", "150", "", "", "", ""},
      {"5.1", "Tỷ lệ hệ thống thông tin được phê duyệt cấp độ", "75", "Điểm = tỷ lệ × 75",
          "Quyết định phê duyệt cấp độ", "Báo cáo của đơn vị", "ratio"},
      {"5.2", "Kết nối với hệ thống giám sát an toàn thông tin (SOC) của tỉnh", "75", "Đã kết nối: 75 điểm",
          "Xác nhận của đơn vị vận hành SOC", "Đo lường tự động", "binary"},
      {"6", "Hoạt động chính quyền số", "350", "", "", "", ""},
      {"6.1", "Tỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến toàn trình", "100", "Điểm = tỷ lệ × 100",
          "Số liệu Hệ thống thông tin giải quyết TTHC", "Đo lường tự động", "ratio"},
      {"6.2", "Tỷ lệ hồ sơ giải quyết đúng hạn", "100", "Đạt mục tiêu 98%: 100 điểm; chưa đạt: điểm theo tỷ lệ",
          "Số liệu Hệ thống thông tin giải quyết TTHC", "Đo lường tự động", "target: 98"},
      {"6.3", "Tỷ lệ văn bản đi được ký số", "75", "Điểm = tỷ lệ × 75", "Số liệu hệ thống quản lý văn bản",
          "Đo lường tự động", "ratio"},
      {"6.4", "Mức độ hài lòng của người dân, doanh nghiệp", "75",
          "Đạt mục tiêu 90%: 75 điểm; chưa đạt: điểm theo tỷ lệ", "Kết quả khảo sát", "Khảo sát", "target: 90"},
  };

  private SubProvincialExample() {}

  static Framework build() {
    List<Node> nodes = new ArrayList<>();
    nodes.add(Node.builder().code("dti").nameVi(NAME_VI).kind(NodeKind.INDEX).build());
    for (String[] row : ROWS) {
      String stt = row[0];
      boolean main = stt.indexOf('.') < 0;
      Node.Builder n = Node.builder().code(stt).nameVi(row[1])
          .kind(main ? NodeKind.MAIN_INDICATOR : NodeKind.COMPONENT)
          .addParent(main ? "dti" : stt.substring(0, stt.lastIndexOf('.')))
          .maxPoints(Double.parseDouble(row[2]));
      if (!row[3].isEmpty()) {
        n.description(row[3]);
      }
      if (!row[4].isEmpty()) {
        n.evidence(row[4]);
      }
      if (!row[5].isEmpty()) {
        n.dataSource(row[5]);
      }
      if (!row[6].isEmpty()) {
        n.scoringRule(ScoringRule.parse(row[6]));
      }
      nodes.add(n.build());
    }
    return Framework.builder().id(ID).version("example").nameVi(NAME_VI).nameEn(NAME_EN).addAllNodes(nodes)
        .unitKind(UnitKind.DEPARTMENT).status(FrameworkStatus.EXAMPLE).appliesTo("example").build();
  }
}
