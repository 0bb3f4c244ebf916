package vn.chibo.command.member;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.hamcrest.CustomTypeSafeMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;
import vn.chibo.command.command.RuleViolation;
import vn.chibo.command.organisation.DirectoryOf;
import vn.chibo.command.policy.FixedPolicy;
import vn.chibo.events.member.MemberContract.AssignCellRole;
import vn.chibo.events.member.MemberContract.CellRoleAssigned;
import vn.chibo.events.member.MemberContract.MemberRegistered;
import vn.chibo.events.member.MemberContract.MemberTransferred;
import vn.chibo.events.member.MembershipStatus;
import vn.chibo.events.member.TransferReason;
import vn.chibo.events.policy.Policies;
import vn.chibo.events.policy.PolicyContract.Thresholds;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static vn.chibo.events.member.CellRole.COMMITTEE_MEMBER;
import static vn.chibo.events.member.CellRole.DEPUTY_SECRETARY;
import static vn.chibo.events.member.CellRole.MEMBER;
import static vn.chibo.events.member.CellRole.SECRETARY;

/** Secretary, deputy and cell committee, by the size rules of the policy in force (domain brief §8). */
class CellRoleTest {

    private static final String CELL = "thon-dong-man";
    private static final LocalDate CONGRESS = LocalDate.of(2025, 6, 15);

    @Test
    void aCellOfThreeOfficialMembersElectsItsSecretary() {
        given(new RosterOf().officials(3, "dv", CELL), FixedPolicy.defaults())
                .when(new AssignCellRole("dv-1", SECRETARY, CONGRESS))
                .expectEvents(new CellRoleAssigned("dv-1", CELL, SECRETARY, MEMBER, CONGRESS));
    }

    @Test
    void aCellWithFewerOfficialMembersThanThePolicyMinimumElectsNoSecretary() {
        given(new RosterOf().officials(2, "dv", CELL).probationary("dv-3", CELL, "Lê Văn Cường"), FixedPolicy.defaults())
                .when(new AssignCellRole("dv-1", SECRETARY, CONGRESS))
                .expectException(namingPolicy(Policies.DEFAULT_VERSION))
                .expectExceptionMessage("member.cell-too-small-to-elect [2, 3]");
        var stricter = new FixedPolicy("tinh-bac-giang-2026", thresholds(5, 9, 7));
        given(new RosterOf().officials(3, "dv", CELL), stricter)
                .when(new AssignCellRole("dv-1", DEPUTY_SECRETARY, CONGRESS))
                .expectException(namingPolicy("tinh-bac-giang-2026"))
                .expectExceptionMessage("member.cell-too-small-to-elect [3, 5]");
    }

    @Test
    void aCellHasOneSecretaryAtATime() {
        given(new RosterOf().officials(3, "dv", CELL).role("dv-2", SECRETARY), FixedPolicy.defaults())
                .when(new AssignCellRole("dv-1", SECRETARY, CONGRESS))
                .expectExceptionMessage("member.cell-has-secretary [Đảng viên 2]");
    }

    @Test
    void onlyOfficialMembersLead() {
        fixtureWith(new RosterOf().officials(3, "dv", CELL), FixedPolicy.defaults())
                .given(new MemberRegistered("dv-1", CELL, "Đảng viên 1", MembershipStatus.PROBATIONARY, CONGRESS.minusYears(1)))
                .when(new AssignCellRole("dv-1", DEPUTY_SECRETARY, CONGRESS))
                .expectExceptionMessage("member.role-needs-official []");
    }

    @Test
    void belowTheCommitteeThresholdACellHasOneSecretaryAndOneDeputyOnly() {
        var eight = new RosterOf().officials(8, "dv", CELL).role("dv-2", SECRETARY).role("dv-3", DEPUTY_SECRETARY);
        given(eight, FixedPolicy.defaults())
                .when(new AssignCellRole("dv-1", DEPUTY_SECRETARY, CONGRESS))
                .expectExceptionMessage("member.cell-has-deputy [Đảng viên 3, 9]");
        given(eight, FixedPolicy.defaults())
                .when(new AssignCellRole("dv-1", COMMITTEE_MEMBER, CONGRESS))
                .expectException(namingPolicy(Policies.DEFAULT_VERSION))
                .expectExceptionMessage("member.cell-too-small-for-committee [8, 9]");
    }

