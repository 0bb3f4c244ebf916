package vn.chibo.query.absence;

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
import vn.chibo.events.absence.AbsenceContract.AbsenceRisk;
import vn.chibo.query.projection.Paging;

@RestController
@Tag(name = "Vắng sinh hoạt / Absences")
class AbsenceController {

    private final AbsenceQueries queries;
    private final AsOf days;

    AbsenceController(AbsenceQueries queries, AsOf days) {
        this.days = days;
        this.queries = queries;
    }

    @PreAuthorize("@access.may('READ', #organisationId)")
    @GetMapping("/api/organisations/{organisationId}/absence-risks")
    @Operation(summary = "Đảng viên đã bị cảnh báo hoặc đủ số tháng vắng không lý do trong năm "
            + "/ Members warned, or at the threshold, for unexcused absence in a year")
    Page<AbsenceRisk> absenceRisks(
            @PathVariable String organisationId,
            @Parameter(description = "Năm / The year", example = "2026")
            @RequestParam @Min(1930) @Max(2100) int year,
            @Parameter(description = AsOf.PARAMETER) @RequestParam(name = "asOf", required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @ParameterObject @Valid Paging paging) {
        return queries.risks(organisationId, year, days.on(asOf), paging);
    }
}
