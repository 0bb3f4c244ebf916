package vn.chibo.command.report;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.chibo.events.report.ReportContract.ReportAccepted;
import vn.chibo.events.report.ReportContract.ReportReopened;
import vn.chibo.events.report.ReportContract.ReportReturned;
import vn.chibo.events.report.ReportContract.ReportSubmitted;

import java.util.Optional;

/** Kept in the transaction that appends the report's events (subscribing processing group). */
@Component
@ProcessingGroup("organisation-directory")
class JdbcReportDirectory implements ReportDirectory {

    private final JdbcTemplate jdbc;

    JdbcReportDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<ReportStatus> status(String reportId) {
        return jdbc.queryForList("select status from report_directory where report_id = ?", String.class, reportId)
                .stream().findFirst().map(ReportStatus::valueOf);
    }

    @Override
    public Optional<ReportStatus> statusHeld(String reportId) {
        return jdbc.queryForList("select status from report_directory where report_id = ? for update", String.class,
                reportId).stream().findFirst().map(ReportStatus::valueOf);
    }

    @EventHandler
    void on(ReportSubmitted e) {
        jdbc.update("""
                insert into report_directory (report_id, status) values (?, 'SUBMITTED')
                on conflict (report_id) do update set status = 'SUBMITTED'
                """, e.reportId());
    }

    @EventHandler
    void on(ReportAccepted e) {
        record(e.reportId(), ReportStatus.ACCEPTED);
    }

    @EventHandler
    void on(ReportReturned e) {
        record(e.reportId(), ReportStatus.RETURNED);
    }

    @EventHandler
    void on(ReportReopened e) {
        record(e.reportId(), ReportStatus.REOPENED);
    }

    private void record(String reportId, ReportStatus status) {
        jdbc.update("update report_directory set status = ? where report_id = ?", status.name(), reportId);
    }
}
