package vn.chibo.query.indicator;

import vn.chibo.events.meeting.QualityLevel;
import vn.chibo.events.policy.PolicyContract.YearBand;
import vn.chibo.events.policy.PolicyContract.YearQualityRules;

import java.util.List;
import java.util.Map;

/**
 * Xếp loại chất lượng sinh hoạt chi bộ cả năm — a cell's year classified from its months' ratings by
 * the policy's bands (defaults: {@link vn.chibo.events.policy.Policies#DEFAULT_YEAR_QUALITY}).
 * <ul>
 *   <li>A month's level is the lowest voted in it ({@link Indicator#RATED_GOOD} … {@link Indicator#RATED_POOR}
 *       of the cell's month); a month without a rating counts towards no level and breaks no floor, so
 *       a year still under way is judged on the months rated so far.</li>
 *   <li>The year takes the first band (good, fair, average) whose months rated at that level or better
 *       reach its number — scaled to the months the cell stood in the year, rounded up — and whose
 *       floor no rated month is below; a year that meets none is poor.</li>
 * </ul>
 */
final class YearClassification {

    private static final int MONTHS_IN_YEAR = 12;

    private YearClassification() {
    }

    /** The month's level from the cell's counts of that month, or null when no meeting of it was rated. */
    static QualityLevel monthLevel(Map<Indicator, Long> counts) {
        List<Indicator> lowestFirst = List.of(Indicator.RATED_POOR, Indicator.RATED_AVERAGE, Indicator.RATED_FAIR,
                Indicator.RATED_GOOD);
        for (Indicator rated : lowestFirst) {
            if (counts.getOrDefault(rated, 0L) > 0) {
                return QualityLevel.valueOf(rated.name().substring("RATED_".length()));
            }
        }
        return null;
    }

    /** The year's level from the levels of the months rated, for a cell that stood {@code monthsStood} months. */
    static QualityLevel classify(YearQualityRules rules, int monthsStood, List<QualityLevel> ratedMonths) {
        for (YearBand band : rules.bands()) {
            long required = (band.months() * (long) monthsStood + MONTHS_IN_YEAR - 1) / MONTHS_IN_YEAR;
            long atLevel = ratedMonths.stream().filter(level -> level.compareTo(band.level()) <= 0).count();
            boolean floorKept = ratedMonths.stream().allMatch(level -> level.compareTo(band.noMonthBelow()) <= 0);
            if (required > 0 && atLevel >= required && floorKept) {
                return band.level();
            }
        }
        return QualityLevel.POOR;
    }
}
