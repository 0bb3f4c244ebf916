package vn.chibo.report.periodic;

import vn.chibo.events.indicator.IndicatorContract.IndicatorFigures;
import vn.chibo.events.indicator.IndicatorContract.RateFigure;
import vn.chibo.events.indicator.Period;
import vn.chibo.events.report.ReportType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What each report type shows: its summary line and which of query-service's figures go in its
 * tables. Only chooses and labels figures; every value is query-service's, read as it was given.
 * A change here changes the documents: raise {@link #TEMPLATE_VERSION} with it.
 */
public final class ReportLayout {

    /** The version of the layout and of the renderers; stored with every generated report. */
    public static final String TEMPLATE_VERSION = "2";

    private static final List<Row> MONTHLY = List.of(
            Row.cells(), Row.count("CELLS_MET", "Số chi bộ đã sinh hoạt (lượt chi bộ – tháng)"),
            Row.rate("CELLS_MEETING", "Tỷ lệ chi bộ sinh hoạt định kỳ"),
            Row.count("MEETINGS_HELD", "Số buổi sinh hoạt đã tổ chức"),
            Row.count("REGULAR_MEETINGS_HELD", "– trong đó sinh hoạt thường kỳ"),
            Row.count("THEMATIC_MEETINGS_HELD", "– trong đó sinh hoạt chuyên đề"),
            Row.count("MEETINGS_AT_MINIMUM_LENGTH", "Số buổi đủ thời lượng tối thiểu"),
            Row.rate("MINIMUM_LENGTH", "Tỷ lệ buổi sinh hoạt đủ thời lượng"),
            Row.count("MEMBERS_EXPECTED", "Lượt đảng viên phải dự"),
            Row.count("MEMBERS_PRESENT", "Lượt đảng viên có mặt"),
            Row.count("ABSENT_WITH_REASON", "Lượt vắng có lý do"),
            Row.count("ABSENT_WITHOUT_REASON", "Lượt vắng không lý do"),
            Row.rate("ATTENDANCE", "Tỷ lệ đảng viên dự sinh hoạt"),
            Row.rate("NOTICE_ON_TIME", "Tỷ lệ thông báo, gửi tài liệu đúng hạn"),
            Row.count("MEETINGS_WITH_SUPERIOR_ATTENDANCE", "Số buổi có cấp ủy viên cấp trên dự"));

    private static final List<Row> QUARTERLY = concat(MONTHLY, List.of(
            Row.rate("THEMATIC_PER_QUARTER", "Tỷ lệ chi bộ sinh hoạt chuyên đề theo quý"),
            Row.count("SPEAKERS", "Lượt đảng viên phát biểu"),
            Row.rate("SPEAKING", "Tỷ lệ đảng viên phát biểu"),
            Row.count("RESOLUTIONS_ADOPTED", "Số nghị quyết, kết luận được thông qua"),
            Row.count("TASKS_ASSIGNED", "Số nhiệm vụ được giao")));

    private static final List<Row> SIX_MONTHS = concat(QUARTERLY, List.of(
            Row.count("TASKS_COMPLETED", "Số nhiệm vụ được báo hoàn thành"),
            Row.count("TASKS_DONE", "Số nhiệm vụ được đánh giá đã thực hiện"),
            Row.count("TASKS_NOT_DONE", "Số nhiệm vụ chưa thực hiện"),
            Row.count("TASKS_CARRIED_OVER", "Số nhiệm vụ chuyển kỳ sau"),
            Row.count("TASKS_OVERDUE", "Số nhiệm vụ quá hạn"),
            Row.rate("TASKS_DONE", "Tỷ lệ nhiệm vụ hoàn thành"),
            Row.count("PETITIONS_RAISED", "Số ý kiến, kiến nghị"),
            Row.count("PETITIONS_ANSWERED", "Số ý kiến, kiến nghị đã được trả lời"),
            Row.rate("PETITIONS_ANSWERED", "Tỷ lệ kiến nghị được trả lời")));

    private static final List<Row> QUALITY = List.of(
            Row.count("RATED_GOOD", "Số buổi sinh hoạt xếp loại Tốt"),
            Row.count("RATED_FAIR", "Số buổi sinh hoạt xếp loại Khá"),
            Row.count("RATED_AVERAGE", "Số buổi sinh hoạt xếp loại Trung bình"),
            Row.count("RATED_POOR", "Số buổi sinh hoạt xếp loại Kém"));

    private static final List<Row> ANNUAL = concat(SIX_MONTHS, QUALITY);

    /** The levels of a cell's year, best first, as printed. */
    public static final Map<String, String> YEAR_LEVELS = orderedLevels();

    private ReportLayout() {
    }

    private static Map<String, String> orderedLevels() {
        Map<String, String> levels = new LinkedHashMap<>();
        levels.put("GOOD", "Tốt");
        levels.put("FAIR", "Khá");
        levels.put("AVERAGE", "Trung bình");
        levels.put("POOR", "Kém");
        return Collections.unmodifiableMap(levels);
    }

    /** The heading of the annual review's classification of the cells. */
    public static String yearQualityHeading(int year) {
        return "PHÂN LOẠI CHẤT LƯỢNG SINH HOẠT CHI BỘ NĂM " + year;
    }

    /** The rows of the issuer's own table. */
    public static List<Row> rows(ReportType type) {
        return switch (type) {
            case MONTHLY_COMPLIANCE -> MONTHLY;
            case QUARTERLY_MEETINGS -> QUARTERLY;
            case SIX_MONTH_REVIEW -> SIX_MONTHS;
            case ANNUAL_REVIEW -> ANNUAL;
        };
    }

    /** The columns of the table of units directly below: a few key figures, to fit a printed page. */
    public static List<Row> unitColumns(ReportType type) {
        List<Row> common = List.of(Row.cells(), Row.rate("CELLS_MEETING", "Chi bộ sinh hoạt"),
                Row.count("MEETINGS_HELD", "Số buổi"), Row.rate("ATTENDANCE", "Dự họp"));
        return switch (type) {
            case MONTHLY_COMPLIANCE -> concat(common, List.of(Row.rate("MINIMUM_LENGTH", "Đủ thời lượng")));
            case QUARTERLY_MEETINGS -> concat(common, List.of(Row.count("THEMATIC_MEETINGS_HELD", "Chuyên đề"),
                    Row.count("RESOLUTIONS_ADOPTED", "Nghị quyết")));
            case SIX_MONTH_REVIEW -> concat(common, List.of(Row.rate("THEMATIC_PER_QUARTER", "Chuyên đề"),
                    Row.rate("TASKS_DONE", "Nhiệm vụ hoàn thành")));
            case ANNUAL_REVIEW -> concat(common, List.of(Row.count("RATED_GOOD", "Tốt"), Row.count("RATED_FAIR", "Khá"),
                    Row.count("RATED_AVERAGE", "Trung bình"), Row.count("RATED_POOR", "Kém")));
        };
    }

    /** The bold line under "BÁO CÁO". */
    public static String summaryLine(ReportType type, Period period) {
        return switch (type) {
            case MONTHLY_COMPLIANCE -> "Tình hình sinh hoạt chi bộ tháng " + period.first().getMonthValue()
                    + " năm " + period.first().getYear();
            case QUARTERLY_MEETINGS -> "Tình hình sinh hoạt chi bộ quý " + roman((period.first().getMonthValue() + 2) / 3)
                    + " năm " + period.first().getYear();
            case SIX_MONTH_REVIEW -> "Sơ kết công tác nâng cao chất lượng sinh hoạt chi bộ "
                    + (period.first().getMonthValue() == 1 ? "6 tháng đầu năm " : "6 tháng cuối năm ") + period.first().getYear();
            case ANNUAL_REVIEW -> "Tổng kết công tác nâng cao chất lượng sinh hoạt chi bộ năm " + period.first().getYear()
                    + " và phân loại chất lượng sinh hoạt";
        };
    }

    private static String roman(int quarter) {
        return List.of("I", "II", "III", "IV").get(quarter - 1);
    }

    private static List<Row> concat(List<Row> first, List<Row> second) {
        List<Row> rows = new ArrayList<>(first);
        rows.addAll(second);
        return List.copyOf(rows);
    }

    /** A figure shown in a table: the number of cells, a count or a rate, by query-service's name. */
    public record Row(Kind kind, String name, String label) {

        public enum Kind { CELLS, COUNT, RATE }

        static Row cells() {
            return new Row(Kind.CELLS, "CELLS", "Số chi bộ");
        }

        static Row count(String indicator, String label) {
            return new Row(Kind.COUNT, indicator, label);
        }

        static Row rate(String rate, String label) {
            return new Row(Kind.RATE, rate, label);
        }

        /** The whole number of a count or of the cells; null for a rate. */
        public Long count(IndicatorFigures figures) {
            return switch (kind) {
                case CELLS -> figures.cells();
                case COUNT -> figures.counts().getOrDefault(name, 0L);
                case RATE -> null;
            };
        }

        /** The rate of this row, if it is one and query-service gave it. */
        public RateFigure rate(IndicatorFigures figures) {
            return kind != Kind.RATE ? null
                    : figures.rates().stream().filter(r -> r.rate().equals(name)).findFirst().orElse(null);
        }

        /** The value as printed: "1.188", "83,3%", or "–" when there was nothing to measure. */
        public String printed(IndicatorFigures figures) {
            if (kind != Kind.RATE) {
                return java.text.NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi")).format(count(figures));
            }
            RateFigure rate = rate(figures);
            return rate == null || rate.percent() == null ? "–" : percent(rate.percent());
        }

        static String percent(double percent) {
            String text = percent == Math.rint(percent) ? String.valueOf((long) percent) : String.valueOf(percent);
            return text.replace('.', ',') + "%";
        }
    }
}
