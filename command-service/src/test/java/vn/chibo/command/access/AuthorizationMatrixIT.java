package vn.chibo.command.access;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.chibo.command.CommandServiceApplication;
import vn.chibo.events.indicator.Period;
import vn.chibo.events.report.ReportType;
import vn.chibo.infrastructure.spring.FreshInfrastructure;
import vn.chibo.service.security.Actor;
import vn.chibo.service.security.Role;
import vn.chibo.service.testing.TestAuthenticationAutoConfiguration;
import vn.chibo.service.testing.TestIdentities;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may call which endpoint of command-service, for every endpoint the service has (found from its
 * request mappings: one left out of the matrix fails the test). Each is called without a token (401),
 * by the role it needs in a subtree holding its target (accepted, or refused by a domain rule — never
 * 401/403) and by the same role in the sibling subtree (403, nothing stored).
 * <p>
 * The tree: root → communes A and B → cells A (under A) and B (under B); everything acted on lies in A.
 */
@AutoConfigureObservability
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=" + CommandServiceApplication.CONFIG_NAME)
@ContextConfiguration(initializers = FreshInfrastructure.class)
class AuthorizationMatrixIT {

    /** Open to anyone, by the security foundation: signing in and out. */
    private static final Set<String> PUBLIC = Set.of("POST /login", "POST /api/session", "POST /logout");
    private static final Period THIS_MONTH = Period.month(YearMonth.now(CommandServiceApplication.ZONE));

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final String u = UUID.randomUUID().toString().substring(0, 8);
    private final String root = "tinh-" + u;
    private final String communeA = "xa-a-" + u;
    private final String communeB = "xa-b-" + u;
    private final String cellA = "cb-a-" + u;
    private final String cellB = "cb-b-" + u;
    private final String reportA = ReportType.MONTHLY_COMPLIANCE.reportId(cellA, THIS_MONTH);
    private int commandIds;

    @BeforeEach
    void tree() {
        organisation(root, "COMMITTEE", null);
        organisation(communeA, "COMMITTEE", root);
        organisation(communeB, "COMMITTEE", root);
        for (String cell : List.of(cellA, "cb-a2-" + u, "cb-a3-" + u, "cb-a4-" + u, "cb-a5-" + u, "cb-a6-" + u, "cb-a7-" + u)) {
            organisation(cell, "CELL", communeA);
        }
        organisation(cellB, "CELL", communeB);
        for (String member : List.of("dv-1", "dv-2", "dv-leave", "dv-transfer")) {
            ok(platform("/api/members", """
                    {"memberId":"%s-%s","cellId":"%s","fullName":"Đảng viên","status":"PROBATIONARY","joinedOn":"2024-01-15"}
                    """.formatted(member, u, cellA)));
        }
        ok(platform("/api/meetings", """
                {"meetingId":"sh-%s","organisationId":"%s","kind":"REGULAR","scheduledStart":"2026-03-05T07:30:00",
                 "place":"Nhà văn hóa"}""".formatted(u, cellA)));
        ok(platform("/api/resolutions", """
                {"resolutionId":"nq-%s","meetingId":"sh-%s","organisationId":"%s","kind":"RESOLUTION","title":"Nghị quyết",
                 "text":"Chăm sóc vải thiều","adoptedOn":"2025-03-05"}""".formatted(u, u, cellA)));
        for (String task : List.of("nv", "nv-done", "nv-cancel")) {
            ok(platform("/api/tasks", """
                    {"taskId":"%s-%s","resolutionId":"nq-%s","content":"Phun thuốc","deadline":"2026-12-31",
                     "assignees":[{"kind":"MEMBER","id":"dv-1-%s"}],"supervisorId":"dv-2-%s"}""".formatted(task, u, u, u, u)));
        }
        for (String petition : List.of("kn", "kn-len")) {
            ok(platform("/api/petitions", """
                    {"petitionId":"%s-%s","meetingId":"sh-%s","cellId":"%s","content":"Sửa đường","raisedOn":"2025-03-05"}
                    """.formatted(petition, u, u, cellA)));
        }
        ok(platform("/api/petitions/kn-len-" + u + "/forwarding", "{\"forwardedOn\":\"2025-03-06\"}"));
        ok(platform("/api/plans", planJson("kh-" + u)));
        ok(platform("/api/reports", reportJson(cellA)));
    }

