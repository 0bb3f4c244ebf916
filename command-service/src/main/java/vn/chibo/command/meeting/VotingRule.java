package vn.chibo.command.meeting;

import vn.chibo.command.command.RuleViolation;
import vn.chibo.events.meeting.AttendanceStatus;
import vn.chibo.events.meeting.MeetingContract.VoteResult;
import vn.chibo.events.meeting.MeetingContract.Votes;
import vn.chibo.events.member.MembershipStatus;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Biểu quyết — the voting rule of domain brief §8. Only official members present vote. A motion passes
 * when more than half of the members counted vote for it; the members counted are the official members
 * except those absent with a reason, exempt and absent, temporarily attached elsewhere, or suspended or
 * detained. An official member absent without reason is counted: staying away is not a way to lower
 * the majority.
 */
final class VotingRule {

    private static final Set<AttendanceStatus> COUNTED = Set.of(
            AttendanceStatus.PRESENT, AttendanceStatus.ABSENT_WITHOUT_REASON);

    private VotingRule() {
    }

    /** A member of the cell as the vote sees them. */
    record Member(String memberId, MembershipStatus status, AttendanceStatus attendance) {

        boolean votes() {
            return status == MembershipStatus.OFFICIAL && attendance == AttendanceStatus.PRESENT;
        }

        boolean counted() {
            return status == MembershipStatus.OFFICIAL && COUNTED.contains(attendance);
        }
    }

    /** Checks the votes against who may vote, then says whether the motion passed. */
    static VoteResult judge(Votes votes, Map<String, Member> members) {
        int voters = (int) members.values().stream().filter(Member::votes).count();
        int counted = (int) members.values().stream().filter(Member::counted).count();
        int cast = votes.votesFor() + votes.votesAgainst() + votes.abstentions();
        if (cast > voters) {
            throw new RuleViolation("meeting.more-votes-than-voters", cast, voters);
        }
        List<String> voterIds = votes.voterIds() == null ? List.of() : List.copyOf(votes.voterIds());
        checkVoters(voterIds, cast, members);
        return new VoteResult(votes.votesFor(), votes.votesAgainst(), votes.abstentions(), voterIds, voters, counted,
                2 * votes.votesFor() > counted);
    }

    private static void checkVoters(List<String> voterIds, int cast, Map<String, Member> members) {
        if (voterIds.isEmpty()) {
            return;
        }
        if (voterIds.size() != cast) {
            throw new RuleViolation("meeting.voter-list-mismatch", voterIds.size(), cast);
        }
        Set<String> seen = new HashSet<>();
        for (String id : voterIds) {
            if (!seen.add(id)) {
                throw new RuleViolation("meeting.voter-listed-twice", id);
            }
            Member member = members.get(id);
            if (member == null) {
                throw new RuleViolation("meeting.voter-not-in-cell", id);
            }
            if (member.status() != MembershipStatus.OFFICIAL) {
                throw new RuleViolation("meeting.probationary-cannot-vote", id);
            }
            if (member.attendance() != AttendanceStatus.PRESENT) {
                throw new RuleViolation("meeting.voter-not-present", id, member.attendance());
            }
        }
    }
}
