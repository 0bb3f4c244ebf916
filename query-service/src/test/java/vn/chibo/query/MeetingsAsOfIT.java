package vn.chibo.query;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ContextConfiguration;
import vn.chibo.events.absence.AbsenceContract.AbsenceThresholdReached;
import vn.chibo.events.absence.AbsenceContract.AbsenceWarningIssued;
import vn.chibo.events.absence.AbsenceContract.UnexcusedAbsenceCounted;
import vn.chibo.events.meeting.AttendanceStatus;
import vn.chibo.events.meeting.MeetingContract.AttendanceRecorded;
import vn.chibo.events.meeting.MeetingContract.MeetingClosed;
import vn.chibo.events.meeting.MeetingContract.MeetingHeld;
import vn.chibo.events.meeting.MeetingContract.MeetingOpened;
import vn.chibo.events.meeting.MeetingContract.MeetingScheduled;
import vn.chibo.events.meeting.MeetingContract.MinutesSigned;
import vn.chibo.events.meeting.MeetingContract.RosterMember;
import vn.chibo.events.meeting.MeetingKind;
import vn.chibo.events.member.CellRole;
import vn.chibo.events.member.MemberContract.MemberRegistered;
import vn.chibo.events.member.MembershipStatus;
import vn.chibo.events.organisation.CellType;
import vn.chibo.events.organisation.OrganisationContract.OrganisationCreated;
import vn.chibo.events.organisation.OrganisationKind;
import vn.chibo.infrastructure.spring.FreshInfrastructure;
import vn.chibo.service.testing.TopicWriter;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The meeting and absence views as of a past day, against a history worked out by hand. Committee m-D with
 * cell m-x (2020) and its members m-1 (secretary), m-2, m-3. The days are those the events were recorded:
 * <ul>
 * <li>1 Mar 2026: meeting m-mt scheduled for 3 Mar;</li>
 * <li>3 Mar: m-mt opened with the three on its roster, m-1 and m-2 present, m-3 absent without reason;
 * recorded as held; m-3's first month of absence counted;</li>
 * <li>5 Mar: m-2's attendance corrected (absent with reason), the minutes signed, m-mt closed; meeting
 * m-mt2 recorded as held after the fact; a February absence of m-3 recorded late: two months, warned;</li>
 * <li>7 Mar: a January absence of m-3 recorded late: three months, the threshold reached.</li>
 * </ul>
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=" + QueryServiceApplication.CONFIG_NAME)
@ContextConfiguration(initializers = FreshInfrastructure.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeetingsAsOfIT {

    private static final LocalDate FOUNDED = LocalDate.of(2020, 1, 1);
    private static final String POLICY = "toan-quoc-2026.1";
    private static final String MEETING = "m-mt";
    private static final String ABSENCE = "m-3:2026";
    private static final LocalDateTime OPENED = LocalDateTime.of(2026, 3, 3, 7, 35);

    @Autowired
    TestRestTemplate http;
    @Autowired
    ApplicationContext context;

    @BeforeAll
    void publishTheFixture() {
        try (var events = TopicWriter.of(context)) {
            tree(events);
            // the meetings only once the cell is known: a parked event would be recorded on the day of its release
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                    assertThat(json("/api/organisations/m-D/members?size=50").path("total").asLong()).isEqualTo(3));
            firstDay(events.on(LocalDate.of(2026, 3, 1)));
            thirdDay(events.on(LocalDate.of(2026, 3, 3)));
            fifthDay(events.on(LocalDate.of(2026, 3, 5)));
            seventhDay(events.on(LocalDate.of(2026, 3, 7)));
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(risks("")).containsExactly("m-3 3 warned threshold");
            assertThat(calendar("")).containsExactly("m-mt CLOSED", "m-mt2 HELD");
            assertThat(attendance(json("/api/meetings/" + MEETING))).contains("m-2 ABSENT_WITH_REASON");
        });
    }

    @Test
    void notThereBeforeItWasScheduled() {
        assertThat(http.getForEntity("/api/meetings/m-mt?asOf=2026-02-28", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(calendar("&asOf=2026-02-28")).isEmpty();
    }

    @Test
    void scheduledOnly() {
        JsonNode meeting = json("/api/meetings/m-mt?asOf=2026-03-02");
        assertThat(meeting.path("stage").asText()).isEqualTo("SCHEDULED");
        assertThat(meeting.path("opening").isNull()).isTrue();
        assertThat(meeting.path("attendance")).isEmpty();
        assertThat(calendar("&asOf=2026-03-02")).containsExactly("m-mt SCHEDULED");
        assertThat(history("m-2", "&asOf=2026-03-02")).isEmpty();
    }

    @Test
    void heldWithTheAttendanceFirstRecorded() {
        JsonNode meeting = json("/api/meetings/m-mt?asOf=2026-03-04");
        assertThat(meeting.path("stage").asText()).isEqualTo("HELD");
        assertThat(meeting.path("opening").path("chairMemberId").asText()).isEqualTo("m-1");
        assertThat(meeting.path("minutes").isNull()).isTrue();
        assertThat(attendance(meeting)).containsExactly("m-1 PRESENT", "m-2 PRESENT", "m-3 ABSENT_WITHOUT_REASON");
        assertThat(calendar("&asOf=2026-03-04")).containsExactly("m-mt HELD");
        assertThat(history("m-2", "&asOf=2026-03-04")).containsExactly("m-mt HELD PRESENT");
        assertThat(history("m-3", "&asOf=2026-03-04")).containsExactly("m-mt HELD ABSENT_WITHOUT_REASON");
        // one month of absence, not yet warned: nobody at risk
        assertThat(risks("&asOf=2026-03-04")).isEmpty();
    }

    @Test
    void correctedSignedAndClosed() {
        for (String asOf : List.of("&asOf=2026-03-06", "")) {
            JsonNode meeting = json("/api/meetings/m-mt?" + asOf);
            assertThat(meeting.path("stage").asText()).as(asOf).isEqualTo("CLOSED");
            assertThat(meeting.path("minutes").path("readBackAt").asText()).as(asOf).isEqualTo("2026-03-03T09:20:00");
            assertThat(attendance(meeting)).as(asOf)
                    .containsExactly("m-1 PRESENT", "m-2 ABSENT_WITH_REASON", "m-3 ABSENT_WITHOUT_REASON");
            assertThat(calendar(asOf)).as(asOf).containsExactly("m-mt CLOSED", "m-mt2 HELD");
            assertThat(history("m-2", asOf)).as(asOf).containsExactly("m-mt CLOSED ABSENT_WITH_REASON");
        }
        assertThat(json("/api/meetings/m-mt?asOf=2026-03-06").path("attendance").get(1).path("reason").asText())
                .isEqualTo("Ốm");
    }

    @Test
    void theAbsenceRecordGrows() {
        assertThat(risks("&asOf=2026-03-02")).isEmpty();
        assertThat(risks("&asOf=2026-03-06")).containsExactly("m-3 2 warned -");
        assertThat(risks("")).containsExactly("m-3 3 warned threshold");
        assertThat(risks("&asOf=2026-03-07")).containsExactly("m-3 3 warned threshold");
    }

    @Test
    void aDayThatIsNoDay() {
        for (String path : List.of("/api/organisations/m-D/meetings/calendar?month=2026-03&asOf=2026-02-30",
                "/api/meetings/m-mt?asOf=2026-02-30", "/api/members/m-2/attendance?year=2026&asOf=2026-02-30",
                "/api/organisations/m-D/absence-risks?year=2026&asOf=2026-02-30")) {
            var answer = http.getForEntity(path, String.class);
            assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(answer.getHeaders().getContentType()).as(path).hasToString("application/problem+json");
            assertThat(answer.getBody()).as(path).contains("\"code\":\"invalid-parameter\"", "asOf");
        }
    }

    private static void tree(TopicWriter events) {
        events.publish("m-D", new OrganisationCreated("m-D", "Đảng ủy m-D", OrganisationKind.COMMITTEE, "Cấp ủy",
                null, null, FOUNDED));
        events.publish("m-x", new OrganisationCreated("m-x", "Chi bộ thôn m-x", OrganisationKind.CELL, "Chi bộ",
                CellType.VILLAGE, "m-D", FOUNDED));
        for (String member : List.of("m-1", "m-2", "m-3")) {
            events.publish(member, new MemberRegistered(member, "m-x", "Đảng viên " + member, MembershipStatus.OFFICIAL,
                    FOUNDED));
        }
    }

    private static void firstDay(TopicWriter events) {
        events.publish(MEETING, new MeetingScheduled(MEETING, "m-x", MeetingKind.REGULAR,
                LocalDateTime.of(2026, 3, 3, 7, 30), "Nhà văn hóa thôn"));
    }

    private static void thirdDay(TopicWriter events) {
        events.publish(MEETING, new MeetingOpened(MEETING, "m-x", MeetingKind.REGULAR, OPENED, "m-1", "m-2",
                "Sinh hoạt thường kỳ tháng 3", List.of(), List.of(), List.of(
                new RosterMember("m-1", MembershipStatus.OFFICIAL, CellRole.SECRETARY, false),
                new RosterMember("m-2", MembershipStatus.OFFICIAL, CellRole.MEMBER, false),
                new RosterMember("m-3", MembershipStatus.OFFICIAL, CellRole.MEMBER, false))));
        attendance(events, "m-1", AttendanceStatus.PRESENT, null);
        attendance(events, "m-2", AttendanceStatus.PRESENT, null);
        attendance(events, "m-3", AttendanceStatus.ABSENT_WITHOUT_REASON, null);
        events.publish(MEETING, new MeetingHeld(MEETING, "m-x", MeetingKind.REGULAR, OPENED, OPENED.plusMinutes(110)));
        events.publish(ABSENCE, new UnexcusedAbsenceCounted(ABSENCE, "m-3", "m-x", 2026, MEETING,
                OPENED.toLocalDate(), 1));
    }

    private static void fifthDay(TopicWriter events) {
        attendance(events, "m-2", AttendanceStatus.ABSENT_WITH_REASON, "Ốm");
        events.publish(MEETING, new MinutesSigned(MEETING, "m-x", LocalDateTime.of(2026, 3, 3, 9, 20), "m-1", "m-2"));
        events.publish(MEETING, new MeetingClosed(MEETING, "m-x", MeetingKind.REGULAR, OPENED, OPENED.plusMinutes(110),
                110, 90, false, false, POLICY));
        LocalDateTime thematic = LocalDateTime.of(2026, 3, 5, 14, 0);
        events.publish("m-mt2", new MeetingScheduled("m-mt2", "m-x", MeetingKind.THEMATIC, thematic, "Nhà văn hóa thôn"));
        events.publish("m-mt2", new MeetingHeld("m-mt2", "m-x", MeetingKind.THEMATIC, thematic, thematic.plusMinutes(95)));
        events.publish(ABSENCE, new UnexcusedAbsenceCounted(ABSENCE, "m-3", "m-x", 2026, "m-feb",
                LocalDate.of(2026, 2, 24), 2));
        events.publish(ABSENCE, new AbsenceWarningIssued(ABSENCE, "m-3", "m-x", 2026, 2, 3, POLICY));
    }

    private static void seventhDay(TopicWriter events) {
        events.publish(ABSENCE, new UnexcusedAbsenceCounted(ABSENCE, "m-3", "m-x", 2026, "m-jan",
                LocalDate.of(2026, 1, 27), 3));
        events.publish(ABSENCE, new AbsenceThresholdReached(ABSENCE, "m-3", "m-x", 2026, 3, 3, POLICY));
    }

    private static void attendance(TopicWriter events, String member, AttendanceStatus status, String reason) {
        events.publish(MEETING, new AttendanceRecorded(MEETING, "m-x", MeetingKind.REGULAR, OPENED.toLocalDate(),
                member, status, reason));
    }

    /** "meeting stage" of each meeting of the committee's March calendar. */
    private List<String> calendar(String asOf) {
        return rows("/api/organisations/m-D/meetings/calendar?month=2026-03" + asOf,
                e -> e.path("meetingId").asText() + " " + e.path("stage").asText());
    }

    /** "meeting stage attendance" of each of the member's meetings of 2026. */
    private List<String> history(String member, String asOf) {
        return rows("/api/members/" + member + "/attendance?year=2026" + asOf, e -> e.path("meetingId").asText() + " "
                + e.path("stage").asText() + " " + e.path("attendance").asText());
    }

    /** "member months warned threshold" of each member at risk in 2026 below the committee. */
    private List<String> risks(String asOf) {
        return rows("/api/organisations/m-D/absence-risks?year=2026" + asOf, r -> r.path("memberId").asText() + " "
                + r.path("monthsWithAbsence").asInt() + " " + (r.path("warningIssued").asBoolean() ? "warned" : "-")
                + " " + (r.path("thresholdReached").asBoolean() ? "threshold" : "-"));
    }

    /** "member attendance" of each line of the meeting's attendance list. */
    private static List<String> attendance(JsonNode meeting) {
        List<String> rows = new ArrayList<>();
        meeting.path("attendance").forEach(a -> rows.add(a.path("memberId").asText() + " " + a.path("attendance").asText()));
        return rows;
    }

    private List<String> rows(String path, Function<JsonNode, String> row) {
        var response = http.getForEntity(path, JsonNode.class);
        assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        List<String> rows = new ArrayList<>();
        response.getBody().path("items").forEach(item -> rows.add(row.apply(item)));
        return rows;
    }

    private JsonNode json(String path) {
        return Figures.json(http, path);
    }
}
