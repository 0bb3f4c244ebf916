package vn.chibo.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import vn.chibo.command.task.OverdueCheck;
import vn.chibo.infrastructure.spring.FreshInfrastructure;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * The scenario: a village cell through a whole month — scheduled, prepared, notified, held with
 * attendance, speeches and the review of last month's tasks, a resolution with tasks adopted, rated,
 * closed — and the next month's follow-through (tasks completed or overdue, evaluated at the next
 * meeting), all through the REST API on the real PostgreSQL and Kafka. Same annotations as
 * {@link CommandPathIT}, so both run in one Spring context; every id is fresh.
 */
@AutoConfigureObservability
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=" + CommandServiceApplication.CONFIG_NAME)
@ContextConfiguration(initializers = FreshInfrastructure.class)
class CellMonthScenarioIT {

    private static final String SIX_ITEMS = """
            {"items":["NEWS","PREVIOUS_RESOLUTION_REVIEW","IDEOLOGY","PARTY_BUILDING","CRITICISM_AND_SELF_CRITICISM",
             "HO_CHI_MINH_STUDY"]}""";

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OverdueCheck overdueCheck;
    @Value("${chibo.kafka.topic}")
    String topic;
    @Value("${chibo.kafka.bootstrap-servers}")
    String bootstrapServers;

    private final ObjectMapper json = new ObjectMapper();
    private final String u = UUID.randomUUID().toString().substring(0, 8);
    private final String cell = "thon-kep-" + u;
    private final String september = "sh-2025-09-" + u;
    private final String october = "sh-2025-10-" + u;

    @Test
    void aVillageCellHoldsItsSeptemberMeetingAndFollowsItThroughInOctober() {
        registerTheCell();
        recordAugustWithItsTasks();

        holdSeptember();
        assertThat(types(september)).containsExactly("MeetingScheduled", "MeetingContentApproved", "MeetingNoticeSent",
                "MeetingOpened", "AttendanceRecorded", "AttendanceRecorded", "AttendanceRecorded", "AttendanceRecorded",
                "AttendanceRecorded", "AttendanceRecorded", "AttendanceRecorded", "AttendanceRecorded", "AgendaAdopted",
                "AgendaItemRecorded", "AgendaItemRecorded", "AgendaItemRecorded", "AgendaItemRecorded",
                "AgendaItemRecorded", "AgendaItemRecorded", "SpeechGiven", "SpeechGiven", "ResolutionVoted",
                "QualityRatingProposed", "QualityRatingVoted", "MinutesSigned", "MeetingClosed", "MeetingHeld");
        assertThat(monthStream()).containsExactly(
                "sh-09:MeetingScheduled", "sh-09:MeetingContentApproved", "sh-09:MeetingNoticeSent",
                "sh-09:MeetingOpened", "sh-09:AttendanceRecorded", "sh-09:AgendaAdopted", "sh-09:AgendaItemRecorded",
                "sh-09:AgendaItemRecorded", "nv-08-1:TaskEvaluated", "nv-08-2:TaskEvaluated", "nv-08-3:TaskEvaluated",
                "sh-09:AgendaItemRecorded", "sh-09:AgendaItemRecorded", "sh-09:AgendaItemRecorded",
                "sh-09:AgendaItemRecorded", "sh-09:SpeechGiven", "sh-09:SpeechGiven", "sh-09:ResolutionVoted", "nq-09:ResolutionAdopted",
                "nv-09-1:TaskAssigned", "nv-09-2:TaskAssigned", "sh-09:QualityRatingProposed",
                "sh-09:QualityRatingVoted", "sh-09:MinutesSigned", "sh-09:MeetingClosed", "sh-09:MeetingHeld");
        JsonNode notice = payload(september, "MeetingNoticeSent");
        assertThat(notice.path("daysAhead").asInt()).isEqualTo(2);
        assertThat(notice.path("late").asBoolean()).isFalse();
        assertThat(payload(september, "MeetingOpened").path("roster")).hasSize(8);
        assertThat(payloads(september, "AttendanceRecorded")).extracting(a -> a.path("memberId").asText(),
                a -> a.path("status").asText()).contains(tuple("binh-" + u, "ABSENT_WITH_REASON"),
                tuple("dung-" + u, "ABSENT_WITHOUT_REASON"), tuple("ong-" + u, "EXEMPT"), tuple("em-" + u, "PRESENT"));
        JsonNode vote = payload(september, "ResolutionVoted").path("vote");
        assertThat(vote.path("officialMembersPresent").asInt()).as("bt, pbt, an, cuong").isEqualTo(4);
        assertThat(vote.path("membersCounted").asInt()).as("and dung, absent without reason").isEqualTo(5);
        assertThat(vote.path("passed").asBoolean()).isTrue();
        assertThat(payload(september, "QualityRatingProposed").path("totalPoints").asInt()).isEqualTo(84);
        assertThat(payload(september, "MeetingClosed").path("durationMinutes").asLong()).isEqualTo(115);
        assertThat(types("dung-" + u + ":2025")).containsExactly("UnexcusedAbsenceCounted");

        followSeptemberThrough();
        holdOctober();

        assertThat(payload(october, "MeetingNoticeSent").path("late").asBoolean()).as("sent the same morning").isTrue();
        assertThat(payload(october, "AgendaItemRecorded").path("taskReviews")).extracting(r -> r.path("taskId").asText(),
                r -> r.path("outcome").asText()).containsExactly(tuple("nv-09-1-" + u, "DONE"),
                tuple("nv-09-2-" + u, "CARRIED_OVER"), tuple("nv-08-3-" + u, "DONE"));
        assertThat(evaluationsAt(october)).containsExactlyInAnyOrder(
                tuple("nv-09-1-" + u, "DONE", null), tuple("nv-09-2-" + u, "CARRIED_OVER", "2025-10-31"),
                tuple("nv-08-3-" + u, "DONE", null));
        assertThat(evaluationsAt(september)).containsExactlyInAnyOrder(tuple("nv-08-1-" + u, "DONE", null),
                tuple("nv-08-2-" + u, "NOT_DONE", null), tuple("nv-08-3-" + u, "CARRIED_OVER", "2025-09-30"));
        assertThat(types("nv-09-2-" + u)).containsExactly("TaskAssigned", "TaskProgressReported", "TaskBecameOverdue",
                "TaskEvaluated");
        assertThat(types("nv-08-3-" + u)).containsExactly("TaskAssigned", "TaskEvaluated", "TaskCompleted", "TaskEvaluated");
        assertThat(types("dung-" + u + ":2025")).as("present in October").hasSize(1);

        assertTheMonthReachedTheTopic();
    }

