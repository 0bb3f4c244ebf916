package vn.chibo.command.audit;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * Recomputes the chain from the first event and names the first event that does not match its seal.
 * Plain JDBC over a DataSource, so the command line can run it without starting the service.
 */
public class ChainVerifier {

    private static final String WALK = "select c.global_index, c.event_identifier, c.previous_hash, c.hash, "
            + StoredEvent.COLUMNS
            + " from event_chain c full join domain_event_entry e on e.global_index = c.global_index"
            + " where coalesce(c.global_index, e.global_index) <= (select coalesce(max(global_index), 0) from event_chain)"
            + " order by coalesce(c.global_index, e.global_index)";

    private final DataSource dataSource;

    public ChainVerifier(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** What can be wrong with an event, in the order the walk finds them. */
    public enum Problem {
        /** The event's row differs from what was sealed: payload, metadata, identity or sequence changed. */
        CHANGED,
        /** A sealed event's row is gone. */
        MISSING,
        /** The seal does not follow the one before it: a seal was removed or rewritten. */
        CHAIN_BROKEN,
        /** An event inside the sealed range has no seal: inserted after its place was sealed over. */
        UNSEALED,
        /** The recomputed chain at a recorded daily digest differs from that digest. */
        DIGEST_MISMATCH
    }

    public record Finding(long globalIndex, String eventIdentifier, Problem problem) {
    }

    /** The outcome: how many seals were recomputed, the head, and the first problem if any. */
    public record Verification(long verifiedEvents, long headIndex, String headHash, Finding firstProblem) {
        public boolean intact() {
            return firstProblem == null;
        }
    }

    public Verification verify() {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            try {
                return walk(connection, digests(connection));
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the event store could not be read for verification", e);
        }
    }

    private Verification walk(Connection connection, Map<Long, byte[]> digests) throws SQLException {
        byte[] running = StoredEvent.NO_SEAL;
        long verified = 0;
        long head = 0;
        try (PreparedStatement walk = connection.prepareStatement(WALK)) {
            walk.setFetchSize(1000);
            try (ResultSet rs = walk.executeQuery()) {
                while (rs.next()) {
                    Finding problem = check(rs, running);
                    if (problem != null) {
                        return new Verification(verified, head, hex(running), problem);
                    }
                    running = rs.getBytes(4);
                    head = rs.getLong(1);
                    verified++;
                    byte[] digest = digests.get(head);
                    if (digest != null && !Arrays.equals(digest, running)) {
                        return new Verification(verified, head, hex(running),
                                new Finding(head, rs.getString(2), Problem.DIGEST_MISMATCH));
                    }
                }
            }
        }
        return new Verification(verified, head, hex(running), null);
    }

    /** Checks one step of the walk: a seal and its event, either of which may be absent. */
    private static Finding check(ResultSet rs, byte[] running) throws SQLException {
        long sealedIndex = rs.getLong(1);
        if (rs.wasNull()) {
            return new Finding(rs.getLong(5), rs.getString(6), Problem.UNSEALED);
        }
        String sealedId = rs.getString(2);
        rs.getLong(5);
        if (rs.wasNull()) {
            return new Finding(sealedIndex, sealedId, Problem.MISSING);
        }
        if (!Arrays.equals(rs.getBytes(3), running)) {
            return new Finding(sealedIndex, sealedId, Problem.CHAIN_BROKEN);
        }
        StoredEvent event = StoredEvent.from(rs, 5);
        if (!Arrays.equals(event.seal(running), rs.getBytes(4))) {
            return new Finding(sealedIndex, sealedId, Problem.CHANGED);
        }
        return null;
    }

    private static Map<Long, byte[]> digests(Connection connection) throws SQLException {
        Map<Long, byte[]> digests = new HashMap<>();
        try (PreparedStatement s = connection.prepareStatement("select global_index, hash from event_chain_digest");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                digests.put(rs.getLong(1), rs.getBytes(2));
            }
        }
        return digests;
    }

    static String hex(byte[] hash) {
        return HexFormat.of().formatHex(hash);
    }
}
