package vn.chibo.standalone;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * The launcher's command-line options and environment.
 *
 * @param dataDirectory where the embedded PostgreSQL and Kafka keep their data between runs
 * @param fresh         wipe the data directory first
 * @param seed          seed the demo district if it is not there yet
 * @param openBrowser   open the dashboard when ready
 * @param verifyChain   only verify the event chain of the command store, then exit
 * @param verifySubtree with verifyChain: verify only this organisation subtree against its daily digests
 * @param verifyDay     with verifySubtree: the day whose digest to verify against (null: today)
 * @param postgresUrl   an existing PostgreSQL to use instead of the embedded one (JDBC URL of any database on it)
 * @param kafkaBootstrapServers an existing Kafka to use instead of the embedded broker
 */
record LauncherOptions(Path dataDirectory, boolean fresh, boolean seed, boolean openBrowser, boolean verifyChain,
                       String verifySubtree, LocalDate verifyDay, String postgresUrl,
                       String postgresUser, String postgresPassword, String kafkaBootstrapServers,
                       int commandPort, int queryPort, int reportingPort) {

    static final String USAGE = """
            chibo — sinh hoạt chi bộ, báo cáo nhiều cấp / party-cell meetings and multi-level reporting
            usage: java -jar standalone/target/chibo-standalone.jar [--fresh] [--data=DIR] [--no-seed] [--no-browser]
                   java -jar standalone/target/chibo-standalone.jar --verify-chain [--subtree=ID [--day=YYYY-MM-DD]] [--data=DIR]
              --fresh       wipe DIR first and start from an empty platform
              --data=DIR    where the embedded PostgreSQL and Kafka keep their data (default: data)
              --no-seed     do not seed the demo district
              --no-browser  do not open the dashboard
              --verify-chain  recompute the event chain (platform stopped) and name the first event that
                            does not match; exit status 0 when intact, 1 when not
              --subtree=ID  with --verify-chain: only the subtree of organisation ID, against its daily digest
                            of --day (default today) or the last one before it; exit status 3 when none yet
            environment: CHIBO_POSTGRES_URL, CHIBO_DB_USER, CHIBO_DB_PASSWORD, CHIBO_KAFKA_BOOTSTRAP_SERVERS,
                         CHIBO_COMMAND_PORT (8081), CHIBO_QUERY_PORT (8082), CHIBO_REPORTING_PORT (8083)
            """;

    static LauncherOptions parse(String[] args, Map<String, String> env) {
        Path data = Path.of("data");
        boolean fresh = false;
        boolean seed = true;
        boolean browser = true;
        boolean verifyChain = false;
        String subtree = null;
        LocalDate day = null;
        for (String arg : args) {
            if (arg.equals("--fresh")) {
                fresh = true;
            } else if (arg.startsWith("--data=")) {
                data = Path.of(arg.substring("--data=".length()));
            } else if (arg.equals("--no-seed")) {
                seed = false;
            } else if (arg.equals("--no-browser")) {
                browser = false;
            } else if (arg.equals("--verify-chain")) {
                verifyChain = true;
            } else if (arg.startsWith("--subtree=") && arg.length() > "--subtree=".length()) {
                subtree = arg.substring("--subtree=".length());
            } else if (arg.startsWith("--day=")) {
                day = day(arg.substring("--day=".length()));
            } else {
                throw new IllegalArgumentException("Unknown option " + arg + "\n" + USAGE);
            }
        }
        if ((subtree != null || day != null) && !verifyChain || day != null && subtree == null) {
            throw new IllegalArgumentException("--subtree goes with --verify-chain, --day with --subtree\n" + USAGE);
        }
        return new LauncherOptions(data.toAbsolutePath(), fresh, seed, browser, verifyChain, subtree, day,
                blankToNull(env.get("CHIBO_POSTGRES_URL")),
                env.getOrDefault("CHIBO_DB_USER", "postgres"), env.getOrDefault("CHIBO_DB_PASSWORD", ""),
                blankToNull(env.get("CHIBO_KAFKA_BOOTSTRAP_SERVERS")),
                port(env, "CHIBO_COMMAND_PORT", 8081), port(env, "CHIBO_QUERY_PORT", 8082),
                port(env, "CHIBO_REPORTING_PORT", 8083));
    }

    private static LocalDate day(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--day takes a day as YYYY-MM-DD, not " + value + "\n" + USAGE);
        }
    }

    private static int port(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
