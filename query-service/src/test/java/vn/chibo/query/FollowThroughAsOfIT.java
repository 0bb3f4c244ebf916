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
import vn.chibo.events.organisation.OrganisationContract.OrganisationMoved;
import vn.chibo.events.resolution.ResolutionContract.ResolutionAdopted;
import vn.chibo.events.resolution.ResolutionContract.ResolutionAmended;
import vn.chibo.events.resolution.ResolutionKind;
import vn.chibo.events.task.AssigneeKind;
import vn.chibo.events.task.TaskContract.Assignee;
import vn.chibo.events.task.TaskContract.TaskAssigned;
import vn.chibo.events.task.TaskContract.TaskCancelled;
import vn.chibo.events.task.TaskContract.TaskCompleted;
import vn.chibo.events.task.TaskContract.TaskEvaluated;
import vn.chibo.events.task.TaskContract.TaskProgressReported;
import vn.chibo.events.task.TaskOutcome;
import vn.chibo.infrastructure.spring.FreshInfrastructure;
import vn.chibo.service.testing.TopicWriter;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Resolutions and tasks as recorded by the end of a past day (V43), against a history worked out by hand.
 * Province f-P with communes f-X and f-Y; cell f-c is under f-X until it moves under f-Y on 4 March.
 * Recorded on 1 March: resolution f-r with tasks f-t1 (member f-1) and f-t2 (member f-2). On 3 March:
 * the resolution's first amendment and f-t1's progress (50 %). On 4 March: the move. On 5 March: f-t1
 * completed, f-t2 cancelled. On 7 March: f-t1 evaluated done.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=" + QueryServiceApplication.CONFIG_NAME)