    @Test
    void everyEndpointIsInTheMatrixAndAnswersEachRoleInsideAndOutsideItsSubtree() {
        Map<String, Case> matrix = matrix();
        Set<String> endpoints = endpoints();
        assertThat(matrix.keySet()).as("the matrix has a row for every endpoint, and no other")
                .containsExactlyInAnyOrderElementsOf(endpoints);

        for (var row : matrix.entrySet()) {
            Case c = row.getValue();
            String what = row.getKey() + " " + c.path();
            assertThat(call(c, TestAuthenticationAutoConfiguration.ANONYMOUS).getStatusCode())
                    .as(what + " without a token").isEqualTo(HttpStatus.UNAUTHORIZED);

            long before = storedEvents();
            var outside = call(c, bearer(c.outside()));
            assertThat(outside.getStatusCode()).as(what + " by " + c.outside() + ": " + outside.getBody())
                    .isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(outside.getBody()).as(what).contains("\"titleEn\"");
            assertThat(storedEvents()).as(what + " refused stores nothing").isEqualTo(before);

            var inside = call(c, bearer(c.inside()));
            assertThat(inside.getStatusCode().value()).as(what + " by " + c.inside() + ": " + inside.getBody())
                    .isNotIn(401, 403).isLessThan(500);
        }
    }

