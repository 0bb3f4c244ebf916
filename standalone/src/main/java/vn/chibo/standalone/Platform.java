package vn.chibo.standalone;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import vn.chibo.command.CommandServiceApplication;
import vn.chibo.query.QueryServiceApplication;
import vn.chibo.report.ReportingServiceApplication;

import vn.chibo.service.security.Actor;
import vn.chibo.service.security.Grant;
import vn.chibo.service.security.Role;
import vn.chibo.service.security.SecurityProperties.Account;
import vn.chibo.service.security.TokenIssuer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The three services running side by side in this JVM, each in its own Spring context with its own
 * database, talking to each other only through Kafka and HTTP, exactly as they do when deployed apart.
 */
public final class Platform implements AutoCloseable {

    static final Actor OPERATOR = new Actor("van-hanh", "Vận hành nền tảng", null, List.of(
            Grant.of(Role.ADMINISTRATOR, Grant.WHOLE_TREE), Grant.of(Role.SECRETARY, Grant.WHOLE_TREE),
            Grant.of(Role.COMMITTEE, Grant.WHOLE_TREE)));

    private final ConfigurableApplicationContext command;
    private final ConfigurableApplicationContext query;
    private final ConfigurableApplicationContext reporting;

    private Platform(ConfigurableApplicationContext command, ConfigurableApplicationContext query,
                     ConfigurableApplicationContext reporting) {
        this.command = command;
        this.query = query;
        this.reporting = reporting;
    }

    public static Platform start(PlatformSettings settings) {
        List<ConfigurableApplicationContext> started = new ArrayList<>();
        try {
            var command = run(CommandServiceApplication.builder(), settings, settings.databaseUrls().command(),
                    settings.commandPort(), started);
            // the dashboard links to the reports page, so its port is fixed before query-service starts
            int reportingPort = settings.reportingPort() != 0 ? settings.reportingPort() : freePort();
            var query = run(QueryServiceApplication.builder(), settings, settings.databaseUrls().query(),
                    settings.queryPort(), started, "--chibo.reporting-service.url=http://localhost:" + reportingPort);
            var reporting = run(ReportingServiceApplication.builder(), settings, settings.databaseUrls().reporting(),
                    reportingPort, started, "--chibo.query-service.url=http://localhost:" + port(query),
                    "--chibo.command-service.url=http://localhost:" + port(command));
            return new Platform(command, query, reporting);
        } catch (RuntimeException e) {
            started.forEach(ConfigurableApplicationContext::close);
            throw e;
        }
    }

    /** A token for the platform's own operator, e.g. the demo seeder: every role over the whole tree. */
    public String operatorToken() {
        return command.getBean(TokenIssuer.class).issue(OPERATOR, Duration.ofHours(24)).token();
    }

    public String commandUrl() {
        return "http://localhost:" + port(command);
    }

    public String queryUrl() {
        return "http://localhost:" + port(query);
    }

    public String reportingUrl() {
        return "http://localhost:" + port(reporting);
    }

    private static int freePort() {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Stops the services in the reverse order of their start; the infrastructure is not theirs to stop. */
    @Override
    public void close() {
        reporting.close();
        query.close();
        command.close();
    }

    private static ConfigurableApplicationContext run(SpringApplicationBuilder builder, PlatformSettings settings,
                                                      String databaseUrl, int port,
                                                      List<ConfigurableApplicationContext> started, String... extra) {
        List<String> args = new ArrayList<>(List.of(
                "--spring.datasource.url=" + databaseUrl,
                "--spring.datasource.username=" + settings.databaseUser(),
                "--spring.datasource.password=" + settings.databasePassword(),
                "--chibo.kafka.bootstrap-servers=" + settings.kafkaBootstrapServers(),
                "--chibo.kafka.topic=" + settings.topic(),
                "--server.port=" + port));
        args.add("--chibo.security.secret=" + settings.tokenSecret());
        args.addAll(accountArguments(settings.accounts()));
        args.addAll(List.of(extra));
        // each service keeps to its own configuration file, never the launcher's
        var context = builder.registerShutdownHook(false).run(args.toArray(String[]::new));
        started.add(context);
        return context;
    }

    /** The accounts as Spring list properties, so every service signs in the same people. */
    private static List<String> accountArguments(List<Account> accounts) {
        List<String> args = new ArrayList<>();
        for (int i = 0; i < accounts.size(); i++) {
            Account account = accounts.get(i);
            String prefix = "--chibo.security.accounts[" + i + "].";
            args.add(prefix + "username=" + account.username());
            args.add(prefix + "password=" + account.password());
            args.add(prefix + "name=" + account.name());
            if (account.memberId() != null) {
                args.add(prefix + "member-id=" + account.memberId());
            }
            for (int g = 0; g < account.grants().size(); g++) {
                args.add(prefix + "grants[" + g + "]=" + account.grants().get(g));
            }
        }
        return args;
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
