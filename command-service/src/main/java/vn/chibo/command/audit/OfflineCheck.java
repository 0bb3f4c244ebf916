package vn.chibo.command.audit;

import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.io.PrintStream;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The chain's verifications without the service running, for the command line: the whole chain, or one
 * organisation subtree against its recorded daily digests, printed in Vietnamese and English. Exit
 * status 0 when intact, 1 when not, 3 when a subtree has no digest recorded by the day (2 is the launcher's usage error).
 */
public final class OfflineCheck {

    public static final int INTACT = 0;
    public static final int NOT_INTACT = 1;
    public static final int NO_DIGEST = 3;

    private static final Locale[] LOCALES = {Locale.forLanguageTag("vi"), Locale.ENGLISH};

    private OfflineCheck() {
    }

    public static int wholeChain(DataSource commandStore, PrintStream out) {
        ChainVerifier.Verification v = new ChainVerifier(commandStore).verify();
        for (Locale locale : LOCALES) {
            out.println(v.intact()
                    ? text(locale, "audit.chain.intact", v.verifiedEvents(), String.valueOf(v.headIndex()))
                    : problem(locale, v.firstProblem()));
        }
        out.println("head #" + v.headIndex() + " " + v.headHash());
        return v.intact() ? INTACT : NOT_INTACT;
    }

    public static int subtree(DataSource commandStore, String organisationId, LocalDate day, PrintStream out) {
        var found = new SubtreeVerifier(new JdbcTemplate(commandStore)).verify(organisationId, day);
        if (found.isEmpty()) {
            for (Locale locale : LOCALES) {
                out.println(text(locale, "audit.subtree.none", organisationId, day.toString()));
            }
            return NO_DIGEST;
        }
        SubtreeVerifier.Verification v = found.get();
        for (Locale locale : LOCALES) {
            out.println(v.intact()
                    ? text(locale, "audit.subtree.intact", v.organisationId(), v.day().toString(), v.verifiedEvents())
                    : problem(locale, v.firstProblem()));
        }
        out.println("digest " + v.day() + " recorded " + v.recordedHash() + ", recomputed " + v.recomputedHash());
        return v.intact() ? INTACT : NOT_INTACT;
    }

    /** Event numbers are identifiers, printed without grouping; counts in the reader's locale. */
    private static String problem(Locale locale, ChainVerifier.Finding finding) {
        return text(locale, "audit.chain." + finding.problem(), String.valueOf(finding.globalIndex()), finding.eventIdentifier());
    }

    private static String text(Locale locale, String key, Object... arguments) {
        return new MessageFormat(ResourceBundle.getBundle("i18n/audit", locale).getString(key), locale).format(arguments);
    }
}
