package vn.chibo.query;

import vn.chibo.service.testing.TestIdentities;
import vn.chibo.service.testing.TopicWriter;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.axonframework.extensions.kafka.eventhandling.KafkaMessageConverter;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ContextConfiguration;
import vn.chibo.events.meeting.MeetingContract.MeetingHeld;
import vn.chibo.events.meeting.MeetingContract.MeetingScheduled;
import vn.chibo.events.member.MemberContract.MemberRegistered;
import vn.chibo.events.member.MemberContract.MemberTransferred;
import vn.chibo.events.member.MembershipStatus;
import vn.chibo.events.plan.PlanContract.PlanSubmitted;
import vn.chibo.events.plan.PlanContract.PlanTransferred;
import vn.chibo.events.plan.PlanContract.PlannedTheme;
import vn.chibo.events.task.AssigneeKind;
import vn.chibo.events.task.TaskContract.Assignee;
import vn.chibo.events.task.TaskContract.TaskAssigned;
import vn.chibo.events.task.TaskContract.TaskTransferred;
import vn.chibo.events.member.TransferReason;
import vn.chibo.events.organisation.CellType;
import vn.chibo.events.organisation.OrganisationContract.OrganisationCreated;
import vn.chibo.events.organisation.OrganisationContract.OrganisationAbsorbed;
import vn.chibo.events.organisation.OrganisationContract.OrganisationMoved;
import vn.chibo.events.organisation.OrganisationContract.OrganisationRenamed;
import vn.chibo.events.organisation.OrganisationContract.OrganisationsMerged;
import vn.chibo.events.organisation.OrganisationKind;
import vn.chibo.infrastructure.spring.FreshInfrastructure;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.chibo.events.meeting.MeetingKind.REGULAR;
import static vn.chibo.events.meeting.MeetingKind.THEMATIC;

