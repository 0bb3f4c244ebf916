package vn.chibo.standalone.demo;

import vn.chibo.events.meeting.AgendaItemKind;
import vn.chibo.events.organisation.CellType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** What the demo's minutes say: the Vietnamese texts a cell of Lục Ngạn would write, picked at random. */
final class DemoTexts {

    static final List<String> ABSENCE_REASONS = List.of("Ốm, có đơn xin phép", "Đi làm ăn xa", "Việc gia đình",
            "Đi công tác", "Chăm người nhà ốm tại bệnh viện", "Thu hoạch vải, đã báo bí thư");

    static final List<String> NOT_DONE_REASONS = List.of("Chưa bố trí được kinh phí", "Mưa kéo dài, không thi công được",
            "Người được giao đi làm ăn xa", "Chờ ý kiến chỉ đạo của Đảng ủy xã", "Nhân dân chưa đồng thuận");

    static final List<String> MONITORS = List.of("Hoàng Văn Thắng", "Nguyễn Thị Lan", "Giáp Văn Hùng", "Thân Đức Minh",
            "Lê Thị Hằng");

    private static final Map<CellType, List<String>> TASKS = Map.of(
            CellType.VILLAGE, List.of("Vận động nhân dân làm đường bê tông nội thôn",
                    "Đôn đốc thu đảng phí và quỹ khuyến học", "Tuyên truyền phòng chống dịch tả lợn châu Phi",
                    "Hướng dẫn hộ trồng vải áp dụng quy trình VietGAP", "Rà soát hộ nghèo, hộ cận nghèo",
                    "Vận động thanh niên sẵn sàng nhập ngũ", "Tổ chức vệ sinh môi trường khu dân cư",
                    "Hòa giải tranh chấp đất vườn giữa hai hộ", "Bồi dưỡng quần chúng ưu tú làm hồ sơ kết nạp Đảng",
                    "Vận động hộ dân đóng bảo hiểm y tế"),
            CellType.SCHOOL, List.of("Hoàn thành kế hoạch dạy học bù", "Bồi dưỡng học sinh giỏi cấp huyện",
                    "Tổ chức chuyên đề đổi mới phương pháp dạy học", "Vận động học sinh có hoàn cảnh khó khăn đến lớp",
                    "Kiểm tra hồ sơ chuyên môn của giáo viên", "Giới thiệu giáo viên trẻ cho Đảng xem xét kết nạp"),
            CellType.HEALTH_STATION, List.of("Tiêm chủng mở rộng cho trẻ dưới 5 tuổi", "Khám sức khỏe người cao tuổi",
                    "Tuyên truyền phòng chống sốt xuất huyết", "Cập nhật hồ sơ sức khỏe điện tử"),
            CellType.COMMUNE_POLICE, List.of("Tuần tra bảo đảm an ninh trật tự mùa vải", "Cấp căn cước cho người dân",
                    "Tuyên truyền phòng chống lừa đảo trên mạng", "Kiểm tra an toàn phòng cháy chữa cháy"),
            CellType.OTHER, List.of("Ký hợp đồng tiêu thụ vải với doanh nghiệp", "Cung ứng vật tư phân bón cho xã viên",
                    "Quyết toán tài chính quý", "Mở lớp tập huấn kỹ thuật cho xã viên"));

