package vn.chibo.query.dashboard;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.chibo.events.indicator.Period;
import vn.chibo.events.report.ReportContract.ReportingStatus;
import vn.chibo.events.report.ReportContract.UnitReport;
import vn.chibo.events.report.ReportContract.UnitReportStatus;
import vn.chibo.events.report.ReportType;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The units' missing and late reports, for the superior: a part of the organisation's page that the
 * page loads after itself, from reporting-service. In a month, the reports due are those of the month
 * before (monthly compliance) and of the last quarter ended (quarterly report).
 */
@Controller
@DashboardPage
class ReportingPanel {

    private final ReportingStatusClient reporting;
    private final ReportingLinks links;
    private final Clock clock = Clock.system(ZoneId.of("Asia/Ho_Chi_Minh"));

    ReportingPanel(ReportingStatusClient reporting, ReportingLinks links) {
        this.reporting = reporting;
        this.links = links;
    }

    /** One report type and period: the rates, and the names of the units that have not submitted or were late. */
    record Due(String type, String period, ReportingStatus status, List<String> missing, List<String> late, String link) {
    }

    @GetMapping("/fragments/reports")
    @PreAuthorize("@access.may('READ', #organisationId)")
    String reports(@RequestParam("org") String organisationId,
                   @RequestParam(name = "month", required = false) YearMonth month, Model model) {
        YearMonth shown = month != null ? month : YearMonth.now(clock);
        List<Due> due = new ArrayList<>();
        for (var wanted : List.of(new Wanted(ReportType.MONTHLY_COMPLIANCE, Period.month(shown.minusMonths(1))),
                new Wanted(ReportType.QUARTERLY_MEETINGS, Period.quarterEndedBefore(shown)))) {
            Optional<ReportingStatus> status = reporting.status(organisationId, wanted.type(), wanted.period());
            if (status.isEmpty()) {
                model.addAttribute("unavailable", true);
                break;
            }
            due.add(due(status.get(), links.unitsReports(organisationId, wanted.type().name(), wanted.period().code())));
        }
        model.addAttribute("due", due);
        model.addAttribute("reportsLink", links.reports(organisationId));
        return "dashboard/reports :: reports";
    }

    private record Wanted(ReportType type, Period period) {
    }

    private static Due due(ReportingStatus status, String link) {
        return new Due(status.type().name(), status.period(), status, names(status, u -> u.status() == UnitReportStatus.NOT_SUBMITTED),
                names(status, u -> Boolean.FALSE.equals(u.onTime())), link);
    }

    private static List<String> names(ReportingStatus status, Predicate<UnitReport> which) {
        return status.units().stream().filter(which).map(UnitReport::name).toList();
    }
}
