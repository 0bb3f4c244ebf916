package vn.chibo.query.audit;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.chibo.events.audit.AuditContract.ChainDigestRecorded;
import vn.chibo.events.audit.AuditContract.SubtreeDigestView;
import vn.chibo.query.projection.ReadModel;

import java.time.LocalDate;
import java.util.List;

/**
 * The daily digests of organisation subtrees, kept as published: what an auditor of a subtree later
 * compares command-service's verification with. A digest already kept is not replaced.
 */
@Component
@ProcessingGroup(ReadModel.PROCESSING_GROUP)
public class SubtreeDigests {

    private final JdbcTemplate jdbc;

    SubtreeDigests(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ChainDigestRecorded e) {
        jdbc.batchUpdate("insert into subtree_digest (organisation_id, day, hash, events, chain_index) values (?, ?, ?, ?, ?)"
                        + " on conflict do nothing",
                e.subtrees().stream().map(s -> new Object[]{s.organisationId(), e.day(), s.hash(), s.events(), e.globalIndex()}).toList());
    }

    /** The organisation's subtree digests, newest first; those recorded after {@code asOf} left out when given. */
    public List<SubtreeDigestView> of(String organisationId, LocalDate asOf, int count) {
        return jdbc.query("select organisation_id, day, hash, events, chain_index from subtree_digest"
                        + " where organisation_id = ? and (cast(? as date) is null or day <= ?) order by day desc limit ?",
                (rs, row) -> new SubtreeDigestView(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3),
                        rs.getLong(4), rs.getLong(5)), organisationId, asOf, asOf, count);
    }
}
