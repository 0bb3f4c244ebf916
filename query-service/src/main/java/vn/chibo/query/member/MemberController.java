package vn.chibo.query.member;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springdoc.core.annotations.ParameterObject;
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

@RestController
@Tag(name = "Đảng viên / Members")
class MemberController {

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
            @ParameterObject @Valid Paging paging) {
        return queries.members(organisationId, status, left, paging);
    }

    @PreAuthorize("@owner.isSelf(#memberId) or @access.may('READ', @owner.ofMember(#memberId))")
    @GetMapping("/api/members/{memberId}")
    @Operation(summary = "Một đảng viên: chi bộ, vai trò, miễn sinh hoạt, chuyển sinh hoạt "
            + "/ One member: cell, role, exemptions, transfers")
    MemberRecord member(@PathVariable String memberId) {
        return queries.record(memberId);
    }
}
