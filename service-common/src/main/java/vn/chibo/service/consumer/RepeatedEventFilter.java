package vn.chibo.service.consumer;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Applies each event once although Kafka may deliver it more than once. The publisher's guarantee is
 * at-least-once, and Kafka keeps each aggregate's events in order, so an event whose sequence number
 * is not above the last one applied for its aggregate is a repeat and is skipped. The check runs in
 * the processor's transaction, together with the projection's writes and the token.
 */
public class RepeatedEventFilter implements MessageHandlerInterceptor<EventMessage<?>> {

    private final JdbcTemplate jdbc;

    public RepeatedEventFilter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        if (!(unitOfWork.getMessage() instanceof DomainEventMessage<?> event) || event.getAggregateIdentifier() == null) {
            return chain.proceed();
        }
        int advanced = jdbc.update("""
                insert into aggregate_progress (aggregate_id, sequence) values (?, ?)
                on conflict (aggregate_id) do update set sequence = excluded.sequence
                where aggregate_progress.sequence < excluded.sequence
                """, event.getAggregateIdentifier(), event.getSequenceNumber());
        return advanced == 1 ? chain.proceed() : null;
    }
}
