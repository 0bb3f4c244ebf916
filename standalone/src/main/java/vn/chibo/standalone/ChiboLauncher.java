package vn.chibo.standalone;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.chibo.events.Topics;
import vn.chibo.infrastructure.KafkaServer;
import vn.chibo.infrastructure.PostgresServer;
import vn.chibo.service.security.SecurityProperties.Account;
import vn.chibo.standalone.demo.CommandApi;
import vn.chibo.standalone.demo.DemoAccounts;
import vn.chibo.standalone.demo.DemoDistrict;
import vn.chibo.standalone.demo.DemoReports;
import vn.chibo.standalone.demo.DemoSeeder;
import vn.chibo.standalone.demo.ServiceApi;

import java.awt.Desktop;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.stream.Collectors;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Runs the whole platform in one process: embedded PostgreSQL and Kafka (unless existing ones are
 * configured), the three services, and a demo district seeded through the command API on first start.
 * Data lives under the data directory, so a restart continues where the last run stopped.
 */
public final class ChiboLauncher {

    private static final Logger log = LoggerFactory.getLogger(ChiboLauncher.class);
    static final String[] DATABASES = {"chibo_command", "chibo_query", "chibo_reporting"};
    private static final String SEED_MARKER = "demo-district-seeded";
    private static final String SEED_DATE = "demo-district-seed-date";
    private static final String TOKEN_SECRET = "token-secret";

    private ChiboLauncher() {
    }

    public static void main(String[] args) {
        LauncherOptions options;
        try {
            options = LauncherOptions.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        if (options.verifyChain()) {
            System.exit(ChainCheck.run(options, System.out));
            return;
        }
        try {
            run(options);
        } catch (RuntimeException e) {
            // a half-started platform must not linger: its broker and database threads keep the JVM alive
            log.error("chibo could not start", e);
            System.exit(1);
        }
    }

    private static void run(LauncherOptions options) {
        long start = System.nanoTime();
        if (options.fresh()) {
            wipe(options.dataDirectory());
        }
        PostgresServer postgres = startPostgres(options);
        KafkaServer kafka = null;
        Platform platform = null;
        String accounts = "";
        try {
            kafka = options.kafkaBootstrapServers() == null
                    ? KafkaServer.start(options.dataDirectory().resolve("kafka"), 6) : null;
            PlatformSettings settings = settings(options, postgres, kafka);
            accounts = settings.accounts().stream().map(Account::username).collect(Collectors.joining(", "));
            platform = Platform.start(settings);
        } catch (RuntimeException e) {
            stop(platform, kafka, postgres);
            throw e;
        }
        Platform started = platform;
        KafkaServer broker = kafka;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(started, broker, postgres), "chibo-stop"));

        log.info("""

                ==== chibo đã sẵn sàng / chibo is up in {} s ====
                  Bảng điều khiển / dashboard:  {}/
                  Truy vấn / query API:         {}/swagger-ui.html
                  Lệnh / command API:           {}/swagger-ui.html
                  Báo cáo / reporting API:      {}/swagger-ui.html
                  Dữ liệu / data:               {}
                  Đăng nhập / sign in:          {} — mật khẩu / password: {}
                  Ctrl-C để dừng / to stop
                """, (System.nanoTime() - start) / 1_000_000_000, platform.queryUrl(), platform.queryUrl(),
                platform.commandUrl(), platform.reportingUrl(), options.dataDirectory(), accounts, DemoAccounts.PASSWORD);
        if (options.seed()) {
            try {
                seedOnce(options.dataDirectory(), platform);
            } catch (RuntimeException e) {
                log.error("Seeding the demo district failed; the platform stays up, the next start seeds again", e);
            }
        }
        if (options.openBrowser()) {
            openBrowser(platform.queryUrl() + "/");
        }
    }

    private static PostgresServer startPostgres(LauncherOptions options) {
        PostgresServer postgres = options.postgresUrl() != null
                ? PostgresServer.at(options.postgresUrl(), options.postgresUser(), options.postgresPassword())
                : PostgresServer.embedded(options.dataDirectory().resolve("postgres"));
        for (String database : DATABASES) {
            postgres.ensureDatabase(database);
        }
        return postgres;
    }

    private static PlatformSettings settings(LauncherOptions options, PostgresServer postgres, KafkaServer kafka) {
        var accounts = DemoAccounts.of(DemoDistrict.plan(seedDate(options.dataDirectory()), 4));
        return new PlatformSettings(
                kafka != null ? kafka.bootstrapServers() : options.kafkaBootstrapServers(),
                Topics.EVENTS,
                new PlatformSettings.DatabaseUrls(postgres.jdbcUrl(DATABASES[0]), postgres.jdbcUrl(DATABASES[1]),
                        postgres.jdbcUrl(DATABASES[2])),
                postgres.user(), postgres.password(),
                options.commandPort(), options.queryPort(), options.reportingPort(),
                tokenSecret(options.dataDirectory()), accounts);
    }

    /**
     * The secret the services sign sign-in tokens with: made once per data directory and kept there
     * (readable by its owner only), so a restart keeps everyone signed in and nobody else can sign.
     */
    private static String tokenSecret(Path data) {
        Path file = data.resolve(TOKEN_SECRET);
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(data);
                Files.writeString(file, PlatformSettings.newSecret());
                file.toFile().setReadable(false, false);
                file.toFile().setReadable(true, true);
            }
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void seedOnce(Path data, Platform platform) {
        Path marker = data.resolve(SEED_MARKER);
        if (Files.exists(marker)) {
            return;
        }
        log.info("Seeding the demo district (Lục Ngạn) through the command API…");
        LocalDate seedDay = seedDate(data);
        var district = DemoDistrict.plan(seedDay, 4);
        var commands = new CommandApi(platform.commandUrl(), platform.operatorToken());
        new DemoSeeder(commands, 8).seed(district);
        new DemoReports(new ServiceApi(platform.queryUrl(), platform.operatorToken()),
                new ServiceApi(platform.reportingUrl(), platform.operatorToken()), commands)
                .seed(district, seedDay);
        try {
            Files.writeString(marker, LocalDate.now().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The day the first seeding began: a seed interrupted and resumed on a later day sends the same plan,
     * so its command ids match and nothing is applied twice.
     */
    private static LocalDate seedDate(Path data) {
        Path file = data.resolve(SEED_DATE);
        try {
            if (Files.exists(file)) {
                return LocalDate.parse(Files.readString(file).strip());
            }
            LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
            Files.createDirectories(data);
            Files.writeString(file, today.toString());
            return today;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void stop(Platform platform, KafkaServer kafka, PostgresServer postgres) {
        if (platform != null) {
            platform.close();
        }
        if (kafka != null) {
            kafka.close();
        }
        postgres.close();
    }

    private static void openBrowser(String url) {
        try {
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                Desktop.getDesktop().browse(URI.create(url));
            }
        } catch (IOException | UnsupportedOperationException e) {
            log.info("Open {} in a browser", url);
        }
    }

    private static void wipe(Path data) {
        if (!Files.exists(data)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(data)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
