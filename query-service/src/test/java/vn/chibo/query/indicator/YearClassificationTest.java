package vn.chibo.query.indicator;

import org.junit.jupiter.api.Test;
import vn.chibo.events.meeting.QualityLevel;
import vn.chibo.events.policy.Policies;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chibo.events.meeting.QualityLevel.AVERAGE;
import static vn.chibo.events.meeting.QualityLevel.FAIR;
import static vn.chibo.events.meeting.QualityLevel.GOOD;
import static vn.chibo.events.meeting.QualityLevel.POOR;

/** The default bands: good = 7 good months, none below fair; fair = 7 at least fair, none poor; average = 7 at least average. */
class YearClassificationTest {

    @Test
    void sevenGoodMonthsAndTheRestFairIsAGoodYear() {
        assertThat(classify(12, months(7, GOOD, 5, FAIR))).isEqualTo(GOOD);
        assertThat(classify(12, months(6, GOOD, 6, FAIR))).isEqualTo(FAIR);
    }

    @Test
    void oneMonthBelowTheFloorLowersTheYear() {
        assertThat(classify(12, months(8, GOOD, 3, FAIR, 1, AVERAGE))).isEqualTo(FAIR);
        assertThat(classify(12, months(11, GOOD, 1, POOR))).isEqualTo(AVERAGE);
    }

    @Test
    void monthsWithoutARatingCountTowardsNothingAndBreakNoFloor() {
        assertThat(classify(12, months(7, GOOD))).isEqualTo(GOOD);
        assertThat(classify(12, months(7, AVERAGE))).isEqualTo(AVERAGE);
        assertThat(classify(12, months(6, GOOD))).isEqualTo(POOR);
    }

    @Test
    void aCellThatStoodPartOfTheYearNeedsTheSameShareOfItsMonthsRoundedUp() {
        // 6 months stood: 7 × 6 / 12 = 3.5 → 4 months needed
        assertThat(classify(6, months(4, GOOD, 2, FAIR))).isEqualTo(GOOD);
        assertThat(classify(6, months(3, GOOD, 3, FAIR))).isEqualTo(FAIR);
        assertThat(classify(6, months(3, AVERAGE))).isEqualTo(POOR);
    }

    @Test
    void aMonthTakesTheLowestRatingVotedInIt() {
        assertThat(YearClassification.monthLevel(Map.of(Indicator.RATED_GOOD, 1L, Indicator.RATED_AVERAGE, 1L)))
                .isEqualTo(AVERAGE);
        assertThat(YearClassification.monthLevel(Map.of(Indicator.RATED_GOOD, 2L))).isEqualTo(GOOD);
        assertThat(YearClassification.monthLevel(Map.of(Indicator.MEETINGS_HELD, 1L))).isNull();
    }

    private static QualityLevel classify(int monthsStood, List<QualityLevel> rated) {
        return YearClassification.classify(Policies.DEFAULT_YEAR_QUALITY, monthsStood, rated);
    }

    private static List<QualityLevel> months(Object... countsAndLevels) {
        List<QualityLevel> months = new ArrayList<>();
        for (int i = 0; i < countsAndLevels.length; i += 2) {
            for (int n = 0; n < (Integer) countsAndLevels[i]; n++) {
                months.add((QualityLevel) countsAndLevels[i + 1]);
            }
        }
        return months;
    }
}