    @Test
    void fromNineOfficialMembersACellElectsACommitteeOfAtMostSeven() {
        var nine = new RosterOf().officials(9, "dv", CELL).role("dv-2", SECRETARY).role("dv-3", DEPUTY_SECRETARY)
                .role("dv-4", COMMITTEE_MEMBER).role("dv-5", COMMITTEE_MEMBER).role("dv-6", COMMITTEE_MEMBER)
                .role("dv-7", COMMITTEE_MEMBER);
        given(nine, FixedPolicy.defaults())
                .when(new AssignCellRole("dv-1", COMMITTEE_MEMBER, CONGRESS))
                .expectEvents(new CellRoleAssigned("dv-1", CELL, COMMITTEE_MEMBER, MEMBER, CONGRESS));
        given(nine.role("dv-8", DEPUTY_SECRETARY), FixedPolicy.defaults())
                .when(new AssignCellRole("dv-1", COMMITTEE_MEMBER, CONGRESS))
                .expectException(namingPolicy(Policies.DEFAULT_VERSION))
                .expectExceptionMessage("member.cell-committee-full [7]");
    }

    @Test
    void aLeaderStepsDownWithoutAnySizeCheckAndNotTwice() {
        var alone = new RosterOf().officials(1, "dv", CELL);
        var secretary = new CellRoleAssigned("dv-1", CELL, SECRETARY, MEMBER, CONGRESS);
        given(alone, FixedPolicy.defaults(), secretary)
                .when(new AssignCellRole("dv-1", MEMBER, CONGRESS.plusMonths(6)))
                .expectEvents(new CellRoleAssigned("dv-1", CELL, MEMBER, SECRETARY, CONGRESS.plusMonths(6)));
        given(alone, FixedPolicy.defaults(), secretary)
                .when(new AssignCellRole("dv-1", SECRETARY, CONGRESS.plusMonths(6)))
                .expectExceptionMessage("member.role-unchanged []");
    }

    @Test
    void aTransferEndsTheRoleHeldInTheOldCell() {
        var transferred = new MemberTransferred("dv-1", CELL, "thon-ke", TransferReason.ORDINARY, CONGRESS.plusMonths(1));
        given(new RosterOf().officials(3, "dv", "thon-ke"), FixedPolicy.defaults(),
                new CellRoleAssigned("dv-1", CELL, SECRETARY, MEMBER, CONGRESS), transferred)
                .when(new AssignCellRole("dv-1", SECRETARY, CONGRESS.plusMonths(2)))
                .expectEvents(new CellRoleAssigned("dv-1", "thon-ke", SECRETARY, MEMBER, CONGRESS.plusMonths(2)));
    }

    /** An official member dv-1 of the cell, with the given later history, judged with this roster and policy. */
    private static TestExecutor<Member> given(RosterOf roster, FixedPolicy policy, Object... events) {
        List<Object> history = new ArrayList<>();
        history.add(new MemberRegistered("dv-1", CELL, "Đảng viên 1", MembershipStatus.OFFICIAL, CONGRESS.minusYears(3)));
        history.addAll(List.of(events));
        return fixtureWith(roster, policy).given(history);
    }

    /** Resources are fixed once a fixture has run, so each roster gets a fixture of its own. */
    private static AggregateTestFixture<Member> fixtureWith(RosterOf roster, FixedPolicy policy) {
        var fixture = new AggregateTestFixture<>(Member.class);
        fixture.registerInjectableResource(new DirectoryOf().cell(CELL, "Chi bộ thôn Đồng Mận").cell("thon-ke", "Chi bộ thôn Kè"));
        fixture.registerInjectableResource(roster);
        fixture.registerInjectableResource(policy);
        return fixture;
    }

    private static Thresholds thresholds(int minimumOfficial, int committeeFrom, int committeeMax) {
        var d = Policies.DEFAULTS;
        return new Thresholds(d.minimumMeetingMinutes(), d.combinedMeetingMinutes(), d.noticeLeadDays(),
                d.attendanceTargetPercent(), d.unexcusedAbsenceThreshold(), minimumOfficial, committeeFrom, committeeMax,
                d.meetingQuality());
    }

    private static Matcher<RuleViolation> namingPolicy(String version) {
        return new CustomTypeSafeMatcher<>("a rule violation naming policy " + version) {
            @Override
            protected boolean matchesSafely(RuleViolation violation) {
                return version.equals(violation.policyVersion());
            }
        };
    }
}
