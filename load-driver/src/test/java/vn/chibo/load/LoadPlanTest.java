package vn.chibo.load;

import org.junit.jupiter.api.Test;
import vn.chibo.events.organisation.OrganisationContract.CreateOrganisation;
import vn.chibo.events.organisation.OrganisationKind;
import vn.chibo.standalone.demo.DemoDistrict;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class LoadPlanTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    @Test
    void theWholeDistrictIsTheDemoDistrict() {
        DemoDistrict plan = LoadPlan.build(LoadPlan.Size.DISTRICT, 1.0, TODAY, 4);

        assertThat(plan.cells()).isEqualTo(535);
        assertThat(plan.members()).hasSize(8_655);
        assertThat(plan.year()).hasSize(19);
    }

    @Test
    void aProvinceIsEighteenDistrictsUnderOneProvinceWithDistinctIds() {
        DemoDistrict plan = LoadPlan.build(LoadPlan.Size.PROVINCE, 1.0, TODAY, 1);

        assertThat(plan.cells()).isEqualTo(18 * 535);
        assertThat(plan.members()).hasSize(18 * 8_655);
        Set<String> ids = new HashSet<>();
        plan.organisations().forEach(o -> assertThat(ids.add(o.organisationId())).as(o.organisationId()).isTrue());
        assertThat(plan.organisations().stream().filter(o -> o.parentId() == null)).hasSize(1);
        assertThat(plan.organisations().stream().filter(o -> DemoDistrict.PROVINCE.equals(o.parentId()))).hasSize(18);
        // every parent is created before its children, as the seeder sends them
        Set<String> seen = new HashSet<>();
        for (CreateOrganisation o : plan.organisations()) {
            if (o.kind() != OrganisationKind.CELL) {
                assertThat(o.parentId() == null || seen.contains(o.parentId())).as(o.organisationId()).isTrue();
            }
            seen.add(o.organisationId());
        }
        assertThat(plan.members()).allMatch(m -> seen.contains(m.cellId()));
        assertThat(plan.meetings()).allMatch(m -> seen.contains(m.schedule().organisationId()));
    }

    @Test
    void aScaleKeepsThatFractionOfCellsWithTheirMembersAndIsTheSameEveryTime() {
        DemoDistrict tenth = LoadPlan.build(LoadPlan.Size.DISTRICT, 0.1, TODAY, 4);

        assertThat(tenth.cells()).isEqualTo(53); // floor(535 × 0.1)
        assertThat(tenth.members()).allMatch(m -> tenth.organisations().stream()
                .anyMatch(o -> o.organisationId().equals(m.cellId())));
        assertThat(LoadPlan.build(LoadPlan.Size.DISTRICT, 0.1, TODAY, 4).members()).isEqualTo(tenth.members());
    }
}
