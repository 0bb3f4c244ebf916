package vn.chibo.command.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chibo.command.CommandServiceApplication;
import vn.chibo.command.audit.ChainVerifier.Problem;
import vn.chibo.infrastructure.spring.FreshInfrastructure;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The event chain on the real store: concurrent writers, then tampering done the way an intruder
 * with database access would do it (plain SQL), each found and named by the verification.
 */
@AutoConfigureObservability
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=" + CommandServiceApplication.CONFIG_NAME)
@ContextConfiguration(initializers = FreshInfrastructure.class)
class ChainIT {

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ChainSealer sealer;
    @Autowired
    DailyDigest digests;
    @Autowired
    TransactionTemplate transaction;

    private final ObjectMapper json = new ObjectMapper();
    private String district;

    @BeforeEach
    void aDistrictOfItsOwn() {
        district = "chain-" + UUID.randomUUID().toString().substring(0, 8);
        post("/api/organisations", "c-" + district, Map.of("organisationId", district, "name", "Huyện ủy Kiểm Tra",
                "kind", "COMMITTEE", "levelLabel", "Huyện ủy", "effectiveDate", "2020-01-01"));
    }

    @Test
    void concurrentWritersLeaveAChainThatVerifies() throws Exception {
        ExecutorService writers = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> cells = IntStream.range(0, 120).<Future<?>>mapToObj(i -> writers.submit(() -> {
                String cell = district + "-c" + i;
                post("/api/organisations", "c-" + cell, Map.of("organisationId", cell, "name", "Chi bộ " + i,
                        "kind", "CELL", "cellType", "VILLAGE", "levelLabel", "Chi bộ", "parentId", district,
                        "effectiveDate", "2020-01-01"));
            })).toList();
            for (Future<?> cell : cells) {
                cell.get();
            }
        } finally {
            writers.shutdown();
        }

        JsonNode verification = sealedAndVerified();