    /** Seven official members (one exempt for old age) and one probationary; a secretary and a deputy. */
    private void registerTheCell() {
        ok(post("/api/organisations", "xa-" + u, """
                {"organisationId":"xa-%s","name":"Đảng ủy xã Kép","kind":"COMMITTEE","levelLabel":"Đảng ủy cơ sở",
                 "effectiveDate":"2020-01-01"}""".formatted(u)));
        ok(post("/api/organisations", cell, """
                {"organisationId":"%s","name":"Chi bộ thôn Kép","kind":"CELL","levelLabel":"Chi bộ trực thuộc",
                 "cellType":"VILLAGE","parentId":"xa-%s","effectiveDate":"2020-01-01"}""".formatted(cell, u)));
        for (String name : List.of("bt", "pbt", "an", "binh", "cuong", "dung", "em", "ong")) {
            ok(post("/api/members", "reg-" + name + "-" + u, """
                    {"memberId":"%s-%s","cellId":"%s","fullName":"Đồng chí %s","status":"%s","joinedOn":"2015-05-19"}
                    """.formatted(name, u, cell, name, name.equals("em") ? "PROBATIONARY" : "OFFICIAL")));
        }
        ok(post("/api/members/bt-" + u + "/roles", "role-bt-" + u, "{\"role\":\"SECRETARY\",\"effectiveDate\":\"2025-05-10\"}"));
        ok(post("/api/members/pbt-" + u + "/roles", "role-pbt-" + u,
                "{\"role\":\"DEPUTY_SECRETARY\",\"effectiveDate\":\"2025-05-10\"}"));
        ok(post("/api/members/ong-" + u + "/exemptions", "ex-ong-" + u, """
                {"reason":"Tuổi cao, sức yếu","exemptFrom":"2025-06-01"}"""));
    }

