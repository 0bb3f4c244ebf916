package vn.chibo.query.plan;

import java.time.LocalDate;
import vn.chibo.query.projection.AsOf;
import org.springframework.format.annotation.DateTimeFormat;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.chibo.events.Page;
import vn.chibo.events.plan.PlanContract.PlanView;
import vn.chibo.events.plan.PlanStatus;
import vn.chibo.query.projection.Paging;

@RestController
@Tag(name = "Kế hoạch sinh hoạt chuyên đề / Thematic plans")
class PlanController {

    private final PlanQueries queries;
    private final AsOf days;

    PlanController(PlanQueries queries, AsOf days) {
        this.days = days;
        this.queries = queries;
    }

    @PreAuthorize("@access.may('READ', #organisationId)")
    @GetMapping("/api/organisations/{organisationId}/plans")
    @Operation(summary = "Kế hoạch chuyên đề của các chi bộ trong toàn cây và tình trạng duyệt "
            + "/ Thematic plans of the subtree's cells and their approval state")
    Page<PlanView> plans(
            @PathVariable String organisationId,
            @Parameter(description = "Năm của kế hoạch / The plan's year", example = "2026")
            @RequestParam(required = false) @Min(1930) @Max(2100) Integer year,
            @Parameter(description = "Tình trạng lần nộp mới nhất / State of the latest submission")
            @RequestParam(required = false) PlanStatus status,
            @Parameter(description = AsOf.PARAMETER) @RequestParam(name = "asOf", required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @ParameterObject @Valid Paging paging) {
        return queries.plans(organisationId, year, status, days.on(asOf), paging);
    }
}
