package vn.chibo.command.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.chibo.command.CommandServiceApplication;
import vn.chibo.command.audit.ChainVerifier.Problem;
import vn.chibo.events.audit.AuditContract.ChainDigestRecorded;
import vn.chibo.events.audit.AuditContract.SubtreeDigest;
import vn.chibo.infrastructure.spring.FreshInfrastructure;
import vn.chibo.service.testing.UpcastCheck;

import javax.sql.DataSource;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Subtree digests on the real store: a district with two communes, a cell and members in each; the
 * digests computed by hand from the seals; then an event of commune A changed in SQL: A's verification
 * names it, B's stays intact.
 */
@AutoConfigureObservability
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=" + CommandServiceApplication.CONFIG_NAME)
@org.springframework.test.context.ContextConfiguration(initializers = FreshInfrastructure.class)
class SubtreeDigestIT {

    private static final byte[] GENESIS = new byte[32];

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ChainSealer sealer;
    @Autowired
    DailyDigest digests;
    @Autowired
    DataSource dataSource;

    private final ObjectMapper json = new ObjectMapper();
    private final String u = UUID.randomUUID().toString().substring(0, 8);
    private final String district = "huyen-" + u;
    private final String communeA = "xa-a-" + u;
    private final String communeB = "xa-b-" + u;
    private final String cellA = "cb-a-" + u;
    private final String cellB = "cb-b-" + u;

    @Test
    void eachSubtreeHasItsOwnDigestAndTamperingShowsOnlyInItsOwn() {
        organisation(district, "COMMITTEE", null);
        organisation(communeA, "COMMITTEE", district);
        organisation(communeB, "COMMITTEE", district);
        organisation(cellA, "CELL", communeA);
        organisation(cellB, "CELL", communeB);
        member("dv-a1-" + u, cellA);
        member("dv-b1-" + u, cellB);
        member("dv-b2-" + u, cellB);
        // a day far back that no other test records, and the one after it
        LocalDate day1 = LocalDate.of(1900, 1, 1).plusDays(Math.abs(u.hashCode() % 30_000));
        ChainDigestRecorded first = digestOf(day1);

        List<String> aggregatesOfA = List.of(communeA, cellA, "dv-a1-" + u);
        List<String> aggregatesOfB = List.of(communeB, cellB, "dv-b1-" + u, "dv-b2-" + u);
        // commune A: its own creation, its cell's, the member's registration
        byte[] a1 = sha(GENESIS, seals(aggregatesOfA));
        byte[] b1 = sha(GENESIS, seals(aggregatesOfB));
        assertThat(subtree(first, communeA)).isEqualTo(new SubtreeDigest(communeA, hex(a1), 3));
        assertThat(subtree(first, communeB)).isEqualTo(new SubtreeDigest(communeB, hex(b1), 4));
        assertThat(subtree(first, district).events()).isEqualTo(8);
        assertThat(subtree(first, cellA).events()).isEqualTo(2);

        // the next day only A grows: only A's subtrees (and the district's) get a digest, chained to the first
        member("dv-a2-" + u, cellA);
        ChainDigestRecorded second = digestOf(day1.plusDays(1));
        byte[] a2 = sha(a1, seals(List.of("dv-a2-" + u)));
        assertThat(subtree(second, communeA)).isEqualTo(new SubtreeDigest(communeA, hex(a2), 4));
        assertThat(second.subtrees()).extracting(SubtreeDigest::organisationId)
                .contains(district, communeA, cellA).doesNotContain(communeB, cellB);
        assertThat(storedDigest(second)).as("published as recorded").contains(communeA, hex(a2));

        JsonNode intactA = verify(communeA, second.day());
        assertThat(intactA.path("intact").asBoolean()).as(intactA.toString()).isTrue();
        assertThat(intactA.path("verifiedEvents").asLong()).isEqualTo(4);
        assertThat(intactA.path("recomputedHash").asText()).isEqualTo(hex(a2));
        assertThat(verify(communeA, day1).path("recomputedHash").asText()).as("as of the first day").isEqualTo(hex(a1));
        assertThat(verify(communeB, second.day()).path("day").asText()).as("B's last digest").isEqualTo(day1.toString());

        long tampered = indexOf("dv-a1-" + u);
        String tamperedId = jdbc.queryForObject("select event_identifier from domain_event_entry where global_index = ?", String.class, tampered);
        byte[] original = jdbc.queryForObject("select payload from domain_event_entry where global_index = ?", byte[].class, tampered);
        jdbc.update("update domain_event_entry set payload = convert_to(replace(convert_from(payload, 'UTF8'), 'Đảng viên', 'Người lạ'), 'UTF8')"
                + " where global_index = ?", tampered);
        try {
            JsonNode a = verify(communeA, second.day());
            assertThat(a.path("intact").asBoolean()).isFalse();
            assertThat(a.path("firstProblem").path("globalIndex").asLong()).isEqualTo(tampered);
            assertThat(a.path("firstProblem").path("eventIdentifier").asText()).isEqualTo(tamperedId);
            assertThat(a.path("firstProblem").path("problem").asText()).isEqualTo(Problem.CHANGED.name());
            assertThat(a.path("recomputedHash").asText()).isNotEqualTo(hex(a2));
            assertThat(a.path("message").path("vi").asText()).contains("Sự kiện số " + tampered, "đã bị sửa");

            JsonNode b = verify(communeB, second.day());
            assertThat(b.path("intact").asBoolean()).as(b.toString()).isTrue();
            assertThat(b.path("recomputedHash").asText()).isEqualTo(hex(b1));
            assertThat(verify(district, second.day()).path("firstProblem").path("globalIndex").asLong()).isEqualTo(tampered);

            // the command line, on the store alone, says the same
            var out = new ByteArrayOutputStream();
            assertThat(OfflineCheck.subtree(dataSource, communeA, second.day(), print(out))).isEqualTo(OfflineCheck.NOT_INTACT);
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("Sự kiện số " + tampered, "Event #" + tampered, tamperedId);
            out.reset();
            assertThat(OfflineCheck.subtree(dataSource, communeB, second.day(), print(out))).as(out.toString(StandardCharsets.UTF_8))
                    .isEqualTo(OfflineCheck.INTACT);
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("Nhánh " + communeB + " toàn vẹn", "recomputed " + hex(b1));
        } finally {
            jdbc.update("update domain_event_entry set payload = ? where global_index = ?", original, tampered);
        }
        assertThat(verify(communeA, second.day()).path("intact").asBoolean()).isTrue();
    }

