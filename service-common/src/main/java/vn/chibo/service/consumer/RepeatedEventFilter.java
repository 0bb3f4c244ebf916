package vn.chibo.service.consumer;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies each event once although Kafka may deliver it more than once. The publisher's guarantee is
 * at-least-once, and Kafka keeps each aggregate's events in order, so an event whose sequence number
 * is not above the last one applied for its aggregate is a repeat and is skipped. The check runs in
 * the processor's transaction, together with the projection's writes and the token.
 * <p>
 * Set-based per processor batch (BENCHMARKS.md, fix 7): the last sequences of all the batch's
 * aggregates are read in one query when the batch starts, decided in memory, and the advanced ones
 * written in one statement just before the batch commits. A batch rolled back takes its decisions with it.
 */
public class RepeatedEventFilter implements MessageHandlerInterceptor<EventMessage<?>> {

    private static final String PROGRESS = RepeatedEventFilter.class.getName() + ".progress";

    private final JdbcTemplate jdbc;

    public RepeatedEventFilter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        if (!(unitOfWork.getMessage() instanceof DomainEventMessage<?> event) || event.getAggregateIdentifier() == null) {
            return chain.proceed();
        }
        var root = unitOfWork.root();
        Progress progress = root.getOrComputeResource(PROGRESS, key -> {
            Progress p = new Progress();
            root.onPrepareCommit(u -> p.write());
            // once per batch: listing the batch for every event cost 42% of a rebuild's CPU
            p.load(aggregatesOf(unitOfWork, event));
            return p;
        });
        progress.load(Set.of(event.getAggregateIdentifier()));
        return progress.advance(event.getAggregateIdentifier(), event.getSequenceNumber()) ? chain.proceed() : null;
    }

    /** The aggregates of the whole batch when the processor batches, else of the one event. */
    private static Set<String> aggregatesOf(UnitOfWork<?> unitOfWork, DomainEventMessage<?> event) {
        Set<String> ids = new HashSet<>();
        if (unitOfWork instanceof BatchingUnitOfWork<?> batch) {
            for (var message : batch.getMessages()) {
                if (message instanceof DomainEventMessage<?> domain && domain.getAggregateIdentifier() != null) {
                    ids.add(domain.getAggregateIdentifier());
                }
            }
        }
        ids.add(event.getAggregateIdentifier());
        return ids;
    }

    /** The last sequence applied per aggregate, as this batch sees it. */
    private final class Progress {

        private final Map<String, Long> last = new HashMap<>();
        private final Set<String> loaded = new HashSet<>();
        private final Map<String, Long> advanced = new HashMap<>();

        void load(Set<String> aggregates) {
            List<String> missing = aggregates.stream().filter(id -> !loaded.contains(id)).toList();
            if (missing.isEmpty()) {
                return;
            }
            jdbc.query("select aggregate_id, sequence from aggregate_progress where aggregate_id = any (?)",
                    (RowCallbackHandler) row -> last.put(row.getString(1), row.getLong(2)),
                    (Object) missing.toArray(String[]::new));
            loaded.addAll(missing);
        }

        boolean advance(String aggregateId, long sequence) {
            Long previous = last.get(aggregateId);
            if (previous != null && previous >= sequence) {
                return false;
            }
            last.put(aggregateId, sequence);
            advanced.put(aggregateId, sequence);
            return true;
        }

        void write() {
            if (advanced.isEmpty()) {
                return;
            }
            List<String> ids = new ArrayList<>(advanced.keySet());
            Long[] sequences = ids.stream().map(advanced::get).toArray(Long[]::new);
            jdbc.update("""
                    insert into aggregate_progress (aggregate_id, sequence)
                    select * from unnest(?::varchar[], ?::bigint[])
                    on conflict (aggregate_id) do update set sequence = excluded.sequence
                    where aggregate_progress.sequence < excluded.sequence
                    """, ids.toArray(String[]::new), sequences);
            advanced.clear();
        }
    }
}
