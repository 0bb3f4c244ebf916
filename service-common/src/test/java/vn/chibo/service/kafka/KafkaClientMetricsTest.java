package vn.chibo.service.kafka;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.Producer;
import org.axonframework.extensions.kafka.eventhandling.producer.ConfirmationMode;
import org.axonframework.extensions.kafka.eventhandling.producer.ProducerFactory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Axon asks for a producer per published event; the shared producer must be measured once, not once per event. */
class KafkaClientMetricsTest {

    @Test
    void theSharedProducerIsBoundOnceHoweverOftenItIsHandedOut() {
        Producer<String, byte[]> shared = new MockProducer<>();
        ProducerFactory<String, byte[]> axon = new ProducerFactory<>() {
            @Override
            public Producer<String, byte[]> createProducer() {
                return shared;
            }

            @Override
            public ConfirmationMode confirmationMode() {
                return ConfirmationMode.WAIT_FOR_ACK;
            }

            @Override
            public void shutDown() {
            }
        };
        var registry = new SimpleMeterRegistry();
        var measured = KafkaClientMetrics.measured(axon, () -> registry);
        long threadsBefore = metricsThreads();

        for (int event = 0; event < 200; event++) {
            assertThat(measured.createProducer()).isSameAs(shared);
        }

        assertThat(metricsThreads() - threadsBefore).isLessThanOrEqualTo(1);
    }

    private static long metricsThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith("micrometer-kafka-metrics")).count();
    }
}
