package vn.chibo.report.periodic;

import vn.chibo.service.testing.TopicWriter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.axonframework.extensions.kafka.eventhandling.KafkaMessageConverter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.chibo.events.meeting.AttendanceStatus;
import vn.chibo.events.meeting.AgendaItemKind;
import vn.chibo.events.meeting.MeetingContract.AgendaItemRecorded;
import vn.chibo.events.meeting.MeetingContract.AttendanceRecorded;
import vn.chibo.events.meeting.MeetingContract.MeetingOpened;
import vn.chibo.events.meeting.MeetingContract.MinutesSigned;
import vn.chibo.events.meeting.MeetingContract.Person;
import vn.chibo.events.meeting.MeetingContract.RosterMember;
import vn.chibo.events.meeting.MeetingContract.SpeechGiven;
import vn.chibo.events.meeting.MeetingContract.ResolutionVoted;
import vn.chibo.events.member.CellRole;
import vn.chibo.events.resolution.ResolutionContract.ResolutionAdopted;
import vn.chibo.events.resolution.ResolutionKind;
import vn.chibo.events.task.AssigneeKind;
import vn.chibo.events.task.TaskContract.Assignee;
import vn.chibo.events.task.TaskContract.TaskAssigned;
import vn.chibo.events.member.MemberContract.MemberRegistered;
import vn.chibo.events.member.MembershipStatus;
import vn.chibo.events.meeting.MeetingContract.MeetingHeld;
import vn.chibo.events.meeting.MeetingContract.MeetingScheduled;
import vn.chibo.events.meeting.MeetingContract.QualityRatingVoted;
import vn.chibo.events.meeting.MeetingContract.VoteResult;
import vn.chibo.events.meeting.MeetingKind;
import vn.chibo.events.meeting.QualityLevel;
import vn.chibo.events.organisation.CellType;
import vn.chibo.events.organisation.OrganisationContract.OrganisationCreated;
import vn.chibo.events.organisation.OrganisationKind;
import vn.chibo.service.security.Actor;
import vn.chibo.service.security.Role;
import vn.chibo.service.testing.TestIdentities;
import vn.chibo.infrastructure.spring.FreshInfrastructure;
import vn.chibo.report.ReportingServiceApplication;
import vn.chibo.report.document.CanonicalJson;
import vn.chibo.report.document.VietnameseDate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.chibo.events.meeting.MeetingKind.REGULAR;
import static vn.chibo.events.meeting.MeetingKind.THEMATIC;