    /** August, recorded after the fact: its meeting held, its resolution and three tasks, one completed. */
    private void recordAugustWithItsTasks() {
        String august = "sh-2025-08-" + u;
        ok(post("/api/meetings", "s-" + august, schedule(august, "2025-08-05")));
        ok(post("/api/meetings/" + august + "/held", "h-" + august,
                "{\"startedAt\":\"2025-08-05T19:30:00\",\"endedAt\":\"2025-08-05T21:30:00\"}"));
        adoptResolution("nq-08-" + u, august, "2025-08-05");
        assignTask("nv-08-1", "nq-08", "Phát quang đường liên thôn", "2025-08-25", "an");
        assignTask("nv-08-2", "nq-08", "Vận động hộ nghèo đăng ký vay vốn", "2025-08-31", "binh");
        assignTask("nv-08-3", "nq-08", "Thu quỹ khuyến học", "2025-08-31", "cuong");
        task("nv-08-1", "completion", "{\"completedBy\":%s,\"note\":\"Đã phát quang 2 km\",\"completedOn\":\"2025-08-20\"}"
                .formatted(member("an")));
    }

    private void holdSeptember() {
        String m = september;
        ok(post("/api/meetings", "s-" + m, schedule(m, "2025-09-05")));
        step(m, "content-approval", """
                {"approvedOn":"2025-09-01","content":"Kiểm điểm nghị quyết tháng 8, nhiệm vụ tháng 9",
                 "draftResolution":"Dự thảo nghị quyết tháng 9"}""");
        step(m, "notice", """
                {"sentAt":"2025-09-03T08:00:00","superiorMonitor":{"fullName":"Hoàng Văn Thắng","position":"Đảng ủy viên"}}""");
        step(m, "opening", """
                {"openedAt":"2025-09-05T19:30:00","chairMemberId":"bt-%1$s","minutesTakerMemberId":"pbt-%1$s",
                 "purpose":"Sinh hoạt thường kỳ tháng 9","superiorAttendees":[{"fullName":"Hoàng Văn Thắng",
                 "position":"Đảng ủy viên"}]}""".formatted(u));
        step(m, "attendance", """
                {"entries":[%s,%s,%s,%s,%s,%s,%s,%s]}""".formatted(present("bt"), present("pbt"), present("an"),
                present("cuong"), present("em"), """
                {"memberId":"binh-%s","status":"ABSENT_WITH_REASON","reason":"Đi làm ăn xa"}""".formatted(u),
                "{\"memberId\":\"dung-%s\",\"status\":\"ABSENT_WITHOUT_REASON\"}".formatted(u),
                "{\"memberId\":\"ong-%s\",\"status\":\"EXEMPT\"}".formatted(u)));
        step(m, "agenda", SIX_ITEMS);
        item(m, "i-1", "NEWS", "Thông tin thời sự trong nước, của tỉnh và huyện", null);
        item(m, "i-2", "PREVIOUS_RESOLUTION_REVIEW", "Kiểm điểm nghị quyết tháng 8 từng nhiệm vụ", """
                [{"taskId":"nv-08-1-%1$s","outcome":"DONE"},
                 {"taskId":"nv-08-2-%1$s","outcome":"NOT_DONE","reason":"Ngân hàng chưa giải ngân"},
                 {"taskId":"nv-08-3-%1$s","outcome":"CARRIED_OVER","newDeadline":"2025-09-30"}]""".formatted(u));
        evaluate("nv-08-1", m, "DONE", null, null, "2025-09-05");
        evaluate("nv-08-2", m, "NOT_DONE", "Ngân hàng chưa giải ngân", null, "2025-09-05");
        evaluate("nv-08-3", m, "CARRIED_OVER", "Còn 5 hộ chưa nộp", "2025-09-30", "2025-09-05");
        item(m, "i-3", "IDEOLOGY", "Nhân dân phấn khởi vì vụ vải được giá", null);
        item(m, "i-4", "PARTY_BUILDING", "Giới thiệu quần chúng ưu tú cho Đảng", null);
        item(m, "i-5", "CRITICISM_AND_SELF_CRITICISM", "Đảng viên tự phê bình việc đóng đảng phí", null);
        item(m, "i-6", "HO_CHI_MINH_STUDY", "Học tập tấm gương tiết kiệm của Bác", null);
        speech(m, "an", "i-2", "Đề nghị chuyển nhiệm vụ thu quỹ sang tháng 9");
        speech(m, "em", "i-4", "Xin được giao nhiệm vụ kèm cặp quần chúng");
        step(m, "resolution-votes", "{\"resolutionId\":\"nq-09-%s\",\"votesFor\":4,\"votesAgainst\":0,\"abstentions\":0}"
                .formatted(u));
        adoptResolution("nq-09-" + u, m, "2025-09-05");
        assignTask("nv-09-1", "nq-09", "Làm hồ sơ đề nghị kết nạp quần chúng Đinh Văn Lực", "2025-09-25", "an");
        assignTask("nv-09-2", "nq-09", "Vận động làm 300 m đường bê tông ngõ xóm", "2025-09-30", "cuong", "em");
        step(m, "quality-rating", """
                {"proposedByMemberId":"bt-%s","level":"FAIR","scores":[{"code":"chuan-bi","points":14},
                 {"code":"tham-du","points":12},{"code":"tien-hanh","points":40},{"code":"ket-thuc","points":18}]}"""
                .formatted(u));
        step(m, "quality-rating/vote", "{\"votesFor\":4,\"votesAgainst\":0,\"abstentions\":0}");
        step(m, "minutes", "{\"readBackAt\":\"2025-09-05T21:15:00\"}");
        step(m, "closing", "{\"endedAt\":\"2025-09-05T21:25:00\"}");
    }

