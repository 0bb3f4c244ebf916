package vn.chibo.command.meeting;

import vn.chibo.command.command.RuleViolation;
import vn.chibo.events.meeting.AttendanceStatus;
import vn.chibo.events.meeting.MeetingContract.MemberAttendance;
import vn.chibo.events.meeting.MeetingContract.RosterMember;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Điểm danh — the roster a meeting took when it opened, and each member's attendance as recorded. */
final class Attendance {

    private final Map<String, RosterMember> roster = new LinkedHashMap<>();
    private final Map<String, AttendanceStatus> recorded = new HashMap<>();

    void take(List<RosterMember> members) {
        members.forEach(m -> roster.put(m.memberId(), m));
    }

    void record(String memberId, AttendanceStatus status) {
        recorded.put(memberId, status);
    }

    Optional<RosterMember> member(String memberId) {
        return Optional.ofNullable(roster.get(memberId));
    }

    Optional<AttendanceStatus> of(String memberId) {
        return Optional.ofNullable(recorded.get(memberId));
    }

    boolean isPresent(String memberId) {
        return recorded.get(memberId) == AttendanceStatus.PRESENT;
    }

    /** The members of the roster whose attendance is not recorded yet. */
    List<String> missing() {
        return roster.keySet().stream().filter(id -> !recorded.containsKey(id)).toList();
    }

    /**
     * Checks a batch of entries against the roster and what is recorded; {@code officers} (chair and
     * minutes-taker) must be present.
     */
    void check(List<MemberAttendance> entries, Set<String> officers) {
        Set<String> inBatch = new HashSet<>();
        for (MemberAttendance entry : entries) {
            RosterMember member = member(entry.memberId())
                    .orElseThrow(() -> new RuleViolation("meeting.not-in-cell", entry.memberId()));
            if (recorded.containsKey(entry.memberId()) || !inBatch.add(entry.memberId())) {
                throw new RuleViolation("meeting.attendance-already-recorded", entry.memberId());
            }
            checkStatus(entry, member, officers);
        }
    }

    private static void checkStatus(MemberAttendance entry, RosterMember member, Set<String> officers) {
        AttendanceStatus status = entry.status();
        if (status == AttendanceStatus.EXEMPT && !member.exempt()) {
            throw new RuleViolation("meeting.not-exempt", entry.memberId());
        }
        if (member.exempt() && status != AttendanceStatus.EXEMPT && status != AttendanceStatus.PRESENT) {
            throw new RuleViolation("meeting.exempt-member-not-absent", entry.memberId());
        }
        if (status == AttendanceStatus.ABSENT_WITH_REASON && (entry.reason() == null || entry.reason().isBlank())) {
            throw new RuleViolation("meeting.absence-reason-required", entry.memberId());
        }
        if (officers.contains(entry.memberId()) && status != AttendanceStatus.PRESENT) {
            throw new RuleViolation("meeting.officer-absent", entry.memberId());
        }
    }

    /** The members as the voting rule sees them. */
    Map<String, VotingRule.Member> forVote() {
        Map<String, VotingRule.Member> members = new HashMap<>();
        roster.values().forEach(m -> members.put(m.memberId(),
                new VotingRule.Member(m.memberId(), m.status(), recorded.get(m.memberId()))));
        return members;
    }
}