    private static final Map<CellType, List<String>> THEMES = Map.of(
            CellType.VILLAGE, List.of("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về dân vận",
                    "Phát triển kinh tế vườn đồi gắn với vải thiều Lục Ngạn", "Xây dựng nông thôn mới kiểu mẫu",
                    "Nâng cao chất lượng sinh hoạt chi bộ", "Chuyển đổi số trong sản xuất và tiêu thụ nông sản",
                    "Giữ gìn an ninh trật tự ở khu dân cư"),
            CellType.SCHOOL, List.of("Nâng cao chất lượng giáo dục toàn diện", "Đổi mới phương pháp dạy học",
                    "Xây dựng trường học thân thiện", "Nêu gương nhà giáo", "Ứng dụng công nghệ thông tin trong dạy học"),
            CellType.HEALTH_STATION, List.of("Y đức và tinh thần phục vụ nhân dân", "Chăm sóc sức khỏe ban đầu",
                    "Phòng chống dịch bệnh", "Chuyển đổi số trong khám chữa bệnh"),
            CellType.COMMUNE_POLICE, List.of("Công an xã vì nhân dân phục vụ", "Phòng chống tội phạm ma túy",
                    "Xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc", "Điều lệnh và văn hóa ứng xử"),
            CellType.OTHER, List.of("Phát triển kinh tế tập thể", "Liên kết tiêu thụ nông sản",
                    "Nâng cao thu nhập cho xã viên", "Quản lý tài chính minh bạch"));

    private static final Map<AgendaItemKind, List<String>> SUMMARIES = Map.of(
            AgendaItemKind.NEWS, List.of("Thông tin thời sự trong nước, của tỉnh và huyện trong tháng",
                    "Thông báo kết quả hội nghị Ban Chấp hành Đảng bộ xã", "Tình hình thời tiết, giá vải và mùa vụ"),
            AgendaItemKind.IDEOLOGY, List.of("Đảng viên và nhân dân yên tâm sản xuất, tin tưởng vào sự lãnh đạo của Đảng",
                    "Một số hộ băn khoăn về giá vải và đầu ra nông sản", "Nhân dân đồng tình với chủ trương làm đường"),
            AgendaItemKind.PARTY_BUILDING, List.of("Thu đảng phí, bồi dưỡng quần chúng ưu tú",
                    "Phân công đảng viên phụ trách hộ gia đình", "Chuẩn bị kiểm điểm, đánh giá chất lượng đảng viên"),
            AgendaItemKind.CRITICISM_AND_SELF_CRITICISM, List.of("Đảng viên tự phê bình việc thực hiện nhiệm vụ được giao",
                    "Góp ý đảng viên đi họp muộn", "Kiểm điểm việc giữ mối liên hệ với nơi cư trú"),
            AgendaItemKind.HO_CHI_MINH_STUDY, List.of("Học tập tấm gương cần, kiệm, liêm, chính của Bác",
                    "Làm theo lời Bác về dân vận khéo", "Đăng ký việc làm theo gương Bác trong tháng"));

    private static final List<String> GISTS = List.of("Đề nghị phân công cụ thể người phụ trách từng việc",
            "Nhất trí với dự thảo, đề nghị bổ sung thời hạn hoàn thành", "Xin nhận nhiệm vụ vận động các hộ ở xóm",
            "Đề nghị chi bộ quan tâm hơn đến đảng viên cao tuổi", "Phản ánh ý kiến của nhân dân về đường điện",
            "Tự nhận khuyết điểm chưa hoàn thành nhiệm vụ, hứa khắc phục",
            "Đề nghị tổ chức tham quan mô hình kinh tế giỏi", "Góp ý phải có số liệu cụ thể trong báo cáo");

    private DemoTexts() {
    }

    static String task(CellType type, Random random) {
        return pick(TASKS.get(type == CellType.AGENCY || type == CellType.ENTERPRISE ? CellType.OTHER : type), random);
    }

    /** Four titles, one per quarter, all different. */
    static List<String> themes(CellType type, Random random) {
        var titles = new ArrayList<>(THEMES.getOrDefault(type, THEMES.get(CellType.OTHER)));
        Collections.shuffle(titles, random);
        return titles.subList(0, 4);
    }

    static String summary(AgendaItemKind kind, Random random) {
        return pick(SUMMARIES.get(kind), random);
    }

    static String gist(Random random) {
        return pick(GISTS, random);
    }

    static String pick(List<String> texts, Random random) {
        return texts.get(random.nextInt(texts.size()));
    }
}
