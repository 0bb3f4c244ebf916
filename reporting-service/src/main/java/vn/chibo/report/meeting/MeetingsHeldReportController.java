package vn.chibo.report.meeting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.chibo.report.queryservice.QueryServiceClient;

import java.time.YearMonth;
import java.util.List;

@RestController
@RequestMapping("/api/reports")
@Tag(name = "Báo cáo / Reports")
class MeetingsHeldReportController {

    private final QueryServiceClient queryService;
    private final JdbcTemplate jdbc;

    MeetingsHeldReportController(QueryServiceClient queryService, JdbcTemplate jdbc) {
        this.queryService = queryService;
        this.jdbc = jdbc;
    }

    @GetMapping("/meetings-held")
    @Operation(summary = "Số buổi sinh hoạt trong tháng của từng chi bộ / Meetings held in a month, cell by cell")
    @PreAuthorize("@access.may('READ', #organisationId)")
    MeetingsHeldReport meetingsHeld(@RequestParam String organisationId, @RequestParam YearMonth month) {
        var organisation = queryService.organisation(organisationId);
        var totals = queryService.monthlyMeetings(organisationId, month);
        return new MeetingsHeldReport(organisationId, organisation.name(), month, totals.cells(), totals.cellsMet(),
                totals.meetingsHeld(), cellLines(organisationId, month));
    }

    private List<MeetingsHeldReport.CellLine> cellLines(String organisationId, YearMonth month) {
        return jdbc.query("""
                        with recursive subtree as (
                            select organisation_id from report_organisation where organisation_id = ?
                            union all
                            select o.organisation_id from report_organisation o join subtree s on o.parent_id = s.organisation_id
                        )
                        select c.organisation_id, c.name, p.name,
                               (select count(*) from report_meeting m
                                where m.organisation_id = c.organisation_id and m.started_at >= ? and m.started_at < ?)
                        from subtree s
                        join report_organisation c on c.organisation_id = s.organisation_id and c.kind = 'CELL'
                        left join report_organisation p on p.organisation_id = c.parent_id
                        order by p.name, c.name
                        """,
                (rs, i) -> new MeetingsHeldReport.CellLine(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)),
                organisationId, month.atDay(1).atStartOfDay(), month.plusMonths(1).atDay(1).atStartOfDay());
    }
}
