package vn.chibo.query.meeting;

import java.time.LocalDate;
import vn.chibo.query.projection.AsOf;
import org.springframework.format.annotation.DateTimeFormat;
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
    private final AsOf days;

    MeetingRecordController(MeetingCalendar calendar, MeetingRecords records, AttendanceHistory attendance, AsOf days) {
        this.days = days;
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
            @Parameter(description = AsOf.PARAMETER) @RequestParam(name = "asOf", required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @ParameterObject @Valid Paging paging) {
        return calendar.month(organisationId, month, days.on(asOf), paging);
    }

    @PreAuthorize("@access.may('READ', @owner.ofMeeting(#meetingId))")
    @GetMapping("/api/meetings/{meetingId}")
    @Operation(summary = "Biên bản đầy đủ của một buổi sinh hoạt / A meeting's full record")
    MeetingRecord meeting(@PathVariable String meetingId,
            @Parameter(description = AsOf.PARAMETER) @RequestParam(name = "asOf", required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return records.record(meetingId, days.on(asOf));
    }

    @PreAuthorize("@owner.isSelf(#memberId) or @access.may('READ', @owner.ofMember(#memberId))")
    @GetMapping("/api/members/{memberId}/attendance")
    @Operation(summary = "Các buổi sinh hoạt của một đảng viên trong năm và điểm danh "
            + "/ A member's meetings in a year with their attendance")
    Page<AttendanceHistoryEntry> attendance(
            @PathVariable String memberId,
            @Parameter(description = "Năm / The year", example = "2026")
            @RequestParam @Min(1930) @Max(2100) int year,
            @Parameter(description = AsOf.PARAMETER) @RequestParam(name = "asOf", required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @ParameterObject @Valid Paging paging) {
        return attendance.ofMember(memberId, year, days.on(asOf), paging);
    }
}
