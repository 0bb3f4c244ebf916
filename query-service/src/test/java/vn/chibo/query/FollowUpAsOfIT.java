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
import vn.chibo.events.meeting.AttendanceStatus;
import vn.chibo.events.meeting.MeetingContract.AttendanceRecorded;
import vn.chibo.events.meeting.MeetingContract.MeetingHeld;
import vn.chibo.events.meeting.MeetingContract.MeetingScheduled;
import vn.chibo.events.meeting.MeetingContract.QualityRatingVoted;
import vn.chibo.events.meeting.MeetingContract.VoteResult;
import vn.chibo.events.meeting.MeetingKind;
import vn.chibo.events.meeting.QualityLevel;
import vn.chibo.events.organisation.CellType;
import vn.chibo.events.organisation.OrganisationContract.OrganisationCreated;
import vn.chibo.events.organisation.OrganisationKind;
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
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Petitions, plans and indicator counts as of a past day, against a March 2026 worked out by hand. Province
 * u-P → commune u-C → cell u-c (2020). Day n is 2026-03-0n, the day each event is recorded:
 * <pre>
 * day 2  plan u-p submitted (1st, themes A); meeting u-m1 held (regular, 100 min, 2 present, 1 absent
 *        without reason, rated good); petition u-k raised at it
 * day 3  u-k forwarded to the commune
 * day 4  u-p returned
 * day 5  u-k answered by the commune; meeting u-m2 held (thematic, 60 min, 1 present, rated average)
 * day 6  u-p submitted again (2nd, themes B) and approved
 * </pre>
 * Each day is published once the previous one has arrived, as it would have been.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=" + QueryServiceApplication.CONFIG_NAME)
