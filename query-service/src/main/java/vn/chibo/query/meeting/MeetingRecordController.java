package vn.chibo.query.meeting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.chibo.events.Page;
import vn.chibo.events.meeting.MeetingContract.AttendanceHistoryEntry;
import vn.chibo.events.meeting.MeetingContract.CalendarEntry;
import vn.chibo.events.meeting.MeetingContract.MeetingRecord;
import vn.chibo.query.projection.Paging;

import java.time.YearMonth;

@RestController
@Tag(name = "Sinh hoạt chi bộ / Meetings")
class MeetingRecordController {

    private final MeetingCalendar calendar;
    private final MeetingRecords records;
    private final AttendanceHistory attendance;

    MeetingRecordController(MeetingCalendar calendar, MeetingRecords records, AttendanceHistory attendance) {
        this.calendar = calendar;
        this.records = records;
        this.attendance = attendance;
    }

    @PreAuthorize("@access.may('READ', #organisationId)")
    @GetMapping("/api/organisations/{organisationId}/meetings/calendar")
    @Operation(summary = "Lịch sinh hoạt trong tháng của toàn cây / The subtree's meetings in a month")
    Page<CalendarEntry> calendar(
            @PathVariable String organisationId,
            @Parameter(description = "Tháng, dạng YYYY-MM / The month, YYYY-MM", example = "2026-03")
            @RequestParam YearMonth month,
            @ParameterObject @Valid Paging paging) {
        return calendar.month(organisationId, month, paging);
    }

    @PreAuthorize("@access.may('READ', @owner.ofMeeting(#meetingId))")
    @GetMapping("/api/meetings/{meetingId}")
    @Operation(summary = "Biên bản đầy đủ của một buổi sinh hoạt / A meeting's full record")
    MeetingRecord meeting(@PathVariable String meetingId) {
        return records.record(meetingId);
    }

    @PreAuthorize("@owner.isSelf(#memberId) or @access.may('READ', @owner.ofMember(#memberId))")
    @GetMapping("/api/members/{memberId}/attendance")
    @Operation(summary = "Các buổi sinh hoạt của một đảng viên trong năm và điểm danh "
            + "/ A member's meetings in a year with their attendance")
    Page<AttendanceHistoryEntry> attendance(
            @PathVariable String memberId,
            @Parameter(description = "Năm / The year", example = "2026")
            @RequestParam @Min(1930) @Max(2100) int year,
            @ParameterObject @Valid Paging paging) {
        return attendance.ofMember(memberId, year, paging);
    }
}
