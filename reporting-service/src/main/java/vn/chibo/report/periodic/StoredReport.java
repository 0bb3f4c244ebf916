package vn.chibo.report.periodic;

import java.time.Instant;

/**
 * A generated report as stored: its content and the hashes that let anyone check a rendering.
 *
 * @param contentSha256 SHA-256 of the content's canonical JSON
 * @param pdfSha256     SHA-256 of the PDF rendered at generation; every later rendering has the same
 * @param xlsxSha256    the same for the workbook
 */
public record StoredReport(long documentId, int generation, String triggeredBy, String contentSha256,
                           String pdfSha256, String xlsxSha256, PeriodicReport report) {

    /** One line of a list of reports. */
    public record Summary(long documentId, String reportId, String type, String period, int generation,
                          String numberAndSymbol, Instant generatedAt, String templateVersion, String contentSha256) {
    }
}
