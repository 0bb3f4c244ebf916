package vn.chibo.command.meeting;

import vn.chibo.command.member.RosterOf;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chibo.command.policy.FixedPolicy;
import vn.chibo.events.meeting.AgendaItemKind;
import vn.chibo.events.meeting.AttendanceStatus;
import vn.chibo.events.meeting.MeetingContract.AdoptAgenda;
import vn.chibo.events.meeting.MeetingContract.AgendaAdopted;
import vn.chibo.events.meeting.MeetingContract.MeetingOpened;
import vn.chibo.events.meeting.MeetingContract.MemberAttendance;
import vn.chibo.events.meeting.MeetingContract.OpenMeeting;
import vn.chibo.events.meeting.MeetingContract.RecordAttendance;
import vn.chibo.events.meeting.MeetingContract.RosterMember;
import vn.chibo.events.meeting.MeetingKind;
import vn.chibo.events.member.CellRole;

import java.util.ArrayList;
import java.util.List;

import static vn.chibo.command.meeting.Session.CELL;
import static vn.chibo.command.meeting.Session.DEPUTY;
import static vn.chibo.command.meeting.Session.EXEMPT_MEMBER;
import static vn.chibo.command.meeting.Session.MEETING;
import static vn.chibo.command.meeting.Session.MEMBER_A;
import static vn.chibo.command.meeting.Session.MEMBER_B;
import static vn.chibo.command.meeting.Session.MONITOR;
import static vn.chibo.command.meeting.Session.NOW;
import static vn.chibo.command.meeting.Session.REGULAR_AGENDA;
import static vn.chibo.command.meeting.Session.SECRETARY;
import static vn.chibo.command.meeting.Session.START;
import static vn.chibo.command.meeting.Session.approved;
import static vn.chibo.command.meeting.Session.attended;
import static vn.chibo.command.meeting.Session.noticed;
import static vn.chibo.command.meeting.Session.notified;
import static vn.chibo.command.meeting.Session.opened;
import static vn.chibo.command.meeting.Session.scheduled;
import static vn.chibo.command.meeting.Session.standardAttendance;
import static vn.chibo.command.meeting.Session.then;
import static vn.chibo.events.meeting.AttendanceStatus.ABSENT_WITHOUT_REASON;
import static vn.chibo.events.meeting.AttendanceStatus.ABSENT_WITH_REASON;
import static vn.chibo.events.meeting.AttendanceStatus.EXEMPT;
import static vn.chibo.events.meeting.AttendanceStatus.PRESENT;
import static vn.chibo.events.meeting.AttendanceStatus.TEMPORARILY_ATTACHED_ELSEWHERE;
import static vn.chibo.events.meeting.MeetingKind.CELL_COMMITTEE;
import static vn.chibo.events.meeting.MeetingKind.REGULAR;
import static vn.chibo.events.meeting.MeetingKind.THEMATIC;
import static vn.chibo.events.member.MembershipStatus.OFFICIAL;

/** The opening: the roster is taken, every member's attendance recorded, the agenda adopted. */
class MeetingOpeningTest {

    private AggregateTestFixture<Meeting> fixture;

    @BeforeEach
    void setUp() {
        fixture = Session.fixture();
    }

    @Test
    void theOpeningTakesTheCellsRosterOfThatDay() {
        fixture.given(notified(REGULAR))
                .when(open(SECRETARY, DEPUTY))
                .expectEvents(opened(REGULAR));
    }

    @Test
    void aCellCommitteeMeetingTakesOnlyTheCommittee() {
        fixture.given(notified(CELL_COMMITTEE))
                .when(open(SECRETARY, DEPUTY))
                .expectEvents(new MeetingOpened(MEETING, CELL, CELL_COMMITTEE, START, SECRETARY, DEPUTY,
                        "Sinh hoạt thường kỳ tháng 3", List.of(), List.of(MONITOR),
                        List.of(new RosterMember(SECRETARY, OFFICIAL, CellRole.SECRETARY, false),
                                new RosterMember(DEPUTY, OFFICIAL, CellRole.DEPUTY_SECRETARY, false))));
        fixture.given(notified(CELL_COMMITTEE))
                .when(open(SECRETARY, MEMBER_A))
                .expectExceptionMessage("meeting.minutes-taker-not-in-cell [dv-a]");
    }

