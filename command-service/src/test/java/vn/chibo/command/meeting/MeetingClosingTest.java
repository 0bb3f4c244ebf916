package vn.chibo.command.meeting;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chibo.events.meeting.MeetingContract.AgendaAdopted;
import vn.chibo.events.meeting.MeetingContract.CloseMeeting;
import vn.chibo.events.meeting.MeetingContract.MeetingClosed;
import vn.chibo.events.meeting.MeetingContract.MeetingHeld;
import vn.chibo.events.meeting.MeetingContract.MinutesSigned;
import vn.chibo.events.meeting.MeetingContract.RecordAttendance;
import vn.chibo.events.meeting.MeetingContract.RecordMeetingHeld;
import vn.chibo.events.meeting.MeetingContract.MemberAttendance;
import vn.chibo.events.meeting.MeetingContract.SignMinutes;
import vn.chibo.events.meeting.MeetingKind;
import vn.chibo.events.policy.Policies;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static vn.chibo.command.meeting.Session.CELL;
import static vn.chibo.command.meeting.Session.DEPUTY;
import static vn.chibo.command.meeting.Session.MEETING;
import static vn.chibo.command.meeting.Session.MEMBER_A;
import static vn.chibo.command.meeting.Session.NOW;
import static vn.chibo.command.meeting.Session.REGULAR_AGENDA;
import static vn.chibo.command.meeting.Session.SECRETARY;
import static vn.chibo.command.meeting.Session.START;
import static vn.chibo.command.meeting.Session.approved;
import static vn.chibo.command.meeting.Session.inSession;
import static vn.chibo.command.meeting.Session.noticed;
import static vn.chibo.command.meeting.Session.opened;
import static vn.chibo.command.meeting.Session.rated;
import static vn.chibo.command.meeting.Session.resolutionAdopted;
import static vn.chibo.command.meeting.Session.scheduled;
import static vn.chibo.command.meeting.Session.signed;
import static vn.chibo.command.meeting.Session.standardAttendance;
import static vn.chibo.events.meeting.AttendanceStatus.PRESENT;
import static vn.chibo.events.meeting.MeetingKind.CELL_COMMITTEE;
import static vn.chibo.events.meeting.MeetingKind.REGULAR;

/** The end: the minutes read back and signed, then the closing with its length judged by the policy. */
class MeetingClosingTest {

    private AggregateTestFixture<Meeting> fixture;

    @BeforeEach
    void setUp() {
        fixture = Session.fixture();
    }

    @Test
    void theMinutesAreReadBackAndSignedByTheChairAndTheMinutesTaker() {
        fixture.given(rated())
                .when(new SignMinutes(MEETING, START.plusMinutes(90)))
                .expectEvents(new MinutesSigned(MEETING, CELL, START.plusMinutes(90), SECRETARY, DEPUTY));
    }

    @Test
    void aRegularMeetingIsRatedBeforeItsMinutesAreSigned() {
        List<Object> events = inSession();
        events.add(resolutionAdopted());
        fixture.given(events)
                .when(new SignMinutes(MEETING, START.plusMinutes(90)))
                .expectExceptionMessage("meeting.quality-not-rated []");
    }

    @Test
    void aCellCommitteeMeetingSignsItsMinutesWithoutARating() {
        fixture.given(committeeInSession())
                .when(new SignMinutes(MEETING, START.plusMinutes(40)))
                .expectEvents(new MinutesSigned(MEETING, CELL, START.plusMinutes(40), SECRETARY, DEPUTY));
    }

    @Test
    void theMinutesAreReadBackDuringTheMeetingOnce() {
        fixture.given(rated())
                .when(new SignMinutes(MEETING, START.minusMinutes(5)))
                .expectExceptionMessage("meeting.read-back-before-opening [2026-03-05T19:25, 2026-03-05T19:30]");
        fixture.given(rated())
                .when(new SignMinutes(MEETING, NOW.plusMinutes(1)))
                .expectExceptionMessage("meeting.read-back-in-future [2026-03-15T19:31]");
        fixture.given(signed())
                .when(new SignMinutes(MEETING, START.plusMinutes(95)))
                .expectExceptionMessage("meeting.minutes-already-signed []");
    }

    @Test
    void closingRecordsTheLengthAndAlsoThatTheMeetingWasHeld() {
        var end = START.plusMinutes(100);
        fixture.given(signed())
                .when(new CloseMeeting(MEETING, end))
                .expectEvents(closed(REGULAR, end, 100, 90, false, false),
                        new MeetingHeld(MEETING, CELL, REGULAR, START, end));
    }

