package vn.chibo.report.minutes;

import vn.chibo.events.meeting.AgendaItemKind;
import vn.chibo.events.meeting.AttendanceStatus;
import vn.chibo.events.meeting.MeetingContract.AttendanceEntry;
import vn.chibo.events.meeting.MeetingContract.ItemRecord;
import vn.chibo.events.meeting.MeetingContract.MeetingRecord;
import vn.chibo.events.meeting.MeetingContract.Person;
import vn.chibo.events.meeting.MeetingContract.ResolutionVote;
import vn.chibo.events.meeting.MeetingContract.VoteResult;
import vn.chibo.events.meeting.MeetingKind;
import vn.chibo.events.meeting.QualityLevel;
import vn.chibo.events.member.MembershipStatus;
import vn.chibo.report.document.PartyDocumentPdf;
import vn.chibo.report.document.VietnameseDate;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Biên bản sinh hoạt chi bộ — a meeting's minutes as a party document, from query-service's record of
 * the meeting's events: time and place, chair and minutes-taker, members and attendance with the
 * absentees by name, each item with its speakers, the votes, the quality rating and the end time
 * (domain brief §8 "Minutes hold"). Signed by the minutes-taker (left) and the chair (right).
 */
final class MeetingMinutesPdf {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private MeetingMinutesPdf() {
    }

    /**
     * @param superiorName the committee above the cell, printed above it
     * @param place        the locality printed before the date
     */
    static byte[] render(MeetingRecord record, String superiorName, String place) {
        LocalDateTime start = record.startedAt() != null ? record.startedAt() : record.scheduledStart();
        var header = new PartyDocumentPdf.Header(superiorName == null ? null : superiorName.toUpperCase(VIETNAMESE),
                record.organisationName().toUpperCase(VIETNAMESE), null,
                VietnameseDate.placeAndDate(place, start.toLocalDate()), "BIÊN BẢN",
                "Sinh hoạt chi bộ " + kind(record.kind()) + " tháng " + start.getMonthValue() + " năm " + start.getYear());
        var opening = record.opening();
        var signature = PartyDocumentPdf.Signature.twoSigners(
                new PartyDocumentPdf.Signer(List.of("THƯ KÝ"), opening == null ? null : opening.minutesTakerName()),
                new PartyDocumentPdf.Signer(List.of("CHỦ TRÌ"), opening == null ? null : opening.chairName()));
        LocalDateTime end = record.endedAt() != null ? record.endedAt() : start;
        Instant documentTime = end.atZone(VIETNAM).toInstant();
        return PartyDocumentPdf.render(header, signature, "minutes:" + record.meetingId(), documentTime,
                pdf -> body(pdf, record, start));
    }

    private static void body(PartyDocumentPdf pdf, MeetingRecord record, LocalDateTime start) {
        pdf.paragraph("Hôm nay, vào hồi " + time(start) + ", " + VietnameseDate.date(start.toLocalDate()) + ", tại "
                + record.place() + ", " + record.organisationName() + " tiến hành sinh hoạt " + kind(record.kind()) + ".");
        pdf.heading("I. THÀNH PHẦN");
        var opening = record.opening();
        if (opening != null) {
            pdf.paragraph("- Chủ trì: đồng chí " + opening.chairName() + "; thư ký: đồng chí " + opening.minutesTakerName() + ".");
            if (!opening.superiorAttendees().isEmpty()) {
                pdf.paragraph("- Đại biểu cấp ủy cấp trên dự: " + people(opening.superiorAttendees()) + ".");
            }
            if (!opening.guests().isEmpty()) {
                pdf.paragraph("- Khách mời: " + people(opening.guests()) + ".");
            }
        }
        attendance(pdf, record.attendance());
        pdf.heading("II. NỘI DUNG");
        int number = 1;
        for (ItemRecord item : record.items()) {
            pdf.paragraph(number++ + ". " + item(item.kind()) + (item.summary() == null ? "" : ": " + item.summary()));
            item.speeches().forEach(speech -> pdf.paragraph("- Đồng chí " + (speech.fullName() == null ? speech.memberId()
                    : speech.fullName()) + " phát biểu: " + speech.gist()));
        }
        pdf.heading("III. BIỂU QUYẾT VÀ KẾT LUẬN");
        for (ResolutionVote vote : record.resolutionVotes()) {
            pdf.paragraph("- Biểu quyết thông qua " + (vote.title() == null ? "nghị quyết" : vote.title()) + ": "
                    + votes(vote.vote()) + ".");
        }
        if (record.qualityRating() != null && record.qualityRating().vote() != null) {
            pdf.paragraph("- Chi bộ biểu quyết xếp loại chất lượng buổi sinh hoạt: "
                    + quality(record.qualityRating().proposedLevel()) + " (" + votes(record.qualityRating().vote()) + ").");
        }
        if (record.endedAt() != null) {
            pdf.paragraph("Buổi sinh hoạt kết thúc vào hồi " + time(record.endedAt()) + " cùng ngày"
                    + (record.minutes() != null && record.minutes().readBackAt() != null
                    ? "; biên bản đã được đọc lại cho chi bộ nghe và nhất trí thông qua." : "."));
        }
    }

