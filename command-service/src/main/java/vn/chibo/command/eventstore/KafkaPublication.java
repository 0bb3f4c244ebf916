package vn.chibo.command.eventstore;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.extensions.kafka.eventhandling.producer.KafkaEventPublisher;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tunes the tracking processor that publishes stored events to Kafka (the extension registers the
 * processor itself; this only configures it).
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
}
