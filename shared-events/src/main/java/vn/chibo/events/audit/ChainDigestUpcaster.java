package vn.chibo.events.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import vn.chibo.events.audit.AuditContract.ChainDigestRecorded;

/**
 * Reads a {@link ChainDigestRecorded} of revision 1, stored and published before subtree digests
 * existed, as revision 2 with no subtree digests. Every service registers it (service-common), so the
 * event store and every Kafka consumer read old digests alike.
 */
public class ChainDigestUpcaster extends SingleEventUpcaster {

    static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(ChainDigestRecorded.class.getName(), "1");
    static final String REVISION_2 = "2";

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return REVISION_1.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(new SimpleSerializedType(REVISION_1.getName(), REVISION_2),
                JsonNode.class, ChainDigestUpcaster::withoutSubtrees);
    }

    private static JsonNode withoutSubtrees(JsonNode payload) {
        ObjectNode upcast = payload.deepCopy();
        upcast.putArray("subtrees");
        return upcast;
    }
}
