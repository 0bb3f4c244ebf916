package vn.chibo.command.organisation;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chibo.command.member.RosterOf;
import vn.chibo.events.organisation.OrganisationContract.AbsorbOrganisation;
import vn.chibo.events.organisation.OrganisationContract.DissolveOrganisation;
import vn.chibo.events.organisation.OrganisationContract.FormSplitPart;
import vn.chibo.events.organisation.OrganisationContract.MergeOrganisations;
import vn.chibo.events.organisation.OrganisationContract.MoveOrganisation;
import vn.chibo.events.organisation.OrganisationContract.OrganisationAbsorbed;
import vn.chibo.events.organisation.OrganisationContract.OrganisationCreated;
import vn.chibo.events.organisation.OrganisationContract.OrganisationDissolved;
import vn.chibo.events.organisation.OrganisationContract.OrganisationMoved;
import vn.chibo.events.organisation.OrganisationContract.OrganisationSplit;
import vn.chibo.events.organisation.OrganisationContract.OrganisationsMerged;
import vn.chibo.events.organisation.OrganisationContract.RenameOrganisation;
import vn.chibo.events.organisation.OrganisationContract.SplitOrganisation;
import vn.chibo.events.organisation.OrganisationContract.SplitPart;
import vn.chibo.events.organisation.OrganisationContract.SplitPartFormed;

import java.time.LocalDate;
import java.util.List;

import static vn.chibo.events.organisation.CellType.SCHOOL;
import static vn.chibo.events.organisation.CellType.VILLAGE;
import static vn.chibo.events.organisation.OrganisationKind.CELL;
import static vn.chibo.events.organisation.OrganisationKind.COMMITTEE;

/** Moving, merging, splitting and dissolving organisations of the tree. */
class ReorganisationTest {

    private static final LocalDate CREATED = LocalDate.of(2020, 1, 1);
    private static final LocalDate JULY_2025 = LocalDate.of(2025, 7, 1);

