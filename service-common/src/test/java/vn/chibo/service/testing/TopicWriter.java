package vn.chibo.service.testing;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.extensions.kafka.eventhandling.KafkaMessageConverter;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.MetaData;
import org.springframework.context.ApplicationContext;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Puts events on the topic exactly as command-service's publisher does (Axon's Kafka message
 * converter, keyed by aggregate id), with event times chosen by the test.
 */
public class TopicWriter implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;
    private final KafkaMessageConverter<String, byte[]> converter;
    private final String topic;
    private final Map<String, Long> sequences = new HashMap<>();
    private Instant clock = Instant.parse("2026-01-01T00:00:00Z");

    public TopicWriter(String bootstrapServers, String topic, KafkaMessageConverter<String, byte[]> converter) {
        this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
        this.converter = converter;
        this.topic = topic;
    }

    /** A writer to the topic of the service under test, with its broker and its Kafka message converter. */
    @SuppressWarnings("unchecked")
    public static TopicWriter of(ApplicationContext context) {
        var environment = context.getEnvironment();
        return new TopicWriter(environment.getRequiredProperty("chibo.kafka.bootstrap-servers"),
                environment.getRequiredProperty("chibo.kafka.topic"), context.getBean(KafkaMessageConverter.class));
    }

    /** Stamps the next event at {@code time} (and those after it a second apart): the day it was recorded. */
    public TopicWriter at(Instant time) {
        clock = time.minusSeconds(1);
        return this;
    }

    /** Stamps the next events from noon of {@code day} in Vietnam, where the read model's days are counted. */
    public TopicWriter on(java.time.LocalDate day) {
        return at(day.atTime(12, 0).atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toInstant());
    }

    /** Publishes the event of {@code aggregateId}, stamped one second after the previous one. */
    public void publish(String aggregateId, Object payload) {
        publish(aggregateId, sequences.merge(aggregateId, 1L, Long::sum) - 1, payload);
    }

    /** Publishes again, as an interrupted publisher batch does, the event with this sequence number. */
    public void publishAgain(String aggregateId, long sequence, Object payload) {
        publish(aggregateId, sequence, payload);
    }

    private void publish(String aggregateId, long sequence, Object payload) {
        clock = clock.plusSeconds(1);
        var message = new GenericDomainEventMessage<>("Aggregate", aggregateId, sequence,
                new GenericMessage<>(payload, MetaData.with("actor", "test")), clock);
        try {
            producer.send(converter.createKafkaMessage(message, topic)).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
