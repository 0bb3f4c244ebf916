package vn.chibo.service.correlation;

import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.MDC;
import vn.chibo.events.EventMetadata;

/** Puts the correlation id carried by a message into the log context while it is handled. */
public class CorrelationLoggingInterceptor<T extends Message<?>> implements MessageHandlerInterceptor<T> {

    @Override
    public Object handle(UnitOfWork<? extends T> unitOfWork, InterceptorChain chain) throws Exception {
        Object id = unitOfWork.getMessage().getMetaData().get(EventMetadata.CORRELATION_ID);
        if (id == null) {
            return chain.proceed();
        }
        String previous = MDC.get(EventMetadata.CORRELATION_ID);
        MDC.put(EventMetadata.CORRELATION_ID, id.toString());
        try {
            return chain.proceed();
        } finally {
            if (previous == null) {
                MDC.remove(EventMetadata.CORRELATION_ID);
            } else {
                MDC.put(EventMetadata.CORRELATION_ID, previous);
            }
        }
    }
}
