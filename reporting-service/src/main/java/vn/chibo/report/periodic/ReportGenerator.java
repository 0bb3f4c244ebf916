package vn.chibo.report.periodic;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.chibo.events.indicator.IndicatorContract.IndicatorFigures;
import vn.chibo.events.indicator.IndicatorContract.YearQuality;
import vn.chibo.events.indicator.Period;
import vn.chibo.events.indicator.ReadModelPosition;
import vn.chibo.events.report.ReportType;
import vn.chibo.report.queryservice.QueryServiceClient;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Generates a periodic report: reads the figures from query-service between two reads of the read
 * model's position, numbers the document and stores it with its renderings' hashes. Every read happens
 * before anything is written, so a failure leaves nothing behind.
 */
@Service
public class ReportGenerator {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** Reads tried until the position is the same before and after the figures. */
    private static final int READS = 3;
    private static final Logger log = LoggerFactory.getLogger(ReportGenerator.class);

    private final QueryServiceClient queryService;
    private final ReportStore store;
    private final Clock clock;

    ReportGenerator(QueryServiceClient queryService, ReportStore store) {
        this.queryService = queryService;
        this.store = store;
        this.clock = Clock.systemUTC();
    }

    public StoredReport generate(ReportRequest request, String triggeredBy) {
        Period period = period(request.type(), request.period());
        var organisation = queryService.organisation(request.organisationId());
        var superior = queryService.superiorOf(organisation);
        var issuer = IssuingBody.of(organisation, superior);
        Figures figures = readFigures(request.organisationId(), period, request.type());
        Instant generatedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        LocalDate issuedOn = LocalDate.ofInstant(generatedAt, VIETNAM);
        String reportId = request.type().reportId(request.organisationId(), period);
        List<PeriodicReport.Section> sections = request.sections().stream()
                .map(s -> new PeriodicReport.Section(s.title(), s.text())).toList();
        return store.add(reportId, request.organisationId(), issuer.symbol(), issuedOn.getYear(), triggeredBy,
                number -> new PeriodicReport(reportId, request.type(), period.code(), ReportLayout.TEMPLATE_VERSION,
                        issuer, number, request.place(), issuedOn, generatedAt, figures.read(), figures.own(),
                        figures.units(), figures.quality(), sections, request.recipients(), request.signerName()));
    }

    /** A new generation of a stored report, with the same text and fresh figures. */
    public StoredReport regenerate(StoredReport stored, String triggeredBy) {
        var report = stored.report();
        return generate(new ReportRequest(report.type(), report.issuer().organisationId(), report.period(),
                report.place(), report.signerName(),
                report.sections().stream().map(s -> new ReportRequest.Section(s.title(), s.text())).toList(),
                report.recipients()), triggeredBy);
    }

    private Period period(ReportType type, String code) {
        Period period;
        try {
            period = Period.parse(code.trim());
        } catch (IllegalArgumentException e) {
            throw new ReportProblems.BadPeriod("unknown-period", code, type);
        }
        if (!type.covers(period)) {
            throw new ReportProblems.BadPeriod("period-not-of-type", code, type);
        }
        if (period.first().isAfter(YearMonth.now(clock.withZone(VIETNAM)))) {
            throw new ReportProblems.BadPeriod("period-in-future", code, type);
        }
        return period;
    }

    /**
     * The figures, read between two reads of the position. When events were processed meanwhile the
     * read is tried again; after {@value #READS} tries the last one is kept with both positions recorded.
     */
    private Figures readFigures(String organisationId, Period period, ReportType type) {
        Figures figures = null;
        for (int attempt = 1; attempt <= READS && (figures == null || !figures.read().consistent()); attempt++) {
            ReadModelPosition before = queryService.readModelPosition();
            IndicatorFigures own = queryService.indicators(organisationId, period);
            List<IndicatorFigures> units = queryService.childIndicators(organisationId, period);
            YearQuality quality = type == ReportType.ANNUAL_REVIEW
                    ? queryService.yearQuality(organisationId, period.first().getYear()) : null;
            ReadModelPosition after = queryService.readModelPosition();
            figures = new Figures(new PeriodicReport.FiguresRead(before, after), own, units, quality);
        }
        if (!figures.read().consistent()) {
            log.info("Figures of {} {} read while the read model moved from {} to {}", organisationId, period.code(),
                    figures.read().before().total(), figures.read().after().total());
        }
        return figures;
    }

    private record Figures(PeriodicReport.FiguresRead read, IndicatorFigures own, List<IndicatorFigures> units,
                           YearQuality quality) {
    }
}
