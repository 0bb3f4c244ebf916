package vn.chibo.events.indicator;

import org.junit.jupiter.api.Test;

import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

class PeriodTest {

    @Test
    void theQuarterDueInAMonthIsTheLastOneEndedBeforeIt() {
        assertThat(Period.quarterEndedBefore(YearMonth.of(2026, 1)).code()).isEqualTo("2025-Q4");
        assertThat(Period.quarterEndedBefore(YearMonth.of(2026, 3)).code()).isEqualTo("2025-Q4");
        assertThat(Period.quarterEndedBefore(YearMonth.of(2026, 4)).code()).isEqualTo("2026-Q1");
        assertThat(Period.quarterEndedBefore(YearMonth.of(2026, 11)).code()).isEqualTo("2026-Q3");
        assertThat(Period.quarterOf(YearMonth.of(2026, 12)).first()).isEqualTo(YearMonth.of(2026, 10));
    }
}