    @Test
    void aShortMeetingClosesAndIsRecordedAsShort() {
        var end = START.plusMinutes(95);
        List<Object> events = rated();
        events.add(new MinutesSigned(MEETING, CELL, START.plusMinutes(60), SECRETARY, DEPUTY));
        fixture.given(events)
                .when(new CloseMeeting(MEETING, START.plusMinutes(70)))
                .expectEvents(closed(REGULAR, START.plusMinutes(70), 70, 90, true, false),
                        new MeetingHeld(MEETING, CELL, REGULAR, START, START.plusMinutes(70)));
        Session.fixture(Session.policy("bg-2026", d -> Session.thresholds(100, 150, d.noticeLeadDays(),
                        d.meetingQuality())))
                .given(signed())
                .when(new CloseMeeting(MEETING, end))
                .expectEvents(new MeetingClosed(MEETING, CELL, REGULAR, START, end, 95, 100, true, false, "bg-2026"),
                        new MeetingHeld(MEETING, CELL, REGULAR, START, end));
    }

    @Test
    void aSessionSharedWithTheThematicMeetingNeedsTheCombinedMinimum() {
        List<Object> combined = signed();
        combined.set(1, approved(true));
        var end = START.plusMinutes(100);
        fixture.given(combined)
                .when(new CloseMeeting(MEETING, end))
                .expectEvents(closed(REGULAR, end, 100, 120, true, true),
                        new MeetingHeld(MEETING, CELL, REGULAR, START, end));
    }

    @Test
    void aCellCommitteeMeetingHasNoMinimumLength() {
        List<Object> events = committeeInSession();
        events.add(new MinutesSigned(MEETING, CELL, START.plusMinutes(40), SECRETARY, DEPUTY));
        var end = START.plusMinutes(45);
        fixture.given(events)
                .when(new CloseMeeting(MEETING, end))
                .expectEvents(closed(CELL_COMMITTEE, end, 45, 0, false, false),
                        new MeetingHeld(MEETING, CELL, CELL_COMMITTEE, START, end));
    }

    @Test
    void aMeetingClosesAfterItsMinutesAreSigned() {
        fixture.given(rated())
                .when(new CloseMeeting(MEETING, START.plusMinutes(100)))
                .expectExceptionMessage("meeting.minutes-not-signed []");
        fixture.given(signed())
                .when(new CloseMeeting(MEETING, START.plusMinutes(80)))
                .expectExceptionMessage("meeting.closed-before-read-back [2026-03-05T20:50, 2026-03-05T21:00]");
        fixture.given(signed())
                .when(new CloseMeeting(MEETING, NOW.plusHours(1)))
                .expectExceptionMessage("meeting.closed-in-future [2026-03-15T20:30]");
        List<Object> readAtOpening = rated();
        readAtOpening.add(new MinutesSigned(MEETING, CELL, START, SECRETARY, DEPUTY));
        fixture.given(readAtOpening)
                .when(new CloseMeeting(MEETING, START))
                .expectExceptionMessage("meeting.ends-before-start [2026-03-05T19:30, 2026-03-05T19:30]");
    }

    @Test
    void aClosedMeetingTakesNoMoreSteps() {
        var end = START.plusMinutes(100);
        List<Object> closed = signed();
        closed.addAll(List.of(closed(REGULAR, end, 100, 90, false, false), new MeetingHeld(MEETING, CELL, REGULAR, START, end)));
        fixture.given(closed)
                .when(new CloseMeeting(MEETING, end))
                .expectExceptionMessage("meeting.already-held [2026-03-05]");
        fixture.given(closed)
                .when(new RecordMeetingHeld(MEETING, START, end))
                .expectExceptionMessage("meeting.already-held [2026-03-05]");
        fixture.given(closed)
                .when(new RecordAttendance(MEETING, List.of(new MemberAttendance(MEMBER_A, PRESENT, null))))
                .expectExceptionMessage("meeting.already-held [2026-03-05]");
    }

    private static MeetingClosed closed(MeetingKind kind, LocalDateTime end, long minutes, int minimum, boolean tooShort,
                                        boolean combined) {
        return new MeetingClosed(MEETING, CELL, kind, START, end, minutes, minimum, tooShort, combined,
                Policies.DEFAULT_VERSION);
    }

    private static List<Object> committeeInSession() {
        List<Object> events = new ArrayList<>(List.of(scheduled(CELL_COMMITTEE), approved(false), noticed(),
                opened(CELL_COMMITTEE)));
        events.addAll(standardAttendance());
        events.add(new AgendaAdopted(MEETING, CELL, REGULAR_AGENDA));
        return events;
    }
}
