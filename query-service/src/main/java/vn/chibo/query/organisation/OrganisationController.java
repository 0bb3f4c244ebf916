package vn.chibo.query.organisation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.format.annotation.DateTimeFormat;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.chibo.events.meeting.MeetingContract.MonthlyMeetings;
import vn.chibo.events.organisation.OrganisationContract.OrganisationSummary;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

@RestController
@RequestMapping("/api/organisations")
@Tag(name = "Tổ chức đảng / Organisations")
class OrganisationController {

    private static final String AS_OF = "Cơ cấu tại ngày (YYYY-MM-DD); bỏ trống: hôm nay / The tree as it stood on this day "
            + "(YYYY-MM-DD); omitted: today";

    private final OrganisationView queries;
    private final TreeAsOf asOf;

    OrganisationController(OrganisationView queries, TreeAsOf asOf) {
        this.queries = queries;
        this.asOf = asOf;
    }

    @GetMapping
    @Operation(summary = "Các tổ chức cấp cao nhất / The roots of the tree")
    List<OrganisationSummary> roots() {
        return queries.roots();
    }

    @GetMapping("/{organisationId}")
    @Operation(summary = "Một tổ chức và số liệu toàn cây dưới nó / One organisation with its subtree totals")
    OrganisationSummary organisation(@PathVariable String organisationId,
                                     @Parameter(description = AS_OF) @RequestParam(name = "asOf", required = false)
                                     @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        return day == null ? queries.summary(organisationId) : asOf.summary(organisationId, day);
    }

    @GetMapping("/{organisationId}/children")
    @Operation(summary = "Các tổ chức trực thuộc / The organisations directly below")
    List<OrganisationSummary> children(@PathVariable String organisationId,
                                       @Parameter(description = AS_OF) @RequestParam(name = "asOf", required = false)
                                       @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        return day == null ? queries.children(organisationId) : asOf.children(organisationId, day);
    }

    @GetMapping("/{organisationId}/path")
    @Operation(summary = "Đường từ gốc xuống tổ chức (gốc trước, tổ chức sau cùng) / The way down from the root to the organisation")
    List<OrganisationSummary> path(@PathVariable String organisationId,
                                   @Parameter(description = AS_OF) @RequestParam(name = "asOf", required = false)
                                   @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        if (day != null) {
            return asOf.path(organisationId, day);
        }
        queries.summary(organisationId);
        return queries.path(organisationId);
    }

    @GetMapping("/{organisationId}/meetings")
    @Operation(summary = "Số buổi sinh hoạt trong tháng của toàn cây / Meetings held in a month by the subtree")
    MonthlyMeetings meetings(@PathVariable String organisationId, @RequestParam YearMonth month) {
        return queries.monthlyMeetings(organisationId, month);
    }
}
