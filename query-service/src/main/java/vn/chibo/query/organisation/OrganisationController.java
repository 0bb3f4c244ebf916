package vn.chibo.query.organisation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.chibo.events.meeting.MeetingContract.MonthlyMeetings;
import vn.chibo.events.organisation.OrganisationContract.OrganisationSummary;

import java.time.YearMonth;
import java.util.List;

@RestController
@RequestMapping("/api/organisations")
@Tag(name = "Tổ chức đảng / Organisations")
class OrganisationController {

    private final OrganisationView queries;

    OrganisationController(OrganisationView queries) {
        this.queries = queries;
    }

    @GetMapping
    @Operation(summary = "Các tổ chức cấp cao nhất / The roots of the tree")
    List<OrganisationSummary> roots() {
        return queries.roots();
    }

    @GetMapping("/{organisationId}")
    @Operation(summary = "Một tổ chức và số liệu toàn cây dưới nó / One organisation with its subtree totals")
    OrganisationSummary organisation(@PathVariable String organisationId) {
        return queries.summary(organisationId);
    }

    @GetMapping("/{organisationId}/children")
    @Operation(summary = "Các tổ chức trực thuộc / The organisations directly below")
    List<OrganisationSummary> children(@PathVariable String organisationId) {
        return queries.children(organisationId);
    }

    @GetMapping("/{organisationId}/meetings")
    @Operation(summary = "Số buổi sinh hoạt trong tháng của toàn cây / Meetings held in a month by the subtree")
    MonthlyMeetings meetings(@PathVariable String organisationId, @RequestParam YearMonth month) {
        return queries.monthlyMeetings(organisationId, month);
    }
}
