package vn.chibo.service.security;

import org.springframework.security.access.AccessDeniedException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether the current actor may do something to an organisation. Registered as bean
 * {@code access}, so endpoints say {@code @PreAuthorize("@access.may('READ', #organisationId)")}.
 * A grant covers its organisation's subtree in today's tree; {@link Permission#APPROVE_BELOW} covers
 * only the units directly below the grant's organisation.
 */
public class AccessPolicy {

    private final OrganisationTree tree;
    private final Clock clock;

    public AccessPolicy(OrganisationTree tree, Clock clock) {
        this.tree = tree;
        this.clock = clock;
    }

    public boolean may(Permission permission, String organisationId) {
        return Actor.current().flatMap(actor -> grantFor(actor, permission, organisationId)).isPresent();
    }

    /** The grant that allows it — its role is what gets recorded — or AccessDeniedException. */
    public Grant require(Actor actor, Permission permission, String organisationId) {
        return grantFor(actor, permission, organisationId)
                .orElseThrow(() -> new AccessDeniedException(permission + " on " + organisationId));
    }

    public Optional<Grant> grantFor(Actor actor, Permission permission, String organisationId) {
        if (organisationId == null) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock);
        return actor.grants().stream()
                .filter(grant -> grant.activeOn(today) && grant.role().grants(permission))
                .filter(grant -> covers(grant, permission, organisationId))
                .findFirst();
    }

    /** The organisations whose subtrees the current actor may see with this permission today. */
    public List<String> scopeOf(Permission permission) {
        LocalDate today = LocalDate.now(clock);
        return Actor.current().stream()
                .flatMap(actor -> actor.grants().stream())
                .filter(grant -> grant.activeOn(today) && grant.role().grants(permission))
                .map(Grant::organisationId)
                .distinct()
                .toList();
    }

    /** Whether the actor sees the whole tree with this permission (service accounts, administrators). */
    public boolean seesWholeTree(Permission permission) {
        return scopeOf(permission).contains(Grant.WHOLE_TREE);
    }

    private boolean covers(Grant grant, Permission permission, String organisationId) {
        boolean wholeTree = Grant.WHOLE_TREE.equals(grant.organisationId());
        if (permission == Permission.APPROVE_BELOW) {
            return tree.parentOf(organisationId)
                    .filter(parent -> wholeTree || parent.equals(grant.organisationId()))
                    .isPresent();
        }
        return wholeTree || tree.isWithin(organisationId, grant.organisationId());
    }
}
