package vn.chibo.load;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.chibo.events.Topics;
import vn.chibo.events.organisation.OrganisationContract.CreateOrganisation;
import vn.chibo.events.organisation.OrganisationKind;
import vn.chibo.infrastructure.KafkaServer;
import vn.chibo.infrastructure.PostgresServer;
import vn.chibo.standalone.Platform;
import vn.chibo.standalone.PlatformSettings;
import vn.chibo.standalone.demo.CommandApi;
import vn.chibo.standalone.demo.DemoDistrict;
import vn.chibo.standalone.demo.DemoSeeder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Starts the platform in this JVM (PostgreSQL: configured, local or embedded; Kafka: in-process),
 * drives it through its HTTP APIs with a generated district or province, measures ingest, lag,
 * rebuild, queries, report generation and heap, each beside a physical baseline of the same run, and
 * writes the figures to {@code load-report.md}. Every database of the run is its own and dropped after.
 */
public final class LoadDriver {

    private static final Logger log = LoggerFactory.getLogger(LoadDriver.class);
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** Query-service instances of the scale-out rebuild, measured after the single instance's in every run. */
    private static final int REBUILD_INSTANCES = 2;

    private final DriverOptions options;
    private final PostgresServer postgres;
    private final String run = "load_" + System.currentTimeMillis();
    private final Report report = new Report();
    /** Set when the platform is up: the run signs its commands and reads as the platform's operator. */
    private String tokenSecret;
    private String operatorToken;
    private Http http;
    /** What the measurements of the services apart need from the run before them. */
    private List<String> cells;
    private List<String> markers;

    private LoadDriver(DriverOptions options, PostgresServer postgres) {
        this.options = options;
        this.postgres = postgres;
    }