/**
 * Periodic reports end to end: events on the topic → the real query-service's indicators → a report
 * generated, stored, rendered as PDF and XLSX. The fixture, with figures computed by hand:
 * Huyện ủy Lục Ngạn → Đảng ủy xã Biên Sơn (C1) → cells c1a (village) and c1b (school).
 * <pre>
 * m1 c1a regular  2026-03-05 120 min, 3 present + 1 absent with reason, rated good
 * m2 c1a thematic 2026-03-20 120 min
 * m3 c1b regular  2026-03-03  60 min, 2 present + 1 absent without reason, rated average
 * m4 c1a regular  2026-04-04 105 min
 * </pre>
 * And c1a's 2025, for its annual classification: a regular meeting each month, January to July rated
 * good and August to December fair (a good year by the default bands: 7 good months, none below fair).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=" + ReportingServiceApplication.CONFIG_NAME,
        "resilience4j.circuitbreaker.instances.query-service.wait-duration-in-open-state=2s",
        "chibo.query-service.read-timeout=3s",
        "chibo.reports.schedule.organisations=C1",
        "chibo.reports.schedule.place=Lục Ngạn",
        "chibo.security.secret=" + TestIdentities.SHARED_SECRET})
@ContextConfiguration(initializers = FreshInfrastructure.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PeriodicReportIT {

    private static final QueryServiceProcess QUERY_SERVICE = new QueryServiceProcess();
    private static final ObjectMapper JSON = new ObjectMapper();

    @DynamicPropertySource
    static void queryService(DynamicPropertyRegistry registry) {
        registry.add("chibo.query-service.url", QUERY_SERVICE::url);
    }

    @Autowired
    TestRestTemplate http;
    @Value("${chibo.kafka.topic}")
    String topic;
    @Value("${chibo.kafka.bootstrap-servers}")
    String bootstrapServers;
    @Autowired
    KafkaMessageConverter<String, byte[]> converter;
    @Autowired
    ScheduledReports scheduled;
    @Autowired
    ApplicationContext context;

    @BeforeAll
    void startQueryServiceAndPublishTheFixture() {
        QUERY_SERVICE.start(topic);
        try (var writer = new TopicWriter(bootstrapServers, topic, converter)) {
            organisation(writer, "D", null, OrganisationKind.COMMITTEE, null, "Huyện ủy Lục Ngạn");
            organisation(writer, "C1", "D", OrganisationKind.COMMITTEE, null, "Đảng ủy xã Biên Sơn");
            organisation(writer, "c1a", "C1", OrganisationKind.CELL, CellType.VILLAGE, "Chi bộ thôn Đồng Cốc");
            organisation(writer, "c1b", "C1", OrganisationKind.CELL, CellType.SCHOOL, "Chi bộ trường Tiểu học Biên Sơn");
            meeting(writer, "m1", "c1a", REGULAR, LocalDateTime.of(2026, 3, 5, 7, 30), 120);
            attendance(writer, "m1", "c1a", LocalDate.of(2026, 3, 5), AttendanceStatus.PRESENT, AttendanceStatus.PRESENT,
                    AttendanceStatus.PRESENT, AttendanceStatus.ABSENT_WITH_REASON);
            rated(writer, "m1", "c1a", QualityLevel.GOOD);
            meeting(writer, "m2", "c1a", THEMATIC, LocalDateTime.of(2026, 3, 20, 14, 0), 120);
            meeting(writer, "m3", "c1b", REGULAR, LocalDateTime.of(2026, 3, 3, 16, 0), 60);
            attendance(writer, "m3", "c1b", LocalDate.of(2026, 3, 3), AttendanceStatus.PRESENT, AttendanceStatus.PRESENT,
                    AttendanceStatus.ABSENT_WITHOUT_REASON);
            rated(writer, "m3", "c1b", QualityLevel.AVERAGE);
            meeting(writer, "m4", "c1a", REGULAR, LocalDateTime.of(2026, 4, 4, 8, 0), 105);
            minutedMeeting(writer);
            for (int month = 1; month <= 12; month++) {
                String id = "y25-" + month;
                meeting(writer, id, "c1a", REGULAR, LocalDateTime.of(2025, month, 5, 7, 30), 100);
                rated(writer, id, "c1a", month <= 7 ? QualityLevel.GOOD : QualityLevel.FAIR);
            }
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode year = queryJson("/api/organisations/C1/indicators?period=2026");
            assertThat(year.path("counts").path("MEETINGS_HELD").asLong()).isEqualTo(4);
            assertThat(year.path("counts").path("RATED_AVERAGE").asLong()).isEqualTo(1);
            assertThat(year.path("counts").path("MEMBERS_EXPECTED").asLong()).isEqualTo(7);
            JsonNode minutes = queryJson("/api/meetings/m9");
            assertThat(minutes.path("attendance")).hasSize(3);
            assertThat(minutes.path("items").path(0).path("speeches")).hasSize(1);
            assertThat(minutes.path("minutes").path("readBackAt").isMissingNode()).isFalse();
            assertThat(queryJson("/api/resolutions/nq-9").path("tasks")).hasSize(1);
        });
    }

    @AfterAll
    void stopQueryService() {
        QUERY_SERVICE.close();
    }

    @Test
    @Order(1)
    void theMonthlyComplianceReportHasTheHandComputedFiguresForTheCommuneAndEachCell() {
        JsonNode report = generate("MONTHLY_COMPLIANCE", "C1", "2026-03").path("report");
        JsonNode own = report.path("own");
        assertThat(own.path("cells").asLong()).isEqualTo(2);
        assertCounts(own, Map.of("CELLS_MET", 2L, "MEETINGS_HELD", 3L, "REGULAR_MEETINGS_HELD", 2L,
                "THEMATIC_MEETINGS_HELD", 1L, "MEETINGS_AT_MINIMUM_LENGTH", 2L, "MEMBERS_EXPECTED", 7L,
                "MEMBERS_PRESENT", 5L, "ABSENT_WITH_REASON", 1L, "ABSENT_WITHOUT_REASON", 1L));
        assertRates(own, Map.of("CELLS_MEETING", 100.0, "MINIMUM_LENGTH", 66.7, "ATTENDANCE", 71.4));
        JsonNode units = report.path("units");
        assertThat(units).hasSize(2);
        JsonNode village = unit(units, "c1a");
        assertCounts(village, Map.of("MEETINGS_HELD", 2L, "CELLS_MET", 1L, "MEMBERS_PRESENT", 3L));
        assertRates(village, Map.of("ATTENDANCE", 75.0, "MINIMUM_LENGTH", 100.0));
        JsonNode school = unit(units, "c1b");
        assertCounts(school, Map.of("MEETINGS_HELD", 1L, "MEETINGS_AT_MINIMUM_LENGTH", 0L));
        assertRates(school, Map.of("ATTENDANCE", 66.7, "MINIMUM_LENGTH", 0.0));
        assertThat(report.path("issuer").path("name").asText()).isEqualTo("Đảng ủy xã Biên Sơn");
        assertThat(report.path("issuer").path("superiorName").asText()).isEqualTo("Huyện ủy Lục Ngạn");
        assertThat(report.path("reportId").asText()).isEqualTo("MONTHLY_COMPLIANCE:C1:2026-03");
    }

    @Test
    @Order(2)
    void theQuarterlyReportCountsCellMonthsAgainstThreeMonthsAndThematicMeetingsPerQuarter() {
        JsonNode own = generate("QUARTERLY_MEETINGS", "C1", "2026-Q1").path("report").path("own");
        assertCounts(own, Map.of("CELLS_MET", 2L, "MEETINGS_HELD", 3L, "THEMATIC_MEETINGS_HELD", 1L));
        // 2 cell-months met of 2 cells × 3 months; 1 thematic meeting of 2 cells × 1 quarter
        assertRates(own, Map.of("CELLS_MEETING", 33.3, "THEMATIC_PER_QUARTER", 50.0));
    }

    @Test
    @Order(3)
    void theSixMonthReviewAddsApril() {
        JsonNode own = generate("SIX_MONTH_REVIEW", "C1", "2026-H1").path("report").path("own");
        assertCounts(own, Map.of("CELLS_MET", 3L, "MEETINGS_HELD", 4L, "MEETINGS_AT_MINIMUM_LENGTH", 3L));
        // 3 of 2 × 6 cell-months; 1 thematic of 2 cells × 2 quarters; 3 of 4 meetings long enough
        assertRates(own, Map.of("CELLS_MEETING", 25.0, "THEMATIC_PER_QUARTER", 25.0, "MINIMUM_LENGTH", 75.0));
    }

    @Test
    @Order(4)
    void theAnnualReviewClassifiesTheMeetingsByQuality() {
        JsonNode report = generate("ANNUAL_REVIEW", "C1", "2026").path("report");
        assertCounts(report.path("own"), Map.of("RATED_GOOD", 1L, "RATED_FAIR", 0L, "RATED_AVERAGE", 1L,
                "RATED_POOR", 0L, "MEETINGS_HELD", 4L));
        assertRates(report.path("own"), Map.of("CELLS_MEETING", 12.5));
        assertCounts(unit(report.path("units"), "c1a"), Map.of("RATED_GOOD", 1L, "RATED_AVERAGE", 0L));
        assertCounts(unit(report.path("units"), "c1b"), Map.of("RATED_GOOD", 0L, "RATED_AVERAGE", 1L));
        // one rated month each: short of the 7 any level needs
        JsonNode quality = report.path("quality");
        assertThat(quality.path("cellsByLevel").toString()).isEqualTo("{\"GOOD\":0,\"FAIR\":0,\"AVERAGE\":0,\"POOR\":2}");
        assertThat(quality.path("cells").findValuesAsText("monthsNotRated")).containsExactly("11", "11");
    }

    @Test
    @Order(4)
    void theAnnualReviewCountsTheCellsAtEachLevelAndListsEachCellInTheWorkbook() throws IOException {
        JsonNode stored = generate("ANNUAL_REVIEW", "C1", "2025");
        assertThat(stored.path("report").path("quality").path("cellsByLevel").toString())
                .isEqualTo("{\"GOOD\":1,\"FAIR\":0,\"AVERAGE\":0,\"POOR\":1}");
        String text = pdfText(download(stored, "pdf").getBody());
        assertThat(text).contains("PHÂN LOẠI CHẤT LƯỢNG SINH HOẠT CHI BỘ NĂM 2025");
        // table cells come out of the PDF with or without a space between them
        assertThat(text.replace(" ", "")).contains("1Tốt1\n", "2Khá0\n", "4Kém1\n", "Tổngsốchibộđượcxếploại2");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(download(stored, "xlsx").getBody()))) {
            Sheet cells = workbook.getSheet(PeriodicReportXlsx.QUALITY_SHEET);
            assertThat(valueOf(cells, 0, "c1a", column(cells, "Tháng Tốt"))).isEqualTo(7.0);
            assertThat(valueOf(cells, 0, "c1a", column(cells, "Tháng Khá"))).isEqualTo(5.0);
            assertThat(valueOf(cells, 0, "c1b", column(cells, "Tháng chưa xếp loại"))).isEqualTo(12.0);
            assertThat(text(cells, "c1a", column(cells, "Xếp loại năm"))).isEqualTo("Tốt");
            assertThat(text(cells, "c1b", column(cells, "Xếp loại năm"))).isEqualTo("Kém");
            assertThat(valueOf(cells, 1, "Số chi bộ xếp loại Tốt", 3)).isEqualTo(1.0);
        }
    }

    @Test
    @Order(5)
    void thePdfIsAPartyDocumentWithEveryHeaderElementInVietnamese() throws IOException, InterruptedException {
        JsonNode stored = generate("MONTHLY_COMPLIANCE", "C1", "2026-03");
        byte[] pdf = download(stored, "pdf").getBody();
        String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
        String today = VietnameseDate.placeAndDate("Lục Ngạn", LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")));
        assertThat(text).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "HUYỆN ỦY LỤC NGẠN", "ĐẢNG ỦY XÃ BIÊN SƠN",
                "Số " + stored.path("report").path("number").asInt() + "-BC/ĐU", today, "BÁO CÁO",
                "Tình hình sinh hoạt chi bộ tháng 3 năm 2026", "Số buổi sinh hoạt đã tổ chức",
                "Chi bộ thôn Đồng Cốc", "Tỷ lệ đảng viên dự sinh hoạt", "71,4%",
                "Các chi bộ đã duy trì nề nếp sinh hoạt");
        String all = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(new PdfReader(pdf).getNumberOfPages());
        assertThat(all).contains("T/M ĐẢNG ỦY", "BÍ THƯ", "Nguyễn Văn Thắng", "Nơi nhận:",
                "Ban Thường vụ Huyện ủy (b/c)", "Lưu văn phòng.");
        renderFirstPage(pdf);
    }

    @Test
    @Order(6)
    void theWorkbookHasTheSameFiguresASheetPerLevel() throws IOException {
        JsonNode stored = generate("MONTHLY_COMPLIANCE", "C1", "2026-03");
        ResponseEntity<byte[]> xlsx = download(stored, "xlsx");
        assertThat(xlsx.getHeaders().getContentType().toString()).contains("spreadsheetml");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
            Sheet own = workbook.getSheet(PeriodicReportXlsx.OWN_SHEET);
            assertThat(valueOf(own, 0, "Số buổi sinh hoạt đã tổ chức", 1)).isEqualTo(3.0);
            assertThat(valueOf(own, 0, "Tỷ lệ đảng viên dự sinh hoạt", 1)).isEqualTo(71.4);
            assertThat(valueOf(own, 0, "Lượt vắng không lý do", 1)).isEqualTo(1.0);
            Sheet units = workbook.getSheet(PeriodicReportXlsx.UNITS_SHEET);
            int meetingsColumn = column(units, "Số buổi sinh hoạt đã tổ chức");
            int attendanceColumn = column(units, "Tỷ lệ đảng viên dự sinh hoạt");
            assertThat(valueOf(units, 0, "c1a", meetingsColumn)).isEqualTo(2.0);
            assertThat(valueOf(units, 0, "c1b", meetingsColumn)).isEqualTo(1.0);
            assertThat(valueOf(units, 0, "c1b", attendanceColumn)).isEqualTo(66.7);
        }
    }

    @Test
    @Order(7)
    void aReportRendersAgainByteForByteFromItsRecordedFiguresWhileAFreshOneReadsTheNewEvents() {
        JsonNode first = generate("MONTHLY_COMPLIANCE", "C1", "2026-03");
        byte[] pdf = download(first, "pdf").getBody();
        byte[] xlsx = download(first, "xlsx").getBody();
        assertThat(CanonicalJson.sha256(pdf)).isEqualTo(first.path("pdfSha256").asText());
        assertThat(CanonicalJson.sha256(xlsx)).isEqualTo(first.path("xlsxSha256").asText());
        JsonNode readAt = first.path("report").path("readAt");
        assertThat(readAt.path("before")).isEqualTo(readAt.path("after"));

        try (var writer = new TopicWriter(bootstrapServers, topic, converter)) {
            meeting(writer, "m5", "c1b", THEMATIC, LocalDateTime.of(2026, 3, 25, 14, 0), 100);
        }
        await().atMost(Duration.ofSeconds(30)).until(() ->
                queryJson("/api/organisations/C1/indicators?period=2026-03").path("counts").path("MEETINGS_HELD").asLong() == 4);
        // a later second than the generation's, so that only the recorded figures and time can make the bytes equal
        long generatedSecond = java.time.Instant.parse(first.path("report").path("generatedAt").asText()).getEpochSecond();
        await().atMost(Duration.ofSeconds(5)).until(() -> java.time.Instant.now().getEpochSecond() > generatedSecond);

        JsonNode again = json("/api/reports/" + first.path("documentId").asLong());
        assertThat(again).isEqualTo(first);
        assertThat(download(first, "pdf").getBody()).isEqualTo(pdf);
        assertThat(download(first, "xlsx").getBody()).isEqualTo(xlsx);

        JsonNode fresh = post("/api/reports/" + first.path("documentId").asLong() + "/regenerations", null);
        assertThat(fresh.path("report").path("own").path("counts").path("MEETINGS_HELD").asLong()).isEqualTo(4);
        assertThat(fresh.path("report").path("readAt").path("after").path("total").asLong())
                .isGreaterThan(readAt.path("after").path("total").asLong());
        assertThat(fresh.path("generation").asInt()).isGreaterThan(first.path("generation").asInt());
        assertThat(fresh.path("report").path("number")).isEqualTo(first.path("report").path("number"));
        assertThat(fresh.path("contentSha256").asText()).isNotEqualTo(first.path("contentSha256").asText());
        assertThat(fresh.path("pdfSha256").asText()).isNotEqualTo(first.path("pdfSha256").asText());
    }

    @Test
    @Order(8)
    void badRequestsAreBilingualProblemsAndWriteNothing() {
        int before = json("/api/reports?organisationId=C1").size();
        assertProblem(request("MONTHLY_COMPLIANCE", "khong-co", "2026-03"), HttpStatus.NOT_FOUND, "not-found");
        assertProblem(request("MONTHLY_COMPLIANCE", "C1", "2026-13"), HttpStatus.BAD_REQUEST, "unknown-period");
        assertProblem(request("MONTHLY_COMPLIANCE", "C1", "2026-Q1"), HttpStatus.BAD_REQUEST, "period-not-of-type");
        assertProblem(request("ANNUAL_REVIEW", "C1", "2099"), HttpStatus.BAD_REQUEST, "period-in-future");
        var noPlace = new HashMap<>(request("MONTHLY_COMPLIANCE", "C1", "2026-03"));
        noPlace.remove("place");
        assertProblem(noPlace, HttpStatus.BAD_REQUEST, "invalid-fields");
        assertThat(json("/api/reports?organisationId=C1")).hasSize(before);
        assertThat(http.getForEntity("/api/reports/999999", String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    @Order(9)
    void withQueryServiceDownGenerationFailsCleanlyAndSucceedsOnceItIsBack() {
        int before = json("/api/reports?organisationId=C1").size();
        QUERY_SERVICE.close();
        var failed = http.postForEntity("/api/reports", request("MONTHLY_COMPLIANCE", "C1", "2026-03"), String.class);
        assertThat(failed.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(failed.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = parse(failed.getBody());
        assertThat(problem.path("code").asText()).isEqualTo("query-service-unavailable");
        assertThat(problem.path("title").asText()).isEqualTo("Chưa lấy được số liệu");
        assertThat(problem.path("detailEn").asText()).contains("no report was made");
        assertThat(json("/api/reports?organisationId=C1")).hasSize(before);

        QUERY_SERVICE.start(topic);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> http.postForEntity(
                "/api/reports", request("MONTHLY_COMPLIANCE", "C1", "2026-03"), String.class).getStatusCode() == HttpStatus.CREATED);
        assertThat(json("/api/reports?organisationId=C1")).hasSize(before + 1);
    }

    @Test
    @Order(10)
    void theOfficersPageGeneratesAReportAndListsItWithItsDownloads() {
        var form = new org.springframework.util.LinkedMultiValueMap<String, String>();
        form.add("type", "QUARTERLY_MEETINGS");
        form.add("organisationId", "C1");
        form.add("period", "2026-Q1");
        form.add("place", "Lục Ngạn");
        form.add("assessment", "Sinh hoạt chuyên đề còn ít.");
        form.add("recipients", "Ban Thường vụ Huyện ủy (b/c)\nLưu văn phòng Đảng ủy");
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        var posted = http.postForEntity("/reports", new HttpEntity<>(form, headers), String.class);
        // the client follows the redirect to the list (post / redirect / get)
        assertThat(posted.getStatusCode().is2xxSuccessful() || posted.getStatusCode().is3xxRedirection()).isTrue();
        JsonNode newest = json("/api/reports?organisationId=C1").get(0);
        assertThat(newest.path("type").asText()).isEqualTo("QUARTERLY_MEETINGS");
        String page = http.getForObject("/reports?organisationId=C1", String.class);
        assertThat(page).contains("Báo cáo quý về sinh hoạt chi bộ", newest.path("numberAndSymbol").asText(),
                "/api/reports/" + newest.path("documentId").asLong() + "/pdf",
                "/api/reports/" + newest.path("documentId").asLong() + "/xlsx");
        JsonNode stored = json("/api/reports/" + newest.path("documentId").asLong());
        assertThat(stored.path("report").path("recipients")).hasSize(2);
        assertThat(stored.path("report").path("sections").get(0).path("text").asText()).isEqualTo("Sinh hoạt chuyên đề còn ít.");
    }

    @Test
    @Order(10)
    void thePageSpeaksEnglishOnRequestAndLinksBackToTheDashboard() {
        String vietnamese = http.getForObject("/reports?organisationId=C1", String.class);
        assertThat(vietnamese).contains("<h1>Báo cáo định kỳ</h1>", "Các báo cáo của C1", "Nộp bản này lên cấp trên",
                "href=\"" + QUERY_SERVICE.url() + "/?org=C1\"");
        var english = http.exchange("/reports?organisationId=C1&lang=en", org.springframework.http.HttpMethod.GET, null,
                String.class);
        assertThat(english.getBody()).contains("<h1>Periodic reports</h1>", "Reports of C1",
                "Submit this one to the superior", "Quarterly report on cell meetings", "The organisation&#39;s dashboard")
                .doesNotContain("Các báo cáo của", "Lập báo cáo");
        // the choice is kept in a cookie, shared with the dashboard's
        assertThat(english.getHeaders().get("Set-Cookie")).anyMatch(cookie -> cookie.startsWith("chibo-lang=en"));
    }

    @Test
    @Order(11)
    void aMeetingsMinutesArePrintedFromItsRecord() throws IOException {
        var response = http.getForEntity("/api/meetings/m9/minutes.pdf?place=Kiên Thành", byte[].class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        var reader = new PdfReader(response.getBody());
        var extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        assertThat(text.toString()).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "ĐẢNG ỦY XÃ KIÊN THÀNH", "CHI BỘ THÔN HỒ SEN",
                "Kiên Thành, ngày 10 tháng 3 năm 2026", "BIÊN BẢN", "Sinh hoạt chi bộ thường kỳ tháng 3 năm 2026",
                "vào hồi 19 giờ 30 phút", "Chủ trì: đồng chí Nguyễn Văn An; thư ký: đồng chí Trần Thị Bình",
                "Hoàng Văn Đức, Đảng ủy viên", "Tổng số đảng viên của chi bộ: 3 (chính thức 2, dự bị 1)",
                "Vắng không có lý do: 1 (đồng chí Lê Văn Cường)", "Đồng chí Trần Thị Bình phát biểu",
                "kết thúc vào hồi 21 giờ 15 phút", "THƯ KÝ", "CHỦ TRÌ");
        assertThat(http.getForEntity("/api/meetings/m9/minutes.pdf?place=Kiên Thành", byte[].class).getBody())
                .isEqualTo(response.getBody());
        Files.write(Files.createDirectories(Path.of("target", "report-sample")).resolve("minutes.pdf"), response.getBody());
        var missing = http.getForEntity("/api/meetings/khong-co/minutes.pdf", String.class);
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(parse(missing.getBody()).path("detail").asText()).contains("buổi sinh hoạt");
    }

    @Test
    @Order(30)
    void theDecisionLogOfACellIsPrintedAsAnExtract() throws IOException {
        var response = http.getForEntity("/api/audit/organisations/c2a/decisions.pdf?period=2026-01&place=Kiên Thành",
                byte[].class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        var reader = new PdfReader(response.getBody());
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page));
        }
        // table cells wrap their lines: compare with the whitespace made single spaces
        assertThat(text.toString().replaceAll("\\s+", " ")).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "ĐẢNG ỦY XÃ KIÊN THÀNH", "CHI BỘ THÔN HỒ SEN",
                "TRÍCH NHẬT KÝ", "Các quyết định trong toàn đơn vị, kỳ 2026-01", "Ban hành nghị quyết",
                "Nghị quyết sinh hoạt chi bộ tháng 3 năm 2026", "Giao nhiệm vụ", "Vận động nhân dân hiến đất làm đường",
                "NGƯỜI TRÍCH").doesNotContain("Phát biểu");
        Files.write(Files.createDirectories(Path.of("target", "report-sample")).resolve("decision-log.pdf"), response.getBody());

        var unknown = http.getForEntity("/api/audit/organisations/khong-co/decisions.pdf?period=2026-01", String.class);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        var badPeriod = http.getForEntity("/api/audit/organisations/c2a/decisions.pdf?period=2026-13", String.class);
        assertThat(badPeriod.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    @Order(12)
    void aResolutionIsPrintedWithItsTasksAndVote() throws IOException {
        var response = http.getForEntity("/api/resolutions/nq-9/document.pdf?place=Kiên Thành&signerName=Nguyễn Văn An",
                byte[].class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        var reader = new PdfReader(response.getBody());
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(text).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "ĐẢNG ỦY XÃ KIÊN THÀNH", "CHI BỘ THÔN HỒ SEN", "Số 01-NQ/CB",
                "Kiên Thành, ngày 10 tháng 3 năm 2026", "NGHỊ QUYẾT", "Nghị quyết sinh hoạt chi bộ tháng 3 năm 2026",
                "Tập trung chỉ đạo làm đường giao thông nông thôn.", "Vận động nhân dân hiến đất làm đường",
                "Trần Thị Bình", "30/04/2026", "2 tán thành", "T/M CHI BỘ", "Nguyễn Văn An");
        Files.write(Files.createDirectories(Path.of("target", "report-sample")).resolve("resolution.pdf"), response.getBody());
    }

    @Test
    @Order(13)
    void atTheEndOfAQuarterTheScheduleGeneratesTheMonthlyAndTheQuarterlyReport() {
        var generated = scheduled.generateDue(java.time.YearMonth.of(2026, 3));
        assertThat(generated).extracting(stored -> stored.report().reportId())
                .containsExactly("MONTHLY_COMPLIANCE:C1:2026-03", "QUARTERLY_MEETINGS:C1:2026-Q1");
        assertThat(generated).allSatisfy(stored -> {
            assertThat(stored.triggeredBy()).isEqualTo("SCHEDULED");
            assertThat(stored.report().place()).isEqualTo("Lục Ngạn");
        });
        assertThat(generated.get(1).report().own().counts().get("THEMATIC_MEETINGS_HELD")).isEqualTo(2L);
    }

    // --- fixture ---

    /** A meeting of cell c2a (under another commune, so the figures above are untouched) with its full record. */
    private static void minutedMeeting(TopicWriter writer) {
        organisation(writer, "C2", "D", OrganisationKind.COMMITTEE, null, "Đảng ủy xã Kiên Thành");
        organisation(writer, "c2a", "C2", OrganisationKind.CELL, CellType.VILLAGE, "Chi bộ thôn Hồ Sen");
        List<String> names = List.of("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường");
        for (int i = 0; i < names.size(); i++) {
            writer.publish("c2a-dv" + i, new MemberRegistered("c2a-dv" + i, "c2a", names.get(i),
                    i < 2 ? MembershipStatus.OFFICIAL : MembershipStatus.PROBATIONARY, LocalDate.of(2020, 1, 1)));
        }
        LocalDateTime start = LocalDateTime.of(2026, 3, 10, 19, 30);
        writer.publish("m9", new MeetingScheduled("m9", "c2a", REGULAR, start, "Nhà văn hóa thôn Hồ Sen"));
        writer.publish("m9", new MeetingOpened("m9", "c2a", REGULAR, start, "c2a-dv0", "c2a-dv1", "Sinh hoạt thường kỳ",
                List.of(), List.of(new Person("du-1", "Hoàng Văn Đức", "Đảng ủy viên")),
                List.of(new RosterMember("c2a-dv0", MembershipStatus.OFFICIAL, CellRole.SECRETARY, false),
                        new RosterMember("c2a-dv1", MembershipStatus.OFFICIAL, CellRole.MEMBER, false),
                        new RosterMember("c2a-dv2", MembershipStatus.PROBATIONARY, CellRole.MEMBER, false))));
        attendance(writer, "m9", "c2a", start.toLocalDate(), AttendanceStatus.PRESENT, AttendanceStatus.PRESENT,
                AttendanceStatus.ABSENT_WITHOUT_REASON);
        writer.publish("m9", new AgendaItemRecorded("m9", "c2a", "i1", AgendaItemKind.NEWS,
                "Thông tin thời sự trong nước và quốc tế", 10, List.of(), null, null));
        writer.publish("m9", new SpeechGiven("m9", "c2a", "c2a-dv1", "i1", AgendaItemKind.NEWS,
                "Đề nghị tăng cường tuyên truyền phòng chống thiên tai"));
        writer.publish("nq-9", new ResolutionAdopted("nq-9", "m9", "c2a", ResolutionKind.RESOLUTION, "01-NQ/CB",
                "Nghị quyết sinh hoạt chi bộ tháng 3 năm 2026", "Tập trung chỉ đạo làm đường giao thông nông thôn.",
                start.toLocalDate()));
        writer.publish("m9", new ResolutionVoted("m9", "c2a", "nq-9", new VoteResult(2, 0, 0, List.of("c2a-dv0", "c2a-dv1"),
                2, 2, true)));
        writer.publish("t-9", new TaskAssigned("t-9", "nq-9", "c2a", "Vận động nhân dân hiến đất làm đường", null, null,
                LocalDate.of(2026, 4, 30), List.of(new Assignee(AssigneeKind.MEMBER, "c2a-dv1")), "c2a-dv0",
                start.toLocalDate()));
        writer.publish("m9", new MeetingHeld("m9", "c2a", REGULAR, start, start.plusMinutes(105)));
        writer.publish("m9", new MinutesSigned("m9", "c2a", start.plusMinutes(100), "c2a-dv0", "c2a-dv1"));
    }

    private static void organisation(TopicWriter writer, String id, String parent, OrganisationKind kind, CellType type,
                                     String name) {
        writer.publish(id, new OrganisationCreated(id, name, kind, kind == OrganisationKind.CELL ? "Chi bộ" : "Đảng ủy",
                type, parent, LocalDate.of(2020, 1, 1)));
    }

    private static void meeting(TopicWriter writer, String id, String cell, MeetingKind kind, LocalDateTime start, int minutes) {
        writer.publish(id, new MeetingScheduled(id, cell, kind, start, "Nhà văn hóa"));
        writer.publish(id, new MeetingHeld(id, cell, kind, start, start.plusMinutes(minutes)));
    }

    private static void attendance(TopicWriter writer, String meeting, String cell, LocalDate day, AttendanceStatus... statuses) {
        for (int i = 0; i < statuses.length; i++) {
            writer.publish(meeting, new AttendanceRecorded(meeting, cell, REGULAR, day, cell + "-dv" + i, statuses[i], null));
        }
    }

    private static void rated(TopicWriter writer, String meeting, String cell, QualityLevel level) {
        writer.publish(meeting, new QualityRatingVoted(meeting, cell, level, new VoteResult(3, 0, 0, List.of(), 3, 3, true)));
    }

    // --- helpers ---

    private Map<String, Object> request(String type, String organisation, String period) {
        return Map.of("type", type, "organisationId", organisation, "period", period, "place", "Lục Ngạn",
                "signerName", "Nguyễn Văn Thắng",
                "sections", List.of(Map.of("title", "Đánh giá chung",
                        "text", "Các chi bộ đã duy trì nề nếp sinh hoạt; chất lượng sinh hoạt có chuyển biến.")),
                "recipients", List.of("Ban Thường vụ Huyện ủy (b/c)", "Các chi bộ trực thuộc"));
    }

    /**
     * Each endpoint: 401 without a token, 403 for the same role on the sibling commune (C1 ↔ C2), allowed
     * inside; and a member or an auditor may not make a report. Runs last: the allowed calls make reports.
     */
    @Test
    @Order(90)
    void everyEndpointAnswersOnlyInsideTheSubtreeItConcerns() {
        Actor c1 = TestIdentities.actor("cap-uy-c1", Role.COMMITTEE, "C1");
        Actor c2 = TestIdentities.actor("cap-uy-c2", Role.COMMITTEE, "C2");
        long document = generate("MONTHLY_COMPLIANCE", "C1", "2026-03").path("documentId").asLong();
        var request = request("MONTHLY_COMPLIANCE", "C1", "2026-03");
        var form = MediaType.APPLICATION_FORM_URLENCODED;
        Map<String, AccessMatrix.Case> cases = new LinkedHashMap<>();
        cases.put("POST /api/reports", new AccessMatrix.Case(HttpMethod.POST, "/api/reports", request, MediaType.APPLICATION_JSON, c1, c2));
        cases.put("POST /api/reports/{documentId}/regenerations",
                new AccessMatrix.Case(HttpMethod.POST, "/api/reports/" + document + "/regenerations", null, null, c1, c2));
        cases.put("GET /api/reports", get("/api/reports?organisationId=C1", c1, c2));
        cases.put("GET /api/reports/{documentId}", get("/api/reports/" + document, c1, c2));
        cases.put("GET /api/reports/{documentId}/pdf", get("/api/reports/" + document + "/pdf", c1, c2));
        cases.put("GET /api/reports/{documentId}/xlsx", get("/api/reports/" + document + "/xlsx", c1, c2));
        cases.put("GET /api/reports/status", get("/api/reports/status?organisationId=C1&type=MONTHLY_COMPLIANCE&period=2026-03", c1, c2));
        cases.put("GET /api/reports/meetings-held", get("/api/reports/meetings-held?organisationId=C1&month=2026-03", c1, c2));
        cases.put("GET /api/audit/organisations/{organisationId}/decisions.pdf",
                get("/api/audit/organisations/C1/decisions.pdf?period=2026-03", c1, c2));
        cases.put("GET /api/meetings/{meetingId}/minutes.pdf", get("/api/meetings/m9/minutes.pdf", c2, c1));
        cases.put("GET /api/resolutions/{resolutionId}/document.pdf", get("/api/resolutions/nq-9/document.pdf", c2, c1));
        cases.put("GET /reports", get("/reports?organisationId=C1", c1, c2));
        cases.put("POST /reports", new AccessMatrix.Case(HttpMethod.POST, "/reports",
                "type=MONTHLY_COMPLIANCE&organisationId=C1&period=2026-03", form, c1, c2));
        cases.put("POST /reports/{documentId}/submission", new AccessMatrix.Case(HttpMethod.POST,
                "/reports/" + document + "/submission", "commandId=matrix-1", form, c1, c2));
        cases.put("POST /reports/decisions", new AccessMatrix.Case(HttpMethod.POST, "/reports/decisions",
                "organisationId=C1&reportId=MONTHLY_COMPLIANCE:c1a:2026-03&decision=ACCEPT&type=MONTHLY_COMPLIANCE"
                        + "&period=2026-03&commandId=matrix-2", form, c1, c2));
        AccessMatrix.check(context, http, cases);

        for (Actor cannotReport : List.of(TestIdentities.member("dang-vien", "c1a-dv0", "c1a"),
                TestIdentities.actor("kiem-tra-c1", Role.AUDITOR, "C1"))) {
            var headers = new HttpHeaders();
            headers.set(HttpHeaders.AUTHORIZATION, TestIdentities.bearer(context, cannotReport));
            assertThat(http.exchange("/api/reports", HttpMethod.POST, new HttpEntity<>(
                    request("MONTHLY_COMPLIANCE", "c1a", "2026-03"), headers), String.class)
                    .getStatusCode()).as("%s makes a report", cannotReport.grants()).isEqualTo(HttpStatus.FORBIDDEN);
        }
        var auditor = new HttpHeaders();
        auditor.set(HttpHeaders.AUTHORIZATION,
                TestIdentities.bearer(context, TestIdentities.actor("kiem-tra-c2", Role.AUDITOR, "C2")));
        assertThat(http.exchange("/api/audit/organisations/c2a/decisions.pdf?period=2026-03", HttpMethod.GET,
                new HttpEntity<>(auditor), byte[].class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    /** Cells do not send the monthly compliance report (it is about them); communes do. */
    @Test
    @Order(91)
    void theMonthlyReportIsExpectedFromCommitteesAndTheQuarterlyFromCellsToo() {
        assertThat(parse(http.getForObject("/api/reports/status?organisationId=C1&type=MONTHLY_COMPLIANCE&period=2026-03",
                String.class)).path("rates").path("expected").asLong()).isZero();
        assertThat(parse(http.getForObject("/api/reports/status?organisationId=D&type=MONTHLY_COMPLIANCE&period=2026-03",
                String.class)).path("rates").path("expected").asLong()).isEqualTo(2);
        assertThat(parse(http.getForObject("/api/reports/status?organisationId=C1&type=QUARTERLY_MEETINGS&period=2026-Q1",
                String.class)).path("rates").path("expected").asLong()).isEqualTo(2);
    }

    private static AccessMatrix.Case get(String url, Actor inside, Actor outside) {
        return new AccessMatrix.Case(HttpMethod.GET, url, null, null, inside, outside);
    }

    private JsonNode generate(String type, String organisation, String period) {
        return post("/api/reports", request(type, organisation, period));
    }

    private JsonNode post(String path, Object body) {
        var response = http.postForEntity(path, body, String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
        return parse(response.getBody());
    }

    private ResponseEntity<byte[]> download(JsonNode stored, String format) {
        var response = http.getForEntity("/api/reports/" + stored.path("documentId").asLong() + "/" + format, byte[].class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response;
    }

    private void assertProblem(Object body, HttpStatus status, String code) {
        var response = http.postForEntity("/api/reports", body, String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(status);
        JsonNode problem = parse(response.getBody());
        assertThat(problem.path("code").asText()).isEqualTo(code);
        assertThat(problem.path("title").asText()).isNotBlank();
        assertThat(problem.path("titleEn").asText()).isNotBlank().isNotEqualTo(problem.path("title").asText());
    }

    private JsonNode json(String path) {
        return parse(http.getForObject(path, String.class));
    }

    private JsonNode queryJson(String path) {
        return parse(http.getForObject(QUERY_SERVICE.url() + path, String.class));
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError(body, e);
        }
    }

    private static JsonNode unit(JsonNode units, String id) {
        for (JsonNode unit : units) {
            if (unit.path("organisationId").asText().equals(id)) {
                return unit;
            }
        }
        throw new AssertionError("no unit " + id + " in " + units);
    }

    private static void assertCounts(JsonNode figures, Map<String, Long> expected) {
        expected.forEach((name, value) -> assertThat(figures.path("counts").path(name).asLong()).as(name).isEqualTo(value));
    }

    private static void assertRates(JsonNode figures, Map<String, Double> expected) {
        expected.forEach((name, value) -> {
            JsonNode rate = null;
            for (JsonNode candidate : figures.path("rates")) {
                if (candidate.path("rate").asText().equals(name)) {
                    rate = candidate;
                }
            }
            assertThat(rate).as(name).isNotNull();
            assertThat(rate.path("percent").asDouble()).as(name).isEqualTo(value);
        });
    }

    private static double valueOf(Sheet sheet, int keyColumn, String key, int valueColumn) {
        for (Row row : sheet) {
            var cell = row.getCell(keyColumn);
            if (cell != null && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                    && cell.getStringCellValue().equals(key)) {
                return row.getCell(valueColumn).getNumericCellValue();
            }
        }
        throw new AssertionError("no row " + key + " in " + sheet.getSheetName());
    }

    private static String text(Sheet sheet, String key, int valueColumn) {
        for (Row row : sheet) {
            var cell = row.getCell(0);
            if (cell != null && key.equals(cell.getStringCellValue())) {
                return row.getCell(valueColumn).getStringCellValue();
            }
        }
        throw new AssertionError("no row " + key + " in " + sheet.getSheetName());
    }

    /** The text of every page. */
    private static String pdfText(byte[] pdf) throws IOException {
        var reader = new PdfReader(pdf);
        var extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return text.toString();
    }

    private static int column(Sheet sheet, String label) {
        for (var cell : sheet.getRow(3)) {
            if (cell.getStringCellValue().equals(label)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + label);
    }

    /** Page 1 as a PNG under target/ for a person to look at (poppler-utils' pdftoppm). */
    private static void renderFirstPage(byte[] pdf) throws IOException, InterruptedException {
        Path directory = Files.createDirectories(Path.of("target", "report-sample"));
        Path file = directory.resolve("monthly-compliance.pdf");
        Files.write(file, pdf);
        Process process = new ProcessBuilder("pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile",
                file.toString(), directory.resolve("monthly-compliance-page1").toString()).inheritIO().start();
        assertThat(process.waitFor()).isZero();
    }
}
