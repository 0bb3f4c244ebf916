package vn.chibo.load;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import vn.chibo.infrastructure.PostgresServer;
import vn.chibo.query.QueryServiceApplication;

import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Projection rebuild: a second query-service on an empty database reads the topic from its start until
 * it shows every partition's marker; the baseline is a bare Kafka consumer reading the same records.
 * Scale-out: the same by several instances on one database, against the single instance's rebuild.
 */
final class RebuildProbe {

    record Result(Throughput rebuild, double startupSeconds) {
    }

    private RebuildProbe() {
    }

    /** Every record of the topic, read by a plain consumer that does nothing with them. */
    static Throughput bareConsumer(String bootstrapServers, String topic) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        try (var consumer = new KafkaConsumer<byte[], byte[]>(props)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long total = end.values().stream().mapToLong(Long::longValue).sum();
            long read = 0;
            long start = System.nanoTime();
            while (read < total) {
                read += consumer.poll(Duration.ofMillis(500)).count();
            }
            return Throughput.since(read, start);
        }
    }

    static int partitions(String bootstrapServers, String topic) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        try (var consumer = new KafkaConsumer<byte[], byte[]>(props)) {
            return consumer.partitionsFor(topic).size();
        }
    }

    /**
     * Starts a fresh query-service on {@code database}, times from its first projected row to the last
     * marker visible (its Spring start-up is reported apart), and stops it.
     */
    static Result rebuild(PostgresServer postgres, String database, String bootstrapServers, String topic,
                          long topicRecords, List<String> markers, String tokenSecret, Http http) {
        return rebuild(postgres, database, bootstrapServers, topic, topicRecords, markers, tokenSecret, http, 1).rebuild();
    }

    /** A rebuild by several instances, and how much earlier than the last the first was ready. */
    record Shared(Result rebuild, double headStartSeconds) {
    }

    /**
     * As {@link #rebuild}, by {@code instances} query-services on the one database, sharing as many segments
     * of the read-model processor (one thread each), started at once: the first ready starts alone, for the
     * head start reported beside the figure.
     */
    static Shared rebuild(PostgresServer postgres, String database, String bootstrapServers, String topic,
                          long topicRecords, List<String> markers, String tokenSecret, Http http, int instances) {
        postgres.ensureDatabase(database);
        AtomicLong firstRow = new AtomicLong();
        Thread watcher = new Thread(() -> watchFirstRow(postgres, database, firstRow), "rebuild-watcher");
        watcher.setDaemon(true);
        watcher.start();
        long start = System.nanoTime();
        List<CompletableFuture<ConfigurableApplicationContext>> starting = new ArrayList<>();
        List<Long> ready = new CopyOnWriteArrayList<>();
        ExecutorService starters = Executors.newFixedThreadPool(instances);
        for (int i = 0; i < instances; i++) {
            starting.add(CompletableFuture.supplyAsync(() -> {
                var context = OneLoggingSetupAtATime.run(QueryServiceApplication.builder().registerShutdownHook(false),
                        "--spring.datasource.url=" + postgres.jdbcUrl(database),
                        "--spring.datasource.username=" + postgres.user(),
                        "--spring.datasource.password=" + postgres.password(),
                        "--chibo.kafka.bootstrap-servers=" + bootstrapServers,
                        "--chibo.kafka.topic=" + topic,
                        "--chibo.read-model.segments=" + instances,
                        "--chibo.read-model.threads=1",
                        "--server.port=0",
                        "--chibo.security.secret=" + tokenSecret);
                ready.add(System.nanoTime());
                return context;
            }, starters));
        }
        List<ConfigurableApplicationContext> contexts = new ArrayList<>();
        try {
            for (var context : starting) {
                contexts.add(context.join());
            }
            double startup = (Collections.max(ready) - start) / 1e9;
            double headStart = (Collections.max(ready) - Collections.min(ready)) / 1e9;
            int port = ((WebServerApplicationContext) contexts.get(0)).getWebServer().getPort();
            Markers.awaitVisible(http, "http://localhost:" + port, markers, Duration.ofMinutes(30));
            long done = System.nanoTime();
            watcher.interrupt();
            long from = firstRow.get() == 0 ? start : firstRow.get();
            return new Shared(new Result(new Throughput(topicRecords, (done - from) / 1e9), startup), headStart);
        } finally {
            starting.forEach(context -> context.thenAccept(ConfigurableApplicationContext::close));
            starters.shutdown();
        }
    }

    private static void watchFirstRow(PostgresServer postgres, String database, AtomicLong firstRow) {
        while (!Thread.currentThread().isInterrupted()) {
            try (Connection c = postgres.connect(database); var s = c.createStatement();
                 var r = s.executeQuery("select exists (select 1 from organisation)")) {
                if (r.next() && r.getBoolean(1)) {
                    firstRow.set(System.nanoTime());
                    return;
                }
            } catch (RuntimeException | java.sql.SQLException e) {
                // the table is not there until Flyway has run
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
