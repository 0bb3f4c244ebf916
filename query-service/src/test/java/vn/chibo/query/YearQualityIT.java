package vn.chibo.query;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ContextConfiguration;
import vn.chibo.events.meeting.MeetingContract.MeetingHeld;
import vn.chibo.events.meeting.MeetingContract.MeetingScheduled;
import vn.chibo.events.meeting.MeetingContract.QualityRatingVoted;
import vn.chibo.events.meeting.MeetingContract.VoteResult;
import vn.chibo.events.meeting.MeetingKind;
import vn.chibo.events.meeting.QualityLevel;
import vn.chibo.events.organisation.CellType;
import vn.chibo.events.organisation.OrganisationContract.OrganisationCreated;
import vn.chibo.events.organisation.OrganisationKind;
import vn.chibo.events.policy.Policies;
import vn.chibo.events.policy.PolicyContract.PolicyVersionAdopted;
import vn.chibo.events.policy.PolicyContract.Thresholds;
import vn.chibo.events.policy.PolicyContract.YearBand;
import vn.chibo.events.policy.PolicyContract.YearQualityRules;
import vn.chibo.infrastructure.spring.FreshInfrastructure;
import vn.chibo.service.testing.TopicWriter;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.chibo.events.meeting.QualityLevel.AVERAGE;
import static vn.chibo.events.meeting.QualityLevel.FAIR;
import static vn.chibo.events.meeting.QualityLevel.GOOD;

