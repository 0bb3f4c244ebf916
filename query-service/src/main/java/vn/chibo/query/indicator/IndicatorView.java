package vn.chibo.query.indicator;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.chibo.events.indicator.IndicatorContract.IndicatorFigures;
import vn.chibo.events.indicator.IndicatorContract.RateFigure;
import vn.chibo.events.indicator.Period;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads indicator counts (sums of months, never recomputed from events) and derives the rates. */
@Component
public class IndicatorView {

    private final JdbcTemplate jdbc;

    IndicatorView(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Map<Indicator, Long> month(String organisationId, YearMonth month) {
        return sums(organisationId, Period.month(month));
    }

    /** The figures of the subtree over the period, with {@code cells} cells expected to meet each month. */
    public IndicatorFigures figures(String organisationId, String name, long cells, Period period) {
        Map<Indicator, Long> sums = sums(organisationId, period);
        var counts = new Rate.Counts(sums, cells, period.months());
        Map<String, Long> named = new LinkedHashMap<>();
        Arrays.stream(Indicator.values()).forEach(i -> named.put(i.name(), sums.getOrDefault(i, 0L)));
        List<RateFigure> rates = Arrays.stream(Rate.values())
                .map(rate -> {
                    Double percent = rate.percent(counts);
                    return new RateFigure(rate.name(), percent, rate.targetPercent(),
                            percent != null && percent >= rate.targetPercent());
                })
                .toList();
        return new IndicatorFigures(organisationId, name, period.code(), cells, period.months(), named, rates);
    }

    /** The figures of each of the {@code months} months ending with {@code last}, oldest first. */
    public List<IndicatorFigures> trend(String organisationId, String name, long cells, YearMonth last, int months) {
        return java.util.stream.IntStream.range(0, months)
                .mapToObj(back -> last.minusMonths(months - 1L - back))
                .map(month -> figures(organisationId, name, cells, Period.month(month)))
                .toList();
    }

    private Map<Indicator, Long> sums(String organisationId, Period period) {
        Map<Indicator, Long> sums = new EnumMap<>(Indicator.class);
        jdbc.query("""
                        select indicator, sum(value) from indicator_month
                        where organisation_id = ? and month between ? and ?
                        group by indicator
                        """,
                rs -> {
                    sums.put(Indicator.valueOf(rs.getString(1)), rs.getLong(2));
                },
                organisationId, period.first().atDay(1), period.last().atDay(1));
        return sums;
    }
}
