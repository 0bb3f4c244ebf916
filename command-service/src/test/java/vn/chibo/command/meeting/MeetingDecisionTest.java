package vn.chibo.command.meeting;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chibo.command.command.RuleViolation;
import vn.chibo.events.meeting.AgendaItemKind;
import vn.chibo.events.meeting.MeetingContract.AgendaAdopted;
import vn.chibo.events.meeting.MeetingContract.CriterionScore;
import vn.chibo.events.meeting.MeetingContract.MeetingOpened;
import vn.chibo.events.meeting.MeetingContract.ProposeQualityRating;
import vn.chibo.events.meeting.MeetingContract.QualityRatingProposed;
import vn.chibo.events.meeting.MeetingContract.QualityRatingVoted;
import vn.chibo.events.meeting.MeetingContract.ResolutionVoted;
import vn.chibo.events.meeting.MeetingContract.VoteOnQualityRating;
import vn.chibo.events.meeting.MeetingContract.VoteOnResolution;
import vn.chibo.events.meeting.MeetingContract.VoteResult;
import vn.chibo.events.meeting.MeetingContract.Votes;
import vn.chibo.events.policy.Policies;

import java.util.ArrayList;
import java.util.List;

import static vn.chibo.command.meeting.Session.CELL;
import static vn.chibo.command.meeting.Session.DEPUTY;
import static vn.chibo.command.meeting.Session.EXEMPT_MEMBER;
import static vn.chibo.command.meeting.Session.MEETING;
import static vn.chibo.command.meeting.Session.MEMBER_A;
import static vn.chibo.command.meeting.Session.MEMBER_B;
import static vn.chibo.command.meeting.Session.MONITOR;
import static vn.chibo.command.meeting.Session.PROBATIONARY_MEMBER;
import static vn.chibo.command.meeting.Session.REGULAR_AGENDA;
import static vn.chibo.command.meeting.Session.SECRETARY;
import static vn.chibo.command.meeting.Session.START;
import static vn.chibo.command.meeting.Session.approved;
import static vn.chibo.command.meeting.Session.attended;
import static vn.chibo.command.meeting.Session.goodProposed;
import static vn.chibo.command.meeting.Session.goodRated;
import static vn.chibo.command.meeting.Session.inSession;
import static vn.chibo.command.meeting.Session.noticed;
import static vn.chibo.command.meeting.Session.opened;
import static vn.chibo.command.meeting.Session.rated;
import static vn.chibo.command.meeting.Session.resolutionAdopted;
import static vn.chibo.command.meeting.Session.rosterSnapshot;
import static vn.chibo.command.meeting.Session.scheduled;
import static vn.chibo.events.meeting.AttendanceStatus.ABSENT_WITH_REASON;
import static vn.chibo.events.meeting.AttendanceStatus.EXEMPT;
import static vn.chibo.events.meeting.AttendanceStatus.PRESENT;
import static vn.chibo.events.meeting.MeetingKind.EXTRAORDINARY;
import static vn.chibo.events.meeting.MeetingKind.REGULAR;
import static vn.chibo.events.meeting.QualityLevel.FAIR;
import static vn.chibo.events.meeting.QualityLevel.GOOD;

/**
 * Decisions by vote: the resolution or conclusion, then the session's quality rating. At the standard
 * attendance 3 official members are present and 4 are counted, so a motion needs 3 votes for.
 */
class MeetingDecisionTest {

    private static final String RESOLUTION = "nq-2026-03";

    private AggregateTestFixture<Meeting> fixture;

    @BeforeEach
    void setUp() {
        fixture = Session.fixture();
    }

    @Test
    void aResolutionPassesWithMoreThanHalfOfTheMembersCounted() {
        fixture.given(inSession())
                .when(voteOnResolution(3, 0, 0, List.of(SECRETARY, DEPUTY, MEMBER_A)))
                .expectEvents(new ResolutionVoted(MEETING, CELL, RESOLUTION,
                        new VoteResult(3, 0, 0, List.of(SECRETARY, DEPUTY, MEMBER_A), 3, 4, true)));
    }

    @Test
    void halfOfTheMembersCountedIsNotEnough() {
        fixture.given(inSession())
                .when(voteOnResolution(2, 1, 0, List.of()))
                .expectEvents(new ResolutionVoted(MEETING, CELL, RESOLUTION,
                        new VoteResult(2, 1, 0, List.of(), 3, 4, false)));
    }

