package vn.chibo.command.meeting;

import vn.chibo.command.member.RosterOf;

import org.axonframework.test.aggregate.AggregateTestFixture;
import vn.chibo.command.member.MemberRoster;
import vn.chibo.command.organisation.DirectoryOf;
import vn.chibo.command.policy.FixedPolicy;
import vn.chibo.command.policy.PolicyBook;
import vn.chibo.events.meeting.AgendaItemKind;
import vn.chibo.events.meeting.AttendanceStatus;
import vn.chibo.events.meeting.MeetingContract.AgendaAdopted;
import vn.chibo.events.meeting.MeetingContract.AgendaItemRecorded;
import vn.chibo.events.meeting.MeetingContract.AttendanceRecorded;
import vn.chibo.events.meeting.MeetingContract.MeetingContentApproved;
import vn.chibo.events.meeting.MeetingContract.MeetingNoticeSent;
import vn.chibo.events.meeting.MeetingContract.MeetingOpened;
import vn.chibo.events.meeting.MeetingContract.MeetingScheduled;
import vn.chibo.events.meeting.MeetingContract.MinutesSigned;
import vn.chibo.events.meeting.MeetingContract.Person;
import vn.chibo.events.meeting.MeetingContract.QualityRatingProposed;
import vn.chibo.events.meeting.MeetingContract.QualityRatingVoted;
import vn.chibo.events.meeting.MeetingContract.ResolutionVoted;
import vn.chibo.events.meeting.MeetingContract.RosterMember;
import vn.chibo.events.meeting.MeetingContract.VoteResult;
import vn.chibo.events.meeting.MeetingKind;
import vn.chibo.events.meeting.QualityLevel;
import vn.chibo.events.member.CellRole;
import vn.chibo.events.policy.Policies;
import vn.chibo.events.policy.PolicyContract.ScoringSheet;
import vn.chibo.events.policy.PolicyContract.Thresholds;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import static vn.chibo.events.meeting.AttendanceStatus.ABSENT_WITHOUT_REASON;
import static vn.chibo.events.meeting.AttendanceStatus.EXEMPT;
import static vn.chibo.events.meeting.AttendanceStatus.PRESENT;
import static vn.chibo.events.member.MembershipStatus.OFFICIAL;
import static vn.chibo.events.member.MembershipStatus.PROBATIONARY;

/**
 * One meeting of Đồng Mận village cell on 5 March 2026, and its events step by step, for the meeting
 * tests. The cell: the secretary (chairs), the deputy (takes the minutes), two official members, a
 * probationary member and an exempted member. At the standard attendance one official member is
 * absent without reason and the exempted member stays home: 3 official members present, 4 counted.
 */
final class Session {

    static final String MEETING = "m1";
    static final String CELL = "thon-dong-man";
    static final String SECRETARY = "dv-bt";
    static final String DEPUTY = "dv-pbt";
    static final String MEMBER_A = "dv-a";
    static final String MEMBER_B = "dv-b";
    static final String PROBATIONARY_MEMBER = "dv-c";
    static final String EXEMPT_MEMBER = "dv-d";
    static final String SUPERIOR = "dv-xa-1";
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final LocalDateTime START = LocalDateTime.of(2026, 3, 5, 19, 30);
    static final LocalDate DAY = START.toLocalDate();
    static final LocalDateTime NOW = START.plusDays(10);
    static final Person MONITOR = new Person(SUPERIOR, "Hoàng Văn Thắng", "Đảng ủy viên xã");

    private Session() {
    }

    static RosterOf roster() {
        return new RosterOf()
                .official(SECRETARY, CELL, CellRole.SECRETARY)
                .official(DEPUTY, CELL, CellRole.DEPUTY_SECRETARY)
                .official(MEMBER_A, CELL, CellRole.MEMBER)
                .official(MEMBER_B, CELL, CellRole.MEMBER)
                .probationary(PROBATIONARY_MEMBER, CELL)
                .exempt(EXEMPT_MEMBER, CELL, null)
                .official("dv-khac", "thon-khac", CellRole.MEMBER);
    }

    static AggregateTestFixture<Meeting> fixture() {
        return fixture(FixedPolicy.defaults(), roster());
    }

    static AggregateTestFixture<Meeting> fixture(PolicyBook policy) {
        return fixture(policy, roster());
    }

    static AggregateTestFixture<Meeting> fixture(PolicyBook policy, MemberRoster roster) {
        var fixture = new AggregateTestFixture<>(Meeting.class);
        fixture.registerInjectableResource(new DirectoryOf().cell(CELL, "Chi bộ thôn Đồng Mận"));
        fixture.registerInjectableResource(Clock.fixed(NOW.atZone(VIETNAM).toInstant(), VIETNAM));
        fixture.registerInjectableResource(policy);
        fixture.registerInjectableResource(new MeetingRoster(roster));
        return fixture;
    }

    /** The default policy with other thresholds: {@code change} rebuilds them from the defaults. */
    static FixedPolicy policy(String version, UnaryOperator<Thresholds> change) {
        return new FixedPolicy(version, change.apply(Policies.DEFAULTS));
    }

