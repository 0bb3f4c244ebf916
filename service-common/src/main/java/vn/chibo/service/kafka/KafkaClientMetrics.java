package vn.chibo.service.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.producer.Producer;
import org.axonframework.extensions.kafka.eventhandling.consumer.ConsumerFactory;
import org.axonframework.extensions.kafka.eventhandling.producer.ConfirmationMode;
import org.axonframework.extensions.kafka.eventhandling.producer.ProducerFactory;

import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.function.Supplier;

/**
 * Wraps Axon's Kafka client factories so every producer and consumer they create reports its
 * client metrics (record rates, lag, request latency) to Micrometer. Axon asks the producer factory
 * for a producer for every event it publishes and gets the same shared (or pooled) producer back, so
 * each producer is bound once: every binding starts a metrics thread of its own, and binding per event
 * would start a thread per event published.
 */
public final class KafkaClientMetrics {

    private KafkaClientMetrics() {
    }

    public static <K, V> ProducerFactory<K, V> measured(ProducerFactory<K, V> delegate, Supplier<MeterRegistry> registry) {
        return new ProducerFactory<>() {
            private final Set<Producer<K, V>> bound = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

            @Override
            public Producer<K, V> createProducer() {
                Producer<K, V> producer = delegate.createProducer();
                if (bound.add(producer)) {
                    bind(new io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics(producer), registry);
                }
                return producer;
            }

            @Override
            public ConfirmationMode confirmationMode() {
                return delegate.confirmationMode();
            }

            @Override
            public void shutDown() {
                delegate.shutDown();
            }
        };
    }

    private static void bind(io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics metrics,
                             Supplier<MeterRegistry> registry) {
        MeterRegistry meters = registry.get();
        if (meters != null) {
            metrics.bindTo(meters);
        }
    }

    public static <K, V> ConsumerFactory<K, V> measured(ConsumerFactory<K, V> delegate, Supplier<MeterRegistry> registry) {
        return groupId -> {
            Consumer<K, V> consumer = delegate.createConsumer(groupId);
            bind(new io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics(consumer), registry);
            return consumer;
        };
    }
}
