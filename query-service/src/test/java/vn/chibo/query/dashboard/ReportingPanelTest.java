package vn.chibo.query.dashboard;

import org.junit.jupiter.api.Test;

import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

class ReportingPanelTest {

    @Test
    void theQuarterDueInAMonthIsTheLastOneEndedBeforeIt() {
        assertThat(ReportingPanel.lastQuarterBefore(YearMonth.of(2026, 1)).code()).isEqualTo("2025-Q4");
        assertThat(ReportingPanel.lastQuarterBefore(YearMonth.of(2026, 3)).code()).isEqualTo("2025-Q4");
        assertThat(ReportingPanel.lastQuarterBefore(YearMonth.of(2026, 4)).code()).isEqualTo("2026-Q1");
        assertThat(ReportingPanel.lastQuarterBefore(YearMonth.of(2026, 11)).code()).isEqualTo("2026-Q3");
    }
}
