package vn.chibo.report.approval;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.chibo.events.indicator.Period;
import vn.chibo.events.report.ReportContract.ReportingStatus;
import vn.chibo.events.report.ReportType;

@RestController
@RequestMapping("/api/reports")
@Tag(name = "Báo cáo / Reports")
class ReportingStatusController {

    private final ReportingStatusView view;

    ReportingStatusController(ReportingStatusView view) {
        this.view = view;
    }

    @GetMapping("/status")
    @Operation(summary = "Tình hình nộp báo cáo của các đơn vị trực thuộc và tỷ lệ báo cáo / "
            + "Where the reports of the units directly below stand, with the reporting rates")
    @PreAuthorize("@access.may('READ', #organisationId)")
    ReportingStatus status(@RequestParam String organisationId, @RequestParam ReportType type,
                           @Parameter(description = "2026-03, 2026-Q1, 2026-H1 or 2026, as the type requires")
                           @RequestParam Period period) {
        if (!type.covers(period)) {
            throw new PeriodNotOfType(period, type);
        }
        return view.of(organisationId, type, period);
    }
}
