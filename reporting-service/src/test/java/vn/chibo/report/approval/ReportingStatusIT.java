package vn.chibo.report.approval;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.extensions.kafka.eventhandling.KafkaMessageConverter;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.chibo.events.report.ReportContract.ReportAccepted;
import vn.chibo.events.report.ReportContract.ReportReopened;
import vn.chibo.events.report.ReportContract.ReportReturned;
import vn.chibo.events.report.ReportContract.ReportSubmitted;
import vn.chibo.events.report.ReportType;
import vn.chibo.infrastructure.spring.FreshInfrastructure;
import vn.chibo.report.ReportingServiceApplication;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Report approval events on the Kafka topic → reporting-service's tracked statuses → the superior's
 * view. Commune xa-bs has five cells (as a stand-in query-service answers); for 2026-Q1:
 * a accepted, b submitted late, c returned, d nothing, e accepted then reopened. By hand: expected 5,
 * submitted 4 (a, b, c, e), on time 3 (a, c, e), accepted 1 (a); missing [d], late [b].
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=" + ReportingServiceApplication.CONFIG_NAME)
@ContextConfiguration(initializers = FreshInfrastructure.class)
class ReportingStatusIT {

    private static final ReportType QUARTERLY = ReportType.QUARTERLY_MEETINGS;
    private static final LocalDate DEADLINE = LocalDate.of(2026, 4, 10);
    private static final LocalDateTime ON_TIME = LocalDateTime.of(2026, 4, 6, 9, 0);
    private static final LocalDateTime LATE = LocalDateTime.of(2026, 4, 14, 15, 30);
    private static final HttpServer QUERY_SERVICE = queryService();

    @Autowired
    TestRestTemplate http;
    @Autowired
    KafkaMessageConverter<String, byte[]> converter;
    @Value("${chibo.kafka.topic}")
    String topic;
    @Value("${chibo.kafka.bootstrap-servers}")
    String bootstrapServers;

    private final Map<String, Long> sequences = new HashMap<>();

    @DynamicPropertySource
    static void queryServiceUrl(DynamicPropertyRegistry registry) {
        registry.add("chibo.query-service.url", () -> "http://127.0.0.1:" + QUERY_SERVICE.getAddress().getPort());
    }

    @AfterAll
    static void stopQueryService() {
        QUERY_SERVICE.stop(0);
    }