    public static void main(String[] args) {
        DriverOptions options;
        try {
            options = DriverOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        int status = 0;
        try {
            Report report = run(options, String.join(" ", args));
            System.out.println(report.markdown());
        } catch (RuntimeException e) {
            log.error("The load run failed", e);
            status = 1;
        }
        // broker and database threads would keep the JVM alive
        System.exit(status);
    }

    /** One whole run; the report is also written to {@code options.output()/load-report.md}. */
    public static Report run(DriverOptions options, String arguments) {
        PostgresServer postgres = postgres();
        try {
            LoadDriver driver = new LoadDriver(options, postgres);
            driver.report.header("# chibo load run " + OffsetDateTime.now(ZoneOffset.UTC).withNano(0));
            driver.report.header("");
            driver.report.header("- arguments: `" + arguments + "`");
            driver.report.header("- machine: " + Runtime.getRuntime().availableProcessors() + " cores, "
                    + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ", Java "
                    + System.getProperty("java.version") + ", max heap " + Runtime.getRuntime().maxMemory() / (1 << 20)
                    + " MB, PostgreSQL " + (postgres.isEmbedded() ? "embedded" : "at " + postgres.jdbcUrl("")));
            driver.measure();
            Path file = driver.report.write(options.output());
            log.info("Load report written to {}", file.toAbsolutePath());
            return driver.report;
        } finally {
            postgres.close();
        }
    }

    private static PostgresServer postgres() {
        String url = System.getenv("CHIBO_POSTGRES_URL");
        if (url != null && !url.isBlank()) {
            return PostgresServer.at(url.trim(), System.getenv().getOrDefault("CHIBO_DB_USER", "postgres"),
                    System.getenv().getOrDefault("CHIBO_DB_PASSWORD", ""));
        }
        return PostgresServer.local().orElseGet(() -> PostgresServer.embedded(null));
    }

    /** The 1-minute load average of the machine, beside the rebuilds' figures: it moves them (BENCHMARKS.md). */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "–";
        }
    }

    private String database(String role) {
        return run + "_" + role;
    }

    private void measure() {
        List<String> databases = Stream.of("command", "query", "reporting", "baseline", "rebuild", "rebuild2", "apart_query",
                "apart_reporting").map(this::database).toList();
        databases.forEach(postgres::ensureDatabase);
        Path kafkaLogs = temporaryDirectory();
        KafkaServer kafka = KafkaServer.start(kafkaLogs, 6);
        var settings = new PlatformSettings(kafka.bootstrapServers(), Topics.EVENTS,
                new PlatformSettings.DatabaseUrls(postgres.jdbcUrl(database("command")), postgres.jdbcUrl(database("query")),
                        postgres.jdbcUrl(database("reporting"))), postgres.user(), postgres.password(), 0, 0, 0);
        tokenSecret = settings.tokenSecret();
        try (Platform platform = Platform.start(settings)) {
            operatorToken = platform.operatorToken();
            http = new Http(operatorToken);
            double heapAtStart = heapUsedMegabytes();
            measureAll(platform, kafka.bootstrapServers());
            report.row("heap used after GC: started, idle → end of run (3 services + broker + driver, one JVM)",
                    Report.number(heapAtStart) + " → " + Report.number(heapUsedMegabytes()) + " MB", "–", "–",
                    "each service < 512 MB");
        }
        try {
            measureApart(kafka.bootstrapServers());
        } finally {
            kafka.close();
            if (!options.keep()) {
                databases.forEach(postgres::dropDatabase);
            }
            delete(kafkaLogs);
        }
    }

    private void measureAll(Platform platform, String bootstrapServers) {
        LocalDate today = LocalDate.now(VIETNAM);
        DemoDistrict plan = LoadPlan.build(options.size(), options.scale(), today, options.months());
        cells = plan.organisations().stream().filter(o -> o.kind() == OrganisationKind.CELL)
                .map(CreateOrganisation::organisationId).toList();
        report.header("- generated: " + options.size().name().toLowerCase(java.util.Locale.ROOT) + " at scale "
                + options.scale() + ": " + plan.organisations().size() + " organisations, " + cells.size() + " cells, "
                + plan.members().size() + " members, " + plan.roles().size() + " roles, " + plan.meetings().size()
                + " meetings (scheduled and held), " + plan.year().size() + " cells through a year step by step ("
                + plan.year().stream().mapToInt(c -> c.calls().size()).sum() + " calls)");
        CommandApi plain = new CommandApi(platform.commandUrl(), operatorToken);
        int partitions = RebuildProbe.partitions(bootstrapServers, Topics.EVENTS);

        long seedStart = System.nanoTime();
        Latencies commandLatency = new Latencies();
        long before = events();
        new DemoSeeder(new TimedCommandApi(platform.commandUrl(), operatorToken, commandLatency), options.concurrency()).seed(plan);
        Throughput ingest = Throughput.since(events() - before, seedStart);
        Markers.awaitVisible(http, platform.queryUrl(), Markers.send(plain, cells.get(0), partitions, "seeded"), Duration.ofHours(2));
        Throughput live = Throughput.since(events() - before, seedStart);
        double heapAfterIngest = heapUsedMegabytes();

        long beforeReorganisation = events();
        List<Reorganisation.Change> changes = Reorganisation.of(plan);
        Reorganisation.Result reorganised = Reorganisation.run(plain, http, platform.queryUrl(), changes, today);
        report.row("reorganisation: in each district two committees merge and one moves under the province ("
                        + reorganised.changes() + " districts, " + reorganised.commands() + " commands, "
                        + (events() - beforeReorganisation) + " events with the follow-ups so far); first command → "
                        + "every survivor's cells and members the sum of both in query-service",
                Report.number(reorganised.seconds()) + " s", "–", "–", "–");

        Latencies insertLatency = new Latencies();
        Throughput jdbc = IngestBaseline.run(postgres, database("baseline"), ingest.items(), options.concurrency(),
                IngestBaseline.averageSizes(postgres, database("command")), insertLatency);
        report.row("command ingest, " + options.concurrency() + " concurrent senders (" + ingest.items() + " events, "
                        + commandLatency.count() + " commands in " + Report.number(ingest.seconds()) + " s)",
                Report.number(ingest.perSecond()) + " events/s", Report.number(jdbc.perSecond())
                        + " rows/s raw JDBC, one per transaction", Report.ratio(ingest.perSecond(), jdbc.perSecond()),
                "≥ 5,000 events/s and ≥ 0.50");
        report.row("command latency during ingest", Report.ms(commandLatency), "insert " + Report.ms(insertLatency),
                Report.ratio(commandLatency.percentileMillis(99), insertLatency.percentileMillis(99)) + " (p99)", "–");
        report.row("live projection: seed start → every partition's marker visible in query-service",
                Report.number(live.perSecond()) + " events/s (" + Report.number(live.seconds()) + " s)", "–", "–", "–");

        LagProbe.Result lag = LagProbe.run(plain, postgres, database("query"), cells, options.lagRate(), options.lagSeconds(),
                options.concurrency());
        report.row("end-to-end lag, accepted → committed in the read model /api/members/{id} reads, " + lag.sent() + " commands at "
                        + options.lagRate() + "/s (" + lag.lost() + " not visible within 60 s)",
                Report.ms(lag.lag()), "command " + Report.ms(lag.command()), "–", "p99 < 1,000 ms at 1,000 events/s");
        markers = Markers.send(plain, cells.get(0), partitions, "lagged");
        Markers.awaitVisible(http, platform.queryUrl(), markers, Duration.ofHours(1));

        measureQueries(platform, plan, today);
        measureReport(platform.reportingUrl(), today, "");

        Throughput bare = RebuildProbe.bareConsumer(bootstrapServers, Topics.EVENTS);
        String loadBefore = loadAverage();
        RebuildProbe.Result rebuild = RebuildProbe.rebuild(postgres, database("rebuild"), bootstrapServers, Topics.EVENTS,
                bare.items(), markers, tokenSecret, http);
        report.row("projection rebuild: fresh query-service reads the topic (" + bare.items() + " records; first row → "
                        + "last marker, its " + Report.number(rebuild.startupSeconds()) + " s start-up apart; load average "
                        + loadBefore + " → " + loadAverage() + ")",
                Report.number(rebuild.rebuild().perSecond()) + " events/s", Report.number(bare.perSecond())
                        + " records/s bare Kafka consumer", Report.ratio(rebuild.rebuild().perSecond(), bare.perSecond()),
                "≥ 50,000 events/s");
        String loadBeforeShared = loadAverage();
        RebuildProbe.Shared shared = RebuildProbe.rebuild(postgres, database("rebuild2"), bootstrapServers, Topics.EVENTS,
                bare.items(), markers, tokenSecret, http, REBUILD_INSTANCES);
        report.row("projection rebuild, scale-out: " + REBUILD_INSTANCES + " fresh query-service instances on one database, "
                        + REBUILD_INSTANCES + " segments, one each (first row → last marker; the first ready started "
                        + Report.number(shared.headStartSeconds()) + " s before the last; load average " + loadBeforeShared
                        + " → " + loadAverage() + ")",
                Report.number(shared.rebuild().rebuild().perSecond()) + " events/s",
                "the single instance's rebuild above", Report.ratio(shared.rebuild().rebuild().perSecond(),
                        rebuild.rebuild().perSecond()), "> 1");
        report.row("heap used after GC after ingest (one JVM)", Report.number(heapAfterIngest) + " MB", "–", "–", "–");
    }

    /**
     * The three services apart, each in its own JVM capped at 512 MB as deployed (the platform's single JVM
     * cannot tell their heaps apart): query-service rebuilds the whole topic on a fresh database, then
     * command-service takes the steady-rate load on the run's store, 50 users query the province and the
     * province's quarterly report is generated; each service's peak heap and heap after a full GC.
     */
    private void measureApart(String bootstrapServers) {
        LocalDate today = LocalDate.now(VIETNAM);
        List<String> common = List.of("--spring.datasource.username=" + postgres.user(),
                "--spring.datasource.password=" + postgres.password(), "--chibo.kafka.bootstrap-servers=" + bootstrapServers,
                "--chibo.kafka.topic=" + Topics.EVENTS, "--chibo.security.secret=" + tokenSecret);
        try (var apart = new ServicesApart(common, options.output(), http)) {
            var query = apart.start("query", postgres.jdbcUrl(database("apart_query")));
            Markers.awaitVisible(http, query.url(), markers, Duration.ofHours(2));
            var command = apart.start("command", postgres.jdbcUrl(database("command")));
            var reporting = apart.start("reporting", postgres.jdbcUrl(database("apart_reporting")),
                    "--chibo.query-service.url=" + query.url(), "--chibo.command-service.url=" + command.url());
            LagProbe.Result lag = LagProbe.run(new CommandApi(command.url(), operatorToken), postgres, database("apart_query"),
                    cells, options.lagRate(), options.lagSeconds(), options.concurrency());
            report.row("services apart (own JVMs, " + ServicesApart.MAX_HEAP + "): end-to-end lag, " + lag.sent()
                            + " commands at " + options.lagRate() + "/s (" + lag.lost() + " not visible within 60 s)",
                    Report.ms(lag.lag()), "command " + Report.ms(lag.command()), "–", "p99 < 1,000 ms at 1,000 events/s");
            Latencies province = QueryProbe.http(http, options.users(), options.requests(), query.url()
                    + "/api/organisations/" + DemoDistrict.PROVINCE + "/indicators?period=" + quarterOf(YearMonth.from(today)));
            report.row("services apart: API indicators, " + options.users() + " users, province", Report.ms(province), "–", "–",
                    "p99 < 50 ms");
            measureReport(reporting.url(), today, "services apart: ");
            for (var service : List.of(command, query, reporting)) {
                double peak = apart.peakMegabytes(service);
                report.row("services apart: heap of " + service.name() + "-service in its own JVM (" + ServicesApart.MAX_HEAP
                                + "): after a full GC at the end; peak sampled each second",
                        Report.number(apart.afterGcMegabytes(service)) + " MB; peak " + Report.number(peak) + " MB", "–", "–",
                        "< 512 MB");
            }
        }
    }

    private static String quarterOf(YearMonth month) {
        return month.getYear() + "-Q" + ((month.getMonthValue() - 1) / 3 + 1);
    }

    private void measureQueries(Platform platform, DemoDistrict plan, LocalDate today) {
        String cell = plan.year().isEmpty() ? firstCell(plan) : plan.year().get(0).cellId();
        String committee = plan.organisations().stream().filter(o -> o.organisationId().equals(cell)).findFirst()
                .orElseThrow().parentId();
        YearMonth month = YearMonth.from(today);
        int quarter = (month.getMonthValue() - 1) / 3;
        YearMonth quarterStart = YearMonth.of(month.getYear(), quarter * 3 + 1);
        String period = month.getYear() + "-Q" + (quarter + 1);
        String sql = """
                select count(*) filter (where m.started_at is not null),
                       count(distinct m.organisation_id) filter (where m.started_at is not null)
                from organisation_ancestor a join meeting m on m.organisation_id = a.organisation_id
                where a.ancestor_id = ? and m.scheduled_start >= ? and m.scheduled_start < ?""";
        double cellP99 = Double.NaN;
        for (String[] target : new String[][]{{"cell", cell}, {"grassroots committee", committee},
                {"district", DemoDistrict.DISTRICT}, {"province", DemoDistrict.PROVINCE}}) {
            String id = target[1];
            Latencies api = QueryProbe.http(http, options.users(), options.requests(),
                    platform.queryUrl() + "/api/organisations/" + id + "/indicators?period=" + period);
            Latencies page = QueryProbe.http(http, options.users(), options.requests(), platform.queryUrl()
                    + (target[0].equals("cell") ? "/cells/" + id : "/?org=" + id));
            Latencies direct = QueryProbe.sql(postgres, database("query"), options.users(), options.requests(), sql, id,
                    quarterStart.atDay(1).atStartOfDay(), quarterStart.plusMonths(3).atDay(1).atStartOfDay());
            if (Double.isNaN(cellP99)) {
                cellP99 = api.percentileMillis(99);
            }
            String versusCell = target[0].equals("province")
                    ? "; " + Report.ratio(api.percentileMillis(99), cellP99) + "× the cell's p99" : "";
            report.row("API indicators " + period + ", " + options.users() + " users, " + target[0] + " `" + id + "`",
                    Report.ms(api), "SQL aggregate over the subtree's meetings " + Report.ms(direct),
                    Report.ratio(api.percentileMillis(99), direct.percentileMillis(99)) + " (p99)" + versusCell,
                    target[0].equals("province") ? "p99 < 50 ms, ≤ 2× cell" : "–");
            report.row("dashboard page, " + options.users() + " users, " + target[0], Report.ms(page), "same SQL",
                    Report.ratio(page.percentileMillis(99), direct.percentileMillis(99)) + " (p99)", "–");
        }
    }

    /**
     * The province's quarterly report on cell meetings for the last finished quarter, generated whole
     * (figures read from query-service for the province and each unit below, stored, hashed) 5 times.
     */
    private void measureReport(String reportingUrl, LocalDate today, String label) {
        YearMonth lastQuarterEnd = YearMonth.from(today).minusMonths((today.getMonthValue() - 1) % 3 + 1);
        String period = lastQuarterEnd.getYear() + "-Q" + ((lastQuarterEnd.getMonthValue() - 1) / 3 + 1);
        String request = "{\"type\":\"QUARTERLY_MEETINGS\",\"organisationId\":\"" + DemoDistrict.PROVINCE
                + "\",\"period\":\"" + period + "\",\"place\":\"Bắc Giang\"}";
        Latencies latencies = new Latencies();
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            int status = http.postJson(reportingUrl + "/api/reports", request);
            latencies.record(System.nanoTime() - start);
            if (status != 201) {
                report.note(label + "the province's quarterly report answered " + status);
            }
        }
        report.row(label + "quarterly province report (" + period + ", generated and stored), 5 in a row",
                Report.ms(latencies), "–", "–", "quarterly province report < 3 s");
    }

    private static String firstCell(DemoDistrict plan) {
        return plan.organisations().stream().filter(o -> o.kind() == OrganisationKind.CELL).findFirst()
                .orElseThrow().organisationId();
    }

    private long events() {
        try (Connection c = postgres.connect(database("command")); var s = c.createStatement();
             var r = s.executeQuery("select count(*) from domain_event_entry")) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double heapUsedMegabytes() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("chibo-load-kafka");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            log.warn("Could not delete {}", directory, e);
        }
    }
}
