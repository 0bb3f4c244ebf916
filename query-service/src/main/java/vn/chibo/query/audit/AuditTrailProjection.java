package vn.chibo.query.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.chibo.events.ContractJson;
import vn.chibo.events.EventMetadata;
import vn.chibo.query.projection.ReadModel;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every event, as an entry of the audit trail: who (actor, role, acting organisation from the event's
 * metadata), when, what (its type and facts), and where it belongs (organisation, meeting, resolution —
 * named by the event or, for events that do not repeat them, by the entity's earlier events).
 * Entries of a batch are written together when the batch commits.
 */
@Component
@ProcessingGroup(ReadModel.PROCESSING_GROUP)
class AuditTrailProjection {

    private static final String BATCH = AuditTrailProjection.class.getName() + ".batch";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json = ContractJson.newObjectMapper();
    private final EntityLinks links;

    AuditTrailProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.links = new EntityLinks(jdbc);
    }

    @EventHandler
    void on(Object payload, EventMessage<?> message) {
        ObjectNode facts = json.valueToTree(payload);
        String entityId = message instanceof DomainEventMessage<?> d ? d.getAggregateIdentifier() : null;
        // an aggregate's first event has nothing before it to look up
        boolean first = !(message instanceof DomainEventMessage<?> d) || d.getSequenceNumber() == 0;
        EntityLinks.Link link = links.follow(entityId, first, facts);
        batch().entries.add(new Object[]{message.getIdentifier(), Timestamp.from(message.getTimestamp()),
                message.getPayloadType().getSimpleName(),
                message instanceof DomainEventMessage<?> d ? d.getType() : null, entityId,
                message instanceof DomainEventMessage<?> d ? d.getSequenceNumber() : null,
                link.organisationId(), link.meetingId(), link.resolutionId(),
                text(message, EventMetadata.ACTOR), text(message, EventMetadata.ACTING_ROLE),
                text(message, EventMetadata.ACTING_ORGANISATION), facts.toString()});
    }

    private static String text(EventMessage<?> message, String key) {
        Object value = message.getMetaData().get(key);
        return value == null ? null : value.toString();
    }

    private Batch batch() {
        var root = CurrentUnitOfWork.get().root();
        return root.getOrComputeResource(BATCH, key -> {
            Batch batch = new Batch();
            root.onPrepareCommit(unitOfWork -> write(batch));
            // what this batch taught the cache was never stored: the retried batch must learn it again
            root.onRollback(unitOfWork -> links.forget());
            return batch;
        });
    }

    private void write(Batch batch) {
        links.write();
        jdbc.batchUpdate("""
                insert into audit_entry (event_id, occurred_at, event_type, entity_type, entity_id, sequence_number,
                                         organisation_id, meeting_id, resolution_id, actor, acting_role,
                                         acting_organisation, facts)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))
                on conflict (event_id) do nothing
                """, batch.entries);
    }

    private static final class Batch {
        final List<Object[]> entries = new ArrayList<>();
    }

    /**
     * Where an entity's events belong when they do not say: the organisation its events last named (a
     * transfer moves it), and the resolution its first event named (a task's progress names neither).
     * The meeting is only ever the one an event names itself: a resolution amended later was not
     * amended in the meeting that adopted it.
     */
    static final class EntityLinks {

        record Link(String organisationId, String meetingId, String resolutionId) {
        }

        private record Known(String organisationId, String resolutionId) {
        }

        private static final int CACHED = 50_000;
        private final JdbcTemplate jdbc;
        private final Map<String, Known> known = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Known> eldest) {
                return size() > CACHED;
            }
        };
        private final Map<String, Known> changed = new LinkedHashMap<>();

        EntityLinks(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        synchronized Link follow(String entityId, boolean first, JsonNode facts) {
            Known before = entityId == null || first ? null : known(entityId);
            String organisation = text(facts, "toOrganisationId", "toCellId", "organisationId", "cellId", "committeeId");
            String resolution = text(facts, "resolutionId");
            Link link = new Link(organisation != null ? organisation : before == null ? null : before.organisationId(),
                    text(facts, "meetingId"),
                    resolution != null ? resolution : before == null ? null : before.resolutionId());
            Known now = new Known(link.organisationId(), before == null ? resolution : before.resolutionId());
            if (entityId != null && !now.equals(before)) {
                known.put(entityId, now);
                changed.put(entityId, now);
            }
            return link;
        }

        synchronized void forget() {
            known.clear();
            changed.clear();
        }

        synchronized void write() {
            jdbc.batchUpdate("""
                    insert into audit_entity (entity_id, organisation_id, resolution_id) values (?, ?, ?)
                    on conflict (entity_id) do update set organisation_id = excluded.organisation_id,
                        resolution_id = excluded.resolution_id
                    """, changed.entrySet().stream().map(e -> new Object[]{e.getKey(), e.getValue().organisationId(),
                    e.getValue().resolutionId()}).toList());
            changed.clear();
        }

        private Known known(String entityId) {
            Known link = known.get(entityId);
            if (link == null) {
                link = jdbc.query("select organisation_id, resolution_id from audit_entity where entity_id = ?",
                        (rs, i) -> new Known(rs.getString(1), rs.getString(2)), entityId).stream().findFirst().orElse(null);
                if (link != null) {
                    known.put(entityId, link);
                }
            }
            return link;
        }

        private static String text(JsonNode facts, String... fields) {
            for (String field : fields) {
                JsonNode value = facts.get(field);
                if (value != null && value.isTextual()) {
                    return value.asText();
                }
            }
            return null;
        }
    }
}
