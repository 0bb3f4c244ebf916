package vn.chibo.command.member;

import vn.chibo.events.member.CellRole;
import vn.chibo.events.member.MembershipStatus;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Who belongs to which cell, in which status and role, and who is exempt from meetings: what command
 * handlers may know about members other than their own aggregate. Answers for any date, so a meeting
 * recorded late is judged by the roster of its day.
 */
public interface MemberRoster {

    /** The members of the cell on that date, with their status, role and exemption on that date. */
    List<RosterEntry> of(String cellId, LocalDate date);

    /** The member as they stand today; empty for an unknown member or one who has left. */
    Optional<RosterEntry> member(String memberId);

    /** The members the cell holds now, whatever the dates of their joining: those a reorganisation moves. */
    List<RosterEntry> current(String cellId);

    /**
     * One member of one cell.
     *
     * @param exempt      whether the member is exempt from meetings (miễn sinh hoạt) on the date asked
     * @param exemptUntil the last day of that exemption; null when not exempt or exempt until further notice
     */
    record RosterEntry(String memberId, String cellId, String fullName, MembershipStatus status, CellRole role,
                       boolean exempt, LocalDate exemptUntil) {

        public boolean isOfficial() {
            return status == MembershipStatus.OFFICIAL;
        }
    }
}
