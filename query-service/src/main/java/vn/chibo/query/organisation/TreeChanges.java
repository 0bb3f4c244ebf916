package vn.chibo.query.organisation;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/**
 * Re-attributes figures when the tree changes. A move takes the subtree's current totals from the old
 * ancestors to the new ones, and its indicator counts from the month the move took effect: months
 * before stay with the organisations the subtree belonged to then. Set-based, one statement a step.
 */
@Component
class TreeChanges {

    private static final String OLD_ANCESTORS =
            "(select ancestor_id from organisation_ancestor where organisation_id = :org and distance > 0)";
    private static final String NEW_ANCESTORS =
            "(select ancestor_id from organisation_ancestor where organisation_id = :parent)";
    private static final String SUBTREE =
            "(select organisation_id from organisation_ancestor where ancestor_id = :org)";

    private final NamedParameterJdbcTemplate jdbc;

    TreeChanges(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void move(String organisationId, String newParentId, LocalDate effective) {
        var params = new MapSqlParameterSource("org", organisationId).addValue("parent", newParentId)
                .addValue("month", effective.withDayOfMonth(1));
        shiftTotals(OLD_ANCESTORS, "-", params);
        shiftIndicators(OLD_ANCESTORS, "-", params);
        jdbc.update("delete from organisation_ancestor where organisation_id in " + SUBTREE
                + " and ancestor_id in " + OLD_ANCESTORS, params);
        jdbc.update("""
                insert into organisation_ancestor (organisation_id, ancestor_id, distance)
                select s.organisation_id, p.ancestor_id, s.distance + p.distance + 1
                from organisation_ancestor s join organisation_ancestor p on p.organisation_id = :parent
                where s.ancestor_id = :org
                """, params);
        jdbc.update("update organisation set parent_id = :parent where organisation_id = :org", params);
        jdbc.update("""
                update organisation o set depth = (select count(*) - 1 from organisation_ancestor a
                                                   where a.organisation_id = o.organisation_id)
                where o.organisation_id in """ + SUBTREE, params);
        shiftTotals(NEW_ANCESTORS, "+", params);
        jdbc.update("""
                insert into indicator_month (organisation_id, month, indicator, value)
                select a.ancestor_id, s.month, s.indicator, s.value
                from indicator_month s join organisation_ancestor a on a.organisation_id = :parent
                where s.organisation_id = :org and s.month >= :month
                on conflict (organisation_id, month, indicator) do update set value = indicator_month.value + excluded.value
                """, params);
    }

    /** A cell that ended no longer counts among its ancestors' cells. */
    void end(String organisationId, LocalDate effective) {
        var params = new MapSqlParameterSource("org", organisationId).addValue("ended", effective);
        int ended = jdbc.update("update organisation set ended_on = :ended where organisation_id = :org and ended_on is null",
                params);
        if (ended == 1) {
            jdbc.update("""
                    update organisation_totals set cells = cells - 1
                    where organisation_id in (select ancestor_id from organisation_ancestor where organisation_id = :org)
                      and exists (select 1 from organisation where organisation_id = :org and kind = 'CELL')
                    """, params);
        }
    }

    private void shiftTotals(String ancestors, String sign, MapSqlParameterSource params) {
        jdbc.update("""
                update organisation_totals t
                set cells = t.cells %1$s s.cells,
                    official_members = t.official_members %1$s s.official_members,
                    probationary_members = t.probationary_members %1$s s.probationary_members
                from organisation_totals s
                where s.organisation_id = :org and t.organisation_id in %2$s
                """.formatted(sign, ancestors), params);
    }

    private void shiftIndicators(String ancestors, String sign, MapSqlParameterSource params) {
        jdbc.update("""
                update indicator_month t set value = t.value %1$s s.value
                from indicator_month s
                where s.organisation_id = :org and s.month >= :month
                  and t.month = s.month and t.indicator = s.indicator and t.organisation_id in %2$s
                """.formatted(sign, ancestors), params);
    }
}
