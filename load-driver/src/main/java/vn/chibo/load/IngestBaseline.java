package vn.chibo.load;

import vn.chibo.infrastructure.PostgresServer;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The physical floor of ingest: rows shaped like the event store's (same columns, indexes and payload
 * sizes) inserted by plain JDBC, one row per transaction, from as many threads as the command senders.
 */
final class IngestBaseline {

    private static final String TABLE = """
            create table if not exists baseline_event_entry (
                global_index         bigserial    primary key,
                event_identifier     varchar(255) not null unique,
                aggregate_identifier varchar(255) not null,
                sequence_number      bigint       not null,
                type                 varchar(255),
                time_stamp           varchar(255) not null,
                payload_type         varchar(255) not null,
                payload_revision     varchar(255),
                payload              bytea        not null,
                meta_data            bytea,
                unique (aggregate_identifier, sequence_number))
            """;
    private static final String INSERT = """
            insert into baseline_event_entry (event_identifier, aggregate_identifier, sequence_number, type, time_stamp,
                payload_type, payload_revision, payload, meta_data) values (?, ?, ?, 'Baseline', ?, 'vn.chibo.Baseline', '1', ?, ?)
            """;

    private IngestBaseline() {
    }

    /** The average payload and metadata sizes of the events stored so far, to make rows of the same weight. */
    static int[] averageSizes(PostgresServer postgres, String commandDatabase) {
        try (Connection c = postgres.connect(commandDatabase); var s = c.createStatement();
             var r = s.executeQuery("select coalesce(avg(length(payload)), 0), coalesce(avg(length(meta_data)), 0) from domain_event_entry")) {
            r.next();
            return new int[]{(int) r.getDouble(1), (int) r.getDouble(2)};
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static Throughput run(PostgresServer postgres, String database, long rows, int concurrency, int[] sizes,
                          Latencies latencies) {
        try (Connection c = postgres.connect(database); var s = c.createStatement()) {
            s.execute(TABLE);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long start = System.nanoTime();
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < concurrency; w++) {
                long share = rows / concurrency + (w < rows % concurrency ? 1 : 0);
                writers.add(pool.submit(() -> write(postgres, database, share, sizes, latencies)));
            }
            for (Future<?> writer : writers) {
                writer.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("The JDBC baseline failed", e);
        } finally {
            pool.shutdownNow();
        }
        return Throughput.since(rows, start);
    }

    private static Void write(PostgresServer postgres, String database, long rows, int[] sizes, Latencies latencies)
            throws SQLException {
        byte[] payload = new byte[Math.max(1, sizes[0])];
        byte[] meta = new byte[Math.max(1, sizes[1])];
        java.util.Arrays.fill(payload, (byte) '{');
        try (Connection c = postgres.connect(database); var insert = c.prepareStatement(INSERT)) {
            c.setAutoCommit(true);
            for (long i = 0; i < rows; i++) {
                long start = System.nanoTime();
                insert.setString(1, UUID.randomUUID().toString());
                insert.setString(2, UUID.randomUUID().toString());
                insert.setLong(3, 0);
                insert.setString(4, java.time.Instant.now().toString());
                insert.setBytes(5, payload);
                insert.setBytes(6, meta);
                insert.executeUpdate();
                latencies.record(System.nanoTime() - start);
            }
        }
        return null;
    }
}
