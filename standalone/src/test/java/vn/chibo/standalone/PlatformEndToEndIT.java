package vn.chibo.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.apache.kafka.common.utils.Utils;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import vn.chibo.events.meeting.MeetingContract.CloseMeeting;
import vn.chibo.events.meeting.MeetingContract.OpenMeeting;
import vn.chibo.events.meeting.MeetingContract.RecordAttendance;
import vn.chibo.events.meeting.MeetingContract.SendMeetingNotice;
import vn.chibo.events.resolution.ResolutionContract.AdoptResolution;
import vn.chibo.events.task.TaskContract.AssignTask;
import vn.chibo.events.task.TaskContract.EvaluateTask;
import vn.chibo.events.task.TaskOutcome;
import vn.chibo.infrastructure.TestInfrastructure;
import vn.chibo.standalone.demo.Call;
import vn.chibo.standalone.demo.CommandApi;
import vn.chibo.standalone.demo.DemoAccounts;
import vn.chibo.standalone.demo.DemoDistrict;
import vn.chibo.standalone.demo.DemoSeeder;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole platform, as the launcher runs it, on the real test PostgreSQL and broker: a command goes
 * in over HTTP, becomes a row in command-service's event store, a record on the topic, a figure in
 * query-service's read model and a line in reporting-service's report. Then the Lục Ngạn demo district
 * is seeded through the command API — Biên Sơn's cells through a year step by step — and the platform is
 * restarted: the overdue check marks the tasks left open past their deadline, and nothing is counted twice.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformEndToEndIT {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final YearMonth MARCH = YearMonth.of(2026, 3);

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private PlatformSettings settings;
    private int barriers;
    private Platform platform;
    private CommandApi commands;
    private DemoDistrict demo;

    @BeforeAll
    void startThePlatform() {
        var postgres = TestInfrastructure.postgres();
        settings = new PlatformSettings(TestInfrastructure.kafka().bootstrapServers(), TestInfrastructure.freshTopic(),
                new PlatformSettings.DatabaseUrls(TestInfrastructure.freshDatabase("command"),
                        TestInfrastructure.freshDatabase("query"), TestInfrastructure.freshDatabase("reporting")),
                postgres.user(), postgres.password(), 0, 0, 0, PlatformSettings.newSecret(),
                DemoAccounts.of(DemoDistrict.plan(TODAY, 4)));
        startAgain();
    }

    @AfterAll
    void stopThePlatform() {
        platform.close();
    }

    @Test
    @Order(1)
    void aCommandTravelsFromTheCommandApiToTheReadModelAndTheReport() throws Exception {
        commands.post("/api/organisations", "e2e-1", organisation("e2e-tinh", "Tỉnh ủy Thử nghiệm", "COMMITTEE", null, null));
        commands.post("/api/organisations", "e2e-2", organisation("e2e-xa", "Đảng ủy xã Thử", "COMMITTEE", null, "e2e-tinh"));
        commands.post("/api/organisations", "e2e-3", organisation("e2e-thon", "Chi bộ thôn Thử", "CELL", "VILLAGE", "e2e-xa"));
        commands.post("/api/members", "e2e-4", Map.of("memberId", "e2e-dv-1", "cellId", "e2e-thon",
                "fullName", "Nguyễn Văn Thử", "status", "OFFICIAL", "joinedOn", "2001-05-19"));
        LocalDateTime start = MARCH.atDay(5).atTime(7, 30);
        commands.post("/api/meetings", "e2e-5", Map.of("meetingId", "e2e-sh-1", "organisationId", "e2e-thon",
                "kind", "REGULAR", "scheduledStart", start.toString(), "place", "Nhà văn hóa thôn"));
        commands.post("/api/meetings/e2e-sh-1/held", "e2e-6",
                Map.of("startedAt", start.toString(), "endedAt", start.plusMinutes(95).toString()));

        assertThat(storedEventTypes("e2e-sh-1")).containsExactly(
                "vn.chibo.events.meeting.MeetingContract$MeetingScheduled",
                "vn.chibo.events.meeting.MeetingContract$MeetingHeld");
        assertThat(recordOnTopic("e2e-sh-1")).contains("\"organisationId\":\"e2e-thon\"");

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode month = get(platform.queryUrl(), "/api/organisations/e2e-tinh/meetings?month=2026-03");
            assertThat(month.path("meetingsHeld").asLong()).isEqualTo(1);
        });
        JsonNode province = get(platform.queryUrl(), "/api/organisations/e2e-tinh");
        assertThat(province.path("cells").asLong()).isEqualTo(1);
        assertThat(province.path("officialMembers").asLong()).isEqualTo(1);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode report = get(platform.reportingUrl(), "/api/reports/meetings-held?organisationId=e2e-xa&month=2026-03");
            assertThat(report.path("organisationName").asText()).isEqualTo("Đảng ủy xã Thử");
            assertThat(report.path("cellsMet").asLong()).isEqualTo(1);
            assertThat(report.path("lines").get(0).path("name").asText()).isEqualTo("Chi bộ thôn Thử");
            assertThat(report.path("lines").get(0).path("meetingsHeld").asLong()).isEqualTo(1);
        });
    }

    @Test
    @Order(2)
    void theDemoDistrictSeededThroughTheCommandApiAddsUpInTheReadModel() {
        demo = DemoDistrict.plan(TODAY, 4);
        new DemoSeeder(commands, 8).seed(demo);

        awaitQueryServiceCaughtUp();
        JsonNode district = get(platform.queryUrl(), "/api/organisations/" + DemoDistrict.DISTRICT);
        assertThat(district.path("cells").asLong()).isEqualTo(535);
        assertThat(district.path("officialMembers").asLong() + district.path("probationaryMembers").asLong())
                .isEqualTo(8_655);
        assertThat(get(platform.queryUrl(), "/api/organisations/" + DemoDistrict.DISTRICT + "/children"))
                .hasSize(29 + 5 + 23);
        for (int back = 0; back < 12; back++) {
            YearMonth month = YearMonth.from(TODAY).minusMonths(back);
            JsonNode figures = get(platform.queryUrl(), "/api/organisations/" + DemoDistrict.DISTRICT + "/meetings?month=" + month);
            assertThat(figures.path("meetingsHeld").asLong()).as(month + " held").isEqualTo(heldIn(month));
            JsonNode commune = get(platform.queryUrl(), "/api/organisations/" + DemoDistrict.YEAR_COMMUNE + "/meetings?month=" + month);
            assertThat(commune.path("meetingsHeld").asLong()).as(month + " held in Biên Sơn").isEqualTo(heldStepByStepIn(month));
            assertThat(commune.path("cellsMet").asLong()).isEqualTo(19);
        }
    }

    @Test
    @Order(3)
    void bienSonsYearIsStoredAsTheEventsOfEveryStep() throws Exception {
        List<Call> calls = demo.year().stream().flatMap(c -> c.calls().stream()).toList();
        assertThat(eventCount("MeetingClosed")).isEqualTo(count(calls, CloseMeeting.class));
        assertThat(eventCount("AttendanceRecorded")).isEqualTo(
                calls.stream().map(Call::body).filter(RecordAttendance.class::isInstance)
                        .mapToLong(a -> ((RecordAttendance) a).entries().size()).sum());
        assertThat(eventCount("ResolutionAdopted")).isEqualTo(count(calls, AdoptResolution.class));
        assertThat(eventCount("TaskAssigned")).isEqualTo(count(calls, AssignTask.class));
        for (TaskOutcome outcome : TaskOutcome.values()) {
            assertThat(Long.parseLong(commandSide("select count(*) from domain_event_entry where payload_type like "
                    + "'%$TaskEvaluated' and convert_from(payload, 'UTF8') like '%\"outcome\":\"" + outcome + "\"%'")))
                    .as(outcome.name()).isEqualTo(calls.stream().map(Call::body).filter(EvaluateTask.class::isInstance)
                            .filter(e -> ((EvaluateTask) e).outcome() == outcome).count());
        }
        assertThat(eventCount("PlanApproved")).isEqualTo(38);
        assertThat(eventCount("PetitionAnswered")).isEqualTo(1);
        assertThat(eventCount("ExemptionGranted")).isEqualTo(2);
        assertThat(eventCount("AbsenceWarningIssued")).as("the member at the threshold and the one warned").isEqualTo(2);
        assertThat(eventCount("AbsenceThresholdReached")).isEqualTo(1);
        assertThat(eventCount("MeetingNoticeSent")).isEqualTo(count(calls, SendMeetingNotice.class));
        assertThat(Long.parseLong(commandSide("select count(*) from domain_event_entry where payload_type like "
                + "'%$MeetingNoticeSent' and convert_from(payload, 'UTF8') like '%\"late\":true%'"))).isPositive();
    }

    @Test
    @Order(4)
    void aRestartContinuesWhereItStoppedAndCountsNothingTwice() throws Exception {
        JsonNode before = get(platform.queryUrl(), "/api/organisations/" + DemoDistrict.DISTRICT);
        long eventsBefore = storedEventCount();
        assertThat(eventCount("TaskBecameOverdue")).as("the check ran at start-up, before the seed").isZero();
        platform.close();

        startAgain();
        // the overdue check runs at start-up: every task the year left open past its deadline is marked once
        LocalDate now = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        long overdue = demo.year().stream().flatMap(c -> c.openTasks().values().stream()).filter(d -> d.isBefore(now)).count();
        assertThat(overdue).isPositive();
        await().atMost(Duration.ofSeconds(60)).until(() -> eventCount("TaskBecameOverdue") == overdue);
        // a repeat of the whole seed is a no-op: every command id was seen
        new DemoSeeder(commands, 8).seed(demo);
        assertThat(storedEventCount()).isEqualTo(eventsBefore + overdue);
        LocalDateTime start = MARCH.atDay(20).atTime(14, 0);
        commands.post("/api/meetings", "e2e-7", Map.of("meetingId", "e2e-sh-2", "organisationId", "e2e-thon",
                "kind", "THEMATIC", "scheduledStart", start.toString(), "place", "Nhà văn hóa thôn"));
        commands.post("/api/meetings/e2e-sh-2/held", "e2e-8",
                Map.of("startedAt", start.toString(), "endedAt", start.plusMinutes(120).toString()));

        awaitQueryServiceCaughtUp();
        assertThat(get(platform.queryUrl(), "/api/organisations/" + DemoDistrict.DISTRICT)).isEqualTo(before);
        assertThat(get(platform.queryUrl(), "/api/organisations/e2e-tinh/meetings?month=2026-03").path("meetingsHeld").asLong())
                .isEqualTo(2);
    }

    @Test
    @Order(5)
    void theCommandLineVerifiesTheWholeEventChainAndNamesATamperedEvent() throws Exception {
        // the sealer follows the store: once it has caught up, every stored event is sealed
        await().atMost(Duration.ofMinutes(2)).until(() -> get(platform.commandUrl(), "/api/audit/chain").path("awaitingSeal").asLong() == 0);
        var out = new java.io.ByteArrayOutputStream();
        int status = ChainCheck.verify(settings.databaseUrls().command(), settings.databaseUser(), settings.databasePassword(),
                new java.io.PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(status).as(out.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Chuỗi sự kiện toàn vẹn", "The chain is intact");

        String tampered = commandSide("select min(global_index) from domain_event_entry where payload_type like '%$MeetingHeld'");
        String original = commandSide("select encode(payload, 'hex') from domain_event_entry where global_index = " + tampered);
        commandUpdate("update domain_event_entry set payload = convert_to(replace(convert_from(payload, 'UTF8'), '2026', '2025'), 'UTF8')"
                + " where global_index = " + tampered);
        try {
            out.reset();
            status = ChainCheck.verify(settings.databaseUrls().command(), settings.databaseUser(), settings.databasePassword(),
                    new java.io.PrintStream(out, true, StandardCharsets.UTF_8));
            assertThat(status).isEqualTo(1);
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("Sự kiện số " + tampered, "Event #" + tampered);
        } finally {
            commandUpdate("update domain_event_entry set payload = decode('" + original + "', 'hex')"
                    + " where global_index = " + tampered);
        }
    }

    @Test
    @Order(6)
    void theDashboardDrillsDownToACellAndFollowsACommandLiveWithoutReloading() {
        LocalDateTime start = LocalDateTime.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(1).withHour(7).withMinute(30)
                .withSecond(0).withNano(0);
        YearMonth month = YearMonth.from(start);
        var browser = Browser.start();
        try {
            Browser.signInAndOpen(browser, platform.queryUrl() + "/?org=" + DemoDistrict.DISTRICT + "&month=" + month,
                    "huyenuy", DemoAccounts.PASSWORD);
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Huyện ủy Lục Ngạn");
            // the page refreshes its figures once its live stream opens: a link found just before may be replaced
            await().atMost(Duration.ofSeconds(30)).ignoreException(StaleElementReferenceException.class).until(() -> {
                browser.findElement(By.linkText("Đảng ủy xã Biên Sơn")).click();
                return true;
            });
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Đảng ủy xã Biên Sơn");
            assertThat(browser.getPageSource()).contains("Chi bộ đã sinh hoạt", "Tỷ lệ đảng viên dự họp");
            Browser.screenshot(browser, "dashboard-xa-bien-son.png");
            // on down to one of its cells
            await().atMost(Duration.ofSeconds(30)).ignoreException(StaleElementReferenceException.class).until(() -> {
                browser.findElement(By.cssSelector("a[href^='/?org=xa-bien-son-thon-1&']")).click();
                return true;
            });
            assertThat(browser.getCurrentUrl()).contains("/cells/xa-bien-son-thon-1");
            assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Chi bộ");
            // listening to the server's changes before anything changes
            // and its first refresh (on opening) is done
            await().atMost(Duration.ofSeconds(30)).until(() -> Boolean.TRUE.equals(browser.executeScript(
                    "return document.body.dataset.live === 'open' && document.body.dataset.refreshed > 0")));
            // marks this page: a reload would lose the mark
            browser.executeScript("window.notReloaded = true");
            String before = meetingsHeldCard(browser);

            String meeting = "e2e-live-" + UUID.randomUUID().toString().substring(0, 8);
            commands.post("/api/meetings", meeting + "-s", Map.of("meetingId", meeting,
                    "organisationId", "xa-bien-son-thon-1", "kind", "EXTRAORDINARY",
                    "scheduledStart", start.toString(), "place", "Nhà văn hóa thôn"));
            commands.post("/api/meetings/" + meeting + "/held", meeting + "-h",
                    Map.of("startedAt", start.toString(), "endedAt", start.plusMinutes(95).toString()));

            // first the read model (so a failure says which side was late), then the page without a reload
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(get(platform.queryUrl(),
                    "/api/organisations/xa-bien-son-thon-1/meetings?month=" + month).path("meetingsHeld").asText())
                    .as("meetings held read over the API").isNotEqualTo(before.replace(".", "")));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(meetingsHeldCard(browser))
                    .as("the page's card; live stream " + browser.executeScript("return document.body.dataset.live"))
                    .isNotEqualTo(before));
            assertThat(Long.parseLong(meetingsHeldCard(browser).replace(".", "")))
                    .isEqualTo(Long.parseLong(before.replace(".", "")) + 1);
            assertThat(browser.executeScript("return window.notReloaded === true")).isEqualTo(true);
            Browser.screenshot(browser, "dashboard-cell.png");
        } finally {
            browser.quit();
        }
    }

    @Test
    @Order(7)
    void aCellsQuarterlyReportIsGeneratedSubmittedReturnedAndAcceptedFromTheReportsPage() throws Exception {
        YearMonth lastQuarter = YearMonth.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusMonths(3);
        String period = lastQuarter.getYear() + "-Q" + ((lastQuarter.getMonthValue() - 1) / 3 + 1);
        String cell = "xa-bien-son-thon-1";
        String reportId = "QUARTERLY_MEETINGS:" + cell + ":" + period;
        JsonNode generated = json.readTree(send(request(platform.reportingUrl() + "/api/reports")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("type", "QUARTERLY_MEETINGS",
                        "organisationId", cell, "period", period, "place", "Biên Sơn"))))).body());
        long documentId = generated.path("documentId").asLong();

        assertThat(page("/reports?organisationId=" + cell)).contains("Nộp bản này lên cấp trên", "chưa nộp");
        form("/reports/" + documentId + "/submission", Map.of("commandId", "e2e-nop-1"));
        String commune = "/reports?organisationId=xa-bien-son&type=QUARTERLY_MEETINGS&period=" + period;
        awaitUnitStatus(period, reportId, "SUBMITTED_LATE");
        assertThat(page(commune)).contains("Duyệt", "Trả lại", "nộp muộn");

        Map<String, String> decision = new HashMap<>(Map.of("organisationId", "xa-bien-son", "reportId", reportId,
                "type", "QUARTERLY_MEETINGS", "period", period));
        decision.putAll(Map.of("decision", "RETURN", "note", "Bổ sung đánh giá chất lượng sinh hoạt", "commandId", "e2e-tra-1"));
        form("/reports/decisions", decision);
        awaitUnitStatus(period, reportId, "RETURNED");
        assertThat(page(commune)).contains("Bổ sung đánh giá chất lượng sinh hoạt", "bị trả lại");

        form("/reports/" + documentId + "/submission", Map.of("commandId", "e2e-nop-2"));
        awaitUnitStatus(period, reportId, "SUBMITTED_LATE");
        decision.putAll(Map.of("decision", "ACCEPT", "commandId", "e2e-duyet-1"));
        decision.remove("note");
        form("/reports/decisions", decision);
        awaitUnitStatus(period, reportId, "ACCEPTED");
        assertThat(page(commune)).contains("đã duyệt", "Mở lại");

        assertThat(storedEventTypes(reportId)).extracting(t -> t.substring(t.lastIndexOf('$') + 1))
                .containsExactly("ReportSubmitted", "ReportReturned", "ReportSubmitted", "ReportAccepted");
        // accepted is locked: a further submission is refused, and the page says why
        String refused = form("/reports/" + documentId + "/submission", Map.of("commandId", "e2e-nop-3"));
        assertThat(refused).contains("/reports?organisationId=" + cell);
        assertThat(storedEventTypes(reportId)).hasSize(4);
    }

    /** Waits until reporting-service's tracker shows the unit's report in this status. */
    private void awaitUnitStatus(String period, String reportId, String status) {
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            JsonNode units = get(platform.reportingUrl(),
                    "/api/reports/status?organisationId=xa-bien-son&type=QUARTERLY_MEETINGS&period=" + period).path("units");
            for (JsonNode unit : units) {
                if (unit.path("reportId").asText().equals(reportId)) {
                    return unit.path("status").asText().equals(status);
                }
            }
            return false;
        });
    }

    /**
     * Each demo account signs in (API and browser) and reads, records and audits only inside its own
     * part of the tree; what it records carries its own name and role.
     */
    @Test
    @Order(8)
    void eachDemoAccountSeesAndChangesOnlyItsOwnPartOfTheTree() throws Exception {
        Map<String, String> grantOf = new java.util.HashMap<>();
        DemoAccounts.of(demo).forEach(account -> grantOf.put(account.username(), account.grants().get(0)));
        String cell = grantOf.get("bithu").substring(grantOf.get("bithu").indexOf('@') + 1);
        String otherCell = demo.year().get(1).cellId();
        String period = "2026-Q3";
        // who reads what: inside their subtree 200, beside or above it 403
        Map<String, List<String>> readable = Map.of(
                "dangvien", List.of(cell, otherCell), "bithu", List.of(cell, otherCell),
                "danguyxa", List.of(DemoDistrict.YEAR_COMMUNE, DemoDistrict.DISTRICT),
                "huyenuy", List.of(DemoDistrict.DISTRICT, DemoDistrict.PROVINCE),
                "kiemtra", List.of(DemoDistrict.PROVINCE, "e2e-tinh"),
                "quantri", List.of(DemoDistrict.PROVINCE, "e2e-tinh"));
        for (var entry : readable.entrySet()) {
            String token = signIn(entry.getKey());
            JsonNode me = json.readTree(send(request(platform.queryUrl() + "/api/me", token)).body());
            assertThat(me.path("username").asText()).isEqualTo(entry.getKey());
            assertThat(statusAs(token, platform.queryUrl(), "/api/organisations/" + entry.getValue().get(0) + "/indicators?period=" + period))
                    .as("%s reads %s", entry.getKey(), entry.getValue().get(0)).isEqualTo(200);
            assertThat(statusAs(token, platform.queryUrl(), "/api/organisations/" + entry.getValue().get(1) + "/indicators?period=" + period))
                    .as("%s reads %s", entry.getKey(), entry.getValue().get(1)).isEqualTo(403);
        }
        assertThat(statusAs(null, platform.queryUrl(), "/api/organisations/" + cell)).isEqualTo(401);
        assertThat(send(request(platform.queryUrl() + "/api/session", null).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"bithu\",\"password\":\"sai\"}"))).statusCode())
                .isEqualTo(401);

        // recording: the secretary in the own cell only, a member not at all; the actor comes from the token
        String bithu = signIn("bithu");
        String meeting = "e2e-role-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(scheduleAs(bithu, meeting, cell)).isEqualTo(201);
        assertThat(scheduleAs(bithu, meeting + "-x", otherCell)).isEqualTo(403);
        assertThat(scheduleAs(signIn("dangvien"), meeting + "-y", cell)).isEqualTo(403);
        assertThat(storedMetadata(meeting)).contains("\"actor\":\"bithu\"", "\"actingRole\":\"SECRETARY\"");

        // the audit trail: committees and auditors of the subtree, not a secretary; the chain: a root's auditor
        assertThat(statusAs(signIn("danguyxa"), platform.queryUrl(), "/api/audit/organisations/" + DemoDistrict.YEAR_COMMUNE
                + "/decisions?period=" + period)).isEqualTo(200);
        assertThat(statusAs(bithu, platform.queryUrl(), "/api/audit/organisations/" + cell + "/decisions?period=" + period))
                .isEqualTo(403);
        assertThat(send(request(platform.commandUrl() + "/api/audit/chain/verification", signIn("kiemtra"))
                .POST(HttpRequest.BodyPublishers.noBody())).statusCode()).isEqualTo(200);
        assertThat(send(request(platform.commandUrl() + "/api/audit/chain/verification", signIn("huyenuy"))
                .POST(HttpRequest.BodyPublishers.noBody())).statusCode()).isEqualTo(403);
        // reports: the commune's units for its committee, not for a cell's secretary
        String status = "/api/reports/status?organisationId=" + DemoDistrict.YEAR_COMMUNE + "&type=QUARTERLY_MEETINGS&period=" + period;
        assertThat(statusAs(signIn("danguyxa"), platform.reportingUrl(), status)).isEqualTo(200);
        assertThat(statusAs(bithu, platform.reportingUrl(), status)).isEqualTo(403);

        // the browser: signed in as the secretary, the dashboard opens the own cell; the district is refused
        var browser = Browser.start();
        try {
            Browser.signInAndOpen(browser, platform.queryUrl() + "/", "bithu", DemoAccounts.PASSWORD);
            await().atMost(Duration.ofSeconds(30)).until(() -> browser.getCurrentUrl().contains("/cells/" + cell));
            assertThat(browser.getPageSource()).contains("Đang đăng nhập", "bí thư chi bộ");
            Browser.screenshot(browser, "dashboard-secretary.png");
            browser.get(platform.queryUrl() + "/?org=" + DemoDistrict.DISTRICT);
            assertThat(browser.getPageSource()).contains("Ngoài phạm vi được xem").doesNotContain("Huyện ủy Lục Ngạn</h1>");
        } finally {
            browser.quit();
        }
    }

    private String signIn(String username) throws Exception {
        var response = send(HttpRequest.newBuilder(URI.create(platform.queryUrl() + "/api/session"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(
                        Map.of("username", username, "password", DemoAccounts.PASSWORD)))));
        assertThat(response.statusCode()).as("sign-in of " + username + ": " + response.body()).isEqualTo(200);
        return json.readTree(response.body()).path("token").asText();
    }

    private int statusAs(String token, String baseUrl, String path) throws Exception {
        return send(request(baseUrl + path, token).GET()).statusCode();
    }

    private int scheduleAs(String token, String meetingId, String cellId) throws Exception {
        String body = json.writeValueAsString(Map.of("meetingId", meetingId, "organisationId", cellId, "kind", "EXTRAORDINARY",
                "scheduledStart", "2026-11-20T07:30:00", "place", "Nhà văn hóa thôn"));
        return send(request(platform.commandUrl() + "/api/meetings", token).header("Content-Type", "application/json")
                .header("Idempotency-Key", meetingId).POST(HttpRequest.BodyPublishers.ofString(body))).statusCode();
    }

    private String storedMetadata(String aggregateId) throws Exception {
        String database = TestInfrastructure.databaseName(settings.databaseUrls().command());
        try (var c = TestInfrastructure.postgres().connect(database);
             var s = c.prepareStatement("select convert_from(meta_data, 'UTF8') from domain_event_entry where aggregate_identifier = ?")) {
            s.setString(1, aggregateId);
            ResultSet rs = s.executeQuery();
            assertThat(rs.next()).as("an event of " + aggregateId).isTrue();
            return rs.getString(1);
        }
    }

    /** A page of reporting-service, as the browser gets it. */
    private String page(String pathAndQuery) throws Exception {
        var response = send(request(platform.reportingUrl() + pathAndQuery).GET());
        assertThat(response.statusCode()).as(pathAndQuery).isEqualTo(200);
        return response.body();
    }

    /** Posts a form as the page does; answers the redirect's target. */
    private String form(String path, Map<String, String> fields) throws Exception {
        String body = fields.entrySet().stream()
                .map(f -> f.getKey() + "=" + java.net.URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
                .collect(java.util.stream.Collectors.joining("&"));
        var response = send(request(platform.reportingUrl() + path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }

    /** A request as the platform's operator (every role over the whole tree). */
    private HttpRequest.Builder request(String url) {
        return request(url, platform.operatorToken());
    }

    /** A request with the token, or none when null. */
    private static HttpRequest.Builder request(String url, String token) {
        var request = HttpRequest.newBuilder(URI.create(url));
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Read in one script, so a live refresh swapping the figures in between cannot leave a stale element. */
    private static String meetingsHeldCard(org.openqa.selenium.chrome.ChromeDriver browser) {
        return String.valueOf(browser.executeScript(
                "const e = document.getElementById('meetings-held'); return e ? e.textContent.trim() : '';"));
    }

    private void startAgain() {
        platform = Platform.start(settings);
        commands = new CommandApi(platform.commandUrl(), platform.operatorToken());
    }

    /** Meetings held in a month by both paths: recorded as held, and closed step by step. */
    private long heldIn(YearMonth month) {
        return demo.meetings().stream()
                .filter(m -> m.startedAt() != null && YearMonth.from(m.startedAt()).equals(month))
                .count() + heldStepByStepIn(month);
    }

    private long heldStepByStepIn(YearMonth month) {
        return demo.year().stream().flatMap(c -> c.calls().stream()).map(Call::body)
                .filter(OpenMeeting.class::isInstance)
                .filter(o -> YearMonth.from(((OpenMeeting) o).openedAt()).equals(month))
                .count();
    }

    private static long count(List<Call> calls, Class<?> type) {
        return calls.stream().map(Call::body).filter(type::isInstance).count();
    }

    private long eventCount(String type) throws Exception {
        return Long.parseLong(commandSide("select count(*) from domain_event_entry where payload_type like '%$" + type + "'"));
    }

    /**
     * Waits until command-service has published every stored event and query-service has applied
     * everything published so far.
     */
    private void awaitQueryServiceCaughtUp() {
        // the demo year is ~40,000 events; the read model takes minutes to catch up on 2 busy cores
        // (measured, see issue 7's notes), so the wait is generous: it ends as soon as the token is at the end
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(500)).until(() -> {
            JsonNode token = json.readTree(commandSide(
                    "select convert_from(token, 'UTF8') from token_entry where processor_name = '__axon-kafka-event-publishing-group'"));
            return token.path("gaps").isEmpty()
                    && token.path("index").asLong(-1) == Long.parseLong(commandSide("select max(global_index) from domain_event_entry"));
        });
        // a barrier: an event the read model handles on every partition; once all are visible, everything
        // published before them on their partitions has been applied (Kafka keeps order per partition; the
        // token alone is not proof, the processor does not store it after events it has no handler for)
        int partitions = partitionCount();
        List<String> markers = new ArrayList<>();
        for (int i = 0; markers.size() < partitions && i < 10_000; i++) {
            String id = "e2e-barrier-" + barriers + "-" + i;
            int partition = Utils.toPositive(Utils.murmur2(id.getBytes(StandardCharsets.UTF_8))) % partitions;
            if (markers.stream().noneMatch(m -> partitionOf(m, partitions) == partition)) {
                markers.add(id);
            }
        }
        barriers++;
        for (String marker : markers) {
            commands.post("/api/organisations", marker, organisation(marker, "Mốc kiểm tra", "COMMITTEE", null, "e2e-tinh"));
        }
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(500)).until(() ->
                markers.stream().allMatch(marker -> status(platform.queryUrl(), "/api/organisations/" + marker) == 200));
    }

    private static int partitionOf(String key, int partitions) {
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % partitions;
    }

    private int partitionCount() {
        try (var consumer = consumer()) {
            return consumer.partitionsFor(settings.topic()).size();
        }
    }

    private int status(String baseUrl, String path) {
        try {
            return http.send(request(baseUrl + path).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> storedEventTypes(String aggregateId) throws Exception {
        String database = TestInfrastructure.databaseName(settings.databaseUrls().command());
        try (var c = TestInfrastructure.postgres().connect(database);
             var s = c.prepareStatement("select payload_type from domain_event_entry where aggregate_identifier = ? order by sequence_number")) {
            s.setString(1, aggregateId);
            List<String> types = new ArrayList<>();
            ResultSet rs = s.executeQuery();
            while (rs.next()) {
                types.add(rs.getString(1));
            }
            return types;
        }
    }

    private long storedEventCount() throws Exception {
        return Long.parseLong(commandSide("select count(*) from domain_event_entry"));
    }

    private void commandUpdate(String sql) throws Exception {
        String database = TestInfrastructure.databaseName(settings.databaseUrls().command());
        try (var c = TestInfrastructure.postgres().connect(database)) {
            assertThat(c.createStatement().executeUpdate(sql)).isEqualTo(1);
        }
    }

    private String commandSide(String sql) throws Exception {
        String database = TestInfrastructure.databaseName(settings.databaseUrls().command());
        try (var c = TestInfrastructure.postgres().connect(database);
             ResultSet rs = c.createStatement().executeQuery(sql)) {
            return rs.next() && rs.getString(1) != null ? rs.getString(1) : "{}";
        }
    }

    private String recordOnTopic(String key) {
        List<String> values = new ArrayList<>();
        try (var consumer = consumer()) {
            consumer.subscribe(Set.of(settings.topic()));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    if (key.equals(r.key())) {
                        values.add(new String(r.value(), StandardCharsets.UTF_8));
                    }
                }
                return values.size() == 2;
            });
        }
        return values.get(1);
    }

    private KafkaConsumer<String, byte[]> consumer() {
        return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "e2e-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class));
    }

    private JsonNode get(String baseUrl, String path) {
        try {
            var response = http.send(request(baseUrl + path).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path + " → " + response.body()).isEqualTo(200);
            return json.readTree(response.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> organisation(String id, String name, String kind, String cellType, String parent) {
        Map<String, Object> body = new HashMap<>(Map.of("organisationId", id, "name", name, "kind", kind,
                "levelLabel", kind.equals("CELL") ? "Chi bộ" : "Cấp ủy", "effectiveDate", "2020-01-01"));
        if (cellType != null) {
            body.put("cellType", cellType);
        }
        if (parent != null) {
            body.put("parentId", parent);
        }
        return body;
    }
}