        assertThat(verification.path("intact").asBoolean()).as(verification.toString()).isTrue();
        long stored = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
        assertThat(verification.path("verifiedEvents").asLong()).isEqualTo(stored);
        assertThat(verification.path("message").path("vi").asText()).startsWith("Chuỗi sự kiện toàn vẹn");
    }

    @Test
    void aChangedPayloadIsNamedExactly() {
        sealedAndVerified();
        long index = indexOf(district);
        byte[] original = jdbc.queryForObject("select payload from domain_event_entry where global_index = ?", byte[].class, index);
        jdbc.update("update domain_event_entry set payload = convert_to(replace(convert_from(payload, 'UTF8'), 'Kiểm Tra', 'Sửa Lén'), 'UTF8')"
                + " where global_index = ?", index);
        try {
            JsonNode verification = verification();
            assertThat(verification.path("intact").asBoolean()).isFalse();
            assertThat(verification.path("firstProblem").path("globalIndex").asLong()).isEqualTo(index);
            assertThat(verification.path("firstProblem").path("problem").asText()).isEqualTo(Problem.CHANGED.name());
            assertThat(verification.path("message").path("vi").asText()).contains("Sự kiện số " + index, "đã bị sửa");
        } finally {
            jdbc.update("update domain_event_entry set payload = ? where global_index = ?", original, index);
        }
        assertThat(verification().path("intact").asBoolean()).isTrue();
    }

    @Test
    void aDeletedEventIsFoundAsAGap() {
        sealedAndVerified();
        long index = indexOf(district);
        Map<String, Object> row = jdbc.queryForMap("select * from domain_event_entry where global_index = ?", index);
        jdbc.update("delete from domain_event_entry where global_index = ?", index);
        try {
            JsonNode verification = verification();
            assertThat(verification.path("firstProblem").path("globalIndex").asLong()).isEqualTo(index);
            assertThat(verification.path("firstProblem").path("problem").asText()).isEqualTo(Problem.MISSING.name());
            assertThat(verification.path("message").path("en").asText()).contains("deleted");
        } finally {
            restore(row);
        }
        assertThat(verification().path("intact").asBoolean()).isTrue();
    }

    @Test
    void aRewrittenChainIsCaughtByTheDailyDigest() {
        sealedAndVerified();
        var digest = digests.record(LocalDate.now().minusDays(1000 + (long) (Math.random() * 10_000))).orElseThrow();
        assertThat(digests.record(digest.day())).contains(digest);
        long index = indexOf(district);
        assertThat(index).isLessThanOrEqualTo(digest.globalIndex());
        byte[] original = jdbc.queryForObject("select payload from domain_event_entry where global_index = ?", byte[].class, index);
        List<Map<String, Object>> seals = jdbc.queryForList("select * from event_chain where global_index >= ?", index);
        // the intruder changes an event and seals everything again from there
        jdbc.update("update domain_event_entry set payload = convert_to(replace(convert_from(payload, 'UTF8'), 'Kiểm Tra', 'Sửa Lén'), 'UTF8')"
                + " where global_index = ?", index);
        jdbc.update("delete from event_chain where global_index >= ?", index);
        await().until(() -> sealer.sealAll() >= 0 && sealer.head().globalIndex() >= digest.globalIndex());
        try {
            JsonNode verification = verification();
            assertThat(verification.path("firstProblem").path("problem").asText()).isEqualTo(Problem.DIGEST_MISMATCH.name());
            assertThat(verification.path("firstProblem").path("globalIndex").asLong()).isEqualTo(digest.globalIndex());
        } finally {
            // put back as it was, holding the sealer's lock so it cannot seal in between
            transaction.executeWithoutResult(status -> {
                jdbc.queryForObject("select pg_advisory_xact_lock(?)", Object.class, ChainSealer.LOCK);
                jdbc.update("update domain_event_entry set payload = ? where global_index = ?", original, index);
                jdbc.update("delete from event_chain where global_index >= ?", index);
                seals.forEach(seal -> jdbc.update("insert into event_chain (global_index, event_identifier, previous_hash, hash, sealed_at)"
                        + " values (?, ?, ?, ?, ?)", seal.get("global_index"), seal.get("event_identifier"),
                        seal.get("previous_hash"), seal.get("hash"), seal.get("sealed_at")));
            });
        }
        assertThat(verification().path("intact").asBoolean()).isTrue();
    }

    /** Waits until every stored event is sealed, then verifies. */
    private JsonNode sealedAndVerified() {
        await().until(() -> {
            sealer.sealAll();
            return http.getForObject("/api/audit/chain", JsonNode.class).path("awaitingSeal").asLong() == 0;
        });
        JsonNode verification = verification();
        assertThat(verification.path("intact").asBoolean()).as(verification.toString()).isTrue();
        return verification;
    }

    private JsonNode verification() {
        return http.postForObject("/api/audit/chain/verification", null, JsonNode.class);
    }

    private long indexOf(String aggregate) {
        return jdbc.queryForObject("select global_index from domain_event_entry where aggregate_identifier = ? and sequence_number = 0",
                Long.class, aggregate);
    }

    private void restore(Map<String, Object> row) {
        jdbc.update("insert into domain_event_entry (global_index, event_identifier, aggregate_identifier, sequence_number, type,"
                        + " time_stamp, payload_type, payload_revision, payload, meta_data) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                row.get("global_index"), row.get("event_identifier"), row.get("aggregate_identifier"), row.get("sequence_number"),
                row.get("type"), row.get("time_stamp"), row.get("payload_type"), row.get("payload_revision"), row.get("payload"),
                row.get("meta_data"));
    }

    private void post(String path, String commandId, Map<String, Object> body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("Idempotency-Key", commandId);
        var response = http.postForEntity(path, new HttpEntity<>(body, headers), String.class);
        assertThat(response.getStatusCode().is2xxSuccessful()).as(path + " → " + response.getBody()).isTrue();
    }
}