@ContextConfiguration(initializers = FreshInfrastructure.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FollowUpAsOfIT {

    private static final LocalDate FOUNDED = LocalDate.of(2020, 1, 1);
    private static final List<String> THEMES_A = List.of("Học tập và làm theo tư tưởng Hồ Chí Minh",
            "Xây dựng nông thôn mới", "Du lịch cộng đồng", "Công tác phát triển đảng viên");
    private static final List<String> THEMES_B = List.of("Học tập và làm theo tư tưởng Hồ Chí Minh",
            "Xây dựng nông thôn mới", "Phát triển kinh tế hộ", "Công tác phát triển đảng viên");
    private static final String COMMENT = "Chủ đề quý III chưa sát thực tế";
    private static final String ANSWER = "Xã đã bố trí kinh phí sửa cầu tràn";
    private static final VoteResult UNANIMOUS = new VoteResult(2, 0, 0, List.of(), 2, 3, true);

    /** The March counts that change, before anything, after day 2 and after day 5 (the others stay 0). */
    private static final Map<String, List<Long>> MARCH = Map.ofEntries(
            Map.entry("MEETINGS_HELD", List.of(0L, 1L, 2L)),
            Map.entry("REGULAR_MEETINGS_HELD", List.of(0L, 1L, 1L)),
            Map.entry("THEMATIC_MEETINGS_HELD", List.of(0L, 0L, 1L)),
            Map.entry("CELLS_MET", List.of(0L, 1L, 1L)),
            Map.entry("MEETINGS_AT_MINIMUM_LENGTH", List.of(0L, 1L, 1L)),
            Map.entry("MEMBERS_EXPECTED", List.of(0L, 3L, 4L)),
            Map.entry("MEMBERS_PRESENT", List.of(0L, 2L, 3L)),
            Map.entry("ABSENT_WITHOUT_REASON", List.of(0L, 1L, 1L)),
            Map.entry("RATED_GOOD", List.of(0L, 1L, 1L)),
            Map.entry("RATED_AVERAGE", List.of(0L, 0L, 1L)),
            Map.entry("PETITIONS_RAISED", List.of(0L, 1L, 1L)),
            Map.entry("PETITIONS_ANSWERED", List.of(0L, 0L, 1L)));

    @Autowired
    TestRestTemplate http;
    @Autowired
    ApplicationContext context;

    @BeforeAll
    void publishMarch() {
        try (var events = TopicWriter.of(context)) {
            events.on(LocalDate.of(2026, 2, 1));
            organisation(events, "u-P", null, "Tỉnh ủy Cao Bằng", OrganisationKind.COMMITTEE);
            organisation(events, "u-C", "u-P", "Đảng ủy xã Hòa An", OrganisationKind.COMMITTEE);
            organisation(events, "u-c", "u-C", "Chi bộ thôn Bản Giới", OrganisationKind.CELL);
            arrived(() -> assertThat(json("/api/organisations/u-c").path("organisationId").asText()).isEqualTo("u-c"));

            events.on(day(2));
            events.publish("u-p", new PlanSubmitted("u-p", "u-c", "u-C", 2026, 1, themes(THEMES_A), day(2)));
            meeting(events, "u-m1", MeetingKind.REGULAR, day(2).atTime(8, 0), 100, QualityLevel.GOOD,
                    AttendanceStatus.PRESENT, AttendanceStatus.PRESENT, AttendanceStatus.ABSENT_WITHOUT_REASON);
            events.publish("u-k", new PetitionRaised("u-k", "u-m1", "u-c", "Đề nghị sửa cầu tràn đầu thôn", "u-c1",
                    day(2)));
            arrived(() -> assertThat(march("u-C", "")).containsAllEntriesOf(counts(1)));

            events.on(day(3));
            events.publish("u-k", new PetitionForwarded("u-k", "u-c", "u-C", day(3)));
            arrived(() -> assertThat(json("/api/petitions/u-k").path("status").asText()).isEqualTo("FORWARDED"));

            events.on(day(4));
            events.publish("u-p", new PlanReturned("u-p", 1, "u-C", COMMENT, day(4)));
            arrived(() -> assertThat(plan("").path("status").asText()).isEqualTo("RETURNED"));

            events.on(day(5));
            events.publish("u-k", new PetitionAnswered("u-k", "u-C", "u-C", ANSWER, day(5)));
            meeting(events, "u-m2", MeetingKind.THEMATIC, day(5).atTime(14, 0), 60, QualityLevel.AVERAGE,
                    AttendanceStatus.PRESENT);
            arrived(() -> assertThat(march("u-C", "")).containsAllEntriesOf(counts(2)));

            events.on(day(6));
            events.publish("u-p", new PlanSubmitted("u-p", "u-c", "u-C", 2026, 2, themes(THEMES_B), day(6)));
            events.publish("u-p", new PlanApproved("u-p", 2, "u-C", null, day(6)));
            arrived(() -> assertThat(plan("").path("status").asText()).isEqualTo("APPROVED"));
        }
    }

    // --- petitions ---

    @Test
    void aPetitionIsUnknownBeforeItWasRaised() {
        assertThat(http.getForEntity("/api/petitions/u-k?asOf=2026-03-01", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(json("/api/organisations/u-C/petitions?asOf=2026-03-01").path("total").asLong()).isZero();
        JsonNode raised = json("/api/petitions/u-k?asOf=2026-03-02");
        assertThat(raised.path("status").asText()).isEqualTo("RAISED");
        assertThat(raised.path("holderId").asText()).isEqualTo("u-c");
        assertThat(raised.path("path").findValuesAsText("kind")).containsExactly("RAISED");
    }

    @Test
    void aForwardedPetitionIsHeldByTheCommuneUntilAnswered() {
        JsonNode forwarded = json("/api/petitions/u-k?asOf=2026-03-03");
        assertThat(forwarded.path("status").asText()).isEqualTo("FORWARDED");
        assertThat(forwarded.path("holderId").asText()).isEqualTo("u-C");
        assertThat(forwarded.path("holderName").asText()).isEqualTo("Đảng ủy xã Hòa An");
        assertThat(forwarded.path("answer").isNull()).isTrue();
        assertThat(forwarded.path("path").findValuesAsText("kind")).containsExactly("RAISED", "FORWARDED");
        assertThat(forwarded.path("path").get(1).path("on").asText()).isEqualTo("2026-03-03");
        assertThat(petitions("u-C", "&held=true&asOf=2026-03-03")).containsExactly("u-k FORWARDED");
        assertThat(petitions("u-c", "&held=true&asOf=2026-03-03")).isEmpty();
        assertThat(petitions("u-c", "&held=true&asOf=2026-03-02")).containsExactly("u-k RAISED");
        assertThat(petitions("u-P", "&status=ANSWERED&asOf=2026-03-04")).isEmpty();
    }

    @Test
    void anAnsweredPetitionShowsItsAnswerFromThatDay() {
        for (String asOf : List.of("?asOf=2026-03-05", "?asOf=2026-03-07", "")) {
            JsonNode answered = json("/api/petitions/u-k" + asOf);
            assertThat(answered.path("status").asText()).as(asOf).isEqualTo("ANSWERED");
            assertThat(answered.path("holderId").asText()).as(asOf).isEqualTo("u-C");
            assertThat(answered.path("answer").asText()).as(asOf).isEqualTo(ANSWER);
            assertThat(answered.path("answeredOn").asText()).as(asOf).isEqualTo("2026-03-05");
            assertThat(answered.path("path").findValuesAsText("kind")).as(asOf)
                    .containsExactly("RAISED", "FORWARDED", "ANSWERED");
            assertThat(petitions("u-P", "&status=ANSWERED" + asOf.replace('?', '&'))).as(asOf)
                    .containsExactly("u-k ANSWERED");
        }
    }

    // --- plans ---

    @Test
    void aPlanIsListedFromTheDayItWasSubmitted() {
        assertThat(json("/api/organisations/u-C/plans?asOf=2026-03-01").path("total").asLong()).isZero();
        JsonNode submitted = plan("&asOf=2026-03-03");
        assertThat(submitted.path("status").asText()).isEqualTo("SUBMITTED");
        assertThat(submitted.path("submission").asInt()).isEqualTo(1);
        assertThat(submitted.path("submittedOn").asText()).isEqualTo("2026-03-02");
        assertThat(submitted.path("decidedOn").isNull()).isTrue();
        assertThat(submitted.path("approvedSubmission").isNull()).isTrue();
        assertThat(submitted.path("themes").findValuesAsText("title")).containsExactlyElementsOf(THEMES_A);
        assertThat(submitted.path("approvedThemes")).isEmpty();
    }

    @Test
    void aReturnedPlanKeepsItsFirstThemesUntilSubmittedAgain() {
        JsonNode returned = plan("&asOf=2026-03-05");
        assertThat(returned.path("status").asText()).isEqualTo("RETURNED");
        assertThat(returned.path("submission").asInt()).isEqualTo(1);
        assertThat(returned.path("decidedBy").asText()).isEqualTo("u-C");
        assertThat(returned.path("decisionComment").asText()).isEqualTo(COMMENT);
        assertThat(returned.path("decidedOn").asText()).isEqualTo("2026-03-04");
        assertThat(returned.path("themes").findValuesAsText("title")).containsExactlyElementsOf(THEMES_A);
        assertThat(json("/api/organisations/u-P/plans?status=RETURNED&asOf=2026-03-05").path("total").asLong())
                .isEqualTo(1);
        assertThat(json("/api/organisations/u-P/plans?status=RETURNED").path("total").asLong()).isZero();
    }

    @Test
    void theApprovedSecondSubmissionStandsFromItsDay() {
        for (String asOf : List.of("&asOf=2026-03-07", "")) {
            JsonNode approved = plan(asOf);
            assertThat(approved.path("status").asText()).as(asOf).isEqualTo("APPROVED");
            assertThat(approved.path("submission").asInt()).as(asOf).isEqualTo(2);
            assertThat(approved.path("approvedSubmission").asInt()).as(asOf).isEqualTo(2);
            assertThat(approved.path("submittedOn").asText()).as(asOf).isEqualTo("2026-03-06");
            assertThat(approved.path("decidedOn").asText()).as(asOf).isEqualTo("2026-03-06");
            assertThat(approved.path("decisionComment").isNull()).as(asOf).isTrue();
            assertThat(approved.path("themes").findValuesAsText("title")).as(asOf).containsExactlyElementsOf(THEMES_B);
            assertThat(approved.path("approvedThemes").findValuesAsText("title")).as(asOf)
                    .containsExactlyElementsOf(THEMES_B);
        }
    }

    // --- indicators ---

    @Test
    void theMonthsCountsAreThoseRecordedByTheDay() {
        for (String unit : List.of("u-c", "u-C", "u-P")) {
            assertThat(march(unit, "&asOf=2026-03-01")).as(unit + " day 1").containsAllEntriesOf(counts(0));
            assertThat(march(unit, "&asOf=2026-03-03")).as(unit + " day 3").containsAllEntriesOf(counts(1));
            assertThat(march(unit, "&asOf=2026-03-04")).as(unit + " day 4").containsAllEntriesOf(counts(1));
            assertThat(march(unit, "&asOf=2026-03-05")).as(unit + " day 5").containsAllEntriesOf(counts(2));
            assertThat(march(unit, "&asOf=2026-03-07")).as(unit + " day 7").containsAllEntriesOf(counts(2));
            assertThat(march(unit, "")).as(unit + " now").containsAllEntriesOf(counts(2));
            assertThat(march(unit, "&asOf=2026-03-03&tree=current")).as(unit + " day 3, today's tree")
                    .containsAllEntriesOf(counts(1));
        }
        assertThat(json("/api/organisations/u-C/indicators?period=2026-03&asOf=2026-03-01").path("cells").asLong())
                .as("the tree is today's").isEqualTo(1);
    }

    @Test
    void theUnitsBelowCarryTheCountsOfTheDay() {
        JsonNode day3 = json("/api/organisations/u-C/children/indicators?period=2026-03&asOf=2026-03-03");
        assertThat(day3.findValuesAsText("organisationId")).containsExactly("u-c");
        assertThat(day3.get(0).path("counts").path("MEETINGS_HELD").asLong()).isEqualTo(1);
        assertThat(json("/api/organisations/u-P/children/indicators?period=2026-Q1&asOf=2026-03-05").get(0)
                .path("counts").path("MEETINGS_HELD").asLong()).isEqualTo(2);
        assertThat(json("/api/organisations/u-P/children/indicators?period=2026-03&tree=current&asOf=2026-03-01")
                .get(0).path("counts").path("MEETINGS_HELD").asLong()).isZero();
    }

    /** March is rated good by day 2, average (its lowest rating) from day 5; 1 month rated of 12 is poor. */
    @Test
    void theYearsClassificationTakesTheRatingsRecordedByTheDay() {
        assertThat(quality("?year=2026&asOf=2026-03-01")).isEqualTo("0 good 0 average 12 not rated POOR");
        assertThat(quality("?year=2026&asOf=2026-03-03")).isEqualTo("1 good 0 average 11 not rated POOR");
        assertThat(quality("?year=2026&asOf=2026-03-05")).isEqualTo("0 good 1 average 11 not rated POOR");
        assertThat(quality("?year=2026")).isEqualTo("0 good 1 average 11 not rated POOR");
    }

    @Test
    void aMalformedDayIsABadRequestProblem() {
        for (String path : List.of("/api/organisations/u-C/petitions?asOf=2026-03-32", "/api/petitions/u-k?asOf=3/5/2026",
                "/api/organisations/u-C/plans?asOf=2026-02-30", "/api/organisations/u-C/indicators?period=2026-03&asOf=x",
                "/api/organisations/u-C/children/indicators?period=2026-03&asOf=2026-3-5",
                "/api/organisations/u-C/quality-classification?year=2026&asOf=2026-13-01")) {
            var answer = http.getForEntity(path, String.class);
            assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(answer.getHeaders().getContentType()).as(path).hasToString("application/problem+json");
            assertThat(answer.getBody()).as(path).contains("\"code\":\"invalid-parameter\"", "asOf");
        }
    }

    // --- the fixture ---

    private static LocalDate day(int n) {
        return LocalDate.of(2026, 3, n);
    }

    private static void organisation(TopicWriter events, String id, String parent, String name, OrganisationKind kind) {
        events.publish(id, new OrganisationCreated(id, name, kind, kind == OrganisationKind.CELL ? "Chi bộ" : "Cấp ủy",
                kind == OrganisationKind.CELL ? CellType.VILLAGE : null, parent, FOUNDED));
    }

    /** A meeting recorded as held, with the attendance of members u-c1, u-c2, … and its rating. */
    private static void meeting(TopicWriter events, String id, MeetingKind kind, LocalDateTime start, int minutes,
                                QualityLevel rating, AttendanceStatus... attendance) {
        events.publish(id, new MeetingScheduled(id, "u-c", kind, start, "Nhà văn hóa thôn Bản Giới"));
        for (int i = 0; i < attendance.length; i++) {
            events.publish(id, new AttendanceRecorded(id, "u-c", kind, start.toLocalDate(), "u-c" + (i + 1),
                    attendance[i], null));
        }
        events.publish(id, new MeetingHeld(id, "u-c", kind, start, start.plusMinutes(minutes)));
        events.publish(id, new QualityRatingVoted(id, "u-c", rating, UNANIMOUS));
    }

    private static List<PlannedTheme> themes(List<String> titles) {
        List<PlannedTheme> themes = new ArrayList<>();
        for (int quarter = 1; quarter <= titles.size(); quarter++) {
            themes.add(new PlannedTheme("u-c-2026-q" + quarter, quarter, titles.get(quarter - 1), null));
        }
        return themes;
    }

    private static void arrived(org.awaitility.core.ThrowingRunnable condition) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(condition);
    }

    /** The March counts expected after {@code stage} of {@link #MARCH} (0: none, 1: day 2, 2: day 5). */
    private static Map<String, Long> counts(int stage) {
        Map<String, Long> expected = new java.util.HashMap<>();
        MARCH.forEach((indicator, values) -> expected.put(indicator, values.get(stage)));
        return expected;
    }

    private Map<String, Long> march(String organisationId, String query) {
        Map<String, Long> counts = new java.util.HashMap<>();
        json("/api/organisations/" + organisationId + "/indicators?period=2026-03" + query).path("counts")
                .fields().forEachRemaining(e -> counts.put(e.getKey(), e.getValue().asLong()));
        return counts;
    }

    /** The one plan of the commune's cells. */
    private JsonNode plan(String query) {
        JsonNode plans = json("/api/organisations/u-C/plans?year=2026" + query);
        assertThat(plans.path("total").asLong()).as(query).isEqualTo(1);
        return plans.path("items").get(0);
    }

    /** "petition status" of each listed petition. */
    private List<String> petitions(String organisationId, String query) {
        List<String> rows = new ArrayList<>();
        json("/api/organisations/" + organisationId + "/petitions?size=50" + query).path("items")
                .forEach(p -> rows.add(p.path("petitionId").asText() + " " + p.path("status").asText()));
        return rows;
    }

    private String quality(String query) {
        JsonNode year = json("/api/organisations/u-C/quality-classification" + query);
        assertThat(year.path("cells").findValuesAsText("cellId")).as(query).containsExactly("u-c");
        JsonNode cell = year.path("cells").get(0);
        return cell.path("monthsGood").asInt() + " good " + cell.path("monthsAverage").asInt() + " average "
                + cell.path("monthsNotRated").asInt() + " not rated " + cell.path("level").asText();
    }

    private JsonNode json(String path) {
        var response = http.getForEntity(path, JsonNode.class);
        assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }
}
