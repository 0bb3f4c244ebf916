package vn.chibo.query.organisation;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.chibo.query.projection.BatchWrites;
import vn.chibo.query.projection.ReadModelLocks;

import java.time.LocalDate;

/**
 * Keeps the tree's history ({@code organisation_position}) and re-attributes figures when the tree changes.
 * A month's figures belong to the tree as it stood in that month (the month's tree: each organisation
 * under the latest parent it had during the month, see {@code parent_in} in V27). A move, effective on
 * any day of month M, changes the month's tree from M on: the subtree's counts of M and later months
 * leave the ancestors it had in each of those months and go to the ones it has now, month by month, so a
 * later move of an ancestor (processed earlier or later) is respected. Today's totals and closure follow
 * today's tree. Set-based, one statement a step. With several segments, a batch that changes the tree holds
 * it exclusively ({@link ReadModelLocks}): no other batch adds counts meanwhile to the ancestors it changes.
 */
@Component
class TreeChanges {

    private static final String OLD_ANCESTORS =
            "(select ancestor_id from organisation_ancestor where organisation_id = :org and distance > 0)";
    private static final String NEW_ANCESTORS =
            "(select ancestor_id from organisation_ancestor where organisation_id = :parent)";
    private static final String SUBTREE =
            "(select organisation_id from organisation_ancestor where ancestor_id = :org)";
    /** The subtree's counts from the effective month, with the ancestors above it in each month's tree. */
    private static final String MONTHS_ABOVE = """
            (select a.ancestor_id, s.month, s.indicator, s.value
             from indicator_month s cross join lateral month_ancestors(s.organisation_id, s.month) a
             where s.organisation_id = :org and s.month >= :month and a.distance > 0)
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final ExpectedCells expectedCells;
    private final BatchWrites batchWrites;
    private final ReadModelLocks locks;

    TreeChanges(NamedParameterJdbcTemplate jdbc, ExpectedCells expectedCells, BatchWrites batchWrites,
                ReadModelLocks locks) {
        this.jdbc = jdbc;
        this.expectedCells = expectedCells;
        this.batchWrites = batchWrites;
        this.locks = locks;
    }

    /** A new organisation: its first position, and the months its cell is expected to meet. */
    void created(String organisationId, String parentId, LocalDate effective) {
        jdbc.update("""
                insert into organisation_position (organisation_id, parent_id, valid_from) values (:org, :parent, :from)
                on conflict do nothing
                """, new MapSqlParameterSource("org", organisationId).addValue("parent", parentId)
                .addValue("from", effective));
        expectedCells.recompute(organisationId);
    }

    void move(String organisationId, String newParentId, LocalDate effective) {
        // held already unless the move waited in the waiting room for its new parent (TreeChangeLock)
        locks.treeExclusive();
        // the counts gathered so far belong to the tree before the move, and are moved with it
        batchWrites.flush();
        var params = new MapSqlParameterSource("org", organisationId).addValue("parent", newParentId)
                .addValue("month", effective.withDayOfMonth(1)).addValue("effective", effective);
        var cells = expectedCells.concerned(organisationId);
        jdbc.update("""
                update indicator_month t set value = t.value - m.value from """ + MONTHS_ABOVE + """
                 m where t.organisation_id = m.ancestor_id and t.month = m.month and t.indicator = m.indicator
                """, params);
        closePosition(params);
        jdbc.update("insert into organisation_position (organisation_id, parent_id, valid_from) values (:org, :parent, :effective)",
                params);
        jdbc.update("""
                insert into indicator_month (organisation_id, month, indicator, value)
                select ancestor_id, month, indicator, value from """ + MONTHS_ABOVE + """
                 m on conflict (organisation_id, month, indicator) do update set value = indicator_month.value + excluded.value
                """, params);
        moveToday(params);
        expectedCells.recompute(cells);
    }

    /** An organisation that ended (dissolved, absorbed, split) holds its last position until the day before. */
    void end(String organisationId, LocalDate effective) {
        locks.treeExclusive();
        batchWrites.flush();
        var params = new MapSqlParameterSource("org", organisationId).addValue("ended", effective)
                .addValue("effective", effective);
        int ended = jdbc.update("update organisation set ended_on = :ended where organisation_id = :org and ended_on is null",
                params);
        if (ended == 1) {
            closePosition(params);
            jdbc.update("""
                    update organisation_totals set cells = cells - 1
                    where organisation_id in (select ancestor_id from organisation_ancestor where organisation_id = :org)
                      and exists (select 1 from organisation where organisation_id = :org and kind = 'CELL')
                    """, params);
            expectedCells.recompute(organisationId);
        }
    }

    /** Ends the open position on the effective day; a position that would hold no day at all goes. */
    private void closePosition(MapSqlParameterSource params) {
        jdbc.update("delete from organisation_position where organisation_id = :org and valid_to is null and valid_from >= :effective",
                params);
        jdbc.update("update organisation_position set valid_to = :effective where organisation_id = :org and valid_to is null",
                params);
    }

    /** Today's tree: the closure, the parent, the depths and the subtree totals. */
    private void moveToday(MapSqlParameterSource params) {
        shiftTotals(OLD_ANCESTORS, "-", params);
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
}
