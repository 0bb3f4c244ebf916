package vn.chibo.command.policy;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chibo.command.organisation.DirectoryOf;
import vn.chibo.events.policy.Policies;
import vn.chibo.events.policy.PolicyContract.AdoptPolicyVersion;
import vn.chibo.events.policy.PolicyContract.PolicyVersionAdopted;
import vn.chibo.events.policy.PolicyContract.ScoringSheet;
import vn.chibo.events.policy.PolicyContract.Thresholds;
import vn.chibo.events.policy.PolicyContract.YearBand;
import vn.chibo.events.policy.PolicyContract.YearQualityRules;
import vn.chibo.events.meeting.QualityLevel;

import java.time.LocalDate;
import java.util.List;

class PolicyTest {

    private static final LocalDate JAN_2026 = LocalDate.of(2026, 1, 1);

    private AggregateTestFixture<Policy> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Policy.class);
        fixture.registerInjectableResource(new DirectoryOf().committee("tinh-bac-giang", "Tỉnh ủy Bắc Giang"));
    }

    @Test
    void aProvinceAdoptsItsOwnScoringSheet() {
        fixture.givenNoPriorActivity()
                .when(adopt("bg-2026", JAN_2026, withSheet(Policies.FULL_MARKS_FOR_GOOD)))
                .expectEvents(new PolicyVersionAdopted("chat-luong-sinh-hoat", "bg-2026", "tinh-bac-giang", JAN_2026,
                        withSheet(Policies.FULL_MARKS_FOR_GOOD), "Hướng dẫn 42-HD/BTCTW"));
    }

    @Test
    void aVersionIsNeverAdoptedTwice() {
        fixture.given(adopted("bg-2026", JAN_2026))
                .when(adopt("bg-2026", JAN_2026.plusMonths(6), Policies.DEFAULTS))
                .expectExceptionMessage("policy.version-exists [bg-2026]");
    }

    @Test
    void aNewVersionTakesEffectAfterThePreviousOneOfTheSameScope() {
        fixture.given(adopted("bg-2026", JAN_2026))
                .when(adopt("bg-2025", JAN_2026.minusYears(1), Policies.DEFAULTS))
                .expectExceptionMessage("policy.effective-not-after-previous [2025-01-01, 2026-01-01]");
    }

    @Test
    void theScopeMustBeAKnownOrganisation() {
        fixture.givenNoPriorActivity()
                .when(new AdoptPolicyVersion("p", "v1", "khong-co", JAN_2026, Policies.DEFAULTS, "x"))
                .expectExceptionMessage("policy.scope-unknown [khong-co]");
    }

    @Test
    void aScoringSheetAddsUpToAHundredWithLevelsInOrder() {
        var sheet = Policies.FULL_MARKS_FOR_GOOD;
        var ninety = new ScoringSheet(sheet.name(), sheet.criteria().subList(1, sheet.criteria().size()),
                sheet.goodFrom(), sheet.fairFrom(), sheet.averageFrom(), sheet.fullMarksRequiredForGood());
        fixture.givenNoPriorActivity()
                .when(adopt("v1", JAN_2026, withSheet(ninety)))
                .expectExceptionMessage("policy.scoring-sheet-not-100 [85]");
        var inverted = new ScoringSheet(sheet.name(), sheet.criteria(), 60, 70, 50, sheet.fullMarksRequiredForGood());
        fixture.givenNoPriorActivity()
                .when(adopt("v1", JAN_2026, withSheet(inverted)))
                .expectExceptionMessage("policy.quality-levels-out-of-order []");
    }

    @Test
    void theYearsBandsGoFromGoodToAverageEachWithALowerFloor() {
        var stricter = new YearQualityRules(List.of(new YearBand(QualityLevel.GOOD, 9, QualityLevel.FAIR),
                new YearBand(QualityLevel.FAIR, 8, QualityLevel.AVERAGE), new YearBand(QualityLevel.AVERAGE, 6, QualityLevel.POOR)));
        fixture.givenNoPriorActivity()
                .when(adopt("v1", JAN_2026, withYear(stricter)))
                .expectSuccessfulHandlerExecution();
        var swapped = new YearQualityRules(List.of(stricter.bands().get(1), stricter.bands().get(0), stricter.bands().get(2)));
        fixture.givenNoPriorActivity()
                .when(adopt("v1", JAN_2026, withYear(swapped)))
                .expectExceptionMessage("policy.year-bands-out-of-order []");
        var floorNotBelow = new YearQualityRules(List.of(new YearBand(QualityLevel.GOOD, 7, QualityLevel.GOOD),
                stricter.bands().get(1), stricter.bands().get(2)));
        fixture.givenNoPriorActivity()
                .when(adopt("v1", JAN_2026, withYear(floorNotBelow)))
                .expectExceptionMessage("policy.year-bands-out-of-order []");
    }

    private static Thresholds withYear(YearQualityRules rules) {
        var d = Policies.DEFAULTS;
        return new Thresholds(d.minimumMeetingMinutes(), d.combinedMeetingMinutes(), d.noticeLeadDays(),
                d.attendanceTargetPercent(), d.unexcusedAbsenceThreshold(), d.minimumOfficialMembers(),
                d.cellCommitteeFromOfficialMembers(), d.maximumCellCommitteeSize(), d.meetingQuality(), d.reporting(), rules);
    }

    private static Thresholds withSheet(ScoringSheet sheet) {
        var d = Policies.DEFAULTS;
        return new Thresholds(d.minimumMeetingMinutes(), d.combinedMeetingMinutes(), d.noticeLeadDays(),
                d.attendanceTargetPercent(), d.unexcusedAbsenceThreshold(), d.minimumOfficialMembers(),
                d.cellCommitteeFromOfficialMembers(), d.maximumCellCommitteeSize(), sheet);
    }

    private static AdoptPolicyVersion adopt(String version, LocalDate from, Thresholds thresholds) {
        return new AdoptPolicyVersion("chat-luong-sinh-hoat", version, "tinh-bac-giang", from, thresholds,
                "Hướng dẫn 42-HD/BTCTW");
    }

    private static PolicyVersionAdopted adopted(String version, LocalDate from) {
        return new PolicyVersionAdopted("chat-luong-sinh-hoat", version, "tinh-bac-giang", from, Policies.DEFAULTS,
                "Hướng dẫn 42-HD/BTCTW");
    }
}
