package vn.chibo.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.extensions.kafka.eventhandling.KafkaMessageConverter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.chibo.events.audit.AuditContract.ChainDigestRecorded;
import vn.chibo.events.audit.AuditContract.SubtreeDigest;
import vn.chibo.events.meeting.MeetingContract.MeetingScheduled;
import vn.chibo.events.meeting.MeetingKind;
import vn.chibo.events.member.MemberContract.MemberRegistered;
import vn.chibo.events.member.MembershipStatus;
import vn.chibo.events.organisation.CellType;
import vn.chibo.events.organisation.OrganisationContract.OrganisationCreated;
import vn.chibo.events.organisation.OrganisationKind;
import vn.chibo.events.petition.PetitionContract.PetitionRaised;
import vn.chibo.events.resolution.ResolutionContract.ResolutionAdopted;
import vn.chibo.events.resolution.ResolutionKind;
import vn.chibo.events.task.AssigneeKind;
import vn.chibo.events.task.TaskContract.Assignee;
import vn.chibo.events.task.TaskContract.TaskAssigned;
import vn.chibo.infrastructure.spring.FreshInfrastructure;
import vn.chibo.service.security.Actor;
import vn.chibo.service.security.Grant;
import vn.chibo.service.security.Permission;
import vn.chibo.service.security.Role;
import vn.chibo.service.testing.TestIdentities;
import vn.chibo.service.testing.TopicWriter;
import vn.chibo.service.testing.UpcastCheck;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Who may read what, for every read endpoint, page and stream of the service (found from its request
 * mappings: an endpoint missing from {@link #MATRIX} fails the test). Province P holds communes X and Y;
 * cell a lies under X, cell b under Y; member a1 (and a2) in a, b1 in b; a's meeting, resolution, task and
 * petition. Each role is granted on a (cell roles) or X (committee roles) and asks about a's records:
 * allowed when the role carries the permission; the same role granted on the sibling b or Y gets 403;
 * nobody without a token gets past 401 (or, for a page asked by a browser, the sign-in page). Ids carry
 * the prefix {@code am-}: the test context, its database and its topic are shared with the other tests of
 * the same configuration.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=" + QueryServiceApplication.CONFIG_NAME)
@ContextConfiguration(initializers = FreshInfrastructure.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixIT {

    private static final LocalDate FOUNDED = LocalDate.of(2015, 1, 1);

    /** Answered without a token (pattern → address): signing in and out, errors, the API's description. */
    private static final Map<String, String> OPEN = Map.of("/login", "/login", "/logout", "/logout", "/error", "/error",
            "/api-docs", "/api-docs", "/api-docs.yaml", "/api-docs.yaml",
            "/api-docs/swagger-config", "/api-docs/swagger-config", "/swagger-ui.html", "/swagger-ui.html");

    /** Any signed-in person: what they see is their own (who they are, the roots they hold, the read position). */
    private static final Map<String, String> SIGNED_IN = Map.of(
            "/api/me", "/api/me",
            "/api/organisations", "/api/organisations",
            "/api/read-model/position", "/api/read-model/position",
            "/", "/");

    /** The chain's daily digests: for anyone who audits some subtree (they cover the whole chain, not a subtree). */
    private static final String DIGESTS = "/api/audit/digests";

    /**
     * The permission each endpoint needs and an address inside the asker's subtree: {org} is the
     * organisation of the asker's grant; records are cell a's.
     */
    private static final Map<String, Rule> MATRIX = new LinkedHashMap<>();

    static {
        read("/api/organisations/{organisationId}", "/api/organisations/{org}");
        read("/api/organisations/{organisationId}/children", "/api/organisations/{org}/children?asOf=2026-01-01");
        read("/api/organisations/{organisationId}/path", "/api/organisations/{org}/path");
        read("/api/organisations/{organisationId}/meetings", "/api/organisations/{org}/meetings?month=2026-03");
        read("/api/organisations/{organisationId}/meetings/calendar",
                "/api/organisations/{org}/meetings/calendar?month=2026-03");
        read("/api/organisations/{organisationId}/members", "/api/organisations/{org}/members");
        read("/api/organisations/{organisationId}/resolutions", "/api/organisations/{org}/resolutions");
        read("/api/organisations/{organisationId}/petitions", "/api/organisations/{org}/petitions");
        read("/api/organisations/{organisationId}/absence-risks", "/api/organisations/{org}/absence-risks?year=2026");
        read("/api/organisations/{organisationId}/plans", "/api/organisations/{org}/plans");
        read("/api/organisations/{organisationId}/tasks", "/api/organisations/{org}/tasks");
        read("/api/organisations/{organisationId}/tasks/counts", "/api/organisations/{org}/tasks/counts");
        read("/api/organisations/{organisationId}/indicators", "/api/organisations/{org}/indicators?period=2026-Q1");
        read("/api/organisations/{organisationId}/children/indicators",
                "/api/organisations/{org}/children/indicators?period=2026-03");
        read("/api/organisations/{organisationId}/changes", "/api/organisations/{org}/changes");
        read("/api/members/{memberId}", "/api/members/am-a2");
        read("/api/members/{memberId}/attendance", "/api/members/am-a2/attendance?year=2026");
        read("/api/members/{memberId}/tasks", "/api/members/am-a2/tasks");
        read("/api/members/{memberId}/tasks/counts", "/api/members/am-a2/tasks/counts");
        read("/api/meetings/{meetingId}", "/api/meetings/am-m-a");
        read("/api/resolutions/{resolutionId}", "/api/resolutions/am-r-a");
        read("/api/petitions/{petitionId}", "/api/petitions/am-k-a");
        read("/fragments/figures", "/fragments/figures?org={org}&month=2026-03");
        read("/fragments/reports", "/fragments/reports?org={org}&month=2026-03");
        read("/api/organisations/{organisationId}/quality-classification",
                "/api/organisations/{org}/quality-classification?year=2026");
        read("/cells/{cellId}", "/cells/am-a?month=2026-03");
        read("/fragments/cell", "/fragments/cell?org=am-a&month=2026-03");
        read("/members/{memberId}", "/members/am-a2");
        read("/fragments/member", "/fragments/member?member=am-a2");
        audit("/api/audit/organisations/{organisationId}/decisions",
                "/api/audit/organisations/{org}/decisions?period=2026&all=true&asOf=2026-06-30");
        audit("/api/audit/organisations/{organisationId}/decisions.csv",
                "/api/audit/organisations/{org}/decisions.csv?period=2026");
        audit("/api/audit/entities/{entityId}/timeline", "/api/audit/entities/am-r-a/timeline?asOf=2026-12-31");
        audit("/audit", "/audit?org={org}&period=2026");
        audit("/audit/timeline/{entityId}", "/audit/timeline/am-r-a");
        audit("/api/audit/organisations/{organisationId}/digests", "/api/audit/organisations/{org}/digests?asOf=2026-12-31");
    }

    private static final LocalDate DIGEST_DAY = LocalDate.of(2026, 3, 5);
    private static final String X_DIGEST = "c0ffee" + "0".repeat(58);

    @Autowired
    ApplicationContext context;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @LocalServerPort
    int port;
    @Value("${chibo.kafka.topic}")
    String topic;
    @Value("${chibo.kafka.bootstrap-servers}")
    String bootstrapServers;
    @Autowired
    KafkaMessageConverter<String, byte[]> converter;

    private final HttpClient client = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    void publishTwoCommunes() {
        try (var events = new TopicWriter(bootstrapServers, topic, converter)) {
            organisation(events, "am-P", null, OrganisationKind.COMMITTEE);
            organisation(events, "am-X", "am-P", OrganisationKind.COMMITTEE);
            organisation(events, "am-Y", "am-P", OrganisationKind.COMMITTEE);
            organisation(events, "am-a", "am-X", OrganisationKind.CELL);
            organisation(events, "am-b", "am-Y", OrganisationKind.CELL);
            // the tree first: what arrives before its cell is RecordsIT's subject, not this test's
            await().atMost(Duration.ofSeconds(60)).until(() -> get("/api/organisations/am-a", TestIdentities.PLATFORM)
                    .statusCode() == 200 && get("/api/organisations/am-b", TestIdentities.PLATFORM).statusCode() == 200);
            for (String member : List.of("am-a1", "am-a2", "am-b1")) {
                String cell = member.substring(0, member.length() - 1);
                events.publish(member, new MemberRegistered(member, cell, "Đảng viên " + member, MembershipStatus.OFFICIAL,
                        FOUNDED));
            }
            events.publish("am-m-a", new MeetingScheduled("am-m-a", "am-a", MeetingKind.REGULAR, LocalDateTime.of(2026, 3, 5, 7, 30),
                    "Nhà văn hóa"));
            events.publish("am-r-a", new ResolutionAdopted("am-r-a", "am-m-a", "am-a", ResolutionKind.RESOLUTION, "03-NQ/CB",
                    "Nghị quyết tháng 3", "Chi bộ quyết nghị.", LocalDate.of(2026, 3, 5)));
            events.publish("am-t-a", new TaskAssigned("am-t-a", "am-r-a", "am-a", "Làm đường", null, null, LocalDate.of(2026, 4, 30),
                    List.of(new Assignee(AssigneeKind.MEMBER, "am-a2")), "am-a1", LocalDate.of(2026, 3, 5)));
            events.publish("am-k-a", new PetitionRaised("am-k-a", "am-m-a", "am-a", "Đề nghị hỗ trợ", "am-a2", LocalDate.of(2026, 3, 5)));
            events.publish("am-digest", new ChainDigestRecorded(DIGEST_DAY, 40, "ab".repeat(32), 40,
                    List.of(new SubtreeDigest("am-X", X_DIGEST, 12), new SubtreeDigest("am-Y", "beef" + "0".repeat(60), 9))));
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            for (String path : List.of("/api/organisations/am-b", "/api/members/am-b1", "/api/members/am-a2/tasks/counts",
                    "/api/petitions/am-k-a", "/api/resolutions/am-r-a", "/api/meetings/am-m-a")) {
                assertThat(get(path, TestIdentities.PLATFORM).statusCode()).as(path).isEqualTo(200);
            }
            assertThat(body("/api/audit/entities/am-t-a/timeline", TestIdentities.PLATFORM).size()).isEqualTo(1);
        });
    }

    @Test
    void everyEndpointHasARuleAndEachRoleReadsInsideItsSubtreeOnly() throws Exception {
        Set<String> unruled = new TreeSet<>();
        int checks = 0;
        for (String pattern : readPatterns()) {
            if (OPEN.containsKey(pattern)) {
                assertThat(get(OPEN.get(pattern), null).statusCode()).as(pattern + " without a token").isNotIn(401, 403);
            } else if (pattern.equals(DIGESTS)) {
                digests();
            } else if (SIGNED_IN.containsKey(pattern)) {
                signedIn(pattern, SIGNED_IN.get(pattern));
            } else if (MATRIX.containsKey(pattern)) {
                checks += check(pattern, MATRIX.get(pattern));
            } else {
                unruled.add(pattern);
            }
        }
        assertThat(unruled).as("endpoints without an access rule in the matrix").isEmpty();
        assertThat(checks).isGreaterThan(MATRIX.size() * 10);
    }

    @Test
    void aMemberReadsTheirCellAndTheirOwnRecordOnly() throws Exception {
        Actor a1 = TestIdentities.member("am-a1", "am-a1", "am-a");
        assertThat(get("/api/members/am-a1", a1).statusCode()).isEqualTo(200);
        assertThat(get("/members/am-a1", a1).statusCode()).isEqualTo(200);
        assertThat(get("/api/organisations/am-a/members", a1).statusCode()).isEqualTo(200);
        assertThat(get("/api/members/am-b1", a1).statusCode()).isEqualTo(403);
        assertThat(get("/api/organisations/am-b/members", a1).statusCode()).isEqualTo(403);
        assertThat(get("/api/organisations/am-X", a1).statusCode()).as("the commune above").isEqualTo(403);
        // one's own record stays visible when one's grant is elsewhere (a transfer not yet reflected in it)
        Actor movedAway = new Actor("am-a1", "am-a1", "am-a1", List.of(Grant.of(Role.MEMBER, "am-b")));
        assertThat(get("/api/members/am-a1", movedAway).statusCode()).isEqualTo(200);
        assertThat(get("/api/members/am-a1/tasks", movedAway).statusCode()).isEqualTo(200);
        assertThat(get("/api/members/am-a2", movedAway).statusCode()).isEqualTo(403);
    }

    @Test
    void anAuditorSeesTheDailyDigestOfTheirSubtreeOnly() throws Exception {
        Actor auditor = TestIdentities.actor("kiem-tra-x", Role.AUDITOR, "am-X");
        await().atMost(Duration.ofSeconds(60)).until(() -> body("/api/audit/organisations/am-X/digests", auditor).size() == 1);
        JsonNode digest = body("/api/audit/organisations/am-X/digests", auditor).get(0);
        assertThat(digest.path("day").asText()).isEqualTo(DIGEST_DAY.toString());
        assertThat(digest.path("hash").asText()).isEqualTo(X_DIGEST);
        assertThat(digest.path("events").asLong()).isEqualTo(12);
        assertThat(body("/api/audit/organisations/am-X/digests?asOf=2026-03-04", auditor)).as("not yet recorded then").isEmpty();
        assertThat(get("/api/audit/organisations/am-Y/digests", auditor).statusCode()).isEqualTo(403);
        assertThat(get("/audit?org=am-X&period=2026", auditor).body())
                .contains("Dấu xác thực của nhánh này ngày 2026-03-05: 12 sự kiện, mã c0ffee0000000000…");
        assertThat(get("/audit?org=am-a&period=2026&lang=en", auditor).body())
                .contains("No daily digest of this subtree recorded yet.");
    }

    @Test
    void digestsPublishedBeforeSubtreeDigestsAreUpcastOnTheWayIn(@Autowired org.axonframework.config.Configuration axon) {
        assertThat(UpcastCheck.revisionAfterUpcasting(axon)).isEqualTo("2");
    }

    @Test
    void anAuditorReadsTheAuditTrailOfTheirSubtreeOnly() throws Exception {
        Actor auditor = TestIdentities.actor("kiem-tra-x", Role.AUDITOR, "am-X");
        JsonNode decisions = body("/api/audit/organisations/am-X/decisions?period=2026&all=true", auditor);
        // X's own records (its creation, and a's under it) and cell a's; nothing of Y, b or P
        assertThat(decisions.path("items").findValuesAsText("organisationId")).contains("am-a").containsOnly("am-X", "am-a");
        assertThat(body("/api/audit/entities/am-r-a/timeline", auditor).findValuesAsText("eventType"))
                .containsExactly("ResolutionAdopted", "TaskAssigned");
        assertThat(get("/api/audit/organisations/am-Y/decisions?period=2026", auditor).statusCode()).isEqualTo(403);
        assertThat(get("/api/audit/organisations/am-P/decisions?period=2026", auditor).statusCode()).as("above").isEqualTo(403);
        assertThat(get("/audit?org=am-Y&period=2026", auditor).statusCode()).isEqualTo(403);
        assertThat(get("/audit/timeline/am-r-a", TestIdentities.actor("kiem-tra-y", Role.AUDITOR, "am-Y")).statusCode())
                .isEqualTo(403);
    }

    @Test
    void anUnknownRecordIsNotFoundForWholeTreeReadersAndForbiddenToOthers() throws Exception {
        Actor committee = TestIdentities.actor("cap-uy-x", Role.COMMITTEE, "am-X");
        for (String path : List.of("/api/meetings/khong-co", "/api/resolutions/khong-co", "/api/petitions/khong-co",
                "/api/members/khong-co", "/api/organisations/khong-co", "/api/audit/entities/khong-co/timeline")) {
            assertThat(get(path, committee).statusCode()).as(path).isEqualTo(403);
            int platform = get(path, TestIdentities.PLATFORM).statusCode();
            assertThat(platform).as(path).isIn(200, 404);
        }
        assertThat(get("/api/meetings/khong-co", TestIdentities.PLATFORM).statusCode()).isEqualTo(404);
    }

    @Test
    void theRootsAndTheDashboardOpenOnTheReadersOwnScope() throws Exception {
        assertThat(body("/api/organisations", TestIdentities.PLATFORM).findValuesAsText("organisationId"))
                .contains("am-P");
        assertThat(body("/api/organisations", TestIdentities.actor("cap-uy-x", Role.COMMITTEE, "am-X"))
                .findValuesAsText("organisationId")).containsExactly("am-X");

        var page = get("/", TestIdentities.actor("cap-uy-x", Role.COMMITTEE, "am-X"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Tổ chức am-X", "Đang đăng nhập:", "cap-uy-x", "action=\"/logout\"", "Đăng xuất")
                .doesNotContain("Tổ chức am-P</h1>");
        var english = get("/?lang=en", TestIdentities.actor("cap-uy-x", Role.COMMITTEE, "am-X"));
        assertThat(english.body()).contains("Signed in as", "Sign out");

        var member = get("/", TestIdentities.member("am-a1", "am-a1", "am-a"));
        assertThat(member.statusCode()).isEqualTo(302);
        assertThat(member.location()).endsWith("/cells/am-a");

        var denied = get("/cells/am-b", TestIdentities.member("am-a1", "am-a1", "am-a"));
        assertThat(denied.statusCode()).isEqualTo(403);
        assertThat(denied.body()).contains("Ngoài phạm vi được xem");
    }

    // --- the matrix ---

    private int check(String pattern, Rule rule) throws Exception {
        String anyPath = rule.path().replace("{org}", "am-a");
        assertThat(get(anyPath, null).statusCode()).as(anyPath + " without a token").isEqualTo(401);
        if (!pattern.startsWith("/api/")) {
            var browser = send(anyPath, null, "text/html");
            assertThat(browser.statusCode()).as(anyPath + " from a browser without a token").isEqualTo(302);
            assertThat(browser.location()).as(anyPath).contains("/login?next=");
        }
        int checks = 2;
        for (Role role : Role.values()) {
            boolean cellLevel = role == Role.MEMBER || role == Role.SECRETARY;
            String inside = cellLevel ? "am-a" : "am-X";
            String sibling = cellLevel ? "am-b" : "am-Y";
            String path = rule.path().replace("{org}", inside);
            Actor insider = TestIdentities.actor(role + "-" + inside, role, inside);
            Actor outsider = TestIdentities.actor(role + "-" + sibling, role, sibling);
            var answer = get(path, insider);
            if (role.grants(rule.permission())) {
                assertAllowed(answer, role + "@" + inside + " " + path);
            } else {
                assertThat(answer.statusCode()).as(role + "@" + inside + " " + path).isEqualTo(403);
            }
            assertThat(get(path, outsider).statusCode()).as(role + "@" + sibling + " " + path).isEqualTo(403);
            checks += 2;
        }
        return checks;
    }

    private void signedIn(String pattern, String path) throws Exception {
        assertThat(get(path, null).statusCode()).as(path + " without a token").isEqualTo(401);
        for (Role role : Role.values()) {
            assertAllowed(get(path, TestIdentities.actor(role + "-X", role, "am-X")), role + " " + path);
        }
    }

    private void digests() throws Exception {
        assertThat(get(DIGESTS, null).statusCode()).isEqualTo(401);
        for (Role role : Role.values()) {
            var answer = get(DIGESTS, TestIdentities.actor(role + "-Y", role, "am-Y"));
            assertThat(answer.statusCode()).as(role + " " + DIGESTS).isEqualTo(role.grants(Permission.AUDIT) ? 200 : 403);
        }
    }

    /** Allowed: the answer, or (a committee's address given for a cell and back) a redirect to the other page. */
    private static void assertAllowed(Answer answer, String what) {
        assertThat(answer.statusCode()).as(what + " " + answer.body()).isIn(200, 302);
        if (answer.statusCode() == 302) {
            assertThat(answer.location()).as(what).doesNotContain("/login");
        }
    }

    private List<String> readPatterns() {
        List<String> patterns = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            var methods = info.getMethodsCondition().getMethods();
            if (methods.isEmpty() || methods.contains(RequestMethod.GET)) {
                patterns.addAll(info.getPatternValues());
            }
        });
        assertThat(patterns).as("read endpoints found").hasSizeGreaterThan(30);
        return patterns;
    }

    private Answer get(String path, Actor actor) throws IOException, InterruptedException {
        return send(path, actor, null);
    }

    /** The status, headers and body; an event stream's body is not waited for (it would never end). */
    private Answer send(String path, Actor actor, String accept) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(30));
        if (actor != null) {
            request.header("Authorization", TestIdentities.bearer(context, actor));
        }
        if (accept != null) {
            request.header("Accept", accept);
        }
        var response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = response.body()) {
            boolean stream = response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream");
            String body = stream ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new Answer(response.statusCode(), response.headers().firstValue("Location").orElse(null), body);
        }
    }

    private JsonNode body(String path, Actor actor) throws IOException, InterruptedException {
        var response = get(path, actor);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return json.readTree(response.body());
    }

    private static void organisation(TopicWriter events, String id, String parent, OrganisationKind kind) {
        boolean cell = kind == OrganisationKind.CELL;
        events.publish(id, new OrganisationCreated(id, (cell ? "Chi bộ " : "Tổ chức ") + id, kind,
                cell ? "Chi bộ" : "Cấp ủy", cell ? CellType.VILLAGE : null, parent, FOUNDED));
    }

    private static void read(String pattern, String path) {
        MATRIX.put(pattern, new Rule(Permission.READ, path));
    }

    private static void audit(String pattern, String path) {
        MATRIX.put(pattern, new Rule(Permission.AUDIT, path));
    }

    private record Rule(Permission permission, String path) {
    }

    private record Answer(int statusCode, String location, String body) {
    }
}
