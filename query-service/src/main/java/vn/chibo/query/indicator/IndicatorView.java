package vn.chibo.query.indicator;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.chibo.events.indicator.IndicatorContract.IndicatorFigures;
import vn.chibo.events.indicator.IndicatorContract.RateFigure;
import vn.chibo.events.indicator.Period;
import vn.chibo.query.projection.AsOf;
import vn.chibo.query.projection.Columns;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Reads indicator counts (sums of months, never recomputed from events) and derives the rates, on the
 * tree of each month or on today's tree ({@link TreeChoice}). The cells expected to meet are counted
 * month by month: those that stood (created, not yet ended) in each month. Figures of many units or
 * months are read together: two queries, whatever their number.
 */
@Component
public class IndicatorView {

    /** Today's tree: the cells below the organisation now, each counted with its own figures. */
    private static final String CELLS_BELOW_NOW =
            " organisation_ancestor a join organisation o on o.organisation_id = a.organisation_id and o.kind = 'CELL'\n";

    private final JdbcTemplate jdbc;
    private final AsOf days;

    IndicatorView(JdbcTemplate jdbc, AsOf days) {
        this.jdbc = jdbc;
        this.days = days;
    }

    /** One unit's figures over some months of a period (all of them, or those it stood below a committee). */
    public record Unit(String organisationId, String name, List<YearMonth> months) {
    }

    public Map<Indicator, Long> month(String organisationId, YearMonth month) {
        return Monthly.read(this, List.of(organisationId), List.of(month), TreeChoice.THEN, days.on(null))
                .sums(organisationId, List.of(month));
    }

    /** The figures of the subtree over the period, on the tree of each month. */
    public IndicatorFigures figures(String organisationId, String name, Period period) {
        return figures(organisationId, name, period, TreeChoice.THEN);
    }

    public IndicatorFigures figures(String organisationId, String name, Period period, TreeChoice tree) {
        return figures(organisationId, name, period, tree, days.on(null));
    }

    /** The figures as the counters stood at the end of a day ({@code asOf}): the months' counts recorded by then. */
    public IndicatorFigures figures(String organisationId, String name, Period period, TreeChoice tree, AsOf.Day asOf) {
        return figures(List.of(new Unit(organisationId, name, months(period))), period, tree, asOf).get(0);
    }

    /**
     * The figures of each unit over its months of the period; {@code cells} is the number of cells
     * expected in the last of them.
     */
    public List<IndicatorFigures> figures(List<Unit> units, Period period, TreeChoice tree, AsOf.Day asOf) {
        Set<YearMonth> months = new LinkedHashSet<>();
        units.forEach(unit -> months.addAll(unit.months()));
        var monthly = Monthly.read(this, units.stream().map(Unit::organisationId).toList(), months, tree, asOf);
        return units.stream().map(unit -> assemble(unit, period.code(), monthly)).toList();
    }

    /** The figures of each of the {@code months} months ending with {@code last}, oldest first. */
    public List<IndicatorFigures> trend(String organisationId, String name, YearMonth last, int months, TreeChoice tree) {
        List<YearMonth> shown = IntStream.range(0, months).mapToObj(back -> last.minusMonths(months - 1L - back)).toList();
        var monthly = Monthly.read(this, List.of(organisationId), shown, tree, days.on(null));
        return shown.stream()
                .map(month -> assemble(new Unit(organisationId, name, List.of(month)), Period.month(month).code(), monthly))
                .toList();
    }

    public static List<YearMonth> months(Period period) {
        return IntStream.range(0, (int) period.months()).mapToObj(i -> period.first().plusMonths(i)).toList();
    }

