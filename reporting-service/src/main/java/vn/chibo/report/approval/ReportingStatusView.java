package vn.chibo.report.approval;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.chibo.events.indicator.Period;
import vn.chibo.events.organisation.OrganisationContract.OrganisationSummary;
import vn.chibo.events.report.ReportContract.ReportingRates;
import vn.chibo.events.report.ReportContract.ReportingStatus;
import vn.chibo.events.report.ReportContract.UnitReport;
import vn.chibo.events.report.ReportContract.UnitReportStatus;
import vn.chibo.events.report.ReportType;
import vn.chibo.report.queryservice.QueryServiceClient;
import vn.chibo.service.web.Texts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A superior's view of the reports of the units directly below it: the units as query-service has
 * the tree now, each with its report's status as tracked here, and the reporting rates.
 */
@Component
class ReportingStatusView {

    private final QueryServiceClient queryService;
    private final NamedParameterJdbcTemplate jdbc;
    private final Texts texts;

    ReportingStatusView(QueryServiceClient queryService, NamedParameterJdbcTemplate jdbc, Texts texts) {
        this.queryService = queryService;
        this.jdbc = jdbc;
        this.texts = texts;
    }

    ReportingStatus of(String organisationId, ReportType type, Period period) {
        var superior = queryService.organisation(organisationId);
        var below = queryService.children(organisationId).stream().filter(unit -> type.issuedBy(unit.kind())).toList();
        Map<String, Tracked> tracked = tracked(below.stream()
                .map(unit -> type.reportId(unit.organisationId(), period)).toList());
        List<UnitReport> units = below.stream()
                .map(unit -> line(unit, type.reportId(unit.organisationId(), period), tracked))
                .toList();
        var rates = new ReportingRates(units.size(),
                count(units, u -> u.status() != UnitReportStatus.NOT_SUBMITTED),
                count(units, u -> Boolean.TRUE.equals(u.onTime())),
                count(units, u -> u.status() == UnitReportStatus.ACCEPTED));
        return new ReportingStatus(organisationId, superior.name(), type, period.code(), rates, units,
                ids(units, u -> u.status() == UnitReportStatus.NOT_SUBMITTED),
                ids(units, u -> Boolean.FALSE.equals(u.onTime())));
    }

    private UnitReport line(OrganisationSummary unit, String reportId, Map<String, Tracked> tracked) {
        Tracked report = tracked.get(reportId);
        UnitReportStatus status = report == null ? UnitReportStatus.NOT_SUBMITTED : report.status();
        String label = "enum.UnitReportStatus." + status.name();
        return new UnitReport(unit.organisationId(), unit.name(), reportId, status,
                texts.resolve(label, Texts.VIETNAMESE), texts.resolve(label, Locale.ENGLISH),
                report == null ? null : report.submissions(),
                report == null ? null : report.firstSubmittedAt(),
                report == null ? null : report.deadline(),
                report == null ? null : report.onTime(),
                report == null ? null : report.lastDecidedAt(),
                report == null ? null : report.lastComment());
    }

    private Map<String, Tracked> tracked(List<String> reportIds) {
        Map<String, Tracked> byId = new HashMap<>();
        if (!reportIds.isEmpty()) {
            jdbc.query("""
                            select report_id, status, submissions, first_submitted_at, first_on_time, deadline,
                                   last_decided_at, last_comment
                            from report_approval where report_id in (:ids)
                            """, Map.of("ids", reportIds),
                    (ResultSet rs) -> {
                        byId.put(rs.getString(1), tracked(rs));
                    });
        }
        return byId;
    }

    private static Tracked tracked(ResultSet rs) throws SQLException {
        String status = rs.getString(2);
        boolean onTime = rs.getBoolean(5);
        UnitReportStatus shown = switch (status) {
            case "SUBMITTED" -> onTime ? UnitReportStatus.SUBMITTED : UnitReportStatus.SUBMITTED_LATE;
            default -> UnitReportStatus.valueOf(status);
        };
        Timestamp decided = rs.getTimestamp(7);
        return new Tracked(shown, rs.getInt(3), rs.getTimestamp(4).toLocalDateTime(), rs.getDate(6).toLocalDate(),
                onTime, decided == null ? null : decided.toLocalDateTime(), rs.getString(8));
    }

    private static int count(List<UnitReport> units, Predicate<UnitReport> test) {
        return (int) units.stream().filter(test).count();
    }

    private static List<String> ids(List<UnitReport> units, Predicate<UnitReport> test) {
        return units.stream().filter(test).map(UnitReport::organisationId).toList();
    }

    private record Tracked(UnitReportStatus status, int submissions, LocalDateTime firstSubmittedAt,
                           LocalDate deadline, boolean onTime, LocalDateTime lastDecidedAt,
                           String lastComment) {
    }
}
