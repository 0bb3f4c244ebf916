package vn.chibo.report.audit;

import vn.chibo.events.audit.AuditContract.AuditEntryView;
import vn.chibo.events.indicator.Period;
import vn.chibo.events.organisation.OrganisationContract.OrganisationSummary;
import vn.chibo.report.document.PartyDocumentPdf;
import vn.chibo.report.document.VietnameseDate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An extract of the decision log of an organisation's subtree for a period, as a party-format document:
 * each decision with its time, what it was, its content, the organisation and who recorded it.
 */
final class DecisionLogPdf {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(VIETNAM);

    private DecisionLogPdf() {
    }

    static byte[] render(OrganisationSummary organisation, String superiorName, Period period, boolean all,
                         List<AuditEntryView> entries, String place, Instant extractedAt) {
        var header = new PartyDocumentPdf.Header(superiorName == null ? null : superiorName.toUpperCase(VIETNAMESE),
                organisation.name().toUpperCase(VIETNAMESE), null,
                VietnameseDate.placeAndDate(place, LocalDate.ofInstant(extractedAt, VIETNAM)), "TRÍCH NHẬT KÝ",
                (all ? "Các sự kiện" : "Các quyết định") + " trong toàn đơn vị, kỳ " + period.code());
        var signature = PartyDocumentPdf.Signature.withRecipients(
                new PartyDocumentPdf.Signer(List.of("NGƯỜI TRÍCH"), null), List.of("Lưu."));
        return PartyDocumentPdf.render(header, signature,
                "decision-log:" + organisation.organisationId() + ":" + period.code() + ":" + all, extractedAt,
                pdf -> body(pdf, organisation, entries));
    }

    private static void body(PartyDocumentPdf pdf, OrganisationSummary organisation, List<AuditEntryView> entries) {
        pdf.paragraph("Trích từ nhật ký sự kiện của chibo (mỗi sự kiện được niêm phong trong chuỗi băm của kho sự kiện): "
                + entries.size() + " mục của " + organisation.name() + " và các đơn vị trực thuộc.");
        if (entries.isEmpty()) {
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        int number = 1;
        for (AuditEntryView e : entries) {
            rows.add(List.of(String.valueOf(number++), TIME.format(e.occurredAt()), e.label(),
                    e.detail() == null ? "" : e.detail(), e.organisationName() == null ? "" : e.organisationName(),
                    e.actor() == null ? "" : e.actor()));
        }
        pdf.table(List.of("TT", "Thời gian", "Quyết định", "Nội dung", "Tổ chức", "Người thực hiện"), rows,
                new float[] {5, 14, 18, 33, 17, 13}, 0);
    }
}
