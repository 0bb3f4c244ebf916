package vn.chibo.command.plan;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chibo.command.command.RuleViolation;
import vn.chibo.command.organisation.DirectoryOf;
import vn.chibo.events.plan.PlanContract.ApprovePlan;
import vn.chibo.events.plan.PlanContract.PlanApproved;
import vn.chibo.events.plan.PlanContract.PlanSubmitted;
import vn.chibo.events.plan.PlanContract.PlanSuperseded;
import vn.chibo.events.plan.PlanContract.PlanTransferred;
import vn.chibo.events.plan.PlanContract.PlannedTheme;
import vn.chibo.events.plan.PlanContract.ReturnPlan;
import vn.chibo.events.plan.PlanContract.TransferPlan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** A merge hands the absorbed cell's plan to the survivor, unless the survivor has its own for that year. */
class PlanTransferTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalDate JANUARY_10 = LocalDate.of(2026, 1, 10);
    private static final LocalDate MERGED = LocalDate.of(2026, 4, 1);
    private static final List<PlannedTheme> THEMES = List.of(
            new PlannedTheme("kien-q1", 1, "Học tập tư tưởng Hồ Chí Minh", null),
            new PlannedTheme("kien-q2", 2, "Kinh tế vườn", null),
            new PlannedTheme("kien-q3", 3, "Nông thôn mới", null),
            new PlannedTheme("kien-q4", 4, "Phát triển đảng viên", null));

    private AggregateTestFixture<Plan> fixture;
    private PlansOf plans;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Plan.class);
        fixture.registerInjectableResource(new DirectoryOf()
                .committee("xa-bien-son", "Đảng ủy xã Biên Sơn")
                .cell("thon-dong-man", "Chi bộ thôn Đồng Mận", "xa-bien-son")
                .cell("thon-kien", "Chi bộ thôn Kiên", "xa-bien-son").ended("thon-kien"));
        fixture.registerInjectableResource(Clock.fixed(
                LocalDate.of(2026, 4, 10).atTime(9, 0).atZone(VIETNAM).toInstant(), VIETNAM));
        plans = new PlansOf();
        fixture.registerInjectableResource(plans);
    }

    @Test
    void withoutAPlanOfItsOwnForTheYearTheSurvivorTakesTheAbsorbedCellsPlan() {
        fixture.given(submitted(), approved())
                .when(new TransferPlan("kh-kien", "thon-dong-man", MERGED))
                .expectEvents(new PlanTransferred("kh-kien", "thon-kien", "thon-dong-man", MERGED));
    }

    @Test
    void theSurvivorsOwnPlanForTheYearSupersedesTheAbsorbedCellsPlan() {
        plans.plan("kh-dong-man", "thon-dong-man", 2026);
        fixture.given(submitted(), approved())
                .when(new TransferPlan("kh-kien", "thon-dong-man", MERGED))
                .expectEvents(new PlanSuperseded("kh-kien", "thon-kien", "thon-dong-man", "kh-dong-man",
                        MERGED));
    }

    @Test
    void aSupersededPlanAcceptsNothingMore() {
        var superseded = new PlanSuperseded("kh-kien", "thon-kien", "thon-dong-man", "kh-dong-man", MERGED);
        fixture.given(submitted(), superseded)
                .when(new ApprovePlan("kh-kien", "xa-bien-son", null, MERGED.plusDays(1)))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("plan.superseded-by-merge [kh-dong-man]");
        fixture.given(submitted(), superseded)
                .when(new TransferPlan("kh-kien", "thon-dong-man", MERGED))
                .expectExceptionMessage("plan.superseded-by-merge [kh-dong-man]");
    }

    @Test
    void aTransferredPlanIsTheSurvivorsToDecideOn() {
        fixture.given(submitted(), new PlanTransferred("kh-kien", "thon-kien", "thon-dong-man", MERGED))
                .when(new ReturnPlan("kh-kien", "thon-dong-man", "Gộp chủ đề", MERGED.plusDays(1)))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("plan.decided-by-own-cell []");
        fixture.given(submitted(), new PlanTransferred("kh-kien", "thon-kien", "thon-dong-man", MERGED))
                .when(new TransferPlan("kh-kien", "thon-dong-man", MERGED))
                .expectExceptionMessage("plan.already-held [thon-dong-man]");
    }

    private static PlanSubmitted submitted() {
        return new PlanSubmitted("kh-kien", "thon-kien", "xa-bien-son", 2026, 1, THEMES, JANUARY_10);
    }

    private static PlanApproved approved() {
        return new PlanApproved("kh-kien", 1, "xa-bien-son", null, JANUARY_10.plusDays(5));
    }
}
