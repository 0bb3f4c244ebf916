package vn.chibo.command.meeting;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import vn.chibo.command.CommandServiceApplication;
import vn.chibo.infrastructure.spring.FreshInfrastructure;
import vn.chibo.service.testing.TestIdentities;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A village cell's meetings through the REST API on PostgreSQL: one meeting step by step to its
 * closing, then a member absent without reason three months running, counted in the transaction that
 * records the attendance and never twice. The member roster is an in-memory one here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=" + CommandServiceApplication.CONFIG_NAME)
@ContextConfiguration(initializers = FreshInfrastructure.class)
class MeetingPathIT {

    private static final String CELL = "chi-bo-dong-man";

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;

    /** Four official members (a secretary and a deputy among them) and one probationary, through the API. */
    private void registerTheVillageCell() {
        for (String id : new String[] {"bt", "pbt", "dv-a", "dv-b", "dv-c"}) {
            String status = id.equals("dv-c") ? "PROBATIONARY" : "OFFICIAL";
            succeeds(post("/api/members", "reg-" + id, """
                    {"memberId":"%s","cellId":"%s","fullName":"Đồng chí %s","status":"%s","joinedOn":"2019-03-02"}"""
                    .formatted(id, CELL, id, status)));
        }
        succeeds(post("/api/members/bt/roles", "role-bt", "{\"role\":\"SECRETARY\",\"effectiveDate\":\"2020-01-01\"}"));
        succeeds(post("/api/members/pbt/roles", "role-pbt", "{\"role\":\"DEPUTY_SECRETARY\",\"effectiveDate\":\"2020-01-01\"}"));
    }

    private static void succeeds(ResponseEntity<String> response) {
        assertThat(response.getStatusCode().is2xxSuccessful()).as(response.getBody()).isTrue();
    }

    @Test
    void aMeetingGoesFromItsSchedulingToItsClosingAndAnAbsenteeIsWatched() {
        post("/api/organisations", "xa", """
                {"organisationId":"xa-bien-son","name":"Đảng ủy xã Biên Sơn","kind":"COMMITTEE",
                 "levelLabel":"Đảng ủy cơ sở","effectiveDate":"2020-01-01"}""");
        post("/api/organisations", "cell", """
                {"organisationId":"%s","name":"Chi bộ thôn Đồng Mận","kind":"CELL","levelLabel":"Chi bộ trực thuộc",
                 "cellType":"VILLAGE","parentId":"xa-bien-son","effectiveDate":"2020-01-01"}""".formatted(CELL));
        registerTheVillageCell();

        holdJanuaryMeetingStepByStep();
        assertThat(types("sh-2025-01")).endsWith("MeetingClosed", "MeetingHeld");
        assertThat(jdbc.queryForObject("select convert_from(payload, 'UTF8') from domain_event_entry "
                + "where aggregate_identifier = 'sh-2025-01' and payload_type like '%MeetingClosed'", String.class))
                .contains("\"durationMinutes\":100", "\"meetingTooShort\":false", "\"minimumMinutes\":90");
        assertThat(types("dv-b:2025")).containsExactly("UnexcusedAbsenceCounted");

        takeAttendance("sh-2025-02", "2025-02-10");
        assertThat(types("dv-b:2025")).containsExactly("UnexcusedAbsenceCounted", "UnexcusedAbsenceCounted",
                "AbsenceWarningIssued");

        takeAttendance("sh-2025-03", "2025-03-10");
        var replay = post("/api/meetings/sh-2025-03/attendance", "att-sh-2025-03", attendanceJson());
        assertThat(replay.getBody()).contains("\"replayed\":true");
        assertThat(types("dv-b:2025")).containsExactly("UnexcusedAbsenceCounted", "UnexcusedAbsenceCounted",
                "AbsenceWarningIssued", "UnexcusedAbsenceCounted", "AbsenceThresholdReached");
        assertThat(jdbc.queryForList("select convert_from(meta_data, 'UTF8') from domain_event_entry "
                + "where aggregate_identifier = 'dv-b:2025'", String.class))
                .allSatisfy(metadata -> assertThat(metadata).contains("\"commandId\":\"absence-",
                        "\"actor\":\"" + TestIdentities.PLATFORM.username() + "\""));
    }

    @Test
    void aStepOutOfOrderOrMalformedIsAProblemAndStoresNothing() {
        long before = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);