    @Test
    void aResolutionThatFailedMayBeVotedAgainOnceAmendedButOneAdoptedIsNot() {
        List<Object> failed = inSession();
        failed.add(new ResolutionVoted(MEETING, CELL, RESOLUTION,
                        new VoteResult(2, 1, 0, List.of(), 3, 4, false)));
        fixture.given(failed)
                .when(voteOnResolution(3, 0, 0, List.of()))
                .expectEvents(new ResolutionVoted(MEETING, CELL, RESOLUTION,
                        new VoteResult(3, 0, 0, List.of(), 3, 4, true)));
        List<Object> adopted = inSession();
        adopted.add(resolutionAdopted());
        fixture.given(adopted)
                .when(voteOnResolution(3, 0, 0, List.of()))
                .expectExceptionMessage("meeting.resolution-already-adopted [nq-2026-03]");
    }

    @Test
    void noVoteBeforeAttendanceIsTaken() {
        fixture.given(scheduled(REGULAR), approved(false), noticed(), opened(REGULAR))
                .when(voteOnResolution(3, 0, 0, List.of()))
                .expectExceptionMessage("meeting.attendance-not-taken [dv-a, dv-b, dv-bt, dv-c, dv-d, dv-pbt]");
    }

    @Test
    void onlyOfficialMembersPresentVote() {
        fixture.given(inSession())
                .when(voteOnResolution(3, 1, 0, List.of()))
                .expectExceptionMessage("meeting.more-votes-than-voters [4, 3]");
        fixture.given(inSession())
                .when(voteOnResolution(3, 0, 0, List.of(SECRETARY, DEPUTY, PROBATIONARY_MEMBER)))
                .expectExceptionMessage("meeting.probationary-cannot-vote [dv-c]");
        fixture.given(inSession())
                .when(voteOnResolution(3, 0, 0, List.of(SECRETARY, DEPUTY, MEMBER_B)))
                .expectExceptionMessage("meeting.voter-not-present [dv-b, ABSENT_WITHOUT_REASON]");
        fixture.given(inSession())
                .when(voteOnResolution(3, 0, 0, List.of(SECRETARY, DEPUTY, "dv-khac")))
                .expectExceptionMessage("meeting.voter-not-in-cell [dv-khac]");
    }

    @Test
    void theVoterListMatchesTheVotes() {
        fixture.given(inSession())
                .when(voteOnResolution(3, 0, 0, List.of(SECRETARY, MEMBER_A)))
                .expectExceptionMessage("meeting.voter-list-mismatch [2, 3]");
        fixture.given(inSession())
                .when(voteOnResolution(3, 0, 0, List.of(SECRETARY, SECRETARY, MEMBER_A)))
                .expectExceptionMessage("meeting.voter-listed-twice [dv-bt]");
    }

    @Test
    void anExemptedMemberWhoAttendsIsCountedAndVotes() {
        List<Object> events = new ArrayList<>(List.of(scheduled(REGULAR), approved(false), noticed(), opened(REGULAR),
                attended(SECRETARY, PRESENT, null), attended(DEPUTY, PRESENT, null), attended(MEMBER_A, PRESENT, null),
                attended(MEMBER_B, ABSENT_WITH_REASON, "Ốm"), attended(PROBATIONARY_MEMBER, PRESENT, null),
                attended(EXEMPT_MEMBER, PRESENT, null), new AgendaAdopted(MEETING, CELL, REGULAR_AGENDA)));
        fixture.given(events)
                .when(voteOnResolution(3, 1, 0, List.of()))
                .expectEvents(new ResolutionVoted(MEETING, CELL, RESOLUTION,
                        new VoteResult(3, 1, 0, List.of(), 4, 4, true)));
    }

    @Test
    void resolutionsAreVotedBeforeTheRating() {
        List<Object> proposed = inSession();
        proposed.addAll(List.of(resolutionAdopted(), goodProposed()));
        fixture.given(proposed)
                .when(new VoteOnResolution(MEETING, "kl-2026-03", new Votes(3, 0, 0, null)))
                .expectExceptionMessage("meeting.resolution-vote-after-rating []");
    }

