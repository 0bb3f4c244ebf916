package vn.chibo.command.meeting;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import vn.chibo.command.command.RuleViolation;
import vn.chibo.command.meeting.VotingRule.Member;
import vn.chibo.events.meeting.AttendanceStatus;
import vn.chibo.events.meeting.MeetingContract.VoteResult;
import vn.chibo.events.meeting.MeetingContract.Votes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.chibo.events.meeting.AttendanceStatus.ABSENT_WITHOUT_REASON;
import static vn.chibo.events.meeting.AttendanceStatus.ABSENT_WITH_REASON;
import static vn.chibo.events.meeting.AttendanceStatus.EXEMPT;
import static vn.chibo.events.meeting.AttendanceStatus.PRESENT;
import static vn.chibo.events.meeting.AttendanceStatus.SUSPENDED_OR_DETAINED;
import static vn.chibo.events.meeting.AttendanceStatus.TEMPORARILY_ATTACHED_ELSEWHERE;
import static vn.chibo.events.member.MembershipStatus.OFFICIAL;
import static vn.chibo.events.member.MembershipStatus.PROBATIONARY;

class VotingRuleTest {

    @Test
    void officialMembersPresentVoteAndAreCounted() {
        var outcome = judge(votes(3, 0, 0), cell(official(PRESENT), official(PRESENT), official(PRESENT)));
        assertThat(outcome).extracting(VoteResult::officialMembersPresent, VoteResult::membersCounted, VoteResult::passed)
                .containsExactly(3, 3, true);
    }

    @Test
    void probationaryMembersNeitherVoteNorCount() {
        var outcome = judge(votes(2, 0, 0), cell(official(PRESENT), official(PRESENT), official(PRESENT),
                probationary(PRESENT), probationary(ABSENT_WITHOUT_REASON)));
        assertThat(outcome).extracting(VoteResult::officialMembersPresent, VoteResult::membersCounted, VoteResult::passed)
                .containsExactly(3, 3, true);
    }

    @Test
    void anOfficialMemberAbsentWithoutReasonIsCountedButDoesNotVote() {
        var outcome = judge(votes(2, 0, 0), cell(official(PRESENT), official(PRESENT), official(PRESENT),
                official(ABSENT_WITHOUT_REASON)));
        assertThat(outcome).extracting(VoteResult::officialMembersPresent, VoteResult::membersCounted, VoteResult::passed)
                .containsExactly(3, 4, false);
    }

    @ParameterizedTest
    @EnumSource(value = AttendanceStatus.class,
            names = {"ABSENT_WITH_REASON", "EXEMPT", "TEMPORARILY_ATTACHED_ELSEWHERE", "SUSPENDED_OR_DETAINED"})
    void membersTheStatuteLeavesOutAreNotCounted(AttendanceStatus status) {
        var outcome = judge(votes(2, 0, 0), cell(official(PRESENT), official(PRESENT), official(PRESENT),
                official(status)));
        assertThat(outcome).extracting(VoteResult::officialMembersPresent, VoteResult::membersCounted, VoteResult::passed)
                .containsExactly(3, 3, true);
    }

    @ParameterizedTest(name = "{0} for of {1} counted passes: {2}")
    @CsvSource({"1,1,true", "1,2,false", "2,3,true", "2,4,false", "3,4,true", "3,5,true", "3,6,false", "4,6,true",
            "0,0,false"})
    void aMotionNeedsMoreThanHalfOfTheMembersCounted(int votesFor, int counted, boolean passes) {
        Member[] members = new Member[counted];
        for (int i = 0; i < counted; i++) {
            members[i] = official(PRESENT);
        }
        assertThat(judge(votes(votesFor, 0, 0), cell(members)).passed()).isEqualTo(passes);
    }

