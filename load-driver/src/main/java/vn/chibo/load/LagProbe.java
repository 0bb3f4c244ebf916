package vn.chibo.load;

import vn.chibo.events.member.MemberContract.RegisterMember;
import vn.chibo.events.member.MembershipStatus;
import vn.chibo.standalone.demo.CommandApi;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * End-to-end lag at a steady rate: new members registered at {@code rate} per second, each timed from
 * the moment command-service accepted it to the moment query-service's {@code /api/members/{id}} shows
 * it (polled every {@value #POLL_MILLIS} ms, so figures are rounded up to that).
 */
final class LagProbe {

    static final long POLL_MILLIS = 5;

    record Result(Latencies lag, Latencies command, int sent, int lost, double seconds) {
    }

    private LagProbe() {
    }

    static Result run(CommandApi commands, String queryUrl, List<String> cells, int rate, int seconds) {
        Latencies lag = new Latencies();
        Latencies command = new Latencies();
        AtomicInteger sent = new AtomicInteger();
        AtomicInteger lost = new AtomicInteger();
        Http http = new Http();
        ExecutorService workers = Executors.newCachedThreadPool();
        ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor();
        long start = System.nanoTime();
        int total = rate * seconds;
        pacer.scheduleAtFixedRate(() -> {
            int n = sent.getAndIncrement();
            if (n >= total) {
                pacer.shutdown();
                return;
            }
            workers.submit(() -> one(commands, http, queryUrl, cells.get(n % cells.size()), n, lag, command, lost));
        }, 0, 1_000_000_000L / rate, TimeUnit.NANOSECONDS);
        try {
            pacer.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
            workers.shutdown();
            workers.awaitTermination(120, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return new Result(lag, command, Math.min(sent.get(), total), lost.get(), (System.nanoTime() - start) / 1e9);
    }

    private static void one(CommandApi commands, Http http, String queryUrl, String cell, int n, Latencies lag,
                            Latencies command, AtomicInteger lost) {
        String id = "lag-" + n;
        long sent = System.nanoTime();
        commands.post("/api/members", "lag-register-" + n,
                new RegisterMember(id, cell, "Đảng viên thử tải " + n, MembershipStatus.OFFICIAL, LocalDate.of(2020, 1, 1)));
        long accepted = System.nanoTime();
        command.record(accepted - sent);
        if (http.awaitFound(queryUrl + "/api/members/" + id, POLL_MILLIS, Duration.ofSeconds(60))) {
            lag.record(System.nanoTime() - accepted);
        } else {
            lost.incrementAndGet();
        }
    }
}
