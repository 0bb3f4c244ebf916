package vn.chibo.command.member;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chibo.command.organisation.DirectoryOf;
import vn.chibo.command.policy.FixedPolicy;
import vn.chibo.events.member.CellRole;
import vn.chibo.events.member.LeavingReason;
import vn.chibo.events.member.MemberContract.AssignCellRole;
import vn.chibo.events.member.MemberContract.EndExemption;
import vn.chibo.events.member.MemberContract.GrantExemption;
import vn.chibo.events.member.MemberContract.MemberLeft;
import vn.chibo.events.member.MemberContract.MemberPromoted;
import vn.chibo.events.member.MemberContract.MemberRegistered;
import vn.chibo.events.member.MemberContract.MemberTransferred;
import vn.chibo.events.member.MemberContract.PromoteMember;
import vn.chibo.events.member.MemberContract.RecordLeaving;
import vn.chibo.events.member.MemberContract.RegisterMember;
import vn.chibo.events.member.MemberContract.TransferMember;
import vn.chibo.events.member.MembershipStatus;

import java.time.LocalDate;

import static vn.chibo.events.member.MembershipStatus.OFFICIAL;
import static vn.chibo.events.member.MembershipStatus.PROBATIONARY;
import static vn.chibo.events.member.TransferReason.ORDINARY;

/** A member's life in the tree: joining, promotion, transfers, leaving. */
class MemberTest {

    private static final LocalDate JOINED = LocalDate.of(2025, 9, 2);
    private static final LocalDate LATER = LocalDate.of(2026, 9, 2);

