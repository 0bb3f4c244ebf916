package vn.chibo.query.petition;

import java.time.LocalDate;
import vn.chibo.query.projection.AsOf;
import org.springframework.format.annotation.DateTimeFormat;
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
import vn.chibo.events.petition.PetitionContract.PetitionView;
import vn.chibo.events.petition.PetitionStatus;
import vn.chibo.query.projection.Paging;

@RestController
@Tag(name = "Ý kiến, kiến nghị / Petitions")
class PetitionController {

    private final PetitionQueries queries;
    private final AsOf days;

    PetitionController(PetitionQueries queries, AsOf days) {
        this.days = days;
        this.queries = queries;
    }

    @PreAuthorize("@access.may('READ', #organisationId)")
    @GetMapping("/api/organisations/{organisationId}/petitions")
    @Operation(summary = "Kiến nghị của các chi bộ trong toàn cây, hoặc đang chờ tổ chức này, mới nhất trước "
            + "/ Petitions raised in the subtree, or held by this organisation, newest first")
    Page<PetitionView> petitions(
            @PathVariable String organisationId,
            @Parameter(description = "true: những kiến nghị tổ chức này đang giữ / true: those this organisation holds now")
            @RequestParam(defaultValue = "false") boolean held,
            @Parameter(description = "Tình trạng / Status") @RequestParam(required = false) PetitionStatus status,
            @Parameter(description = AsOf.PARAMETER) @RequestParam(name = "asOf", required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @ParameterObject @Valid Paging paging) {
        return queries.petitions(organisationId, held, status, days.on(asOf), paging);
    }

    @PreAuthorize("@access.may('READ', @owner.ofPetition(#petitionId))")
    @GetMapping("/api/petitions/{petitionId}")
    @Operation(summary = "Một kiến nghị và đường đi lên các cấp / One petition and its path upward")
    PetitionView petition(@PathVariable String petitionId,
            @Parameter(description = AsOf.PARAMETER) @RequestParam(name = "asOf", required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return queries.petition(petitionId, days.on(asOf));
    }
}
