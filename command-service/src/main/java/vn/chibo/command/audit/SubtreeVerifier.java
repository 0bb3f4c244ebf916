package vn.chibo.command.audit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.command.audit.ChainVerifier.Finding;
import vn.chibo.command.audit.ChainVerifier.Problem;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Verifies one organisation subtree as of a day: recomputes each of its events' seals from the stored
 * row, folds them into the subtree's running digest from the first, and compares it with every digest
 * recorded for the subtree up to that day. Names the first event that does not match. Another
 * subtree's events are not read, so tampering there leaves this subtree's verification intact.
 */
@Component
public class SubtreeVerifier {

    private static final String WALK = "select s.global_index, c.event_identifier, c.previous_hash, c.hash,"
            + " (select n.previous_hash from event_chain n where n.global_index > s.global_index order by n.global_index limit 1), "
            + StoredEvent.COLUMNS
            + " from event_chain_subtree s"
            + " left join event_chain c on c.global_index = s.global_index"
            + " left join domain_event_entry e on e.global_index = s.global_index"
            + " where s.organisation_id = ? and s.global_index <= ? order by s.global_index";

    private final JdbcTemplate jdbc;

    public SubtreeVerifier(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The outcome against the subtree's digest recorded on the day, or the last one before it. */
    public record Verification(String organisationId, LocalDate day, long verifiedEvents, long recordedEvents,
                        String recordedHash, String recomputedHash, Finding firstProblem) {
        public boolean intact() {
            return firstProblem == null;
        }
    }

    private record Recorded(LocalDate day, long globalIndex, byte[] hash, long events) {
    }

    /** Empty when no digest of the subtree was recorded by that day. */
    @Transactional(readOnly = true)
    public Optional<Verification> verify(String organisationId, LocalDate day) {
        List<Recorded> recorded = recorded(organisationId, day);
        if (recorded.isEmpty()) {
            return Optional.empty();
        }
        Walk walk = new Walk(recorded);
        jdbc.query(WALK, walk::step, organisationId, recorded.get(recorded.size() - 1).globalIndex());
        walk.finish(Long.MAX_VALUE);
        Recorded last = walk.last;
        return Optional.of(new Verification(organisationId, last.day(), walk.verified, last.events(),
                ChainVerifier.hex(last.hash()), ChainVerifier.hex(walk.running), walk.problem));
    }

    /** The subtree's digests up to the last one recorded by the day, in chain order. */
    private List<Recorded> recorded(String organisationId, LocalDate day) {
        return jdbc.query("""
                select day, global_index, hash, events from event_chain_subtree_digest
                where organisation_id = ? and global_index <= (select max(global_index) from event_chain_subtree_digest
                                                               where organisation_id = ? and day <= ?)
                order by global_index""", (rs, row) -> new Recorded(rs.getObject(1, LocalDate.class), rs.getLong(2),
                rs.getBytes(3), rs.getLong(4)), organisationId, organisationId, day);
    }

    /** The fold over the subtree's events, checked at each recorded digest it passes. */
    private static final class Walk {
        private final List<Recorded> recorded;
        private int next;
        private Recorded last;
        private byte[] running = StoredEvent.NO_SEAL;
        private List<byte[]> seals = new ArrayList<>();
        private long verified;
        private Finding lastEvent;
        private Finding problem;

        Walk(List<Recorded> recorded) {
            this.recorded = recorded;
        }

        void step(ResultSet rs) throws SQLException {
            long index = rs.getLong(1);
            finish(index);
            byte[] seal = rs.getBytes(4);
            Finding event = new Finding(index, seal == null ? rs.getString(7) : rs.getString(2), null);
            lastEvent = event;
            verified++;
            if (seal == null) {
                found(event, Problem.CHAIN_BROKEN);
                return;
            }
            rs.getLong(6);
            if (rs.wasNull()) {
                found(event, Problem.MISSING);
                seals.add(seal);
                return;
            }
            byte[] recomputed = StoredEvent.from(rs, 6).seal(rs.getBytes(3));
            seals.add(recomputed);
            if (!Arrays.equals(recomputed, seal)) {
                found(event, Problem.CHANGED);
            }
            byte[] following = rs.getBytes(5);
            if (following != null && !Arrays.equals(following, seal)) {
                found(event, Problem.CHAIN_BROKEN);
            }
        }

        /** Closes every recorded digest that ends before the index, comparing the fold with it. */
        void finish(long index) {
            while (next < recorded.size() && recorded.get(next).globalIndex() < index) {
                last = recorded.get(next++);
                running = SubtreeDigests.fold(running, seals);
                seals = new ArrayList<>();
                if (!Arrays.equals(running, last.hash()) || verified != last.events()) {
                    found(lastEvent == null ? new Finding(last.globalIndex(), null, null) : lastEvent, Problem.DIGEST_MISMATCH);
                }
            }
        }

        private void found(Finding where, Problem what) {
            if (problem == null) {
                problem = new Finding(where.globalIndex(), where.eventIdentifier(), what);
            }
        }
    }
}
