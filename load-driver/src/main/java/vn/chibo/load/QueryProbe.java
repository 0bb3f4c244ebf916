package vn.chibo.load;

import vn.chibo.infrastructure.PostgresServer;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Query latency with many users at once: each user a thread sending its requests one after the other,
 * through HTTP to query-service, or as a direct SQL aggregate on its database (the baseline).
 */
final class QueryProbe {

    private QueryProbe() {
    }

    static Latencies http(Http http, int users, int requests, String url) {
        // an unrecorded round first: the first requests of a URL compile templates, code paths and plans,
        // which would otherwise count against whichever target is measured first
        round(http, url, users, 2, new Latencies());
        Latencies latencies = new Latencies();
        round(http, url, users, requests, latencies);
        return latencies;
    }

    private static void round(Http http, String url, int users, int requests, Latencies latencies) {
        concurrently(users, () -> {
            for (int i = 0; i < requests; i++) {
                long start = System.nanoTime();
                int status = http.get(url);
                if (status != 200) {
                    throw new IllegalStateException("GET " + url + " answered " + status);
                }
                latencies.record(System.nanoTime() - start);
            }
            return null;
        });
    }

    /** {@code sql} with its parameters, each user on its own connection, the result read through. */
    static Latencies sql(PostgresServer postgres, String database, int users, int requests, String sql, Object... params) {
        Latencies latencies = new Latencies();
        concurrently(users, () -> {
            try (Connection c = postgres.connect(database); var statement = c.prepareStatement(sql)) {
                for (int p = 0; p < params.length; p++) {
                    statement.setObject(p + 1, params[p]);
                }
                for (int i = 0; i < requests; i++) {
                    long start = System.nanoTime();
                    try (var rows = statement.executeQuery()) {
                        while (rows.next()) {
                            rows.getObject(1);
                        }
                    }
                    latencies.record(System.nanoTime() - start);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
        return latencies;
    }

    private static void concurrently(int users, Callable<Void> user) {
        ExecutorService pool = Executors.newFixedThreadPool(users);
        try {
            List<Future<Void>> running = new ArrayList<>();
            for (int u = 0; u < users; u++) {
                running.add(pool.submit(user));
            }
            for (Future<Void> f : running) {
                f.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("A query user failed", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
