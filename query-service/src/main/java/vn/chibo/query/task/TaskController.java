package vn.chibo.query.task;

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
import vn.chibo.events.task.TaskBoardColumn;
import vn.chibo.events.task.TaskContract.TaskCard;
import vn.chibo.events.task.TaskContract.TaskCounts;
import vn.chibo.query.projection.Paging;
import vn.chibo.query.projection.AsOf;

import java.time.LocalDate;

@RestController
@Tag(name = "Nhiệm vụ / Tasks")
class TaskController {

    private static final String COLUMN = "Cột của bảng nhiệm vụ; không có: mọi nhiệm vụ / The board's column; none: every task";

    private final TaskBoard board;
    private final AsOf days;

    TaskController(TaskBoard board, AsOf days) {
        this.board = board;
        this.days = days;
    }

    @PreAuthorize("@access.may('READ', #organisationId)")
    @GetMapping("/api/organisations/{organisationId}/tasks")
    @Operation(summary = "Nhiệm vụ theo nghị quyết của các chi bộ trong toàn cây, theo hạn "
            + "/ Tasks of the subtree's resolutions, by deadline")
    Page<TaskCard> organisationTasks(
            @PathVariable String organisationId,
            @Parameter(description = COLUMN) @RequestParam(required = false) TaskBoardColumn status,
            @Parameter(description = AsOf.PARAMETER) @RequestParam(name = "asOf", required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @ParameterObject @Valid Paging paging) {
        return board.ofOrganisation(organisationId, status, days.on(asOf), paging);
    }

    @PreAuthorize("@access.may('READ', #organisationId)")
    @GetMapping("/api/organisations/{organisationId}/tasks/counts")
    @Operation(summary = "Số nhiệm vụ theo từng cột của bảng / How many tasks stand in each column")
    TaskCounts organisationCounts(@PathVariable String organisationId,
            @Parameter(description = AsOf.PARAMETER) @RequestParam(name = "asOf", required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return board.countsOfOrganisation(organisationId, days.on(asOf));
    }

    @PreAuthorize("@owner.isSelf(#memberId) or @access.may('READ', @owner.ofMember(#memberId))")
    @GetMapping("/api/members/{memberId}/tasks")
    @Operation(summary = "Nhiệm vụ được giao cho một đảng viên, theo hạn / Tasks assigned to a member, by deadline")
    Page<TaskCard> memberTasks(
            @PathVariable String memberId,
            @Parameter(description = COLUMN) @RequestParam(required = false) TaskBoardColumn status,
            @Parameter(description = AsOf.PARAMETER) @RequestParam(name = "asOf", required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @ParameterObject @Valid Paging paging) {
        return board.ofMember(memberId, status, days.on(asOf), paging);
    }

    @PreAuthorize("@owner.isSelf(#memberId) or @access.may('READ', @owner.ofMember(#memberId))")
    @GetMapping("/api/members/{memberId}/tasks/counts")
    @Operation(summary = "Số nhiệm vụ của một đảng viên theo từng cột / A member's tasks in each column")
    TaskCounts memberCounts(@PathVariable String memberId,
            @Parameter(description = AsOf.PARAMETER) @RequestParam(name = "asOf", required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return board.countsOfMember(memberId, days.on(asOf));
    }
}
