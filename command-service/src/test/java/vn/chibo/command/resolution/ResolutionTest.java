package vn.chibo.command.resolution;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chibo.command.command.RuleViolation;
import vn.chibo.command.organisation.DirectoryOf;
import vn.chibo.events.resolution.ResolutionContract.AdoptResolution;
import vn.chibo.events.resolution.ResolutionContract.AmendResolution;
import vn.chibo.events.resolution.ResolutionContract.ResolutionAdopted;
import vn.chibo.events.resolution.ResolutionContract.ResolutionAmended;
import vn.chibo.events.resolution.ResolutionContract.ResolutionSuperseded;
import vn.chibo.events.resolution.ResolutionContract.SupersedeResolution;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import static vn.chibo.events.resolution.ResolutionKind.CONCLUSION;
import static vn.chibo.events.resolution.ResolutionKind.RESOLUTION;

class ResolutionTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalDate MARCH_5 = LocalDate.of(2026, 3, 5);
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    private AggregateTestFixture<Resolution> fixture;
    private ResolutionsOf resolutions;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Resolution.class);
        fixture.registerInjectableResource(new DirectoryOf()
                .committee("xa-bien-son", "Đảng ủy xã Biên Sơn")
                .cell("thon-dong-man", "Chi bộ thôn Đồng Mận")
                .cell("thon-kep", "Chi bộ thôn Kép"));
        fixture.registerInjectableResource(Clock.fixed(TODAY.atTime(9, 0).atZone(VIETNAM).toInstant(), VIETNAM));
        resolutions = new ResolutionsOf();
        fixture.registerInjectableResource(resolutions);
    }

    @Test
    void aCellsMeetingAdoptsAResolutionAsWritten() {
        fixture.givenNoPriorActivity()
                .when(new AdoptResolution("nq-3", "sh-3", "thon-dong-man", RESOLUTION, " ", " Nghị quyết tháng 3 ",
                        " Tập trung chăm sóc vải thiều. ", MARCH_5))
                .expectEvents(new ResolutionAdopted("nq-3", "sh-3", "thon-dong-man", RESOLUTION, null,
                        "Nghị quyết tháng 3", "Tập trung chăm sóc vải thiều.", MARCH_5));
    }

    @Test
    void onlyAnExistingCellAdoptsHere() {
        fixture.givenNoPriorActivity()
                .when(adopt("nq-3", "khong-co", MARCH_5))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("resolution.organisation-unknown [khong-co]");
        fixture.givenNoPriorActivity()
                .when(adopt("nq-3", "xa-bien-son", MARCH_5))
                .expectExceptionMessage("resolution.not-a-cell [Đảng ủy xã Biên Sơn]");
    }

    @Test
    void anAdoptionStillToComeIsNotRecorded() {
        fixture.givenNoPriorActivity()
                .when(adopt("nq-3", "thon-dong-man", TODAY.plusDays(1)))
                .expectExceptionMessage("resolution.adopted-in-future [2026-06-16]");
    }

    @Test
    void anAmendmentSaysWhatChangedWhoAndWhyAndIsNumbered() {
        fixture.given(adopted("nq-3", MARCH_5), new ResolutionAmended("nq-3", 1, "Bỏ mục 2", "dv-1", "Trùng", MARCH_5))
                .when(new AmendResolution("nq-3", " Thêm mục 4 ", "dv-2", " Thiếu việc thu quỹ ", MARCH_5.plusDays(3)))
                .expectEvents(new ResolutionAmended("nq-3", 2, "Thêm mục 4", "dv-2", "Thiếu việc thu quỹ",
                        MARCH_5.plusDays(3)));
    }

    @Test
    void anAmendmentFallsBetweenTheAdoptionAndToday() {
        fixture.given(adopted("nq-3", MARCH_5))
                .when(new AmendResolution("nq-3", "Thêm mục 4", "dv-2", "Thiếu", MARCH_5.minusDays(1)))
                .expectExceptionMessage("resolution.amended-before-adoption [2026-03-04, 2026-03-05]");
        fixture.given(adopted("nq-3", MARCH_5))
                .when(new AmendResolution("nq-3", "Thêm mục 4", "dv-2", "Thiếu", TODAY.plusDays(1)))
                .expectExceptionMessage("resolution.amended-in-future [2026-06-16]");
    }

    @Test
    void aSupersededResolutionIsNotAmended() {
        fixture.given(adopted("nq-3", MARCH_5), superseded("nq-3", "nq-4"))
                .when(new AmendResolution("nq-3", "Thêm mục 4", "dv-2", "Thiếu", MARCH_5.plusDays(3)))
                .expectExceptionMessage("resolution.superseded [nq-4]")
                .expectNoEvents();
    }

    @Test
    void aLaterResolutionOfTheSameCellSupersedesAsOfItsAdoption() {
        resolutions.with(entry("nq-4", "thon-dong-man", MARCH_5.plusMonths(1)));
        fixture.given(adopted("nq-3", MARCH_5))
                .when(new SupersedeResolution("nq-3", "nq-4", " Điều chỉnh chỉ tiêu "))
                .expectEvents(new ResolutionSuperseded("nq-3", "nq-4", "Điều chỉnh chỉ tiêu", MARCH_5.plusMonths(1)));
    }

    @Test
    void aResolutionIsSupersededOnce() {
        resolutions.with(entry("nq-5", "thon-dong-man", MARCH_5.plusMonths(2)));
        fixture.given(adopted("nq-3", MARCH_5), superseded("nq-3", "nq-4"))
                .when(new SupersedeResolution("nq-3", "nq-5", "Lại điều chỉnh"))
                .expectExceptionMessage("resolution.superseded [nq-4]");
    }

    @Test
    void aResolutionDoesNotSupersedeItself() {
        resolutions.with(entry("nq-3", "thon-dong-man", MARCH_5));
        fixture.given(adopted("nq-3", MARCH_5))
                .when(new SupersedeResolution("nq-3", "nq-3", "Nhầm"))
                .expectExceptionMessage("resolution.supersedes-itself []");
    }

    @Test
    void theSuccessorMustHaveBeenRecorded() {
        fixture.given(adopted("nq-3", MARCH_5))
                .when(new SupersedeResolution("nq-3", "nq-9", "Điều chỉnh"))
                .expectExceptionMessage("resolution.successor-unknown [nq-9]");
    }

    @Test
    void onlyAResolutionOfTheSameCellSupersedes() {
        resolutions.with(entry("nq-kep", "thon-kep", MARCH_5.plusMonths(1)));
        fixture.given(adopted("nq-3", MARCH_5))
                .when(new SupersedeResolution("nq-3", "nq-kep", "Điều chỉnh"))
                .expectExceptionMessage("resolution.successor-of-other-organisation [nq-kep]");
    }

    @Test
    void onlyALaterResolutionSupersedes() {
        resolutions.with(entry("nq-2", "thon-dong-man", MARCH_5.minusMonths(1)));
        fixture.given(adopted("nq-3", MARCH_5))
                .when(new SupersedeResolution("nq-3", "nq-2", "Điều chỉnh"))
                .expectExceptionMessage("resolution.successor-older [nq-2, 2026-02-05, 2026-03-05]");
    }

    @Test
    void aSupersededResolutionSupersedesNothing() {
        resolutions.with(new ResolutionDirectory.Entry("nq-4", "sh-4", "thon-dong-man", MARCH_5.plusMonths(1),
                "nq-5", null));
        fixture.given(adopted("nq-3", MARCH_5))
                .when(new SupersedeResolution("nq-3", "nq-4", "Điều chỉnh"))
                .expectExceptionMessage("resolution.successor-superseded [nq-4, nq-5]");
    }

    @Test
    void aResolutionSupersedesOnlyOneOther() {
        resolutions.with(new ResolutionDirectory.Entry("nq-4", "sh-4", "thon-dong-man", MARCH_5.plusMonths(1),
                null, "nq-1"));
        fixture.given(adopted("nq-3", MARCH_5))
                .when(new SupersedeResolution("nq-3", "nq-4", "Điều chỉnh"))
                .expectExceptionMessage("resolution.successor-already-supersedes [nq-4, nq-1]");
    }

    private static AdoptResolution adopt(String id, String organisation, LocalDate on) {
        return new AdoptResolution(id, "sh-3", organisation, CONCLUSION, "05-KL/CB", "Kết luận", "Nội dung", on);
    }

    private static ResolutionAdopted adopted(String id, LocalDate on) {
        return new ResolutionAdopted(id, "sh-3", "thon-dong-man", RESOLUTION, "05-NQ/CB", "Nghị quyết", "Nội dung", on);
    }

    private static ResolutionSuperseded superseded(String id, String by) {
        return new ResolutionSuperseded(id, by, "Điều chỉnh", MARCH_5.plusMonths(1));
    }

    private static ResolutionDirectory.Entry entry(String id, String organisation, LocalDate adoptedOn) {
        return new ResolutionDirectory.Entry(id, "sh-" + id, organisation, adoptedOn, null, null);
    }
}
