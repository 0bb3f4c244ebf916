package vn.chibo.query.projection;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.chibo.events.member.MembershipStatus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Today's subtree totals ({@code organisation_totals}: cells, official and probationary members) a batch
 * changes, gathered per organisation and written in one statement to it and every ancestor (see
 * {@link BatchWrites}). Every ancestor's row is shared by all the cells below it: written mid-batch, one
 * segment's batch would hold the province's row while another waits for it, and both then wait for the
 * counters' lock ({@link ReadModelLocks}) the other holds.
 */
@Component
public class SubtreeTotals {

    private static final String KEY = SubtreeTotals.class.getName();

    private final BatchWrites batchWrites;
    private final JdbcTemplate jdbc;

    public SubtreeTotals(BatchWrites batchWrites, JdbcTemplate jdbc) {
        this.batchWrites = batchWrites;
        this.jdbc = jdbc;
    }

    /** A new cell counts for itself and every ancestor; its closure rows are written before this is. */
    public void cellCreated(String cellId) {
        batchWrites.add(KEY, Changes::new, changes -> changes.add(cellId, 0, 1));
    }

    public void members(String cellId, MembershipStatus status, int delta) {
        batchWrites.add(KEY, Changes::new, changes -> changes.add(cellId, status == MembershipStatus.OFFICIAL ? 1 : 2, delta));
    }

    private final class Changes implements BatchWrites.Pending {

        /** Per organisation: cells, official, probationary. */
        private final Map<String, int[]> deltas = new LinkedHashMap<>();

        void add(String organisationId, int column, int delta) {
            deltas.computeIfAbsent(organisationId, id -> new int[3])[column] += delta;
        }

        @Override
        public void write() {
            if (deltas.isEmpty()) {
                return;
            }
            List<String> organisations = List.copyOf(deltas.keySet());
            jdbc.update("""
                    update organisation_totals t
                    set cells = t.cells + d.cells,
                        official_members = t.official_members + d.official,
                        probationary_members = t.probationary_members + d.probationary
                    from (select a.ancestor_id, sum(c.cells) cells, sum(c.official) official, sum(c.probationary) probationary
                          from unnest(?::varchar[], ?::int[], ?::int[], ?::int[]) c (organisation_id, cells, official, probationary)
                          join organisation_ancestor a on a.organisation_id = c.organisation_id
                          group by a.ancestor_id) d
                    where t.organisation_id = d.ancestor_id
                    """, organisations.toArray(String[]::new), column(organisations, 0), column(organisations, 1),
                    column(organisations, 2));
            deltas.clear();
        }

        private Integer[] column(List<String> organisations, int column) {
            return organisations.stream().map(id -> deltas.get(id)[column]).toArray(Integer[]::new);
        }
    }
}
