package vn.chibo.standalone;

import org.postgresql.ds.PGSimpleDataSource;
import vn.chibo.command.audit.ChainVerifier;
import vn.chibo.command.audit.ChainVerifier.Verification;
import vn.chibo.infrastructure.PostgresServer;

import java.io.PrintStream;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * {@code --verify-chain}: recomputes the event chain of the command store from the command line, on
 * the data directory (with the platform stopped) or on CHIBO_POSTGRES_URL, and names the first event
 * that does not match. Exit status 0 when intact, 1 when not.
 */
final class ChainCheck {

    private ChainCheck() {
    }

    static int run(LauncherOptions options, PrintStream out) {
        try (PostgresServer postgres = options.postgresUrl() != null
                ? PostgresServer.at(options.postgresUrl(), options.postgresUser(), options.postgresPassword())
                : PostgresServer.embedded(options.dataDirectory().resolve("postgres"))) {
            return verify(postgres.jdbcUrl(ChiboLauncher.DATABASES[0]), postgres.user(), postgres.password(), out);
        }
    }

    /** Verifies the command store at this JDBC URL and prints the outcome in Vietnamese and English. */
    static int verify(String commandDatabaseUrl, String user, String password, PrintStream out) {
        var dataSource = new PGSimpleDataSource();
        dataSource.setUrl(commandDatabaseUrl);
        dataSource.setUser(user);
        dataSource.setPassword(password);
        Verification verification = new ChainVerifier(dataSource).verify();
        for (Locale locale : new Locale[]{Locale.forLanguageTag("vi"), Locale.ENGLISH}) {
            out.println(message(verification, locale));
        }
        out.println("head #" + verification.headIndex() + " " + verification.headHash());
        return verification.intact() ? 0 : 1;
    }

    /** Counts in the reader's locale; event numbers are identifiers, printed without grouping. */
    private static String message(Verification v, Locale locale) {
        ResourceBundle texts = ResourceBundle.getBundle("i18n/audit", locale);
        return v.intact()
                ? new MessageFormat(texts.getString("audit.chain.intact"), locale)
                        .format(new Object[]{v.verifiedEvents(), String.valueOf(v.headIndex())})
                : new MessageFormat(texts.getString("audit.chain." + v.firstProblem().problem()), locale)
                        .format(new Object[]{String.valueOf(v.firstProblem().globalIndex()), v.firstProblem().eventIdentifier()});
    }
}
