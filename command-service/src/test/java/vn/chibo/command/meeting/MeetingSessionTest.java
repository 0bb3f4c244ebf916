package vn.chibo.command.meeting;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chibo.events.meeting.AgendaItemKind;
import vn.chibo.events.meeting.MeetingContract.AgendaAdopted;
import vn.chibo.events.meeting.MeetingContract.AgendaItemRecorded;
import vn.chibo.events.meeting.MeetingContract.RecordAgendaItem;
import vn.chibo.events.meeting.MeetingContract.RecordSpeech;
import vn.chibo.events.meeting.MeetingContract.SpeechGiven;
import vn.chibo.events.meeting.MeetingContract.TaskReview;

import java.util.ArrayList;
import java.util.List;

import static vn.chibo.command.meeting.Session.CELL;
import static vn.chibo.command.meeting.Session.DAY;
import static vn.chibo.command.meeting.Session.MEETING;
import static vn.chibo.command.meeting.Session.MEMBER_A;
import static vn.chibo.command.meeting.Session.MEMBER_B;
import static vn.chibo.command.meeting.Session.PROBATIONARY_MEMBER;
import static vn.chibo.command.meeting.Session.SUPERIOR;
import static vn.chibo.command.meeting.Session.approved;
import static vn.chibo.command.meeting.Session.attended;
import static vn.chibo.command.meeting.Session.inSession;
import static vn.chibo.command.meeting.Session.news;
import static vn.chibo.command.meeting.Session.noticed;
import static vn.chibo.command.meeting.Session.opened;
import static vn.chibo.command.meeting.Session.scheduled;
import static vn.chibo.command.meeting.Session.signed;
import static vn.chibo.command.meeting.Session.standardAttendance;
import static vn.chibo.events.meeting.AgendaItemKind.LEAD_REPORT;
import static vn.chibo.events.meeting.AgendaItemKind.NEWS;
import static vn.chibo.events.meeting.AgendaItemKind.PREVIOUS_RESOLUTION_REVIEW;
import static vn.chibo.events.meeting.AgendaItemKind.THEME;
import static vn.chibo.events.meeting.AttendanceStatus.PRESENT;
import static vn.chibo.events.meeting.MeetingKind.REGULAR;
import static vn.chibo.events.meeting.MeetingKind.THEMATIC;
import static vn.chibo.events.meeting.TaskReviewOutcome.CARRIED_OVER;
import static vn.chibo.events.meeting.TaskReviewOutcome.DONE;
import static vn.chibo.events.meeting.TaskReviewOutcome.NOT_DONE;

/** The session: the items as the minutes record them, and who spoke on which. */
class MeetingSessionTest {

    private static final List<TaskReview> REVIEWS = List.of(
            new TaskReview("nv-1", DONE, null, null),
            new TaskReview("nv-2", NOT_DONE, "Chưa có kinh phí", null),
            new TaskReview("nv-3", CARRIED_OVER, null, DAY.plusMonths(1)));

    private AggregateTestFixture<Meeting> fixture;

    @BeforeEach
    void setUp() {
        fixture = Session.fixture();
    }

    @Test
    void anItemIsRecordedAsTheMinutesWriteIt() {
        fixture.given(inSession())
                .when(new RecordAgendaItem(MEETING, "i-news", NEWS, " Thông tin thời sự tháng 3 ", 10, null, null, null))
                .expectEvents(news());
    }

    @Test
    void thePreviousResolutionIsReviewedTaskByTask() {
        fixture.given(inSession())
                .when(review("i-review", REVIEWS))
                .expectEvents(new AgendaItemRecorded(MEETING, CELL, "i-review", PREVIOUS_RESOLUTION_REVIEW,
                        "Kiểm điểm nghị quyết tháng 2", 20, REVIEWS, null, null));
    }

