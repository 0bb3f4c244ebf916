package vn.chibo.query.dashboard;

import vn.chibo.events.indicator.IndicatorContract.IndicatorFigures;
import vn.chibo.events.indicator.IndicatorContract.RateFigure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The units below an organisation that miss a target in the month, each with what it misses, the
 * worst first: the list an officer works through. Which target a unit misses is read from the rates;
 * nothing is recomputed here.
 */
public record LaggingUnits(String organisationId, String name, List<String> missed, long overdueTasks,
                           long unexcusedAbsences, Double cellsMeetingPercent) {

    static List<LaggingUnits> of(List<IndicatorFigures> units) {
        List<LaggingUnits> lagging = new ArrayList<>();
        for (IndicatorFigures unit : units) {
            List<String> missed = unit.rates().stream()
                    .filter(r -> r.percent() != null && !r.met())
                    .filter(r -> !r.rate().equals("THEMATIC_PER_QUARTER") && !r.rate().equals("PETITIONS_ANSWERED"))
                    .map(RateFigure::rate)
                    .toList();
            long overdue = unit.counts().getOrDefault("TASKS_OVERDUE", 0L);
            long unexcused = unit.counts().getOrDefault("ABSENT_WITHOUT_REASON", 0L);
            if (!missed.isEmpty() || overdue > 0 || unexcused > 0) {
                Double meeting = unit.rates().stream().filter(r -> r.rate().equals("CELLS_MEETING"))
                        .findFirst().map(RateFigure::percent).orElse(null);
                lagging.add(new LaggingUnits(unit.organisationId(), unit.organisationName(), missed, overdue, unexcused,
                        meeting));
            }
        }
        lagging.sort(Comparator.comparing((LaggingUnits u) -> u.cellsMeetingPercent() == null ? 100.0 : u.cellsMeetingPercent())
                .thenComparing(u -> -u.missed().size()));
        return lagging;
    }
}
