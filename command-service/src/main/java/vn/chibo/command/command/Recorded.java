package vn.chibo.command.command;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Checks shared by commands that record something which already happened (an adoption, a report, a
 * decision): it cannot lie in the future, nor before what it follows.
 */
public final class Recorded {

    private Recorded() {
    }

    /** Vietnam's today comes from the clock, so a date is judged as the cell sees it. */
    public static void notInFuture(LocalDate date, Clock clock, String rule) {
        if (date.isAfter(LocalDate.now(clock))) {
            throw new RuleViolation(rule, date);
        }
    }

    public static void notBefore(LocalDate date, LocalDate earliest, String rule) {
        if (date.isBefore(earliest)) {
            throw new RuleViolation(rule, date, earliest);
        }
    }

    /** Optional free text as recorded: stripped, and absent when blank. */
    public static String optional(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
