package vn.chibo.report.periodic;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.chibo.report.document.CanonicalJson;
import vn.chibo.service.security.Permission;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

@RestController
@RequestMapping("/api/reports")
@Tag(name = "Báo cáo định kỳ / Periodic reports")
class ReportController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ReportGenerator generator;
    private final ReportStore store;
    private final ReportAccess reports;

    ReportController(ReportGenerator generator, ReportStore store, ReportAccess reports) {
        this.generator = generator;
        this.store = store;
        this.reports = reports;
    }

    @PostMapping
    @Operation(summary = "Lập báo cáo từ số liệu hiện tại / Generate a report from the current figures")
    @PreAuthorize("@access.may('SUBMIT_REPORTS', #request.organisationId())")
    ResponseEntity<StoredReport> generate(@Valid @RequestBody ReportRequest request) {
        return created(generator.generate(request, "ON_DEMAND"));
    }

    @PostMapping("/{documentId}/regenerations")
    @Operation(summary = "Lập lại báo cáo với số liệu mới, cùng nội dung văn bản / A new generation with fresh figures")
    ResponseEntity<StoredReport> regenerate(@PathVariable long documentId) {
        return created(generator.regenerate(reports.get(documentId, Permission.SUBMIT_REPORTS), "ON_DEMAND"));
    }

    @GetMapping
    @Operation(summary = "Các báo cáo của một tổ chức, mới nhất trước / Reports of an organisation, newest first")
    @PreAuthorize("@access.may('READ', #organisationId)")
    List<StoredReport.Summary> list(@RequestParam String organisationId) {
        return store.ofOrganisation(organisationId);
    }

    @GetMapping("/{documentId}")
    @Operation(summary = "Báo cáo dạng JSON / The report as JSON")
    StoredReport get(@PathVariable long documentId) {
        return reports.get(documentId, Permission.READ);
    }

    @GetMapping("/{documentId}/pdf")
    @Operation(summary = "Báo cáo dạng PDF, dựng lại từ số liệu đã lưu / The PDF, rendered from the stored figures")
    ResponseEntity<byte[]> pdf(@PathVariable long documentId) {
        StoredReport stored = reports.get(documentId, Permission.READ);
        return file(PeriodicReportPdf.render(stored.report()), MediaType.APPLICATION_PDF, stored, "pdf");
    }

    @GetMapping("/{documentId}/xlsx")
    @Operation(summary = "Bảng số liệu dạng XLSX / The tables as a workbook")
    ResponseEntity<byte[]> xlsx(@PathVariable long documentId) {
        StoredReport stored = reports.get(documentId, Permission.READ);
        return file(PeriodicReportXlsx.render(stored.report()), XLSX, stored, "xlsx");
    }

    private static ResponseEntity<StoredReport> created(StoredReport stored) {
        return ResponseEntity.created(URI.create("/api/reports/" + stored.documentId())).body(stored);
    }

    /** The file with its SHA-256 as the ETag, to compare with the hash recorded at generation. */
    private static ResponseEntity<byte[]> file(byte[] bytes, MediaType type, StoredReport stored, String extension) {
        var report = stored.report();
        String name = report.type().name().toLowerCase() + "-" + report.issuer().organisationId() + "-" + report.period()
                + "-" + stored.generation() + "." + extension;
        return ResponseEntity.ok()
                .contentType(type)
                .eTag(CanonicalJson.sha256(bytes))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .body(bytes);
    }
}