    @Test
    void abstentionsAndVotesAgainstDoNotLowerTheMajority() {
        var members = cell(official(PRESENT), official(PRESENT), official(PRESENT), official(PRESENT),
                official(PRESENT));
        assertThat(judge(votes(2, 0, 3), members).passed()).isFalse();
        assertThat(judge(votes(3, 2, 0), members).passed()).isTrue();
    }

    @Test
    void moreVotesThanOfficialMembersPresentAreRejected() {
        var members = cell(official(PRESENT), official(PRESENT), probationary(PRESENT), official(ABSENT_WITHOUT_REASON));
        assertThat(judge(votes(1, 1, 0), members).officialMembersPresent()).isEqualTo(2);
        assertThatThrownBy(() -> judge(votes(2, 0, 1), members))
                .isInstanceOf(RuleViolation.class).hasMessage("meeting.more-votes-than-voters [3, 2]");
    }

    @Test
    void listedVotersAreOfficialMembersPresentEachOnce() {
        Map<String, Member> members = new LinkedHashMap<>();
        members.put("a", new Member("a", OFFICIAL, PRESENT));
        members.put("b", new Member("b", OFFICIAL, PRESENT));
        members.put("p", new Member("p", PROBATIONARY, PRESENT));
        members.put("r", new Member("r", OFFICIAL, ABSENT_WITH_REASON));
        members.put("e", new Member("e", OFFICIAL, EXEMPT));

        assertThat(VotingRule.judge(new Votes(1, 1, 0, List.of("a", "b")), members).passed()).isFalse();
        assertRejected(new Votes(2, 0, 0, List.of("a")), members, "meeting.voter-list-mismatch [1, 2]");
        assertRejected(new Votes(2, 0, 0, List.of("a", "a")), members, "meeting.voter-listed-twice [a]");
        assertRejected(new Votes(2, 0, 0, List.of("a", "x")), members, "meeting.voter-not-in-cell [x]");
        assertRejected(new Votes(2, 0, 0, List.of("a", "p")), members, "meeting.probationary-cannot-vote [p]");
        assertRejected(new Votes(2, 0, 0, List.of("a", "r")), members,
                "meeting.voter-not-present [r, ABSENT_WITH_REASON]");
        assertRejected(new Votes(2, 0, 0, List.of("a", "e")), members, "meeting.voter-not-present [e, EXEMPT]");
    }

    @Test
    void theStatusesThatCountAreExactlyPresenceAndAbsenceWithoutReason() {
        for (AttendanceStatus status : AttendanceStatus.values()) {
            boolean counted = status == PRESENT || status == ABSENT_WITHOUT_REASON;
            assertThat(new Member("x", OFFICIAL, status).counted()).as(status.name()).isEqualTo(counted);
            assertThat(new Member("x", PROBATIONARY, status).counted()).as(status.name()).isFalse();
        }
        assertThat(new Member("x", OFFICIAL, SUSPENDED_OR_DETAINED).votes()).isFalse();
        assertThat(new Member("x", OFFICIAL, TEMPORARILY_ATTACHED_ELSEWHERE).votes()).isFalse();
    }

    private static void assertRejected(Votes votes, Map<String, Member> members, String message) {
        assertThatThrownBy(() -> VotingRule.judge(votes, members)).isInstanceOf(RuleViolation.class).hasMessage(message);
    }

    private static VoteResult judge(Votes votes, Map<String, Member> members) {
        return VotingRule.judge(votes, members);
    }

    private static Votes votes(int votesFor, int against, int abstentions) {
        return new Votes(votesFor, against, abstentions, null);
    }

    private int next;

    private Member official(AttendanceStatus attendance) {
        return new Member("dv-" + next++, OFFICIAL, attendance);
    }

    private Member probationary(AttendanceStatus attendance) {
        return new Member("dv-" + next++, PROBATIONARY, attendance);
    }

    private static Map<String, Member> cell(Member... members) {
        Map<String, Member> cell = new LinkedHashMap<>();
        for (Member member : members) {
            cell.put(member.memberId(), member);
        }
        return cell;
    }
}
