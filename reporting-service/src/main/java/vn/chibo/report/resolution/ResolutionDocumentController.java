package vn.chibo.report.resolution;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.chibo.report.queryservice.QueryServiceClient;
import vn.chibo.service.security.AccessPolicy;
import vn.chibo.service.security.Permission;

@RestController
@Tag(name = "Nghị quyết / Resolutions")
class ResolutionDocumentController {

    private final QueryServiceClient queryService;
    private final AccessPolicy access;

    ResolutionDocumentController(QueryServiceClient queryService, AccessPolicy access) {
        this.queryService = queryService;
        this.access = access;
    }

    @GetMapping("/api/resolutions/{resolutionId}/document.pdf")
    @Operation(summary = "Nghị quyết, kết luận của chi bộ dạng PDF / A cell's resolution or conclusion as PDF")
    ResponseEntity<byte[]> document(@PathVariable String resolutionId, @RequestParam(required = false) String place,
                                    @RequestParam(required = false) String signerName) {
        var record = queryService.resolutionRecord(resolutionId);
        if (!access.may(Permission.READ, record.resolution().organisationId())) {
            throw new AccessDeniedException("READ on " + record.resolution().organisationId());
        }
        var cell = queryService.organisation(record.resolution().organisationId());
        var superiorBody = queryService.superiorOf(cell);
        String superior = superiorBody == null ? null : superiorBody.name();
        byte[] pdf = ResolutionPdf.render(record, superior, place, signerName);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("nghi-quyet-" + resolutionId + ".pdf").build().toString())
                .body(pdf);
    }
}
