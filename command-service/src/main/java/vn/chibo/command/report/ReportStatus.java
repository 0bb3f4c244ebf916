package vn.chibo.command.report;

/** Where a report stands in its approval; only {@link #ACCEPTED} is locked. */
public enum ReportStatus {
    SUBMITTED,
    RETURNED,
    ACCEPTED,
    REOPENED
}
