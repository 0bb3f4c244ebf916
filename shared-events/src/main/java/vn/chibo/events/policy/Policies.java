package vn.chibo.events.policy;

import vn.chibo.events.policy.PolicyContract.Criterion;
import vn.chibo.events.policy.PolicyContract.ReportingRules;
import vn.chibo.events.policy.PolicyContract.ScoringSheet;
import vn.chibo.events.policy.PolicyContract.Thresholds;
import vn.chibo.events.policy.PolicyContract.YearBand;
import vn.chibo.events.policy.PolicyContract.YearQualityRules;
import vn.chibo.events.meeting.QualityLevel;

import java.util.List;

/** The policies chibo ships: the defaults of domain brief §8 and an alternative provincial sheet. */
public final class Policies {

    /** The version in force wherever no adopted version applies. */
    public static final String DEFAULT_VERSION = "quy-dinh-mac-dinh-2025";

    /**
     * One province's 100-point sheet (preparation 15, attendance 20, conduct 45, closing 20) with the
     * common bands: good from 90, fair from 70, average from 50.
     */
    public static final ScoringSheet PREPARATION_ATTENDANCE_CONDUCT_CLOSING = new ScoringSheet(
            "Thang điểm 100: chuẩn bị 15, tham dự 20, tiến hành 45, kết thúc 20",
            List.of(new Criterion("chuan-bi", "Chuẩn bị", 15),
                    new Criterion("tham-du", "Tham dự", 20),
                    new Criterion("tien-hanh", "Tiến hành", 45),
                    new Criterion("ket-thuc", "Kết thúc", 20)),
            90, 70, 50, List.of());

    /**
     * The alternative provincial sheet: at least 90 points and full marks on attendance, length,
     * speaking and minutes for "good"; 70–89 fair, 50–69 average, below 50 poor.
     */
    public static final ScoringSheet FULL_MARKS_FOR_GOOD = new ScoringSheet(
            "Thang điểm 100, loại Tốt phải đạt tối đa về tham dự, thời lượng, phát biểu, biên bản",
            List.of(new Criterion("chuan-bi", "Chuẩn bị nội dung", 15),
                    new Criterion("tham-du", "Tỷ lệ tham dự", 15),
                    new Criterion("thoi-luong", "Thời lượng, đúng giờ", 10),
                    new Criterion("noi-dung", "Nội dung, trình tự", 25),
                    new Criterion("phat-bieu", "Đảng viên phát biểu", 15),
                    new Criterion("bien-ban", "Biên bản", 10),
                    new Criterion("thuc-hien", "Thực hiện nghị quyết kỳ trước", 10)),
            90, 70, 50, List.of("tham-du", "thoi-luong", "phat-bieu", "bien-ban"));

    /**
     * chibo's reporting defaults (no source sets them; a province adopts its own): a superior accepts
     * its report only after its units' reports; 5 days after a month, 10 after a quarter, 15 after a
     * half-year and 20 after a year to submit on time.
     */
    public static final ReportingRules DEFAULT_REPORTING = new ReportingRules(true, 5, 10, 15, 20);

    /**
     * Domain brief §8 (and source 000: the grassroots committee classifies each cell's year from its
     * monthly ratings): a good year has 7 months rated good and none below fair. The sources set no
     * other level; chibo follows the same pattern one level down: fair is 7 months at least fair and
     * none poor, average is 7 months at least average.
     */
    public static final YearQualityRules DEFAULT_YEAR_QUALITY = new YearQualityRules(List.of(
            new YearBand(QualityLevel.GOOD, 7, QualityLevel.FAIR),
            new YearBand(QualityLevel.FAIR, 7, QualityLevel.AVERAGE),
            new YearBand(QualityLevel.AVERAGE, 7, QualityLevel.POOR)));

    /** Domain brief §8: 90/120 minutes, 1 day's notice, 85% attendance, 3 unexcused absences a year, 3/9/7. */
    public static final Thresholds DEFAULTS = new Thresholds(90, 120, 1, 85, 3, 3, 9, 7,
            PREPARATION_ATTENDANCE_CONDUCT_CLOSING, DEFAULT_REPORTING, DEFAULT_YEAR_QUALITY);

    private Policies() {
    }
}
