package vn.chibo.query.resolution;

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
import vn.chibo.events.resolution.ResolutionContract.ResolutionRecord;
import vn.chibo.events.resolution.ResolutionContract.ResolutionSummary;
import vn.chibo.query.projection.AsOf;
import vn.chibo.query.projection.Paging;

import java.time.LocalDate;
import java.time.YearMonth;

@RestController
@Tag(name = "Nghị quyết / Resolutions")
class ResolutionController {

    private final ResolutionQueries queries;
    private final AsOf days;

    ResolutionController(ResolutionQueries queries, AsOf days) {
        this.queries = queries;
        this.days = days;
    }

    @PreAuthorize("@access.may('READ', #organisationId)")
    @GetMapping("/api/organisations/{organisationId}/resolutions")
    @Operation(summary = "Nghị quyết, kết luận của các chi bộ trong toàn cây, mới nhất trước "
            + "/ Resolutions and conclusions of the subtree's cells, newest first")
    Page<ResolutionSummary> resolutions(
            @PathVariable String organisationId,
            @Parameter(description = "Chỉ những nghị quyết thông qua trong tháng (YYYY-MM) "
                    + "/ Only those adopted in this month (YYYY-MM)", example = "2026-03")
            @RequestParam(required = false) YearMonth month,
            @Parameter(description = AsOf.PARAMETER) @RequestParam(name = "asOf", required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @ParameterObject @Valid Paging paging) {
        return queries.resolutions(organisationId, month, days.on(asOf), paging);
    }

    @PreAuthorize("@access.may('READ', @owner.ofResolution(#resolutionId))")
    @GetMapping("/api/resolutions/{resolutionId}")
    @Operation(summary = "Một nghị quyết: văn bản, sửa đổi, biểu quyết, nhiệm vụ "
            + "/ One resolution: text, amendments, vote, tasks")
    ResolutionRecord resolution(@PathVariable String resolutionId,
            @Parameter(description = AsOf.PARAMETER) @RequestParam(name = "asOf", required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return queries.record(resolutionId, days.on(asOf));
    }
}