@ContextConfiguration(initializers = FreshInfrastructure.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FollowThroughAsOfIT {

    private static final LocalDate FOUNDED = LocalDate.of(2020, 1, 1);

    @Autowired
    TestRestTemplate http;
    @Autowired
    ApplicationContext context;

    @BeforeAll
    void publishTheHistory() {
        try (var events = TopicWriter.of(context)) {
            events.on(FOUNDED);
            TreeFixture.committee(events, "f-P", null, FOUNDED);
            TreeFixture.committee(events, "f-X", "f-P", FOUNDED);
            TreeFixture.committee(events, "f-Y", "f-P", FOUNDED);
            TreeFixture.cell(events, "f-c", "f-X", FOUNDED);
            TreeFixture.officialMembers(events, "f-c", FOUNDED, "f-1", "f-2");

            events.on(day(1));
            events.publish("f-r", new ResolutionAdopted("f-r", "f-m", "f-c", ResolutionKind.RESOLUTION, "03-NQ/CB",
                    "Nghị quyết tháng 3/2026", "Chi bộ quyết nghị làm đường và dọn vệ sinh.", day(1)));
            task(events, "f-t1", "Làm đường liên thôn", "f-1");
            task(events, "f-t2", "Dọn vệ sinh môi trường", "f-2");

            events.on(day(3));
            events.publish("f-r", new ResolutionAmended("f-r", 1, "Bổ sung rà soát hộ nghèo", "f-1",
                    "Theo ý kiến đảng viên", day(3)));
            events.publish("f-t1", new TaskProgressReported("f-t1", member("f-1"), "Đã làm nửa đường", 50, day(3)));

            events.on(day(4));
            events.publish("f-c", new OrganisationMoved("f-c", "f-Y", "f-X", day(4)));

            events.on(day(5));
            events.publish("f-t1", new TaskCompleted("f-t1", member("f-1"), "Xong", day(5)));
            events.publish("f-t2", new TaskCancelled("f-t2", "Trùng với kế hoạch của xã", day(5)));

            events.on(day(7));
            events.publish("f-t1", new TaskEvaluated("f-t1", "f-m2", TaskOutcome.DONE, null, day(31), null, day(7)));
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(tasks("f-Y", "")).containsExactly("f-t1 DONE", "f-t2 CANCELLED"));
    }

    @Test
    void nothingBeforeItWasRecorded() {
        assertThat(json("/api/organisations/f-P/resolutions?asOf=2026-02-28").path("total").asLong()).isZero();
        assertThat(tasks("f-P", "&asOf=2026-02-28")).isEmpty();
        assertThat(http.getForEntity("/api/resolutions/f-r?asOf=2026-02-28", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aResolutionWithTheAmendmentsAndTasksOfTheDay() {
        JsonNode first = json("/api/resolutions/f-r?asOf=2026-03-02");
        assertThat(first.path("resolution").path("amendments").asInt()).isZero();
        assertThat(first.path("amendments")).isEmpty();
        assertThat(cards(first.path("tasks"))).containsExactly("f-t1 OPEN", "f-t2 OPEN");
        assertThat(first.path("tasks").get(0).hasNonNull("latestProgress")).isFalse();

        JsonNode amended = json("/api/resolutions/f-r?asOf=2026-03-03");
        assertThat(amended.path("resolution").path("amendments").asInt()).isEqualTo(1);
        assertThat(amended.path("tasks").get(0).path("latestProgress").path("percent").asInt()).isEqualTo(50);

        JsonNode now = json("/api/resolutions/f-r");
        assertThat(cards(now.path("tasks"))).containsExactly("f-t1 DONE", "f-t2 CANCELLED");
    }

    @Test
    void theTasksOfASubtreeOnTheTreeOfTheDay() {
        assertThat(tasks("f-X", "&asOf=2026-03-03")).containsExactly("f-t1 OPEN", "f-t2 OPEN");
        assertThat(tasks("f-Y", "&asOf=2026-03-03")).isEmpty();
        assertThat(tasks("f-X", "&asOf=2026-03-04")).isEmpty();
        assertThat(tasks("f-Y", "&asOf=2026-03-05")).containsExactly("f-t1 COMPLETED", "f-t2 CANCELLED");
        assertThat(tasks("f-X", "")).isEmpty();
        assertThat(tasks("f-Y", "&status=DONE&asOf=2026-03-06")).isEmpty();
        assertThat(tasks("f-Y", "&status=DONE&asOf=2026-03-07")).containsExactly("f-t1 DONE");
    }

    @Test
    void theCountsOfTheBoardAsOfADay() {
        JsonNode fourth = json("/api/organisations/f-P/tasks/counts?asOf=2026-03-04");
        assertThat(fourth.path("open").asLong()).isEqualTo(2);
        assertThat(fourth.path("completed").asLong()).isZero();
        JsonNode fifth = json("/api/organisations/f-P/tasks/counts?asOf=2026-03-05");
        assertThat(fifth.path("open").asLong()).isZero();
        assertThat(fifth.path("completed").asLong()).isEqualTo(1);
        assertThat(fifth.path("cancelled").asLong()).isEqualTo(1);
        assertThat(json("/api/organisations/f-P/tasks/counts?asOf=2026-03-07").path("done").asLong()).isEqualTo(1);
    }

    @Test
    void aMembersTasksAsOfADay() {
        assertThat(cards(json("/api/members/f-1/tasks?asOf=2026-03-04").path("items"))).containsExactly("f-t1 OPEN");
        assertThat(json("/api/members/f-1/tasks/counts?asOf=2026-03-05").path("completed").asLong()).isEqualTo(1);
        assertThat(json("/api/members/f-2/tasks?asOf=2026-02-28").path("items")).isEmpty();
    }

    @Test
    void aBadDay() {
        for (String path : List.of("/api/organisations/f-P/tasks?asOf=2026-02-30", "/api/resolutions/f-r?asOf=3-1",
                "/api/organisations/f-P/resolutions?asOf=hôm-qua", "/api/members/f-1/tasks/counts?asOf=2026-13-01")) {
            var answer = http.getForEntity(path, String.class);
            assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(answer.getBody()).as(path).contains("\"code\":\"invalid-parameter\"", "asOf");
        }
    }

    private static LocalDate day(int dayOfMarch) {
        return LocalDate.of(2026, 3, dayOfMarch);
    }

    private static Assignee member(String memberId) {
        return new Assignee(AssigneeKind.MEMBER, memberId);
    }

    private static void task(TopicWriter events, String taskId, String content, String assignee) {
        events.publish(taskId, new TaskAssigned(taskId, "f-r", "f-c", content, null, null, day(31),
                List.of(member(assignee)), "f-1", day(1)));
    }

    /** "task status" of each task of the subtree's board, by deadline then id. */
    private List<String> tasks(String organisationId, String query) {
        return cards(json("/api/organisations/" + organisationId + "/tasks?size=50" + query).path("items"));
    }

    private static List<String> cards(JsonNode cards) {
        List<String> rows = new ArrayList<>();
        cards.forEach(card -> rows.add(card.path("taskId").asText() + " " + card.path("status").asText()));
        return rows;
    }

    private JsonNode json(String path) {
        return Figures.json(http, path);
    }
}
