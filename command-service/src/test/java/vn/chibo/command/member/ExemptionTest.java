package vn.chibo.command.member;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chibo.command.organisation.DirectoryOf;
import vn.chibo.events.member.MemberContract.EndExemption;
import vn.chibo.events.member.MemberContract.ExemptionEnded;
import vn.chibo.events.member.MemberContract.ExemptionGranted;
import vn.chibo.events.member.MemberContract.GrantExemption;
import vn.chibo.events.member.MemberContract.MemberRegistered;
import vn.chibo.events.member.MembershipStatus;

import java.time.LocalDate;

/** Miễn sinh hoạt: granted for a period by a named organisation or member, and ended. */
class ExemptionTest {

    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
    private static final LocalDate DEC_31 = LocalDate.of(2026, 12, 31);
    private static final String REASON = "Tuổi cao, sức yếu";

    private AggregateTestFixture<Member> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Member.class);
        fixture.registerInjectableResource(new DirectoryOf().cell("thon-dong-man", "Chi bộ thôn Đồng Mận"));
        fixture.registerInjectableResource(new RosterOf().official("dv-bi-thu", "thon-dong-man", "Hoàng Văn Thái"));
    }

    @Test
    void theCellExemptsAMemberForAPeriod() {
        fixture.given(registered())
                .when(new GrantExemption("dv-1", " " + REASON + " ", JAN_1, DEC_31, "thon-dong-man"))
                .expectEvents(new ExemptionGranted("dv-1", "thon-dong-man", REASON, JAN_1, DEC_31, "thon-dong-man"));
    }

    @Test
    void anExemptionMayBeOpenEndedAndDecidedByAMember() {
        fixture.given(registered())
                .when(new GrantExemption("dv-1", REASON, JAN_1, null, "dv-bi-thu"))
                .expectEvents(new ExemptionGranted("dv-1", "thon-dong-man", REASON, JAN_1, null, "dv-bi-thu"));
    }

    @Test
    void whoDecidedMustBeKnown() {
        fixture.given(registered())
                .when(new GrantExemption("dv-1", REASON, JAN_1, DEC_31, "ai-do"))
                .expectExceptionMessage("member.exemption-decider-unknown [ai-do]");
    }

    @Test
    void aPeriodEndsAfterItStartsAndDoesNotOverlapAnother() {
        fixture.given(registered())
                .when(new GrantExemption("dv-1", REASON, DEC_31, JAN_1, "thon-dong-man"))
                .expectExceptionMessage("member.exemption-ends-before-start [2026-12-31, 2026-01-01]");
        fixture.given(registered(), granted(null))
                .when(new GrantExemption("dv-1", REASON, DEC_31, null, "thon-dong-man"))
                .expectExceptionMessage("member.already-exempt [2026-01-01, …]");
        fixture.given(registered(), granted(DEC_31))
                .when(new GrantExemption("dv-1", REASON, JAN_1.minusMonths(3), JAN_1, "thon-dong-man"))
                .expectExceptionMessage("member.already-exempt [2026-01-01, 2026-12-31]");
    }

    @Test
    void anExemptionIsEndedAndAnotherMayFollow() {
        var ended = new ExemptionEnded("dv-1", "thon-dong-man", LocalDate.of(2026, 6, 1));
        fixture.given(registered(), granted(null))
                .when(new EndExemption("dv-1", LocalDate.of(2026, 6, 1)))
                .expectEvents(ended);
        fixture.given(registered(), granted(null), ended)
                .when(new GrantExemption("dv-1", "Ốm dài ngày", LocalDate.of(2026, 9, 1), null, "thon-dong-man"))
                .expectEvents(new ExemptionGranted("dv-1", "thon-dong-man", "Ốm dài ngày", LocalDate.of(2026, 9, 1),
                        null, "thon-dong-man"));
    }

    @Test
    void onlyAnExemptionInForceIsEndedAndNotBeforeItStarted() {
        fixture.given(registered())
                .when(new EndExemption("dv-1", JAN_1))
                .expectExceptionMessage("member.not-exempt [2026-01-01]");
        fixture.given(registered(), granted(LocalDate.of(2026, 3, 31)))
                .when(new EndExemption("dv-1", LocalDate.of(2026, 6, 1)))
                .expectExceptionMessage("member.not-exempt [2026-06-01]");
        fixture.given(registered(), granted(DEC_31))
                .when(new EndExemption("dv-1", JAN_1.minusDays(1)))
                .expectExceptionMessage("member.exemption-end-before-start [2025-12-31, 2026-01-01]");
    }

    private static MemberRegistered registered() {
        return new MemberRegistered("dv-1", "thon-dong-man", "Nguyễn Văn Lộc", MembershipStatus.OFFICIAL,
                LocalDate.of(1975, 5, 1));
    }

    private static ExemptionGranted granted(LocalDate until) {
        return new ExemptionGranted("dv-1", "thon-dong-man", REASON, JAN_1, until, "thon-dong-man");
    }
}
