package vn.chibo.command;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import vn.chibo.command.member.MemberRoster;
import vn.chibo.command.member.MemberRoster.RosterEntry;
import vn.chibo.command.organisation.OrganisationDirectory;
import vn.chibo.command.plan.PlanDirectory;
import vn.chibo.command.policy.PolicyBook;
import vn.chibo.command.task.OverdueCheck;
import vn.chibo.events.policy.Policies;
import vn.chibo.infrastructure.spring.FreshInfrastructure;
import vn.chibo.service.testing.TestIdentities;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/** Command → event row in PostgreSQL → record on the Kafka topic, and what bad input gets instead. */
@AutoConfigureObservability
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=" + CommandServiceApplication.CONFIG_NAME)
@ContextConfiguration(initializers = FreshInfrastructure.class)
class CommandPathIT {

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PolicyBook policies;
    @Autowired
    OrganisationDirectory directory;
    @Autowired
    MemberRoster roster;
    @Autowired
    OverdueCheck overdueCheck;
    @Autowired
    PlanDirectory plans;
    @Value("${chibo.kafka.topic}")
    String topic;
    @Value("${chibo.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Test
    void aCommandIsStoredWithWhoDidItAndPublishedKeyedByAggregate() {
        String id = "huyen-" + UUID.randomUUID();
        var response = post("/api/organisations", "cmd-" + id, """
                {"organisationId":"%s","name":"Huyện ủy Lục Ngạn","kind":"COMMITTEE",
                 "levelLabel":"Huyện ủy","effectiveDate":"2020-01-01","actor":"kẻ mạo danh"}""".formatted(id));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(response.getHeaders().getLocation()).hasToString("/api/organisations/" + id);
        String metadata = jdbc.queryForObject(
                "select convert_from(meta_data, 'UTF8') from domain_event_entry where aggregate_identifier = ?",
                String.class, id);
        assertThat(metadata).contains("\"commandId\":\"cmd-" + id + "\"", "\"actor\":\"" + TestIdentities.PLATFORM.username() + "\"",
                "\"actingRole\":\"ADMINISTRATOR\"", "\"actingOrganisation\":\"*\"", "\"correlationId\"").doesNotContain("mạo danh");

        ConsumerRecord<String, byte[]> record = awaitRecordFor(id);
        assertThat(new String(record.value(), StandardCharsets.UTF_8)).contains("Huyện ủy Lục Ngạn");
        assertThat(new String(record.headers().lastHeader("axon-metadata-commandId").value(), StandardCharsets.UTF_8))
                .isEqualTo("cmd-" + id);
    }

    @Test
    void repeatingACommandIdCreatesNoSecondEvent() {
        String id = "huyen-" + UUID.randomUUID();
        create(id);
        String meeting = "m-" + UUID.randomUUID();
        String cell = "cell-" + UUID.randomUUID();
        post("/api/organisations", "c-" + cell, cellJson(cell, id));
        String schedule = """
                {"meetingId":"%s","organisationId":"%s","kind":"REGULAR",
                 "scheduledStart":"2026-03-05T07:30:00","place":"Nhà văn hóa thôn"}""".formatted(meeting, cell);

        var first = post("/api/meetings", "s-" + meeting, schedule);
        var second = post("/api/meetings", "s-" + meeting, schedule);

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(second.getBody()).contains("\"replayed\":true");
        assertThat(eventsOf(meeting)).isEqualTo(1);
    }

    @Test
    void badInputGetsABilingualProblemAndStoresNothing() {
        long before = allEvents();

        var malformed = post("/api/organisations", "bad-1", "{\"organisationId\": ");
        assertProblem(malformed, HttpStatus.BAD_REQUEST, "malformed-request");

        var wrongType = post("/api/organisations", "bad-2", """
                {"organisationId":"x","name":"X","kind":"HAMLET","levelLabel":"X","effectiveDate":"2020-01-01"}""");
        assertProblem(wrongType, HttpStatus.BAD_REQUEST, "malformed-request");
        assertThat(wrongType.getBody()).contains("kind", "COMMITTEE, CELL");

        var missing = post("/api/organisations", "bad-3", """
                {"organisationId":"bad id with spaces","kind":"COMMITTEE","levelLabel":"Huyện ủy"}""");
        assertProblem(missing, HttpStatus.BAD_REQUEST, "invalid-fields");
        assertThat(missing.getBody()).contains("\"field\":\"name\"", "không được để trống", "must not be blank",
                "\"field\":\"effectiveDate\"", "\"field\":\"organisationId\"");

        var unknownParent = post("/api/organisations", "bad-4", cellJson("c-x", "khong-co"));
        assertProblem(unknownParent, HttpStatus.UNPROCESSABLE_ENTITY, "rule-violated");
        assertThat(unknownParent.getBody()).contains("\"rule\":\"organisation.parent-unknown\"",
                "Tổ chức cấp trên 'khong-co' không tồn tại", "does not exist");

        var unknownMeeting = post("/api/meetings/khong-co/held", "bad-5",
                "{\"startedAt\":\"2026-03-05T07:30:00\",\"endedAt\":\"2026-03-05T09:30:00\"}");
        assertProblem(unknownMeeting, HttpStatus.NOT_FOUND, "not-found");

        var noCommandId = post("/api/organisations", null, cellJson("c-y", "khong-co"));
        assertProblem(noCommandId, HttpStatus.BAD_REQUEST, "missing-header");
        assertThat(noCommandId.getBody()).contains("Idempotency-Key");

        assertThat(allEvents()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from processed_command where command_id like 'bad-%'",
                Long.class)).isZero();
    }

