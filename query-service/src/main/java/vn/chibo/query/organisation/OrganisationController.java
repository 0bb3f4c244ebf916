package vn.chibo.query.organisation;

import vn.chibo.query.projection.AsOf;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.format.annotation.DateTimeFormat;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.chibo.events.meeting.MeetingContract.MonthlyMeetings;
import vn.chibo.events.organisation.OrganisationContract.OrganisationSummary;
import vn.chibo.service.security.AccessPolicy;
import vn.chibo.service.security.Permission;

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
    private final AccessPolicy access;
    private final AsOf days;

    OrganisationController(OrganisationView queries, TreeAsOf asOf, AccessPolicy access, AsOf days) {
        this.days = days;
        this.queries = queries;
        this.access = access;
        this.asOf = asOf;
    }

    @GetMapping
    @Operation(summary = "Các tổ chức cấp cao nhất mà người dùng được xem: gốc của cây, hoặc tổ chức được phân quyền "
            + "/ The top organisations the reader may see: the roots, or the organisations of their grants")
    List<OrganisationSummary> roots() {
        return access.seesWholeTree(Permission.READ) ? queries.roots()
                : queries.summaries(access.scopeOf(Permission.READ));
    }

    @PreAuthorize("@access.may('READ', #organisationId)")
    @GetMapping("/{organisationId}")
    @Operation(summary = "Một tổ chức và số liệu toàn cây dưới nó / One organisation with its subtree totals")
    OrganisationSummary organisation(@PathVariable String organisationId,
                                     @Parameter(description = AS_OF) @RequestParam(name = "asOf", required = false)
                                     @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        return day == null ? queries.summary(organisationId) : asOf.summary(organisationId, day);
    }

    @PreAuthorize("@access.may('READ', #organisationId)")
    @GetMapping("/{organisationId}/children")
    @Operation(summary = "Các tổ chức trực thuộc / The organisations directly below")
    List<OrganisationSummary> children(@PathVariable String organisationId,
                                       @Parameter(description = AS_OF) @RequestParam(name = "asOf", required = false)
                                       @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        return day == null ? queries.children(organisationId) : asOf.children(organisationId, day);
    }

    @PreAuthorize("@access.may('READ', #organisationId)")
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

    @PreAuthorize("@access.may('READ', #organisationId)")
    @GetMapping("/{organisationId}/meetings")
    @Operation(summary = "Số buổi sinh hoạt trong tháng của toàn cây / Meetings held in a month by the subtree")
    MonthlyMeetings meetings(@PathVariable String organisationId, @RequestParam YearMonth month,
            @Parameter(description = AsOf.PARAMETER) @RequestParam(name = "asOf", required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return queries.monthlyMeetings(organisationId, month, days.on(asOf));
    }
}
