package vn.chibo.command.meeting;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chibo.events.meeting.MeetingContract.ApproveMeetingContent;
import vn.chibo.events.meeting.MeetingContract.MeetingContentApproved;
import vn.chibo.events.meeting.MeetingContract.MeetingHeld;
import vn.chibo.events.meeting.MeetingContract.MeetingNoticeSent;
import vn.chibo.events.meeting.MeetingContract.MeetingScheduled;
import vn.chibo.events.meeting.MeetingContract.SendMeetingNotice;
import vn.chibo.events.policy.Policies;

import java.time.LocalDate;

import static vn.chibo.command.meeting.Session.CELL;
import static vn.chibo.command.meeting.Session.DAY;
import static vn.chibo.command.meeting.Session.MEETING;
import static vn.chibo.command.meeting.Session.MONITOR;
import static vn.chibo.command.meeting.Session.NOW;
import static vn.chibo.command.meeting.Session.START;
import static vn.chibo.command.meeting.Session.approved;
import static vn.chibo.command.meeting.Session.noticed;
import static vn.chibo.command.meeting.Session.scheduled;
import static vn.chibo.events.meeting.MeetingKind.EXTRAORDINARY;
import static vn.chibo.events.meeting.MeetingKind.REGULAR;
import static vn.chibo.events.meeting.MeetingKind.THEMATIC;

/** Before the meeting: the cell committee approves the content, the members are notified in time. */
class MeetingPreparationTest {

    private AggregateTestFixture<Meeting> fixture;

    @BeforeEach
    void setUp() {
        fixture = Session.fixture();
    }

    @Test
    void theCellCommitteeApprovesTheContentAndTheDraftResolution() {
        fixture.given(scheduled(REGULAR))
                .when(approve(DAY.minusDays(4), false))
                .expectEvents(approved(false));
    }

    @Test
    void aRegularMeetingMayShareItsSessionWithTheThematicMeeting() {
        fixture.given(scheduled(REGULAR))
                .when(approve(DAY.minusDays(4), true))
                .expectEvents(approved(true));
        fixture.given(scheduled(THEMATIC))
                .when(approve(DAY.minusDays(4), true))
                .expectExceptionMessage("meeting.only-regular-combines-thematic [THEMATIC]");
    }

    @Test
    void theContentIsApprovedOnceBeforeTheMeetingAndNotInTheFuture() {
        fixture.given(scheduled(REGULAR), approved(false))
                .when(approve(DAY.minusDays(2), false))
                .expectExceptionMessage("meeting.content-already-approved [2026-03-01]");
        fixture.given(scheduled(REGULAR))
                .when(approve(DAY.plusDays(1), false))
                .expectExceptionMessage("meeting.approved-after-meeting [2026-03-06, 2026-03-05]");
        fixture.given(new MeetingScheduled(MEETING, CELL, REGULAR,
                        NOW.plusDays(20), "Nhà văn hóa"))
                .when(approve(NOW.toLocalDate().plusDays(1), false))
                .expectExceptionMessage("meeting.approved-in-future [2026-03-16]");
    }

    @Test
    void nothingIsPreparedForAMeetingAlreadyRecordedAsHeld() {
        fixture.given(scheduled(REGULAR), new MeetingHeld(MEETING, CELL, REGULAR, START, START.plusMinutes(95)))
                .when(approve(DAY.minusDays(4), false))
                .expectExceptionMessage("meeting.already-held [2026-03-05]")
                .expectNoEvents();
    }

    @Test
    void aNoticeDaysAheadIsOnTime() {
        fixture.given(scheduled(REGULAR), approved(false))
                .when(new SendMeetingNotice(MEETING, START.minusDays(3), MONITOR))
                .expectEvents(noticed());
    }

    @Test
    void theLeadTimeCountsCalendarDays() {
        var eveningBefore = START.minusDays(1).withHour(21);
        fixture.given(scheduled(REGULAR), approved(false))
                .when(new SendMeetingNotice(MEETING, eveningBefore, null))
                .expectEvents(new MeetingNoticeSent(MEETING, CELL, eveningBefore, null, 1, 1, false, 0,
                        Policies.DEFAULT_VERSION));
    }

    @Test
    void aLateNoticeIsAcceptedAndRecordedAsLateByHowManyDays() {
        var sameMorning = START.withHour(7);
        fixture.given(scheduled(EXTRAORDINARY), approved(false))
                .when(new SendMeetingNotice(MEETING, sameMorning, MONITOR))
                .expectEvents(new MeetingNoticeSent(MEETING, CELL, sameMorning, MONITOR, 0, 1, true, 1,
                        Policies.DEFAULT_VERSION));
    }

    @Test
    void theLeadTimeComesFromThePolicyInForce() {
        fixture = Session.fixture(Session.policy("bg-2026", d -> Session.thresholds(d.minimumMeetingMinutes(),
                d.combinedMeetingMinutes(), 3, d.meetingQuality())));
        var twoDaysAhead = START.minusDays(2);
        fixture.given(scheduled(REGULAR), approved(false))
                .when(new SendMeetingNotice(MEETING, twoDaysAhead, MONITOR))
                .expectEvents(new MeetingNoticeSent(MEETING, CELL, twoDaysAhead, MONITOR, 2, 3, true, 1, "bg-2026"));
    }

    @Test
    void theNoticeFollowsTheApprovedContentOnce() {
        fixture.given(scheduled(REGULAR))
                .when(new SendMeetingNotice(MEETING, START.minusDays(3), MONITOR))
                .expectExceptionMessage("meeting.content-not-approved []");
        fixture.given(scheduled(REGULAR), approved(false), noticed())
                .when(new SendMeetingNotice(MEETING, START.minusDays(2), MONITOR))
                .expectExceptionMessage("meeting.notice-already-sent [2026-03-02T19:30]");
        fixture.given(scheduled(REGULAR), approved(false))
                .when(new SendMeetingNotice(MEETING, START.minusDays(5), MONITOR))
                .expectExceptionMessage("meeting.notice-before-approval [2026-02-28T19:30, 2026-03-01]");
    }

    @Test
    void aNoticeGoesOutBeforeTheMeetingAndNotInTheFuture() {
        fixture.given(scheduled(REGULAR), approved(false))
                .when(new SendMeetingNotice(MEETING, START, MONITOR))
                .expectExceptionMessage("meeting.notice-after-start [2026-03-05T19:30, 2026-03-05T19:30]");
        fixture.given(new MeetingScheduled(MEETING, CELL, REGULAR,
                        NOW.plusDays(20), "Nhà văn hóa"), new MeetingContentApproved(MEETING, CELL, NOW.toLocalDate(),
                        null, "Nội dung", null, false))
                .when(new SendMeetingNotice(MEETING, NOW.plusDays(1), MONITOR))
                .expectExceptionMessage("meeting.notice-in-future [2026-03-16T19:30]");
    }

    private static ApproveMeetingContent approve(LocalDate on, boolean combined) {
        return new ApproveMeetingContent(MEETING, on, "cu-2026-03", " Kiểm điểm nghị quyết tháng 2; nhiệm vụ tháng 3 ",
                "Dự thảo nghị quyết tháng 3", combined);
    }
}
