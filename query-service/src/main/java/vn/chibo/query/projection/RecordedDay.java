package vn.chibo.query.projection;

import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Tells PostgreSQL the day each event was recorded (its timestamp, in Vietnam), which the versioned tables'
 * trigger stamps on the rows the event writes (V43, README-asof.md). Set once per batch and day: what is
 * gathered for the batch's end ({@link BatchWrites}, deferred writes) is written first, under the day of
 * the events that gathered it.
 */
@Component
class RecordedDay implements ConfigurerModule, MessageHandlerInterceptor<EventMessage<?>> {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String SET = RecordedDay.class.getName() + ".day";

    private final ReadModelJdbc jdbc;
    private final BatchWrites batchWrites;

    RecordedDay(ReadModelJdbc jdbc, BatchWrites batchWrites) {
        this.jdbc = jdbc;
        this.batchWrites = batchWrites;
    }

    @Override
    public void configureModule(Configurer configurer) {
        configurer.eventProcessing().registerHandlerInterceptor(ReadModel.PROCESSING_GROUP, config -> this);
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        LocalDate day = LocalDate.ofInstant(unitOfWork.getMessage().getTimestamp(), VIETNAM);
        var batch = unitOfWork.root();
        if (!day.equals(batch.getResource(SET))) {
            batchWrites.flush();
            jdbc.queryForObject("select set_config('chibo.recorded_on', ?, true)", String.class, day.toString());
            batch.resources().put(SET, day);
        }
        return chain.proceed();
    }
}
