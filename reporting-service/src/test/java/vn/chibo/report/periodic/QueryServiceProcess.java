package vn.chibo.report.periodic;

import org.springframework.context.ConfigurableApplicationContext;
import vn.chibo.infrastructure.TestInfrastructure;
import vn.chibo.query.QueryServiceApplication;
import vn.chibo.service.testing.TestIdentities;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/**
 * The real query-service, in this JVM on its own port and database and reading the test's topic, as
 * the launcher runs it beside reporting-service. It can be stopped and started again on the same port
 * and database, to see reporting-service ride out its absence.
 */
final class QueryServiceProcess implements AutoCloseable {

    final int port = freePort();
    private final String databaseUrl = TestInfrastructure.freshDatabase("query");
    private ConfigurableApplicationContext context;

    void start(String topic) {
        var postgres = TestInfrastructure.postgres();
        context = QueryServiceApplication.builder().registerShutdownHook(false).run(
                "--spring.datasource.url=" + databaseUrl,
                "--spring.datasource.username=" + postgres.user(),
                "--spring.datasource.password=" + postgres.password(),
                "--chibo.kafka.bootstrap-servers=" + TestInfrastructure.kafka().bootstrapServers(),
                "--chibo.kafka.topic=" + topic,
                "--server.port=" + port,
                "--chibo.security.secret=" + TestIdentities.SHARED_SECRET);
    }

    String url() {
        return "http://localhost:" + port;
    }

    @Override
    public void close() {
        if (context != null) {
            context.close();
            context = null;
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