    static Thresholds thresholds(int minimumMinutes, int combinedMinutes, int noticeLeadDays, ScoringSheet sheet) {
        var d = Policies.DEFAULTS;
        return new Thresholds(minimumMinutes, combinedMinutes, noticeLeadDays, d.attendanceTargetPercent(),
                d.unexcusedAbsenceThreshold(), d.minimumOfficialMembers(), d.cellCommitteeFromOfficialMembers(),
                d.maximumCellCommitteeSize(), sheet);
    }

    /** {@code events} followed by {@code more}, as a new list. */
    static List<Object> then(List<?> events, Object... more) {
        List<Object> all = new ArrayList<>(events);
        all.addAll(List.of(more));
        return all;
    }

    static List<Object> notified(MeetingKind kind) {
        return List.of(scheduled(kind), approved(false), noticed());
    }

    static List<RosterMember> rosterSnapshot() {
        return List.of(new RosterMember(MEMBER_A, OFFICIAL, CellRole.MEMBER, false),
                new RosterMember(MEMBER_B, OFFICIAL, CellRole.MEMBER, false),
                new RosterMember(SECRETARY, OFFICIAL, CellRole.SECRETARY, false),
                new RosterMember(PROBATIONARY_MEMBER, PROBATIONARY, CellRole.MEMBER, false),
                new RosterMember(EXEMPT_MEMBER, OFFICIAL, CellRole.MEMBER, true),
                new RosterMember(DEPUTY, OFFICIAL, CellRole.DEPUTY_SECRETARY, false));
    }

    static MeetingScheduled scheduled(MeetingKind kind) {
        return new MeetingScheduled(MEETING, CELL, kind, START, "Nhà văn hóa thôn Đồng Mận");
    }

    static MeetingContentApproved approved(boolean combinedWithThematic) {
        return new MeetingContentApproved(MEETING, CELL, DAY.minusDays(4), "cu-2026-03",
                "Kiểm điểm nghị quyết tháng 2; nhiệm vụ tháng 3", "Dự thảo nghị quyết tháng 3", combinedWithThematic);
    }

    static MeetingNoticeSent noticed() {
        return new MeetingNoticeSent(MEETING, CELL, START.minusDays(3), MONITOR, 3, 1, false, 0, Policies.DEFAULT_VERSION);
    }

    static MeetingOpened opened(MeetingKind kind) {
        return new MeetingOpened(MEETING, CELL, kind, START, SECRETARY, DEPUTY, "Sinh hoạt thường kỳ tháng 3",
                List.of(), List.of(MONITOR), rosterSnapshot());
    }

    static AttendanceRecorded attended(String memberId, AttendanceStatus status, String reason) {
        return new AttendanceRecorded(MEETING, CELL, MeetingKind.REGULAR, DAY, memberId, status, reason);
    }

    static List<AttendanceRecorded> standardAttendance() {
        return List.of(attended(SECRETARY, PRESENT, null), attended(DEPUTY, PRESENT, null),
                attended(MEMBER_A, PRESENT, null), attended(MEMBER_B, ABSENT_WITHOUT_REASON, null),
                attended(PROBATIONARY_MEMBER, PRESENT, null), attended(EXEMPT_MEMBER, EXEMPT, null));
    }

    static final List<AgendaItemKind> REGULAR_AGENDA = List.of(AgendaItemKind.NEWS,
            AgendaItemKind.PREVIOUS_RESOLUTION_REVIEW, AgendaItemKind.IDEOLOGY, AgendaItemKind.PARTY_BUILDING,
            AgendaItemKind.CRITICISM_AND_SELF_CRITICISM, AgendaItemKind.HO_CHI_MINH_STUDY);

    static AgendaItemRecorded news() {
        return new AgendaItemRecorded(MEETING, CELL, "i-news", AgendaItemKind.NEWS, "Thông tin thời sự tháng 3", 10,
                List.of(), null, null);
    }

    /** A regular meeting up to and including its adopted agenda, with the standard attendance. */
    static List<Object> inSession() {
        List<Object> events = new ArrayList<>(List.of(scheduled(MeetingKind.REGULAR), approved(false), noticed(),
                opened(MeetingKind.REGULAR)));
        events.addAll(standardAttendance());
        events.add(new AgendaAdopted(MEETING, CELL, REGULAR_AGENDA));
        return events;
    }

    static ResolutionVoted resolutionAdopted() {
        return new ResolutionVoted(MEETING, CELL, "nq-2026-03",
                        new VoteResult(3, 0, 0, List.of(), 3, 4, true));
    }

    static QualityRatingProposed goodProposed() {
        return new QualityRatingProposed(MEETING, CELL, SECRETARY, QualityLevel.GOOD, List.of(), null,
                Policies.DEFAULT_VERSION);
    }

    static QualityRatingVoted goodRated() {
        return new QualityRatingVoted(MEETING, CELL, QualityLevel.GOOD,
                        new VoteResult(3, 0, 0, List.of(), 3, 4, true));
    }

    /** In session, with the resolution adopted and the session rated good. */
    static List<Object> rated() {
        List<Object> events = inSession();
        events.addAll(List.of(news(), resolutionAdopted(), goodProposed(), goodRated()));
        return events;
    }

    static List<Object> signed() {
        List<Object> events = rated();
        events.add(new MinutesSigned(MEETING, CELL, START.plusMinutes(90), SECRETARY, DEPUTY));
        return events;
    }
}
