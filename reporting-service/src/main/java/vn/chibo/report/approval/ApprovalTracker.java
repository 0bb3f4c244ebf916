package vn.chibo.report.approval;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.chibo.events.report.ReportContract.ReportAccepted;
import vn.chibo.events.report.ReportContract.ReportReopened;
import vn.chibo.events.report.ReportContract.ReportReturned;
import vn.chibo.events.report.ReportContract.ReportSubmitted;

import java.time.LocalDateTime;

/**
 * Keeps where each report stands. A report's events share its partition and arrive in order; the
 * submission number guards against one delivered again after later ones, so a repeat changes nothing.
 */
@Component
@ProcessingGroup("reporting")
class ApprovalTracker {

    private final JdbcTemplate jdbc;

    ApprovalTracker(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ReportSubmitted e) {
        jdbc.update("""
                insert into report_approval (report_id, type, organisation_id, period, superior_id, status, submissions,
                                             first_submitted_at, first_on_time, deadline, last_submitted_at)
                values (?, ?, ?, ?, ?, 'SUBMITTED', ?, ?, ?, ?, ?)
                on conflict (report_id) do update
                    set status = 'SUBMITTED', submissions = excluded.submissions, superior_id = excluded.superior_id,
                        last_submitted_at = excluded.last_submitted_at, last_comment = null
                    where report_approval.submissions < excluded.submissions
                """, e.reportId(), e.type().name(), e.organisationId(), e.period(), e.superiorId(), e.submission(),
                e.submittedAt(), e.onTime(), e.deadline(), e.submittedAt());
    }

    @EventHandler
    void on(ReportAccepted e) {
        decided(e.reportId(), e.submission(), "ACCEPTED", e.decidedAt(), null, "SUBMITTED");
    }

    @EventHandler
    void on(ReportReturned e) {
        decided(e.reportId(), e.submission(), "RETURNED", e.decidedAt(), e.comment(), "SUBMITTED");
    }

    @EventHandler
    void on(ReportReopened e) {
        decided(e.reportId(), e.submission(), "REOPENED", e.decidedAt(), e.reason(), "ACCEPTED");
    }

    /** Applies a decision only to the submission it was made on, and only from the status it follows. */
    private void decided(String reportId, int submission, String status, LocalDateTime at, String comment, String from) {
        jdbc.update("""
                update report_approval set status = ?, last_decided_at = ?, last_comment = ?
                where report_id = ? and submissions = ? and status = ?
                """, status, at, comment, reportId, submission, from);
    }
}
