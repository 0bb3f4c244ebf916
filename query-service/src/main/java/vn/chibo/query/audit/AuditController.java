package vn.chibo.query.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.chibo.events.Page;
import vn.chibo.events.audit.AuditContract.AuditEntryView;
import vn.chibo.events.audit.AuditContract.SubtreeDigestView;
import vn.chibo.events.indicator.Period;
import vn.chibo.query.projection.Paging;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

@RestController
@Tag(name = "Kiểm toán / Audit")
class AuditController {

    private final AuditTrail trail;
    private final AuditCsv csv;
    private final SubtreeDigests subtreeDigests;

    AuditController(AuditTrail trail, AuditCsv csv, SubtreeDigests subtreeDigests) {
        this.trail = trail;
        this.csv = csv;
        this.subtreeDigests = subtreeDigests;
    }

    @PreAuthorize("@access.may('AUDIT', #organisationId)")
    @GetMapping("/api/audit/organisations/{organisationId}/decisions")
    @Operation(summary = "Các quyết định trong toàn cây của tổ chức trong một kỳ, cũ trước mới sau "
            + "/ Decisions taken in the organisation's subtree in a period, oldest first")
    Page<AuditEntryView> decisions(@PathVariable String organisationId,
                                   @Parameter(description = "2026-03 | 2026-Q1 | 2026-H1 | 2026") @RequestParam Period period,
                                   @Parameter(description = "true: mọi sự kiện / every event") @RequestParam(defaultValue = "false") boolean all,
                                   @Parameter(description = "Như đã biết vào cuối ngày / As known at the end of this day")
                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                   @ParameterObject @Valid Paging paging, Locale locale) {
        return trail.entries(new AuditTrail.Filter(organisationId, period, !all, asOf), paging, locale);
    }

    @PreAuthorize("@access.may('AUDIT', #organisationId)")
    @GetMapping(path = "/api/audit/organisations/{organisationId}/decisions.csv", produces = "text/csv")
    @Operation(summary = "Xuất CSV nhật ký quyết định / The decision log as CSV")
    ResponseEntity<byte[]> decisionsCsv(@PathVariable String organisationId, @RequestParam Period period,
                                        @RequestParam(defaultValue = "false") boolean all,
                                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                        Locale locale) {
        List<AuditEntryView> entries = trail.all(new AuditTrail.Filter(organisationId, period, !all, asOf), locale);
        String name = "nhat-ky-" + organisationId + "-" + period.code() + ".csv";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(csv.write(entries, locale));
    }

    @PreAuthorize("@access.may('AUDIT', @owner.ofEntity(#entityId))")
    @GetMapping("/api/audit/entities/{entityId}/timeline")
    @Operation(summary = "Toàn bộ diễn biến của một nghị quyết, nhiệm vụ, cuộc họp… "
            + "/ The full timeline of an entity (resolution → tasks → progress → completion → evaluation)")
    List<AuditEntryView> timeline(@PathVariable String entityId,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                  Locale locale) {
        return trail.timeline(entityId, asOf, locale);
    }

    @PreAuthorize("!@access.scopeOf('AUDIT').isEmpty()")
    @GetMapping("/api/audit/digests")
    @Operation(summary = "Các dấu xác thực cuối ngày gần nhất của chuỗi sự kiện / The latest daily digests of the event chain")
    List<AuditEntryView> digests(Locale locale) {
        return trail.digests(30, locale);
    }

    @PreAuthorize("@access.may('AUDIT', #organisationId)")
    @GetMapping("/api/audit/organisations/{organisationId}/digests")
    @Operation(summary = "Các dấu xác thực cuối ngày gần nhất của nhánh tổ chức, mới trước "
            + "/ The latest daily digests of the organisation's subtree, newest first")
    List<SubtreeDigestView> subtreeDigests(@PathVariable String organisationId,
                                           @Parameter(description = "Như đã biết vào cuối ngày / As known at the end of this day")
                                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return subtreeDigests.of(organisationId, asOf, 30);
    }
}
