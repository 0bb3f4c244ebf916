package vn.chibo.load;

/** {@code items} done in {@code seconds}. */
public record Throughput(long items, double seconds) {

    public double perSecond() {
        return seconds <= 0 ? Double.NaN : items / seconds;
    }

    static Throughput since(long items, long startNanos) {
        return new Throughput(items, (System.nanoTime() - startNanos) / 1e9);
    }
}
