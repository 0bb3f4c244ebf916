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
import vn.chibo.events.absence.AbsenceContract.AbsenceWarningIssued;
import vn.chibo.events.absence.AbsenceContract.UnexcusedAbsenceCounted;
import vn.chibo.events.meeting.MeetingContract.MeetingHeld;
import vn.chibo.events.meeting.MeetingContract.MeetingScheduled;
import vn.chibo.events.meeting.MeetingKind;
import vn.chibo.events.petition.PetitionContract.PetitionAnswered;
import vn.chibo.events.petition.PetitionContract.PetitionForwarded;
import vn.chibo.events.petition.PetitionContract.PetitionRaised;
import vn.chibo.events.plan.PlanContract.PlanApproved;
import vn.chibo.events.plan.PlanContract.PlanReturned;
import vn.chibo.events.plan.PlanContract.PlanSubmitted;
import vn.chibo.events.plan.PlanContract.PlannedTheme;
import vn.chibo.infrastructure.spring.FreshInfrastructure;
import vn.chibo.service.testing.TopicWriter;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Meetings, their counts, petitions, plans, the absence watch and the cell's page as recorded by the end
 * of a past day (V43), against a history worked out by hand. Province g-P → commune g-X → cell g-c with
 * members g-1, g-2. Recorded on 2 April: plan g-pl submitted (1st submission), meeting g-m scheduled for
 * the 5th, petition g-k raised. On the 4th: the plan returned, the petition forwarded to g-X. On the 5th:
 * g-m held, g-2's first unexcused absence. On the 6th: the plan resubmitted and approved, the petition
 * answered, g-2 warned. On the 8th: thematic meeting g-m2 scheduled and held.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=" + QueryServiceApplication.CONFIG_NAME)
