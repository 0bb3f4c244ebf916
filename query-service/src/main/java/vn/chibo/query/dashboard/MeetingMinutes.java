package vn.chibo.query.dashboard;

import vn.chibo.events.meeting.AttendanceStatus;
import vn.chibo.events.meeting.MeetingContract.AttendanceEntry;
import vn.chibo.events.meeting.MeetingContract.CalendarEntry;
import vn.chibo.events.meeting.MeetingContract.MeetingRecord;
import vn.chibo.events.meeting.MeetingContract.Speech;
import vn.chibo.events.meeting.QualityLevel;
import vn.chibo.events.member.MembershipStatus;
import vn.chibo.events.task.TaskContract.TaskCard;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Biên bản — a meeting's record arranged the way its minutes read (domain brief §8): the roster counted
 * by status, the absentees by name, the tasks reviewed with their content, and a name for every member
 * the record names by id. Nothing here is a rule: the flags (late notice, too short) come from the record.
 */
public record MeetingMinutes(CalendarEntry entry, MeetingRecord record, Attendance attendance,
                             Map<String, TaskCard> reviewedTasks, Map<String, String> names) {

    static MeetingMinutes of(CalendarEntry entry, MeetingRecord record, Map<String, TaskCard> tasks) {
        Map<String, String> names = new HashMap<>();
        record.attendance().stream().filter(a -> a.fullName() != null)
                .forEach(a -> names.put(a.memberId(), a.fullName()));
        record.items().stream().flatMap(item -> item.speeches().stream()).filter(s -> s.fullName() != null)
                .forEach(s -> names.put(s.memberId(), s.fullName()));
        var opening = record.opening();
        if (opening != null && opening.chairName() != null) {
            names.putIfAbsent(opening.chairMemberId(), opening.chairName());
        }
        if (opening != null && opening.minutesTakerName() != null) {
            names.putIfAbsent(opening.minutesTakerMemberId(), opening.minutesTakerName());
        }
        return new MeetingMinutes(entry, record, Attendance.of(record.attendance()), tasks, names);
    }

    /** The member's name as the record knows it, else the id (a member the read model has no record of). */
    public String name(String memberId) {
        return memberId == null ? null : names.getOrDefault(memberId, memberId);
    }

    public String speaker(Speech speech) {
        return speech.fullName() != null ? speech.fullName() : speech.memberId();
    }

    /** What the task reviewed was, when the read model knows it. */
    public String taskContent(String taskId) {
        TaskCard task = reviewedTasks.get(taskId);
        return task == null ? taskId : task.content();
    }

    /** How long the meeting lasted: from its closing, else from its start and end as recorded; null until held. */
    public Long durationMinutes() {
        if (record.closing() != null) {
            return record.closing().durationMinutes();
        }
        if (record.startedAt() != null && record.endedAt() != null) {
            return Duration.between(record.startedAt(), record.endedAt()).toMinutes();
        }
        return null;
    }

    /** The quality level the cell voted for, or null while none passed. */
    public QualityLevel qualityLevel() {
        var rating = record.qualityRating();
        return rating != null && rating.vote() != null && rating.vote().passed() ? rating.proposedLevel() : null;
    }

    /**
     * The roster of the opening as the minutes count it: members by status, the exempt, those present,
     * and the absentees by name with or without reason; {@code notRecorded} those whose attendance is missing.
     */
    public record Attendance(int total, int official, int probationary, int exempt, int present,
                             List<AttendanceEntry> absentWithReason, List<AttendanceEntry> absentWithoutReason,
                             List<AttendanceEntry> exemptAbsent, List<AttendanceEntry> attachedElsewhere,
                             List<AttendanceEntry> suspended, int notRecorded) {

        static Attendance of(List<AttendanceEntry> roster) {
            return new Attendance(roster.size(),
                    count(roster, MembershipStatus.OFFICIAL), count(roster, MembershipStatus.PROBATIONARY),
                    (int) roster.stream().filter(AttendanceEntry::exempt).count(),
                    with(roster, AttendanceStatus.PRESENT).size(),
                    with(roster, AttendanceStatus.ABSENT_WITH_REASON), with(roster, AttendanceStatus.ABSENT_WITHOUT_REASON),
                    with(roster, AttendanceStatus.EXEMPT), with(roster, AttendanceStatus.TEMPORARILY_ATTACHED_ELSEWHERE),
                    with(roster, AttendanceStatus.SUSPENDED_OR_DETAINED),
                    (int) roster.stream().filter(a -> a.attendance() == null).count());
        }

        public int absent() {
            return absentWithReason.size() + absentWithoutReason.size();
        }

        private static int count(List<AttendanceEntry> roster, MembershipStatus status) {
            return (int) roster.stream().filter(a -> a.status() == status).count();
        }

        private static List<AttendanceEntry> with(List<AttendanceEntry> roster, AttendanceStatus status) {
            return roster.stream().filter(a -> a.attendance() == status).toList();
        }
    }
}
