package vn.chibo.command.audit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Seals stored events into the chain, in global_index order, shortly after they are committed.
 * <p>
 * Writers commit out of index order, so a missing index may be a transaction still under way: the
 * sealer stops there and waits, unless the event after the gap is older than
 * {@code chibo.audit.gap-timeout} — then the gap is a rolled-back insert and is passed over. An event
 * that commits into a gap already passed over is reported by {@link ChainVerifier} as unsealed.
 */
@Component
public class ChainSealer {

    /** PostgreSQL advisory lock: one sealer at a time, however many command-service instances run. */
    static final long LOCK = 0x63686962_6f4c4f43L;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Duration gapTimeout;
    private final int batchSize;

    ChainSealer(JdbcTemplate jdbc, TransactionTemplate transaction, Clock clock,
                @Value("${chibo.audit.gap-timeout:10s}") Duration gapTimeout,
                @Value("${chibo.audit.seal-batch-size:1000}") int batchSize) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
        this.gapTimeout = gapTimeout;
        this.batchSize = batchSize;
    }

    /** Seals everything that can be sealed now; returns how many events it sealed. */
    @Scheduled(initialDelayString = "${chibo.audit.seal-interval:1s}", fixedDelayString = "${chibo.audit.seal-interval:1s}")
    public int sealAll() {
        int total = 0;
        int sealed;
        do {
            sealed = sealBatch();
            total += sealed;
        } while (sealed == batchSize);
        return total;
    }

    private int sealBatch() {
        Integer sealed = transaction.execute(status -> {
            if (!Boolean.TRUE.equals(jdbc.queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class, LOCK))) {
                return 0;
            }
            Seal head = head();
            List<StoredEvent> next = jdbc.query("select " + StoredEvent.COLUMNS + " from domain_event_entry e"
                    + " where e.global_index > ? order by e.global_index limit ?",
                    (rs, row) -> StoredEvent.from(rs, 1), head.globalIndex(), batchSize);
            List<Object[]> seals = new ArrayList<>();
            long expected = head.globalIndex() + 1;
            byte[] previous = head.hash();
            for (StoredEvent event : next) {
                if (event.globalIndex() != expected && !gapSettled(event)) {
                    break;
                }
                byte[] hash = event.seal(previous);
                seals.add(new Object[]{event.globalIndex(), event.eventIdentifier(), previous, hash});
                previous = hash;
                expected = event.globalIndex() + 1;
            }
            jdbc.batchUpdate("insert into event_chain (global_index, event_identifier, previous_hash, hash) values (?, ?, ?, ?)", seals);
            return seals.size();
        });
        return sealed == null ? 0 : sealed;
    }

    /** The last seal, or the genesis before the first event. */
    Seal head() {
        return jdbc.query("select global_index, hash from event_chain order by global_index desc limit 1",
                        (rs, row) -> new Seal(rs.getLong(1), rs.getBytes(2)))
                .stream().findFirst().orElse(new Seal(0, StoredEvent.NO_SEAL));
    }

    private boolean gapSettled(StoredEvent after) {
        try {
            return Instant.parse(after.timeStamp()).isBefore(clock.instant().minus(gapTimeout));
        } catch (DateTimeParseException e) {
            return true;
        }
    }

    record Seal(long globalIndex, byte[] hash) {
    }
}
