package vn.chibo.command.meeting;

import org.junit.jupiter.api.Test;
import vn.chibo.command.policy.PolicyBook.InForce;
import vn.chibo.events.meeting.QualityLevel;
import vn.chibo.events.policy.Policies;
import vn.chibo.events.policy.PolicyContract.ScoringSheet;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chibo.events.meeting.QualityLevel.AVERAGE;
import static vn.chibo.events.meeting.QualityLevel.FAIR;
import static vn.chibo.events.meeting.QualityLevel.GOOD;
import static vn.chibo.events.meeting.QualityLevel.POOR;

/** The level each sheet shipped with chibo gives at the edges of its bands. */
class QualityScoringTest {

    private static final ScoringSheet COMMON = Policies.PREPARATION_ATTENDANCE_CONDUCT_CLOSING;
    private static final ScoringSheet STRICT = Policies.FULL_MARKS_FOR_GOOD;

    @Test
    void theCommonSheetGoesByTheTotal() {
        assertThat(level(COMMON, 90)).isEqualTo(GOOD);
        assertThat(level(COMMON, 89)).isEqualTo(FAIR);
        assertThat(level(COMMON, 70)).isEqualTo(FAIR);
        assertThat(level(COMMON, 69)).isEqualTo(AVERAGE);
        assertThat(level(COMMON, 50)).isEqualTo(AVERAGE);
        assertThat(level(COMMON, 49)).isEqualTo(POOR);
    }

    @Test
    void theStrictSheetWantsFullMarksOnAttendanceLengthSpeakingAndMinutesForGood() {
        var full = Map.of("chuan-bi", 10, "tham-du", 15, "thoi-luong", 10, "noi-dung", 20, "phat-bieu", 15,
                "bien-ban", 10, "thuc-hien", 10);
        assertThat(QualityScoring.levelFor(STRICT, full, 90)).isEqualTo(GOOD);
        var oneShort = Map.of("chuan-bi", 15, "tham-du", 15, "thoi-luong", 9, "noi-dung", 25, "phat-bieu", 15,
                "bien-ban", 10, "thuc-hien", 10);
        assertThat(QualityScoring.levelFor(STRICT, oneShort, 99)).isEqualTo(FAIR);
    }

    @Test
    void aLevelWithoutPointsIsTakenAsProposed() {
        assertThat(QualityScoring.check(POOR, List.of(), new InForce("v", Policies.DEFAULTS))).isNull();
    }

    private static QualityLevel level(ScoringSheet sheet, int total) {
        return QualityScoring.levelFor(sheet, Map.of(), total);
    }
}
