package vn.chibo.command.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;

/** One row of the event store, as stored: what a seal covers. */
record StoredEvent(long globalIndex, String eventIdentifier, String aggregateIdentifier, long sequenceNumber,
                   String type, String timeStamp, String payloadType, String payloadRevision, byte[] payload,
                   byte[] metaData) {

    /** The columns read, in the order {@link #from} expects them. */
    static final String COLUMNS = "e.global_index, e.event_identifier, e.aggregate_identifier, e.sequence_number, "
            + "e.type, e.time_stamp, e.payload_type, e.payload_revision, e.payload, e.meta_data";

    /** The genesis: what the first event's seal chains to. */
    static final byte[] NO_SEAL = new byte[32];

    /** Reads the {@link #COLUMNS}, the first of them at column {@code first} (1-based). */
    static StoredEvent from(ResultSet rs, int first) throws SQLException {
        int c = first;
        return new StoredEvent(rs.getLong(c), rs.getString(c + 1), rs.getString(c + 2), rs.getLong(c + 3),
                rs.getString(c + 4), rs.getString(c + 5), rs.getString(c + 6), rs.getString(c + 7),
                rs.getBytes(c + 8), rs.getBytes(c + 9));
    }

    /**
     * SHA-256 over the previous seal and every column, each length-prefixed so no two different rows
     * can produce the same input.
     */
    byte[] seal(byte[] previous) {
        MessageDigest sha = sha256();
        sha.update(previous);
        sha.update(ByteBuffer.allocate(16).putLong(globalIndex).putLong(sequenceNumber).array());
        for (String text : new String[]{eventIdentifier, aggregateIdentifier, type, timeStamp, payloadType, payloadRevision}) {
            field(sha, text == null ? null : text.getBytes(StandardCharsets.UTF_8));
        }
        field(sha, payload);
        field(sha, metaData);
        return sha.digest();
    }

    private static void field(MessageDigest sha, byte[] value) {
        sha.update(ByteBuffer.allocate(4).putInt(value == null ? -1 : value.length).array());
        if (value != null) {
            sha.update(value);
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
