package vn.chibo.service.kafka;

import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.chibo.events.Topics;

/**
 * Where the event stream lives. Bound from {@code chibo.kafka.*}; Axon's Kafka extension is pointed
 * at the same values in each service's configuration.
 *
 * @param bootstrapServers Kafka brokers, comma-separated
 * @param topic            the event topic
 * @param partitions       partitions to create the topic with when it does not exist
 */
@ConfigurationProperties("chibo.kafka")
public record EventTopicProperties(String bootstrapServers, String topic, Integer partitions) {

    public EventTopicProperties {
        bootstrapServers = bootstrapServers == null ? "localhost:9092" : bootstrapServers;
        topic = topic == null ? Topics.EVENTS : topic;
        partitions = partitions == null ? 6 : partitions;
    }
}