/**
 * Each cell's 2026 classified from its months' ratings, by hand (default bands: good = 7 months good and
 * none below fair; fair = 7 at least fair and none poor; average = 7 at least average). Tree y-P → y-A
 * (cells y-a1…y-a5) and y-B (cell y-b1), founded 2020 except y-a3 (1 July 2026: 6 months, so 4 needed).
 * <pre>
 * y-a1 Jan–Jul good, Aug–Dec fair                                   → good
 * y-a2 Jan–Aug good, Sep good + a thematic rated average, Oct–Dec fair → fair (Sep is average: 8 good, 3 fair, 1 average)
 * y-a3 Jul–Oct good, Nov–Dec not rated                               → good (4 of 6 months)
 * y-a4 Jan–Jul average                                              → average
 * y-a5 Jan–Mar average                                              → poor
 * y-b1 as y-a1, under y-B's policy from 2026 (good needs 9 months)     → fair
 * </pre>
 * y-A adopts a stricter version from 2027 (good needs 12 months): it must not judge 2026.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=" + QueryServiceApplication.CONFIG_NAME)
@ContextConfiguration(initializers = FreshInfrastructure.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class YearQualityIT {

    private static final LocalDate FOUNDED = LocalDate.of(2020, 1, 1);

    @Autowired
    TestRestTemplate http;
    @Autowired
    ApplicationContext context;

    @BeforeAll
    void publishTheFixture() {
        try (var events = TopicWriter.of(context)) {
            committee(events, "y-P", null);
            committee(events, "y-A", "y-P");
            committee(events, "y-B", "y-P");
            for (String cell : List.of("y-a1", "y-a2", "y-a4", "y-a5")) {
                cell(events, cell, "y-A", FOUNDED);
            }
            cell(events, "y-a3", "y-A", LocalDate.of(2026, 7, 1));
            cell(events, "y-b1", "y-B", FOUNDED);
            events.publish("chat-luong", new PolicyVersionAdopted("chat-luong", "b-2026", "y-B", LocalDate.of(2026, 1, 1),
                    withGoodMonths(9), "Hướng dẫn của Đảng ủy y-B"));
            events.publish("chat-luong", new PolicyVersionAdopted("chat-luong", "a-2027", "y-A", LocalDate.of(2027, 1, 1),
                    withGoodMonths(12), "Hướng dẫn của Đảng ủy y-A"));
            rated(events, "y-a1", 1, 7, GOOD);
            rated(events, "y-a1", 8, 12, FAIR);
            rated(events, "y-a2", 1, 9, GOOD);
            rated(events, "y-a2", 10, 12, FAIR);
            meeting(events, "y-a2-chuyen-de-9", "y-a2", MeetingKind.THEMATIC, 9, AVERAGE);
            rated(events, "y-a3", 7, 10, GOOD);
            rated(events, "y-a4", 1, 7, AVERAGE);
            rated(events, "y-a5", 1, 3, AVERAGE);
            rated(events, "y-b1", 1, 7, GOOD);
            rated(events, "y-b1", 8, 12, FAIR);
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                json("/api/organisations/y-P/indicators?period=2026").path("counts").path("MEETINGS_HELD").asLong())
                .isEqualTo(7 + 5 + 9 + 3 + 1 + 4 + 7 + 3 + 7 + 5));
    }

    @Test
    void theOrganisationCountsItsCellsAtEachLevel() {
        JsonNode year = json("/api/organisations/y-P/quality-classification?year=2026");
        assertThat(year.path("year").asInt()).isEqualTo(2026);
        assertThat(year.path("cellsByLevel").toString()).isEqualTo("{\"GOOD\":2,\"FAIR\":2,\"AVERAGE\":1,\"POOR\":1}");
        JsonNode commune = json("/api/organisations/y-A/quality-classification?year=2026");
        assertThat(commune.path("cellsByLevel").toString()).isEqualTo("{\"GOOD\":2,\"FAIR\":1,\"AVERAGE\":1,\"POOR\":1}");
    }

    @Test
    void eachCellShowsItsMonthsByLevelItsClassAndThePolicyThatJudgedIt() {
        JsonNode year = json("/api/organisations/y-P/quality-classification?year=2026");
        List<String> cells = new java.util.ArrayList<>();
        year.path("cells").forEach(c -> cells.add(String.join(" ", c.path("cellId").asText(),
                c.path("monthsStood").asText(), c.path("monthsGood").asText(), c.path("monthsFair").asText(),
                c.path("monthsAverage").asText(), c.path("monthsPoor").asText(), c.path("monthsNotRated").asText(),
                c.path("level").asText(), c.path("policyVersion").asText())));
        String defaults = Policies.DEFAULT_VERSION;
        assertThat(cells).containsExactly(
                "y-a1 12 7 5 0 0 0 GOOD " + defaults,
                "y-a2 12 8 3 1 0 0 FAIR " + defaults,
                "y-a3 6 4 0 0 0 2 GOOD " + defaults,
                "y-a4 12 0 0 7 0 5 AVERAGE " + defaults,
                "y-a5 12 0 0 3 0 9 POOR " + defaults,
                "y-b1 12 7 5 0 0 0 FAIR b-2026");
    }

    @Test
    void aYearOutOfRangeOrAnUnknownOrganisationIsAProblem() {
        assertThat(http.getForEntity("/api/organisations/y-P/quality-classification?year=1999", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(http.getForEntity("/api/organisations/khong-co/quality-classification?year=2026", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private static Thresholds withGoodMonths(int months) {
        var d = Policies.DEFAULTS;
        var bands = Policies.DEFAULT_YEAR_QUALITY.bands();
        return new Thresholds(d.minimumMeetingMinutes(), d.combinedMeetingMinutes(), d.noticeLeadDays(),
                d.attendanceTargetPercent(), d.unexcusedAbsenceThreshold(), d.minimumOfficialMembers(),
                d.cellCommitteeFromOfficialMembers(), d.maximumCellCommitteeSize(), d.meetingQuality(), d.reporting(),
                new YearQualityRules(List.of(new YearBand(QualityLevel.GOOD, months, QualityLevel.FAIR), bands.get(1),
                        bands.get(2))));
    }

    private JsonNode json(String path) {
        var response = http.getForEntity(path, JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private static void committee(TopicWriter events, String id, String parent) {
        events.publish(id, new OrganisationCreated(id, "Đảng ủy " + id, OrganisationKind.COMMITTEE, "Cấp ủy", null, parent,
                FOUNDED));
    }

    private static void cell(TopicWriter events, String id, String parent, LocalDate created) {
        events.publish(id, new OrganisationCreated(id, "Chi bộ " + id, OrganisationKind.CELL, "Chi bộ", CellType.VILLAGE,
                parent, created));
    }

    /** A regular meeting rated {@code level} in each month from {@code first} to {@code last} of 2026. */
    private static void rated(TopicWriter events, String cell, int first, int last, QualityLevel level) {
        for (int month = first; month <= last; month++) {
            meeting(events, cell + "-2026-" + month, cell, MeetingKind.REGULAR, month, level);
        }
    }

    private static void meeting(TopicWriter events, String meeting, String cell, MeetingKind kind, int month,
                                QualityLevel level) {
        LocalDateTime start = LocalDateTime.of(2026, month, kind == MeetingKind.REGULAR ? 5 : 20, 8, 0);
        events.publish(meeting, new MeetingScheduled(meeting, cell, kind, start, "Nhà văn hóa"));
        events.publish(meeting, new MeetingHeld(meeting, cell, kind, start, start.plusMinutes(100)));
        events.publish(meeting, new QualityRatingVoted(meeting, cell, level, new VoteResult(3, 0, 0, List.of(), 3, 3, true)));
    }
}
