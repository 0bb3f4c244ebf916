package vn.chibo.command.meeting;

import vn.chibo.command.member.RosterOf;

import org.junit.jupiter.api.Test;
import vn.chibo.command.member.MemberRoster.RosterEntry;
import vn.chibo.events.meeting.MeetingContract.RosterMember;
import vn.chibo.events.meeting.MeetingKind;
import vn.chibo.events.member.CellRole;
import vn.chibo.events.member.MembershipStatus;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chibo.events.member.MembershipStatus.OFFICIAL;

class MeetingRosterTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 5);

    private final RosterOf roster = new RosterOf()
            .official("dv-bt", "c", CellRole.SECRETARY)
            .official("dv-cuv", "c", CellRole.COMMITTEE_MEMBER)
            .probationary("dv-c", "c")
            .exempt("dv-mien-het", "c", DAY.minusDays(1))
            .exempt("dv-mien", "c", DAY)
            .add(new RosterEntry("dv-khong-vai-tro", "c", "Không vai trò", MembershipStatus.OFFICIAL, null, false, null));

    @Test
    void aCellMeetingTakesEveryMemberExemptOnlyWhileTheExemptionLasts() {
        assertThat(new MeetingRoster(roster).snapshot("c", MeetingKind.REGULAR, DAY)).containsExactly(
                new RosterMember("dv-bt", OFFICIAL, CellRole.SECRETARY, false),
                new RosterMember("dv-c", MembershipStatus.PROBATIONARY, CellRole.MEMBER, false),
                new RosterMember("dv-cuv", OFFICIAL, CellRole.COMMITTEE_MEMBER, false),
                new RosterMember("dv-khong-vai-tro", OFFICIAL, CellRole.MEMBER, false),
                new RosterMember("dv-mien", OFFICIAL, CellRole.MEMBER, true),
                new RosterMember("dv-mien-het", OFFICIAL, CellRole.MEMBER, false));
    }

    @Test
    void aCellCommitteeMeetingTakesTheCommittee() {
        assertThat(new MeetingRoster(roster).snapshot("c", MeetingKind.CELL_COMMITTEE, DAY))
                .extracting(RosterMember::memberId).containsExactly("dv-bt", "dv-cuv");
    }
}