    @Test
    void aMemberReportsOnlyOnTheirOwnTaskAndAsThemselves() {
        Actor assignee = TestIdentities.member("dv1", "dv-1-" + u, cellA);
        Actor other = TestIdentities.member("dv2", "dv-2-" + u, cellA);
        String progress = "/api/tasks/nv-" + u + "/progress";

        assertThat(post(progress, progressJson("dv-1-" + u), bearer(other)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post(progress, progressJson("dv-2-" + u), bearer(other)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post(progress, progressJson("dv-2-" + u), bearer(assignee)).getStatusCode())
                .as("an assignee reporting in someone else's name").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("/api/tasks/nv-" + u + "/evaluation", "{}", bearer(assignee)).getStatusCode())
                .as("evaluating is the cell's").isEqualTo(HttpStatus.FORBIDDEN);

        var own = post(progress, progressJson("dv-1-" + u), bearer(assignee));
        assertThat(own.getStatusCode()).as(own.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(lastMetadata("nv-" + u)).contains("\"actor\":\"dv1\"", "\"actingRole\":\"MEMBER\"",
                "\"actingOrganisation\":\"" + cellA + "\"");
    }

    @Test
    void whoActedAndWhoDecidedComeFromTheTokenAndTheTreeNotFromTheBody() {
        Actor secretary = TestIdentities.actor("bi-thu-a", Role.SECRETARY, cellA);
        var scheduled = post("/api/meetings", """
                {"meetingId":"sh-2-%s","organisationId":"%s","kind":"REGULAR","scheduledStart":"2026-04-05T07:30:00",
                 "place":"Nhà văn hóa","actor":"ke-mao-danh","actingRole":"ADMINISTRATOR"}""".formatted(u, cellA), bearer(secretary));
        assertThat(scheduled.getStatusCode()).as(scheduled.getBody()).isEqualTo(HttpStatus.CREATED);
        assertThat(lastMetadata("sh-2-" + u)).contains("\"actor\":\"bi-thu-a\"", "\"actingRole\":\"SECRETARY\"")
                .doesNotContain("ke-mao-danh", "ADMINISTRATOR");

        Actor committee = TestIdentities.actor("uy-vien-a", Role.COMMITTEE, communeA);
        var approved = post("/api/plans/kh-" + u + "/approval", """
                {"decidedBy":"%s","decidedOn":"%s"}""".formatted(communeB, LocalDate.now(CommandServiceApplication.ZONE)),
                bearer(committee));
        assertThat(approved.getStatusCode()).as(approved.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(lastPayload("kh-" + u)).contains("\"decidedBy\":\"" + communeA + "\"").doesNotContain(communeB);
        assertThat(lastMetadata("kh-" + u)).contains("\"actor\":\"uy-vien-a\"", "\"actingRole\":\"COMMITTEE\"");

        var accepted = post("/api/reports/" + reportA + "/acceptance", "{\"decidedBy\":\"" + root + "\"}", bearer(committee));
        assertThat(accepted.getStatusCode()).as(accepted.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(lastPayload(reportA)).contains("\"decidedBy\":\"" + communeA + "\"");
    }

    @Test
    void aRightFollowsTheTreeWhenAnOrganisationMoves() {
        Actor secretaryB = TestIdentities.actor("bi-thu-xa-b", Role.SECRETARY, communeB);
        String schedule = """
                {"meetingId":"sh-m-%s","organisationId":"cb-a7-%s","kind":"REGULAR","scheduledStart":"2026-04-05T07:30:00",
                 "place":"Nhà văn hóa"}""".formatted(u, u);
        assertThat(post("/api/meetings", schedule, bearer(secretaryB)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        ok(platform("/api/organisations/cb-a7-" + u + "/move", """
                {"parentId":"%s","effectiveDate":"2025-01-01"}""".formatted(communeB)));

        assertThat(post("/api/meetings", schedule, bearer(secretaryB)).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    /** Each endpoint: where it is called, with what, and who is inside and outside. */
    private Map<String, Case> matrix() {
        Map<String, Case> m = new LinkedHashMap<>();
        Actor adminA = actor(Role.ADMINISTRATOR, communeA);
        Actor adminB = actor(Role.ADMINISTRATOR, communeB);
        Actor secretaryA = actor(Role.SECRETARY, cellA);
        Actor secretaryB = actor(Role.SECRETARY, cellB);
        Actor communeSecretaryA = actor(Role.SECRETARY, communeA);
        Actor communeSecretaryB = actor(Role.SECRETARY, communeB);
        Actor committeeA = actor(Role.COMMITTEE, communeA);
        Actor committeeB = actor(Role.COMMITTEE, communeB);
        String member = "/api/members/dv-1-" + u;
        String meeting = "/api/meetings/sh-" + u;
        String today = LocalDate.now(CommandServiceApplication.ZONE).toString();

        m.put("POST /api/organisations", post("/api/organisations", """
                {"organisationId":"cb-new-%s","name":"Chi bộ mới","kind":"CELL","cellType":"VILLAGE","levelLabel":"Chi bộ",
                 "parentId":"%s","effectiveDate":"2020-01-01"}""".formatted(u, communeA), adminA, adminB));
        m.put("POST /api/organisations/{organisationId}/rename", post("/api/organisations/cb-a2-" + u + "/rename",
                "{\"name\":\"Chi bộ đổi tên\",\"effectiveDate\":\"2025-01-01\"}", adminA, adminB));
        m.put("POST /api/organisations/{organisationId}/move", post("/api/organisations/cb-a3-" + u + "/move",
                "{\"parentId\":\"%s\",\"effectiveDate\":\"2025-01-01\"}".formatted(communeA), adminA, adminB));
        m.put("POST /api/organisations/merge", post("/api/organisations/merge", """
                {"survivorId":"cb-a4-%s","absorbedIds":["cb-a5-%s"],"effectiveDate":"2025-01-01"}""".formatted(u, u),
                adminA, adminB));
        m.put("POST /api/organisations/split", post("/api/organisations/split", """
                {"organisationId":"cb-a6-%1$s","effectiveDate":"2025-01-01","parts":[
                 {"organisationId":"cb-a6-1-%1$s","name":"Phần 1","takes":[]},{"organisationId":"cb-a6-2-%1$s","name":"Phần 2","takes":[]}]}
                """.formatted(u), adminA, adminB));
        m.put("POST /api/organisations/{organisationId}/dissolve", post("/api/organisations/cb-a2-" + u + "/dissolve",
                "{\"effectiveDate\":\"2025-06-01\"}", adminA, adminB));
        m.put("POST /api/policies/versions", post("/api/policies/versions", """
                {"policyId":"qd-%s","version":"v1","scopeOrganisationId":"%s","effectiveFrom":"2025-01-01","basis":"Thử",
                 "thresholds":{"minimumMeetingMinutes":90,"combinedMeetingMinutes":150,"noticeLeadDays":2,
                   "attendanceTargetPercent":90,"unexcusedAbsenceThreshold":3,"minimumOfficialMembers":3,
                   "cellCommitteeFromOfficialMembers":9,"maximumCellCommitteeSize":7,
                   "meetingQuality":{"name":"Thang 100","goodFrom":90,"fairFrom":70,"averageFrom":50,
                     "criteria":[{"code":"a","label":"Chuẩn bị","points":100}]}}}""".formatted(u, communeA), adminA, adminB));

        m.put("POST /api/members", post("/api/members", """
                {"memberId":"dv-new-%s","cellId":"%s","fullName":"Đảng viên mới","status":"OFFICIAL","joinedOn":"2024-01-15"}
                """.formatted(u, cellA), secretaryA, secretaryB));
        m.put("POST /api/members/{memberId}/promote", post(member + "/promote", "{\"promotedOn\":\"2025-01-15\"}", secretaryA, secretaryB));
        m.put("POST /api/members/{memberId}/roles", post(member + "/roles",
                "{\"role\":\"SECRETARY\",\"effectiveDate\":\"2025-01-15\"}", secretaryA, secretaryB));
        m.put("POST /api/members/{memberId}/transfer", post("/api/members/dv-transfer-" + u + "/transfer",
                "{\"toCellId\":\"cb-a4-%s\",\"effectiveDate\":\"2025-02-01\"}".formatted(u), communeSecretaryA, communeSecretaryB));
        m.put("POST /api/members/{memberId}/leave", post("/api/members/dv-leave-" + u + "/leave",
                "{\"reason\":\"DEATH\",\"effectiveDate\":\"2025-02-01\"}", secretaryA, secretaryB));
        m.put("POST /api/members/{memberId}/exemptions", post(member + "/exemptions",
                "{\"reason\":\"Ốm\",\"exemptFrom\":\"2025-06-01\"}", committeeA, committeeB));
        m.put("POST /api/members/{memberId}/exemptions/end", post(member + "/exemptions/end",
                "{\"endedOn\":\"2025-09-01\"}", committeeA, committeeB));

        m.put("POST /api/meetings", post("/api/meetings", """
                {"meetingId":"sh-new-%s","organisationId":"%s","kind":"REGULAR","scheduledStart":"2026-05-05T07:30:00",
                 "place":"Nhà văn hóa"}""".formatted(u, cellA), secretaryA, secretaryB));
        for (String step : List.of("held", "content-approval", "notice", "opening", "attendance", "agenda", "agenda-items",
                "speeches", "resolution-votes", "quality-rating", "quality-rating/vote", "minutes", "closing")) {
            m.put("POST /api/meetings/{meetingId}/" + step, post(meeting + "/" + step, "{}", secretaryA, secretaryB));
        }
        m.put("POST /api/resolutions", post("/api/resolutions", """
                {"resolutionId":"nq-new-%s","meetingId":"sh-%s","organisationId":"%s","kind":"RESOLUTION","title":"Nghị quyết",
                 "text":"Nội dung","adoptedOn":"2025-03-05"}""".formatted(u, u, cellA), secretaryA, secretaryB));
        m.put("POST /api/resolutions/{resolutionId}/amendments", post("/api/resolutions/nq-" + u + "/amendments", """
                {"change":"Sửa mục 2","amendedBy":"dv-2-%s","reason":"Bổ sung","amendedOn":"2025-03-10"}""".formatted(u),
                secretaryA, secretaryB));
        m.put("POST /api/resolutions/{resolutionId}/supersession", post("/api/resolutions/nq-" + u + "/supersession",
                "{\"supersededBy\":\"nq-new-%s\",\"reason\":\"Thay thế\"}".formatted(u), secretaryA, secretaryB));

        m.put("POST /api/tasks", post("/api/tasks", """
                {"taskId":"nv-new-%s","resolutionId":"nq-%s","content":"Phun thuốc","deadline":"2026-12-31",
                 "assignees":[{"kind":"MEMBER","id":"dv-2-%s"}],"supervisorId":"dv-1-%s"}""".formatted(u, u, u, u),
                secretaryA, secretaryB));
        m.put("POST /api/tasks/{taskId}/progress", post("/api/tasks/nv-" + u + "/progress", progressJson("dv-1-" + u),
                TestIdentities.member("dv1", "dv-1-" + u, cellA), secretaryB));
        m.put("POST /api/tasks/{taskId}/completion", post("/api/tasks/nv-done-" + u + "/completion", """
                {"completedBy":{"kind":"MEMBER","id":"dv-1-%s"},"note":"Xong","completedOn":"%s"}""".formatted(u, today),
                TestIdentities.member("dv1", "dv-1-" + u, cellA), secretaryB));
        m.put("POST /api/tasks/{taskId}/evaluation", post("/api/tasks/nv-done-" + u + "/evaluation",
                "{\"meetingId\":\"sh-%s\",\"outcome\":\"DONE\",\"evaluatedOn\":\"%s\"}".formatted(u, today), secretaryA, secretaryB));
        m.put("POST /api/tasks/{taskId}/cancellation", post("/api/tasks/nv-cancel-" + u + "/cancellation",
                "{\"reason\":\"Không còn cần\",\"cancelledOn\":\"%s\"}".formatted(today), secretaryA, secretaryB));

        m.put("POST /api/petitions", post("/api/petitions", """
                {"petitionId":"kn-new-%s","meetingId":"sh-%s","cellId":"%s","content":"Điện","raisedOn":"2025-03-05"}
                """.formatted(u, u, cellA), secretaryA, secretaryB));
        m.put("POST /api/petitions/{petitionId}/forwarding", post("/api/petitions/kn-" + u + "/forwarding",
                "{\"forwardedOn\":\"2025-03-06\"}", secretaryA, secretaryB));
        m.put("POST /api/petitions/{petitionId}/answer", post("/api/petitions/kn-len-" + u + "/answer",
                "{\"answer\":\"Đã ghi nhận\",\"answeredOn\":\"2025-03-10\"}", communeSecretaryA, communeSecretaryB));
        m.put("POST /api/petitions/{petitionId}/escalation", post("/api/petitions/kn-len-" + u + "/escalation",
                "{\"reason\":\"Vượt thẩm quyền\",\"escalatedOn\":\"2025-03-11\"}", communeSecretaryA, communeSecretaryB));

        m.put("POST /api/plans", post("/api/plans", planJson("kh-new-" + u), secretaryA, secretaryB));
        m.put("POST /api/plans/{planId}/submissions", post("/api/plans/kh-" + u + "/submissions", "{}", secretaryA, secretaryB));
        m.put("POST /api/plans/{planId}/approval", post("/api/plans/kh-" + u + "/approval",
                "{\"decidedOn\":\"%s\"}".formatted(today), committeeA, committeeB));
        m.put("POST /api/plans/{planId}/return", post("/api/plans/kh-" + u + "/return",
                "{\"comment\":\"Bổ sung\",\"decidedOn\":\"%s\"}".formatted(today), committeeA, committeeB));

        m.put("POST /api/reports", post("/api/reports", reportJson(cellA).replace("\"a", "\"b"), secretaryA, secretaryB));
        m.put("POST /api/reports/{reportId}/return", post("/api/reports/" + reportA + "/return",
                "{\"comment\":\"Thiếu số liệu\"}", committeeA, committeeB));
        m.put("POST /api/reports/{reportId}/acceptance", post("/api/reports/" + reportA + "/acceptance", "{}", committeeA, committeeB));
        m.put("POST /api/reports/{reportId}/reopening", post("/api/reports/" + reportA + "/reopening",
                "{\"reason\":\"Sửa\"}", committeeA, committeeB));

        // the chain covers every organisation: an auditor of a whole tree, not of a subtree below it
        Actor auditor = actor(Role.AUDITOR, root);
        Actor subtreeAuditor = actor(Role.AUDITOR, communeA);
        m.put("GET /api/audit/chain", new Case(HttpMethod.GET, "/api/audit/chain", null, auditor, subtreeAuditor));
        m.put("POST /api/audit/chain/verification", new Case(HttpMethod.POST, "/api/audit/chain/verification", null,
                auditor, subtreeAuditor));
        m.put("GET /api/audit/chain/digests/{day}", new Case(HttpMethod.GET, "/api/audit/chain/digests/2025-01-01", null,
                auditor, subtreeAuditor));
        // a subtree's digests: its own auditors, not a sibling's
        m.put("POST /api/audit/chain/subtrees/{organisationId}/verification", new Case(HttpMethod.POST,
                "/api/audit/chain/subtrees/" + communeA + "/verification?day=2025-01-01", null,
                subtreeAuditor, actor(Role.AUDITOR, communeB)));
        return m;
    }

    /** Every handler that changes something, and the audit chain's; public sign-in endpoints left out. */
    private Set<String> endpoints() {
        Set<String> found = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                for (String pattern : info.getPatternValues()) {
                    String endpoint = method + " " + pattern;
                    boolean changes = method != RequestMethod.GET && method != RequestMethod.HEAD && method != RequestMethod.OPTIONS;
                    if ((changes || pattern.startsWith("/api/audit")) && !PUBLIC.contains(endpoint)) {
                        found.add(endpoint);
                    }
                }
            }
        }
        return found;
    }

    private Actor actor(Role role, String organisationId) {
        return TestIdentities.actor(role.name().toLowerCase() + "-" + organisationId, role, organisationId);
    }

    private static Case post(String path, String body, Actor inside, Actor outside) {
        return new Case(HttpMethod.POST, path, body, inside, outside);
    }

    record Case(HttpMethod method, String path, String body, Actor inside, Actor outside) {
    }

    private String planJson(String planId) {
        return """
                {"planId":"%1$s","cellId":"%2$s","year":2025,"submittedOn":"2025-01-10","themes":[
                 {"themeId":"%1$s-1","quarter":1,"title":"Học tập"},{"themeId":"%1$s-2","quarter":2,"title":"Kinh tế"},
                 {"themeId":"%1$s-3","quarter":3,"title":"Nông thôn mới"},{"themeId":"%1$s-4","quarter":4,"title":"Phát triển đảng"}]}
                """.formatted(planId, cellA);
    }

    private String reportJson(String organisationId) {
        return """
                {"reportId":"%s","type":"MONTHLY_COMPLIANCE","organisationId":"%s","period":"%s","contentHash":"%s",
                 "submittedBy":"%s"}""".formatted(ReportType.MONTHLY_COMPLIANCE.reportId(organisationId, THIS_MONTH),
                organisationId, THIS_MONTH.code(), "a".repeat(64), organisationId);
    }

    private static String progressJson(String memberId) {
        return """
                {"reportedBy":{"kind":"MEMBER","id":"%s"},"text":"Đã phun một nửa","percent":50,"reportedOn":"%s"}
                """.formatted(memberId, LocalDate.now(CommandServiceApplication.ZONE));
    }

    private ResponseEntity<String> call(Case c, String authorization) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("Idempotency-Key", "mx-" + u + "-" + commandIds++);
        headers.set(HttpHeaders.AUTHORIZATION, authorization);
        return http.exchange(c.path(), c.method(), new HttpEntity<>(c.body() == null ? "" : c.body(), headers), String.class);
    }

    private ResponseEntity<String> post(String path, String body, String authorization) {
        return call(new Case(HttpMethod.POST, path, body, null, null), authorization);
    }

    private ResponseEntity<String> platform(String path, String body) {
        return post(path, body, bearer(TestIdentities.PLATFORM));
    }

    private String bearer(Actor actor) {
        return TestIdentities.bearer(context, actor);
    }

    private void organisation(String id, String kind, String parentId) {
        String more = (kind.equals("CELL") ? ",\"cellType\":\"VILLAGE\"" : "")
                + (parentId == null ? "" : ",\"parentId\":\"" + parentId + "\"");
        ok(platform("/api/organisations", """
                {"organisationId":"%s","name":"Tổ chức %s","kind":"%s","levelLabel":"Cấp","effectiveDate":"2020-01-01"%s}"""
                .formatted(id, id, kind, more)));
    }

    private static void ok(ResponseEntity<String> response) {
        assertThat(response.getStatusCode().is2xxSuccessful()).as(response.getBody()).isTrue();
    }

    private long storedEvents() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }

    private String lastMetadata(String aggregateId) {
        return jdbc.queryForObject("select convert_from(meta_data, 'UTF8') from domain_event_entry"
                + " where aggregate_identifier = ? order by sequence_number desc limit 1", String.class, aggregateId);
    }

    private String lastPayload(String aggregateId) {
        return jdbc.queryForObject("select convert_from(payload, 'UTF8') from domain_event_entry"
                + " where aggregate_identifier = ? order by sequence_number desc limit 1", String.class, aggregateId);
    }
}
