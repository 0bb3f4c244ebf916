package vn.chibo.report.resolution;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.chibo.report.queryservice.QueryServiceClient;

@RestController
@Tag(name = "Nghị quyết / Resolutions")
class ResolutionDocumentController {

    private final QueryServiceClient queryService;

    ResolutionDocumentController(QueryServiceClient queryService) {
        this.queryService = queryService;
    }

    @GetMapping("/api/resolutions/{resolutionId}/document.pdf")
    @Operation(summary = "Nghị quyết, kết luận của chi bộ dạng PDF / A cell's resolution or conclusion as PDF")
    ResponseEntity<byte[]> document(@PathVariable String resolutionId, @RequestParam(required = false) String place,
                                    @RequestParam(required = false) String signerName) {
        var record = queryService.resolutionRecord(resolutionId);
        var cell = queryService.organisation(record.resolution().organisationId());
        String superior = cell.parentId() == null ? null : queryService.organisation(cell.parentId()).name();
        byte[] pdf = ResolutionPdf.render(record, superior, place, signerName);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("nghi-quyet-" + resolutionId + ".pdf").build().toString())
                .body(pdf);
    }
}
