package vn.chibo.load;

import java.nio.file.Path;

/**
 * What to run: the size of the generated organisation, how hard to push it, and where to write the report.
 *
 * @param size        a district shaped like Lục Ngạn, or a province of {@link LoadPlan#PROVINCE_DISTRICTS} such districts
 * @param scale       the fraction of each district's cells (and their members and meetings) to generate
 * @param months      months of regular meetings per cell
 * @param concurrency parallel command senders, and parallel JDBC writers for the ingest baseline
 * @param lagRate     commands per second of the steady-rate lag measurement
 * @param lagSeconds  how long the lag measurement runs
 * @param users       concurrent users of the query measurement
 * @param requests    requests per user and per target of the query measurement
 * @param output      directory the report is written to
 * @param keep        keep the run's databases after the run
 */
public record DriverOptions(LoadPlan.Size size, double scale, int months, int concurrency, int lagRate, int lagSeconds,
                            int users, int requests, Path output, boolean keep) {

    static final String USAGE = """
            chibo load driver — usage: java -jar load-driver/target/chibo-load-driver.jar [options]
              --size=district|province  a district like Lục Ngạn (535 cells) or a province of 18 such (9,630 cells); default district
              --scale=F                 fraction of each district's cells to generate, 0 < F <= 1; default 1
              --months=N                months of regular meetings per cell; default 4
              --concurrency=N           parallel command senders (and JDBC writers of the baseline); default 8
              --lag-rate=N              commands/s of the steady-rate lag measurement; default 50
              --lag-seconds=N           duration of the lag measurement; default 20
              --users=N                 concurrent users of the query measurement; default 50
              --requests=N              requests per user and target; default 20
              --out=DIR                 where load-report.md goes; default load-report
              --keep                    keep the run's databases
            environment: CHIBO_POSTGRES_URL (else 127.0.0.1:5432 if it answers, else an embedded PostgreSQL)
            """;

    public static DriverOptions defaults() {
        return new DriverOptions(LoadPlan.Size.DISTRICT, 1.0, 4, 8, 50, 20, 50, 20, Path.of("load-report"), false);
    }

    public static DriverOptions parse(String[] args) {
        DriverOptions o = defaults();
        for (String arg : args) {
            String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : "";
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            o = switch (name) {
                case "--size" -> o.with(LoadPlan.Size.valueOf(value.toUpperCase(java.util.Locale.ROOT)), o.scale);
                case "--scale" -> o.with(o.size, Double.parseDouble(value));
                case "--months" -> new DriverOptions(o.size, o.scale, positive(value), o.concurrency, o.lagRate,
                        o.lagSeconds, o.users, o.requests, o.output, o.keep);
                case "--concurrency" -> new DriverOptions(o.size, o.scale, o.months, positive(value), o.lagRate,
                        o.lagSeconds, o.users, o.requests, o.output, o.keep);
                case "--lag-rate" -> new DriverOptions(o.size, o.scale, o.months, o.concurrency, positive(value),
                        o.lagSeconds, o.users, o.requests, o.output, o.keep);
                case "--lag-seconds" -> new DriverOptions(o.size, o.scale, o.months, o.concurrency, o.lagRate,
                        positive(value), o.users, o.requests, o.output, o.keep);
                case "--users" -> new DriverOptions(o.size, o.scale, o.months, o.concurrency, o.lagRate,
                        o.lagSeconds, positive(value), o.requests, o.output, o.keep);
                case "--requests" -> new DriverOptions(o.size, o.scale, o.months, o.concurrency, o.lagRate,
                        o.lagSeconds, o.users, positive(value), o.output, o.keep);
                case "--out" -> new DriverOptions(o.size, o.scale, o.months, o.concurrency, o.lagRate,
                        o.lagSeconds, o.users, o.requests, Path.of(value), o.keep);
                case "--keep" -> new DriverOptions(o.size, o.scale, o.months, o.concurrency, o.lagRate,
                        o.lagSeconds, o.users, o.requests, o.output, true);
                default -> throw new IllegalArgumentException("Unknown option " + arg + "\n" + USAGE);
            };
        }
        if (!(o.scale > 0 && o.scale <= 1)) {
            throw new IllegalArgumentException("--scale must be in (0, 1]\n" + USAGE);
        }
        return o;
    }

    private DriverOptions with(LoadPlan.Size size, double scale) {
        return new DriverOptions(size, scale, months, concurrency, lagRate, lagSeconds, users, requests, output, keep);
    }

    private static int positive(String value) {
        int n = Integer.parseInt(value);
        if (n <= 0) {
            throw new IllegalArgumentException("Expected a positive number, got " + value + "\n" + USAGE);
        }
        return n;
    }
}
