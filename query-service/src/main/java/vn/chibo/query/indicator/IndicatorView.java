package vn.chibo.query.indicator;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.chibo.events.indicator.IndicatorContract.IndicatorFigures;
import vn.chibo.events.indicator.IndicatorContract.RateFigure;
import vn.chibo.events.indicator.Period;
import vn.chibo.query.projection.Columns;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Reads indicator counts (sums of months, never recomputed from events) and derives the rates, on the
 * tree of each month or on today's tree ({@link TreeChoice}). The cells expected to meet are counted
 * month by month: those that stood (created, not yet ended) in each month.
 */
@Component
public class IndicatorView {

    /** Today's tree: the cells below the organisation now, each counted with its own figures. */
    private static final String CELLS_BELOW_NOW =
            " organisation_ancestor a join organisation o on o.organisation_id = a.organisation_id and o.kind = 'CELL'\n";

    private final JdbcTemplate jdbc;

    IndicatorView(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Map<Indicator, Long> month(String organisationId, YearMonth month) {
        return sums(organisationId, List.of(month), TreeChoice.THEN);
    }

    /** The figures of the subtree over the period, on the tree of each month. */
    public IndicatorFigures figures(String organisationId, String name, Period period) {
        return figures(organisationId, name, period, TreeChoice.THEN);
    }

    public IndicatorFigures figures(String organisationId, String name, Period period, TreeChoice tree) {
        return figures(organisationId, name, period, months(period), tree);
    }

    /**
     * The figures of the subtree over some months of the period only (those a unit stood below a
     * committee): {@code cells} is the number of cells expected in the last of them.
     */
    public IndicatorFigures figures(String organisationId, String name, Period period, List<YearMonth> months,
                                    TreeChoice tree) {
        Map<Indicator, Long> sums = sums(organisationId, months, tree);
        long[] expected = expectedCells(organisationId, months, tree);
        var counts = new Rate.Counts(sums, expected[0], months.size());
        Map<String, Long> named = new LinkedHashMap<>();
        Arrays.stream(Indicator.values()).forEach(i -> named.put(i.name(), sums.getOrDefault(i, 0L)));
        List<RateFigure> rates = Arrays.stream(Rate.values())
                .map(rate -> {
                    Double percent = rate.percent(counts);
                    return new RateFigure(rate.name(), percent, rate.targetPercent(),
                            percent != null && percent >= rate.targetPercent());
                })
                .toList();
        return new IndicatorFigures(organisationId, name, period.code(), expected[1], months.size(), named, rates);
    }

    /** The figures of each of the {@code months} months ending with {@code last}, oldest first. */
    public List<IndicatorFigures> trend(String organisationId, String name, YearMonth last, int months, TreeChoice tree) {
        return IntStream.range(0, months)
                .mapToObj(back -> last.minusMonths(months - 1L - back))
                .map(month -> figures(organisationId, name, Period.month(month), tree))
                .toList();
    }

    public static List<YearMonth> months(Period period) {
        return IntStream.range(0, (int) period.months()).mapToObj(i -> period.first().plusMonths(i)).toList();
    }

    private Map<Indicator, Long> sums(String organisationId, List<YearMonth> months, TreeChoice tree) {
        Map<Indicator, Long> sums = new EnumMap<>(Indicator.class);
        String sql = tree == TreeChoice.THEN ? """
                select indicator, sum(value) from indicator_month
                where organisation_id = ? and month = any(cast(? as date[]))
                group by indicator
                """ : """
                select m.indicator, sum(m.value) from""" + CELLS_BELOW_NOW + """
                join indicator_month m on m.organisation_id = a.organisation_id and m.month = any(cast(? as date[]))
                where a.ancestor_id = ?
                group by m.indicator
                """;
        Object[] args = tree == TreeChoice.THEN ? new Object[] {organisationId, Columns.monthArray(months)}
                : new Object[] {Columns.monthArray(months), organisationId};
        jdbc.query(sql, rs -> {
            sums.put(Indicator.valueOf(rs.getString(1)), rs.getLong(2));
        }, args);
        return sums;
    }

    /** Cell-months expected over the months, and cells expected in the last of them. */
    private long[] expectedCells(String organisationId, List<YearMonth> months, TreeChoice tree) {
        if (months.isEmpty()) {
            return new long[] {0, 0};
        }
        String sql = tree == TreeChoice.THEN ? """
                select count(*), count(*) filter (where m.month = ?)
                from cell_expected e cross join unnest(cast(? as date[])) m(month)
                where e.ancestor_id = ? and e.from_month <= m.month and (e.to_month is null or e.to_month >= m.month)
                """ : """
                select count(*), count(*) filter (where m.month = ?)
                from""" + CELLS_BELOW_NOW + """
                cross join unnest(cast(? as date[])) m(month)
                where a.ancestor_id = ? and date_trunc('month', o.created_on) <= m.month
                  and (o.ended_on is null or date_trunc('month', o.ended_on) > m.month)
                """;
        return jdbc.queryForObject(sql, (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)},
                months.get(months.size() - 1).atDay(1), Columns.monthArray(months), organisationId);
    }
}