    @Test
    void theMeetingOpensAfterTheNoticeOnce() {
        fixture.given(scheduled(REGULAR), approved(false))
                .when(open(SECRETARY, DEPUTY))
                .expectExceptionMessage("meeting.notice-not-sent []");
        fixture.given(then(notified(REGULAR), opened(REGULAR)))
                .when(open(SECRETARY, DEPUTY))
                .expectExceptionMessage("meeting.already-opened [2026-03-05T19:30]");
        fixture.given(notified(REGULAR))
                .when(new OpenMeeting(MEETING, START.minusDays(4), SECRETARY, DEPUTY, null, null, null))
                .expectExceptionMessage("meeting.opened-before-notice [2026-03-01T19:30, 2026-03-02T19:30]");
        fixture.given(notified(REGULAR))
                .when(new OpenMeeting(MEETING, NOW.plusHours(1), SECRETARY, DEPUTY, null, null, null))
                .expectExceptionMessage("meeting.opened-in-future [2026-03-15T20:30]");
    }

    @Test
    void theChairAndTheMinutesTakerAreTwoMembersOfTheCell() {
        fixture.given(notified(REGULAR))
                .when(open(SECRETARY, SECRETARY))
                .expectExceptionMessage("meeting.chair-takes-no-minutes [dv-bt]");
        fixture.given(notified(REGULAR))
                .when(open("dv-khac", DEPUTY))
                .expectExceptionMessage("meeting.chair-not-in-cell [dv-khac]");
        fixture.given(notified(REGULAR))
                .when(open(SECRETARY, "dv-khac"))
                .expectExceptionMessage("meeting.minutes-taker-not-in-cell [dv-khac]");
    }

    @Test
    void aCellWithNobodyOnItsRosterCannotMeet() {
        Session.fixture(FixedPolicy.defaults(), new RosterOf()).given(notified(REGULAR))
                .when(open(SECRETARY, DEPUTY))
                .expectExceptionMessage("meeting.roster-empty [thon-dong-man, 2026-03-05]");
    }

    @Test
    void attendanceIsRecordedMemberByMember() {
        fixture.given(then(notified(REGULAR), opened(REGULAR)))
                .when(new RecordAttendance(MEETING, List.of(
                        new MemberAttendance(SECRETARY, PRESENT, null),
                        new MemberAttendance(MEMBER_B, ABSENT_WITH_REASON, " Ốm, nằm viện "),
                        new MemberAttendance(EXEMPT_MEMBER, EXEMPT, null),
                        new MemberAttendance(MEMBER_A, TEMPORARILY_ATTACHED_ELSEWHERE, "Làm việc tại Bắc Ninh"))))
                .expectEvents(attended(SECRETARY, PRESENT, null), attended(MEMBER_B, ABSENT_WITH_REASON, "Ốm, nằm viện"),
                        attended(EXEMPT_MEMBER, EXEMPT, null),
                        attended(MEMBER_A, TEMPORARILY_ATTACHED_ELSEWHERE, "Làm việc tại Bắc Ninh"));
    }

    @Test
    void attendanceIsTakenOfTheRosterOnceWhileTheMeetingIsOpen() {
        fixture.given(notified(REGULAR))
                .when(attendance(SECRETARY, PRESENT, null))
                .expectExceptionMessage("meeting.not-opened []");
        fixture.given(then(notified(REGULAR), opened(REGULAR)))
                .when(attendance("dv-khac", PRESENT, null))
                .expectExceptionMessage("meeting.not-in-cell [dv-khac]");
        fixture.given(then(notified(REGULAR), opened(REGULAR), attended(MEMBER_A, PRESENT, null)))
                .when(attendance(MEMBER_A, ABSENT_WITHOUT_REASON, null))
                .expectExceptionMessage("meeting.attendance-already-recorded [dv-a]");
        fixture.given(then(notified(REGULAR), opened(REGULAR)))
                .when(new RecordAttendance(MEETING, List.of(new MemberAttendance(MEMBER_A, PRESENT, null),
                        new MemberAttendance(MEMBER_A, PRESENT, null))))
                .expectExceptionMessage("meeting.attendance-already-recorded [dv-a]")
                .expectNoEvents();
        fixture.given(agendaAdopted())
                .when(attendance(MEMBER_A, PRESENT, null))
                .expectExceptionMessage("meeting.attendance-closed []");
    }

    @Test
    void onlyAnExemptedMemberIsRecordedExemptAndNeverAbsent() {
        fixture.given(then(notified(REGULAR), opened(REGULAR)))
                .when(attendance(MEMBER_A, EXEMPT, null))
                .expectExceptionMessage("meeting.not-exempt [dv-a]");
        fixture.given(then(notified(REGULAR), opened(REGULAR)))
                .when(attendance(EXEMPT_MEMBER, ABSENT_WITHOUT_REASON, null))
                .expectExceptionMessage("meeting.exempt-member-not-absent [dv-d]");
        fixture.given(then(notified(REGULAR), opened(REGULAR)))
                .when(attendance(EXEMPT_MEMBER, PRESENT, null))
                .expectEvents(attended(EXEMPT_MEMBER, PRESENT, null));
    }

