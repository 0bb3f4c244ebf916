package vn.chibo.load;

import vn.chibo.events.member.MemberContract.RegisterMember;
import vn.chibo.events.member.MembershipStatus;
import vn.chibo.infrastructure.PostgresServer;
import vn.chibo.standalone.demo.CommandApi;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * End-to-end lag at a steady rate: new members registered at {@code rate} per second, each timed from
 * the moment command-service accepted it to the moment its row is committed in query-service's read
 * model (what {@code /api/members/{id}} reads). One poller looks up every pending member each
 * {@value #POLL_MILLIS} ms in a single query, so the probe itself adds almost no load (a first version
 * polled the REST view per command every 5 ms: hundreds of GETs per second that slowed the service it
 * measured); figures are rounded up to the poll interval.
 */
final class LagProbe {

    static final long POLL_MILLIS = 20;
    private static final long GIVE_UP_NANOS = TimeUnit.SECONDS.toNanos(60);

    record Result(Latencies lag, Latencies command, int sent, int lost, double seconds) {
    }

    private LagProbe() {
    }

    static Result run(CommandApi commands, PostgresServer postgres, String queryDatabase, List<String> cells, int rate,
                      int seconds, int senders) {
        Latencies lag = new Latencies();
        Latencies command = new Latencies();
        Map<String, Long> pending = new ConcurrentHashMap<>();
        AtomicInteger sent = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(senders);
        ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor();
        long start = System.nanoTime();
        int total = rate * seconds;
        pacer.scheduleAtFixedRate(() -> {
            int n = sent.getAndIncrement();
            if (n >= total) {
                workers.shutdown(); // after the last command was handed over
                pacer.shutdown();
                return;
            }
            workers.submit(() -> send(commands, cells.get(n % cells.size()), n, command, pending));
        }, 0, 1_000_000_000L / rate, TimeUnit.NANOSECONDS);
        int lost;
        try (Connection c = postgres.connect(queryDatabase)) {
            lost = poll(c, pending, lag, workers);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new Result(lag, command, Math.min(sent.get(), total), lost, (System.nanoTime() - start) / 1e9);
    }

    private static void send(CommandApi commands, String cell, int n, Latencies command, Map<String, Long> pending) {
        String id = "lag-" + n;
        long sent = System.nanoTime();
        commands.post("/api/members", "lag-register-" + n,
                new RegisterMember(id, cell, "Đảng viên thử tải " + n, MembershipStatus.OFFICIAL, LocalDate.of(2020, 1, 1)));
        long accepted = System.nanoTime();
        command.record(accepted - sent);
        pending.put(id, accepted);
    }

    /** Polls until every sent member is visible or has waited a minute; returns how many never showed. */
    private static int poll(Connection c, Map<String, Long> pending, Latencies lag, ExecutorService senders)
            throws SQLException, InterruptedException {
        int lost = 0;
        try (var visible = c.prepareStatement("select member_id from member where member_id = any(?)")) {
            while (!senders.isTerminated() || !pending.isEmpty()) {
                List<String> ids = new ArrayList<>(pending.keySet());
                if (!ids.isEmpty()) {
                    visible.setArray(1, c.createArrayOf("varchar", ids.toArray()));
                    long now;
                    try (var rows = visible.executeQuery()) {
                        now = System.nanoTime();
                        while (rows.next()) {
                            lag.record(now - pending.remove(rows.getString(1)));
                        }
                    }
                    for (String id : ids) {
                        Long accepted = pending.get(id);
                        if (accepted != null && now - accepted > GIVE_UP_NANOS) {
                            pending.remove(id);
                            lost++;
                        }
                    }
                }
                Thread.sleep(POLL_MILLIS);
            }
        }
        return lost;
    }
}
