package vn.chibo.command.report;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A report directory holding exactly the report statuses a test names. */
class ReportsOf implements ReportDirectory {

    private final Map<String, ReportStatus> statuses = new HashMap<>();

    ReportsOf report(String reportId, ReportStatus status) {
        statuses.put(reportId, status);
        return this;
    }

    @Override
    public Optional<ReportStatus> status(String reportId) {
        return Optional.ofNullable(statuses.get(reportId));
    }

    @Override
    public Optional<ReportStatus> statusHeld(String reportId) {
        return status(reportId);
    }
}