    @Test
    void anAbsenceWithReasonGivesTheReason() {
        fixture.given(then(notified(REGULAR), opened(REGULAR)))
                .when(attendance(MEMBER_A, ABSENT_WITH_REASON, " "))
                .expectExceptionMessage("meeting.absence-reason-required [dv-a]");
    }

    @Test
    void theChairAndTheMinutesTakerArePresent() {
        fixture.given(then(notified(REGULAR), opened(REGULAR)))
                .when(attendance(DEPUTY, ABSENT_WITH_REASON, "Đi công tác"))
                .expectExceptionMessage("meeting.officer-absent [dv-pbt]");
    }

    @Test
    void theAgendaIsAdoptedOnceEveryMemberIsAccountedFor() {
        List<Object> partial = new ArrayList<>(notifiedAndOpened());
        partial.add(attended(SECRETARY, PRESENT, null));
        fixture.given(partial)
                .when(new AdoptAgenda(MEETING, REGULAR_AGENDA))
                .expectExceptionMessage("meeting.attendance-incomplete [dv-a, dv-b, dv-c, dv-d, dv-pbt]");
        fixture.given(attendanceTaken())
                .when(new AdoptAgenda(MEETING, REGULAR_AGENDA))
                .expectEvents(new AgendaAdopted(MEETING, CELL, REGULAR_AGENDA));
        fixture.given(agendaAdopted())
                .when(new AdoptAgenda(MEETING, REGULAR_AGENDA))
                .expectExceptionMessage("meeting.agenda-already-adopted []");
        fixture.given(notified(REGULAR))
                .when(new AdoptAgenda(MEETING, REGULAR_AGENDA))
                .expectExceptionMessage("meeting.not-opened []");
    }

    @Test
    void themeAndLeadReportBelongToAThematicSession() {
        fixture.given(attendanceTaken())
                .when(new AdoptAgenda(MEETING, List.of(AgendaItemKind.NEWS, AgendaItemKind.LEAD_REPORT)))
                .expectExceptionMessage("meeting.item-not-for-kind [LEAD_REPORT, REGULAR]");
        var thematic = List.of(AgendaItemKind.THEME, AgendaItemKind.LEAD_REPORT);
        fixture.given(attendanceTaken(THEMATIC))
                .when(new AdoptAgenda(MEETING, thematic))
                .expectEvents(new AgendaAdopted(MEETING, CELL, thematic));
        fixture.given(attendanceTaken(THEMATIC))
                .when(new AdoptAgenda(MEETING, List.of(AgendaItemKind.LEAD_REPORT)))
                .expectExceptionMessage("meeting.theme-missing []");
    }

    @Test
    void aRegularMeetingCombinedWithTheThematicOneTakesBothAgendas() {
        List<Object> combined = new ArrayList<>(List.of(scheduled(REGULAR), approved(true), noticed(), opened(REGULAR)));
        combined.addAll(standardAttendance());
        List<AgendaItemKind> both = new ArrayList<>(REGULAR_AGENDA);
        both.add(AgendaItemKind.THEME);
        fixture.given(combined)
                .when(new AdoptAgenda(MEETING, both))
                .expectEvents(new AgendaAdopted(MEETING, CELL, both));
        fixture.given(combined)
                .when(new AdoptAgenda(MEETING, REGULAR_AGENDA))
                .expectExceptionMessage("meeting.theme-missing []");
    }

    private static OpenMeeting open(String chair, String minutesTaker) {
        return new OpenMeeting(MEETING, START, chair, minutesTaker, " Sinh hoạt thường kỳ tháng 3 ", null, List.of(MONITOR));
    }

    private static RecordAttendance attendance(String memberId, AttendanceStatus status, String reason) {
        return new RecordAttendance(MEETING, List.of(new MemberAttendance(memberId, status, reason)));
    }

    private static List<Object> notifiedAndOpened() {
        return List.of(scheduled(REGULAR), approved(false), noticed(), opened(REGULAR));
    }

    private static List<Object> attendanceTaken() {
        return attendanceTaken(REGULAR);
    }

    private static List<Object> attendanceTaken(MeetingKind kind) {
        List<Object> events = new ArrayList<>(List.of(scheduled(kind), approved(false), noticed(), opened(kind)));
        events.addAll(standardAttendance());
        return events;
    }

    private static List<Object> agendaAdopted() {
        List<Object> events = attendanceTaken();
        events.add(new AgendaAdopted(MEETING, CELL, REGULAR_AGENDA));
        return events;
    }
}
