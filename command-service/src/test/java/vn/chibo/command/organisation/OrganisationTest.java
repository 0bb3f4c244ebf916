package vn.chibo.command.organisation;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chibo.command.command.RuleViolation;
import vn.chibo.command.member.RosterOf;
import vn.chibo.events.organisation.CellType;
import vn.chibo.events.organisation.OrganisationContract;
import vn.chibo.events.organisation.OrganisationContract.CreateOrganisation;
import vn.chibo.events.organisation.OrganisationContract.OrganisationCreated;
import vn.chibo.events.organisation.OrganisationContract.OrganisationRenamed;
import vn.chibo.events.organisation.OrganisationContract.RenameOrganisation;

import java.time.LocalDate;

import static vn.chibo.events.organisation.OrganisationKind.CELL;
import static vn.chibo.events.organisation.OrganisationKind.COMMITTEE;

class OrganisationTest {

    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);

    private AggregateTestFixture<Organisation> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Organisation.class);
        fixture.registerInjectableResource(new DirectoryOf()
                .committee("xa-bien-son", "Đảng ủy xã Biên Sơn")
                .cell("thon-dong-man", "Chi bộ thôn Đồng Mận")
                .committee("tinh-bac-giang", "Tỉnh ủy Bắc Giang")
                .committee("xa-cu", "Đảng ủy xã Cũ").ended("xa-cu"));
        fixture.registerInjectableResource(new RosterOf());
    }

    @Test
    void levelsAreDataSoThePost2025TreeIsCreatedLikeTheOldOne() {
        fixture.givenNoPriorActivity()
                .when(new CreateOrganisation("xa-bien-son-2025", "Đảng ủy xã Biên Sơn", COMMITTEE, "Đảng ủy xã, phường",
                        null, "tinh-bac-giang", LocalDate.of(2025, 7, 1)))
                .expectEvents(new OrganisationCreated("xa-bien-son-2025", "Đảng ủy xã Biên Sơn", COMMITTEE,
                        "Đảng ủy xã, phường", null, "tinh-bac-giang", LocalDate.of(2025, 7, 1)));
    }

    @Test
    void nothingIsCreatedUnderAnOrganisationThatEnded() {
        fixture.givenNoPriorActivity()
                .when(new CreateOrganisation("x", "Chi bộ X", CELL, "Chi bộ", CellType.SCHOOL, "xa-cu", JAN_1))
                .expectExceptionMessage("organisation.parent-ended [Đảng ủy xã Cũ]");
    }

    @Test
    void aRootCommitteeNeedsNoParent() {
        fixture.givenNoPriorActivity()
                .when(new CreateOrganisation("tinh", "Tỉnh ủy Bắc Giang", COMMITTEE, "Tỉnh ủy", null, null, JAN_1))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new OrganisationCreated("tinh", "Tỉnh ủy Bắc Giang", COMMITTEE, "Tỉnh ủy", null, null, JAN_1));
    }

    @Test
    void aCellIsCreatedUnderACommittee() {
        fixture.givenNoPriorActivity()
                .when(new CreateOrganisation("thon-ke", "  Chi bộ thôn Kè ", CELL, "Chi bộ trực thuộc",
                        CellType.VILLAGE, "xa-bien-son", JAN_1))
                .expectEvents(new OrganisationCreated("thon-ke", "Chi bộ thôn Kè", CELL, "Chi bộ trực thuộc",
                        CellType.VILLAGE, "xa-bien-son", JAN_1));
    }

    @Test
    void theParentMustExist() {
        fixture.givenNoPriorActivity()
                .when(new CreateOrganisation("x", "Chi bộ X", CELL, "Chi bộ", CellType.SCHOOL, "khong-co", JAN_1))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("organisation.parent-unknown [khong-co]")
                .expectNoEvents();
    }

    @Test
    void aCellCannotHaveOrganisationsBelowIt() {
        fixture.givenNoPriorActivity()
                .when(new CreateOrganisation("x", "Chi bộ X", CELL, "Chi bộ", CellType.SCHOOL, "thon-dong-man", JAN_1))
                .expectExceptionMessage("organisation.cell-cannot-have-children [Chi bộ thôn Đồng Mận]");
    }

    @Test
    void aCellMustHaveAParent() {
        fixture.givenNoPriorActivity()
                .when(new CreateOrganisation("x", "Chi bộ X", CELL, "Chi bộ", CellType.SCHOOL, null, JAN_1))
                .expectExceptionMessage("organisation.cell-needs-parent []");
    }

    @Test
    void aCellMustHaveACellTypeAndACommitteeNone() {
        fixture.givenNoPriorActivity()
                .when(new CreateOrganisation("x", "Chi bộ X", CELL, "Chi bộ", null, "xa-bien-son", JAN_1))
                .expectExceptionMessage("organisation.cell-type-required []");
        fixture.givenNoPriorActivity()
                .when(new CreateOrganisation("y", "Đảng ủy Y", COMMITTEE, "Đảng ủy", CellType.AGENCY, "xa-bien-son", JAN_1))
                .expectExceptionMessage("organisation.committee-has-no-cell-type []");
    }

    @Test
    void renamingRecordsThePreviousName() {
        fixture.given(created())
                .when(new RenameOrganisation("xa-chu", "Đảng ủy phường Chũ", LocalDate.of(2025, 7, 1)))
                .expectEvents(new OrganisationRenamed("xa-chu", "Đảng ủy phường Chũ", "Đảng ủy thị trấn Chũ",
                        LocalDate.of(2025, 7, 1)));
    }

    @Test
    void renamingToTheSameNameIsRefused() {
        fixture.given(created())
                .when(new RenameOrganisation("xa-chu", "Đảng ủy thị trấn Chũ", LocalDate.of(2025, 7, 1)))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aRenameCannotTakeEffectBeforeTheOrganisationExisted() {
        fixture.given(created())
                .when(new RenameOrganisation("xa-chu", "Đảng ủy phường Chũ", LocalDate.of(2019, 12, 31)))
                .expectExceptionMessage("organisation.effective-before-creation [2019-12-31, 2020-01-01]");
    }

    @Test
    void anOrganisationThatEndedIsNotRenamed() {
        fixture.given(created(), new OrganisationContract.OrganisationDissolved("xa-chu", LocalDate.of(2025, 7, 1)))
                .when(new RenameOrganisation("xa-chu", "Đảng ủy phường Chũ", LocalDate.of(2025, 8, 1)))
                .expectExceptionMessage("organisation.ended [Đảng ủy thị trấn Chũ, 2025-07-01]");
    }

    private static OrganisationCreated created() {
        return new OrganisationCreated("xa-chu", "Đảng ủy thị trấn Chũ", COMMITTEE, "Đảng ủy cơ sở", null,
                "huyen-luc-ngan", LocalDate.of(2020, 1, 1));
    }
}
