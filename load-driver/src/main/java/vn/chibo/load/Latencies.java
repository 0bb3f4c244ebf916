package vn.chibo.load;

import java.util.Arrays;

/** Durations recorded from many threads, summarised as percentiles in milliseconds. */
public final class Latencies {

    private long[] nanos = new long[1024];
    private int count;

    public synchronized void record(long durationNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = durationNanos;
    }

    public synchronized int count() {
        return count;
    }

    /** The p-th percentile (nearest rank) in milliseconds, or NaN when nothing was recorded. */
    public synchronized double percentileMillis(double p) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * count);
        return sorted[Math.max(0, Math.min(count - 1, rank - 1))] / 1_000_000.0;
    }
}
