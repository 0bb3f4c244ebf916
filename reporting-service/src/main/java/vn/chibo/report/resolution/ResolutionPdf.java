package vn.chibo.report.resolution;

import vn.chibo.events.meeting.MeetingContract.VoteResult;
import vn.chibo.events.resolution.ResolutionContract.Amendment;
import vn.chibo.events.resolution.ResolutionContract.ResolutionRecord;
import vn.chibo.events.resolution.ResolutionKind;
import vn.chibo.events.task.TaskContract.NamedAssignee;
import vn.chibo.events.task.TaskContract.TaskCard;
import vn.chibo.report.document.PartyDocumentPdf;
import vn.chibo.report.document.VietnameseDate;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Nghị quyết (or kết luận) of a cell as a party document, from query-service's record of it: the text
 * as adopted, every amendment since with who and why, the vote, and its tasks with who does them by
 * when ("rõ việc, rõ người, rõ thời gian"). Signed on behalf of the cell by its secretary.
 */
final class ResolutionPdf {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private ResolutionPdf() {
    }

    static byte[] render(ResolutionRecord record, String superiorName, String place, String signerName) {
        var summary = record.resolution();
        boolean resolution = summary.kind() == ResolutionKind.RESOLUTION;
        var header = new PartyDocumentPdf.Header(superiorName == null ? null : superiorName.toUpperCase(VIETNAMESE),
                summary.organisationName().toUpperCase(VIETNAMESE), summary.number() == null ? null : "Số " + summary.number(),
                VietnameseDate.placeAndDate(place, summary.adoptedOn()), resolution ? "NGHỊ QUYẾT" : "KẾT LUẬN",
                summary.title());
        List<String> recipients = new ArrayList<>();
        if (superiorName != null) {
            recipients.add(superiorName + " (b/c)");
        }
        recipients.add("Đảng viên trong chi bộ");
        recipients.add("Lưu chi bộ.");
        var signature = PartyDocumentPdf.Signature.withRecipients(
                new PartyDocumentPdf.Signer(List.of("T/M CHI BỘ", "BÍ THƯ"), signerName), recipients);
        return PartyDocumentPdf.render(header, signature, "resolution:" + summary.resolutionId(),
                summary.adoptedOn().atStartOfDay(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toInstant(),
                pdf -> body(pdf, record, resolution));
    }

    private static void body(PartyDocumentPdf pdf, ResolutionRecord record, boolean resolution) {
        var summary = record.resolution();
        pdf.paragraph("Tại buổi sinh hoạt " + VietnameseDate.date(summary.adoptedOn()) + ", " + summary.organisationName()
                + (resolution ? " đã thảo luận và quyết nghị:" : " đã thảo luận và kết luận:"));
        pdf.paragraph(record.text());
        if (!record.tasks().isEmpty()) {
            pdf.heading("NHIỆM VỤ VÀ TỔ CHỨC THỰC HIỆN");
            List<List<String>> rows = new ArrayList<>();
            int number = 1;
            for (TaskCard task : record.tasks()) {
                rows.add(List.of(String.valueOf(number++), task.content(), assignees(task.assignees()),
                        task.deadline() == null ? "" : DAY.format(task.deadline())));
            }
            pdf.table(List.of("TT", "Nội dung công việc", "Người thực hiện", "Thời hạn"), rows,
                    new float[] {6, 54, 26, 14}, 3);
        }
        for (Amendment amendment : record.amendments()) {
            pdf.paragraph("Sửa đổi lần " + amendment.amendment() + " (" + VietnameseDate.date(amendment.amendedOn()) + "): "
                    + amendment.change() + (amendment.reason() == null ? "" : " Lý do: " + amendment.reason()));
        }
        if (summary.supersededBy() != null) {
            pdf.paragraph("Văn bản này đã được thay thế bởi " + summary.supersededBy() + " từ "
                    + VietnameseDate.date(summary.supersededOn())
                    + (record.supersessionReason() == null ? "." : ": " + record.supersessionReason()));
        }
        if (record.vote() != null) {
            pdf.paragraph(vote(record.vote(), resolution));
        }
    }

    private static String vote(VoteResult vote, boolean resolution) {
        return (resolution ? "Nghị quyết" : "Kết luận") + " được biểu quyết với " + vote.votesFor() + " tán thành, "
                + vote.votesAgainst() + " không tán thành, " + vote.abstentions() + " không biểu quyết trên "
                + vote.membersCounted() + " đảng viên được tính" + (vote.passed() ? "; đã được thông qua." : "; không được thông qua.");
    }

    private static String assignees(List<NamedAssignee> assignees) {
        return assignees.stream().map(a -> a.name() == null ? a.id() : a.name()).collect(Collectors.joining(", "));
    }
}
