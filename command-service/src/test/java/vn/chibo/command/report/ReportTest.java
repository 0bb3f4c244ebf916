package vn.chibo.command.report;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chibo.command.command.RuleViolation;
import vn.chibo.command.organisation.DirectoryOf;
import vn.chibo.command.policy.FixedPolicy;
import vn.chibo.events.indicator.Period;
import vn.chibo.events.policy.Policies;
import vn.chibo.events.policy.PolicyContract.ReportingRules;
import vn.chibo.events.policy.PolicyContract.Thresholds;
import vn.chibo.events.report.ReportContract.AcceptReport;
import vn.chibo.events.report.ReportContract.ReopenReport;
import vn.chibo.events.report.ReportContract.ReportAccepted;
import vn.chibo.events.report.ReportContract.ReportReopened;
import vn.chibo.events.report.ReportContract.ReportReturned;
import vn.chibo.events.report.ReportContract.ReportSubmitted;
import vn.chibo.events.report.ReportContract.ReturnReport;
import vn.chibo.events.report.ReportContract.SubmitReport;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import static vn.chibo.events.report.ReportType.QUARTERLY_MEETINGS;
import vn.chibo.events.report.ReportType;

/**
 * The approval rules of a quarterly report: commune Biên Sơn under district Lục Ngạn, with cells
 * thôn 1 and thôn 2 below it and thôn 3 dissolved. Today is 8 April 2026, 09:00; the default
 * deadline of a quarter's report is 10 days after the quarter, so 10 April for 2026-Q1.
 */
class ReportTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 4, 8, 9, 0);
    private static final LocalDate DEADLINE = LocalDate.of(2026, 4, 10);
    private static final String HASH = "a".repeat(64);
    private static final String HASH_2 = "b".repeat(64);
    private static final String COMMUNE_REPORT = "QUARTERLY_MEETINGS:xa-bien-son:2026-Q1";
    private static final String THON_1_REPORT = "QUARTERLY_MEETINGS:thon-1:2026-Q1";
    private static final String DEFAULT = Policies.DEFAULT_VERSION;

    private AggregateTestFixture<Report> fixture;
    private ReportsOf reports;

    @BeforeEach
    void setUp() {
        reports = new ReportsOf();
        fixture = fixture(NOW, FixedPolicy.defaults());
    }

    /** A fresh fixture: Axon's fixture keeps the first clock and policy registered, and one aggregate id a run. */
    private AggregateTestFixture<Report> fixture(LocalDateTime now, FixedPolicy policy) {
        var fresh = new AggregateTestFixture<>(Report.class);
        fresh.registerInjectableResource(new DirectoryOf()
                .committee("tinh-bac-giang", "Tỉnh ủy Bắc Giang")
                .committee("huyen-luc-ngan", "Huyện ủy Lục Ngạn", "tinh-bac-giang")
                .committee("xa-bien-son", "Đảng ủy xã Biên Sơn", "huyen-luc-ngan")
                .cell("thon-1", "Chi bộ thôn 1", "xa-bien-son")
                .cell("thon-2", "Chi bộ thôn 2", "xa-bien-son")
                .cell("thon-3", "Chi bộ thôn 3", "xa-bien-son")
                .ended("thon-3"));
        fresh.registerInjectableResource(Clock.fixed(now.atZone(VIETNAM).toInstant(), VIETNAM));
        fresh.registerInjectableResource(reports);
        fresh.registerInjectableResource(policy);
        return fresh;
    }

    @Test
    void aCellSubmitsItsReportToItsDirectSuperiorWithTheDeadlineThatApplied() {
        fixture.givenNoPriorActivity()
                .when(submit("thon-1", "thon-1"))
                .expectEvents(submitted("thon-1", "xa-bien-son", 1, HASH, true, DEFAULT));
    }

    @Test
    void aSubmissionAfterTheDeadlineIsRecordedLateAndAPolicyMovesTheDeadline() {
        var afterDeadline = LocalDateTime.of(2026, 4, 11, 8, 0);
        fixture(afterDeadline, FixedPolicy.defaults()).givenNoPriorActivity()
                .when(submit("thon-1", "thon-1"))
                .expectEvents(new ReportSubmitted(THON_1_REPORT, QUARTERLY_MEETINGS, "thon-1", "2026-Q1", "xa-bien-son",
                        1, HASH, afterDeadline, DEADLINE, false, DEFAULT));

        fixture(afterDeadline, policy("bac-giang-2026", new ReportingRules(true, 5, 15, 15, 20))).givenNoPriorActivity()
                .when(submit("thon-1", "thon-1"))
                .expectEvents(new ReportSubmitted(THON_1_REPORT, QUARTERLY_MEETINGS, "thon-1", "2026-Q1", "xa-bien-son",
                        1, HASH, afterDeadline, LocalDate.of(2026, 4, 15), true, "bac-giang-2026"));
    }

    @Test
    void onlyTheOrganisationItselfSubmitsItsReport() {
        fixture.givenNoPriorActivity()
                .when(submit("thon-1", "xa-bien-son"))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("report.submitted-by-other [Chi bộ thôn 1, xa-bien-son]");
    }

    @Test
    void aReportNamesAKnownLivingOrganisationWithASuperiorAndAPeriodOfItsType() {
        fixture(NOW, FixedPolicy.defaults()).givenNoPriorActivity()
                .when(submit("khong-co", "khong-co"))
                .expectExceptionMessage("report.organisation-unknown [khong-co]");
        fixture(NOW, FixedPolicy.defaults()).givenNoPriorActivity()
                .when(submit("thon-3", "thon-3"))
                .expectExceptionMessage("report.organisation-not-active [Chi bộ thôn 3]");
        fixture(NOW, FixedPolicy.defaults()).givenNoPriorActivity()
                .when(submit("tinh-bac-giang", "tinh-bac-giang"))
                .expectExceptionMessage("report.no-superior [Tỉnh ủy Bắc Giang]");
        fixture(NOW, FixedPolicy.defaults()).givenNoPriorActivity()
                .when(new SubmitReport("QUARTERLY_MEETINGS:thon-1:2026-03", QUARTERLY_MEETINGS, "thon-1", "2026-03",
                        HASH, "thon-1"))
                .expectExceptionMessage("report.period-not-of-type [2026-03, QUARTERLY_MEETINGS]");
        fixture(NOW, FixedPolicy.defaults()).givenNoPriorActivity()
                .when(new SubmitReport("bao-cao-quy-1", QUARTERLY_MEETINGS, "thon-1", "2026-Q1", HASH, "thon-1"))
                .expectExceptionMessage("report.id-not-conventional [bao-cao-quy-1, " + THON_1_REPORT + "]");
        fixture(NOW, FixedPolicy.defaults()).givenNoPriorActivity()
                .when(new SubmitReport("QUARTERLY_MEETINGS:thon-1:2026-Q3", QUARTERLY_MEETINGS, "thon-1", "2026-Q3",
                        HASH, "thon-1"))
                .expectExceptionMessage("report.period-not-begun [2026-Q3]");
    }

    @Test
    void aSubmittedReportWaitsForTheDecisionBeforeAnotherSubmission() {
        fixture.given(submitted("thon-1", "xa-bien-son", 1, HASH, true, DEFAULT))
                .when(submit("thon-1", "thon-1"))
                .expectExceptionMessage("report.awaiting-decision [1]");
    }

    @Test
    void onlyTheDirectSuperiorDecides() {
        var submitted = submitted("thon-1", "xa-bien-son", 1, HASH, true, DEFAULT);
        fixture.given(submitted)
                .when(new AcceptReport(THON_1_REPORT, "huyen-luc-ngan"))
                .expectExceptionMessage("report.not-the-superior [huyen-luc-ngan, Đảng ủy xã Biên Sơn]");
        fixture.given(submitted)
                .when(new ReturnReport(THON_1_REPORT, "thon-1", "Thiếu số liệu"))
                .expectExceptionMessage("report.not-the-superior [thon-1, Đảng ủy xã Biên Sơn]");
        fixture.given(submitted, accepted(THON_1_REPORT))
                .when(new ReopenReport(THON_1_REPORT, "thon-2", "Sửa số liệu"))
                .expectExceptionMessage("report.not-the-superior [thon-2, Đảng ủy xã Biên Sơn]");
    }

    @Test
    void aCellsReportIsAcceptedByItsCommitteeAtOnceHavingNoUnitsBelow() {
        fixture.given(submitted("thon-1", "xa-bien-son", 1, HASH, true, DEFAULT))
                .when(new AcceptReport(THON_1_REPORT, "xa-bien-son"))
                .expectEvents(new ReportAccepted(THON_1_REPORT, 1, "xa-bien-son", NOW, true, DEFAULT));
    }

    @Test
    void aSuperiorsReportWaitsUntilEveryActiveUnitBelowIsAccepted() {
        reports.report(THON_1_REPORT, ReportStatus.ACCEPTED)
                .report("QUARTERLY_MEETINGS:thon-2:2026-Q1", ReportStatus.RETURNED);
        var communeSubmitted = submitted("xa-bien-son", "huyen-luc-ngan", 1, HASH, true, DEFAULT);
        fixture.given(communeSubmitted)
                .when(new AcceptReport(COMMUNE_REPORT, "huyen-luc-ngan"))
                .expectExceptionMessage("report.units-not-accepted [Chi bộ thôn 2]");
        fixture.given(communeSubmitted)
                .when(new AcceptReport(COMMUNE_REPORT, "huyen-luc-ngan"))
                .expectException(Matchers.<RuleViolation>predicate(e -> DEFAULT.equals(e.policyVersion())));

        reports.report("QUARTERLY_MEETINGS:thon-2:2026-Q1", ReportStatus.ACCEPTED);
        fixture.given(communeSubmitted)
                .when(new AcceptReport(COMMUNE_REPORT, "huyen-luc-ngan"))
                .expectEvents(new ReportAccepted(COMMUNE_REPORT, 1, "huyen-luc-ngan", NOW, true, DEFAULT));
    }

    /** Cells do not send the monthly compliance report (it is about them): the commune's waits for none of theirs. */
    @Test
    void aCommunesMonthlyReportWaitsForNoCellReport() {
        String monthly = "MONTHLY_COMPLIANCE:xa-bien-son:2026-03";
        fixture.given(new ReportSubmitted(monthly, ReportType.MONTHLY_COMPLIANCE, "xa-bien-son", "2026-03", "huyen-luc-ngan", 1,
                        HASH, NOW, DEADLINE, true, DEFAULT))
                .when(new AcceptReport(monthly, "huyen-luc-ngan"))
                .expectEvents(new ReportAccepted(monthly, 1, "huyen-luc-ngan", NOW, true, DEFAULT));
    }

    @Test
    void aPolicyCanLetASuperiorAcceptBeforeItsUnits() {
        fixture(NOW, policy("bac-giang-linh-hoat", new ReportingRules(false, 5, 10, 15, 20))).given(submitted("xa-bien-son", "huyen-luc-ngan", 1, HASH, true, DEFAULT))
                .when(new AcceptReport(COMMUNE_REPORT, "huyen-luc-ngan"))
                .expectEvents(new ReportAccepted(COMMUNE_REPORT, 1, "huyen-luc-ngan", NOW, false, "bac-giang-linh-hoat"));
    }

    @Test
    void anAcceptedReportIsLocked() {
        var history = new Object[] {submitted("thon-1", "xa-bien-son", 1, HASH, true, DEFAULT), accepted(THON_1_REPORT)};
        fixture.given(history)
                .when(submit("thon-1", "thon-1"))
                .expectExceptionMessage("report.locked [" + THON_1_REPORT + "]");
        fixture.given(history)
                .when(new ReturnReport(THON_1_REPORT, "xa-bien-son", "Sửa lại"))
                .expectExceptionMessage("report.locked [" + THON_1_REPORT + "]");
        fixture.given(history)
                .when(new AcceptReport(THON_1_REPORT, "xa-bien-son"))
                .expectExceptionMessage("report.locked [" + THON_1_REPORT + "]");
    }

    @Test
    void aReturnedReportIsSubmittedAgain() {
        var submitted = submitted("thon-1", "xa-bien-son", 1, HASH, true, DEFAULT);
        fixture.given(submitted)
                .when(new ReturnReport(THON_1_REPORT, "xa-bien-son", "  Thiếu số buổi sinh hoạt chuyên đề  "))
                .expectEvents(new ReportReturned(THON_1_REPORT, 1, "xa-bien-son", "Thiếu số buổi sinh hoạt chuyên đề",
                        NOW));
        var returned = new ReportReturned(THON_1_REPORT, 1, "xa-bien-son", "Thiếu số liệu", NOW);
        fixture.given(submitted, returned)
                .when(new SubmitReport(THON_1_REPORT, QUARTERLY_MEETINGS, "thon-1", "2026-Q1", HASH_2, "thon-1"))
                .expectEvents(submitted("thon-1", "xa-bien-son", 2, HASH_2, true, DEFAULT));
        fixture.given(submitted, returned)
                .when(new AcceptReport(THON_1_REPORT, "xa-bien-son"))
                .expectExceptionMessage("report.not-awaiting-decision [" + THON_1_REPORT + "]");
    }

    @Test
    void reopeningUnlocksAnAcceptedReport() {
        var submitted = submitted("thon-1", "xa-bien-son", 1, HASH, true, DEFAULT);
        fixture.given(submitted, accepted(THON_1_REPORT))
                .when(new ReopenReport(THON_1_REPORT, "xa-bien-son", " Sửa số đảng viên dự họp "))
                .expectEvents(new ReportReopened(THON_1_REPORT, 1, "xa-bien-son", "Sửa số đảng viên dự họp", NOW));
        fixture.given(submitted, accepted(THON_1_REPORT),
                        new ReportReopened(THON_1_REPORT, 1, "xa-bien-son", "Sửa", NOW))
                .when(new SubmitReport(THON_1_REPORT, QUARTERLY_MEETINGS, "thon-1", "2026-Q1", HASH_2, "thon-1"))
                .expectEvents(submitted("thon-1", "xa-bien-son", 2, HASH_2, true, DEFAULT));
        fixture.given(submitted)
                .when(new ReopenReport(THON_1_REPORT, "xa-bien-son", "Sửa"))
                .expectExceptionMessage("report.not-accepted [" + THON_1_REPORT + "]");
    }

    @Test
    void aUnitsReportIsNotReopenedWhileTheSuperiorsReportThatRestsOnItIsAccepted() {
        reports.report(COMMUNE_REPORT, ReportStatus.ACCEPTED);
        fixture.given(submitted("thon-1", "xa-bien-son", 1, HASH, true, DEFAULT), accepted(THON_1_REPORT))
                .when(new ReopenReport(THON_1_REPORT, "xa-bien-son", "Sửa"))
                .expectExceptionMessage("report.superior-report-accepted [" + COMMUNE_REPORT + "]");
    }

    private static SubmitReport submit(String organisationId, String submittedBy) {
        return new SubmitReport(QUARTERLY_MEETINGS.reportId(organisationId, Period.parse("2026-Q1")),
                QUARTERLY_MEETINGS, organisationId, "2026-Q1", HASH, submittedBy);
    }

    private static ReportSubmitted submitted(String organisationId, String superiorId, int submission, String hash,
                                             boolean onTime, String policyVersion) {
        return new ReportSubmitted("QUARTERLY_MEETINGS:" + organisationId + ":2026-Q1", QUARTERLY_MEETINGS,
                organisationId, "2026-Q1", superiorId, submission, hash, NOW, DEADLINE, onTime, policyVersion);
    }

    private static ReportAccepted accepted(String reportId) {
        return new ReportAccepted(reportId, 1, "xa-bien-son", NOW, true, DEFAULT);
    }

    private static FixedPolicy policy(String version, ReportingRules rules) {
        Thresholds d = Policies.DEFAULTS;
        return new FixedPolicy(version, new Thresholds(d.minimumMeetingMinutes(), d.combinedMeetingMinutes(),
                d.noticeLeadDays(), d.attendanceTargetPercent(), d.unexcusedAbsenceThreshold(), d.minimumOfficialMembers(),
                d.cellCommitteeFromOfficialMembers(), d.maximumCellCommitteeSize(), d.meetingQuality(), rules));
    }
}
