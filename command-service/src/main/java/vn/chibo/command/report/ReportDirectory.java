package vn.chibo.command.report;

import java.util.Optional;

/**
 * What a report's command handlers may know about other reports: a superior's report waits on those
 * of its units, and a unit's accepted report stays locked while its superior's report is accepted.
 */
public interface ReportDirectory {

    /** The status of the report with this id, empty if it was never submitted. */
    Optional<ReportStatus> status(String reportId);

    /**
     * The status, the report's row held until the command's transaction ends. A superior's acceptance
     * and the reopening of a unit's report both hold the superior's report first, so neither decides
     * on what the other is changing: the second waits, then sees what the first recorded.
     */
    Optional<ReportStatus> statusHeld(String reportId);
}