@ContextConfiguration(initializers = FreshInfrastructure.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecordsAsOfIT {

    private static final LocalDate FOUNDED = LocalDate.of(2020, 1, 1);
    private static final String POLICY = "toan-quoc-2026.1";

    @Autowired
    TestRestTemplate http;
    @Autowired
    ApplicationContext context;

    @BeforeAll
    void publishTheHistory() {
        try (var events = TopicWriter.of(context)) {
            events.on(FOUNDED);
            TreeFixture.committee(events, "g-P", null, FOUNDED);
            TreeFixture.committee(events, "g-X", "g-P", FOUNDED);
            TreeFixture.cell(events, "g-c", "g-X", FOUNDED);
            TreeFixture.officialMembers(events, "g-c", FOUNDED, "g-1", "g-2");

            events.on(day(2));
            events.publish("g-pl", new PlanSubmitted("g-pl", "g-c", "g-X", 2026, 1, themes("Xây dựng nông thôn mới"),
                    day(2)));
            events.publish("g-m", new MeetingScheduled("g-m", "g-c", MeetingKind.REGULAR, at(5, 19), "Nhà văn hóa"));
            events.publish("g-k", new PetitionRaised("g-k", "g-m0", "g-c", "Đề nghị sửa đường", "g-1", day(2)));

            events.on(day(4));
            events.publish("g-pl", new PlanReturned("g-pl", 1, "g-X", "Chưa sát thực tế", day(4)));
            events.publish("g-k", new PetitionForwarded("g-k", "g-c", "g-X", day(4)));

            events.on(day(5));
            events.publish("g-m", new MeetingHeld("g-m", "g-c", MeetingKind.REGULAR, at(5, 19), at(5, 21)));
            events.publish("g-2:2026", new UnexcusedAbsenceCounted("g-2:2026", "g-2", "g-c", 2026, "g-m", day(5), 1));

            events.on(day(6));
            events.publish("g-pl", new PlanSubmitted("g-pl", "g-c", "g-X", 2026, 2, themes("Phát triển kinh tế hộ"),
                    day(6)));
            events.publish("g-pl", new PlanApproved("g-pl", 2, "g-X", null, day(6)));
            events.publish("g-k", new PetitionAnswered("g-k", "g-X", "g-X", "Xã đã bố trí kinh phí", day(6)));
            events.publish("g-2:2026", new AbsenceWarningIssued("g-2:2026", "g-2", "g-c", 2026, 1, 3, POLICY));

            events.on(day(8));
            events.publish("g-m2", new MeetingScheduled("g-m2", "g-c", MeetingKind.THEMATIC, at(8, 14), "Nhà văn hóa"));
            events.publish("g-m2", new MeetingHeld("g-m2", "g-c", MeetingKind.THEMATIC, at(8, 14), at(8, 16)));
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(json("/api/organisations/g-X/meetings?month=2026-04").path("meetingsHeld").asLong())
                        .isEqualTo(2));
    }

    @Test
    void aMeetingAsItsRecordStood() {
        assertThat(http.getForEntity("/api/meetings/g-m?asOf=2026-04-01", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(json("/api/meetings/g-m?asOf=2026-04-04").path("stage").asText()).isEqualTo("SCHEDULED");
        assertThat(json("/api/meetings/g-m?asOf=2026-04-05").path("stage").asText()).isEqualTo("HELD");
        assertThat(calendar("&asOf=2026-04-04")).containsExactly("g-m SCHEDULED");
        assertThat(calendar("&asOf=2026-04-07")).containsExactly("g-m HELD");
        assertThat(calendar("")).containsExactly("g-m HELD", "g-m2 HELD");
    }

    @Test
    void theMonthsCountsAsTheyStood() {
        assertThat(held("&asOf=2026-04-04")).isZero();
        assertThat(held("&asOf=2026-04-05")).isEqualTo(1);
        assertThat(held("&asOf=2026-04-08")).isEqualTo(2);
        JsonNode fifth = json("/api/organisations/g-P/indicators?period=2026-04&asOf=2026-04-05");
        assertThat(fifth.path("counts").path("MEETINGS_HELD").asLong()).isEqualTo(1);
        JsonNode children = json("/api/organisations/g-X/children/indicators?period=2026-04&asOf=2026-04-07");
        assertThat(children.get(0).path("counts").path("MEETINGS_HELD").asLong()).isEqualTo(1);
    }

    @Test
    void aPetitionOnItsWayUp() {
        JsonNode raised = json("/api/petitions/g-k?asOf=2026-04-03");
        assertThat(raised.path("status").asText()).isEqualTo("RAISED");
        assertThat(raised.path("holderId").asText()).isEqualTo("g-c");
        assertThat(raised.path("path").findValuesAsText("kind")).containsExactly("RAISED");
        JsonNode forwarded = json("/api/petitions/g-k?asOf=2026-04-05");
        assertThat(forwarded.path("status").asText()).isEqualTo("FORWARDED");
        assertThat(forwarded.path("path").findValuesAsText("kind")).containsExactly("RAISED", "FORWARDED");
        assertThat(json("/api/petitions/g-k?asOf=2026-04-06").path("status").asText()).isEqualTo("ANSWERED");
        assertThat(json("/api/organisations/g-X/petitions?held=true&asOf=2026-04-03").path("total").asLong()).isZero();
        assertThat(json("/api/organisations/g-X/petitions?held=true&asOf=2026-04-04").path("total").asLong()).isEqualTo(1);
    }

    @Test
    void aPlanReturnedThenApproved() {
        assertThat(plan("2026-04-03")).isEqualTo("1 SUBMITTED Xây dựng nông thôn mới");
        assertThat(plan("2026-04-05")).isEqualTo("1 RETURNED Xây dựng nông thôn mới");
        assertThat(plan("2026-04-06")).isEqualTo("2 APPROVED Phát triển kinh tế hộ");
        assertThat(json("/api/organisations/g-X/plans?asOf=2026-04-01").path("total").asLong()).isZero();
    }

    @Test
    void theAbsenceWatchFromTheDayOfTheWarning() {
        assertThat(json("/api/organisations/g-X/absence-risks?year=2026&asOf=2026-04-05").path("total").asLong())
                .isZero();
        JsonNode warned = json("/api/organisations/g-X/absence-risks?year=2026&asOf=2026-04-06").path("items");
        assertThat(warned).hasSize(1);
        assertThat(warned.get(0).path("memberId").asText()).isEqualTo("g-2");
    }

    @Test
    void theCellsPageAsOfADay() {
        String page = http.getForObject("/cells/g-c?asOf=2026-04-04", String.class);
        assertThat(page).contains("Cơ cấu và số liệu như đã ghi nhận đến hết ngày 04/04/2026", "Tháng 04/2026",
                "Xây dựng nông thôn mới").doesNotContain("Phát triển kinh tế hộ");
        assertThat(http.getForObject("/cells/g-c?month=2026-04", String.class)).contains("Phát triển kinh tế hộ")
                .doesNotContain("đã ghi nhận đến hết ngày");
    }

    @Test
    void aBadDay() {
        for (String path : List.of("/api/meetings/g-m?asOf=2026-02-30", "/api/petitions/g-k?asOf=x",
                "/api/organisations/g-X/plans?asOf=2026-4-1", "/api/organisations/g-X/indicators?period=2026-04&asOf=1",
                "/api/organisations/g-X/meetings/calendar?month=2026-04&asOf=2026-04-31")) {
            var answer = http.getForEntity(path, String.class);
            assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(answer.getBody()).as(path).contains("\"code\":\"invalid-parameter\"", "asOf");
        }
    }

    private static LocalDate day(int dayOfApril) {
        return LocalDate.of(2026, 4, dayOfApril);
    }

    private static LocalDateTime at(int dayOfApril, int hour) {
        return day(dayOfApril).atTime(hour, 0);
    }

    private static List<PlannedTheme> themes(String title) {
        return List.of(new PlannedTheme("g-theme-q2", 2, title, null));
    }

    private List<String> calendar(String query) {
        List<String> rows = new ArrayList<>();
        json("/api/organisations/g-X/meetings/calendar?month=2026-04" + query).path("items")
                .forEach(entry -> rows.add(entry.path("meetingId").asText() + " " + entry.path("stage").asText()));
        return rows;
    }

    private long held(String query) {
        return json("/api/organisations/g-X/meetings?month=2026-04" + query).path("meetingsHeld").asLong();
    }

    /** "submission status theme" of the cell's plan as of the day. */
    private String plan(String day) {
        JsonNode plan = json("/api/organisations/g-X/plans?asOf=" + day).path("items").get(0);
        return plan.path("submission").asInt() + " " + plan.path("status").asText() + " "
                + plan.path("themes").get(0).path("title").asText();
    }

    private JsonNode json(String path) {
        return Figures.json(http, path);
    }
}
