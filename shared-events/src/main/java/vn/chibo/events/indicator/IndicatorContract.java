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
}
