package vn.chibo.command.report;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chibo.command.CommandServiceApplication;
import vn.chibo.events.indicator.Period;
import vn.chibo.events.report.ReportType;
import vn.chibo.infrastructure.spring.FreshInfrastructure;
import vn.chibo.service.security.Role;
import vn.chibo.service.testing.TestIdentities;

import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Monthly reports through REST on PostgreSQL: district D → commune C → cells c1, c2. This month's
 * report is on time (the deadline is 5 days after the month); January's is late. Same context as the
 * other command ITs (same annotations), so Spring starts it once.
 */
@AutoConfigureObservability
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=" + CommandServiceApplication.CONFIG_NAME)
@ContextConfiguration(initializers = FreshInfrastructure.class)
class ReportPathIT {

    private static final Period THIS_MONTH = Period.month(YearMonth.now(CommandServiceApplication.ZONE));
    private static final ReportType MONTHLY = ReportType.MONTHLY_COMPLIANCE;
    // the superior waits for its units' reports of a type cells send too (not the monthly one: it is about them)
    private static final Period THIS_QUARTER = Period.quarterOf(YearMonth.now(CommandServiceApplication.ZONE));

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ApplicationContext context;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String district = "huyen-" + suffix;
    private final String commune = "xa-" + suffix;
    private final String cell1 = "thon-1-" + suffix;
    private final String cell2 = "thon-2-" + suffix;

    @Test
    void aReportGoesUpReturnedResubmittedAcceptedAndLockedWithEveryStepRecorded() {
        tree();
        String c1 = MONTHLY.reportId(cell1, THIS_MONTH);
        assertStatus(submit(cell1, THIS_MONTH, "a", "sub-1-" + c1), HttpStatus.CREATED);
        var replay = submit(cell1, THIS_MONTH, "a", "sub-1-" + c1);
        assertStatus(replay, HttpStatus.OK);
        assertThat(replay.getBody()).contains("\"replayed\":true");
        assertThat(payload(c1, "ReportSubmitted")).contains("\"onTime\":true", "\"superiorId\":\"" + commune + "\"",
                "\"deadline\":\"" + THIS_MONTH.last().atEndOfMonth().plusDays(5) + "\"",
                "\"policyVersion\":\"quy-dinh-mac-dinh-2025\"");

        var noComment = post("/api/reports/" + c1 + "/return", "ret-0-" + c1, decision(commune, " "));
        assertStatus(noComment, HttpStatus.BAD_REQUEST);
        assertThat(noComment.getBody()).contains("\"field\":\"comment\"");
        assertStatus(post("/api/reports/" + c1 + "/return", "ret-1-" + c1,
                decision(commune, "Thiếu số buổi sinh hoạt chuyên đề")), HttpStatus.OK);
        assertStatus(submit(cell1, THIS_MONTH, "b", "sub-2-" + c1), HttpStatus.CREATED);
        assertStatus(post("/api/reports/" + c1 + "/acceptance", "acc-" + c1, decision(commune, null)), HttpStatus.OK);

        var locked = submit(cell1, THIS_MONTH, "c", "sub-3-" + c1);
        assertRule(locked, "report.locked", "đã được duyệt và khóa");
        assertThat(events(c1)).containsExactly("ReportSubmitted", "ReportReturned", "ReportSubmitted", "ReportAccepted");
        assertThat(jdbc.queryForList("select convert_from(meta_data, 'UTF8') from domain_event_entry"
                + " where aggregate_identifier = ? order by sequence_number", String.class, c1))
                .allSatisfy(metadata -> assertThat(metadata).contains("\"actor\":\"" + TestIdentities.PLATFORM.username() + "\"",
                        "\"commandId\""));
    }

    @Test
    void aSuperiorAcceptsItsReportOnlyAfterEveryUnitBelowAndOnlyItsSuperiorDecides() {
        tree();
        accepted(cell1, THIS_QUARTER);
        String communeReport = type(THIS_QUARTER).reportId(commune, THIS_QUARTER);
        assertStatus(submit(commune, THIS_QUARTER, "d", "sub-" + communeReport), HttpStatus.CREATED);

        var tooEarly = post("/api/reports/" + communeReport + "/acceptance", "acc-1-" + communeReport,
                decision(district, null));
        assertRule(tooEarly, "report.units-not-accepted", "Chi bộ thôn 2");
        assertThat(tooEarly.getBody()).contains("\"policyVersion\":\"quy-dinh-mac-dinh-2025\"", "every unit directly below");

        String c2 = type(THIS_QUARTER).reportId(cell2, THIS_QUARTER);
        assertStatus(submit(cell2, THIS_QUARTER, "e", "sub-" + c2), HttpStatus.CREATED);
        var districtCommittee = TestIdentities.bearer(context, TestIdentities.actor("uy-vien-huyen", Role.COMMITTEE, district));
        assertStatus(post("/api/reports/" + c2 + "/acceptance", "acc-d-" + c2, decision(district, null), districtCommittee),
                HttpStatus.FORBIDDEN);
        assertStatus(post("/api/reports/" + c2 + "/acceptance", "acc-" + c2, decision(commune, null)), HttpStatus.OK);
        assertStatus(post("/api/reports/" + communeReport + "/acceptance", "acc-2-" + communeReport,
                decision(district, null)), HttpStatus.OK);

        String c1 = type(THIS_QUARTER).reportId(cell1, THIS_QUARTER);
        assertRule(post("/api/reports/" + c1 + "/reopening", "reo-1-" + c1, reopening(commune)),
                "report.superior-report-accepted", communeReport);
        assertStatus(post("/api/reports/" + communeReport + "/reopening", "reo-" + communeReport, reopening(district)),
                HttpStatus.OK);
        assertStatus(post("/api/reports/" + c1 + "/reopening", "reo-2-" + c1, reopening(commune)), HttpStatus.OK);
        assertStatus(submit(cell1, THIS_QUARTER, "f", "sub-again-" + c1), HttpStatus.CREATED);
    }

