package vn.chibo.standalone.demo;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chibo.standalone.demo.DemoReports.Outcome.ACCEPTED;
import static vn.chibo.standalone.demo.DemoReports.Outcome.NOT_SUBMITTED;
import static vn.chibo.standalone.demo.DemoReports.Outcome.RETURNED;
import static vn.chibo.standalone.demo.DemoReports.Outcome.WAITING;

class DemoReportsTest {

    @Test
    void theDemoReportsOnTheMonthAndTheQuarterLastEndedBeforeTheSeedDay() {
        var periods = DemoReports.Periods.before(LocalDate.of(2026, 11, 22));
        assertThat(periods.month().code()).isEqualTo("2026-10");
        assertThat(periods.quarter().code()).isEqualTo("2026-Q3");
    }

    @Test
    void ofBienSonsNineteenCellsFifteenAreAcceptedOneReturnedOneWaitingAndTwoMissing() {
        var outcomes = IntStream.range(0, 19).mapToObj(cell -> DemoReports.outcome(cell, 19)).toList();
        assertThat(outcomes.stream().filter(ACCEPTED::equals)).hasSize(15);
        assertThat(outcomes.subList(15, 19)).containsExactly(RETURNED, WAITING, NOT_SUBMITTED, NOT_SUBMITTED);
    }
}
