package vn.chibo.command.plan;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chibo.command.command.RuleViolation;
import vn.chibo.command.organisation.DirectoryOf;
import vn.chibo.events.plan.PlanContract.ApprovePlan;
import vn.chibo.events.plan.PlanContract.PlanApproved;
import vn.chibo.events.plan.PlanContract.PlanReturned;
import vn.chibo.events.plan.PlanContract.PlanSubmitted;
import vn.chibo.events.plan.PlanContract.PlannedTheme;
import vn.chibo.events.plan.PlanContract.ResubmitPlan;
import vn.chibo.events.plan.PlanContract.ReturnPlan;
import vn.chibo.events.plan.PlanContract.SubmitPlan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

class PlanTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalDate JANUARY_10 = LocalDate.of(2026, 1, 10);
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private static final List<PlannedTheme> THEMES = List.of(
            new PlannedTheme("kh26-q1", 1, "Học tập và làm theo tư tưởng Hồ Chí Minh", "dv-1"),
            new PlannedTheme("kh26-q2", 2, "Phát triển kinh tế vườn vải thiều", null),
            new PlannedTheme("kh26-q3", 3, "Xây dựng nông thôn mới", "dv-2"),
            new PlannedTheme("kh26-q4", 4, "Công tác phát triển đảng viên", null));

    private AggregateTestFixture<Plan> fixture;
    private PlansOf plans;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Plan.class);
        fixture.registerInjectableResource(new DirectoryOf()
                .committee("xa-bien-son", "Đảng ủy xã Biên Sơn")
                .cell("thon-dong-man", "Chi bộ thôn Đồng Mận"));
        fixture.registerInjectableResource(Clock.fixed(TODAY.atTime(9, 0).atZone(VIETNAM).toInstant(), VIETNAM));
        plans = new PlansOf();
        fixture.registerInjectableResource(plans);
    }

    @Test
    void aCellSubmitsItsYearsThemesToItsSuperiorCommittee() {
        var themes = new ArrayList<>(THEMES);
        themes.set(1, new PlannedTheme("kh26-q2", 2, " Phát triển kinh tế vườn vải thiều ", null));
        fixture.givenNoPriorActivity()
                .when(new SubmitPlan("kh26", "thon-dong-man", 2026, themes, JANUARY_10))
                .expectEvents(submitted(1));
    }

    @Test
    void onlyAnExistingCellSubmitsAPlan() {
        fixture.givenNoPriorActivity()
                .when(new SubmitPlan("kh26", "khong-co", 2026, THEMES, JANUARY_10))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("plan.cell-unknown [khong-co]");
        fixture.givenNoPriorActivity()
                .when(new SubmitPlan("kh26", "xa-bien-son", 2026, THEMES, JANUARY_10))
                .expectExceptionMessage("plan.not-a-cell [Đảng ủy xã Biên Sơn]");
    }

    @Test
    void aCellHasOnePlanAYear() {
        plans.plan("kh26-cu", "thon-dong-man", 2026);
        fixture.givenNoPriorActivity()
                .when(new SubmitPlan("kh26", "thon-dong-man", 2026, THEMES, JANUARY_10))
                .expectExceptionMessage("plan.year-already-planned [2026, kh26-cu]");
    }

    @Test
    void everyQuarterHasATheme() {
        fixture.givenNoPriorActivity()
                .when(new SubmitPlan("kh26", "thon-dong-man", 2026, List.of(THEMES.get(0), THEMES.get(2)), JANUARY_10))
                .expectExceptionMessage("plan.quarter-without-theme [2, 4]");
    }

    @Test
    void themeIdsAreUniqueAcrossPlans() {
        var twice = new ArrayList<>(THEMES);
        twice.add(new PlannedTheme("kh26-q1", 1, "Chuyên đề khác", null));
        fixture.givenNoPriorActivity()
                .when(new SubmitPlan("kh26", "thon-dong-man", 2026, twice, JANUARY_10))
                .expectExceptionMessage("plan.duplicate-theme-id [kh26-q1]");
        plans.plan("kh-kep", "thon-kep", 2026, "kh26-q3");
        fixture.givenNoPriorActivity()
                .when(new SubmitPlan("kh26", "thon-dong-man", 2026, THEMES, JANUARY_10))
                .expectExceptionMessage("plan.theme-id-taken [kh26-q3, kh-kep]");
    }

    @Test
    void aSubmissionIsNotDatedAhead() {
        fixture.givenNoPriorActivity()
                .when(new SubmitPlan("kh26", "thon-dong-man", 2026, THEMES, TODAY.plusDays(1)))
                .expectExceptionMessage("plan.date-in-future [2026-06-16]");
    }

    @Test
    void theCommitteeApprovesOrReturnsWithAComment() {
        fixture.given(submitted(1))
                .when(new ApprovePlan("kh26", "xa-bien-son", " ", JANUARY_10.plusDays(5)))
                .expectEvents(new PlanApproved("kh26", 1, "xa-bien-son", null, JANUARY_10.plusDays(5)));
        fixture.given(submitted(1))
                .when(new ReturnPlan("kh26", "dv-pho-bi-thu-xa", " Quý 2 nên gắn với mùa vải ", JANUARY_10.plusDays(5)))
                .expectEvents(new PlanReturned("kh26", 1, "dv-pho-bi-thu-xa", "Quý 2 nên gắn với mùa vải",
                        JANUARY_10.plusDays(5)));
    }

    @Test
    void aCellDoesNotDecideOnItsOwnPlan() {
        fixture.given(submitted(1))
                .when(new ApprovePlan("kh26", "thon-dong-man", null, JANUARY_10.plusDays(5)))
                .expectExceptionMessage("plan.decided-by-own-cell []");
    }

    @Test
    void aDecisionFollowsTheSubmissionAndIsNotDatedAhead() {
        fixture.given(submitted(1))
                .when(new ApprovePlan("kh26", "xa-bien-son", null, JANUARY_10.minusDays(1)))
                .expectExceptionMessage("plan.before-previous-step [2026-01-09, 2026-01-10]");
        fixture.given(submitted(1))
                .when(new ReturnPlan("kh26", "xa-bien-son", "Sửa quý 2", TODAY.plusDays(1)))
                .expectExceptionMessage("plan.date-in-future [2026-06-16]");
    }

    @Test
    void onlyAWaitingSubmissionIsDecided() {
        fixture.given(submitted(1), approved(1))
                .when(new ApprovePlan("kh26", "xa-bien-son", null, JANUARY_10.plusDays(6)))
                .expectExceptionMessage("plan.not-awaiting-decision [1]");
        fixture.given(submitted(1), returned(1))
                .when(new ReturnPlan("kh26", "xa-bien-son", "Lại sửa", JANUARY_10.plusDays(6)))
                .expectExceptionMessage("plan.not-awaiting-decision [1]");
    }

    @Test
    void aReturnedPlanIsResubmittedAsTheNextSubmission() {
        fixture.given(submitted(1), returned(1))
                .when(new ResubmitPlan("kh26", THEMES, JANUARY_10.plusDays(7)))
                .expectEvents(new PlanSubmitted("kh26", "thon-dong-man", "parent", 2026, 2, THEMES,
                        JANUARY_10.plusDays(7)));
    }

    @Test
    void anApprovedPlanIsAmendedOnlyByASubmissionThatNeedsApprovalAgain() {
        fixture.given(submitted(1), approved(1))
                .when(new ResubmitPlan("kh26", THEMES, TODAY))
                .expectEvents(new PlanSubmitted("kh26", "thon-dong-man", "parent", 2026, 2, THEMES, TODAY));
        fixture.given(submitted(1), approved(1), new PlanSubmitted("kh26", "thon-dong-man", "parent", 2026, 2, THEMES,
                        TODAY))
                .when(new ApprovePlan("kh26", "xa-bien-son", "Đồng ý điều chỉnh", TODAY))
                .expectEvents(new PlanApproved("kh26", 2, "xa-bien-son", "Đồng ý điều chỉnh", TODAY));
    }

    @Test
    void aSubmissionWaitingForADecisionIsNotSubmittedAgain() {
        fixture.given(submitted(1))
                .when(new ResubmitPlan("kh26", THEMES, JANUARY_10.plusDays(1)))
                .expectExceptionMessage("plan.awaiting-decision [1]");
    }

    @Test
    void aResubmissionFollowsTheDecisionAndKeepsEveryQuarter() {
        fixture.given(submitted(1), returned(1))
                .when(new ResubmitPlan("kh26", THEMES, JANUARY_10.plusDays(4)))
                .expectExceptionMessage("plan.before-previous-step [2026-01-14, 2026-01-15]");
        fixture.given(submitted(1), returned(1))
                .when(new ResubmitPlan("kh26", THEMES.subList(0, 3), JANUARY_10.plusDays(7)))
                .expectExceptionMessage("plan.quarter-without-theme [4]");
    }

    @Test
    void aResubmissionKeepsItsOwnThemeIds() {
        plans.plan("kh26", "thon-dong-man", 2026, "kh26-q1", "kh26-q2", "kh26-q3", "kh26-q4");
        fixture.given(submitted(1), returned(1))
                .when(new ResubmitPlan("kh26", THEMES, JANUARY_10.plusDays(7)))
                .expectSuccessfulHandlerExecution();
    }

    private static PlanSubmitted submitted(int submission) {
        return new PlanSubmitted("kh26", "thon-dong-man", "parent", 2026, submission, THEMES, JANUARY_10);
    }

    private static PlanApproved approved(int submission) {
        return new PlanApproved("kh26", submission, "xa-bien-son", null, JANUARY_10.plusDays(5));
    }

    private static PlanReturned returned(int submission) {
        return new PlanReturned("kh26", submission, "xa-bien-son", "Sửa quý 2", JANUARY_10.plusDays(5));
    }
}