    @Test
    void theSuperiorSeesEachUnitsReportAndTheReportingRates() throws Exception {
        try (var producer = producer()) {
            publish(producer, submitted("a", 1, ON_TIME, true), accepted("a", 1));
            publish(producer, submitted("b", 1, LATE, false));
            publish(producer, submitted("c", 1, ON_TIME, true),
                    new ReportReturned(id("c"), 1, "xa-bs", "Thiếu số buổi sinh hoạt chuyên đề", LATE));
            publish(producer, submitted("e", 1, ON_TIME, true), accepted("e", 1),
                    new ReportReopened(id("e"), 1, "xa-bs", "Sửa số đảng viên dự họp", LATE));
            // another period's report of d, and a's acceptance delivered again: neither changes 2026-Q1
            publish(producer, new ReportSubmitted("QUARTERLY_MEETINGS:d:2025-Q4", QUARTERLY, "d", "2025-Q4", "xa-bs", 1,
                    "0".repeat(64), ON_TIME, DEADLINE, true, "quy-dinh-mac-dinh-2025"));
            publishAgain(producer, id("a"), 1, accepted("a", 1));
        }

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode status = get("/api/reports/status?organisationId=xa-bs&type=QUARTERLY_MEETINGS&period=2026-Q1")
                    .getBody();
            assertThat(status.at("/rates").toString())
                    .isEqualTo("{\"expected\":5,\"submitted\":4,\"submittedOnTime\":3,\"accepted\":1}");
            assertThat(units(status, "status"))
                    .containsExactly("ACCEPTED", "SUBMITTED_LATE", "RETURNED", "NOT_SUBMITTED", "REOPENED");
        });
        JsonNode status = get("/api/reports/status?organisationId=xa-bs&type=QUARTERLY_MEETINGS&period=2026-Q1").getBody();
        assertThat(status.at("/organisationName").asText()).isEqualTo("Đảng ủy xã Biên Sơn");
        assertThat(units(status, "statusLabel")).containsExactly("đã duyệt", "nộp muộn", "bị trả lại", "chưa nộp",
                "đã mở lại");
        assertThat(units(status, "statusLabelEn")).containsExactly("accepted", "submitted late", "returned",
                "not submitted", "reopened");
        assertThat(status.at("/missing").toString()).isEqualTo("[\"d\"]");
        assertThat(status.at("/late").toString()).isEqualTo("[\"b\"]");
        assertThat(status.at("/units/2/lastComment").asText()).isEqualTo("Thiếu số buổi sinh hoạt chuyên đề");
        assertThat(status.at("/units/1/deadline").asText()).isEqualTo("2026-04-10");
        assertThat(status.at("/units/1/firstSubmittedAt").asText()).isEqualTo("2026-04-14T15:30:00");
    }

    @Test
    void badInputIsABilingualProblem() {
        assertProblem("/api/reports/status?organisationId=xa-bs&type=QUARTERLY_MEETINGS&period=2026-03",
                HttpStatus.BAD_REQUEST, "Loại báo cáo quý về sinh hoạt chi bộ lập theo kỳ như 2026-Q1; '2026-03' không phải kỳ như vậy.");
        assertProblem("/api/reports/status?organisationId=xa-bs&type=QUARTERLY_MEETINGS&period=2026-Q5",
                HttpStatus.BAD_REQUEST, "period");
        assertProblem("/api/reports/status?organisationId=xa-bs&type=WEEKLY&period=2026-Q1",
                HttpStatus.BAD_REQUEST, "type");
        assertProblem("/api/reports/status?type=QUARTERLY_MEETINGS&period=2026-Q1",
                HttpStatus.BAD_REQUEST, "organisationId");
        assertProblem("/api/reports/status?organisationId=khong-co&type=QUARTERLY_MEETINGS&period=2026-Q1",
                HttpStatus.NOT_FOUND, "khong-co");
    }

    private void assertProblem(String path, HttpStatus status, String mentioned) {
        ResponseEntity<String> response = http.getForEntity(path, String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(response.getBody()).contains(mentioned, "\"detailEn\"");
    }

    private ResponseEntity<JsonNode> get(String path) {
        return http.getForEntity(path, JsonNode.class);
    }

    private static List<String> units(JsonNode status, String field) {
        return status.at("/units").findValuesAsText(field);
    }

    private static String id(String cell) {
        return "QUARTERLY_MEETINGS:" + cell + ":2026-Q1";
    }

    private static ReportSubmitted submitted(String cell, int submission, LocalDateTime at, boolean onTime) {
        return new ReportSubmitted(id(cell), QUARTERLY, cell, "2026-Q1", "xa-bs", submission, "ab".repeat(32), at,
                DEADLINE, onTime, "quy-dinh-mac-dinh-2025");
    }

    private static ReportAccepted accepted(String cell, int submission) {
        return new ReportAccepted(id(cell), submission, "xa-bs", ON_TIME.plusDays(1), true, "quy-dinh-mac-dinh-2025");
    }

    private KafkaProducer<String, byte[]> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
    }

    /** The events of one report, in order, as command-service's publisher puts them on the topic. */
    private void publish(KafkaProducer<String, byte[]> producer, Object... events) throws Exception {
        for (Object event : events) {
            String reportId = event instanceof ReportSubmitted s ? s.reportId() : reportIdOf(event);
            publishAgain(producer, reportId, sequences.merge(reportId, 1L, Long::sum) - 1, event);
        }
    }

    private void publishAgain(KafkaProducer<String, byte[]> producer, String reportId, long sequence, Object event)
            throws Exception {
        var message = new GenericDomainEventMessage<>("Report", reportId, sequence,
                new GenericMessage<>(event, MetaData.with("actor", "test")), Instant.now());
        producer.send(converter.createKafkaMessage(message, topic)).get();
    }

    private static String reportIdOf(Object event) {
        if (event instanceof ReportAccepted a) return a.reportId();
        if (event instanceof ReportReturned r) return r.reportId();
        return ((ReportReopened) event).reportId();
    }

    /** A stand-in for query-service's organisation endpoints: commune xa-bs and its five cells. */
    private static HttpServer queryService() {
        try {
            var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/api/organisations/", exchange -> {
                String path = exchange.getRequestURI().getPath();
                String body = switch (path) {
                    case "/api/organisations/xa-bs" -> summary("xa-bs", "Đảng ủy xã Biên Sơn", "COMMITTEE", "huyen");
                    case "/api/organisations/xa-bs/children" -> "[" + String.join(",",
                            cell("a", "Chi bộ thôn An"), cell("b", "Chi bộ thôn Bình"), cell("c", "Chi bộ thôn Cầu"),
                            cell("d", "Chi bộ thôn Dõng"), cell("e", "Chi bộ thôn Én")) + "]";
                    default -> null;
                };
                byte[] bytes = (body == null ? "{\"status\":404}" : body).getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
                exchange.getResponseBody().write(bytes);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String cell(String id, String name) {
        return summary(id, name, "CELL", "xa-bs");
    }

    private static String summary(String id, String name, String kind, String parentId) {
        return """
                {"organisationId":"%s","name":"%s","kind":"%s","levelLabel":"Cấp","parentId":"%s","depth":2,
                 "cells":1,"officialMembers":9,"probationaryMembers":1}""".formatted(id, name, kind, parentId);
    }
}
