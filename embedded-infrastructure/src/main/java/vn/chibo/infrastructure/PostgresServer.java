package vn.chibo.infrastructure;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * A real PostgreSQL server chibo can create its databases on: one given by URL, the one running on
 * this machine, or an embedded one (zonky) started from a Maven artifact.
 */
public final class PostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PostgresServer.class);
    private static final String LOCAL_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";

    private final String host;
    private final int port;
    private final String user;
    private final String password;
    private final EmbeddedPostgres embedded;

    private PostgresServer(String host, int port, String user, String password, EmbeddedPostgres embedded) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
        this.embedded = embedded;
    }

    /** A server reached through the JDBC URL of any database on it (typically {@code postgres}). */
    public static PostgresServer at(String jdbcUrl, String user, String password) {
        var uri = java.net.URI.create(jdbcUrl.substring("jdbc:".length()));
        int port = uri.getPort() < 0 ? 5432 : uri.getPort();
        var server = new PostgresServer(uri.getHost(), port, user, password, null);
        try (Connection ignored = server.connect("postgres")) {
            return server;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach PostgreSQL at " + jdbcUrl, e);
        }
    }

    /** The machine's own PostgreSQL on 127.0.0.1:5432, if it answers with trust authentication. */
    public static Optional<PostgresServer> local() {
        Properties props = credentials("postgres", "");
        props.setProperty("connectTimeout", "2");
        try (Connection ignored = DriverManager.getConnection(LOCAL_URL, props)) {
            return Optional.of(new PostgresServer("127.0.0.1", 5432, "postgres", "", null));
        } catch (SQLException e) {
            log.info("No PostgreSQL on 127.0.0.1:5432 ({}), an embedded one will be used", e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * An embedded PostgreSQL 15. With a data directory its data outlives the process; without one it
     * lives in a temporary directory removed at close.
     */
    public static PostgresServer embedded(Path dataDirectory) {
        try {
            var builder = EmbeddedPostgres.builder()
                    // whoever started it stops it, after the services that use it: zonky's own hook
                    // would stop it first, under their feet
                    .setRegisterShutdownHook(false)
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("fsync", dataDirectory == null ? "off" : "on")
                    // a crash may lose the last moments of work, never consistency: right for a demo
                    // machine or tests, and it lets the seed and the tests commit without waiting on disk
                    .setServerConfig("synchronous_commit", "off");
            if (dataDirectory != null) {
                stopOrphanedServer(dataDirectory);
                builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
            }
            EmbeddedPostgres pg = builder.start();
            return new PostgresServer("localhost", pg.getPort(), "postgres", "", pg);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
        }
    }

    /**
     * A process killed without its shutdown hook (kill -9, a crash) leaves its PostgreSQL running on
     * the data directory, and nothing else could start there. If no live process holds zonky's lock on
     * the directory, a server still listed in postmaster.pid is such an orphan: stop it.
     */
    private static void stopOrphanedServer(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        Path lockFile = dataDirectory.resolve("epg-lock");
        if (!Files.exists(pidFile) || !Files.exists(lockFile)) {
            return;
        }
        try (var channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
             var lock = channel.tryLock()) {
            if (lock == null) {
                return;
            }
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
            ProcessHandle.of(pid).ifPresent(orphan -> {
                log.warn("Stopping PostgreSQL {} left running on {} by an earlier run", pid, dataDirectory);
                orphan.destroy();
                orphan.onExit().orTimeout(30, TimeUnit.SECONDS).join();
            });
        } catch (OverlappingFileLockException e) {
            // this very process holds the lock: the server is ours and alive
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    /** Creates the database unless it exists. */
    public void ensureDatabase(String name) {
        requireIdentifier(name);
        try (Connection c = connect("postgres");
             var exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, name);
            if (!exists.executeQuery().next()) {
                try (var create = c.createStatement()) {
                    create.execute("create database \"" + name + "\"");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
    }

    public void dropDatabase(String name) {
        requireIdentifier(name);
        try (Connection c = connect("postgres"); var drop = c.createStatement()) {
            drop.execute("drop database if exists \"" + name + "\" with (force)");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not drop database " + name, e);
        }
    }

    public Connection connect(String database) {
        try {
            return DriverManager.getConnection(jdbcUrl(database), credentials(user, password));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot connect to " + jdbcUrl(database), e);
        }
    }

    @Override
    public void close() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                log.warn("Embedded PostgreSQL did not stop cleanly", e);
            }
        }
    }

    private static Properties credentials(String user, String password) {
        Properties props = new Properties();
        props.setProperty("user", user);
        props.setProperty("password", password == null ? "" : password);
        return props;
    }

    private static void requireIdentifier(String name) {
        if (!name.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("Not a plain database name: " + name);
        }
    }
}