    private static void attendance(PartyDocumentPdf pdf, List<AttendanceEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        long official = entries.stream().filter(e -> e.status() == MembershipStatus.OFFICIAL).count();
        long exempt = entries.stream().filter(AttendanceEntry::exempt).count();
        pdf.paragraph("- Tổng số đảng viên của chi bộ: " + entries.size() + " (chính thức " + official + ", dự bị "
                + (entries.size() - official) + "); miễn sinh hoạt: " + exempt + "; có mặt: "
                + count(entries, AttendanceStatus.PRESENT) + ".");
        pdf.paragraph("- Vắng có lý do: " + absentees(entries, AttendanceStatus.ABSENT_WITH_REASON) + ".");
        pdf.paragraph("- Vắng không có lý do: " + absentees(entries, AttendanceStatus.ABSENT_WITHOUT_REASON) + ".");
    }

    private static long count(List<AttendanceEntry> entries, AttendanceStatus status) {
        return entries.stream().filter(e -> e.attendance() == status).count();
    }

    private static String absentees(List<AttendanceEntry> entries, AttendanceStatus status) {
        List<AttendanceEntry> absent = entries.stream().filter(e -> e.attendance() == status).toList();
        if (absent.isEmpty()) {
            return "không";
        }
        return absent.size() + " (" + absent.stream()
                .map(e -> "đồng chí " + e.fullName() + (e.reason() == null ? "" : " – " + e.reason()))
                .collect(Collectors.joining("; ")) + ")";
    }

    private static String people(List<Person> people) {
        return people.stream().map(p -> "đồng chí " + p.fullName() + (p.position() == null ? "" : ", " + p.position()))
                .collect(Collectors.joining("; "));
    }

    private static String votes(VoteResult vote) {
        return "tán thành " + vote.votesFor() + ", không tán thành " + vote.votesAgainst() + ", không biểu quyết "
                + vote.abstentions() + " trên " + vote.membersCounted() + " đảng viên được tính"
                + (vote.passed() ? " — thông qua" : " — không thông qua");
    }

    private static String time(LocalDateTime at) {
        return String.format("%02d giờ %02d phút", at.getHour(), at.getMinute());
    }

    private static String kind(MeetingKind kind) {
        return switch (kind) {
            case REGULAR -> "thường kỳ";
            case THEMATIC -> "chuyên đề";
            case CELL_COMMITTEE -> "chi ủy";
            case EXTRAORDINARY -> "bất thường";
        };
    }

    private static String quality(QualityLevel level) {
        return switch (level) {
            case GOOD -> "Tốt";
            case FAIR -> "Khá";
            case AVERAGE -> "Trung bình";
            case POOR -> "Kém";
        };
    }

    private static String item(AgendaItemKind kind) {
        return switch (kind) {
            case NEWS -> "Thông tin thời sự";
            case PREVIOUS_RESOLUTION_REVIEW -> "Kiểm điểm việc thực hiện nghị quyết tháng trước";
            case IDEOLOGY -> "Tình hình tư tưởng của đảng viên và nhân dân";
            case PARTY_BUILDING -> "Công tác xây dựng Đảng";
            case CRITICISM_AND_SELF_CRITICISM -> "Tự phê bình và phê bình";
            case HO_CHI_MINH_STUDY -> "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh";
            case THEME -> "Chuyên đề";
            case LEAD_REPORT -> "Báo cáo đề dẫn";
            case OTHER -> "Nội dung khác";
        };
    }
}
