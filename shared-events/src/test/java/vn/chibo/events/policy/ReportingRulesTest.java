package vn.chibo.events.policy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import vn.chibo.events.ContractJson;
import vn.chibo.events.indicator.Period;
import vn.chibo.events.policy.PolicyContract.ReportingRules;
import vn.chibo.events.policy.PolicyContract.Thresholds;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chibo.events.report.ReportType.ANNUAL_REVIEW;
import static vn.chibo.events.report.ReportType.MONTHLY_COMPLIANCE;
import static vn.chibo.events.report.ReportType.QUARTERLY_MEETINGS;
import static vn.chibo.events.report.ReportType.SIX_MONTH_REVIEW;

class ReportingRulesTest {

    private final ReportingRules rules = new ReportingRules(true, 5, 10, 15, 20);

    @Test
    void theDeadlineCountsDaysFromThePeriodsLastDay() {
        assertThat(rules.deadline(MONTHLY_COMPLIANCE, Period.parse("2028-02"))).isEqualTo(LocalDate.of(2028, 3, 5));
        assertThat(rules.deadline(QUARTERLY_MEETINGS, Period.parse("2026-Q1"))).isEqualTo(LocalDate.of(2026, 4, 10));
        assertThat(rules.deadline(SIX_MONTH_REVIEW, Period.parse("2026-H2"))).isEqualTo(LocalDate.of(2027, 1, 15));
        assertThat(rules.deadline(ANNUAL_REVIEW, Period.parse("2026"))).isEqualTo(LocalDate.of(2027, 1, 20));
    }

    @Test
    void aVersionAdoptedBeforeReportingRulesGetsTheDefaults() {
        Thresholds d = Policies.DEFAULTS;
        var older = new Thresholds(d.minimumMeetingMinutes(), d.combinedMeetingMinutes(), d.noticeLeadDays(),
                d.attendanceTargetPercent(), d.unexcusedAbsenceThreshold(), d.minimumOfficialMembers(),
                d.cellCommitteeFromOfficialMembers(), d.maximumCellCommitteeSize(), d.meetingQuality());
        assertThat(older.reporting()).isNull();
        assertThat(older.reportingRules()).isEqualTo(Policies.DEFAULT_REPORTING);
        assertThat(Policies.DEFAULTS.reportingRules().requireUnitsAccepted()).isTrue();
    }

    @Test
    void thresholdsStoredWithoutReportingRulesReadBackWithTheDefaults() throws Exception {
        var json = ContractJson.newObjectMapper();
        var stored = (ObjectNode) json.valueToTree(Policies.DEFAULTS);
        stored.remove("reporting");
        Thresholds read = json.treeToValue(stored, Thresholds.class);
        assertThat(read.reporting()).isNull();
        assertThat(read.reportingRules()).isEqualTo(Policies.DEFAULT_REPORTING);
        assertThat(read.meetingQuality()).isEqualTo(Policies.DEFAULTS.meetingQuality());
    }

    @Test
    void thresholdsStoredWithoutTheYearsRulesReadBackWithTheDefaults() throws Exception {
        var json = ContractJson.newObjectMapper();
        var stored = (ObjectNode) json.valueToTree(Policies.DEFAULTS);
        stored.remove("yearQuality");
        Thresholds read = json.treeToValue(stored, Thresholds.class);
        assertThat(read.yearQuality()).isNull();
        assertThat(read.yearQualityRules().bands()).extracting(b -> b.level() + " " + b.months() + " " + b.noMonthBelow())
                .containsExactly("GOOD 7 FAIR", "FAIR 7 AVERAGE", "AVERAGE 7 POOR");
    }
}