    /**
     * The reopening of a unit's report waits while the superior's report is being decided, then sees
     * the decision: stands in for the district accepting the commune's report at the same moment.
     */
    @Test
    void aReopeningWaitsForTheSuperiorsDecisionInProgressAndThenSeesIt() throws Exception {
        tree();
        accepted(cell1);
        String communeReport = MONTHLY.reportId(commune, THIS_MONTH);
        assertStatus(submit(commune, THIS_MONTH, "d", "sub-" + communeReport), HttpStatus.CREATED);
        String c1 = MONTHLY.reportId(cell1, THIS_MONTH);
        var reopened = new CompletableFuture<ResponseEntity<String>>();

        transactions.executeWithoutResult(decision -> {
            jdbc.queryForObject("select status from report_directory where report_id = ? for update", String.class,
                    communeReport);
            CompletableFuture.runAsync(() -> reopened.complete(
                    post("/api/reports/" + c1 + "/reopening", "reo-wait-" + c1, reopening(commune))));
            await().during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(3)).until(() -> !reopened.isDone());
            jdbc.update("update report_directory set status = 'ACCEPTED' where report_id = ?", communeReport);
        });

        assertRule(reopened.get(10, TimeUnit.SECONDS), "report.superior-report-accepted", communeReport);
    }

    @Test
    void aLateReportIsRecordedLateAndAPolicyCanRelaxTheUnitsRule() {
        tree();
        adoptRelaxedPolicy();
        Period january = Period.parse(YearMonth.now(CommandServiceApplication.ZONE).getYear() + "-01");
        String communeJanuary = MONTHLY.reportId(commune, january);
        assertStatus(submit(commune, january, "1", "sub-" + communeJanuary), HttpStatus.CREATED);
        assertThat(payload(communeJanuary, "ReportSubmitted")).contains("\"onTime\":false",
                "\"policyVersion\":\"linh-hoat-" + suffix + "\"");

        assertStatus(post("/api/reports/" + communeJanuary + "/acceptance", "acc-" + communeJanuary,
                decision(district, null)), HttpStatus.OK);
        assertThat(payload(communeJanuary, "ReportAccepted")).contains("\"unitsRequired\":false");
    }

    @Test
    void badInputIsABilingualProblemAndStoresNothing() {
        tree();
        long before = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);

        assertRule(submit("khong-co-" + suffix, THIS_MONTH, "1", "bad-1-" + suffix), "report.organisation-unknown",
                "không tồn tại");
        var wrongPeriod = post("/api/reports", "bad-2-" + suffix, """
                {"reportId":"QUARTERLY_MEETINGS:%s:%s","type":"QUARTERLY_MEETINGS","organisationId":"%s","period":"%s",
                 "contentHash":"%s","submittedBy":"%s"}""".formatted(cell1, THIS_MONTH.code(), cell1, THIS_MONTH.code(),
                "1".repeat(64), cell1));
        assertRule(wrongPeriod, "report.period-not-of-type", "không phải kỳ của báo cáo quý về sinh hoạt chi bộ");
        var malformed = post("/api/reports", "bad-3-" + suffix, """
                {"reportId":"x","type":"MONTHLY_COMPLIANCE","organisationId":"%s","period":"2026-13",
                 "contentHash":"not-a-hash","submittedBy":"%s"}""".formatted(cell1, cell1));
        assertStatus(malformed, HttpStatus.BAD_REQUEST);
        assertThat(malformed.getBody()).contains("\"field\":\"period\"", "\"field\":\"contentHash\"");

        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry", Long.class)).isEqualTo(before);
    }

    @Test
    void theEndpointsAreInTheApiDocs() {
        assertThat(http.getForObject("/api-docs", String.class)).contains("\"/api/reports\"",
                "/api/reports/{reportId}/acceptance", "/api/reports/{reportId}/return",
                "/api/reports/{reportId}/reopening", "Nộp và duyệt báo cáo / Report submission and approval");
    }

    private void tree() {
        organisation(district, "Huyện ủy Lục Ngạn", "COMMITTEE", null);
        organisation(commune, "Đảng ủy xã Biên Sơn", "COMMITTEE", district);
        organisation(cell1, "Chi bộ thôn 1", "CELL", commune);
        organisation(cell2, "Chi bộ thôn 2", "CELL", commune);
    }

    private void organisation(String id, String name, String kind, String parentId) {
        String more = (kind.equals("CELL") ? ",\"cellType\":\"VILLAGE\"" : "")
                + (parentId == null ? "" : ",\"parentId\":\"" + parentId + "\"");
        assertStatus(post("/api/organisations", "org-" + id, """
                {"organisationId":"%s","name":"%s","kind":"%s","levelLabel":"Cấp","effectiveDate":"2020-01-01"%s}"""
                .formatted(id, name, kind, more)), HttpStatus.CREATED);
    }

    private void accepted(String cell) {
        accepted(cell, THIS_MONTH);
    }

    private void accepted(String cell, Period period) {
        String reportId = type(period).reportId(cell, period);
        assertStatus(submit(cell, period, "9", "sub-" + reportId), HttpStatus.CREATED);
        assertStatus(post("/api/reports/" + reportId + "/acceptance", "acc-" + reportId, decision(commune, null)),
                HttpStatus.OK);
    }

    private void adoptRelaxedPolicy() {
        assertStatus(post("/api/policies/versions", "adopt-" + suffix, """
                {"policyId":"bao-cao-%s","version":"linh-hoat-%s","scopeOrganisationId":"%s","effectiveFrom":"2020-01-01",
                 "basis":"Quyết định thử nghiệm",
                 "thresholds":{"minimumMeetingMinutes":90,"combinedMeetingMinutes":120,"noticeLeadDays":1,
                   "attendanceTargetPercent":85,"unexcusedAbsenceThreshold":3,"minimumOfficialMembers":3,
                   "cellCommitteeFromOfficialMembers":9,"maximumCellCommitteeSize":7,
                   "meetingQuality":{"name":"Thang 100","goodFrom":90,"fairFrom":70,"averageFrom":50,
                     "criteria":[{"code":"a","label":"Chuẩn bị","points":40},{"code":"b","label":"Tiến hành","points":60}]},
                   "reporting":{"requireUnitsAccepted":false,"monthlyDeadlineDays":5,"quarterlyDeadlineDays":10,
                     "sixMonthDeadlineDays":15,"annualDeadlineDays":20}}}
                """.formatted(suffix, suffix, district)), HttpStatus.OK);
    }

    private ResponseEntity<String> submit(String organisationId, Period period, String hashDigit, String commandId) {
        return submit(organisationId, period, hashDigit, commandId, organisationId);
    }

    private ResponseEntity<String> submit(String organisationId, Period period, String hashDigit, String commandId,
                                          String submittedBy) {
        return post("/api/reports", commandId, """
                {"reportId":"%s","type":"%s","organisationId":"%s","period":"%s",
                 "contentHash":"%s","submittedBy":"%s"}""".formatted(type(period).reportId(organisationId, period),
                type(period), organisationId, period.code(), hashDigit.repeat(64), submittedBy));
    }

    /** The monthly report for a month, the quarterly one for a quarter. */
    private static ReportType type(Period period) {
        return period.months() == 3 ? ReportType.QUARTERLY_MEETINGS : MONTHLY;
    }

    private static String decision(String decidedBy, String comment) {
        return comment == null ? "{\"decidedBy\":\"%s\"}".formatted(decidedBy)
                : "{\"decidedBy\":\"%s\",\"comment\":\"%s\"}".formatted(decidedBy, comment);
    }

    private static String reopening(String decidedBy) {
        return "{\"decidedBy\":\"%s\",\"reason\":\"Sửa số đảng viên dự họp\"}".formatted(decidedBy);
    }

    private ResponseEntity<String> post(String path, String commandId, String json) {
        return post(path, commandId, json, null);
    }

    private ResponseEntity<String> post(String path, String commandId, String json, String authorization) {
        HttpHeaders headers = new HttpHeaders();
        if (authorization != null) {
            headers.set(HttpHeaders.AUTHORIZATION, authorization);
        }
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("Idempotency-Key", commandId);
        return http.postForEntity(path, new HttpEntity<>(json, headers), String.class);
    }

    private List<String> events(String aggregateId) {
        return jdbc.queryForList("select payload_type from domain_event_entry where aggregate_identifier = ?"
                        + " order by sequence_number", String.class, aggregateId).stream()
                .map(type -> type.substring(type.lastIndexOf('$') + 1)).toList();
    }

    private String payload(String aggregateId, String eventType) {
        return jdbc.queryForObject("select convert_from(payload, 'UTF8') from domain_event_entry"
                        + " where aggregate_identifier = ? and payload_type like ? order by sequence_number desc limit 1",
                String.class, aggregateId, "%" + eventType);
    }

    private static void assertStatus(ResponseEntity<String> response, HttpStatus status) {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(status);
    }

    private static void assertRule(ResponseEntity<String> response, String rule, String vietnamese) {
        assertStatus(response, HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(response.getBody()).contains("\"rule\":\"" + rule + "\"", vietnamese, "\"detailEn\"");
    }
}
