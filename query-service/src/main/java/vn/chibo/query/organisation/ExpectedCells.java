package vn.chibo.query.organisation;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The cells each organisation expects to meet, month by month, as the tree stood in each month
 * ({@code cell_expected}). A cell is expected in every month from the month it was created to the month
 * before the one it ended in (a cell dissolved or absorbed during a month is not expected that month:
 * on the month's last day it no longer stood), and counts in that month for the ancestors of the
 * month's tree. Recomputed, for the cells a change concerns, from the tree's history.
 */
@Component
class ExpectedCells {

    private final JdbcTemplate jdbc;

    ExpectedCells(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The cells whose months a change of this organisation's position may change: below it now or ever. */
    List<String> concerned(String organisationId) {
        return jdbc.queryForList("""
                select a.organisation_id from organisation_ancestor a join organisation o on o.organisation_id = a.organisation_id
                where a.ancestor_id = ? and o.kind = 'CELL'
                union
                select cell_id from cell_expected where ancestor_id = ?
                """, String.class, organisationId, organisationId);
    }

    void recompute(Collection<String> cells) {
        cells.forEach(this::recompute);
    }

    void recompute(String cellId) {
        var cell = jdbc.query("select created_on, ended_on from organisation where organisation_id = ? and kind = 'CELL'",
                (rs, i) -> new Span(YearMonth.from(rs.getDate(1).toLocalDate()),
                        rs.getDate(2) == null ? null : YearMonth.from(rs.getDate(2).toLocalDate()).minusMonths(1)),
                cellId).stream().findFirst();
        if (cell.isEmpty()) {
            return;
        }
        jdbc.update("delete from cell_expected where cell_id = ?", cellId);
        Span active = cell.get();
        if (active.last() != null && active.last().isBefore(active.first())) {
            return;
        }
        Map<String, List<Span>> spans = new LinkedHashMap<>();
        List<YearMonth> starts = segmentStarts(cellId, active);
        for (int i = 0; i < starts.size(); i++) {
            YearMonth first = starts.get(i);
            YearMonth last = i + 1 < starts.size() ? starts.get(i + 1).minusMonths(1) : active.last();
            for (String ancestor : ancestorsIn(cellId, first)) {
                extend(spans.computeIfAbsent(ancestor, a -> new ArrayList<>()), new Span(first, last));
            }
        }
        spans.forEach((ancestor, list) -> list.forEach(span -> jdbc.update(
                "insert into cell_expected (ancestor_id, cell_id, from_month, to_month) values (?, ?, ?, ?)",
                ancestor, cellId, span.first().atDay(1), span.last() == null ? null : Date.valueOf(span.last().atDay(1)))));
    }

    /**
     * The months from which the cell's path may differ from the month before: those holding a change of
     * position of the cell or of any organisation ever above it (the month of the change and the next,
     * as a position ending during a month still holds that month).
     */
    private List<YearMonth> segmentStarts(String cellId, Span active) {
        var starts = new TreeSet<YearMonth>();
        starts.add(active.first());
        jdbc.query("""
                with recursive reach (organisation_id) as (
                    select cast(? as varchar)
                    union
                    select h.parent_id from organisation_position h join reach r on h.organisation_id = r.organisation_id
                    where h.parent_id is not null)
                select h.valid_from, h.valid_to from organisation_position h join reach r on r.organisation_id = h.organisation_id
                """, rs -> {
            for (int column = 1; column <= 2; column++) {
                Date day = rs.getDate(column);
                if (day != null) {
                    YearMonth month = YearMonth.from(day.toLocalDate());
                    starts.add(month);
                    starts.add(month.plusMonths(1));
                }
            }
        }, cellId);
        return starts.stream().filter(active::contains).toList();
    }

    private List<String> ancestorsIn(String cellId, YearMonth month) {
        return jdbc.queryForList("select ancestor_id from month_ancestors(?, ?)", String.class, cellId, month.atDay(1));
    }

    /** Adds the months to the ancestor's spans, joining them to the last span when they follow it. */
    private static void extend(List<Span> spans, Span months) {
        if (!spans.isEmpty() && spans.get(spans.size() - 1).last() != null
                && spans.get(spans.size() - 1).last().plusMonths(1).equals(months.first())) {
            spans.set(spans.size() - 1, new Span(spans.get(spans.size() - 1).first(), months.last()));
        } else {
            spans.add(months);
        }
    }

    /** Months from first to last, both included; last null: still. */
    private record Span(YearMonth first, YearMonth last) {

        boolean contains(YearMonth month) {
            return !month.isBefore(first) && (last == null || !month.isAfter(last));
        }
    }
}
