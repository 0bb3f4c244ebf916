package vn.chibo.query.projection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Holds events that arrived before what they depend on. Kafka keeps each aggregate's events in order,
 * not the order between aggregates: a member's registration can overtake the creation of its cell when
 * partitions are read at different speeds. Such an event waits here, in the same transaction as the
 * token, and is applied in arrival order as soon as what it waits for is known. Each projection has
 * its own {@link Seat}, so projections that handle the same event wait, and are released, independently.
 */
@Component
public class WaitingRoom {

    private static final String ORGANISATION = "";
    private static final String SEEN = WaitingRoom.class.getName() + ".seen";
    private static final String RELEASED = WaitingRoom.class.getName() + ".released";

    private final ReadModelJdbc jdbc;
    private final ObjectMapper json;
    private final Map<String, Consumer<Object>> handlers = new ConcurrentHashMap<>();
    private final Seat shared = new Seat("shared");
    /**
     * Organisations known to be committed. Nearly every event asks whether its organisation is known,
     * and organisations are never removed from the read model (only emptied with it, by a rebuild
     * migration, before this service starts): remembering them saves a query per event (BENCHMARKS.md).
     * An organisation is remembered only once the batch that found it has committed, so a batch rolled
     * back and retried never admits an event for an organisation that is not there.
     */
    private final Set<String> committed = ConcurrentHashMap.newKeySet();
    /**
     * The keys events may be waiting for: what the table held when this service started, and every key
     * parked since. Nearly every first event of an aggregate releases its key, and almost never finds
     * anything waiting: knowing that saves a statement per such event (BENCHMARKS.md, fix 7). A key is
     * forgotten only once the batch that emptied it has committed. This service is the read model's only
     * writer (one processor, one instance), so no event is parked that this set does not know.
     */
    private volatile Set<String> parked;

    public WaitingRoom(ReadModelJdbc jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The seat of one projection: what it parks is released to it alone. */
    public Seat seat(Object projection) {
        return new Seat(projection.getClass().getName());
    }

    /** Registers, on the shared seat, how a waiting event of this type is applied once released. */
    public <E> void onRelease(Class<E> type, Consumer<E> handler) {
        shared.onRelease(type, handler);
    }

    /** On the shared seat: true if the event may be applied now, else it waits for the organisation. */
    public boolean admit(String organisationId, Object event) {
        return shared.admit(organisationId, event);
    }

    /**
     * On the shared seat, for an event that follows the first event of its aggregate (a task's
     * completion follows its assignment): true if that first event was applied ({@code seen});
     * otherwise the event waits until {@link #release} is called with {@code key}, made by
     * {@link #aggregate}. The first event may itself be waiting for its organisation.
     */
    public boolean admitIf(boolean seen, String key, Object event) {
        if (!seen) {
            shared.park(key, event);
        }
        return seen;
    }

    /** The key under which the events of one aggregate wait for its first event. */
    public static String aggregate(String kind, String id) {
        return kind + ":" + id;
    }

    public boolean isKnown(String organisationId) {
        if (committed.contains(organisationId)) {
            return true;
        }
        boolean known = Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from organisation where organisation_id = ?)", Boolean.class, organisationId));
        if (known && CurrentUnitOfWork.isStarted()) {
            var root = CurrentUnitOfWork.get().root();
            root.<Set<String>>getOrComputeResource(SEEN, key -> {
                Set<String> seen = new HashSet<>();
                root.afterCommit(unitOfWork -> committed.addAll(seen));
                return seen;
            }).add(organisationId);
        }
        return known;
    }

    /** Applies, in arrival order, every event that was waiting for this organisation or aggregate key. */
    public void release(String organisationId) {
        releaseKey(ORGANISATION + organisationId);
    }

    /** Applies, in arrival order, every event that was waiting for this key (see {@link Seat#park}). */
    public void releaseKey(String key) {
        if (!parked().contains(key)) {
            return;
        }
        released().add(key);
        List<Map<String, Object>> waiting = jdbc.queryForList(
                "delete from waiting_event where waiting_for = ? returning position, owner, event_type, payload", key);
        waiting.stream()
                .sorted((a, b) -> Long.compare((Long) a.get("position"), (Long) b.get("position")))
                .forEach(row -> apply((String) row.get("owner"), (String) row.get("event_type"), (String) row.get("payload")));
    }

    /** The keys this batch emptied, forgotten once it commits unless it parked them again. */
    private Set<String> released() {
        if (!CurrentUnitOfWork.isStarted()) {
            return new HashSet<>();
        }
        var root = CurrentUnitOfWork.get().root();
        return root.getOrComputeResource(RELEASED, key -> {
            Set<String> keys = new HashSet<>();
            root.afterCommit(unitOfWork -> parked.removeAll(keys));
            return keys;
        });
    }

    private Set<String> parked() {
        if (parked == null) {
            synchronized (this) {
                if (parked == null) {
                    Set<String> keys = ConcurrentHashMap.newKeySet();
                    keys.addAll(jdbc.queryForList("select distinct waiting_for from waiting_event", String.class));
                    parked = keys;
                }
            }
        }
        return parked;
    }

    private void apply(String owner, String type, String payload) {
        try {
            Object event = json.readValue(payload, Class.forName(type));
            handlers.get(owner + "/" + type).accept(event);
        } catch (JsonProcessingException | ClassNotFoundException e) {
            throw new IllegalStateException("Cannot read waiting " + type, e);
        }
    }

    public final class Seat {

        private final String owner;

        private Seat(String owner) {
            this.owner = owner;
        }

        @SuppressWarnings("unchecked")
        public <E> void onRelease(Class<E> type, Consumer<E> handler) {
            handlers.put(owner + "/" + type.getName(), event -> handler.accept((E) event));
        }

        /** True if the event may be applied now; otherwise it waits until {@code organisationId} is known. */
        public boolean admit(String organisationId, Object event) {
            if (isKnown(organisationId)) {
                return true;
            }
            park(ORGANISATION + organisationId, event);
            return false;
        }

        /** Parks the event until {@link #releaseKey} is called with the same key. */
        public void park(String key, Object event) {
            parked().add(key);
            released().remove(key);
            try {
                jdbc.defer("insert into waiting_event (waiting_for, owner, event_type, payload) values (?, ?, ?, ?)",
                        key, owner, event.getClass().getName(), json.writeValueAsString(event));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Cannot park " + event, e);
            }
        }
    }
}
