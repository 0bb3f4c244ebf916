package vn.chibo.report.minutes;

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
@Tag(name = "Biên bản / Minutes")
class MinutesController {

    private final QueryServiceClient queryService;
    private final AccessPolicy access;

    MinutesController(QueryServiceClient queryService, AccessPolicy access) {
        this.queryService = queryService;
        this.access = access;
    }

    @GetMapping("/api/meetings/{meetingId}/minutes.pdf")
    @Operation(summary = "Biên bản sinh hoạt chi bộ dạng PDF / A meeting's minutes as PDF")
    ResponseEntity<byte[]> minutes(@PathVariable String meetingId, @RequestParam(required = false) String place) {
        var record = queryService.meetingRecord(meetingId);
        if (!access.may(Permission.READ, record.organisationId())) {
            throw new AccessDeniedException("READ on " + record.organisationId());
        }
        var cell = queryService.organisation(record.organisationId());
        var superiorBody = queryService.superiorOf(cell);
        String superior = superiorBody == null ? null : superiorBody.name();
        byte[] pdf = MeetingMinutesPdf.render(record, superior, place == null || place.isBlank() ? record.place() : place);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("bien-ban-" + meetingId + ".pdf").build().toString())
                .body(pdf);
    }
}
