package vn.chibo.service.security;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Province → district → two communes → their cells; grants checked against today's tree. */
class AccessPolicyTest {

    private final Map<String, String> parents = new java.util.HashMap<>(Map.of(
            "district", "province", "commune-a", "district", "commune-b", "district",
            "cell-a1", "commune-a", "cell-b1", "commune-b"));

    private final OrganisationTree tree = new OrganisationTree() {
        @Override
        public boolean isWithin(String organisationId, String ancestorId) {
            for (String at = organisationId; at != null; at = parents.get(at)) {
                if (at.equals(ancestorId)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public Optional<String> parentOf(String organisationId) {
            return Optional.ofNullable(parents.get(organisationId));
        }
    };

    private final AccessPolicy access = new AccessPolicy(tree,
            Clock.fixed(LocalDate.of(2026, 6, 15).atStartOfDay(ZoneId.of("UTC")).toInstant(), ZoneId.of("UTC")));

    private static Actor holding(Grant... grants) {
        return new Actor("someone", "Someone", null, List.of(grants));
    }

    @Test
    void aGrantCoversItsSubtreeAndNothingBesideOrAbove() {
        var committee = holding(Grant.of(Role.COMMITTEE, "commune-a"));
        assertThat(access.grantFor(committee, Permission.READ, "cell-a1")).isPresent();
        assertThat(access.grantFor(committee, Permission.READ, "commune-a")).isPresent();
        assertThat(access.grantFor(committee, Permission.READ, "cell-b1")).isEmpty();
        assertThat(access.grantFor(committee, Permission.READ, "district")).isEmpty();
        assertThat(access.grantFor(committee, Permission.READ, "unknown")).isEmpty();
    }

    @Test
    void aRoleGivesOnlyItsPermissions() {
        var member = holding(Grant.of(Role.MEMBER, "cell-a1"));
        assertThat(access.grantFor(member, Permission.READ, "cell-a1")).isPresent();
        assertThat(access.grantFor(member, Permission.WRITE, "cell-a1")).isEmpty();
        var auditor = holding(Grant.of(Role.AUDITOR, "district"));
        assertThat(access.grantFor(auditor, Permission.AUDIT, "cell-b1")).isPresent();
        assertThat(access.grantFor(auditor, Permission.WRITE, "cell-b1")).isEmpty();
        assertThat(access.grantFor(auditor, Permission.ADMINISTER, "cell-b1")).isEmpty();
    }

    @Test
    void approvalReachesOnlyTheUnitsDirectlyBelow() {
        var districtCommittee = holding(Grant.of(Role.COMMITTEE, "district"));
        assertThat(access.grantFor(districtCommittee, Permission.APPROVE_BELOW, "commune-a")).isPresent();
        assertThat(access.grantFor(districtCommittee, Permission.APPROVE_BELOW, "cell-a1")).isEmpty();
        assertThat(access.grantFor(districtCommittee, Permission.APPROVE_BELOW, "district")).isEmpty();
    }

    @Test
    void rightsFollowTheTreeAfterAMove() {
        var committee = holding(Grant.of(Role.COMMITTEE, "commune-b"));
        assertThat(access.grantFor(committee, Permission.READ, "cell-a1")).isEmpty();
        parents.put("cell-a1", "commune-b");
        assertThat(access.grantFor(committee, Permission.READ, "cell-a1")).isPresent();
        assertThat(access.grantFor(committee, Permission.APPROVE_BELOW, "cell-a1")).isPresent();
    }

    @Test
    void grantsAreEffectiveDated() {
        var ended = holding(new Grant(Role.SECRETARY, "cell-a1", LocalDate.of(2025, 1, 1), LocalDate.of(2026, 6, 15)));
        var current = holding(new Grant(Role.SECRETARY, "cell-a1", LocalDate.of(2026, 6, 15), null));
        var future = holding(new Grant(Role.SECRETARY, "cell-a1", LocalDate.of(2026, 6, 16), null));
        assertThat(access.grantFor(ended, Permission.WRITE, "cell-a1")).isEmpty();
        assertThat(access.grantFor(current, Permission.WRITE, "cell-a1")).isPresent();
        assertThat(access.grantFor(future, Permission.WRITE, "cell-a1")).isEmpty();
    }

    @Test
    void theWholeTreeGrantCoversEverything() {
        var service = holding(Grant.of(Role.AUDITOR, Grant.WHOLE_TREE));
        assertThat(access.grantFor(service, Permission.AUDIT, "cell-b1")).isPresent();
        assertThat(access.grantFor(service, Permission.AUDIT, "province")).isPresent();
    }

    @Test
    void theGrantingRoleIsReturnedAndARefusalThrows() {
        var both = holding(Grant.of(Role.MEMBER, "cell-a1"), Grant.of(Role.SECRETARY, "cell-a1"));
        assertThat(access.require(both, Permission.WRITE, "cell-a1").role()).isEqualTo(Role.SECRETARY);
        assertThatThrownBy(() -> access.require(both, Permission.WRITE, "cell-b1"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void grantsRoundTripThroughTheirClaimForm() {
        var dated = new Grant(Role.COMMITTEE, "commune-a", LocalDate.of(2026, 1, 1), null);
        assertThat(Grant.parse(dated.asClaim())).isEqualTo(dated);
        assertThat(Grant.parse("MEMBER@cell-a1")).isEqualTo(Grant.of(Role.MEMBER, "cell-a1"));
        assertThatThrownBy(() -> Grant.parse("MEMBER")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Grant.parse("KING@x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void signInRedirectsOnlyToPathsOnThisHost() {
        assertThat(SignIn.safe("/cells/c1?period=2026-Q1")).isEqualTo("/cells/c1?period=2026-Q1");
        assertThat(SignIn.safe("//evil.example/x")).isEqualTo("/");
        assertThat(SignIn.safe("https://evil.example")).isEqualTo("/");
        assertThat(SignIn.safe("/\\evil")).isEqualTo("/");
        assertThat(SignIn.safe(null)).isEqualTo("/");
    }
}
