package vn.chibo.standalone;

import org.postgresql.ds.PGSimpleDataSource;
import vn.chibo.command.audit.OfflineCheck;
import vn.chibo.infrastructure.PostgresServer;

import javax.sql.DataSource;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * {@code --verify-chain [--subtree=ID [--day=YYYY-MM-DD]]}: recomputes the event chain of the command
 * store from the command line, on the data directory (with the platform stopped) or on
 * CHIBO_POSTGRES_URL, and names the first event that does not match — the whole chain, or one
 * organisation subtree against the digest recorded on the day (default today, Vietnam time) or the last
 * one before it. Exit status 0 when intact, 1 when not, 3 when the subtree has no digest yet.
 */
final class ChainCheck {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private ChainCheck() {
    }

    static int run(LauncherOptions options, PrintStream out) {
        try (PostgresServer postgres = options.postgresUrl() != null
                ? PostgresServer.at(options.postgresUrl(), options.postgresUser(), options.postgresPassword())
                : PostgresServer.embedded(options.dataDirectory().resolve("postgres"))) {
            DataSource store = dataSource(postgres.jdbcUrl(ChiboLauncher.DATABASES[0]), postgres.user(), postgres.password());
            if (options.verifySubtree() == null) {
                return OfflineCheck.wholeChain(store, out);
            }
            LocalDate day = options.verifyDay() != null ? options.verifyDay() : LocalDate.now(VIETNAM);
            return OfflineCheck.subtree(store, options.verifySubtree(), day, out);
        }
    }

    /** Verifies the whole chain of the command store at this JDBC URL. */
    static int verify(String commandDatabaseUrl, String user, String password, PrintStream out) {
        return OfflineCheck.wholeChain(dataSource(commandDatabaseUrl, user, password), out);
    }

    /** Verifies one subtree of the command store at this JDBC URL against its digest of the day. */
    static int verifySubtree(String commandDatabaseUrl, String user, String password, String organisationId, LocalDate day,
                             PrintStream out) {
        return OfflineCheck.subtree(dataSource(commandDatabaseUrl, user, password), organisationId, day, out);
    }

    private static DataSource dataSource(String url, String user, String password) {
        var dataSource = new PGSimpleDataSource();
        dataSource.setUrl(url);
        dataSource.setUser(user);
        dataSource.setPassword(password);
        return dataSource;
    }
}
