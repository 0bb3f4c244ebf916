package vn.chibo.command.eventstore;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.extensions.kafka.eventhandling.KafkaMessageConverter;
import org.axonframework.extensions.kafka.eventhandling.producer.KafkaEventPublisher;
import org.axonframework.extensions.kafka.eventhandling.producer.KafkaPublisher;
import org.axonframework.extensions.kafka.eventhandling.producer.ProducerFactory;
import org.axonframework.extensions.kafka.eventhandling.producer.TopicResolver;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

/**
 * Tunes the tracking processor that publishes stored events to Kafka (the extension registers the
 * processor itself; this only configures it), and the publisher it hands the events to.
 */
@Configuration
class KafkaPublication {

    /** One token update and one wait for the broker's acknowledgements per batch, not per event. */
    @Bean
    ConfigurerModule kafkaPublicationBatches(@Value("${chibo.kafka.publish-batch-size:100}") int batchSize) {
        return configurer -> configurer.eventProcessing().registerTrackingEventProcessorConfiguration(
                KafkaEventPublisher.DEFAULT_PROCESSING_GROUP,
                config -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing().andBatchSize(batchSize));
    }

    /**
     * The extension's publisher, but waiting longer for the broker's acknowledgements. Its default of
     * one second was exceeded under load (BENCHMARKS.md): the batch then failed, was published again
     * after a back-off that grows to a minute, and every consumer's lag jumped by that much.
     */
    @Bean(destroyMethod = "shutDown")
    <K, V> KafkaPublisher<K, V> kafkaPublisher(@Qualifier("eventSerializer") Serializer serializer,
                                               ProducerFactory<K, V> producerFactory,
                                               KafkaMessageConverter<K, V> messageConverter,
                                               org.axonframework.config.Configuration configuration,
                                               TopicResolver topicResolver,
                                               @Value("${chibo.kafka.publish-ack-timeout:15s}") Duration ackTimeout) {
        return KafkaPublisher.<K, V>builder()
                .serializer(serializer)
                .producerFactory(producerFactory)
                .messageConverter(messageConverter)
                .messageMonitor(configuration.messageMonitor(KafkaPublisher.class, "kafkaPublisher"))
                .topicResolver(topicResolver)
                .publisherAckTimeout(ackTimeout.toMillis())
                .build();
    }
}