    private static IndicatorFigures assemble(Unit unit, String period, Monthly monthly) {
        Map<Indicator, Long> sums = monthly.sums(unit.organisationId(), unit.months());
        long cellMonths = unit.months().stream().mapToLong(m -> monthly.expected(unit.organisationId(), m)).sum();
        long cellsLast = unit.months().isEmpty() ? 0
                : monthly.expected(unit.organisationId(), unit.months().get(unit.months().size() - 1));
        var counts = new Rate.Counts(sums, cellMonths, unit.months().size());
        Map<String, Long> named = new LinkedHashMap<>();
        Arrays.stream(Indicator.values()).forEach(i -> named.put(i.name(), sums.getOrDefault(i, 0L)));
        List<RateFigure> rates = Arrays.stream(Rate.values())
                .map(rate -> {
                    Double percent = rate.percent(counts);
                    return new RateFigure(rate.name(), percent, rate.targetPercent(),
                            percent != null && percent >= rate.targetPercent());
                })
                .toList();
        return new IndicatorFigures(unit.organisationId(), unit.name(), period, cellsLast, unit.months().size(), named,
                rates);
    }

    /** The counts and cells expected of some organisations in some months, by organisation and month. */
    record Monthly(Map<String, Map<YearMonth, Map<Indicator, Long>>> counts,
                           Map<String, Map<YearMonth, Long>> cells) {

        static Monthly read(IndicatorView view, Collection<String> ids, Collection<YearMonth> months, TreeChoice tree,
                            AsOf.Day asOf) {
            var monthly = new Monthly(new HashMap<>(), new HashMap<>());
            if (ids.isEmpty() || months.isEmpty()) {
                return monthly;
            }
            String counts = tree == TreeChoice.THEN ? """
                    select organisation_id, month, indicator, sum(value) from %s m
                    where organisation_id = any(cast(? as varchar[])) and month = any(cast(? as date[]))
                    group by organisation_id, month, indicator
                    """ : """
                    select a.ancestor_id, m.month, m.indicator, sum(m.value) from""" + CELLS_BELOW_NOW + """
                    join %s m on m.organisation_id = a.organisation_id
                    where a.ancestor_id = any(cast(? as varchar[])) and m.month = any(cast(? as date[]))
                    group by a.ancestor_id, m.month, m.indicator
                    """;
            counts = counts.formatted(asOf.table("indicator_month"));
            String cells = tree == TreeChoice.THEN ? """
                    select e.ancestor_id, m.month, count(*)
                    from cell_expected e cross join unnest(cast(? as date[])) m(month)
                    where e.ancestor_id = any(cast(? as varchar[]))
                      and e.from_month <= m.month and (e.to_month is null or e.to_month >= m.month)
                    group by e.ancestor_id, m.month
                    """ : """
                    select a.ancestor_id, m.month, count(*)
                    from""" + CELLS_BELOW_NOW + """
                    cross join unnest(cast(? as date[])) m(month)
                    where a.ancestor_id = any(cast(? as varchar[])) and date_trunc('month', o.created_on) <= m.month
                      and (o.ended_on is null or date_trunc('month', o.ended_on) > m.month)
                    group by a.ancestor_id, m.month
                    """;
            String idArray = Columns.idArray(ids);
            String monthArray = Columns.monthArray(months);
            view.jdbc.query(counts, rs -> {
                monthly.counts.computeIfAbsent(rs.getString(1), id -> new HashMap<>())
                        .computeIfAbsent(YearMonth.from(rs.getObject(2, LocalDate.class)), m -> new EnumMap<>(Indicator.class))
                        .put(Indicator.valueOf(rs.getString(3)), rs.getLong(4));
            }, idArray, monthArray);
            view.jdbc.query(cells, rs -> {
                monthly.cells.computeIfAbsent(rs.getString(1), id -> new HashMap<>())
                        .put(YearMonth.from(rs.getObject(2, LocalDate.class)), rs.getLong(3));
            }, monthArray, idArray);
            return monthly;
        }

        Map<Indicator, Long> sums(String organisationId, List<YearMonth> months) {
            Map<Indicator, Long> sums = new EnumMap<>(Indicator.class);
            var byMonth = counts.getOrDefault(organisationId, Map.of());
            months.forEach(month -> byMonth.getOrDefault(month, Map.of()).forEach((i, v) -> sums.merge(i, v, Long::sum)));
            return sums;
        }

        long expected(String organisationId, YearMonth month) {
            return cells.getOrDefault(organisationId, Map.of()).getOrDefault(month, 0L);
        }
    }
}
