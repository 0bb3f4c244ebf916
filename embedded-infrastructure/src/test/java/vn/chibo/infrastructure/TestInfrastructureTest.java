package vn.chibo.infrastructure;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class TestInfrastructureTest {

    @Test
    void freshDatabasesAreSeparateAndUsable() throws Exception {
        String a = TestInfrastructure.freshDatabase("infra");
        String b = TestInfrastructure.freshDatabase("infra");
        assertThat(a).isNotEqualTo(b);
        var server = TestInfrastructure.postgres();
        String dbA = TestInfrastructure.databaseName(a);
        try (var c = server.connect(dbA); var s = c.createStatement()) {
            s.execute("create table probe(id int)");
            s.execute("insert into probe values (42)");
            var rs = s.executeQuery("select id from probe");
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(42);
        }
    }

    @Test
    void brokerKeepsItsLogAcrossARestart(@org.junit.jupiter.api.io.TempDir Path dir) {
        String topic = "restart-probe";
        try (KafkaServer first = KafkaServer.start(dir, 1)) {
            produce(first.bootstrapServers(), topic, "before restart");
        }
        try (KafkaServer second = KafkaServer.start(dir, 1)) {
            produce(second.bootstrapServers(), topic, "after restart");
            assertThat(readAll(second.bootstrapServers(), topic, 2)).containsExactly("before restart", "after restart");
        }
    }

    private static void produce(String servers, String topic, String value) {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        try (var producer = new KafkaProducer<String, String>(config)) {
            producer.send(new ProducerRecord<>(topic, "k", value)).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> readAll(String servers, String topic, int expected) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers,
                ConsumerConfig.GROUP_ID_CONFIG, "probe",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        List<String> values = new ArrayList<>();
        try (var consumer = new KafkaConsumer<String, String>(config)) {
            consumer.subscribe(Set.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> values.add(r.value()));
            }
        }
        return values;
    }
}
