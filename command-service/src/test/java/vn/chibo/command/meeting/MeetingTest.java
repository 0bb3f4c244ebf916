package vn.chibo.command.meeting;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chibo.command.command.RuleViolation;
import vn.chibo.command.organisation.DirectoryOf;
import vn.chibo.command.policy.FixedPolicy;
import vn.chibo.events.meeting.MeetingContract.MeetingHeld;
import vn.chibo.events.meeting.MeetingContract.MeetingScheduled;
import vn.chibo.events.meeting.MeetingContract.RecordMeetingHeld;
import vn.chibo.events.meeting.MeetingContract.ScheduleMeeting;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;

import static vn.chibo.events.meeting.MeetingKind.REGULAR;

class MeetingTest {

    private static final LocalDateTime MARCH_5_MORNING = LocalDateTime.of(2026, 3, 5, 7, 30);
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private AggregateTestFixture<Meeting> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Meeting.class);
        fixture.registerInjectableResource(new DirectoryOf()
                .committee("xa-bien-son", "Đảng ủy xã Biên Sơn")
                .cell("thon-dong-man", "Chi bộ thôn Đồng Mận"));
        fixture.registerInjectableResource(Clock.fixed(MARCH_5_MORNING.plusDays(10).atZone(VIETNAM).toInstant(), VIETNAM));
        fixture.registerInjectableResource(FixedPolicy.defaults());
        fixture.registerInjectableResource(new MeetingRoster(Session.roster()));
    }

    @Test
    void aCellSchedulesItsMeeting() {
        fixture.givenNoPriorActivity()
                .when(new ScheduleMeeting("m1", "thon-dong-man", REGULAR, MARCH_5_MORNING, "Nhà văn hóa thôn"))
                .expectEvents(scheduled());
    }

    @Test
    void onlyAnExistingCellSchedulesMeetings() {
        fixture.givenNoPriorActivity()
                .when(new ScheduleMeeting("m1", "khong-co", REGULAR, MARCH_5_MORNING, "Nhà văn hóa"))
                .expectExceptionMessage("meeting.organisation-unknown [khong-co]");
        fixture.givenNoPriorActivity()
                .when(new ScheduleMeeting("m1", "xa-bien-son", REGULAR, MARCH_5_MORNING, "Hội trường"))
                .expectExceptionMessage("meeting.not-a-cell [Đảng ủy xã Biên Sơn]");
    }

    @Test
    void holdingRecordsTheCellAndTheTimes() {
        fixture.given(scheduled())
                .when(new RecordMeetingHeld("m1", MARCH_5_MORNING, MARCH_5_MORNING.plusMinutes(95)))
                .expectEvents(new MeetingHeld("m1", "thon-dong-man", REGULAR, MARCH_5_MORNING,
                        MARCH_5_MORNING.plusMinutes(95)));
    }

    @Test
    void aMeetingIsHeldOnlyOnce() {
        fixture.given(scheduled(), new MeetingHeld("m1", "thon-dong-man", REGULAR, MARCH_5_MORNING,
                        MARCH_5_MORNING.plusMinutes(95)))
                .when(new RecordMeetingHeld("m1", MARCH_5_MORNING, MARCH_5_MORNING.plusMinutes(95)))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("meeting.already-held [2026-03-05]")
                .expectNoEvents();
    }

    @Test
    void aMeetingEndsAfterItStarts() {
        fixture.given(scheduled())
                .when(new RecordMeetingHeld("m1", MARCH_5_MORNING, MARCH_5_MORNING))
                .expectExceptionMessage("meeting.ends-before-start [2026-03-05T07:30, 2026-03-05T07:30]");
    }

    @Test
    void aMeetingStillToComeCannotBeRecordedAsHeld() {
        LocalDateTime nextMonth = MARCH_5_MORNING.plusMonths(1);
        fixture.given(scheduled())
                .when(new RecordMeetingHeld("m1", nextMonth, nextMonth.plusHours(2)))
                .expectExceptionMessage("meeting.held-in-future [2026-04-05T07:30]");
    }

    @Test
    void aMeetingRecordedStepByStepIsNotAlsoRecordedAsHeld() {
        fixture.given(Session.scheduled(REGULAR), Session.approved(false), Session.noticed(), Session.opened(REGULAR))
                .when(new RecordMeetingHeld("m1", Session.START, Session.START.plusMinutes(95)))
                .expectExceptionMessage("meeting.in-progress [2026-03-05T19:30]");
    }

    private static MeetingScheduled scheduled() {
        return new MeetingScheduled("m1", "thon-dong-man", REGULAR, MARCH_5_MORNING, "Nhà văn hóa thôn");
    }
}
