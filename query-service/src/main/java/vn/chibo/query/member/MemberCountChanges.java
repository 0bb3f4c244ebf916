package vn.chibo.query.member;

import org.springframework.jdbc.core.JdbcTemplate;
import vn.chibo.events.member.MembershipStatus;
import vn.chibo.query.projection.BatchWrites;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The member counts a batch changes per cell, written in one statement to every subtree the cell is in. */
final class MemberCountChanges implements BatchWrites.Pending {

    private final JdbcTemplate jdbc;
    /** Per cell: official, probationary. */
    private final Map<String, int[]> deltas = new LinkedHashMap<>();

    MemberCountChanges(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void add(String cellId, MembershipStatus status, int delta) {
        deltas.computeIfAbsent(cellId, id -> new int[2])[status == MembershipStatus.OFFICIAL ? 0 : 1] += delta;
    }

    @Override
    public void write() {
        if (deltas.isEmpty()) {
            return;
        }
        List<String> cells = List.copyOf(deltas.keySet());
        jdbc.update("""
                update organisation_totals t
                set official_members = t.official_members + d.official,
                    probationary_members = t.probationary_members + d.probationary
                from (select a.ancestor_id, sum(c.official) official, sum(c.probationary) probationary
                      from unnest(?::varchar[], ?::int[], ?::int[]) c (cell_id, official, probationary)
                      join organisation_ancestor a on a.organisation_id = c.cell_id
                      group by a.ancestor_id) d
                where t.organisation_id = d.ancestor_id
                """, cells.toArray(String[]::new),
                cells.stream().map(c -> deltas.get(c)[0]).toArray(Integer[]::new),
                cells.stream().map(c -> deltas.get(c)[1]).toArray(Integer[]::new));
        deltas.clear();
    }
}