    @Test
    void theSecretaryProposesALevel() {
        List<Object> adopted = inSession();
        adopted.add(resolutionAdopted());
        fixture.given(adopted)
                .when(new ProposeQualityRating(MEETING, SECRETARY, GOOD, null))
                .expectEvents(goodProposed());
        fixture.given(adopted)
                .when(new ProposeQualityRating(MEETING, DEPUTY, GOOD, List.of()))
                .expectEvents(new QualityRatingProposed(MEETING, CELL, DEPUTY, GOOD, List.of(), null,
                        Policies.DEFAULT_VERSION));
        fixture.given(adopted)
                .when(new ProposeQualityRating(MEETING, MEMBER_A, GOOD, null))
                .expectExceptionMessage("meeting.proposer-not-secretary [dv-a]");
    }

    @Test
    void anAbsentSecretaryProposesNothing() {
        var chairedByAMember = new MeetingOpened(MEETING, CELL, REGULAR, START, MEMBER_A, SECRETARY, null, List.of(),
                List.of(MONITOR), rosterSnapshot());
        List<Object> events = new ArrayList<>(List.of(scheduled(REGULAR), approved(false), noticed(), chairedByAMember,
                attended(SECRETARY, PRESENT, null), attended(DEPUTY, ABSENT_WITH_REASON, "Đi công tác"),
                attended(MEMBER_A, PRESENT, null), attended(MEMBER_B, PRESENT, null),
                attended(PROBATIONARY_MEMBER, PRESENT, null), attended(EXEMPT_MEMBER, EXEMPT, null),
                new AgendaAdopted(MEETING, CELL, REGULAR_AGENDA), resolutionAdopted()));
        fixture.given(events)
                .when(new ProposeQualityRating(MEETING, DEPUTY, GOOD, null))
                .expectExceptionMessage("meeting.proposer-absent [dv-pbt]");
        fixture.given(events)
                .when(new ProposeQualityRating(MEETING, MEMBER_A, GOOD, null))
                .expectEvents(new QualityRatingProposed(MEETING, CELL, MEMBER_A, GOOD, List.of(), null,
                        Policies.DEFAULT_VERSION));
    }

    @Test
    void pointsGiveTheLevelOnThePolicysSheet() {
        var scores = List.of(score("chuan-bi", 15), score("tham-du", 20), score("tien-hanh", 40), score("ket-thuc", 18));
        fixture.given(withResolution())
                .when(new ProposeQualityRating(MEETING, SECRETARY, GOOD, scores))
                .expectEvents(new QualityRatingProposed(MEETING, CELL, SECRETARY, GOOD, scores, 93,
                        Policies.DEFAULT_VERSION));
        fixture.given(withResolution())
                .when(new ProposeQualityRating(MEETING, SECRETARY, FAIR, scores))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("meeting.quality-level-inconsistent [FAIR, GOOD, 93]");
    }

    @Test
    void goodNeedsFullMarksWhereTheSheetSaysSo() {
        fixture = Session.fixture(Session.policy("bg-2026", d -> Session.thresholds(d.minimumMeetingMinutes(),
                d.combinedMeetingMinutes(), d.noticeLeadDays(), Policies.FULL_MARKS_FOR_GOOD)));
        var speakingShort = List.of(score("chuan-bi", 15), score("tham-du", 15), score("thoi-luong", 10),
                score("noi-dung", 24), score("phat-bieu", 12), score("bien-ban", 10), score("thuc-hien", 10));
        fixture.given(withResolution())
                .when(new ProposeQualityRating(MEETING, SECRETARY, GOOD, speakingShort))
                .expectExceptionMessage("meeting.quality-level-inconsistent [GOOD, FAIR, 96]");
        fixture.given(withResolution())
                .when(new ProposeQualityRating(MEETING, SECRETARY, FAIR, speakingShort))
                .expectEvents(new QualityRatingProposed(MEETING, CELL, SECRETARY, FAIR, speakingShort, 96, "bg-2026"));
    }