    @Test
    void aSecondCreateWithTheSameAggregateIdIsAConflict() {
        String id = "huyen-" + UUID.randomUUID();
        create(id);
        var again = post("/api/organisations", "another-" + id, """
                {"organisationId":"%s","name":"Huyện ủy khác","kind":"COMMITTEE",
                 "levelLabel":"Huyện ủy","effectiveDate":"2020-01-01"}""".formatted(id));
        assertProblem(again, HttpStatus.CONFLICT, "conflict");
        assertThat(eventsOf(id)).isEqualTo(1);
    }

    @Test
    void healthReportsDatabaseAndKafkaAndMetricsIncludeAxonAndKafka() {
        create("huyen-" + UUID.randomUUID());
        var health = http.getForEntity("/actuator/health", String.class);
        assertThat(health.getBody()).contains("\"db\":{\"status\":\"UP\"", "\"kafka\":{\"status\":\"UP\"");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(http.getForEntity("/actuator/prometheus", String.class).getBody())
                        .contains("kafka_producer_record_send_total", "eventProcessor"));
    }

    @Test
    void thePolicyInForceIsTheNearestScopesLatestVersion() {
        String province = "tinh-" + UUID.randomUUID();
        String commune = "xa-" + UUID.randomUUID();
        String cell = "cell-" + UUID.randomUUID();
        create(province);
        post("/api/organisations", "c-" + commune, """
                {"organisationId":"%s","name":"Đảng ủy xã","kind":"COMMITTEE","levelLabel":"Đảng ủy cơ sở",
                 "parentId":"%s","effectiveDate":"2020-01-01"}""".formatted(commune, province));
        post("/api/organisations", "c-" + cell, cellJson(cell, commune));
        adopt("province-" + province, province, "2026-01-01", 100);
        adopt("commune-" + commune, commune, "2026-07-01", 120);

        assertThat(policies.inForce(cell, LocalDate.of(2026, 8, 1)).thresholds().minimumMeetingMinutes()).isEqualTo(120);
        assertThat(policies.inForce(cell, LocalDate.of(2026, 3, 1)).version()).isEqualTo("v-province-" + province);
        assertThat(policies.inForce(cell, LocalDate.of(2025, 3, 1)).version()).isEqualTo(Policies.DEFAULT_VERSION);
        assertThat(policies.inForce(province, LocalDate.of(2026, 8, 1)).thresholds().minimumMeetingMinutes()).isEqualTo(100);
    }

    @Test
    void mergingTwoCommuneCommitteesMidYearHandsTheirCellsAndMembersToTheSurvivor() {
        String u = UUID.randomUUID().toString().substring(0, 8);
        String province = "tinh-" + u;
        String survivor = "xa-bien-son-" + u;
        String absorbed = "xa-kien-lao-" + u;
        String survivorCell = "thon-dong-man-" + u;
        String absorbedCell = "thon-kien-" + u;
        create(province);
        committee(survivor, "Đảng ủy xã Biên Sơn", province);
        committee(absorbed, "Đảng ủy xã Kiên Lao", province);
        accepted(post("/api/organisations", "c-" + survivorCell, cellJson(survivorCell, survivor)));
        accepted(post("/api/organisations", "c-" + absorbedCell, cellJson(absorbedCell, absorbed)));
        member("an-" + u, survivorCell, "OFFICIAL");
        member("binh-" + u, absorbedCell, "OFFICIAL");
        member("cuong-" + u, absorbedCell, "PROBATIONARY");
        accepted(post("/api/members/cuong-" + u + "/promote", "p-" + u, "{\"promotedOn\":\"2025-03-01\"}"));

        accepted(post("/api/organisations/merge", "merge-" + u, """
                {"survivorId":"%s","absorbedIds":["%s"],"effectiveDate":"2025-07-01"}""".formatted(survivor, absorbed)));

        assertThat(directory.isActive(absorbed)).isFalse();
        assertThat(directory.find(absorbedCell).orElseThrow().parentId()).isEqualTo(survivor);
        assertThat(directory.children(survivor)).extracting(OrganisationDirectory.Entry::organisationId)
                .containsExactlyInAnyOrder(survivorCell, absorbedCell);

        // the villages merge too: a merged cell's members transfer to the surviving cell
        String mergeCells = """
                {"survivorId":"%s","absorbedIds":["%s"],"effectiveDate":"%s"}""";
        long beforeRefused = allEvents();
        var beforeTheMove = post("/api/organisations/merge", "merge-early-" + u,
                mergeCells.formatted(survivorCell, absorbedCell, "2025-06-30"));
        assertProblem(beforeTheMove, HttpStatus.UNPROCESSABLE_ENTITY, "rule-violated");
        assertThat(beforeTheMove.getBody()).contains("\"rule\":\"organisation.effective-before-last-change\"");
        assertThat(allEvents()).as("a merge refused half-way stores nothing").isEqualTo(beforeRefused);

        mergeCells = mergeCells.formatted(survivorCell, absorbedCell, "2025-07-01");
        accepted(post("/api/organisations/merge", "merge-cells-" + u, mergeCells));

        assertThat(roster.of(survivorCell, LocalDate.of(2025, 8, 1))).extracting(RosterEntry::memberId)
                .containsExactlyInAnyOrder("an-" + u, "binh-" + u, "cuong-" + u);
        assertThat(roster.of(absorbedCell, LocalDate.of(2025, 6, 30))).extracting(RosterEntry::memberId)
                .containsExactlyInAnyOrder("binh-" + u, "cuong-" + u);
        assertThat(roster.of(absorbedCell, LocalDate.of(2025, 7, 1))).isEmpty();
        assertThat(payload(absorbedCell, "OrganisationCreated")).contains("\"parentId\":\"" + absorbed + "\"");
        assertThat(payload(absorbedCell, "OrganisationMoved")).contains("\"previousParentId\":\"" + absorbed + "\"");
        assertThat(payload("cuong-" + u, "MemberPromoted")).contains("\"cellId\":\"" + absorbedCell + "\"");
        assertThat(payload("cuong-" + u, "MemberTransferred")).contains("\"fromCellId\":\"" + absorbedCell + "\"",
                "\"toCellId\":\"" + survivorCell + "\"", "\"reason\":\"MERGE\"", "\"effectiveDate\":\"2025-07-01\"");
        assertThat(metadata("cuong-" + u, "MemberTransferred", "commandId")).startsWith("follow-up:");
        for (String key : List.of("actor", "actingRole", "correlationId")) {
            assertThat(metadata("cuong-" + u, "MemberTransferred", key)).as(key)
                    .isEqualTo(metadata(survivorCell, "OrganisationsMerged", key));
        }

        long events = allEvents();
        assertThat(post("/api/organisations/merge", "merge-cells-" + u, mergeCells).getBody()).contains("\"replayed\":true");
        assertThat(allEvents()).isEqualTo(events);
        var rename = post("/api/organisations/" + absorbed + "/rename", "r-" + u,
                "{\"name\":\"Đảng ủy xã Kiên Lao mới\",\"effectiveDate\":\"2025-08-01\"}");
        assertProblem(rename, HttpStatus.UNPROCESSABLE_ENTITY, "rule-violated");
        assertThat(rename.getBody()).contains("\"rule\":\"organisation.ended\"", "không còn tồn tại", "no longer exists");
    }

    @Test
    void mergingTwoCellsHandsTheAbsorbedCellsOpenTasksAndPlansToTheSurvivor() {
        String u = UUID.randomUUID().toString().substring(0, 8);
        String commune = "xa-" + u;
        String survivor = "thon-dong-man-" + u;
        String absorbed = "thon-kien-" + u;
        create(commune);
        accepted(post("/api/organisations", "c-" + survivor, cellJson(survivor, commune)));
        accepted(post("/api/organisations", "c-" + absorbed, cellJson(absorbed, commune)));
        String resolution = "nq-" + u;
        String openTask = "t-open-" + u;
        String doneTask = "t-done-" + u;
        assertCreated(post("/api/resolutions", "a-" + resolution, resolutionJson(resolution, absorbed, "2025-03-05")));
        assertCreated(post("/api/tasks", "a-" + openTask, taskJson(openTask, resolution, "2025-12-31")));
        assertCreated(post("/api/tasks", "a-" + doneTask, taskJson(doneTask, resolution, "2025-03-31")));
        assertOk(post("/api/tasks/" + doneTask + "/completion", "c-" + doneTask, """
                {"completedBy":{"kind":"MEMBER","id":"dv-1"},"note":"Đã xong","completedOn":"2025-03-20"}"""));
        assertOk(post("/api/tasks/" + doneTask + "/evaluation", "e-" + doneTask, """
                {"meetingId":"sh-thang-4","outcome":"DONE","evaluatedOn":"2025-04-05"}"""));
        // 2025: only the absorbed cell has a plan, which moves; 2024: both have one, the survivor's stands
        String plan = "kh25-" + u;
        String oldPlan = "kh24-" + u;
        String survivorsOldPlan = "kh24-dm-" + u;
        plan(plan, absorbed, 2025, "th25-" + u);
        plan(oldPlan, absorbed, 2024, "th24-" + u);
        plan(survivorsOldPlan, survivor, 2024, "th24-dm-" + u);

        String merge = """
                {"survivorId":"%s","absorbedIds":["%s"],"effectiveDate":"2025-07-01"}""".formatted(survivor, absorbed);
        accepted(post("/api/organisations/merge", "merge-" + u, merge));

        assertThat(payload(openTask, "TaskTransferred")).contains("\"fromOrganisationId\":\"" + absorbed + "\"",
                "\"toOrganisationId\":\"" + survivor + "\"", "\"reason\":\"MERGE\"", "\"effectiveDate\":\"2025-07-01\"");
        assertThat(metadata(openTask, "TaskTransferred", "commandId")).startsWith("follow-up:");
        assertThat(jdbc.queryForObject("select organisation_id from live_task where task_id = ?", String.class, openTask))
                .isEqualTo(survivor);
        assertThat(eventsOf(doneTask)).as("a task evaluated done stays with the cell that closed it").isEqualTo(3);

        assertThat(payload(plan, "PlanTransferred")).contains("\"fromCellId\":\"" + absorbed + "\"",
                "\"toCellId\":\"" + survivor + "\"");
        assertThat(plans.planFor(survivor, 2025)).contains(plan);
        assertThat(plans.approvedTheme("th25-" + u + "-2")).get()
                .extracting(PlanDirectory.ApprovedTheme::cellId).isEqualTo(survivor);
        assertThat(payload(oldPlan, "PlanSuperseded")).contains("\"survivorPlanId\":\"" + survivorsOldPlan + "\"");
        assertThat(plans.planFor(survivor, 2024)).contains(survivorsOldPlan);
        assertThat(plans.approvedTheme("th24-" + u + "-2")).isEmpty();
        assertThat(plans.plansOf(absorbed)).isEmpty();

        long events = allEvents();
        assertThat(post("/api/organisations/merge", "merge-" + u, merge).getBody()).contains("\"replayed\":true");
        assertThat(allEvents()).as("a repeated merge stores nothing new").isEqualTo(events);
    }

    private void plan(String planId, String cell, int year, String theme) {
        assertCreated(post("/api/plans", "s-" + planId, """
                {"planId":"%s","cellId":"%s","year":%d,"submittedOn":"%d-01-10","themes":%s}"""
                .formatted(planId, cell, year, year, themesJson(theme, "Kinh tế vườn"))));
        assertOk(post("/api/plans/" + planId + "/approval", "a-" + planId,
                "{\"decidedOn\":\"%d-01-25\"}".formatted(year)));
    }

    @Test
    void aSplitCellHandsEachMemberToThePartThatTookThemAndTheRosterFollowsRolesExemptionsAndLeaving() {
        String u = UUID.randomUUID().toString().substring(0, 8);
        String commune = "xa-" + u;
        String cell = "thon-" + u;
        create(commune);
        accepted(post("/api/organisations", "c-" + cell, cellJson(cell, commune)));
        for (String name : List.of("an", "binh", "cuong")) {
            member(name + "-" + u, cell, "OFFICIAL");
        }
        accepted(post("/api/members/an-" + u + "/roles", "role-" + u,
                "{\"role\":\"SECRETARY\",\"effectiveDate\":\"2025-06-01\"}"));
        assertThat(roster.member("an-" + u).orElseThrow().role()).hasToString("SECRETARY");

        accepted(post("/api/organisations/split", "split-" + u, """
                {"organisationId":"%s","effectiveDate":"2025-09-01","parts":[
                  {"organisationId":"%s-1","name":"Chi bộ thôn Kép 1","takes":["an-%s","binh-%s"]},
                  {"organisationId":"%s-2","name":"Chi bộ thôn Kép 2","takes":["cuong-%s"]}]}
                """.formatted(cell, cell, u, u, cell, u)));

        assertThat(directory.isActive(cell)).isFalse();
        assertThat(directory.children(commune)).extracting(OrganisationDirectory.Entry::organisationId)
                .containsExactlyInAnyOrder(cell + "-1", cell + "-2");
        assertThat(roster.current(cell + "-1")).extracting(RosterEntry::memberId, e -> e.role().name())
                .containsExactlyInAnyOrder(tuple("an-" + u, "MEMBER"), tuple("binh-" + u, "MEMBER"));
        assertThat(roster.of(cell, LocalDate.of(2025, 8, 31))).hasSize(3);

        accepted(post("/api/members/cuong-" + u + "/exemptions", "ex-" + u, """
                {"reason":"Tuổi cao, sức yếu","exemptFrom":"2025-10-01","exemptUntil":"2026-09-30"}
                """));
        accepted(post("/api/members/cuong-" + u + "/exemptions/end", "ex-end-" + u, "{\"endedOn\":\"2026-03-01\"}"));
        assertThat(roster.of(cell + "-2", LocalDate.of(2025, 10, 15))).singleElement()
                .satisfies(e -> assertThat(e.exempt()).isTrue())
                .satisfies(e -> assertThat(e.exemptUntil()).isEqualTo(LocalDate.of(2026, 2, 28)));
        assertThat(roster.of(cell + "-2", LocalDate.of(2026, 3, 1)).get(0).exempt()).isFalse();

        accepted(post("/api/members/binh-" + u + "/leave", "leave-" + u, "{\"reason\":\"DEATH\",\"effectiveDate\":\"2025-12-01\"}"));
        assertThat(roster.member("binh-" + u)).isEmpty();
        assertThat(roster.of(cell + "-1", LocalDate.of(2025, 12, 1))).extracting(RosterEntry::memberId).containsExactly("an-" + u);
        var promote = post("/api/members/binh-" + u + "/promote", "p-" + u, "{\"promotedOn\":\"2025-12-02\"}");
        assertProblem(promote, HttpStatus.UNPROCESSABLE_ENTITY, "rule-violated");
        assertThat(promote.getBody()).contains("\"rule\":\"member.has-left\"");
    }

    private void committee(String id, String name, String parentId) {
        accepted(post("/api/organisations", "c-" + id, """
                {"organisationId":"%s","name":"%s","kind":"COMMITTEE","levelLabel":"Đảng ủy xã",
                 "parentId":"%s","effectiveDate":"2020-01-01"}""".formatted(id, name, parentId)));
    }

    private void member(String id, String cellId, String status) {
        accepted(post("/api/members", "m-" + id, """
                {"memberId":"%s","cellId":"%s","fullName":"Đảng viên %s","status":"%s","joinedOn":"2024-01-15"}
                """.formatted(id, cellId, id, status)));
    }

    private static void accepted(ResponseEntity<String> response) {
        assertThat(response.getStatusCode().is2xxSuccessful()).as(response.getBody()).isTrue();
    }

    private String payload(String aggregateId, String eventType) {
        return jdbc.queryForObject("select convert_from(payload, 'UTF8') from domain_event_entry"
                + " where aggregate_identifier = ? and payload_type like ?", String.class, aggregateId, "%$" + eventType);
    }

    private String metadata(String aggregateId, String eventType, String key) {
        return jdbc.queryForObject("select convert_from(meta_data, 'UTF8')::jsonb ->> ? from domain_event_entry"
                + " where aggregate_identifier = ? and payload_type like ?", String.class, key, aggregateId, "%$" + eventType);
    }

    @Test
    void anOpenTaskPastItsDeadlineIsRecordedOverdueOnceHoweverOftenTheCheckRuns() {
        String cell = cellUnderNewDistrict();
        String resolution = "nq-" + UUID.randomUUID();
        String task = "t-" + UUID.randomUUID();
        assertCreated(post("/api/resolutions", "a-" + resolution, resolutionJson(resolution, cell, "2025-01-05")));
        assertCreated(post("/api/tasks", "a-" + task, taskJson(task, resolution, "2025-02-28")));

        overdueCheck.markOverdueTasks();
        assertThat(overdueEventMetadata(task)).singleElement().asString()
                .contains("\"commandId\":\"overdue-" + task + "-2025-02-28\"", "\"actor\":\"system\"");

        overdueCheck.markOverdueTasks();
        assertThat(overdueEventMetadata(task)).hasSize(1);
    }

    private List<String> overdueEventMetadata(String task) {
        return jdbc.queryForList("""
                select convert_from(meta_data, 'UTF8') from domain_event_entry
                where aggregate_identifier = ? and payload_type like '%$TaskBecameOverdue'""", String.class, task);
    }

    @Test
    void aResolutionIsAmendedSupersededAndItsTasksFollowedThroughTheApi() {
        String cell = cellUnderNewDistrict();
        String march = "nq-" + UUID.randomUUID();
        String april = "nq-" + UUID.randomUUID();
        String task = "t-" + UUID.randomUUID();
        assertCreated(post("/api/resolutions", "a-" + march, resolutionJson(march, cell, "2025-03-05")));
        assertOk(post("/api/resolutions/" + march + "/amendments", "m-" + march, """
                {"change":"Bổ sung chỉ tiêu thu quỹ","amendedBy":"dv-1","reason":"Thiếu","amendedOn":"2025-03-10"}"""));
        assertCreated(post("/api/resolutions", "a-" + april, resolutionJson(april, cell, "2025-04-05")));
        assertOk(post("/api/resolutions/" + march + "/supersession", "s-" + march,
                "{\"supersededBy\":\"%s\",\"reason\":\"Điều chỉnh\"}".formatted(april)));
        var lateAmendment = post("/api/resolutions/" + march + "/amendments", "m2-" + march, """
                {"change":"Sửa mục 2","amendedBy":"dv-1","reason":"Sai","amendedOn":"2025-04-10"}""");
        assertProblem(lateAmendment, HttpStatus.UNPROCESSABLE_ENTITY, "rule-violated");
        assertThat(lateAmendment.getBody()).contains("\"rule\":\"resolution.superseded\"", "đã được thay thế");

        assertCreated(post("/api/tasks", "a-" + task, taskJson(task, april, "2025-04-30")));
        assertOk(post("/api/tasks/" + task + "/progress", "p-" + task, """
                {"reportedBy":{"kind":"MEMBER","id":"dv-1"},"text":"Xong đợt 1","percent":50,"reportedOn":"2025-04-20"}"""));
        assertOk(post("/api/tasks/" + task + "/completion", "c-" + task, """
                {"completedBy":{"kind":"MEMBER","id":"dv-1"},"note":"Đã xong","completedOn":"2025-04-29"}"""));
        assertOk(post("/api/tasks/" + task + "/evaluation", "e-" + task, """
                {"meetingId":"sh-thang-5","outcome":"CARRIED_OVER","reason":"Còn đợt 3","newDeadline":"2025-05-31",
                 "evaluatedOn":"2025-05-05"}"""));
        assertOk(post("/api/tasks/" + task + "/cancellation", "x-" + task,
                "{\"reason\":\"Không cần nữa\",\"cancelledOn\":\"2025-05-20\"}"));

        var unclear = post("/api/tasks", "u-" + task, """
                {"taskId":"t-x","resolutionId":"%s","content":" ","assignees":[],"supervisorId":"dv-2"}""".formatted(april));
        assertProblem(unclear, HttpStatus.BAD_REQUEST, "invalid-fields");
        assertThat(unclear.getBody()).contains("\"field\":\"content\"", "\"field\":\"assignees\"",
                "\"field\":\"deadline\"");
        assertThat(eventsOf(task)).isEqualTo(5);
    }

    @Test
    void aReturnedPlanResubmittedAndApprovedNamesItsThemesForMeetings() {
        String cell = cellUnderNewDistrict();
        String plan = "kh-" + UUID.randomUUID();
        String theme = "th-" + UUID.randomUUID();
        assertCreated(post("/api/plans", "s-" + plan, """
                {"planId":"%s","cellId":"%s","year":2025,"submittedOn":"2025-01-10","themes":%s}"""
                .formatted(plan, cell, themesJson(theme, "Kinh tế vườn"))));
        assertOk(post("/api/plans/" + plan + "/return", "r-" + plan, """
                {"comment":"Quý 2 gắn với mùa vải","decidedOn":"2025-01-15"}"""));
        assertThat(plans.approvedTheme(theme + "-2")).isEmpty();
        assertOk(post("/api/plans/" + plan + "/submissions", "s2-" + plan,
                "{\"submittedOn\":\"2025-01-20\",\"themes\":%s}".formatted(themesJson(theme, "Mùa vải thiều"))));
        assertOk(post("/api/plans/" + plan + "/approval", "a-" + plan,
                "{\"decidedOn\":\"2025-01-25\"}"));

        assertThat(plans.approvedTheme(theme + "-2")).get()
                .extracting(PlanDirectory.ApprovedTheme::cellId, PlanDirectory.ApprovedTheme::quarter,
                        PlanDirectory.ApprovedTheme::title)
                .containsExactly(cell, 2, "Mùa vải thiều");
    }

    @Test
    void aPetitionTravelsUpTheTreeUntilAnswered() {
        String district = "huyen-" + UUID.randomUUID();
        create(district);
        String cell = cellUnder(district);
        String petition = "kn-" + UUID.randomUUID();
        assertCreated(post("/api/petitions", "r-" + petition, """
                {"petitionId":"%s","meetingId":"sh-1","cellId":"%s","content":"Sửa đường liên thôn",
                 "raisedOn":"2025-03-05"}""".formatted(petition, cell)));
        assertOk(post("/api/petitions/" + petition + "/forwarding", "f-" + petition, "{\"forwardedOn\":\"2025-03-06\"}"));
        var beyondRoot = post("/api/petitions/" + petition + "/escalation", "e-" + petition,
                "{\"reason\":\"Vượt thẩm quyền\",\"escalatedOn\":\"2025-03-20\"}");
        assertProblem(beyondRoot, HttpStatus.UNPROCESSABLE_ENTITY, "rule-violated");
        assertThat(beyondRoot.getBody()).contains("\"rule\":\"petition.no-higher-level\"");
        assertOk(post("/api/petitions/" + petition + "/answer", "a-" + petition, """
                {"answer":"Đưa vào kế hoạch 2026","answeredOn":"2025-03-25"}"""));
        assertThat(eventsOf(petition)).isEqualTo(3);
    }

    private String cellUnderNewDistrict() {
        String district = "huyen-" + UUID.randomUUID();
        create(district);
        return cellUnder(district);
    }

    private String cellUnder(String district) {
        String cell = "cell-" + UUID.randomUUID();
        assertCreated(post("/api/organisations", "c-" + cell, cellJson(cell, district)));
        return cell;
    }

    private static String resolutionJson(String id, String cell, String adoptedOn) {
        return """
                {"resolutionId":"%s","meetingId":"sh-%s","organisationId":"%s","kind":"RESOLUTION",
                 "title":"Nghị quyết chi bộ","text":"Tập trung chăm sóc vải thiều","adoptedOn":"%s"}"""
                .formatted(id, adoptedOn, cell, adoptedOn);
    }

    private static String taskJson(String id, String resolution, String deadline) {
        return """
                {"taskId":"%s","resolutionId":"%s","content":"Phun thuốc vườn vải","deadline":"%s",
                 "assignees":[{"kind":"MEMBER","id":"dv-1"}],"supervisorId":"dv-bi-thu"}"""
                .formatted(id, resolution, deadline);
    }

    private static String themesJson(String theme, String secondTitle) {
        return """
                [{"themeId":"%1$s-1","quarter":1,"title":"Học tập và làm theo Bác"},
                 {"themeId":"%1$s-2","quarter":2,"title":"%2$s","leadReporterId":"dv-1"},
                 {"themeId":"%1$s-3","quarter":3,"title":"Nông thôn mới"},
                 {"themeId":"%1$s-4","quarter":4,"title":"Phát triển đảng viên"}]""".formatted(theme, secondTitle);
    }

    private static void assertCreated(ResponseEntity<String> response) {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
    }

    private static void assertOk(ResponseEntity<String> response) {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    }

    private void adopt(String policy, String scope, String from, int minutes) {
        var response = post("/api/policies/versions", "adopt-" + policy, """
                {"policyId":"%s","version":"v-%s","scopeOrganisationId":"%s","effectiveFrom":"%s",
                 "basis":"Quyết định thử nghiệm",
                 "thresholds":{"minimumMeetingMinutes":%d,"combinedMeetingMinutes":150,"noticeLeadDays":2,
                   "attendanceTargetPercent":90,"unexcusedAbsenceThreshold":3,"minimumOfficialMembers":3,
                   "cellCommitteeFromOfficialMembers":9,"maximumCellCommitteeSize":7,
                   "meetingQuality":{"name":"Thang 100","goodFrom":90,"fairFrom":70,"averageFrom":50,
                     "criteria":[{"code":"a","label":"Chuẩn bị","points":40},{"code":"b","label":"Tiến hành","points":60}]}}}
                """.formatted(policy, policy, scope, from, minutes));
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    }

    private void create(String id) {
        var response = post("/api/organisations", "cmd-" + id, """
                {"organisationId":"%s","name":"Huyện ủy Lục Ngạn","kind":"COMMITTEE",
                 "levelLabel":"Huyện ủy","effectiveDate":"2020-01-01"}""".formatted(id));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    private static String cellJson(String id, String parent) {
        return """
                {"organisationId":"%s","name":"Chi bộ thôn Kép","kind":"CELL","levelLabel":"Chi bộ trực thuộc",
                 "cellType":"VILLAGE","parentId":"%s","effectiveDate":"2020-01-01"}""".formatted(id, parent);
    }

    private ResponseEntity<String> post(String path, String commandId, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (commandId != null) {
            headers.set("Idempotency-Key", commandId);
        }
        return http.postForEntity(path, new HttpEntity<>(json, headers), String.class);
    }

    private static void assertProblem(ResponseEntity<String> response, HttpStatus status, String code) {
        assertThat(response.getStatusCode()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(response.getBody()).contains("\"code\":\"" + code + "\"", "\"titleEn\"", "\"detailEn\"");
    }

    private long eventsOf(String aggregateId) {
        return jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                Long.class, aggregateId);
    }

    private long allEvents() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }

    private ConsumerRecord<String, byte[]> awaitRecordFor(String key) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (var consumer = new KafkaConsumer<String, byte[]>(config)) {
            consumer.subscribe(Set.of(topic));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (key.equals(r.key())) {
                        found.add(r);
                    }
                });
                return !found.isEmpty();
            });
        }
        return found.get(0);
    }
}