    private AggregateTestFixture<Member> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Member.class);
        fixture.registerInjectableResource(new DirectoryOf()
                .committee("xa-bien-son", "Đảng ủy xã Biên Sơn")
                .cell("thon-dong-man", "Chi bộ thôn Đồng Mận", "xa-bien-son")
                .cell("thon-ke", "Chi bộ thôn Kè", "xa-bien-son")
                .cell("thon-cu", "Chi bộ thôn Cũ", "xa-bien-son").ended("thon-cu"));
        fixture.registerInjectableResource(new RosterOf());
        fixture.registerInjectableResource(FixedPolicy.defaults());
    }

    @Test
    void aMemberJoinsACell() {
        fixture.givenNoPriorActivity()
                .when(new RegisterMember("dv-1", "thon-dong-man", " Nguyễn Thị Hoa ", PROBATIONARY, JOINED))
                .expectEvents(new MemberRegistered("dv-1", "thon-dong-man", "Nguyễn Thị Hoa", PROBATIONARY, JOINED));
    }

    @Test
    void membersBelongToCellsNotCommittees() {
        fixture.givenNoPriorActivity()
                .when(new RegisterMember("dv-1", "xa-bien-son", "Nguyễn Thị Hoa", PROBATIONARY, JOINED))
                .expectExceptionMessage("member.not-a-cell [Đảng ủy xã Biên Sơn]");
        fixture.givenNoPriorActivity()
                .when(new RegisterMember("dv-1", "khong-co", "Nguyễn Thị Hoa", PROBATIONARY, JOINED))
                .expectExceptionMessage("member.cell-unknown [khong-co]");
    }

    @Test
    void nobodyJoinsACellThatEnded() {
        fixture.givenNoPriorActivity()
                .when(new RegisterMember("dv-1", "thon-cu", "Nguyễn Thị Hoa", PROBATIONARY, JOINED))
                .expectExceptionMessage("member.cell-ended [Chi bộ thôn Cũ]");
    }

    // --- promotion ---

    @Test
    void aProbationaryMemberBecomesOfficial() {
        fixture.given(registered(PROBATIONARY))
                .when(new PromoteMember("dv-1", LATER))
                .expectEvents(new MemberPromoted("dv-1", "thon-dong-man", LATER));
    }

    @Test
    void onlyAProbationaryMemberIsPromotedAndOnlyOnce() {
        fixture.given(registered(OFFICIAL))
                .when(new PromoteMember("dv-1", LATER))
                .expectExceptionMessage("member.already-official []")
                .expectNoEvents();
        fixture.given(registered(PROBATIONARY), new MemberPromoted("dv-1", "thon-dong-man", LATER))
                .when(new PromoteMember("dv-1", LATER.plusDays(1)))
                .expectExceptionMessage("member.already-official []");
    }

    @Test
    void aPromotionCannotPredateJoining() {
        fixture.given(registered(PROBATIONARY))
                .when(new PromoteMember("dv-1", JOINED.minusDays(1)))
                .expectExceptionMessage("member.effective-before-last-change [2025-09-01, 2025-09-02]");
    }

    // --- transfer ---

    @Test
    void aMemberTransfersToAnotherCell() {
        fixture.given(registered(OFFICIAL))
                .when(new TransferMember("dv-1", "thon-ke", ORDINARY, LATER))
                .expectEvents(new MemberTransferred("dv-1", "thon-dong-man", "thon-ke", ORDINARY, LATER));
    }

    @Test
    void aTransferGoesToAnotherLiveCell() {
        fixture.given(registered(OFFICIAL))
                .when(new TransferMember("dv-1", "thon-dong-man", ORDINARY, LATER))
                .expectExceptionMessage("member.already-in-cell [Chi bộ thôn Đồng Mận]");
        fixture.given(registered(OFFICIAL))
                .when(new TransferMember("dv-1", "khong-co", ORDINARY, LATER))
                .expectExceptionMessage("member.cell-unknown [khong-co]");
        fixture.given(registered(OFFICIAL))
                .when(new TransferMember("dv-1", "xa-bien-son", ORDINARY, LATER))
                .expectExceptionMessage("member.not-a-cell [Đảng ủy xã Biên Sơn]");
        fixture.given(registered(OFFICIAL))
                .when(new TransferMember("dv-1", "thon-cu", ORDINARY, LATER))
                .expectExceptionMessage("member.cell-ended [Chi bộ thôn Cũ]");
    }

    @Test
    void afterATransferTheMemberIsInTheNewCell() {
        fixture.given(registered(OFFICIAL), new MemberTransferred("dv-1", "thon-dong-man", "thon-ke", ORDINARY, LATER))
                .when(new TransferMember("dv-1", "thon-ke", ORDINARY, LATER.plusDays(1)))
                .expectExceptionMessage("member.already-in-cell [Chi bộ thôn Kè]");
    }

    // --- leaving ---

    @Test
    void aMemberLeavesForEachOfTheFourReasons() {
        for (LeavingReason reason : LeavingReason.values()) {
            fixture.given(registered(OFFICIAL))
                    .when(new RecordLeaving("dv-1", reason, LATER))
                    .expectEvents(new MemberLeft("dv-1", "thon-dong-man", reason, LATER));
        }
    }

    @Test
    void aMemberWhoLeftAcceptsNoMoreCommands() {
        var left = new MemberLeft("dv-1", "thon-dong-man", LeavingReason.DEATH, LATER);
        String refused = "member.has-left [2026-09-02]";
        fixture.given(registered(PROBATIONARY), left)
                .when(new PromoteMember("dv-1", LATER)).expectExceptionMessage(refused);
        fixture.given(registered(PROBATIONARY), left)
                .when(new TransferMember("dv-1", "thon-ke", ORDINARY, LATER)).expectExceptionMessage(refused);
        fixture.given(registered(PROBATIONARY), left)
                .when(new AssignCellRole("dv-1", CellRole.SECRETARY, LATER)).expectExceptionMessage(refused);
        fixture.given(registered(PROBATIONARY), left)
                .when(new GrantExemption("dv-1", "Ốm", LATER, null, "thon-dong-man")).expectExceptionMessage(refused);
        fixture.given(registered(PROBATIONARY), left)
                .when(new EndExemption("dv-1", LATER)).expectExceptionMessage(refused);
        fixture.given(registered(PROBATIONARY), left)
                .when(new RecordLeaving("dv-1", LeavingReason.REMOVAL, LATER)).expectExceptionMessage(refused);
    }

    private static MemberRegistered registered(MembershipStatus status) {
        return new MemberRegistered("dv-1", "thon-dong-man", "Nguyễn Thị Hoa", status, JOINED);
    }
}
