package vn.chibo.service.kafka;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Makes sure the event topic exists before any processor starts: a consumer that starts on a missing
 * topic would see no partitions, and a producer would create it with the broker's defaults.
 */
public class EventTopic {

    private static final Logger log = LoggerFactory.getLogger(EventTopic.class);

    private final EventTopicProperties properties;

    public EventTopic(EventTopicProperties properties) {
        this.properties = properties;
        ensureExists();
    }

    public String name() {
        return properties.topic();
    }

    private void ensureExists() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, properties.bootstrapServers()))) {
            var topic = new NewTopic(properties.topic(), properties.partitions(), (short) 1);
            admin.createTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
            log.info("Created topic {} with {} partitions", properties.topic(), properties.partitions());
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("Cannot create topic " + properties.topic(), e.getCause());
            }
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka at " + properties.bootstrapServers() + " did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
