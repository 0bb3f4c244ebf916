package vn.chibo.command.audit;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chibo.command.CommandServiceApplication;
import vn.chibo.events.EventMetadata;
import vn.chibo.events.audit.AuditContract.ChainDigestRecorded;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * Records, once a day, the chain's head as it stands just after midnight, with the digest of each
 * organisation subtree that grew since ({@link SubtreeDigests}), and publishes them as one event:
 * copies outside this database (the topic, the read model, the dashboard) then prove what the store
 * held, even against someone who rewrites events and seals alike.
 */
@Component
public class DailyDigest {

    private final ChainSealer sealer;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final EventGateway events;
    private final Clock clock;
    private final SubtreeDigests subtrees;

    DailyDigest(ChainSealer sealer, JdbcTemplate jdbc, TransactionTemplate transaction, EventGateway events, Clock clock,
                SubtreeDigests subtrees) {
        this.sealer = sealer;
        this.subtrees = subtrees;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(cron = "${chibo.audit.digest-cron:0 5 0 * * *}", zone = "Asia/Ho_Chi_Minh")
    void endOfDay() {
        record(LocalDate.now(clock.withZone(CommandServiceApplication.ZONE)).minusDays(1));
    }

    /** Records the digest of a day once; a repeat for the same day returns the one recorded. */
    public Optional<ChainDigestRecorded> record(LocalDate day) {
        sealer.sealAll();
        ChainSealer.Seal head = sealer.head();
        if (head.globalIndex() == 0) {
            return Optional.empty();
        }
        return transaction.execute(status -> {
            // one digest at a time, and none while the sealer writes: each starts where the last one ended
            jdbc.queryForObject("select pg_advisory_xact_lock(?)", Object.class, ChainSealer.LOCK);
            long previous = jdbc.queryForObject("select coalesce(max(global_index), 0) from event_chain_digest", Long.class);
            long events = jdbc.queryForObject("select count(*) from event_chain", Long.class);
            int inserted = jdbc.update("insert into event_chain_digest (day, global_index, hash, events) values (?, ?, ?, ?)"
                    + " on conflict (day) do nothing", day, head.globalIndex(), head.hash(), events);
            if (inserted == 0) {
                return recorded(day);
            }
            var digest = new ChainDigestRecorded(day, head.globalIndex(), ChainVerifier.hex(head.hash()), events,
                    subtrees.record(day, previous, head.globalIndex()));
            this.events.publish(GenericEventMessage.asEventMessage(digest)
                    .andMetaData(Map.of(EventMetadata.ACTOR, "system", EventMetadata.ACTING_ROLE, "SYSTEM")));
            return Optional.of(digest);
        });
    }

    Optional<ChainDigestRecorded> recorded(LocalDate day) {
        return jdbc.query("select day, global_index, hash, events from event_chain_digest where day = ?",
                (rs, row) -> new ChainDigestRecorded(rs.getObject(1, LocalDate.class), rs.getLong(2),
                        ChainVerifier.hex(rs.getBytes(3)), rs.getLong(4), subtrees.recorded(day)), day).stream().findFirst();
    }
}