    @Test
    void aReviewNamesItsTasksWithReasonsAndNewDeadlines() {
        fixture.given(inSession())
                .when(review("i-review", List.of()))
                .expectExceptionMessage("meeting.review-needs-tasks []");
        fixture.given(inSession())
                .when(review("i-review", List.of(new TaskReview("nv-2", NOT_DONE, " ", null))))
                .expectExceptionMessage("meeting.not-done-needs-reason [nv-2]");
        fixture.given(inSession())
                .when(review("i-review", List.of(new TaskReview("nv-3", CARRIED_OVER, null, DAY))))
                .expectExceptionMessage("meeting.carried-over-needs-new-deadline [nv-3, 2026-03-05]");
        fixture.given(inSession())
                .when(review("i-review", List.of(new TaskReview("nv-1", DONE, null, null),
                        new TaskReview("nv-1", NOT_DONE, "Chưa xong", null))))
                .expectExceptionMessage("meeting.task-already-reviewed [nv-1]");
        List<Object> reviewed = inSession();
        reviewed.add(new AgendaItemRecorded(MEETING, CELL, "i-review", PREVIOUS_RESOLUTION_REVIEW, "Kiểm điểm", 20,
                REVIEWS, null, null));
        fixture.given(reviewed)
                .when(review("i-review-2", List.of(new TaskReview("nv-1", DONE, null, null))))
                .expectExceptionMessage("meeting.task-already-reviewed [nv-1]");
    }

    @Test
    void onlyTheReviewListsTasks() {
        fixture.given(inSession())
                .when(new RecordAgendaItem(MEETING, "i-news", NEWS, "Thời sự", 10, REVIEWS, null, null))
                .expectExceptionMessage("meeting.field-not-for-item [taskReviews, NEWS]");
        fixture.given(inSession())
                .when(new RecordAgendaItem(MEETING, "i-news", NEWS, "Thời sự", 10, null, "cd-2026-q1", null))
                .expectExceptionMessage("meeting.field-not-for-item [themeId, NEWS]");
        fixture.given(inSession())
                .when(new RecordAgendaItem(MEETING, "i-news", NEWS, "Thời sự", 10, null, null, MEMBER_A))
                .expectExceptionMessage("meeting.field-not-for-item [leadReportMemberId, NEWS]");
    }

    @Test
    void itemsFollowTheAdoptedAgendaOnce() {
        fixture.given(inSession())
                .when(new RecordAgendaItem(MEETING, "i-other", AgendaItemKind.OTHER, "Kết nạp đảng viên", 30, null,
                        null, null))
                .expectExceptionMessage("meeting.item-not-on-agenda [OTHER]");
        List<Object> withNews = inSession();
        withNews.add(news());
        fixture.given(withNews)
                .when(new RecordAgendaItem(MEETING, "i-news", NEWS, "Thời sự", 10, null, null, null))
                .expectExceptionMessage("meeting.item-already-recorded [i-news]");
    }

    @Test
    void itemsAreRecordedOnlyBetweenTheAgendaAndTheSignedMinutes() {
        var item = new RecordAgendaItem(MEETING, "i-news", NEWS, "Thời sự", 10, null, null, null);
        fixture.given(scheduled(REGULAR), approved(false), noticed())
                .when(item)
                .expectExceptionMessage("meeting.not-opened []");
        fixture.given(scheduled(REGULAR), approved(false), noticed(), opened(REGULAR), attended(MEMBER_A, PRESENT, null))
                .when(item)
                .expectExceptionMessage("meeting.attendance-not-taken [dv-b, dv-bt, dv-c, dv-d, dv-pbt]");
        List<Object> attendanceTaken = new ArrayList<>(List.of(scheduled(REGULAR), approved(false), noticed(),
                opened(REGULAR)));
        attendanceTaken.addAll(standardAttendance());
        fixture.given(attendanceTaken)
                .when(item)
                .expectExceptionMessage("meeting.agenda-not-adopted []");
        fixture.given(signed())
                .when(new RecordAgendaItem(MEETING, "i-other", NEWS, "Thời sự", 10, null, null, null))
                .expectExceptionMessage("meeting.minutes-already-signed []");
    }