    /** Between the meetings: one task completed, one reported half done and then overdue, the carried-over one done. */
    private void followSeptemberThrough() {
        task("nv-09-1", "completion", "{\"completedBy\":%s,\"note\":\"Hồ sơ đã gửi Đảng ủy xã\",\"completedOn\":\"2025-09-24\"}"
                .formatted(member("an")));
        task("nv-09-2", "progress", "{\"reportedBy\":%s,\"text\":\"Đã làm 150 m\",\"percent\":50,\"reportedOn\":\"2025-09-20\"}"
                .formatted(member("cuong")));
        task("nv-08-3", "completion", "{\"completedBy\":%s,\"note\":\"Đã thu đủ\",\"completedOn\":\"2025-09-28\"}"
                .formatted(member("cuong")));
        overdueCheck.markOverdueTasks();
    }

    private void holdOctober() {
        String m = october;
        ok(post("/api/meetings", "s-" + m, schedule(m, "2025-10-06")));
        step(m, "content-approval", """
                {"approvedOn":"2025-10-02","content":"Kiểm điểm nghị quyết tháng 9, nhiệm vụ tháng 10"}""");
        step(m, "notice", "{\"sentAt\":\"2025-10-06T07:00:00\"}");
        step(m, "opening", """
                {"openedAt":"2025-10-06T19:30:00","chairMemberId":"bt-%1$s","minutesTakerMemberId":"pbt-%1$s"}"""
                .formatted(u));
        step(m, "attendance", "{\"entries\":[%s,%s,%s,%s,%s,%s,%s,%s]}".formatted(present("bt"), present("pbt"),
                present("an"), present("binh"), present("cuong"), present("dung"), present("em"),
                "{\"memberId\":\"ong-%s\",\"status\":\"EXEMPT\"}".formatted(u)));
        step(m, "agenda", SIX_ITEMS);
        item(m, "i-1", "PREVIOUS_RESOLUTION_REVIEW", "Kiểm điểm nghị quyết tháng 9", """
                [{"taskId":"nv-09-1-%1$s","outcome":"DONE"},
                 {"taskId":"nv-09-2-%1$s","outcome":"CARRIED_OVER","newDeadline":"2025-10-31"},
                 {"taskId":"nv-08-3-%1$s","outcome":"DONE"}]""".formatted(u));
        evaluate("nv-09-1", m, "DONE", null, null, "2025-10-06");
        evaluate("nv-09-2", m, "CARRIED_OVER", "Mưa kéo dài, còn 150 m", "2025-10-31", "2025-10-06");
        evaluate("nv-08-3", m, "DONE", null, null, "2025-10-06");
        speech(m, "dung", "i-1", "Nhận khuyết điểm vắng họp tháng 9, xin nhận làm đường cùng đồng chí Cường");
        step(m, "resolution-votes", "{\"resolutionId\":\"nq-10-%s\",\"votesFor\":6,\"votesAgainst\":0,\"abstentions\":0}"
                .formatted(u));
        adoptResolution("nq-10-" + u, m, "2025-10-06");
        step(m, "quality-rating", "{\"proposedByMemberId\":\"bt-%s\",\"level\":\"GOOD\"}".formatted(u));
        step(m, "quality-rating/vote", "{\"votesFor\":6,\"votesAgainst\":0,\"abstentions\":0}");
        step(m, "minutes", "{\"readBackAt\":\"2025-10-06T21:20:00\"}");
        step(m, "closing", "{\"endedAt\":\"2025-10-06T21:35:00\"}");
    }

