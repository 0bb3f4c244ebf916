package vn.chibo.query.projection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Holds events that arrived before what they depend on. Kafka keeps each aggregate's events in order,
 * not the order between aggregates: a member's registration can overtake the creation of its cell when
 * partitions are read at different speeds. Such an event waits here, in the same transaction as the
 * token, and is applied in arrival order as soon as what it waits for is known. Each projection has
 * its own {@link Seat}, so projections that handle the same event wait, and are released, independently.
 * <p>
 * With several segments writing at once (README-scaleout.md), what an event waits for
 * may be created by another segment's transaction that this one cannot see yet. Parking and releasing a
 * key therefore both take that key's lock ({@link ReadModelLocks#key}), and an event is parked only if
 * what it waits for is still missing once the lock is held: either the releasing transaction committed
 * before, and the check finds it, or it waits for the parking one to commit, and its release finds the
 * parked event.
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
     * forgotten only once the batch that emptied it has committed. Only right with one writer (one segment):
     * with several, another segment parks what this set does not know, and every release asks the table.
     */
    private volatile Set<String> parked;
    private final ReadModelLocks locks;
    private final boolean oneWriter;

    public WaitingRoom(ReadModelJdbc jdbc, ObjectMapper json, ReadModelLocks locks,
                       @Value("${chibo.read-model.segments:1}") int segments) {
        this.jdbc = jdbc;
        this.json = json;
        this.locks = locks;
        this.oneWriter = segments == 1;
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
     * completion follows its assignment): true if that first event was applied ({@code seen}, asked
     * again under the key's lock before parking); otherwise the event waits until {@link #release} is
     * called with {@code key}, made by {@link #aggregate}. The first event may itself be waiting for its
     * organisation.
     */
    public boolean admitIf(BooleanSupplier seen, String key, Object event) {
        return lookupOrPark(key, event, () -> seen.getAsBoolean() ? Optional.of(true) : Optional.empty()).isPresent();
    }

    /** On the shared seat: see {@link Seat#lookupOrPark}. */
    public <T> Optional<T> lookupOrPark(String key, Object event, Supplier<Optional<T>> lookup) {
        return shared.lookupOrPark(key, event, lookup);
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
        if (oneWriter && !parked().contains(key)) {
            return;
        }
        locks.key(key);
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
            root.afterCommit(unitOfWork -> {
                if (parked != null) {
                    parked.removeAll(keys);
                }
            });
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
            return lookupOrPark(ORGANISATION + organisationId, event,
                    () -> isKnown(organisationId) ? Optional.of(true) : Optional.empty()).isPresent();
        }

        /**
         * What {@code lookup} finds of what the event depends on; if nothing, the event is parked until
         * {@link #releaseKey} is called with {@code key}. The lookup is repeated under the key's lock before
         * parking (see the class comment): it must read the database, not what the caller read before.
         */
        public <T> Optional<T> lookupOrPark(String key, Object event, Supplier<Optional<T>> lookup) {
            Optional<T> found = lookup.get();
            if (found.isPresent()) {
                return found;
            }
            locks.key(key);
            found = lookup.get();
            if (found.isEmpty()) {
                park(key, event);
            }
            return found;
        }

        private void park(String key, Object event) {
            if (oneWriter) {
                parked().add(key);
            }
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
