package vn.chibo.events.audit;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Tamper evidence of the event store (issue 6): what is published so copies outside it can check it. */
public final class AuditContract {

    private AuditContract() {
    }

    /**
     * The chain's head at the end of a day: every event up to {@code globalIndex} is covered by
     * {@code hash} (SHA-256, hex). Published so the dashboard, the topic and anyone who keeps a copy can
     * later prove what the store held. {@code subtrees}: the digest of each organisation's subtree whose
     * events grew since the previous day's digest (revision 2; revision 1 had none, see
     * {@link ChainDigestUpcaster}).
     */
    @Revision("2")
    public record ChainDigestRecorded(LocalDate day, long globalIndex, String hash, long events,
                                      List<SubtreeDigest> subtrees) {
        public ChainDigestRecorded {
            subtrees = subtrees == null ? List.of() : List.copyOf(subtrees);
        }
    }

    /**
     * Dấu xác thực của một nhánh — an organisation subtree's running digest: SHA-256 (hex) over the
     * subtree's previous digest and the chain seals of the subtree's events sealed since, in chain
     * order; {@code events} counts every event of the subtree so far.
     */
    public record SubtreeDigest(String organisationId, String hash, long events) {
    }

    /** A subtree's digest as published on a day, for the dashboard and the API. */
    public record SubtreeDigestView(String organisationId, LocalDate day, String hash, long events, long chainIndex) {
    }

    /**
     * One entry of the audit trail: an event as who did what, when, where it belongs, with its facts.
     * {@code label} and {@code detail} are for people (in the request's language); {@code facts} is the
     * event as stored.
     */
    public record AuditEntryView(long position, String eventId, Instant occurredAt, String eventType, String label,
                                 String detail, String entityType, String entityId, String organisationId,
                                 String organisationName, String meetingId, String resolutionId, String actor,
                                 String actingRole, String actingOrganisation, Map<String, Object> facts) {
    }
}
