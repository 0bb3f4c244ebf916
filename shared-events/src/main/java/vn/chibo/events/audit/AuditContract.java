package vn.chibo.events.audit;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

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
}
