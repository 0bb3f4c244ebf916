package vn.chibo.command.absence;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import vn.chibo.command.policy.FixedPolicy;
import vn.chibo.events.absence.AbsenceContract.AbsenceThresholdReached;
import vn.chibo.events.absence.AbsenceContract.AbsenceWarningIssued;
import vn.chibo.events.absence.AbsenceContract.CountUnexcusedAbsence;
import vn.chibo.events.absence.AbsenceContract.UnexcusedAbsenceCounted;
import vn.chibo.events.policy.Policies;
import vn.chibo.events.policy.PolicyContract.Thresholds;

import java.time.LocalDate;

/** A member's unexcused absences in 2026, with the default threshold of three months. */
class AbsenceRecordTest {

    private static final String RECORD = "dv-b:2026";
    private static final String CELL = "thon-dong-man";
    private static final LocalDate JANUARY = LocalDate.of(2026, 1, 5);
    private static final LocalDate FEBRUARY = LocalDate.of(2026, 2, 5);
    private static final LocalDate MARCH = LocalDate.of(2026, 3, 5);

    private AggregateTestFixture<AbsenceRecord> fixture = fixture(FixedPolicy.defaults());

    @Test
    void theFirstAbsenceOpensTheYearsRecord() {
        fixture.givenNoPriorActivity()
                .when(absent("sh-01", JANUARY))
                .expectEvents(counted("sh-01", JANUARY, 1));
    }

    @Test
    void oneMonthBeforeTheThresholdTheMemberIsWarned() {
        fixture.given(counted("sh-01", JANUARY, 1))
                .when(absent("sh-02", FEBRUARY))
                .expectEvents(counted("sh-02", FEBRUARY, 2),
                        new AbsenceWarningIssued(RECORD, "dv-b", CELL, 2026, 2, 3, Policies.DEFAULT_VERSION));
    }

    @Test
    void reachingTheThresholdCallsForTheCellToConsiderRemoval() {
        fixture.given(counted("sh-01", JANUARY, 1), counted("sh-02", FEBRUARY, 2), warned(2))
                .when(absent("sh-03", MARCH))
                .expectEvents(counted("sh-03", MARCH, 3),
                        new AbsenceThresholdReached(RECORD, "dv-b", CELL, 2026, 3, 3, Policies.DEFAULT_VERSION));
    }

    @Test
    void theThresholdIsReachedOnceAYear() {
        fixture.given(counted("sh-01", JANUARY, 1), counted("sh-02", FEBRUARY, 2), warned(2),
                        counted("sh-03", MARCH, 3),
                        new AbsenceThresholdReached(RECORD, "dv-b", CELL, 2026, 3, 3, Policies.DEFAULT_VERSION))
                .when(absent("sh-04", MARCH.plusMonths(1)))
                .expectEvents(counted("sh-04", MARCH.plusMonths(1), 4));
    }

    @Test
    void twoAbsencesInOneMonthAreOneMonth() {
        fixture.given(counted("sh-01", JANUARY, 1))
                .when(absent("sh-01-cd", JANUARY.plusDays(20)))
                .expectEvents(counted("sh-01-cd", JANUARY.plusDays(20), 1));
    }

    @Test
    void aMeetingIsCountedOnce() {
        fixture.given(counted("sh-01", JANUARY, 1))
                .when(absent("sh-01", JANUARY))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void theThresholdComesFromThePolicyInForce() {
        var d = Policies.DEFAULTS;
        var once = new Thresholds(d.minimumMeetingMinutes(), d.combinedMeetingMinutes(), d.noticeLeadDays(),
                d.attendanceTargetPercent(), 1, d.minimumOfficialMembers(), d.cellCommitteeFromOfficialMembers(),
                d.maximumCellCommitteeSize(), d.meetingQuality());
        fixture(new FixedPolicy("strict-2026", once)).givenNoPriorActivity()
                .when(absent("sh-01", JANUARY))
                .expectEvents(counted("sh-01", JANUARY, 1),
                        new AbsenceThresholdReached(RECORD, "dv-b", CELL, 2026, 1, 1, "strict-2026"));
    }

    @Test
    void anAbsenceBelongsToTheRecordOfItsYear() {
        fixture.givenNoPriorActivity()
                .when(new CountUnexcusedAbsence(RECORD, "dv-b", CELL, "sh-2027", LocalDate.of(2027, 1, 5)))
                .expectExceptionMessage("absence.wrong-record [dv-b:2026, dv-b, 2027]");
    }

    private static AggregateTestFixture<AbsenceRecord> fixture(FixedPolicy policy) {
        var fixture = new AggregateTestFixture<>(AbsenceRecord.class);
        fixture.registerInjectableResource(policy);
        return fixture;
    }

    private static CountUnexcusedAbsence absent(String meetingId, LocalDate date) {
        return new CountUnexcusedAbsence(RECORD, "dv-b", CELL, meetingId, date);
    }

    private static UnexcusedAbsenceCounted counted(String meetingId, LocalDate date, int months) {
        return new UnexcusedAbsenceCounted(RECORD, "dv-b", CELL, 2026, meetingId, date, months);
    }

    private static AbsenceWarningIssued warned(int months) {
        return new AbsenceWarningIssued(RECORD, "dv-b", CELL, 2026, months, 3, Policies.DEFAULT_VERSION);
    }
}