        var unknown = post("/api/meetings/khong-co/resolution-votes", "v-1",
                "{\"resolutionId\":\"nq-1\",\"votesFor\":3,\"votesAgainst\":0,\"abstentions\":0}");
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        var malformed = post("/api/meetings/khong-co/attendance", "a-1", "{\"entries\":[{\"memberId\":\"dv-a\"}]}");
        assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(malformed.getBody()).contains("entries[0].status");

        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry", Long.class)).isEqualTo(before);
    }

    private void holdJanuaryMeetingStepByStep() {
        String m = "sh-2025-01";
        takeAttendance(m, "2025-01-10");
        var voteTooEarly = post("/api/meetings/" + m + "/resolution-votes", "early-" + m,
                "{\"resolutionId\":\"nq-2025-01\",\"votesFor\":3,\"votesAgainst\":0,\"abstentions\":0}");
        assertThat(voteTooEarly.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(voteTooEarly.getBody()).contains("\"rule\":\"meeting.agenda-not-adopted\"",
                "Chương trình sinh hoạt chưa được thông qua");
        step(m, "agenda", "{\"items\":[\"NEWS\",\"PREVIOUS_RESOLUTION_REVIEW\",\"IDEOLOGY\",\"PARTY_BUILDING\","
                + "\"CRITICISM_AND_SELF_CRITICISM\",\"HO_CHI_MINH_STUDY\"]}");
        step(m, "agenda-items", """
                {"itemId":"i-1","kind":"PREVIOUS_RESOLUTION_REVIEW","summary":"Kiểm điểm nghị quyết tháng 12",
                 "durationMinutes":20,"taskReviews":[{"taskId":"nv-1","outcome":"DONE"},
                 {"taskId":"nv-2","outcome":"NOT_DONE","reason":"Chưa có kinh phí"}]}""");
        step(m, "speeches", "{\"memberId\":\"dv-c\",\"itemId\":\"i-1\",\"gist\":\"Đề nghị làm rõ nguồn kinh phí\"}");
        var absentSpeaker = post("/api/meetings/" + m + "/speeches", "absent-" + m,
                "{\"memberId\":\"dv-b\",\"itemId\":\"i-1\",\"gist\":\"Ý kiến\"}");
        assertThat(absentSpeaker.getBody()).contains("\"rule\":\"meeting.speaker-absent\"", "vắng không có lý do");
        step(m, "resolution-votes", "{\"resolutionId\":\"nq-2025-01\",\"votesFor\":3,\"votesAgainst\":0,"
                + "\"abstentions\":0,\"voterIds\":[\"bt\",\"pbt\",\"dv-a\"]}");
        step(m, "quality-rating", """
                {"proposedByMemberId":"bt","level":"GOOD","scores":[{"code":"chuan-bi","points":15},
                 {"code":"tham-du","points":18},{"code":"tien-hanh","points":40},{"code":"ket-thuc","points":20}]}""");
        step(m, "quality-rating/vote", "{\"votesFor\":3,\"votesAgainst\":0,\"abstentions\":0}");
        step(m, "minutes", "{\"readBackAt\":\"2025-01-10T21:00:00\"}");
        step(m, "closing", "{\"endedAt\":\"2025-01-10T21:10:00\"}");
    }

    /** Schedules, prepares, notifies and opens a meeting on {@code day}, with dv-b absent without reason. */
    private void takeAttendance(String meetingId, String day) {
        var scheduled = post("/api/meetings", "s-" + meetingId, """
                {"meetingId":"%s","organisationId":"%s","kind":"REGULAR","scheduledStart":"%sT19:30:00",
                 "place":"Nhà văn hóa thôn Đồng Mận"}""".formatted(meetingId, CELL, day));
        assertThat(scheduled.getStatusCode()).as(scheduled.getBody()).isEqualTo(HttpStatus.CREATED);
        String dayBefore = LocalDate.parse(day).minusDays(3).toString();
        step(meetingId, "content-approval", """
                {"approvedOn":"%s","content":"Nội dung sinh hoạt tháng","draftResolution":"Dự thảo nghị quyết"}
                """.formatted(dayBefore));
        step(meetingId, "notice", """
                {"sentAt":"%sT08:00:00","superiorMonitor":{"fullName":"Hoàng Văn Thắng","position":"Đảng ủy viên"}}
                """.formatted(dayBefore));
        step(meetingId, "opening", """
                {"openedAt":"%sT19:30:00","chairMemberId":"bt","minutesTakerMemberId":"pbt",
                 "superiorAttendees":[{"fullName":"Hoàng Văn Thắng","position":"Đảng ủy viên"}]}""".formatted(day));
        var attendance = post("/api/meetings/" + meetingId + "/attendance", "att-" + meetingId, attendanceJson());
        assertThat(attendance.getStatusCode()).as(attendance.getBody()).isEqualTo(HttpStatus.OK);
    }

    private static String attendanceJson() {
        return """
                {"entries":[{"memberId":"bt","status":"PRESENT"},{"memberId":"pbt","status":"PRESENT"},
                 {"memberId":"dv-a","status":"PRESENT"},{"memberId":"dv-b","status":"ABSENT_WITHOUT_REASON"},
                 {"memberId":"dv-c","status":"PRESENT"}]}""";
    }

    private void step(String meetingId, String path, String json) {
        var response = post("/api/meetings/" + meetingId + "/" + path, path.replace('/', '-') + "-" + meetingId, json);
        assertThat(response.getStatusCode()).as(path + ": " + response.getBody()).isEqualTo(HttpStatus.OK);
    }

    private List<String> types(String aggregateId) {
        return jdbc.queryForList("select payload_type from domain_event_entry where aggregate_identifier = ? "
                        + "order by sequence_number", String.class, aggregateId).stream()
                .map(type -> type.substring(type.lastIndexOf('$') + 1)).toList();
    }

    private ResponseEntity<String> post(String path, String commandId, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("Idempotency-Key", commandId);
        return http.postForEntity(path, new HttpEntity<>(json, headers), String.class);
    }
}
