package vn.chibo.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The real PostgreSQL and Kafka broker shared by all tests of one JVM. PostgreSQL is the one named
 * by {@code CHIBO_TEST_POSTGRES_URL} if set, else the machine's own on 127.0.0.1:5432 if it answers,
 * else an embedded one. Each test context gets its own database and topic, never a shared one.
 */
public final class TestInfrastructure {

    public static final String POSTGRES_URL_VARIABLE = "CHIBO_TEST_POSTGRES_URL";
    private static final String DATABASE_PREFIX = "chibo_test_";

    private static PostgresServer postgres;
    private static KafkaServer kafka;

    private TestInfrastructure() {
    }

    public static synchronized PostgresServer postgres() {
        if (postgres == null) {
            postgres = resolvePostgres();
            dropStaleTestDatabases(postgres);
            Runtime.getRuntime().addShutdownHook(new Thread(postgres::close, "chibo-test-postgres-stop"));
        }
        return postgres;
    }

    public static synchronized KafkaServer kafka() {
        if (kafka == null) {
            kafka = KafkaServer.start(temporaryDirectory("kafka"), 4);
            Runtime.getRuntime().addShutdownHook(new Thread(kafka::close, "chibo-test-kafka-stop"));
        }
        return kafka;
    }

    /** A new, empty database on the test PostgreSQL; returns its JDBC URL. */
    public static String freshDatabase(String purpose) {
        String name = DATABASE_PREFIX + Instant.now().getEpochSecond() + "_" + purpose.replaceAll("[^a-z0-9]", "")
                + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        postgres().ensureDatabase(name);
        return postgres().jdbcUrl(name);
    }

    /** The name of the database a JDBC URL points at. */
    public static String databaseName(String jdbcUrl) {
        return jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1);
    }

    /** A topic name no other test context uses. */
    public static String freshTopic() {
        return "chibo.events.test-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * Test databases outlive their JVM (dropping them at exit would race the contexts still using
     * them); earlier runs' databases older than two hours are dropped when the next run starts.
     */
    private static void dropStaleTestDatabases(PostgresServer server) {
        long cutoff = Instant.now().minus(Duration.ofHours(2)).getEpochSecond();
        List<String> stale = new ArrayList<>();
        try (var c = server.connect("postgres");
             var rs = c.createStatement().executeQuery(
                     "select datname from pg_database where datname like '" + DATABASE_PREFIX + "%'")) {
            while (rs.next()) {
                String[] parts = rs.getString(1).substring(DATABASE_PREFIX.length()).split("_");
                if (parts[0].matches("\\d+") && Long.parseLong(parts[0]) < cutoff) {
                    stale.add(rs.getString(1));
                }
            }
        } catch (java.sql.SQLException e) {
            return;
        }
        stale.forEach(server::dropDatabase);
    }

    private static PostgresServer resolvePostgres() {
        String configured = System.getProperty(POSTGRES_URL_VARIABLE, System.getenv(POSTGRES_URL_VARIABLE));
        if (configured != null && !configured.isBlank()) {
            String user = System.getenv().getOrDefault("CHIBO_TEST_POSTGRES_USER", "postgres");
            String password = System.getenv().getOrDefault("CHIBO_TEST_POSTGRES_PASSWORD", "");
            return PostgresServer.at(configured, user, password);
        }
        return PostgresServer.local().orElseGet(() -> PostgresServer.embedded(null));
    }

    private static Path temporaryDirectory(String name) {
        try {
            return Files.createTempDirectory("chibo-" + name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
