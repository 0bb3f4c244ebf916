package vn.chibo.query.indicator;

import org.springframework.jdbc.core.JdbcTemplate;
import vn.chibo.query.projection.BatchWrites;
import vn.chibo.query.projection.ChangeFeed;

import java.sql.Date;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The indicator counts a batch adds, per cell, month and indicator, written in one statement to the
 * cell and every ancestor it had in that month's tree (the organisations of the month's tree are told).
 */
final class MonthlyIncrements implements BatchWrites.Pending {

    private record Key(String cellId, LocalDate month, Indicator indicator) {
    }

    private final JdbcTemplate jdbc;
    private final ChangeFeed changes;
    private final Map<Key, Integer> counts = new LinkedHashMap<>();

    MonthlyIncrements(JdbcTemplate jdbc, ChangeFeed changes) {
        this.jdbc = jdbc;
        this.changes = changes;
    }

    void add(String cellId, LocalDate month, Indicator indicator) {
        counts.merge(new Key(cellId, month, indicator), 1, Integer::sum);
    }

    @Override
    public void write() {
        if (counts.isEmpty()) {
            return;
        }
        List<Key> keys = List.copyOf(counts.keySet());
        jdbc.queryForList("""
                insert into indicator_month (organisation_id, month, indicator, value)
                select a.ancestor_id, c.month, c.indicator, sum(c.n)
                from unnest(?::varchar[], ?::date[], ?::varchar[], ?::int[]) c (cell_id, month, indicator, n)
                cross join lateral month_ancestors(c.cell_id, c.month) a
                group by a.ancestor_id, c.month, c.indicator
                order by a.ancestor_id, c.month, c.indicator
                on conflict (organisation_id, month, indicator) do update set value = indicator_month.value + excluded.value
                returning organisation_id
                """, String.class,
                keys.stream().map(Key::cellId).toArray(String[]::new),
                keys.stream().map(k -> Date.valueOf(k.month())).toArray(Date[]::new),
                keys.stream().map(k -> k.indicator().name()).toArray(String[]::new),
                keys.stream().map(counts::get).toArray(Integer[]::new)).forEach(changes::touched);
        counts.clear();
    }
}