    @Test
    void digestsStoredBeforeSubtreeDigestsAreUpcast(@Autowired org.axonframework.config.Configuration axon) {
        assertThat(UpcastCheck.revisionAfterUpcasting(axon)).isEqualTo("2");
    }

    @Test
    void aSubtreeWithoutADigestIsNotFound() {
        var answer = http.postForEntity("/api/audit/chain/subtrees/khong-co-" + u + "/verification?day=2025-01-01", null, String.class);
        assertThat(answer.getStatusCode().value()).isEqualTo(404);

        var out = new ByteArrayOutputStream();
        assertThat(OfflineCheck.subtree(dataSource, "khong-co-" + u, LocalDate.of(2025, 1, 1), print(out))).isEqualTo(OfflineCheck.NO_DIGEST);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Chưa có dấu xác thực nào của nhánh khong-co-" + u,
                "No digest of subtree khong-co-" + u + " was recorded by 2025-01-01");
    }

    private static PrintStream print(ByteArrayOutputStream out) {
        return new PrintStream(out, true, StandardCharsets.UTF_8);
    }

    private ChainDigestRecorded digestOf(LocalDate day) {
        await().until(() -> sealer.sealAll() >= 0
                && jdbc.queryForObject("select count(*) from domain_event_entry where global_index > ?", Long.class,
                sealer.head().globalIndex()) == 0);
        return digests.record(day).orElseThrow();
    }

    /** The seals of the aggregates' events, in chain order. */
    private List<byte[]> seals(List<String> aggregates) {
        return jdbc.queryForList("select c.hash from event_chain c join domain_event_entry e on e.global_index = c.global_index"
                + " where e.aggregate_identifier = any(?) order by c.global_index", byte[].class, (Object) aggregates.toArray(String[]::new));
    }

    private static byte[] sha(byte[] previous, List<byte[]> seals) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(previous);
            seals.forEach(sha::update);
            return sha.digest();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(byte[] hash) {
        return HexFormat.of().formatHex(hash);
    }

    private static SubtreeDigest subtree(ChainDigestRecorded digest, String organisationId) {
        return digest.subtrees().stream().filter(s -> s.organisationId().equals(organisationId)).findFirst().orElseThrow();
    }

    private String storedDigest(ChainDigestRecorded digest) {
        return jdbc.queryForObject("select convert_from(payload, 'UTF8') from domain_event_entry"
                + " where payload_type = ? and payload_revision = '2' and convert_from(payload, 'UTF8') like ?", String.class,
                ChainDigestRecorded.class.getName(), "%\"" + digest.day() + "\"%");
    }

    private JsonNode verify(String organisationId, LocalDate day) {
        return http.postForObject("/api/audit/chain/subtrees/" + organisationId + "/verification?day=" + day, null, JsonNode.class);
    }

    private long indexOf(String aggregate) {
        return jdbc.queryForObject("select global_index from domain_event_entry where aggregate_identifier = ? and sequence_number = 0",
                Long.class, aggregate);
    }

    private void organisation(String id, String kind, String parentId) {
        var body = new java.util.HashMap<String, Object>(Map.of("organisationId", id, "name", "Tổ chức " + id, "kind", kind,
                "levelLabel", kind.equals("CELL") ? "Chi bộ" : "Đảng ủy", "effectiveDate", "2020-01-01"));
        if (kind.equals("CELL")) {
            body.put("cellType", "VILLAGE");
        }
        if (parentId != null) {
            body.put("parentId", parentId);
        }
        post("/api/organisations", body);
    }

    private void member(String memberId, String cellId) {
        post("/api/members", Map.of("memberId", memberId, "cellId", cellId, "fullName", "Đảng viên " + memberId,
                "status", "PROBATIONARY", "joinedOn", "2024-01-15"));
    }

    private void post(String path, Map<String, Object> body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("Idempotency-Key", "sd-" + UUID.randomUUID());
        var response = http.postForEntity(path, new HttpEntity<>(body, headers), String.class);
        assertThat(response.getStatusCode().is2xxSuccessful()).as(path + " → " + response.getBody()).isTrue();
    }
}
