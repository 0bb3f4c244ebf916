package vn.chibo.report.periodic;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.chibo.events.indicator.Period;
import vn.chibo.events.report.ReportType;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

/**
 * Generates, when a period ends, the reports due for it: after each month its monthly report, after
 * a quarter's last month also the quarterly one, and so on. Which organisations, where they are and
 * when this runs are configuration ({@code chibo.reports.schedule.*}); the cron "-" (the default) turns
 * it off. A report that cannot be made now (query-service down) is logged and can be made on demand.
 */
@Component
class ScheduledReports {

    private static final Logger log = LoggerFactory.getLogger(ScheduledReports.class);

    private final ReportGenerator generator;
    private final List<String> organisations;
    private final String place;
    private final Clock clock;

    ScheduledReports(ReportGenerator generator,
                     @Value("${chibo.reports.schedule.organisations:}") List<String> organisations,
                     @Value("${chibo.reports.schedule.place:}") String place) {
        this.generator = generator;
        this.organisations = organisations;
        this.place = place;
        this.clock = Clock.system(ReportGenerator.VIETNAM);
    }

    @Scheduled(cron = "${chibo.reports.schedule.cron:-}", zone = "Asia/Ho_Chi_Minh")
    void generateForTheMonthJustEnded() {
        generateDue(YearMonth.now(clock).minusMonths(1));
    }

    /** Generates every report due at the end of {@code ended}, for every configured organisation. */
    List<StoredReport> generateDue(YearMonth ended) {
        return due(ended).stream()
                .flatMap(period -> Arrays.stream(ReportType.values()).filter(type -> type.covers(period))
                        .flatMap(type -> organisations.stream().map(organisation ->
                                new ReportRequest(type, organisation, period.code(), place, null, List.of(), List.of()))))
                .flatMap(request -> {
                    try {
                        return java.util.stream.Stream.of(generator.generate(request, "SCHEDULED"));
                    } catch (RuntimeException e) {
                        log.warn("Scheduled report {} of {} for {} not made: {}", request.type(), request.organisationId(),
                                request.period(), e.toString());
                        return java.util.stream.Stream.empty();
                    }
                })
                .toList();
    }

    /** The periods that end with the month: the month itself, and its quarter, half-year and year when they end too. */
    static List<Period> due(YearMonth ended) {
        int month = ended.getMonthValue();
        int year = ended.getYear();
        var periods = new java.util.ArrayList<>(List.of(Period.month(ended)));
        if (month % 3 == 0) {
            periods.add(Period.parse(year + "-Q" + month / 3));
        }
        if (month % 6 == 0) {
            periods.add(Period.parse(year + "-H" + month / 6));
        }
        if (month == 12) {
            periods.add(Period.parse(String.valueOf(year)));
        }
        return periods;
    }
}
