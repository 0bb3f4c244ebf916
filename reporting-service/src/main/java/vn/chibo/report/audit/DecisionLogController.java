package vn.chibo.report.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.chibo.events.audit.AuditContract.AuditEntryView;
import vn.chibo.events.indicator.Period;
import vn.chibo.report.queryservice.QueryServiceClient;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** The decision log of an organisation's subtree as a PDF document (the log itself is query-service's). */
@RestController
@Tag(name = "Kiểm toán / Audit")
class DecisionLogController {

    /** Pages of 500 read at most: an extract of 10,000 entries is as long as a printed log should be. */
    private static final int MAXIMUM_PAGES = 20;

    private final QueryServiceClient queryService;
    private final Clock clock = Clock.systemUTC();

    DecisionLogController(QueryServiceClient queryService) {
        this.queryService = queryService;
    }

    @GetMapping("/api/audit/organisations/{organisationId}/decisions.pdf")
    @Operation(summary = "Trích nhật ký quyết định dạng PDF / The decision log of a subtree for a period as PDF")
    @PreAuthorize("@access.may('AUDIT', #organisationId)")
    ResponseEntity<byte[]> decisions(@PathVariable String organisationId, @RequestParam Period period,
                                     @RequestParam(defaultValue = "false") boolean all,
                                     @RequestParam(required = false) String place) {
        var organisation = queryService.organisation(organisationId);
        var superiorBody = queryService.superiorOf(organisation);
        String superior = superiorBody == null ? null : superiorBody.name();
        byte[] pdf = DecisionLogPdf.render(organisation, superior, period, all, entries(organisationId, period, all),
                place == null || place.isBlank() ? "" : place.strip(), clock.instant());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("nhat-ky-" + organisationId + "-" + period.code() + ".pdf").build().toString())
                .body(pdf);
    }

    private List<AuditEntryView> entries(String organisationId, Period period, boolean all) {
        List<AuditEntryView> entries = new ArrayList<>();
        for (int page = 0; page < MAXIMUM_PAGES; page++) {
            var next = queryService.decisions(organisationId, period, all, page);
            entries.addAll(next.items());
            if (entries.size() >= next.total() || next.items().isEmpty()) {
                break;
            }
        }
        return entries;
    }
}