    @Test
    void thePointsFollowTheSheet() {
        fixture.given(withResolution())
                .when(propose(List.of(score("khong-co", 10))))
                .expectExceptionMessage("meeting.unknown-criterion [khong-co]");
        fixture.given(withResolution())
                .when(propose(List.of(score("chuan-bi", 10), score("chuan-bi", 10))))
                .expectExceptionMessage("meeting.criterion-scored-twice [chuan-bi]");
        fixture.given(withResolution())
                .when(propose(List.of(score("chuan-bi", 16))))
                .expectExceptionMessage("meeting.points-above-maximum [chuan-bi, 16, 15]");
        fixture.given(withResolution())
                .when(propose(List.of(score("chuan-bi", 15), score("tham-du", 20))))
                .expectExceptionMessage("meeting.scores-incomplete [tien-hanh, ket-thuc]");
    }

    @Test
    void aRegularMeetingIsRatedAfterItsResolutionOnce() {
        fixture.given(inSession())
                .when(new ProposeQualityRating(MEETING, SECRETARY, GOOD, null))
                .expectExceptionMessage("meeting.no-resolution-adopted []");
        List<Object> proposed = withResolution();
        proposed.add(goodProposed());
        fixture.given(proposed)
                .when(new ProposeQualityRating(MEETING, SECRETARY, FAIR, null))
                .expectExceptionMessage("meeting.quality-proposal-pending [GOOD]");
        fixture.given(rated())
                .when(new ProposeQualityRating(MEETING, SECRETARY, FAIR, null))
                .expectExceptionMessage("meeting.quality-already-rated [GOOD]");
    }

    @Test
    void anExtraordinaryMeetingMayBeRatedWithoutAResolution() {
        List<Object> events = new ArrayList<>(List.of(scheduled(EXTRAORDINARY), approved(false), noticed(),
                opened(EXTRAORDINARY)));
        events.addAll(Session.standardAttendance());
        events.add(new AgendaAdopted(MEETING, CELL, List.of(AgendaItemKind.OTHER)));
        fixture.given(events)
                .when(new ProposeQualityRating(MEETING, SECRETARY, GOOD, null))
                .expectEvents(goodProposed());
    }

    @Test
    void theCellVotesOnTheProposedLevel() {
        List<Object> proposed = withResolution();
        proposed.add(goodProposed());
        fixture.given(proposed)
                .when(new VoteOnQualityRating(MEETING, new Votes(3, 0, 0, null)))
                .expectEvents(goodRated());
        fixture.given(proposed)
                .when(new VoteOnQualityRating(MEETING, new Votes(1, 2, 0, null)))
                .expectEvents(new QualityRatingVoted(MEETING, CELL, GOOD,
                        new VoteResult(1, 2, 0, List.of(), 3, 4, false)));
        fixture.given(proposed)
                .when(new VoteOnQualityRating(MEETING, new Votes(3, 0, 1, null)))
                .expectExceptionMessage("meeting.more-votes-than-voters [4, 3]");
    }

    @Test
    void aRejectedLevelMakesWayForAnotherProposal() {
        List<Object> rejected = withResolution();
        rejected.addAll(List.of(goodProposed(),
                new QualityRatingVoted(MEETING, CELL, GOOD,
                        new VoteResult(1, 2, 0, List.of(), 3, 4, false))));
        fixture.given(rejected)
                .when(new ProposeQualityRating(MEETING, SECRETARY, FAIR, null))
                .expectEvents(new QualityRatingProposed(MEETING, CELL, SECRETARY, FAIR, List.of(), null,
                        Policies.DEFAULT_VERSION));
        fixture.given(rejected)
                .when(new VoteOnQualityRating(MEETING, new Votes(3, 0, 0, null)))
                .expectExceptionMessage("meeting.no-quality-proposal []");
        fixture.given(rated())
                .when(new VoteOnQualityRating(MEETING, new Votes(3, 0, 0, null)))
                .expectExceptionMessage("meeting.quality-already-rated [GOOD]");
    }

    private static List<Object> withResolution() {
        List<Object> events = inSession();
        events.add(resolutionAdopted());
        return events;
    }

    private static VoteOnResolution voteOnResolution(int votesFor, int against, int abstentions, List<String> voters) {
        return new VoteOnResolution(MEETING, RESOLUTION, new Votes(votesFor, against, abstentions, voters));
    }

    private static ProposeQualityRating propose(List<CriterionScore> scores) {
        return new ProposeQualityRating(MEETING, SECRETARY, GOOD, scores);
    }

    private static CriterionScore score(String code, int points) {
        return new CriterionScore(code, points);
    }
}
