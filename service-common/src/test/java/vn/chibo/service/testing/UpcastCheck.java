package vn.chibo.service.testing;

import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import vn.chibo.events.audit.AuditContract.ChainDigestRecorded;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

/** Whether a service's Axon configuration (its event store and Kafka consumers) upcasts old event revisions. */
public final class UpcastCheck {

    private UpcastCheck() {
    }

    /** The revision a ChainDigestRecorded of revision 1 has after the service's upcaster chain. */
    public static String revisionAfterUpcasting(Configuration axon) {
        var entry = new GenericDomainEventEntry<>(null, "old-digest", 0, "old-digest", "2026-03-05T00:05:00Z",
                ChainDigestRecorded.class.getName(), "1",
                "{\"day\":\"2026-03-04\",\"globalIndex\":12,\"hash\":\"ab\",\"events\":12}".getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8));
        return axon.upcasterChain().upcast(Stream.of(new InitialEventRepresentation(entry, axon.eventSerializer())))
                .findFirst().orElseThrow().getType().getRevision();
    }
}
