package vn.chibo.query.member;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.chibo.events.Page;
import vn.chibo.events.member.MemberContract.MemberRecord;
import vn.chibo.events.member.MemberContract.MemberView;
import vn.chibo.events.member.MembershipStatus;
import vn.chibo.query.projection.Paging;

import java.time.LocalDate;

@RestController
@Tag(name = "Đảng viên / Members")
class MemberController {

    private static final String AS_OF = "Tại ngày (YYYY-MM-DD); bỏ trống: hôm nay / As it stood on this day; none: today";

    private final MemberQueries queries;

    MemberController(MemberQueries queries) {
        this.queries = queries;
    }

    @PreAuthorize("@access.may('READ', #organisationId)")
    @GetMapping("/api/organisations/{organisationId}/members")
    @Operation(summary = "Đảng viên các chi bộ trong toàn cây, theo chi bộ, cấp ủy trước "
            + "/ Members of the subtree's cells, by cell, leaders first")
    Page<MemberView> members(
            @PathVariable String organisationId,
            @Parameter(description = "Chính thức hoặc dự bị / Official or probationary")
            @RequestParam(required = false) MembershipStatus status,
            @Parameter(description = "true: những người đã ra khỏi đảng bộ / true: those who left")
            @RequestParam(defaultValue = "false") boolean left,
            @Parameter(description = AS_OF) @RequestParam(name = "asOf", required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            @ParameterObject @Valid Paging paging) {
        return day == null ? queries.members(organisationId, status, left, paging)
                : queries.membersOn(day, organisationId, status, left, paging);
    }

    @PreAuthorize("@owner.isSelf(#memberId) or @access.may('READ', @owner.ofMember(#memberId))")
    @GetMapping("/api/members/{memberId}")
    @Operation(summary = "Một đảng viên: chi bộ, vai trò, miễn sinh hoạt, chuyển sinh hoạt "
            + "/ One member: cell, role, exemptions, transfers")
    MemberRecord member(@PathVariable String memberId,
                        @Parameter(description = AS_OF) @RequestParam(name = "asOf", required = false)
                        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        return day == null ? queries.record(memberId) : queries.recordOn(memberId, day);
    }
}
