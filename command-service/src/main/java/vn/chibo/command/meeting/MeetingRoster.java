package vn.chibo.command.meeting;

import org.springframework.stereotype.Component;
import vn.chibo.command.member.MemberRoster;
import vn.chibo.command.member.MemberRoster.RosterEntry;
import vn.chibo.events.meeting.MeetingContract.RosterMember;
import vn.chibo.events.meeting.MeetingKind;
import vn.chibo.events.member.CellRole;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Who a meeting takes attendance of: the cell's roster on the day it opens, or for a cell-committee
 * meeting only the members of the cell committee.
 */
@Component
public class MeetingRoster {

    private final MemberRoster members;

    public MeetingRoster(MemberRoster members) {
        this.members = members;
    }

    List<RosterMember> snapshot(String cellId, MeetingKind kind, LocalDate date) {
        return members.of(cellId, date).stream()
                .filter(e -> kind != MeetingKind.CELL_COMMITTEE || onCommittee(e.role()))
                .sorted(Comparator.comparing(RosterEntry::memberId))
                .map(e -> new RosterMember(e.memberId(), e.status(), e.role() == null ? CellRole.MEMBER : e.role(),
                        exemptOn(e, date)))
                .toList();
    }

    private static boolean onCommittee(CellRole role) {
        return role != null && role != CellRole.MEMBER;
    }

    private static boolean exemptOn(RosterEntry entry, LocalDate date) {
        return entry.exempt() && (entry.exemptUntil() == null || !entry.exemptUntil().isBefore(date));
    }
}
