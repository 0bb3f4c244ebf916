package vn.chibo.events.audit;

import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import vn.chibo.events.ContractJson;
import vn.chibo.events.audit.AuditContract.ChainDigestRecorded;
import vn.chibo.events.audit.AuditContract.SubtreeDigest;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A digest stored or published before subtree digests existed reads back, with none. */
class ChainDigestUpcasterTest {

    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(ContractJson.newObjectMapper()).build();

    @Test
    void revisionOnePayloadReadsAsRevisionTwoWithoutSubtrees() {
        var upcast = upcast("1", "{\"day\":\"2026-03-04\",\"globalIndex\":1234,\"hash\":\"ab12\",\"events\":1200}");

        assertThat(upcast.getType().getRevision()).isEqualTo("2");
        Object event = serializer.deserialize(upcast.getData());
        assertThat(event).isEqualTo(new ChainDigestRecorded(LocalDate.of(2026, 3, 4), 1234, "ab12", 1200, List.of()));
    }

    @Test
    void revisionTwoIsLeftAlone() {
        var upcast = upcast("2", "{\"day\":\"2026-03-05\",\"globalIndex\":9,\"hash\":\"cd\",\"events\":9,"
                + "\"subtrees\":[{\"organisationId\":\"xa-A\",\"hash\":\"ef\",\"events\":4}]}");

        ChainDigestRecorded event = serializer.deserialize(upcast.getData());
        assertThat(event.subtrees()).containsExactly(new SubtreeDigest("xa-A", "ef", 4));
    }

    private IntermediateEventRepresentation upcast(String revision, String payload) {
        var entry = new GenericDomainEventEntry<>(null, "e-1", 0, "e-1", "2026-03-05T00:05:00Z",
                ChainDigestRecorded.class.getName(), revision, payload.getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8));
        List<IntermediateEventRepresentation> upcast =
                new EventUpcasterChain(new ChainDigestUpcaster())
                        .upcast(Stream.of(new InitialEventRepresentation(entry, serializer))).toList();
        assertThat(upcast).hasSize(1);
        return upcast.get(0);
    }
}
