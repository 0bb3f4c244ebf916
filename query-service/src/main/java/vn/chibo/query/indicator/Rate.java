package vn.chibo.query.indicator;

import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * The rates shown against targets, each a ratio of summed {@link Indicator} counts, with the target of
 * domain brief §6 (100% unless the brief sets another figure; attendance 85% per §8's default policy).
 * A rate with a zero denominator is absent, not zero: nothing was there to measure.
 */
public enum Rate {
    /** Cell-months met ÷ cell-months expected (each month, the cells that stood in the subtree that month). */
    CELLS_MEETING(100, c -> c.count(Indicator.CELLS_MET), c -> c.cellMonths()),
    /** Members present ÷ members expected (exempt members excluded). */
    ATTENDANCE(85, c -> c.count(Indicator.MEMBERS_PRESENT), c -> c.count(Indicator.MEMBERS_EXPECTED)),
    /** Meetings at or above the minimum length ÷ meetings held. */
    MINIMUM_LENGTH(100, c -> c.count(Indicator.MEETINGS_AT_MINIMUM_LENGTH), c -> c.count(Indicator.MEETINGS_HELD)),
    /** Notices on time ÷ notices sent. */
    NOTICE_ON_TIME(100, c -> c.count(Indicator.NOTICES_SENT) - c.count(Indicator.NOTICES_LATE),
            c -> c.count(Indicator.NOTICES_SENT)),
    /** Members who spoke ÷ members present (per meeting, summed). */
    SPEAKING(100, c -> c.count(Indicator.SPEAKERS), c -> c.count(Indicator.MEMBERS_PRESENT)),
    /** Tasks evaluated done ÷ tasks evaluated. */
    TASKS_DONE(100, c -> c.count(Indicator.TASKS_DONE),
            c -> c.count(Indicator.TASKS_DONE) + c.count(Indicator.TASKS_NOT_DONE) + c.count(Indicator.TASKS_CARRIED_OVER)),
    /**
     * Thematic meetings held ÷ cell-quarters expected (one per cell per quarter): the cells expected on
     * average over the period's months × its quarters (at least one).
     */
    THEMATIC_PER_QUARTER(100, c -> c.count(Indicator.THEMATIC_MEETINGS_HELD),
            c -> c.months() == 0 ? 0 : Math.round((double) c.cellMonths() * Math.max(1, c.months() / 3) / c.months())),
    /** Petitions answered ÷ petitions raised. */
    PETITIONS_ANSWERED(100, c -> c.count(Indicator.PETITIONS_ANSWERED), c -> c.count(Indicator.PETITIONS_RAISED));

    private final int targetPercent;
    private final ToLongFunction<Counts> numerator;
    private final ToLongFunction<Counts> denominator;

    Rate(int targetPercent, ToLongFunction<Counts> numerator, ToLongFunction<Counts> denominator) {
        this.targetPercent = targetPercent;
        this.numerator = numerator;
        this.denominator = denominator;
    }

    public int targetPercent() {
        return targetPercent;
    }

    /** The rate in percent with one decimal, or null when there was nothing to measure. */
    public Double percent(Counts counts) {
        long below = denominator.applyAsLong(counts);
        return below == 0 ? null : Math.round(1000.0 * numerator.applyAsLong(counts) / below) / 10.0;
    }

    /** The summed counts of a subtree over a period, the cell-months expected and the period's months. */
    public record Counts(Map<Indicator, Long> values, long cellMonths, long months) {

        long count(Indicator indicator) {
            return values.getOrDefault(indicator, 0L);
        }
    }
}