/**
 * Events on the Kafka topic → read model in PostgreSQL → HTTP, against figures computed by hand for a
 * small tree: province P → district D → communes C1, C2 → cells c1a, c1b (under C1), c2a (under C2).
 * The events of c2a and C2 are published in the wrong order on purpose (member before its cell, cell
 * before its commune), as Kafka may deliver them across partitions, and two events are delivered twice.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=" + QueryServiceApplication.CONFIG_NAME)
@ContextConfiguration(initializers = FreshInfrastructure.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadModelIT {

    private static final LocalDate FOUNDED = LocalDate.of(2020, 1, 1);

    @Autowired
    TestRestTemplate http;
    @Autowired
    ApplicationContext context;

    @Autowired
    org.springframework.web.servlet.resource.ResourceUrlProvider resourceUrls;
    @Value("${chibo.kafka.topic}")
    String topic;
    @Value("${chibo.kafka.bootstrap-servers}")
    String bootstrapServers;
    @Autowired
    KafkaMessageConverter<String, byte[]> converter;

    @BeforeAll
    void publishTheFixtureTree() {
        try (var topicWriter = new TopicWriter(bootstrapServers, topic, converter)) {
            committee(topicWriter, "P", null, "Tỉnh ủy Bắc Giang");
            committee(topicWriter, "D", "P", "Huyện ủy Lục Ngạn");
            committee(topicWriter, "C1", "D", "Đảng ủy xã Biên Sơn");
            cell(topicWriter, "c1a", "C1", CellType.VILLAGE);
            cell(topicWriter, "c1b", "C1", CellType.SCHOOL);
            members(topicWriter, "c1a", 3, 1);
            members(topicWriter, "c1b", 2, 0);
            held(topicWriter, "m1", "c1a", REGULAR, LocalDateTime.of(2026, 3, 5, 7, 30));
            held(topicWriter, "m2", "c1a", THEMATIC, LocalDateTime.of(2026, 3, 20, 14, 0));
            held(topicWriter, "m3", "c1b", REGULAR, LocalDateTime.of(2026, 3, 3, 16, 0));
            // delivered twice, as after a publisher batch that was cut off: counted once
            topicWriter.publishAgain("c1b-dv0", 0, new MemberRegistered("c1b-dv0", "c1b", "Đảng viên c1b-dv0",
                    MembershipStatus.OFFICIAL, FOUNDED));
            topicWriter.publishAgain("m3", 1, new MeetingHeld("m3", "c1b", REGULAR, LocalDateTime.of(2026, 3, 3, 16, 0),
                    LocalDateTime.of(2026, 3, 3, 17, 40)));
            // out of order: c2a's members and meeting, then c2a itself, then its commune C2
            members(topicWriter, "c2a", 4, 2);
            held(topicWriter, "m4", "c2a", REGULAR, LocalDateTime.of(2026, 4, 4, 8, 0));
            cell(topicWriter, "c2a", "C2", CellType.VILLAGE);
            topicWriter.publish("c2a", new OrganisationRenamed("c2a", "Chi bộ thôn Kép 2", "Chi bộ c2a", LocalDate.of(2026, 2, 1)));
            committee(topicWriter, "C2", "D", "Đảng ủy xã Biển Động");
            // mid-period reorganisation: c2a moves to C1 from April; c1b merges into c1a from 15 April
            topicWriter.publish("c2a", new OrganisationMoved("c2a", "C1", "C2", LocalDate.of(2026, 4, 1)));
            LocalDate merged = LocalDate.of(2026, 4, 15);
            topicWriter.publish("c1a", new OrganisationsMerged("c1a", List.of("c1b"), merged));
            topicWriter.publish("c1b", new OrganisationAbsorbed("c1b", "c1a", merged));
            for (String member : List.of("c1b-dv0", "c1b-dv1")) {
                topicWriter.publish(member, new MemberTransferred(member, "c1b", "c1a", TransferReason.MERGE, merged));
            }
            // c1b's open task, assigned to c1b itself, is handed to the survivor
            topicWriter.publish("t-1", new TaskAssigned("t-1", "nq-1", "c1b", "Sửa đường liên thôn", null, null,
                    LocalDate.of(2026, 5, 10), List.of(new Assignee(AssigneeKind.ORGANISATION, "c1b")), "c1b-dv0",
                    LocalDate.of(2026, 4, 2)));
            topicWriter.publish("t-1", new TaskTransferred("t-1", "c1b", "c1a", TransferReason.MERGE, merged));
            // c1b's 2026 plan goes to c1a, which had none
            topicWriter.publish("kh-c1b-2026", new PlanSubmitted("kh-c1b-2026", "c1b", "C1", 2026, 1,
                    List.of(new PlannedTheme("cd-c1b-q2", 2, "Học tập và làm theo tư tưởng Hồ Chí Minh", null)),
                    LocalDate.of(2026, 1, 10)));
            topicWriter.publish("kh-c1b-2026", new PlanTransferred("kh-c1b-2026", "c1b", "c1a", merged));
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(json("/api/organisations/P").path("officialMembers").asLong()).isEqualTo(9);
            assertThat(json("/api/organisations/C2").path("cells").asLong()).isZero();
            assertThat(json("/api/organisations/c1a").path("officialMembers").asLong()).isEqualTo(5);
            assertThat(json("/api/organisations/c1a/tasks").path("total").asLong()).isEqualTo(1);
        });
    }

    @Test
    void subtreeTotalsAreRolledUpToEveryAncestorAndFollowTheReorganisation() {
        // c1b ended in the merge (its members moved to c1a); c2a moved from C2 to C1
        assertTotals("P", 2, 9, 3);
        assertTotals("D", 2, 9, 3);
        assertTotals("C1", 2, 9, 3);
        assertTotals("C2", 0, 0, 0);
        assertTotals("c1a", 1, 5, 1);
        assertTotals("c2a", 1, 4, 2);
        assertThat(json("/api/organisations/c2a").path("depth").asInt()).isEqualTo(3);
        assertThat(json("/api/organisations/c2a").path("name").asText()).isEqualTo("Chi bộ thôn Kép 2");
    }

    @Test
    void aTaskAndAPlanHandedOverInAMergeBelongToTheSurvivor() {
        JsonNode tasks = json("/api/organisations/c1a/tasks");
        assertThat(tasks.path("items").get(0).path("taskId").asText()).isEqualTo("t-1");
        assertThat(tasks.path("items").get(0).path("organisationId").asText()).isEqualTo("c1a");
        assertThat(json("/api/organisations/c1b/tasks").path("total").asLong()).isZero();
        assertThat(json("/api/organisations/c1a/plans?year=2026").path("items").get(0).path("planId").asText())
                .isEqualTo("kh-c1b-2026");
        assertThat(json("/api/organisations/c1b/plans?year=2026").path("total").asLong()).isZero();
        // the assignment happened in c1b and stays counted there (and in C1); later counts go to c1a
        assertThat(json("/api/organisations/c1b/indicators?period=2026-04").path("counts").path("TASKS_ASSIGNED").asLong())
                .isEqualTo(1);
        assertThat(json("/api/organisations/C1/indicators?period=2026-04").path("counts").path("TASKS_ASSIGNED").asLong())
                .isEqualTo(1);
    }

    @Test
    void meetingsHeldPerMonthCountMeetingsAndTheCellsThatMetAsTheTreeStoodThen() {
        // cells expected in March: c1a, c1b (absorbed only in April) and c2a (under C2 until April)
        assertMonth("P", "2026-03", 3, 2, 3);
        assertMonth("C1", "2026-03", 3, 2, 2);
        assertMonth("c1a", "2026-03", 2, 1, 1);
        assertMonth("c1b", "2026-03", 1, 1, 1);
        assertMonth("C2", "2026-03", 0, 0, 1);
        assertMonth("P", "2026-04", 1, 1, 2);
        // c2a's April meeting follows it to C1, which it belongs to from 1 April
        assertMonth("C1", "2026-04", 1, 1, 2);
        assertMonth("C2", "2026-04", 0, 0, 0);
    }

    @Test
    void indicatorsOfAPeriodAreSumsOfItsMonthsWithRatesAgainstTargets() {
        JsonNode q1 = json("/api/organisations/P/indicators?period=2026-Q1");
        assertThat(q1.path("months").asLong()).isEqualTo(3);
        assertThat(q1.path("counts").path("MEETINGS_HELD").asLong()).isEqualTo(3);
        assertThat(q1.path("counts").path("REGULAR_MEETINGS_HELD").asLong()).isEqualTo(2);
        assertThat(q1.path("counts").path("THEMATIC_MEETINGS_HELD").asLong()).isEqualTo(1);
        assertThat(q1.path("counts").path("CELLS_MET").asLong()).isEqualTo(2);
        assertThat(q1.path("counts").path("MEETINGS_AT_MINIMUM_LENGTH").asLong()).isEqualTo(3);
        // 2 cell-months met of 3 cells standing in each of the 3 months (c1b ended only in April)
        assertThat(Figures.rate(q1, "CELLS_MEETING").path("percent").asDouble()).isEqualTo(22.2);
        assertThat(Figures.rate(q1, "CELLS_MEETING").path("met").asBoolean()).isFalse();
        assertThat(Figures.rate(q1, "ATTENDANCE").path("percent").isNull()).isTrue();

        JsonNode year = json("/api/organisations/P/indicators?period=2026");
        assertThat(year.path("counts").path("MEETINGS_HELD").asLong()).isEqualTo(4);
        assertThat(year.path("counts").path("CELLS_MET").asLong()).isEqualTo(3);
        assertThat(json("/api/organisations/C2/indicators?period=2026-H1").path("counts").path("MEETINGS_HELD").asLong())
                .isZero();
        assertThat(json("/api/organisations/C1/indicators?period=2026-H1").path("counts").path("MEETINGS_HELD").asLong())
                .isEqualTo(4);

        var badPeriod = http.getForEntity("/api/organisations/P/indicators?period=2026-Q5", String.class);
        assertThat(badPeriod.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badPeriod.getBody()).contains("2026-Q5", "quý 2026-Q1", "a quarter 2026-Q1");
    }

    @Test
    void everyCountOfACommitteeIsTheSumOverTheUnitsDirectlyBelowIt() {
        Figures.assertUnitsAddUp(http, new String[] {"P", "D", "C1", "C2"},
                new String[] {"2026-03", "2026-04", "2026-Q1", "2026-Q2", "2026-H1", "2026"}, "");
    }

    @Test
    void theTreeIsNavigableFromItsRoot() {
        JsonNode roots = json("/api/organisations");
        // RecordsIT, sharing this read model, adds a root of its own whose name sorts after this one
        assertThat(roots.get(0).path("organisationId").asText()).isEqualTo("P");
        JsonNode communes = json("/api/organisations/D/children");
        assertThat(communes.findValuesAsText("organisationId")).containsExactlyInAnyOrder("C1", "C2");
    }

    @Test
    void unknownOrganisationsAndImpossibleMonthsAreClearProblems() {
        var unknown = http.getForEntity("/api/organisations/khong-co", String.class);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getBody()).contains("Không có tổ chức với mã 'khong-co'", "No organisation with id 'khong-co'");

        var badMonth = http.getForEntity("/api/organisations/P/meetings?month=2026-13", String.class);
        assertThat(badMonth.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badMonth.getBody()).contains("\"code\":\"invalid-parameter\"", "month", "YYYY-MM");

        var noMonth = http.getForEntity("/api/organisations/P/meetings", String.class);
        assertThat(noMonth.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noMonth.getBody()).contains("\"code\":\"missing-parameter\"");
    }

    @Test
    void theDashboardShowsAnOrganisationAndTheUnitsBelowItInVietnamese() {
        String root = http.getForObject("/", String.class);
        assertThat(root).contains("Tỉnh ủy Bắc Giang", "Chi bộ đã sinh hoạt", "Huyện ủy Lục Ngạn");

        String commune = http.getForObject("/?org=C1&month=2026-03", String.class);
        assertThat(commune).contains("Tháng 03/2026", "Đảng ủy xã Biên Sơn", "Chi bộ c1a", "Thôn, tổ dân phố",
                "Trường học", "2 trên 2 chi bộ", "9 chính thức, 3 dự bị");

        String english = http.getForObject("/?org=C1&month=2026-03&lang=en", String.class);
        assertThat(english).contains("Cells that met", "2 of 2 cells", "Village / residential group");
    }

    @Test
    void aCommittedChangeIsAnnouncedToTheSubtreesLiveViews() throws Exception {
        var request = HttpRequest.newBuilder(URI.create(http.getRootUri() + "/api/organisations/P/changes"))
                .header("Authorization", TestIdentities.bearer(context, TestIdentities.PLATFORM)).build();
        // headers received: the subscription is registered before anything is published
        var response = HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                .get(10, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/event-stream"));
        var lines = new LinkedBlockingQueue<String>();
        var reader = new Thread(() -> response.body().forEach(lines::add), "sse-reader");
        reader.setDaemon(true);
        reader.start();

        try (var topicWriter = new TopicWriter(bootstrapServers, topic, converter)) {
            topicWriter.publishAgain("D", 1, new OrganisationRenamed("D", "Huyện ủy Lục Ngạn", "Huyện ủy Lục Ngạn",
                    LocalDate.of(2026, 1, 1)));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> lines.contains("event:changed"));
        assertThat(lines).contains("data:P");
    }

    @Test
    void theDashboardsScriptsAndStylesAreServedAndItsPageLinksAreNeverLookedUpAsFiles() {
        for (String asset : List.of("/webjars/htmx.org/dist/htmx.min.js", "/webjars/echarts/dist/echarts.min.js",
                "/css/dashboard.css", "/js/live.js", "/js/trend.js")) {
            assertThat(http.getForEntity(asset, String.class).getStatusCode().value()).as(asset).isEqualTo(200);
        }
        assertThat(resourceUrls.getHandlerMap()).containsKeys("/css/**", "/js/**", "/webjars/**").doesNotContainKey("/**");
        assertThat(resourceUrls.getForLookupPath("/cells/C1")).isNull();
    }

    private void assertTotals(String id, long cells, long official, long probationary) {
        JsonNode organisation = json("/api/organisations/" + id);
        assertThat(organisation.path("cells").asLong()).as(id + " cells").isEqualTo(cells);
        assertThat(organisation.path("officialMembers").asLong()).as(id + " official").isEqualTo(official);
        assertThat(organisation.path("probationaryMembers").asLong()).as(id + " probationary").isEqualTo(probationary);
    }

    private void assertMonth(String id, String month, long held, long cellsMet, long cells) {
        JsonNode figures = json("/api/organisations/" + id + "/meetings?month=" + month);
        assertThat(figures.path("meetingsHeld").asLong()).as(id + " " + month + " held").isEqualTo(held);
        assertThat(figures.path("cellsMet").asLong()).as(id + " " + month + " cells met").isEqualTo(cellsMet);
        assertThat(figures.path("cells").asLong()).as(id + " " + month + " cells expected").isEqualTo(cells);
    }

    private JsonNode json(String path) {
        return Figures.json(http, path);
    }

    private static void committee(TopicWriter topic, String id, String parent, String name) {
        topic.publish(id, new OrganisationCreated(id, name, OrganisationKind.COMMITTEE, "Cấp ủy", null, parent, FOUNDED));
    }

    private static void cell(TopicWriter topic, String id, String parent, CellType type) {
        topic.publish(id, new OrganisationCreated(id, "Chi bộ " + id, OrganisationKind.CELL, "Chi bộ", type, parent, FOUNDED));
    }

    private static void members(TopicWriter topic, String cell, int official, int probationary) {
        for (int i = 0; i < official + probationary; i++) {
            String id = cell + "-dv" + i;
            var status = i < official ? MembershipStatus.OFFICIAL : MembershipStatus.PROBATIONARY;
            topic.publish(id, new MemberRegistered(id, cell, "Đảng viên " + id, status, FOUNDED));
        }
    }

    private static void held(TopicWriter topic, String meeting, String cell, vn.chibo.events.meeting.MeetingKind kind,
                             LocalDateTime start) {
        topic.publish(meeting, new MeetingScheduled(meeting, cell, kind, start, "Nhà văn hóa"));
        topic.publish(meeting, new MeetingHeld(meeting, cell, kind, start, start.plusMinutes(100)));
    }
}
