package vn.chibo.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.sun.net.httpserver.HttpServer;
import org.axonframework.extensions.kafka.eventhandling.KafkaMessageConverter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.chibo.events.organisation.OrganisationContract.OrganisationCreated;
import vn.chibo.events.organisation.OrganisationKind;
import vn.chibo.events.report.ReportContract.ReportingRates;
import vn.chibo.events.report.ReportContract.ReportingStatus;
import vn.chibo.events.report.ReportContract.UnitReport;
import vn.chibo.events.report.ReportContract.UnitReportStatus;
import vn.chibo.events.report.ReportType;
import vn.chibo.infrastructure.spring.FreshInfrastructure;
import vn.chibo.service.testing.TopicWriter;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The dashboard's link to the reports page and its part listing the units' missing and late reports,
 * read from a stand-in for reporting-service that answers in the contract's types. For November 2026
 * the reports due are October's monthly reports (r-A accepted on time, r-B submitted late, r-C not
 * submitted: expected 3, submitted 2, on time 1, accepted 1) and the third quarter's (all three accepted
 * on time). For organisation r-down the stand-in answers 503.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=" + QueryServiceApplication.CONFIG_NAME)
@ContextConfiguration(initializers = FreshInfrastructure.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportingPanelIT {

    private static final HttpServer REPORTING_SERVICE = reportingService();
    private static final List<String> ASKED = new CopyOnWriteArrayList<>();
    private static final String BASE = "http://127.0.0.1:" + REPORTING_SERVICE.getAddress().getPort();

    @Autowired
    TestRestTemplate http;
    @Value("${chibo.kafka.topic}")
    String topic;
    @Value("${chibo.kafka.bootstrap-servers}")
    String bootstrapServers;
    @Autowired
    KafkaMessageConverter<String, byte[]> converter;

    @DynamicPropertySource
    static void reportingServiceUrl(DynamicPropertyRegistry registry) {
        registry.add("chibo.reporting-service.url", () -> BASE);
    }

    @BeforeAll
    void publishTheCommune() {
        try (var events = new TopicWriter(bootstrapServers, topic, converter)) {
            events.publish("r-X", new OrganisationCreated("r-X", "Đảng ủy xã Biên Sơn", OrganisationKind.COMMITTEE,
                    "Đảng ủy xã", null, null, LocalDate.of(2020, 1, 1)));
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(http.getForEntity("/api/organisations/r-X", String.class).getStatusCode()).isEqualTo(HttpStatus.OK));
    }

    @AfterAll
    static void stopReportingService() {
        REPORTING_SERVICE.stop(0);
    }

    @Test
    void theOrganisationsPageLinksToItsReportsAndLoadsTheUnitsReportsAfterItself() {
        String page = http.getForObject("/?org=r-X&month=2026-11", String.class);
        assertThat(page).contains("id=\"reports-link\" href=\"" + BASE + "/reports?organisationId=r-X\"",
                "hx-get=\"/fragments/reports?org=r-X&amp;month=2026-11\"");
    }

    @Test
    void theUnitsMissingAndLateReportsOfTheMonthAndQuarterDueAreListed() {
        String part = http.getForObject("/fragments/reports?org=r-X&month=2026-11", String.class);
        assertThat(ASKED).contains("organisationId=r-X&type=MONTHLY_COMPLIANCE&period=2026-10",
                "organisationId=r-X&type=QUARTERLY_MEETINGS&period=2026-Q3");
        assertThat(part).contains("Báo cáo tháng kỳ 2026-10", "Phải nộp 3 · đã nộp 2 · đúng hạn 1 · đã duyệt 1",
                "Chưa nộp:</strong>\n            <span>Chi bộ thôn Cầu</span>",
                "Nộp muộn:</strong>\n            <span>Chi bộ thôn Bình</span>",
                BASE + "/reports?organisationId=r-X&amp;type=MONTHLY_COMPLIANCE&amp;period=2026-10",
                "Báo cáo quý kỳ 2026-Q3", "Phải nộp 3 · đã nộp 3 · đúng hạn 3 · đã duyệt 3");
        assertThat(part).doesNotContain("Chưa đọc được");
        String english = http.getForObject("/fragments/reports?org=r-X&month=2026-11&lang=en", String.class);
        assertThat(english).contains("Monthly report, period 2026-10", "Not submitted:", "Submitted late:");
    }

    @Test
    void withoutAnAnswerFromReportingServiceThePartSaysSoAndTheDashboardStillWorks() {
        var response = http.getForEntity("/fragments/reports?org=r-down&month=2026-11", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).contains("Chưa đọc được tình hình nộp báo cáo")
                .doesNotContain("Phải nộp");
    }

    private static ReportingStatus status(ReportType type, String period, boolean monthly) {
        List<UnitReport> units = List.of(
                unit("r-a", "Chi bộ thôn An", type, period, UnitReportStatus.ACCEPTED, true),
                unit("r-b", "Chi bộ thôn Bình", type, period,
                        monthly ? UnitReportStatus.SUBMITTED_LATE : UnitReportStatus.ACCEPTED, !monthly),
                monthly ? unit("r-c", "Chi bộ thôn Cầu", type, period, UnitReportStatus.NOT_SUBMITTED, null)
                        : unit("r-c", "Chi bộ thôn Cầu", type, period, UnitReportStatus.ACCEPTED, true));
        var rates = monthly ? new ReportingRates(3, 2, 1, 1) : new ReportingRates(3, 3, 3, 3);
        return new ReportingStatus("r-X", "Đảng ủy xã Biên Sơn", type, period, rates, units,
                monthly ? List.of("r-c") : List.of(), monthly ? List.of("r-b") : List.of());
    }

    private static UnitReport unit(String id, String name, ReportType type, String period, UnitReportStatus status,
                                   Boolean onTime) {
        boolean submitted = status != UnitReportStatus.NOT_SUBMITTED;
        return new UnitReport(id, name, type + ":" + id + ":" + period, status, status.name(), status.name(),
                submitted ? 1 : null, submitted ? LocalDateTime.of(2026, 11, 3, 8, 0) : null,
                LocalDate.of(2026, 11, 5), onTime, null, null);
    }

    /** A stand-in for reporting-service's /api/reports/status: r-X's October and third quarter; 503 for r-down. */
    private static HttpServer reportingService() {
        var json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        try {
            var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/api/reports/status", exchange -> {
                String query = exchange.getRequestURI().getQuery();
                ASKED.add(query);
                byte[] body = query.startsWith("organisationId=r-X&") ? json.writeValueAsBytes(query.contains("MONTHLY")
                        ? status(ReportType.MONTHLY_COMPLIANCE, "2026-10", true)
                        : status(ReportType.QUARTERLY_MEETINGS, "2026-Q3", false)) : new byte[0];
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(body.length == 0 ? 503 : 200, body.length == 0 ? -1 : body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
