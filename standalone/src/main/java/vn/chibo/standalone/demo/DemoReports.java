package vn.chibo.standalone.demo;

import com.fasterxml.jackson.databind.JsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.chibo.events.indicator.Period;
import vn.chibo.events.organisation.OrganisationContract.CreateOrganisation;
import vn.chibo.events.organisation.OrganisationKind;
import vn.chibo.events.report.ReportContract.AcceptReport;
import vn.chibo.events.report.ReportContract.ReturnReport;
import vn.chibo.events.report.ReportContract.SubmitReport;
import vn.chibo.events.report.ReportType;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * The demo's periodic reports, so the reports page is not empty on first start; all through the
 * services' APIs. For the last quarter ended before the seed day, each of Biên Sơn's cells generates its
 * quarterly report; all but the last two submit it to the commune, which accepts all but two of those,
 * returns one with a comment and leaves the other waiting. The commune generates its own quarterly
 * report and its monthly report of the month before the seed day, and submits both to the district
 * (where the quarterly one cannot be accepted yet: two cells have not reported). A report already
 * generated is not generated again and every command id derives from the report's id, so a resumed
 * seed applies nothing twice.
 */
public class DemoReports {

    static final int NOT_SUBMITTED = 2;
    static final String RETURN_COMMENT = "Đề nghị bổ sung số đảng viên phát biểu và kết quả thực hiện nghị quyết trong quý.";
    private static final Logger log = LoggerFactory.getLogger(DemoReports.class);
    private static final String COMMUNE = DemoDistrict.YEAR_COMMUNE;
    private static final Duration READ_MODEL_SETTLED = Duration.ofSeconds(5);
    private static final Duration READ_MODEL_PATIENCE = Duration.ofMinutes(3);

    private final ServiceApi query;
    private final ServiceApi reporting;
    private final CommandApi commands;

    public DemoReports(ServiceApi query, ServiceApi reporting, CommandApi commands) {
        this.query = query;
        this.reporting = reporting;
        this.commands = commands;
    }

    /** The periods the demo reports on: the month and the quarter last ended before the seed day. */
    record Periods(Period month, Period quarter) {

        static Periods before(LocalDate seedDay) {
            YearMonth month = YearMonth.from(seedDay);
            return new Periods(Period.month(month.minusMonths(1)), Period.quarterEndedBefore(month));
        }
    }

    /** What the commune decides on each cell's report, by the cell's place in the plan. */
    enum Outcome { ACCEPTED, RETURNED, WAITING, NOT_SUBMITTED }

    static Outcome outcome(int cell, int cells) {
        int submitted = cells - NOT_SUBMITTED;
        if (cell >= submitted) {
            return Outcome.NOT_SUBMITTED;
        }
        return cell == submitted - 2 ? Outcome.RETURNED : cell == submitted - 1 ? Outcome.WAITING : Outcome.ACCEPTED;
    }

    public void seed(DemoDistrict district, LocalDate seedDay) {
        awaitReadModel();
        Periods periods = Periods.before(seedDay);
        List<String> cells = district.organisations().stream()
                .filter(o -> o.kind() == OrganisationKind.CELL && COMMUNE.equals(o.parentId()))
                .map(CreateOrganisation::organisationId).toList();
        for (int i = 0; i < cells.size(); i++) {
            cellReport(cells.get(i), periods.quarter(), outcome(i, cells.size()));
        }
        submit(generated(ReportType.QUARTERLY_MEETINGS, COMMUNE, periods.quarter(), "Ban Thường vụ Huyện ủy (b/c)"));
        submit(generated(ReportType.MONTHLY_COMPLIANCE, COMMUNE, periods.month(), "Ban Thường vụ Huyện ủy (b/c)"));
        log.info("Demo reports: {} cells' quarterly reports of {} and the commune's reports of {} and {}",
                cells.size(), periods.quarter().code(), periods.month().code(), periods.quarter().code());
    }

    private void cellReport(String cell, Period quarter, Outcome outcome) {
        Generated report = generated(ReportType.QUARTERLY_MEETINGS, cell, quarter, "Đảng ủy xã Biên Sơn (b/c)");
        if (outcome == Outcome.NOT_SUBMITTED) {
            return;
        }
        submit(report);
        String path = "/api/reports/" + report.reportId();
        switch (outcome) {
            case ACCEPTED -> commands.post(path + "/acceptance", DemoSeeder.commandId("report-accept", report.reportId()),
                    new AcceptReport(report.reportId(), COMMUNE));
            case RETURNED -> commands.post(path + "/return", DemoSeeder.commandId("report-return", report.reportId()),
                    new ReturnReport(report.reportId(), COMMUNE, RETURN_COMMENT));
            default -> {
                // waiting for the commune's decision
            }
        }
    }

    private record Generated(String reportId, ReportType type, String organisationId, Period period, String contentHash) {
    }

    /** The report's newest generation, generated now if there is none. */
    private Generated generated(ReportType type, String organisationId, Period period, String recipient) {
        String reportId = type.reportId(organisationId, period);
        for (JsonNode summary : reporting.get("/api/reports?organisationId=" + URLEncoder.encode(organisationId,
                StandardCharsets.UTF_8))) {
            if (summary.path("reportId").asText().equals(reportId)) {
                return new Generated(reportId, type, organisationId, period, summary.path("contentSha256").asText());
            }
        }
        JsonNode stored = reporting.post("/api/reports", Map.of("type", type, "organisationId", organisationId,
                "period", period.code(), "place", "Biên Sơn",
                "sections", List.of(Map.of("title", "Đánh giá chung", "text",
                        "Duy trì nền nếp sinh hoạt thường kỳ hằng tháng và sinh hoạt chuyên đề theo quý; "
                                + "nội dung sinh hoạt bám sát nhiệm vụ chính trị của địa phương.")),
                "recipients", List.of(recipient)));
        return new Generated(reportId, type, organisationId, period, stored.path("contentSha256").asText());
    }

    private void submit(Generated report) {
        commands.post("/api/reports", DemoSeeder.commandId("report-submit", report.reportId()),
                new SubmitReport(report.reportId(), report.type(), report.organisationId(), report.period().code(),
                        report.contentHash(), report.organisationId()));
    }

    /**
     * The reports read the seeded figures: wait until query-service's read model has stopped moving
     * (the command side publishes and the read side applies the seed's events a little after the calls).
     */
    private void awaitReadModel() {
        long deadline = System.nanoTime() + READ_MODEL_PATIENCE.toNanos();
        long last = -1;
        long stillSince = System.nanoTime();
        while (System.nanoTime() < deadline) {
            long total = query.get("/api/read-model/position").path("total").asLong();
            if (total != last) {
                last = total;
                stillSince = System.nanoTime();
            } else if (System.nanoTime() - stillSince >= READ_MODEL_SETTLED.toNanos()) {
                return;
            }
            pause();
        }
        log.warn("The read model was still moving after {}; the demo reports read the figures as they are", READ_MODEL_PATIENCE);
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Seeding interrupted", e);
        }
    }
}
