package vn.chibo.events.indicator;

import java.util.List;
import java.util.Map;

/** Chỉ tiêu — the figures of an organisation's subtree over a period, as query-service answers them. */
public final class IndicatorContract {

    private IndicatorContract() {
    }

    /**
     * @param counts the summed monthly counts by indicator name
     * @param rates  the rates against their targets
     */
    public record IndicatorFigures(
            String organisationId,
            String organisationName,
            String period,
            long cells,
            long months,
            Map<String, Long> counts,
            List<RateFigure> rates) {
    }

    /** A rate in percent (null when there was nothing to measure) against its target in percent. */
    public record RateFigure(String rate, Double percent, int targetPercent, boolean met) {
    }

    /**
     * Xếp loại chất lượng sinh hoạt chi bộ năm — each cell of an organisation's subtree with its year
     * classified from its monthly quality ratings, and the number of cells at each level.
     *
     * @param cellsByLevel cells by level name (GOOD, FAIR, AVERAGE, POOR), every level present
     */
    public record YearQuality(
            String organisationId,
            String organisationName,
            int year,
            Map<String, Long> cellsByLevel,
            List<CellYearQuality> cells) {
    }

    /**
     * One cell's year: the months it stood in the year, how many of them were rated at each level (a
     * month takes the lowest rating voted in it), how many were not rated, the level the year is
     * classified at and the policy version that classified it.
     */
    public record CellYearQuality(
            String cellId,
            String cellName,
            String parentName,
            int monthsStood,
            int monthsGood,
            int monthsFair,
            int monthsAverage,
            int monthsPoor,
            int monthsNotRated,
            String level,
            String policyVersion) {
    }
}