    /** Every event of the month's aggregates, on the topic keyed by its aggregate and in the stored order. */
    private void assertTheMonthReachedTheTopic() {
        List<String> keys = new ArrayList<>(List.of(september, october, "nq-09-" + u));
        List.of("nv-08-1", "nv-08-2", "nv-08-3", "nv-09-1", "nv-09-2").forEach(t -> keys.add(t + "-" + u));
        Map<String, List<String>> stored = new HashMap<>();
        keys.forEach(key -> stored.put(key, jdbc.queryForList("select event_identifier from domain_event_entry "
                + "where aggregate_identifier = ? order by sequence_number", String.class, key)));
        Map<String, List<String>> published = recordsOnTheTopic(stored.keySet(), stored.values().stream().mapToInt(List::size).sum());
        assertThat(published).isEqualTo(stored);
    }

    private Map<String, List<String>> recordsOnTheTopic(Collection<String> keys, int expected) {
        Map<String, List<String>> found = new HashMap<>();
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        try (var consumer = new KafkaConsumer<String, byte[]>(config)) {
            consumer.subscribe(Set.of(topic));
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    if (keys.contains(r.key())) {
                        found.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(
                                new String(r.headers().lastHeader("axon-message-id").value(), StandardCharsets.UTF_8));
                    }
                }
                return found.values().stream().mapToInt(List::size).sum() >= expected;
            });
        }
        return found;
    }

    /** The month's stream across the meeting, its resolution and the tasks, by global order; overdue marks left out. */
    private List<String> monthStream() {
        Map<String, String> aliases = Map.of(september, "sh-09", "nq-09-" + u, "nq-09", "nv-08-1-" + u, "nv-08-1",
                "nv-08-2-" + u, "nv-08-2", "nv-08-3-" + u, "nv-08-3", "nv-09-1-" + u, "nv-09-1", "nv-09-2-" + u, "nv-09-2");
        List<String> stream = jdbc.query("""
                select aggregate_identifier, payload_type from domain_event_entry where aggregate_identifier in (%s)
                and payload_type not like '%%$TaskBecameOverdue' and global_index >= (select min(global_index)
                from domain_event_entry where aggregate_identifier = ?) order by global_index"""
                .formatted(aliases.keySet().stream().map(k -> "'" + k + "'").collect(Collectors.joining(","))),
                (rs, i) -> aliases.get(rs.getString(1)) + ":" + shortType(rs.getString(2)), september);
        // eight attendance events in a row say no more than one
        List<String> collapsed = new ArrayList<>();
        stream.forEach(e -> {
            if (!(e.endsWith("AttendanceRecorded") && !collapsed.isEmpty() && collapsed.get(collapsed.size() - 1).equals(e))) {
                collapsed.add(e);
            }
        });
        return collapsed;
    }

    private List<Tuple> evaluationsAt(String meetingId) {
        return jdbc.queryForList("""
                select convert_from(payload, 'UTF8') from domain_event_entry where payload_type like '%$TaskEvaluated'
                and aggregate_identifier like ?""", String.class, "%-" + u).stream()
                .map(this::read)
                .filter(e -> e.path("meetingId").asText().equals(meetingId))
                .map(e -> tuple(e.path("taskId").asText(), e.path("outcome").asText(),
                        e.hasNonNull("newDeadline") ? e.path("newDeadline").asText() : null))
                .toList();
    }

    private String schedule(String meetingId, String day) {
        return """
                {"meetingId":"%s","organisationId":"%s","kind":"REGULAR","scheduledStart":"%sT19:30:00",
                 "place":"Nhà văn hóa thôn Kép"}""".formatted(meetingId, cell, day);
    }

    private void adoptResolution(String resolutionId, String meetingId, String adoptedOn) {
        ok(post("/api/resolutions", "a-" + resolutionId, """
                {"resolutionId":"%s","meetingId":"%s","organisationId":"%s","kind":"RESOLUTION",
                 "title":"Nghị quyết chi bộ thôn Kép","text":"Lãnh đạo thực hiện nhiệm vụ trong tháng","adoptedOn":"%s"}"""
                .formatted(resolutionId, meetingId, cell, adoptedOn)));
    }

    private void assignTask(String task, String resolution, String content, String deadline, String... assignees) {
        String who = Arrays.stream(assignees).map(this::member).collect(Collectors.joining(","));
        ok(post("/api/tasks", "a-" + task + "-" + u, """
                {"taskId":"%s-%s","resolutionId":"%s-%s","content":"%s","deadline":"%s","assignees":[%s],
                 "supervisorId":"pbt-%s"}""".formatted(task, u, resolution, u, content, deadline, who, u)));
    }

    private void evaluate(String task, String meetingId, String outcome, String reason, String newDeadline, String on) {
        task(task, "evaluation", """
                {"meetingId":"%s","outcome":"%s","reason":%s,"newDeadline":%s,"evaluatedOn":"%s"}"""
                .formatted(meetingId, outcome, quoted(reason), quoted(newDeadline), on));
    }

    private void task(String task, String step, String body) {
        ok(post("/api/tasks/" + task + "-" + u + "/" + step, step + "-" + task + "-" + body.hashCode() + "-" + u, body));
    }

    private void item(String meetingId, String itemId, String kind, String summary, String reviews) {
        step(meetingId, "agenda-items", itemId, """
                {"itemId":"%s","kind":"%s","summary":"%s","durationMinutes":15,"taskReviews":%s}"""
                .formatted(itemId, kind, summary, reviews));
    }

    private void speech(String meetingId, String member, String itemId, String gist) {
        step(meetingId, "speeches", member + itemId, """
                {"memberId":"%s-%s","itemId":"%s","gist":"%s"}""".formatted(member, u, itemId, gist));
    }

    private void step(String meetingId, String path, String json) {
        step(meetingId, path, "", json);
    }

    private void step(String meetingId, String path, String discriminator, String json) {
        ok(post("/api/meetings/" + meetingId + "/" + path, path.replace('/', '-') + discriminator + "-" + meetingId, json));
    }

    private String present(String name) {
        return "{\"memberId\":\"%s-%s\",\"status\":\"PRESENT\"}".formatted(name, u);
    }

    private String member(String name) {
        return "{\"kind\":\"MEMBER\",\"id\":\"%s-%s\"}".formatted(name, u);
    }

    private static String quoted(String text) {
        return text == null ? "null" : "\"" + text + "\"";
    }

    private List<String> types(String aggregateId) {
        return jdbc.queryForList("select payload_type from domain_event_entry where aggregate_identifier = ? "
                + "order by sequence_number", String.class, aggregateId).stream().map(CellMonthScenarioIT::shortType).toList();
    }

    private JsonNode payload(String aggregateId, String type) {
        return payloads(aggregateId, type).get(0);
    }

    private List<JsonNode> payloads(String aggregateId, String type) {
        return jdbc.queryForList("select convert_from(payload, 'UTF8') from domain_event_entry where aggregate_identifier = ? "
                + "and payload_type like ? order by sequence_number", String.class, aggregateId, "%$" + type).stream()
                .map(this::read).toList();
    }

    private JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String shortType(String payloadType) {
        return payloadType.substring(payloadType.lastIndexOf('$') + 1);
    }

    private static void ok(ResponseEntity<String> response) {
        assertThat(response.getStatusCode().is2xxSuccessful()).as(response.getBody()).isTrue();
    }

    private ResponseEntity<String> post(String path, String commandId, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("Idempotency-Key", commandId);
        return http.postForEntity(path, new HttpEntity<>(body, headers), String.class);
    }
}
