package vn.chibo.report.periodic;

import org.junit.jupiter.api.Test;
import vn.chibo.events.indicator.Period;

import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

class ScheduledReportsTest {

    @Test
    void afterAnOrdinaryMonthOnlyTheMonthlyReportIsDue() {
        assertThat(ScheduledReports.due(YearMonth.of(2026, 2))).extracting(Period::code).containsExactly("2026-02");
    }

    @Test
    void afterAQuarterAHalfYearAndAYearTheirReportsAreDueToo() {
        assertThat(ScheduledReports.due(YearMonth.of(2026, 3))).extracting(Period::code).containsExactly("2026-03", "2026-Q1");
        assertThat(ScheduledReports.due(YearMonth.of(2026, 6))).extracting(Period::code)
                .containsExactly("2026-06", "2026-Q2", "2026-H1");
        assertThat(ScheduledReports.due(YearMonth.of(2026, 12))).extracting(Period::code)
                .containsExactly("2026-12", "2026-Q4", "2026-H2", "2026");
    }
}
