package vn.chibo.report.approval;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.chibo.events.indicator.Period;
import vn.chibo.events.report.ReportContract.AcceptReport;
import vn.chibo.events.report.ReportContract.ReopenReport;
import vn.chibo.events.report.ReportContract.ReportingStatus;
import vn.chibo.events.report.ReportContract.ReturnReport;
import vn.chibo.events.report.ReportContract.SubmitReport;
import vn.chibo.events.report.ReportType;
import vn.chibo.service.web.Texts;

import java.util.HashMap;
import java.util.Locale;
import vn.chibo.service.web.Bilingual;
import java.util.Map;

/**
 * What the reports page needs of the approval workflow: where an organisation's own reports stand, the
 * units' reports below it, and the officer's decisions, sent to command-service as commands.
 */
@Component
public class Approvals {

    private final JdbcTemplate jdbc;
    private final ReportingStatusView units;
    private final CommandServiceClient commands;
    private final Texts texts;

    Approvals(JdbcTemplate jdbc, ReportingStatusView units, CommandServiceClient commands, Texts texts) {
        this.jdbc = jdbc;
        this.units = units;
        this.commands = commands;
        this.texts = texts;
    }

    /** What the officer decides on a unit's report. */
    public enum Decision {
        ACCEPT, RETURN, REOPEN
    }

    /** Where the organisation's reports stand, by report id, in the reader's language. */
    public Map<String, String> statusOfOwnReports(String organisationId, Locale locale) {
        Map<String, String> shown = new HashMap<>();
        jdbc.query("select report_id, status, first_on_time from report_approval where organisation_id = ?", rs -> {
            String status = rs.getString(2);
            String label = "SUBMITTED".equals(status) && !rs.getBoolean(3) ? "SUBMITTED_LATE" : status;
            shown.put(rs.getString(1), texts.resolve("enum.UnitReportStatus." + label, locale));
        }, organisationId);
        return shown;
    }

    /** The reports of the units directly below, with the reporting rates. */
    public ReportingStatus unitsBelow(String organisationId, ReportType type, Period period) {
        return units.of(organisationId, type, period);
    }

    /** Submits the organisation's generated report, identified by its content hash, to its superior. */
    public void submit(String reportId, ReportType type, String organisationId, String period, String contentHash,
                       String commandId) {
        commands.send("/api/reports", commandId,
                new SubmitReport(reportId, type, organisationId, period, contentHash, organisationId));
    }

    /** The superior's decision on a unit's report; a return or reopening needs its comment. */
    public void decide(String reportId, Decision decision, String superiorId, String note, String commandId) {
        switch (decision) {
            case ACCEPT -> commands.send("/api/reports/" + reportId + "/acceptance", commandId,
                    new AcceptReport(reportId, superiorId));
            case RETURN -> commands.send("/api/reports/" + reportId + "/return", commandId,
                    new ReturnReport(reportId, superiorId, note));
            case REOPEN -> commands.send("/api/reports/" + reportId + "/reopening", commandId,
                    new ReopenReport(reportId, superiorId, note));
        }
    }

    /** command-service refused the command (a rule, or bad input), with its reason in both languages. */
    public static class Refused extends RuntimeException {

        private final transient Bilingual reason;

        Refused(Bilingual reason) {
            super(reason.vi());
            this.reason = reason;
        }

        public Bilingual reason() {
            return reason;
        }
    }

    /** command-service could not be reached, or failed. */
    public static class Unavailable extends RuntimeException {
        Unavailable(Throwable cause) {
            super(cause);
        }
    }
}
