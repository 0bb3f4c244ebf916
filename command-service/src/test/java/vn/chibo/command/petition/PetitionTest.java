package vn.chibo.command.petition;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chibo.command.command.RuleViolation;
import vn.chibo.command.organisation.DirectoryOf;
import vn.chibo.command.organisation.OrganisationDirectory.Entry;
import vn.chibo.events.organisation.OrganisationKind;
import vn.chibo.events.petition.PetitionContract.AnswerPetition;
import vn.chibo.events.petition.PetitionContract.EscalatePetition;
import vn.chibo.events.petition.PetitionContract.ForwardPetition;
import vn.chibo.events.petition.PetitionContract.PetitionAnswered;
import vn.chibo.events.petition.PetitionContract.PetitionEscalated;
import vn.chibo.events.petition.PetitionContract.PetitionForwarded;
import vn.chibo.events.petition.PetitionContract.PetitionRaised;
import vn.chibo.events.petition.PetitionContract.RaisePetition;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

class PetitionTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalDate MARCH_5 = LocalDate.of(2026, 3, 5);
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    /** Cell → commune committee → district committee → province committee, the root. */
    private static final DirectoryOf TREE = new DirectoryOf()
            .cell("thon-dong-man", "Chi bộ thôn Đồng Mận", "xa-bien-son")
            .committee("xa-bien-son", "Đảng ủy xã Biên Sơn", "huyen-luc-ngan")
            .committee("huyen-luc-ngan", "Huyện ủy Lục Ngạn", "tinh-bac-giang")
            .committee("tinh-bac-giang", "Tỉnh ủy Bắc Giang");

    private AggregateTestFixture<Petition> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Petition.class);
        fixture.registerInjectableResource(TREE);
        fixture.registerInjectableResource(Clock.fixed(TODAY.atTime(9, 0).atZone(VIETNAM).toInstant(), VIETNAM));
    }

    @Test
    void aPetitionIsRaisedAtACellsMeeting() {
        fixture.givenNoPriorActivity()
                .when(new RaisePetition("kn-1", "sh-3", "thon-dong-man", " Sửa đường liên thôn ", "dv-1", MARCH_5))
                .expectEvents(raised());
    }

    @Test
    void onlyAnExistingCellRaisesPetitionsHere() {
        fixture.givenNoPriorActivity()
                .when(new RaisePetition("kn-1", "sh-3", "khong-co", "Sửa đường", null, MARCH_5))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("petition.cell-unknown [khong-co]");
        fixture.givenNoPriorActivity()
                .when(new RaisePetition("kn-1", "sh-3", "xa-bien-son", "Sửa đường", null, MARCH_5))
                .expectExceptionMessage("petition.not-a-cell [Đảng ủy xã Biên Sơn]");
        fixture.givenNoPriorActivity()
                .when(new RaisePetition("kn-1", "sh-3", "thon-dong-man", "Sửa đường", null, TODAY.plusDays(1)))
                .expectExceptionMessage("petition.date-in-future [2026-06-16]");
    }

    @Test
    void itIsForwardedToTheCellsSuperiorCommitteeOnce() {
        fixture.given(raised())
                .when(new ForwardPetition("kn-1", MARCH_5.plusDays(2)))
                .expectEvents(forwarded());
        fixture.given(raised(), forwarded())
                .when(new ForwardPetition("kn-1", MARCH_5.plusDays(3)))
                .expectExceptionMessage("petition.already-forwarded []");
    }

    @Test
    void theCommitteeHoldingItAnswers() {
        fixture.given(raised(), forwarded())
                .when(new AnswerPetition("kn-1", "dv-bi-thu-xa", " Đã đưa vào kế hoạch năm 2026 ", MARCH_5.plusDays(20)))
                .expectEvents(new PetitionAnswered("kn-1", "xa-bien-son", "dv-bi-thu-xa",
                        "Đã đưa vào kế hoạch năm 2026", MARCH_5.plusDays(20)));
        fixture.given(raised(), forwarded(), escalated())
                .when(new AnswerPetition("kn-1", "huyen-luc-ngan", "Bố trí vốn năm 2027", MARCH_5.plusDays(40)))
                .expectEvents(new PetitionAnswered("kn-1", "huyen-luc-ngan", "huyen-luc-ngan", "Bố trí vốn năm 2027",
                        MARCH_5.plusDays(40)));
    }

    @Test
    void nothingIsAnsweredOrEscalatedBeforeItIsSentUp() {
        fixture.given(raised())
                .when(new AnswerPetition("kn-1", "dv-bi-thu-xa", "Đã xử lý", MARCH_5.plusDays(20)))
                .expectExceptionMessage("petition.not-forwarded []");
        fixture.given(raised())
                .when(new EscalatePetition("kn-1", "Vượt thẩm quyền", MARCH_5.plusDays(20)))
                .expectExceptionMessage("petition.not-forwarded []");
    }

    @Test
    void itIsEscalatedOneLevelAtATime() {
        fixture.given(raised(), forwarded())
                .when(new EscalatePetition("kn-1", " Vượt thẩm quyền xã ", MARCH_5.plusDays(10)))
                .expectEvents(escalated());
        fixture.given(raised(), forwarded(), escalated())
                .when(new EscalatePetition("kn-1", "Cần vốn tỉnh", MARCH_5.plusDays(30)))
                .expectEvents(new PetitionEscalated("kn-1", "huyen-luc-ngan", "tinh-bac-giang", "Cần vốn tỉnh",
                        MARCH_5.plusDays(30)));
    }

    @Test
    void notBeyondTheRoot() {
        fixture.given(raised(), forwarded(), escalated(),
                        new PetitionEscalated("kn-1", "huyen-luc-ngan", "tinh-bac-giang", "Cần vốn tỉnh", MARCH_5.plusDays(30)))
                .when(new EscalatePetition("kn-1", "Cần trung ương", MARCH_5.plusDays(40)))
                .expectExceptionMessage("petition.no-higher-level [Tỉnh ủy Bắc Giang]");
    }

    @Test
    void anAnsweredPetitionAcceptsNothingMore() {
        var answered = new PetitionAnswered("kn-1", "xa-bien-son", "dv-bi-thu-xa", "Đã xử lý", MARCH_5.plusDays(20));
        fixture.given(raised(), forwarded(), answered)
                .when(new AnswerPetition("kn-1", "dv-bi-thu-xa", "Trả lời lại", MARCH_5.plusDays(21)))
                .expectExceptionMessage("petition.already-answered []");
        fixture.given(raised(), forwarded(), answered)
                .when(new EscalatePetition("kn-1", "Chưa thỏa đáng", MARCH_5.plusDays(21)))
                .expectExceptionMessage("petition.already-answered []");
        fixture.given(raised(), forwarded(), answered)
                .when(new ForwardPetition("kn-1", MARCH_5.plusDays(21)))
                .expectExceptionMessage("petition.already-answered []");
    }

    @Test
    void eachStepFollowsThePreviousAndIsNotDatedAhead() {
        fixture.given(raised())
                .when(new ForwardPetition("kn-1", MARCH_5.minusDays(1)))
                .expectExceptionMessage("petition.before-previous-step [2026-03-04, 2026-03-05]");
        fixture.given(raised(), forwarded())
                .when(new AnswerPetition("kn-1", "dv-bi-thu-xa", "Đã xử lý", TODAY.plusDays(1)))
                .expectExceptionMessage("petition.date-in-future [2026-06-16]");
    }

    private static PetitionRaised raised() {
        return new PetitionRaised("kn-1", "sh-3", "thon-dong-man", "Sửa đường liên thôn", "dv-1", MARCH_5);
    }

    private static PetitionForwarded forwarded() {
        return new PetitionForwarded("kn-1", "thon-dong-man", "xa-bien-son", MARCH_5.plusDays(2));
    }

    private static PetitionEscalated escalated() {
        return new PetitionEscalated("kn-1", "xa-bien-son", "huyen-luc-ngan", "Vượt thẩm quyền xã", MARCH_5.plusDays(10));
    }
}