    @Test
    void aThematicMeetingRecordsItsThemeAndItsLeadReport() {
        fixture.given(thematicInSession())
                .when(new RecordAgendaItem(MEETING, "i-theme", THEME, "Chuyên đề về kinh tế tập thể", 60, null,
                        "cd-2026-q1", null))
                .expectEvents(new AgendaItemRecorded(MEETING, CELL, "i-theme", THEME, "Chuyên đề về kinh tế tập thể",
                        60, List.of(), "cd-2026-q1", null));
        fixture.given(thematicInSession())
                .when(leadReport("cd-2026-q1", MEMBER_A))
                .expectEvents(new AgendaItemRecorded(MEETING, CELL, "i-lead", LEAD_REPORT, "Báo cáo đề dẫn", 30,
                        List.of(), "cd-2026-q1", MEMBER_A));
    }

    @Test
    void theLeadReportNamesItsAuthorAndTheSessionsTheme() {
        fixture.given(thematicInSession())
                .when(leadReport(null, MEMBER_A))
                .expectExceptionMessage("meeting.theme-required [LEAD_REPORT]");
        fixture.given(thematicInSession())
                .when(leadReport("cd-2026-q1", null))
                .expectExceptionMessage("meeting.lead-report-author-required []");
        fixture.given(thematicInSession())
                .when(leadReport("cd-2026-q1", "dv-khac"))
                .expectExceptionMessage("meeting.lead-report-author-not-in-cell [dv-khac]");
        List<Object> themed = thematicInSession();
        themed.add(new AgendaItemRecorded(MEETING, CELL, "i-theme", THEME, "Chuyên đề", 60, List.of(), "cd-2026-q1", null));
        fixture.given(themed)
                .when(leadReport("cd-2026-q2", MEMBER_A))
                .expectExceptionMessage("meeting.theme-mismatch [cd-2026-q2, cd-2026-q1]");
    }

    @Test
    void aPresentMemberSpeaksOnARecordedItem() {
        List<Object> withNews = inSession();
        withNews.add(news());
        fixture.given(withNews)
                .when(new RecordSpeech(MEETING, PROBATIONARY_MEMBER, "i-news", " Đề nghị tăng cường tuyên truyền "))
                .expectEvents(new SpeechGiven(MEETING, CELL, PROBATIONARY_MEMBER, "i-news", NEWS,
                        "Đề nghị tăng cường tuyên truyền"));
        fixture.given(withNews)
                .when(new RecordSpeech(MEETING, SUPERIOR, "i-news", "Chỉ đạo của Đảng ủy xã"))
                .expectEvents(new SpeechGiven(MEETING, CELL, SUPERIOR, "i-news", NEWS, "Chỉ đạo của Đảng ủy xã"));
    }

    @Test
    void anAbsentMemberOrAStrangerDidNotSpeak() {
        List<Object> withNews = inSession();
        withNews.add(news());
        fixture.given(withNews)
                .when(new RecordSpeech(MEETING, MEMBER_B, "i-news", "Ý kiến"))
                .expectExceptionMessage("meeting.speaker-absent [dv-b, ABSENT_WITHOUT_REASON]");
        fixture.given(withNews)
                .when(new RecordSpeech(MEETING, "dv-khac", "i-news", "Ý kiến"))
                .expectExceptionMessage("meeting.speaker-not-attending [dv-khac]");
        fixture.given(withNews)
                .when(new RecordSpeech(MEETING, MEMBER_A, "i-chua-co", "Ý kiến"))
                .expectExceptionMessage("meeting.item-unknown [i-chua-co]");
    }

    private static RecordAgendaItem review(String itemId, List<TaskReview> reviews) {
        return new RecordAgendaItem(MEETING, itemId, PREVIOUS_RESOLUTION_REVIEW, "Kiểm điểm nghị quyết tháng 2", 20,
                reviews, null, null);
    }

    private static RecordAgendaItem leadReport(String themeId, String author) {
        return new RecordAgendaItem(MEETING, "i-lead", LEAD_REPORT, "Báo cáo đề dẫn", 30, null, themeId, author);
    }

    private static List<Object> thematicInSession() {
        List<Object> events = new ArrayList<>(List.of(scheduled(THEMATIC), approved(false), noticed(), opened(THEMATIC)));
        events.addAll(standardAttendance());
        events.add(new AgendaAdopted(MEETING, CELL, List.of(THEME, LEAD_REPORT)));
        return events;
    }
}