    private AggregateTestFixture<Organisation> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Organisation.class);
        fixture.registerInjectableResource(new DirectoryOf()
                .committee("tinh", "Tỉnh ủy Bắc Giang")
                .committee("huyen", "Huyện ủy Lục Ngạn", "tinh")
                .committee("huyen-son-dong", "Huyện ủy Sơn Động", "tinh")
                .committee("xa-bien-son", "Đảng ủy xã Biên Sơn", "huyen")
                .cell("thon-dong-man", "Chi bộ thôn Đồng Mận", "xa-bien-son")
                .cell("thon-ke", "Chi bộ thôn Kè", "xa-bien-son")
                .committee("xa-kien-lao", "Đảng ủy xã Kiên Lao", "huyen")
                .committee("xa-cu", "Đảng ủy xã Cũ", "huyen").ended("xa-cu"));
        fixture.registerInjectableResource(new RosterOf()
                .official("dv-1", "thon-dong-man", "Nguyễn Văn An")
                .probationary("dv-2", "thon-dong-man", "Trần Thị Bình"));
    }

    // --- move ---

    @Test
    void aCommuneCommitteeMovesUnderTheProvinceWhenTheDistrictLevelIsRemoved() {
        fixture.given(committee("xa-bien-son", "Đảng ủy xã Biên Sơn", "huyen"))
                .when(new MoveOrganisation("xa-bien-son", "tinh", JULY_2025))
                .expectEvents(new OrganisationMoved("xa-bien-son", "tinh", "huyen", JULY_2025));
    }

    @Test
    void anOrganisationCannotMoveUnderItselfOrBelowItself() {
        fixture.given(committee("huyen", "Huyện ủy Lục Ngạn", "tinh"))
                .when(new MoveOrganisation("huyen", "xa-bien-son", JULY_2025))
                .expectExceptionMessage("organisation.move-creates-cycle [Đảng ủy xã Biên Sơn]")
                .expectNoEvents();
        fixture.given(committee("huyen", "Huyện ủy Lục Ngạn", "tinh"))
                .when(new MoveOrganisation("huyen", "huyen", JULY_2025))
                .expectExceptionMessage("organisation.move-creates-cycle [Huyện ủy Lục Ngạn]");
    }

    @Test
    void nothingMovesUnderACellAnEndedOrAnUnknownOrganisation() {
        fixture.given(committee("xa-kien-lao", "Đảng ủy xã Kiên Lao", "huyen"))
                .when(new MoveOrganisation("xa-kien-lao", "thon-dong-man", JULY_2025))
                .expectExceptionMessage("organisation.cell-cannot-have-children [Chi bộ thôn Đồng Mận]");
        fixture.given(committee("xa-kien-lao", "Đảng ủy xã Kiên Lao", "huyen"))
                .when(new MoveOrganisation("xa-kien-lao", "xa-cu", JULY_2025))
                .expectExceptionMessage("organisation.parent-ended [Đảng ủy xã Cũ]");
        fixture.given(committee("xa-kien-lao", "Đảng ủy xã Kiên Lao", "huyen"))
                .when(new MoveOrganisation("xa-kien-lao", "khong-co", JULY_2025))
                .expectExceptionMessage("organisation.parent-unknown [khong-co]");
    }

    @Test
    void movingUnderTheCurrentParentIsRefused() {
        fixture.given(committee("xa-kien-lao", "Đảng ủy xã Kiên Lao", "huyen"))
                .when(new MoveOrganisation("xa-kien-lao", "huyen", JULY_2025))
                .expectExceptionMessage("organisation.already-under [Huyện ủy Lục Ngạn]");
    }

    @Test
    void changesAreRecordedInDateOrder() {
        fixture.given(committee("xa-bien-son", "Đảng ủy xã Biên Sơn", "huyen"),
                        new OrganisationMoved("xa-bien-son", "tinh", "huyen", JULY_2025))
                .when(new MoveOrganisation("xa-bien-son", "huyen-son-dong", JULY_2025.minusMonths(1)))
                .expectExceptionMessage("organisation.effective-before-last-change [2025-06-01, 2025-07-01]");
    }

    @Test
    void anOrganisationThatEndedAcceptsNothing() {
        var dissolved = new OrganisationDissolved("xa-kien-lao", JULY_2025);
        String ended = "organisation.ended [Đảng ủy xã Kiên Lao, 2025-07-01]";
        fixture.given(committee("xa-kien-lao", "Đảng ủy xã Kiên Lao", "huyen"), dissolved)
                .when(new MoveOrganisation("xa-kien-lao", "tinh", JULY_2025.plusDays(1)))
                .expectExceptionMessage(ended);
        fixture.given(committee("xa-kien-lao", "Đảng ủy xã Kiên Lao", "huyen"), dissolved)
                .when(new MergeOrganisations("xa-kien-lao", List.of("xa-bien-son"), JULY_2025.plusDays(1)))
                .expectExceptionMessage(ended);
        fixture.given(committee("xa-kien-lao", "Đảng ủy xã Kiên Lao", "huyen"), dissolved)
                .when(new DissolveOrganisation("xa-kien-lao", JULY_2025.plusDays(1)))
                .expectExceptionMessage(ended);
        fixture.given(committee("xa-kien-lao", "Đảng ủy xã Kiên Lao", "huyen"), dissolved)
                .when(new AbsorbOrganisation("xa-kien-lao", "xa-bien-son", JULY_2025.plusDays(1)))
                .expectExceptionMessage(ended);
    }

    // --- merge ---

    @Test
    void theSurvivorRecordsWhichOrganisationsItAbsorbsAndFromWhen() {
        fixture.given(committee("xa-bien-son", "Đảng ủy xã Biên Sơn", "huyen"))
                .when(new MergeOrganisations("xa-bien-son", List.of("xa-kien-lao"), JULY_2025))
                .expectEvents(new OrganisationsMerged("xa-bien-son", List.of("xa-kien-lao"), JULY_2025));
    }

    @Test
    void anAbsorbedOrganisationEndsAndThenAcceptsNothing() {
        var created = committee("xa-kien-lao", "Đảng ủy xã Kiên Lao", "huyen");
        var absorbed = new OrganisationAbsorbed("xa-kien-lao", "xa-bien-son", JULY_2025);
        fixture.given(created)
                .when(new AbsorbOrganisation("xa-kien-lao", "xa-bien-son", JULY_2025))
                .expectEvents(absorbed);
        fixture.given(created, absorbed)
                .when(new RenameOrganisation("xa-kien-lao", "Đảng ủy xã Kiên Lao mới", JULY_2025))
                .expectExceptionMessage("organisation.ended [Đảng ủy xã Kiên Lao, 2025-07-01]");
    }

    @Test
    void onlyOtherLiveOrganisationsOfTheSameKindAreMergedEachOnce() {
        var survivor = committee("xa-bien-son", "Đảng ủy xã Biên Sơn", "huyen");
        fixture.given(survivor)
                .when(new MergeOrganisations("xa-bien-son", List.of("xa-bien-son"), JULY_2025))
                .expectExceptionMessage("organisation.merge-into-itself []");
        fixture.given(survivor)
                .when(new MergeOrganisations("xa-bien-son", List.of("xa-kien-lao", "xa-kien-lao"), JULY_2025))
                .expectExceptionMessage("organisation.listed-twice [xa-kien-lao]");
        fixture.given(survivor)
                .when(new MergeOrganisations("xa-bien-son", List.of("khong-co"), JULY_2025))
                .expectExceptionMessage("organisation.unknown [khong-co]");
        fixture.given(survivor)
                .when(new MergeOrganisations("xa-bien-son", List.of("xa-cu"), JULY_2025))
                .expectExceptionMessage("organisation.merge-absorbs-ended [Đảng ủy xã Cũ]");
        fixture.given(survivor)
                .when(new MergeOrganisations("xa-bien-son", List.of("thon-ke"), JULY_2025))
                .expectExceptionMessage("organisation.merge-kind-mismatch [Chi bộ thôn Kè]");
    }

    @Test
    void aSurvivorCannotAbsorbWhatStandsAboveIt() {
        fixture.given(committee("xa-bien-son", "Đảng ủy xã Biên Sơn", "huyen"))
                .when(new MergeOrganisations("xa-bien-son", List.of("huyen"), JULY_2025))
                .expectExceptionMessage("organisation.merge-absorbs-ancestor [Huyện ủy Lục Ngạn]");
    }

    @Test
    void aMergeListsAnAbsorbedCommitteeButNotWhatStandsBelowIt() {
        fixture.given(committee("huyen-son-dong", "Huyện ủy Sơn Động", "tinh"))
                .when(new MergeOrganisations("huyen-son-dong", List.of("huyen", "xa-bien-son"), JULY_2025))
                .expectExceptionMessage("organisation.merge-nested [Đảng ủy xã Biên Sơn, Huyện ủy Lục Ngạn]");
    }

    // --- split ---

    @Test
    void aCellSplitsIntoNewCellsThatTakeAllItsMembers() {
        fixture.given(cell("thon-dong-man", "Chi bộ thôn Đồng Mận"))
                .when(new SplitOrganisation("thon-dong-man", List.of(
                        new SplitPart("thon-dong-man-1", " Chi bộ thôn Đồng Mận 1 ", null, List.of("dv-1")),
                        new SplitPart("truong-dong-man", "Chi bộ trường Đồng Mận", SCHOOL, List.of("dv-2"))), JULY_2025))
                .expectEvents(new OrganisationSplit("thon-dong-man", CELL, "Chi bộ trực thuộc", "xa-bien-son", List.of(
                        new SplitPart("thon-dong-man-1", "Chi bộ thôn Đồng Mận 1", VILLAGE, List.of("dv-1")),
                        new SplitPart("truong-dong-man", "Chi bộ trường Đồng Mận", SCHOOL, List.of("dv-2"))), JULY_2025));
    }

    @Test
    void aCommitteeSplitHandsOverTheOrganisationsBelowIt() {
        var parts = List.of(new SplitPart("xa-bien-son-a", "Đảng ủy xã Biên Sơn A", null, List.of("thon-dong-man")),
                new SplitPart("xa-bien-son-b", "Đảng ủy xã Biên Sơn B", null, List.of("thon-ke")));
        fixture.given(committee("xa-bien-son", "Đảng ủy xã Biên Sơn", "huyen"))
                .when(new SplitOrganisation("xa-bien-son", parts, JULY_2025))
                .expectEvents(new OrganisationSplit("xa-bien-son", COMMITTEE, "Đảng ủy cơ sở", "huyen", parts, JULY_2025));
    }

    @Test
    void everyMemberGoesToExactlyOneNewPart() {
        var cell = cell("thon-dong-man", "Chi bộ thôn Đồng Mận");
        fixture.given(cell)
                .when(split(List.of("dv-1"), List.of()))
                .expectExceptionMessage("organisation.split-leaves-behind [Trần Thị Bình]");
        fixture.given(cell)
                .when(split(List.of("dv-1", "dv-2"), List.of("dv-9")))
                .expectExceptionMessage("organisation.split-takes-unknown [dv-9]");
        fixture.given(cell)
                .when(split(List.of("dv-1", "dv-2"), List.of("dv-1")))
                .expectExceptionMessage("organisation.listed-twice [dv-1]");
    }

    @Test
    void thePartsAreNewOrganisations() {
        fixture.given(cell("thon-dong-man", "Chi bộ thôn Đồng Mận"))
                .when(new SplitOrganisation("thon-dong-man", List.of(
                        new SplitPart("thon-ke", "Chi bộ thôn Kè", null, List.of("dv-1")),
                        new SplitPart("thon-moi", "Chi bộ thôn Mới", null, List.of("dv-2"))), JULY_2025))
                .expectExceptionMessage("organisation.split-part-exists [thon-ke]");
    }

    @Test
    void theCommitteePartsOfASplitHaveNoCellType() {
        fixture.given(committee("xa-bien-son", "Đảng ủy xã Biên Sơn", "huyen"))
                .when(new SplitOrganisation("xa-bien-son", List.of(
                        new SplitPart("xa-a", "Đảng ủy xã A", VILLAGE, List.of("thon-dong-man")),
                        new SplitPart("xa-b", "Đảng ủy xã B", null, List.of("thon-ke"))), JULY_2025))
                .expectExceptionMessage("organisation.committee-has-no-cell-type []");
    }

    @Test
    void aPartIsCreatedAndRecordsWhereItCameFrom() {
        fixture.givenNoPriorActivity()
                .when(new FormSplitPart("thon-dong-man-1", "thon-dong-man", "Chi bộ thôn Đồng Mận 1", CELL,
                        "Chi bộ trực thuộc", VILLAGE, "xa-bien-son", List.of("dv-1"), JULY_2025))
                .expectEvents(new OrganisationCreated("thon-dong-man-1", "Chi bộ thôn Đồng Mận 1", CELL,
                                "Chi bộ trực thuộc", VILLAGE, "xa-bien-son", JULY_2025),
                        new SplitPartFormed("thon-dong-man-1", "thon-dong-man", List.of("dv-1"), JULY_2025));
    }

    // --- dissolve ---

    @Test
    void anEmptyCellIsDissolved() {
        fixture.given(cell("thon-ke", "Chi bộ thôn Kè"))
                .when(new DissolveOrganisation("thon-ke", JULY_2025))
                .expectEvents(new OrganisationDissolved("thon-ke", JULY_2025));
    }

    @Test
    void aCellIsNotDissolvedWithMembersStillInIt() {
        fixture.given(cell("thon-dong-man", "Chi bộ thôn Đồng Mận"))
                .when(new DissolveOrganisation("thon-dong-man", JULY_2025))
                .expectExceptionMessage("organisation.dissolve-has-members [Chi bộ thôn Đồng Mận, 2]");
    }

    @Test
    void aCommitteeIsNotDissolvedWithOrganisationsStillUnderIt() {
        fixture.given(committee("xa-bien-son", "Đảng ủy xã Biên Sơn", "huyen"))
                .when(new DissolveOrganisation("xa-bien-son", JULY_2025))
                .expectExceptionMessage("organisation.dissolve-has-organisations-below [Đảng ủy xã Biên Sơn, 2]");
    }

    private static SplitOrganisation split(List<String> first, List<String> second) {
        return new SplitOrganisation("thon-dong-man", List.of(
                new SplitPart("thon-dong-man-1", "Chi bộ thôn Đồng Mận 1", null, first),
                new SplitPart("thon-dong-man-2", "Chi bộ thôn Đồng Mận 2", null, second)), JULY_2025);
    }

    private static OrganisationCreated committee(String id, String name, String parentId) {
        return new OrganisationCreated(id, name, COMMITTEE, "Đảng ủy cơ sở", null, parentId, CREATED);
    }

    private static OrganisationCreated cell(String id, String name) {
        return new OrganisationCreated(id, name, CELL, "Chi bộ trực thuộc", VILLAGE, "xa-bien-son", CREATED);
    }
}
