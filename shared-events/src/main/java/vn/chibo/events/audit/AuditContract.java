package vn.chibo.events.audit;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** Tamper evidence of the event store (issue 6): what is published so copies outside it can check it. */
public final class AuditContract {

    private AuditContract() {
    }

    /**
     * The chain's head at the end of a day: every event up to {@code globalIndex} is covered by
     * {@code hash} (SHA-256, hex). Published so the dashboard, the topic and anyone who keeps a copy can
     * later prove what the store held.
     */
    @Revision("1")
    public record ChainDigestRecorded(LocalDate day, long globalIndex, String hash, long events) {
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
